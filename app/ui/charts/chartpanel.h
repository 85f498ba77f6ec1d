#pragma once

#include "core/comparison.h"
#include "core/engine.h"
#include "core/montecarlo.h"
#include "core/sensitivity.h"

#include <QWidget>

class QBarSet;
class QImage;
class QChart;
class QChartView;
class QValueAxis;

namespace ui {

// The chart layer's one interface: a widget that is given the comparison (to
// build its series once) and then each Result (to update them in place).
// Only files in this folder include QtCharts, so a move to Qt Graphs stays
// local.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    virtual void setComparison(const core::Comparison &comparison) = 0;
    virtual void setResult(const core::Result &result) = 0;
    // The values currently drawn, flattened (for tests and benchmarks).
    virtual QVector<double> values() const = 0;
    // The criteria tree's level the chart speaks at: 0 each criterion, 1 the
    // top groups, 2 the groups under them...  Charts without groups ignore
    // it; the next setComparison() and setResult() draw it.
    virtual void setTreeLevel(int level) { Q_UNUSED(level); }

    // The chart as a picture: PNG (by default) or SVG by the file's suffix.
    bool saveImage(const QString &path, QString *error) const;
    QImage image() const;
    void copyToClipboard() const;

protected:
    // Updates bar sets of one series in place, `wanted[k]` and `current[k]`
    // being set k's new and shown values: the changed values are replaced
    // and the series laid out once for all of them.
    static void updateSets(const QList<QBarSet *> &sets, const QVector<QVector<double>> &wanted,
                           const QVector<QVector<double>> &current);
    static void updateSet(QBarSet *set, const QVector<double> &wanted, const QVector<double> &current);
    QChart *chart() const;
    void setChart(QChart *chart);
    void setAntialiasing(bool on);
    // Keeps as many of `axis`'s ticks (up to `maxTicks`, at least 2) as the
    // plot has room for with `widestLabel` whole: Qt Charts elides labels
    // ("0....", "1...") when a narrow chart or a large font leaves them too
    // little room.  Call after setChart().
    void fitTicks(QValueAxis *axis, Qt::Orientation orientation, const QString &widestLabel, int maxTicks);
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // Background, text, axes and grid in the window's palette (light, dark or
    // high contrast); series keep the option colours.
    void applyPalette();

private:
    // A chart given while the panel is hidden waits here, built but not in
    // the view: the view lays a chart out whenever it is given one, and the
    // size a hidden panel has is not the one it is shown at (start-up built
    // and laid out each chart at a guessed size, then again when shown).
    // The view takes it when the panel is shown or drawn into an image.
    void attachPending() const;
    QChartView *m_view = nullptr;
    mutable QChart *m_pending = nullptr;
    // Whether a chart was ever given.  Panels are given their comparison
    // before they are first shown, so none builds an empty chart in its
    // constructor (three charts built, laid out and thrown away at every
    // start); one shown or drawn without a comparison builds it then.
    bool m_given = false;
};

// Sensitivity views take data beyond a Result; setResult() is unused there.
class TornadoChart : public ChartPanel
{
    Q_OBJECT
public:
    using ChartPanel::ChartPanel;
    void setResult(const core::Result &) override {}
    // The weight interval over which the winner stays first, per criterion,
    // with the current weight marked.
    virtual void setStability(const QVector<core::StabilityInterval> &stability) = 0;
};

class SweepChart : public ChartPanel
{
    Q_OBJECT
public:
    using ChartPanel::ChartPanel;
    void setResult(const core::Result &) override {}
    // Every option's score against one criterion's weight, the current
    // weight and the crossovers marked.
    virtual void setSweep(const core::Sweep &sweep, double currentShare) = 0;
};

class AcceptabilityChart : public ChartPanel
{
    Q_OBJECT
public:
    using ChartPanel::ChartPanel;
    void setResult(const core::Result &) override {}
    virtual void setAcceptability(const core::Acceptability &acceptability) = 0;
};

// One criterion's value function v(x) over the options' range, its points
// as handles the user drags with the mouse, and the options' values marked
// on the curve.  A drag reports where the point would go while it moves
// and where it was dropped; the owner decides (one edit per drop).
class ValueFunctionChart : public ChartPanel
{
    Q_OBJECT
public:
    using ChartPanel::ChartPanel;
    void setResult(const core::Result &) override {}
    // Criterion `criterion` of the comparison, drawn with `function` (which
    // may differ from the criterion's while an edit is under way).
    virtual void setFunction(const core::Comparison &comparison, int criterion,
                             const core::ValueFunction &function) = 0;
    // The point nearest to `pos` (widget coordinates) within a few pixels, or -1.
    virtual int pointAt(const QPoint &pos) const = 0;
    // Widget coordinates of a point in the chart's units, and back.
    virtual QPoint toWidget(const core::ValuePoint &p) const = 0;
    virtual core::ValuePoint fromWidget(const QPoint &pos) const = 0;

Q_SIGNALS:
    void pointDropped(int index, core::ValuePoint to);
};

ChartPanel *createRankingChart(QWidget *parent);
ValueFunctionChart *createValueFunctionChart(QWidget *parent);
TornadoChart *createTornadoChart(QWidget *parent);
SweepChart *createSweepChart(QWidget *parent);
AcceptabilityChart *createAcceptabilityChart(QWidget *parent);
ChartPanel *createContributionChart(QWidget *parent);
ChartPanel *createRadarChart(QWidget *parent);

} // namespace ui

#include "ui/charts/barlabels.h"
#include "ui/charts/chartpanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace ui {

// The most sensitive criteria (nearest flip first), one row each: an
// invisible bar up to the interval's lower end, a visible one across the
// interval, and a marker at the current weight.  Row labels are cheap text
// items, so rows may reorder while a slider moves.
class TornadoChartImpl final : public TornadoChart
{
    Q_OBJECT
public:
    explicit TornadoChartImpl(QWidget *parent)
        : TornadoChart(parent)
    {
        setObjectName(QStringLiteral("tornadoChart"));
        setComparison({});
    }

    void setComparison(const core::Comparison &c) override
    {
        m_names.clear();
        for (const core::Criterion &k : c.criteria)
            m_names.append(k.name);
        m_rows = std::min(int(m_names.size()), kMaxRows);
        auto *chart = new QChart;
        // A short title (the chart is often a third of the window wide); the
        // whole sentence is the tooltip.
        chart->setTitle(c.criterionCount() > kMaxRows ? tr("Most sensitive criteria")
                                                      : tr("Where the winner stays"));
        setToolTip(c.criterionCount() > kMaxRows
                       ? tr("Most sensitive criteria: weights over which the winner stays first")
                       : tr("Weights over which the winner stays first"));
        m_series = new QHorizontalStackedBarSeries;
        m_series->setBarWidth(0.6);
        m_gap = new QBarSet(QString());
        m_gap->setColor(Qt::transparent);
        m_gap->setBorderColor(Qt::transparent);
        m_range = new QBarSet(tr("Winner stays first"));
        m_range->setColor(QColor(0x56B4E9));
        m_range->setBorderColor(QColor(0x56B4E9));
        for (int i = 0; i < m_rows; ++i) {
            m_gap->append(0.0);
            m_range->append(0.0);
        }
        m_series->append(m_gap);
        m_series->append(m_range);
        chart->addSeries(m_series);
        m_current = new QScatterSeries;
        m_current->setName(tr("Current weight"));
        m_current->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        m_current->setMarkerSize(7);
        m_current->setColor(QColor(0xD55E00));
        m_current->setBorderColor(QColor(0xD55E00));
        chart->addSeries(m_current);
        auto *axisY = new QBarCategoryAxis;
        auto *axisX = new QValueAxis;
        axisX->setRange(0.0, 1.0);
        axisX->setLabelFormat(QStringLiteral("%.0f%%"));
        axisX->setRange(0.0, 100.0);
        axisX->setTickCount(3); // 0%, 50%, 100%: readable in a narrow chart
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        m_series->attachAxis(axisY);
        m_series->attachAxis(axisX);
        m_current->attachAxis(axisX);
        m_current->attachAxis(axisY);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->markers(m_series).first()->setVisible(false);
        chart->legend()->setShowToolTips(true);
        setChart(chart);
        m_labels = new BarLabels(chart, m_series, axisY, m_rows, m_names, 130);
        m_values.clear();
    }

    void setStability(const QVector<core::StabilityInterval> &stability) override
    {
        QVector<double> gap(m_rows, 0.0);
        QVector<double> range(m_rows, 0.0);
        QList<QPointF> current;
        QVector<core::StabilityInterval> rows = stability;
        // Most sensitive first: the smallest weight change that hands first
        // place to another option.
        auto margin = [](const core::StabilityInterval &i) {
            double m = 2.0;
            if (i.challengerBelow >= 0)
                m = std::min(m, i.current - i.lower);
            if (i.challengerAbove >= 0)
                m = std::min(m, i.upper - i.current);
            return m;
        };
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const auto &a, const auto &b) { return margin(a) < margin(b); });
        rows.resize(std::min<qsizetype>(rows.size(), m_rows));
        for (int row = 0; row < m_rows; ++row)
            m_labels->setText(row, row < rows.size() ? m_names.value(rows[row].criterion) : QString());
        for (int row = 0; row < rows.size(); ++row) {
            const core::StabilityInterval &s = rows[row];
            const int category = m_labels->categoryOf(row);
            gap[category] = s.lower * 100.0;
            range[category] = (s.upper - s.lower) * 100.0;
            current.append(QPointF(s.current * 100.0, category));
        }
        QVector<double> oldGap(m_rows), oldRange(m_rows);
        for (int i = 0; i < m_rows; ++i) {
            oldGap[i] = m_gap->at(i);
            oldRange[i] = m_range->at(i);
        }
        updateSet(m_gap, gap, oldGap);
        updateSet(m_range, range, oldRange);
        m_current->replace(current);
        m_values = gap + range;
    }

    QVector<double> values() const override { return m_values; }

private:
    static constexpr int kMaxRows = 8;
    QStringList m_names;
    int m_rows = 0;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_gap = nullptr;
    QBarSet *m_range = nullptr;
    QScatterSeries *m_current = nullptr;
    BarLabels *m_labels = nullptr;
    QVector<double> m_values;
};

TornadoChart *createTornadoChart(QWidget *parent)
{
    return new TornadoChartImpl(parent);
}

} // namespace ui

#include "tornadochart.moc"

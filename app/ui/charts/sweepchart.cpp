#include "ui/charts/chartpanel.h"
#include "ui/palette.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace ui {

class SweepChartImpl final : public SweepChart
{
    Q_OBJECT
public:
    explicit SweepChartImpl(QWidget *parent)
        : SweepChart(parent)
    {
        setObjectName(QStringLiteral("sweepChart"));
        setComparison({});
    }

    void setComparison(const core::Comparison &c) override
    {
        m_comparison = c;
        auto *chart = new QChart;
        m_axisX = new QValueAxis;
        m_axisX->setRange(0.0, 100.0);
        m_axisX->setLabelFormat(QStringLiteral("%.0f%%"));
        m_axisY = new QValueAxis;
        m_axisY->setRange(0.0, 1.0);
        chart->addAxis(m_axisX, Qt::AlignBottom);
        chart->addAxis(m_axisY, Qt::AlignLeft);
        m_lines.clear();
        for (int o = 0; o < std::min(c.optionCount(), kMaxLines); ++o) {
            auto *line = new QLineSeries;
            line->setName(c.options[o].name);
            QPen pen(optionColor(c, o));
            pen.setWidthF(2.0);
            line->setPen(pen);
            chart->addSeries(line);
            line->attachAxis(m_axisX);
            line->attachAxis(m_axisY);
            m_lines.append(line);
        }
        m_now = new QLineSeries;
        m_now->setName(tr("Current weight"));
        m_now->setPen(QPen(QColor(0x555555), 1.0, Qt::DashLine));
        chart->addSeries(m_now);
        m_now->attachAxis(m_axisX);
        m_now->attachAxis(m_axisY);
        m_crossings = new QScatterSeries;
        m_crossings->setName(tr("Crossover"));
        m_crossings->setMarkerSize(9);
        m_crossings->setColor(QColor(0xD55E00));
        chart->addSeries(m_crossings);
        m_crossings->attachAxis(m_axisX);
        m_crossings->attachAxis(m_axisY);
        chart->legend()->setAlignment(Qt::AlignBottom);
        setChart(chart);
        showLegendIfItFits();
        fitTicks(m_axisX, Qt::Horizontal, QStringLiteral("100%"), 5);
        fitTicks(m_axisY, Qt::Vertical, QString(), 5);
        setAntialiasing(true);
    }

    void setSweep(const core::Sweep &sweep, double currentShare) override
    {
        if (sweep.criterion < 0 || sweep.scores.size() != m_comparison.optionCount())
            return;
        // A short title that fits the chart's width at any font size and in
        // any language; the criterion is named in the box above the chart,
        // and in full on the tooltip.
        const QString full =
            tr("Scores as the weight of %1 changes").arg(m_comparison.criteria[sweep.criterion].name);
        if (chart()->title() != tr("Scores by weight"))
            chart()->setTitle(tr("Scores by weight"));
        if (toolTip() != full)
            setToolTip(full);
        // Zoom on the scores: the lines' crossing is what matters here.
        double lo = sweep.scores.isEmpty() ? 0.0 : sweep.scores[0].value(0);
        double hi = lo;
        for (const auto &row : sweep.scores) {
            for (double v : row) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        const double pad = std::max(1e-6, (hi - lo) * 0.05);
        lo -= pad;
        hi += pad;
        if (m_axisY->min() != lo || m_axisY->max() != hi)
            m_axisY->setRange(lo, hi);
        m_values.clear();
        for (int o = 0; o < m_lines.size(); ++o) {
            QList<QPointF> points;
            for (int k = 0; k < sweep.shares.size(); ++k) {
                points.append(QPointF(sweep.shares[k] * 100.0, sweep.scores[o][k]));
                m_values.append(sweep.scores[o][k]);
            }
            m_lines[o]->replace(points);
        }
        m_now->replace({QPointF(currentShare * 100.0, lo), QPointF(currentShare * 100.0, hi)});
        // Where the leader changes: linear interpolation between points.
        QList<QPointF> crossings;
        const int n = int(sweep.scores.size());
        for (int k = 0; k + 1 < sweep.shares.size(); ++k) {
            for (int a = 0; a < n; ++a) {
                for (int b = a + 1; b < n; ++b) {
                    const double d0 = sweep.scores[a][k] - sweep.scores[b][k];
                    const double d1 = sweep.scores[a][k + 1] - sweep.scores[b][k + 1];
                    if ((d0 > 0 && d1 < 0) || (d0 < 0 && d1 > 0)) {
                        const double t = d0 / (d0 - d1);
                        const double x = sweep.shares[k] + t * (sweep.shares[k + 1] - sweep.shares[k]);
                        const double y =
                            sweep.scores[a][k] + t * (sweep.scores[a][k + 1] - sweep.scores[a][k]);
                        if (isLeader(sweep, k, t, y))
                            crossings.append(QPointF(x * 100.0, y));
                    }
                }
            }
        }
        m_crossings->replace(crossings);
        m_crossingCount = int(crossings.size());
    }

    QVector<double> values() const override { return m_values; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        SweepChart::resizeEvent(event);
        showLegendIfItFits();
    }

private:
    // Qt's one-row legend elides its labels down to bare colour squares in a
    // narrow chart: then there is none (the options keep the colours of the
    // ranking chart beside it).
    void showLegendIfItFits()
    {
        QLegend *legend = chart()->legend();
        const QFontMetrics fm(legend->font());
        int needed = 0;
        for (const QLineSeries *line : std::as_const(m_lines))
            needed += fm.horizontalAdvance(line->name()) + 2 * fm.height();
        needed +=
            fm.horizontalAdvance(m_now->name()) + fm.horizontalAdvance(m_crossings->name()) + 4 * fm.height();
        const bool fits = m_comparison.optionCount() <= 8 && needed <= width() - 16;
        if (legend->isVisible() != fits)
            legend->setVisible(fits);
    }
    int crossingCount() const { return m_crossingCount; }

    // Only crossings at the top matter for "who wins": no other option may
    // score higher at that point.
    static bool isLeader(const core::Sweep &sweep, int k, double t, double y)
    {
        for (const auto &row : sweep.scores) {
            if (row[k] + t * (row[k + 1] - row[k]) > y + 1e-12)
                return false;
        }
        return true;
    }

    static constexpr int kMaxLines = 12;
    core::Comparison m_comparison;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QVector<QLineSeries *> m_lines;
    QLineSeries *m_now = nullptr;
    QScatterSeries *m_crossings = nullptr;
    QVector<double> m_values;
    int m_crossingCount = 0;
};

SweepChart *createSweepChart(QWidget *parent)
{
    return new SweepChartImpl(parent);
}

} // namespace ui

#include "sweepchart.moc"

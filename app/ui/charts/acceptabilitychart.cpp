#include "ui/charts/barlabels.h"
#include "ui/charts/chartpanel.h"
#include "ui/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>
#include <numeric>

namespace ui {

// For each option, how often it took each rank: one stacked bar per option,
// segments for rank 1, 2, ... (ranks beyond kMaxRanks are grouped).
class AcceptabilityChartImpl final : public AcceptabilityChart
{
    Q_OBJECT
public:
    explicit AcceptabilityChartImpl(QWidget *parent)
        : AcceptabilityChart(parent)
    {
        setObjectName(QStringLiteral("acceptabilityChart"));
        setComparison({});
    }

    void setComparison(const core::Comparison &c) override
    {
        m_comparison = c;
        m_bars = std::min(c.optionCount(), kMaxBars);
        auto *chart = new QChart;
        chart->setTitle(tr("Rank acceptability"));
        m_series = new QHorizontalPercentBarSeries;
        m_series->setBarWidth(0.6);
        m_sets.clear();
        const int ranks = std::min(c.optionCount(), kMaxRanks);
        for (int r = 0; r < ranks; ++r) {
            const bool last = r == kMaxRanks - 1 && c.optionCount() > kMaxRanks;
            auto *set = new QBarSet(last ? tr("Rank %1 or lower").arg(r + 1) : tr("Rank %1").arg(r + 1));
            // Rank 1 dark, later ranks lighter: the eye reads the first segment.
            const QColor color = QColor::fromHsvF(0.58, 0.75 - 0.6 * r / std::max(1, ranks - 1),
                                                  0.55 + 0.4 * r / std::max(1, ranks - 1));
            set->setColor(color);
            set->setBorderColor(color);
            for (int i = 0; i < m_bars; ++i)
                set->append(0.0);
            m_sets.append(set);
        }
        m_series->append(QList<QBarSet *>(m_sets.begin(), m_sets.end()));
        chart->addSeries(m_series);
        auto *axisY = new QBarCategoryAxis;
        auto *axisX = new QValueAxis;
        axisX->setLabelFormat(QStringLiteral("%.0f%%"));
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        m_series->attachAxis(axisY);
        m_series->attachAxis(axisX);
        chart->legend()->setAlignment(Qt::AlignBottom);
        setChart(chart);
        QStringList names;
        for (const core::Option &o : c.options)
            names.append(o.name);
        m_labels = new BarLabels(chart, m_series, axisY, m_bars, names, 150);
        m_values.clear();
    }

    void setAcceptability(const core::Acceptability &a) override
    {
        if (a.shares.size() != m_comparison.optionCount())
            return;
        // Options by how often they rank first.
        QVector<int> order(m_comparison.optionCount());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int x, int y) { return a.firstRank(x) > a.firstRank(y); });
        m_values.clear();
        for (int row = 0; row < m_bars; ++row) {
            const int o = order[row];
            m_labels->setText(row, m_comparison.options[o].name);
            for (int r = 0; r < m_sets.size(); ++r) {
                double share = a.shares[o][r];
                if (r == m_sets.size() - 1) {
                    for (int rest = r + 1; rest < a.shares[o].size(); ++rest)
                        share += a.shares[o][rest];
                }
                m_sets[r]->replace(m_labels->categoryOf(row), share * 100.0);
                m_values.append(share);
            }
        }
    }

    QVector<double> values() const override { return m_values; }

private:
    static constexpr int kMaxBars = 15;
    static constexpr int kMaxRanks = 6;
    core::Comparison m_comparison;
    int m_bars = 0;
    QHorizontalPercentBarSeries *m_series = nullptr;
    QVector<QBarSet *> m_sets;
    BarLabels *m_labels = nullptr;
    QVector<double> m_values;
};

AcceptabilityChart *createAcceptabilityChart(QWidget *parent)
{
    return new AcceptabilityChartImpl(parent);
}

} // namespace ui

#include "acceptabilitychart.moc"

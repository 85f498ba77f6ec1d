#include "ui/charts/barlabels.h"
#include "ui/charts/chartpanel.h"
#include "ui/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace ui {

// Options best first, one bar each in the option's colour.  With few options
// each option is its own set (so it keeps its colour wherever it ranks); with
// many, one set carries every bar.  Past kMaxBars only the leaders are shown;
// the matrix and the CLI carry the full ranking.
class RankingChart final : public ChartPanel
{
    Q_OBJECT
public:
    explicit RankingChart(QWidget *parent)
        : ChartPanel(parent)
    {
        setObjectName(QStringLiteral("rankingChart"));
    }

    void setComparison(const core::Comparison &c) override
    {
        m_comparison = c;
        auto *chart = new QChart;
        chart->setTitle(tr("Ranking"));
        chart->legend()->hide();
        m_series = new QHorizontalStackedBarSeries;
        m_series->setBarWidth(0.7);
        m_sets.clear();
        m_perOption = c.optionCount() <= kMaxColouredOptions;
        const int n = std::min(c.optionCount(), kMaxBars);
        if (c.optionCount() > kMaxBars)
            chart->setTitle(tr("Ranking (top %1 of %2)").arg(kMaxBars).arg(c.optionCount()));
        const int sets = m_perOption ? c.optionCount() : 1;
        for (int k = 0; k < sets; ++k) {
            auto *set = new QBarSet(m_perOption ? c.options[k].name : tr("Score"));
            set->setColor(optionColor(c, k));
            set->setBorderColor(optionColor(c, k));
            for (int i = 0; i < n; ++i)
                set->append(0.0);
            m_sets.append(set);
        }
        m_series->append(QList<QBarSet *>(m_sets.begin(), m_sets.end()));
        chart->addSeries(m_series);
        auto *axisY = new QBarCategoryAxis;
        m_axisX = new QValueAxis;
        m_axisX->setRange(0.0, 1.0);
        m_axisX->setLabelFormat(QStringLiteral("%.2f"));
        // Three ticks: the names take the width, and five labels would be elided.
        m_axisX->setTickCount(3);
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(m_axisX, Qt::AlignBottom);
        m_series->attachAxis(axisY);
        m_series->attachAxis(m_axisX);
        QStringList widest;
        for (const core::Option &o : c.options)
            widest.append(QStringLiteral("%1. %2").arg(n).arg(o.name));
        setChart(chart);
        fitTicks(m_axisX, Qt::Horizontal, QStringLiteral("0.00"), 3);
        m_labels = new BarLabels(chart, m_series, axisY, n, widest);
        m_order.clear();
    }

    void setResult(const core::Result &r) override
    {
        if (r.perOption.size() != m_comparison.optionCount() || r.perOption.isEmpty())
            return;
        const int n = m_labels->rows();
        // Stacked bars cannot start below zero on their own: PROMETHEE flows
        // (in [-1, 1]) widen the axis instead.
        double lo = 0.0;
        double hi = 0.0;
        for (const core::OptionResult &o : r.perOption) {
            lo = std::min(lo, o.score);
            hi = std::max(hi, o.score);
        }
        for (int row = 0; row < n; ++row) {
            const int o = r.order[row];
            m_labels->setText(
                row, QStringLiteral("%1. %2").arg(r.perOption[o].rank).arg(m_comparison.options[o].name));
        }
        const double axisMax = hi <= 1.0 ? 1.0 : std::ceil(hi);
        if (m_axisX->min() != lo || m_axisX->max() != axisMax)
            m_axisX->setRange(lo, axisMax);
        // Per-option sets carry their option's score in its row, zero elsewhere.
        QVector<QVector<double>> wanted(m_sets.size(), QVector<double>(n, 0.0));
        for (int row = 0; row < n; ++row) {
            const int o = r.order[row];
            wanted[m_perOption ? o : 0][m_labels->categoryOf(row)] = r.perOption[o].score;
        }
        QVector<QVector<double>> current(m_sets.size(), QVector<double>(n));
        for (int k = 0; k < m_sets.size(); ++k) {
            for (int i = 0; i < n; ++i)
                current[k][i] = m_sets[k]->at(i);
        }
        updateSets(QList<QBarSet *>(m_sets.begin(), m_sets.end()), wanted, current);
        m_order = r.order.mid(0, n);
    }

    QVector<double> values() const override
    {
        // Scores per option in the comparison's order (0 for options not shown).
        QVector<double> out(m_comparison.optionCount(), 0.0);
        for (int row = 0; row < m_order.size(); ++row) {
            const int o = m_order[row];
            out[o] = m_sets[m_perOption ? o : 0]->at(m_labels->categoryOf(row));
        }
        return out;
    }

    QStringList rowLabels() const { return m_labels ? m_labels->texts() : QStringList(); }

private:
    static constexpr int kMaxColouredOptions = 12;
    static constexpr int kMaxBars = 15;
    core::Comparison m_comparison;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QVector<QBarSet *> m_sets;
    QValueAxis *m_axisX = nullptr;
    BarLabels *m_labels = nullptr;
    QVector<int> m_order;
    bool m_perOption = true;
};

ChartPanel *createRankingChart(QWidget *parent)
{
    return new RankingChart(parent);
}

} // namespace ui

#include "rankingchart.moc"

#include "chartpanel.h"
#include "palette.h"

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
// many, one set carries every bar.
class RankingChart final : public ChartPanel
{
    Q_OBJECT
public:
    explicit RankingChart(QWidget *parent)
        : ChartPanel(parent)
    {
        setObjectName(QStringLiteral("rankingChart"));
        setComparison({});
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
        // Past kMaxBars the chart shows the leaders; the matrix and the CLI
        // carry the full ranking.
        const int n = std::min(c.optionCount(), kMaxBars);
        if (c.optionCount() > kMaxBars)
            chart->setTitle(tr("Ranking (top %1 of %2)").arg(kMaxBars).arg(c.optionCount()));
        if (m_perOption) {
            for (int o = 0; o < c.optionCount(); ++o) {
                auto *set = new QBarSet(c.options[o].name);
                set->setColor(optionColor(c, o));
                set->setBorderColor(optionColor(c, o));
                for (int i = 0; i < n; ++i)
                    set->append(0.0);
                m_sets.append(set);
            }
        } else {
            auto *set = new QBarSet(tr("Score"));
            set->setColor(optionColor(c, 0));
            for (int i = 0; i < n; ++i)
                set->append(0.0);
            m_sets.append(set);
        }
        m_series->append(QList<QBarSet *>(m_sets.begin(), m_sets.end()));
        chart->addSeries(m_series);
        m_axisY = new QBarCategoryAxis;
        m_categories.clear();
        for (int i = 0; i < n; ++i)
            m_categories.append(QString());
        m_axisY->setCategories(m_categories);
        m_axisX = new QValueAxis;
        m_axisX->setRange(0.0, 1.0);
        m_axisX->setLabelFormat(QStringLiteral("%.2f"));
        chart->addAxis(m_axisY, Qt::AlignLeft);
        chart->addAxis(m_axisX, Qt::AlignBottom);
        m_series->attachAxis(m_axisY);
        m_series->attachAxis(m_axisX);
        setChart(chart);
    }

    void setResult(const core::Result &r) override
    {
        if (r.perOption.size() != m_comparison.optionCount() || r.perOption.isEmpty())
            return;
        const int n = std::min(m_comparison.optionCount(), kMaxBars);
        // Bars cannot be negative in a stacked series: shift PROMETHEE flows
        // (in [-1, 1]) onto the axis range instead.
        double lo = 0.0;
        double hi = 0.0;
        for (const core::OptionResult &o : r.perOption) {
            lo = std::min(lo, o.score);
            hi = std::max(hi, o.score);
        }
        QStringList categories;
        for (int pos = 0; pos < n; ++pos) {
            const int o = r.order[pos];
            categories.append(
                QStringLiteral("%1. %2").arg(r.perOption[o].rank).arg(m_comparison.options[o].name));
        }
        if (categories != m_categories) {
            m_categories = categories;
            m_axisY->setCategories(categories);
        }
        const double axisMax = hi <= 1.0 ? 1.0 : std::ceil(hi);
        if (m_axisX->min() != lo || m_axisX->max() != axisMax)
            m_axisX->setRange(lo, axisMax);
        // What each set should hold: per-option sets carry their option's
        // score at its rank position and zero elsewhere.
        QVector<QVector<double>> wanted(m_sets.size(), QVector<double>(n, 0.0));
        for (int pos = 0; pos < n; ++pos) {
            const int o = r.order[pos];
            wanted[m_perOption ? o : 0][pos] = r.perOption[o].score;
        }
        for (int k = 0; k < m_sets.size(); ++k) {
            QVector<double> current(n);
            for (int pos = 0; pos < n; ++pos)
                current[pos] = m_sets[k]->at(pos);
            updateSet(m_sets[k], wanted[k], current);
        }
        m_order = r.order.mid(0, n);
    }

    QVector<double> values() const override
    {
        // Scores per option in the comparison's order (0 for options not shown).
        QVector<double> out(m_comparison.optionCount(), 0.0);
        for (int pos = 0; pos < m_order.size(); ++pos) {
            const int o = m_order[pos];
            out[o] = m_perOption ? m_sets[o]->at(pos) : m_sets[0]->at(pos);
        }
        return out;
    }

private:
    static constexpr int kMaxColouredOptions = 12;
    static constexpr int kMaxBars = 15;
    core::Comparison m_comparison;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QVector<QBarSet *> m_sets;
    QBarCategoryAxis *m_axisY = nullptr;
    QValueAxis *m_axisX = nullptr;
    QStringList m_categories;
    QVector<int> m_order;
    bool m_perOption = true;
};

ChartPanel *createRankingChart(QWidget *parent)
{
    return new RankingChart(parent);
}

} // namespace ui

#include "rankingchart.moc"

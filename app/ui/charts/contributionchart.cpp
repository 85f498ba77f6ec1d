#include "core/criteriatree.h"
#include "ui/charts/barlabels.h"
#include "ui/charts/chartpanel.h"
#include "ui/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace ui {

// Each option's score split into what each criterion contributes.  Beyond
// kMaxSets criteria the stacks are per category instead (a legend of 200
// entries helps nobody, and 200 sets per drag would cost frames).  At a
// level of the criteria tree, the stacks are the groups at that level.
class ContributionChart final : public ChartPanel
{
    Q_OBJECT
public:
    explicit ContributionChart(QWidget *parent)
        : ChartPanel(parent)
    {
        setObjectName(QStringLiteral("contributionChart"));
    }

    void setComparison(const core::Comparison &c) override
    {
        m_optionCount = c.optionCount();
        m_bars = std::min(m_optionCount, kMaxBars);
        m_names.clear();
        for (const core::Option &o : c.options)
            m_names.append(o.name);
        auto *chart = new QChart;
        m_series = new QHorizontalStackedBarSeries;
        m_series->setBarWidth(0.6);
        m_sets.clear();
        m_groupOf = QVector<int>(c.criterionCount(), 0);
        QStringList groups;
        const core::CriteriaTree tree(c);
        if (m_level > 0 && tree.groupLevels() > 0) {
            const int level = std::min(m_level, tree.groupLevels());
            chart->setTitle(tr("Contribution at level %1 of the criteria tree").arg(level));
            const QVector<int> nodes = tree.nodesAtLevel(level);
            for (int j = 0; j < c.criterionCount(); ++j)
                m_groupOf[j] = std::min(int(nodes.indexOf(tree.nodeAtLevel(j, level))), kMaxSets - 1);
            for (int n : nodes.mid(0, kMaxSets))
                groups.append(tree.node(n).name);
            if (nodes.size() > kMaxSets)
                groups.last() = tr("Other groups");
        } else if (c.criterionCount() <= kMaxSets) {
            chart->setTitle(tr("Contribution of each criterion"));
            for (int j = 0; j < c.criterionCount(); ++j) {
                groups.append(c.criteria[j].name);
                m_groupOf[j] = j;
            }
        } else {
            chart->setTitle(tr("Contribution of each category"));
            const QStringList categories = c.categories();
            for (int j = 0; j < c.criterionCount(); ++j) {
                const int g = int(categories.indexOf(c.criteria[j].category));
                m_groupOf[j] = std::min(g, kMaxSets - 1);
            }
            groups = categories.mid(0, kMaxSets);
            if (categories.size() > kMaxSets)
                groups.last() = tr("Other categories");
        }
        for (int g = 0; g < groups.size(); ++g) {
            auto *set = new QBarSet(groups[g].isEmpty() ? tr("Uncategorised") : groups[g]);
            set->setColor(seriesColor(g));
            set->setBorderColor(seriesColor(g).darker(115));
            for (int o = 0; o < m_bars; ++o)
                set->append(0.0);
            m_sets.append(set);
        }
        m_series->append(QList<QBarSet *>(m_sets.begin(), m_sets.end()));
        // The legend cannot always show every criterion: hovering a segment
        // names it and its contribution.
        connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2").arg(set->label(), QLocale().toString(set->at(index), 'f', 3)));
        });
        chart->addSeries(m_series);
        auto *axisY = new QBarCategoryAxis;
        m_axisX = new QValueAxis;
        m_axisX->setRange(0.0, 1.0);
        m_axisX->setLabelFormat(QStringLiteral("%.2f"));
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(m_axisX, Qt::AlignBottom);
        m_series->attachAxis(axisY);
        m_series->attachAxis(m_axisX);
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setVisible(!groups.isEmpty());
        QFont legendFont = chart->legend()->font();
        legendFont.setPointSizeF(legendFont.pointSizeF() * 0.75);
        chart->legend()->setFont(legendFont);
        setChart(chart);
        fitTicks(m_axisX, Qt::Horizontal, QStringLiteral("-0.00"), 5);
        m_labels = new BarLabels(chart, m_series, axisY, m_bars, m_names, 150);
        if (m_optionCount > kMaxBars)
            chart->setTitle(chart->title() + QLatin1Char(' ') +
                            tr("(top %1 of %2)").arg(kMaxBars).arg(m_optionCount));
        m_values = QVector<double>(m_sets.size() * m_bars, 0.0);
        fitLegend();
    }

    void setResult(const core::Result &r) override
    {
        if (!m_axisX || r.perOption.size() != m_optionCount)
            return;
        // Bars keep the comparison's order so they do not jump while a slider
        // moves; beyond kMaxBars options only the leaders are shown.
        QVector<int> shown;
        for (int i = 0; i < m_bars; ++i)
            shown.append(m_optionCount > kMaxBars ? r.order[i] : i);
        // The leaders in the comparison's order: rows change only when an
        // option enters or leaves the top, not on every swap.
        std::sort(shown.begin(), shown.end());
        // Row `pos` from the top is drawn by category m_labels->categoryOf(pos).
        QVector<double> sums(m_sets.size() * m_bars, 0.0);
        double lo = 0.0;
        double hi = 0.0;
        for (int pos = 0; pos < m_bars; ++pos) {
            double positive = 0.0;
            double negative = 0.0;
            const QVector<double> &contrib = r.perOption[shown[pos]].contributions;
            for (int j = 0; j < contrib.size() && j < m_groupOf.size(); ++j) {
                sums[m_groupOf[j] * m_bars + m_labels->categoryOf(pos)] += contrib[j];
                (contrib[j] >= 0 ? positive : negative) += contrib[j];
            }
            hi = std::max(hi, positive);
            lo = std::min(lo, negative);
        }
        for (int pos = 0; pos < m_bars; ++pos)
            m_labels->setText(pos, m_names[shown[pos]]);
        QVector<QVector<double>> wanted;
        QVector<QVector<double>> before;
        for (int g = 0; g < m_sets.size(); ++g) {
            wanted.append(sums.mid(g * m_bars, m_bars));
            before.append(m_values.mid(g * m_bars, m_bars));
        }
        updateSets(QList<QBarSet *>(m_sets.begin(), m_sets.end()), wanted, before);
        m_values = sums;
        const double axisMax = hi <= 1.0 ? 1.0 : std::ceil(hi);
        if (m_axisX->min() != lo || m_axisX->max() != axisMax)
            m_axisX->setRange(lo, axisMax);
    }

    QVector<double> values() const override { return m_values; }
    void setTreeLevel(int level) override { m_level = std::max(0, level); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        ChartPanel::resizeEvent(event);
        fitLegend();
    }

private:
    // Qt Charts gives a right-hand legend at most 40 % of the chart's width
    // and cuts a label that does not fit by measuring it as rich text, a
    // binary search over its prefixes; an entry below the legend's bottom
    // never fits and is measured down to nothing.  With 17 criteria that
    // was 8 ms of start-up and of every resize.  Here the entries that
    // cannot fit the legend's height are left out (they were not drawn
    // whole anyway, and hovering a segment names its criterion), and the
    // others are cut once, by the font's own elision, to a little less than
    // the legend's width.  The bar sets keep the full names.
    void fitLegend()
    {
        QChart *c = chart();
        if (!c || !m_series || !c->legend()->isVisible() || !c->layout())
            return;
        const QFontMetricsF fm(c->legend()->font());
        const QMargins margins = c->margins();
        qreal left = 0;
        qreal top = 0;
        qreal right = 0;
        qreal bottom = 0;
        c->layout()->getContentsMargins(&left, &top, &right, &bottom);
        const double content = width() - margins.left() - margins.right() - left - right;
        // Beside the text: the marker's square (half a line) and the spaces
        // around it; Qt's measure of the label (as rich text, with margins)
        // runs wider than the font's, hence the room to spare.
        const double decoration = fm.height() / 2 + 10 + 24;
        const double room = std::max(fm.averageCharWidth() * 4, content * 0.4 - decoration);
        const double title = c->title().isEmpty() ? 0.0 : QFontMetricsF(c->titleFont()).height() + 4;
        const double tall = height() - margins.top() - margins.bottom() - top - bottom - title;
        // An entry is a line with its margins above and below.
        const int rows = std::max(1, int(tall / (fm.height() + 10)));
        const QList<QLegendMarker *> markers = c->legend()->markers(m_series);
        for (qsizetype g = 0; g < markers.size() && g < m_sets.size(); ++g) {
            const QString label = fm.elidedText(m_sets[g]->label(), Qt::ElideRight, room);
            if (markers[g]->label() != label)
                markers[g]->setLabel(label);
            // Always set: a marker not yet on screen reads as hidden.
            markers[g]->setVisible(g < rows);
        }
    }

    static constexpr int kMaxSets = 20;
    static constexpr int kMaxBars = 15;
    int m_level = 0;
    int m_optionCount = 0;
    int m_bars = 0;
    QStringList m_names;
    BarLabels *m_labels = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QVector<QBarSet *> m_sets;
    QVector<int> m_groupOf;
    QVector<double> m_values;
    QValueAxis *m_axisX = nullptr;
};

ChartPanel *createContributionChart(QWidget *parent)
{
    return new ContributionChart(parent);
}

} // namespace ui

#include "contributionchart.moc"

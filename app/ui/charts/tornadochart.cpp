#include "ui/charts/barlabels.h"
#include "ui/charts/chartpanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace ui {

// The most sensitive criteria (nearest flip first), one row each: an
// invisible bar up to the interval's lower end, a visible one across the
// interval, and a marker at the current weight.  Row labels are cheap text
// items, so rows may reorder while a slider moves.  The chart is often a
// quarter of the window wide: the row labels take up to 45% of it, and the
// legend is two rows of its own under the axis (Qt's one-row legend elides
// its labels long before the chart is unreadable).
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
        m_comparison = c;
        m_stability.clear();
        m_names.clear();
        for (const core::Criterion &k : c.criteria)
            m_names.append(k.name);
        m_rows = std::min(int(m_names.size()), m_fitRows);
        auto *chart = new QChart;
        // A short title (the chart is often a third of the window wide); the
        // whole sentence is the tooltip.  Drawn as an item of its own across
        // the whole chart: Qt's title would share the plot's width with the
        // row labels' margin and be cut.
        m_titles = m_rows < int(m_names.size())
                       ? QStringList{tr("Most sensitive criteria"), tr("Most sensitive")}
                       : QStringList{tr("Where the winner stays"), tr("Winner stays")};
        setToolTip(c.criterionCount() > m_rows
                       ? tr("Most sensitive criteria: weights over which the winner stays first")
                       : tr("Weights over which the winner stays first"));
        m_chart = chart;
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
        m_axisX = axisX;
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        m_series->attachAxis(axisY);
        m_series->attachAxis(axisX);
        m_current->attachAxis(axisX);
        m_current->attachAxis(axisY);
        chart->legend()->setVisible(false);
        m_labels = nullptr; // owned by the chart setChart() replaces
        setChart(chart);
        buildLegend();
        m_labels = new BarLabels(chart, m_series, axisY, m_rows, m_names, labelRoom());
        m_values.clear();
    }

    void setStability(const QVector<core::StabilityInterval> &stability) override
    {
        m_stability = stability;
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
        updateSets({m_gap, m_range}, {gap, range}, {oldGap, oldRange});
        m_current->replace(current);
        m_values = gap + range;
    }

    QVector<double> values() const override { return m_values; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        TornadoChart::resizeEvent(event);
        // As many rows as the height holds without their labels touching.
        const QFontMetrics fm(font());
        const int reserved = 2 * (fm.height() + 6) + 3 * (fm.height() + 2) + 16; // title, axis, legend
        const int fit = std::clamp((height() - reserved) / (fm.height() + 4), 3, kMaxRows);
        if (fit != m_fitRows && std::min(int(m_names.size()), fit) != m_rows) {
            m_fitRows = fit;
            const QVector<core::StabilityInterval> stability = m_stability;
            setComparison(m_comparison);
            if (!stability.isEmpty())
                setStability(stability);
            return;
        }
        m_fitRows = fit;
        if (m_labels)
            m_labels->setMaxWidth(labelRoom());
    }

private:
    // Row labels take what the plot does not need for two whole ticks
    // ("0%", "100%"), at least 60 pixels; names longer than that are elided.
    int labelRoom() const
    {
        const int plot = 2 * QFontMetrics(font()).horizontalAdvance(QStringLiteral("100%")) + 48;
        return std::max(60, width() - plot);
    }

    // The legend: a swatch and a label per entry, one entry per row below
    // the axis labels; the chart's bottom margin keeps the room.  Items are
    // the chart's children, so ChartPanel::applyPalette recolours the text.
    void buildLegend()
    {
        const QFontMetrics fm(m_chart->font());
        const int line = fm.height();
        QFont titleFont = m_chart->font();
        titleFont.setBold(true);
        m_title = new QGraphicsSimpleTextItem(m_titles.first(), m_chart);
        m_title->setFont(titleFont);
        m_title->setBrush(m_chart->titleBrush());
        m_legend.clear();
        const std::pair<QString, QColor> entries[] = {{m_range->label(), m_range->color()},
                                                      {m_current->name(), m_current->color()}};
        for (const auto &[text, color] : entries) {
            auto *swatch = new QGraphicsRectItem(0, 0, line * 0.7, line * 0.7, m_chart);
            swatch->setBrush(color);
            swatch->setPen(Qt::NoPen);
            auto *label = new QGraphicsSimpleTextItem(text, m_chart);
            label->setFont(m_chart->font());
            label->setBrush(m_chart->titleBrush());
            m_legend.append({swatch, label});
        }
        // The last axis label ("100%") is centred on the plot's right edge:
        // half of it needs room beyond, or Qt Charts elides it.
        const QFontMetrics axisFont(m_axisX->labelsFont());
        QMargins margins = m_chart->margins();
        margins.setRight(axisFont.horizontalAdvance(QStringLiteral("100%")) / 2 + 6);
        // Tick labels are items too (Qt Charts elides the last one, "100%",
        // in a narrow plot): one line of them, then the legend.
        m_axisX->setLabelsVisible(false);
        m_ticks.clear();
        for (const QString &text : {QStringLiteral("0%"), QStringLiteral("50%"), QStringLiteral("100%")}) {
            auto *tick = new QGraphicsSimpleTextItem(text, m_chart);
            tick->setFont(m_axisX->labelsFont());
            tick->setBrush(m_chart->titleBrush());
            m_ticks.append(tick);
        }
        margins.setBottom(axisFont.height() + 6 + int(m_legend.size()) * (line + 2) + 4);
        margins.setTop(QFontMetrics(titleFont).height() + 8);
        m_chart->setMargins(margins);
        connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeLegend(); });
    }

    void placeLegend()
    {
        // 0%, 50%, 100% where they fit whole, else the two ends.
        const QRectF plot = m_chart->plotArea();
        const QFontMetrics tickMetrics(m_axisX->labelsFont());
        const int tick = tickMetrics.horizontalAdvance(QStringLiteral("100%")) + 12;
        const int ticks = plot.width() >= 3 * tick ? 3 : 2;
        if (m_axisX->tickCount() != ticks)
            m_axisX->setTickCount(ticks);
        for (int k = 0; k < m_ticks.size(); ++k) {
            QGraphicsSimpleTextItem *item = m_ticks[k];
            item->setVisible(ticks == 3 || k != 1);
            const qreal x = plot.left() + plot.width() * k / 2.0 - item->boundingRect().width() / 2;
            item->setPos(std::min(x, m_chart->size().width() - item->boundingRect().width() - 2),
                         plot.bottom() + 3);
        }
        const QFontMetrics fm(m_chart->font());
        const int line = fm.height() + 2;
        const int labels = m_labels ? m_labels->width() : 0;
        const qreal left = std::max(4.0, m_chart->plotArea().left() - labels - 6);
        const qreal room = m_chart->size().width() - left - 4;
        // The longest title that fits whole.
        const QFontMetrics titleMetrics(m_title->font());
        const int titleRoom = int(m_chart->size().width()) - 8;
        QString title = m_titles.last();
        for (const QString &candidate : std::as_const(m_titles)) {
            if (titleMetrics.horizontalAdvance(candidate) <= titleRoom) {
                title = candidate;
                break;
            }
        }
        title = titleMetrics.elidedText(title, Qt::ElideRight, titleRoom);
        m_title->setText(title);
        m_title->setPos(std::max(4.0, (m_chart->size().width() - titleMetrics.horizontalAdvance(title)) / 2),
                        4);
        for (int k = 0; k < m_legend.size(); ++k) {
            const auto &[swatch, label] = m_legend[k];
            const qreal top = plot.bottom() + tickMetrics.height() + 8 + k * line;
            const qreal side = swatch->rect().width();
            swatch->setPos(left, top + (fm.height() - side) / 2);
            const QString text = k == 0 ? m_range->label() : m_current->name();
            label->setText(fm.elidedText(text, Qt::ElideRight, int(room - side - 6)));
            label->setPos(left + side + 6, top);
        }
    }

    static constexpr int kMaxRows = 8;
    core::Comparison m_comparison;
    QVector<core::StabilityInterval> m_stability;
    int m_fitRows = kMaxRows;
    QStringList m_titles; // longest first
    QVector<QGraphicsSimpleTextItem *> m_ticks;
    QGraphicsSimpleTextItem *m_title = nullptr;
    QChart *m_chart = nullptr;
    QValueAxis *m_axisX = nullptr;
    QVector<std::pair<QGraphicsRectItem *, QGraphicsSimpleTextItem *>> m_legend;
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

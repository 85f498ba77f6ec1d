#include "ui/charts/chartpanel.h"
#include "ui/palette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QPolarChart>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace ui {

// Every option's normalised score per criterion on a spoke of its own.
// Scores do not depend on weights, so a weight change touches nothing here;
// the series are replaced only when the normalised values change.  With
// more options than polygons, the leaders when the scores last changed are
// drawn (not re-chosen on every weight change).
class RadarChart final : public ChartPanel
{
    Q_OBJECT
public:
    explicit RadarChart(QWidget *parent)
        : ChartPanel(parent)
    {
        setObjectName(QStringLiteral("radarChart"));
    }

    void setComparison(const core::Comparison &c) override
    {
        m_criteria = c.criterionCount();
        auto *chart = new QPolarChart;
        chart->setTitle(tr("Scores (normalised)"));
        m_angular = new QCategoryAxis;
        m_angular->setRange(0, std::max(1, m_criteria));
        m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        // Past ~24 spokes the labels overlap: the matrix names them instead.
        if (m_criteria <= 24) {
            QFont f = m_angular->labelsFont();
            f.setPointSizeF(f.pointSizeF() * 0.75);
            m_angular->setLabelsFont(f);
            for (int j = 0; j < m_criteria; ++j)
                m_angular->append(spokeLabel(c.criteria[j].name, j), j);
        } else {
            // Hundreds of spokes are a grey disc that costs frames to draw.
            m_angular->setLabelsVisible(false);
            m_angular->setGridLineVisible(false);
        }
        m_radial = new QValueAxis;
        m_radial->setRange(0.0, 1.0);
        m_radial->setTickCount(5);
        m_radial->setLabelsVisible(false);
        m_radial->setGridLineColor(QColor(0, 0, 0, 40));
        chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
        chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);
        m_series.clear();
        m_comparison = c;
        m_shown.clear();
        // More than kMaxSeries polygons are unreadable: the leaders are drawn.
        if (c.optionCount() > kMaxSeries)
            chart->setTitle(tr("Scores (normalised, %1 of %2 options)").arg(kMaxSeries).arg(c.optionCount()));
        for (int o = 0; o < std::min(c.optionCount(), kMaxSeries); ++o) {
            auto *s = new QLineSeries;
            connect(s, &QLineSeries::hovered, this, [s](const QPointF &, bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), s->name());
                else
                    QToolTip::hideText();
            });
            chart->addSeries(s);
            s->attachAxis(m_angular);
            s->attachAxis(m_radial);
            m_series.append(s);
        }
        setAntialiasing(qint64(m_series.size()) * c.criterionCount() <= 400);
        m_labelsWanted = m_criteria <= 24;
        chart->legend()->setAlignment(Qt::AlignBottom);
        // The legend relays out the whole chart whenever the leaders change;
        // with many options hovering a line names it instead.
        chart->legend()->setVisible(c.optionCount() <= kMaxSeries);
        setChart(chart);
        showLabelsIfTheyFit();
        m_normalized.clear();
    }

    void setResult(const core::Result &r) override
    {
        if (r.normalized.size() != m_comparison.optionCount() ||
            (r.normalized == m_normalized && m_shown.size() == m_series.size()))
            return;
        QVector<int> shown = r.order.mid(0, m_series.size());
        std::sort(shown.begin(), shown.end());
        m_normalized = r.normalized;
        if (shown != m_shown) {
            m_shown = shown;
            for (int k = 0; k < m_series.size(); ++k) {
                m_series[k]->setName(m_comparison.options[shown[k]].name);
                QPen pen(optionColor(m_comparison, shown[k]));
                pen.setWidthF(2.0);
                m_series[k]->setPen(pen);
            }
        }
        double lo = 0.0;
        double hi = 1.0;
        for (const auto &row : r.normalized) {
            for (double v : row) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        m_radial->setRange(lo, hi);
        for (int k = 0; k < m_series.size(); ++k) {
            const int o = m_shown[k];
            QList<QPointF> points;
            points.reserve(m_criteria + 1);
            for (int j = 0; j < m_criteria; ++j)
                points.append(QPointF(j, r.normalized[o][j]));
            if (m_criteria > 0)
                points.append(QPointF(m_criteria, r.normalized[o][0])); // close the polygon
            m_series[k]->replace(points);
        }
    }

protected:
    // Spoke labels take a ring around the plot: in a small chart (or with
    // large type) they would leave a dot of a polygon, so they go (the
    // matrix names the criteria).
    void resizeEvent(QResizeEvent *event) override
    {
        ChartPanel::resizeEvent(event);
        showLabelsIfTheyFit();
    }

public:
    QVector<double> values() const override
    {
        QVector<double> out;
        for (const auto *s : m_series) {
            for (const QPointF &p : s->points())
                out.append(p.y());
        }
        return out;
    }

private:
    // Labels outside the circle shrink the plot: keep whole words up to
    // about 12 characters (the matrix and tooltips carry full names).
    // QCategoryAxis needs unique labels, hence the invisible suffix.
    static QString spokeLabel(const QString &name, int index)
    {
        QString label;
        if (name.size() <= 12) {
            label = name;
        } else {
            for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!label.isEmpty() && label.size() + 1 + word.size() > 12)
                    break;
                label += (label.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            label = label.left(12) + QStringLiteral("…");
        }
        return label + QString(index, QChar(0x200B));
    }

    // Labels are worth their ring only while the polygon inside keeps a
    // readable radius (three label lines): the radius is estimated as Qt
    // Charts lays the polar plot out, from the widest label beside the
    // circle and a label line above and below it, inside what the title
    // and the legend leave.  (Qt Charts finds that radius by measuring
    // every label as rich text again and again: a chart too small for its
    // labels also skips that.)
    void showLabelsIfTheyFit()
    {
        if (!m_angular)
            return; // no comparison given yet
        if (!m_labelsWanted) {
            m_angular->setLabelsVisible(false);
            return;
        }
        const QFontMetrics labels(m_angular->labelsFont());
        int widest = 0;
        for (const QString &label : m_angular->categoriesLabels())
            widest = std::max(widest, labels.horizontalAdvance(label));
        const QChart *c = chart();
        const int title = c ? QFontMetrics(c->titleFont()).height() + 4 : 0;
        const int legend =
            c && c->legend()->isVisible() ? QFontMetrics(c->legend()->font()).height() + 12 : 0;
        const int margins = 2 * 4 + 2 * 6; // the chart's margins and the view's frame
        const int across = width() - margins - 2 * (widest + 6);
        const int down = height() - margins - title - legend - 2 * (labels.height() + 4);
        const int radius = std::min(across, down) / 2;
        m_angular->setLabelsVisible(radius >= 3 * labels.height());
    }

    static constexpr int kMaxSeries = 8;
    bool m_labelsWanted = false;
    core::Comparison m_comparison;
    QVector<int> m_shown;
    int m_criteria = 0;
    QCategoryAxis *m_angular = nullptr;
    QValueAxis *m_radial = nullptr;
    QVector<QLineSeries *> m_series;
    QVector<QVector<double>> m_normalized;
};

ChartPanel *createRadarChart(QWidget *parent)
{
    return new RadarChart(parent);
}

} // namespace ui

#include "radarchart.moc"

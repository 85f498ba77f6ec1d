#include "ui/charts/chartpanel.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {
constexpr int kGrab = 10; // pixels around a point that pick it up
} // namespace

class ValueFunctionChartImpl final : public ValueFunctionChart
{
    Q_OBJECT
public:
    explicit ValueFunctionChartImpl(QWidget *parent)
        : ValueFunctionChart(parent)
    {
        setObjectName(QStringLiteral("valueFunctionChart"));
        auto *chart = new QChart;
        m_axisX = new QValueAxis;
        m_axisY = new QValueAxis;
        m_axisY->setRange(0.0, 1.0);
        m_axisY->setTitleText(tr("Value"));
        chart->addAxis(m_axisX, Qt::AlignBottom);
        chart->addAxis(m_axisY, Qt::AlignLeft);
        m_curve = new QLineSeries;
        m_curve->setName(tr("Value function"));
        QPen pen(QColor(0x0072B2));
        pen.setWidthF(2.0);
        m_curve->setPen(pen);
        m_handles = new QScatterSeries;
        m_handles->setName(tr("Points (drag)"));
        m_handles->setMarkerSize(12);
        m_handles->setColor(QColor(0x0072B2));
        m_options = new QScatterSeries;
        m_options->setName(tr("Options"));
        m_options->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        m_options->setMarkerSize(9);
        m_options->setColor(QColor(0xD55E00));
        // The handles last: drawn on top of the options' marks.
        for (QXYSeries *s : {static_cast<QXYSeries *>(m_curve), static_cast<QXYSeries *>(m_options),
                             static_cast<QXYSeries *>(m_handles)}) {
            chart->addSeries(s);
            s->attachAxis(m_axisX);
            s->attachAxis(m_axisY);
        }
        chart->legend()->setAlignment(Qt::AlignBottom);
        setChart(chart);
        fitTicks(m_axisY, Qt::Vertical, QStringLiteral("0.0"), 6);
        setAntialiasing(true);
        if (auto *view = findChild<QChartView *>()) {
            m_view = view;
            view->viewport()->installEventFilter(this);
            view->viewport()->setMouseTracking(true);
        }
    }

    void setComparison(const core::Comparison &c) override { setFunction(c, -1, {}); }

    void setFunction(const core::Comparison &c, int criterion, const core::ValueFunction &f) override
    {
        m_function = f;
        QVector<double> xs;
        QList<QPointF> marks;
        QString unit;
        std::optional<double> scaleMin;
        std::optional<double> scaleMax;
        bool benefit = true;
        if (criterion >= 0 && criterion < c.criterionCount()) {
            const core::Criterion &k = c.criteria[criterion];
            unit = k.unit;
            benefit = k.direction == core::Direction::Benefit;
            if (k.hasScale()) {
                scaleMin = k.scaleMin;
                scaleMax = k.scaleMax;
            }
            chart()->setTitle(tr("Value function of %1").arg(k.name));
            for (int o = 0; o < c.optionCount(); ++o) {
                if (const auto v = c.value(o, criterion); v && std::isfinite(*v))
                    xs.append(*v);
            }
        }
        // The range shown: the options' values, the points and the scale.
        QVector<double> all = xs;
        for (const core::ValuePoint &p : f.points)
            all.append(p.x);
        if (scaleMin) {
            all.append(*scaleMin);
            all.append(*scaleMax);
        }
        double lo = all.isEmpty() ? 0.0 : *std::min_element(all.cbegin(), all.cend());
        double hi = all.isEmpty() ? 1.0 : *std::max_element(all.cbegin(), all.cend());
        if (!(hi > lo)) {
            lo -= 1.0;
            hi += 1.0;
        }
        const double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        m_axisX->setRange(lo, hi);
        m_axisX->applyNiceNumbers(); // ticks at round scores
        m_axisX->setTitleText(unit.isEmpty() ? tr("Score") : tr("Score (%1)").arg(unit));
        // The linear normalisation, for reference: worst to best over the
        // scale or the options' range.
        auto linear = [&](double x) {
            const double a =
                scaleMin ? *scaleMin : (xs.isEmpty() ? lo : *std::min_element(xs.cbegin(), xs.cend()));
            const double b =
                scaleMax ? *scaleMax : (xs.isEmpty() ? hi : *std::max_element(xs.cbegin(), xs.cend()));
            const double t = b > a ? std::clamp((x - a) / (b - a), 0.0, 1.0) : 1.0;
            return benefit ? t : 1.0 - t;
        };
        auto value = [&](double x) {
            return f.isLinear() ? linear(x) : core::valueAt(f, x);
        };
        QList<QPointF> curve;
        if (f.shape == core::ValueShape::Step && !f.points.isEmpty()) {
            curve.append(QPointF(lo, f.points.front().y));
            for (int i = 0; i < f.points.size(); ++i) {
                if (i > 0)
                    curve.append(QPointF(f.points[i].x, f.points[i - 1].y));
                curve.append(QPointF(f.points[i].x, f.points[i].y));
            }
            curve.append(QPointF(hi, f.points.back().y));
        } else {
            QVector<double> at{lo, hi};
            for (const core::ValuePoint &p : f.points)
                at.append(p.x);
            if (f.isLinear()) {
                for (double x : xs)
                    at.append(x);
                if (scaleMin) {
                    at.append(*scaleMin);
                    at.append(*scaleMax);
                }
            }
            std::sort(at.begin(), at.end());
            for (double x : at)
                curve.append(QPointF(x, value(x)));
        }
        m_curve->replace(curve);
        QList<QPointF> handles;
        for (const core::ValuePoint &p : f.points)
            handles.append(QPointF(p.x, p.y));
        m_handles->replace(handles);
        for (double x : xs)
            marks.append(QPointF(x, value(x)));
        m_options->replace(marks);
        m_handles->setVisible(!f.isLinear());
        fitTicks(m_axisX, Qt::Horizontal, QString::number(m_axisX->max(), 'g', 4), 6);
        m_axisX->setLabelFormat(QStringLiteral("%g"));
    }

    QVector<double> values() const override
    {
        QVector<double> v;
        for (const QPointF &p : m_options->points())
            v.append(p.y());
        return v;
    }

    QPoint toWidget(const core::ValuePoint &p) const override
    {
        if (!m_view)
            return {};
        const QPointF scene = chart()->mapToScene(chart()->mapToPosition(QPointF(p.x, p.y), m_handles));
        return m_view->viewport()->mapTo(this, m_view->mapFromScene(scene));
    }

    core::ValuePoint fromWidget(const QPoint &pos) const override
    {
        if (!m_view)
            return {};
        const QPointF scene = m_view->mapToScene(m_view->viewport()->mapFrom(this, pos));
        const QPointF v = chart()->mapToValue(chart()->mapFromScene(scene), m_handles);
        return {v.x(), v.y()};
    }

    int pointAt(const QPoint &pos) const override
    {
        int best = -1;
        double bestDistance = kGrab + 1;
        for (int i = 0; i < m_function.points.size(); ++i) {
            const QPoint p = toWidget(m_function.points[i]);
            const double d = std::hypot(double(p.x() - pos.x()), double(p.y() - pos.y()));
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_view || watched != m_view->viewport() || m_function.isLinear())
            return ValueFunctionChart::eventFilter(watched, event);
        auto widgetPos = [&](QMouseEvent *e) {
            return m_view->viewport()->mapTo(this, e->position().toPoint());
        };
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto *e = static_cast<QMouseEvent *>(event);
            if (e->button() != Qt::LeftButton)
                break;
            m_dragging = pointAt(widgetPos(e));
            if (m_dragging >= 0)
                return true;
            break;
        }
        case QEvent::MouseMove: {
            auto *e = static_cast<QMouseEvent *>(event);
            if (m_dragging < 0) {
                m_view->viewport()->setCursor(pointAt(widgetPos(e)) >= 0 ? Qt::OpenHandCursor
                                                                         : Qt::ArrowCursor);
                break;
            }
            m_view->viewport()->setCursor(Qt::ClosedHandCursor);
            // Preview only: the handle follows the mouse inside its neighbours.
            const core::ValuePoint to = clampedPoint(m_dragging, fromWidget(widgetPos(e)));
            QList<QPointF> handles = m_handles->points();
            if (m_dragging < handles.size())
                m_handles->replace(m_dragging, QPointF(to.x, to.y));
            return true;
        }
        case QEvent::MouseButtonRelease: {
            auto *e = static_cast<QMouseEvent *>(event);
            if (m_dragging < 0 || e->button() != Qt::LeftButton)
                break;
            const int index = m_dragging;
            m_dragging = -1;
            m_view->viewport()->setCursor(Qt::OpenHandCursor);
            Q_EMIT pointDropped(index, clampedPoint(index, fromWidget(widgetPos(e))));
            return true;
        }
        default:
            break;
        }
        return ValueFunctionChart::eventFilter(watched, event);
    }

private:
    // A dragged point stays between its neighbours' x and within 0..1.
    core::ValuePoint clampedPoint(int index, core::ValuePoint p) const
    {
        const auto &pts = m_function.points;
        const double span = m_axisX->max() - m_axisX->min();
        const double gap = span > 0 ? span * 1e-3 : 1e-3;
        if (index > 0)
            p.x = std::max(p.x, pts[index - 1].x + gap);
        if (index + 1 < pts.size())
            p.x = std::min(p.x, pts[index + 1].x - gap);
        p.y = std::clamp(p.y, 0.0, 1.0);
        // Round to what a person would type: 3 significant digits of the range.
        const double step = std::pow(10.0, std::floor(std::log10(span > 0 ? span : 1.0)) - 2);
        p.x = std::round(p.x / step) * step;
        p.y = std::round(p.y * 100.0) / 100.0;
        if (index > 0 && !(p.x > pts[index - 1].x))
            p.x = pts[index - 1].x + step;
        if (index + 1 < pts.size() && !(p.x < pts[index + 1].x))
            p.x = pts[index + 1].x - step;
        return p;
    }

    QChartView *m_view = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLineSeries *m_curve = nullptr;
    QScatterSeries *m_handles = nullptr;
    QScatterSeries *m_options = nullptr;
    core::ValueFunction m_function;
    int m_dragging = -1;
};

ValueFunctionChart *createValueFunctionChart(QWidget *parent)
{
    return new ValueFunctionChartImpl(parent);
}

} // namespace ui

#include "valuefunctionchart.moc"

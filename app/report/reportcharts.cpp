#include "report/reportcharts.h"

#include "report/colors.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace report {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

QString elided(const QPainter &p, const QString &text, qreal width)
{
    return p.fontMetrics().elidedText(text, Qt::ElideRight, int(width));
}

constexpr int kMaxRows = 15;

// Horizontal bars on a value axis from lo to hi; label column on the left.
struct BarFrame
{
    QRectF plot;
    qreal lo = 0;
    qreal hi = 1;
    qreal x(qreal v) const { return plot.left() + (v - lo) / (hi - lo) * plot.width(); }
};

BarFrame barFrame(QPainter &p, const QRectF &rect, int rows, qreal lo, qreal hi, qreal labelWidth)
{
    BarFrame f;
    const qreal axis = p.fontMetrics().height() + 6;
    f.plot = QRectF(rect.left() + labelWidth + 8, rect.top(), rect.width() - labelWidth - 16,
                    rect.height() - axis);
    f.lo = lo;
    f.hi = hi > lo ? hi : lo + 1;
    p.setPen(QPen(QColor(0, 0, 0, 60), 0.6));
    for (int t = 0; t <= 4; ++t) {
        const qreal v = f.lo + (f.hi - f.lo) * t / 4.0;
        const qreal x = f.x(v);
        p.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(x - 30, f.plot.bottom() + 2, 60, axis), Qt::AlignHCenter | Qt::AlignTop,
                   QLocale().toString(v, 'f', 2));
        p.setPen(QPen(QColor(0, 0, 0, 60), 0.6));
    }
    Q_UNUSED(rows);
    return f;
}

void paintRanking(QPainter &p, const QRectF &rect, const Report &r)
{
    const core::Comparison &c = r.comparison();
    const int rows = std::min<int>(kMaxRows, int(r.analysis.result.order.size()));
    if (rows == 0)
        return;
    qreal lo = 0;
    qreal hi = 1;
    for (const core::OptionResult &o : r.analysis.result.perOption) {
        lo = std::min(lo, o.score);
        hi = std::max(hi, o.score);
    }
    const qreal labelWidth = std::min(rect.width() * 0.35, 160.0);
    const BarFrame f = barFrame(p, rect, rows, lo, hi, labelWidth);
    const qreal band = f.plot.height() / rows;
    const int decimals = r.analysis.result.scoreDecimals(3);
    for (int pos = 0; pos < rows; ++pos) {
        const int o = r.analysis.result.order[pos];
        const qreal y = f.plot.top() + pos * band;
        const QRectF bar(QPointF(f.x(std::min(0.0, r.analysis.result.perOption[o].score)), y + band * 0.15),
                         QPointF(f.x(std::max(0.0, r.analysis.result.perOption[o].score)), y + band * 0.85));
        p.fillRect(bar, optionColor(c, o));
        p.setPen(Qt::black);
        const QString label =
            QStringLiteral("%1. %2").arg(r.analysis.result.perOption[o].rank).arg(c.options[o].name);
        p.drawText(QRectF(rect.left(), y, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter,
                   elided(p, label, labelWidth));
        // As wide as the score needs: close scores take more decimals.
        const QString score = QLocale().toString(r.analysis.result.perOption[o].score, 'f', decimals);
        p.drawText(QRectF(bar.right() + 4, y, p.fontMetrics().horizontalAdvance(score) + 2, band),
                   Qt::AlignLeft | Qt::AlignVCenter, score);
    }
}

void paintContributions(QPainter &p, const QRectF &rect, const Report &r)
{
    const core::Comparison &c = r.comparison();
    const int rows = std::min<int>(kMaxRows, int(r.analysis.result.order.size()));
    if (rows == 0)
        return;
    // Legend on the right: the criteria with weight, largest first, at most 12.
    QVector<int> legend;
    for (int j = 0; j < c.criterionCount(); ++j) {
        if (r.analysis.result.weights[j] > 0)
            legend.append(j);
    }
    std::stable_sort(legend.begin(), legend.end(), [&](int a, int b) {
        return r.analysis.result.weights[a] > r.analysis.result.weights[b];
    });
    const int shown = std::min<int>(12, int(legend.size()));
    const qreal legendWidth = std::min(rect.width() * 0.3, 180.0);
    const QRectF chartRect(rect.left(), rect.top(), rect.width() - legendWidth, rect.height());
    qreal lo = 0;
    qreal hi = 1;
    for (const core::OptionResult &o : r.analysis.result.perOption) {
        qreal pos = 0;
        qreal neg = 0;
        for (double x : o.contributions)
            (x >= 0 ? pos : neg) += x;
        hi = std::max(hi, pos);
        lo = std::min(lo, neg);
    }
    const qreal labelWidth = std::min(chartRect.width() * 0.3, 140.0);
    const BarFrame f = barFrame(p, chartRect, rows, lo, hi, labelWidth);
    const qreal band = f.plot.height() / rows;
    for (int pos = 0; pos < rows; ++pos) {
        const int o = r.analysis.result.order[pos];
        const qreal y = f.plot.top() + pos * band;
        qreal right = 0;
        qreal left = 0;
        for (int j = 0; j < c.criterionCount(); ++j) {
            const double x = r.analysis.result.perOption[o].contributions[j];
            if (x == 0)
                continue;
            const int rank = int(legend.indexOf(j));
            const QColor color = rank >= 0 && rank < shown ? seriesColor(rank) : QColor(0xBAB0AC);
            qreal &edge = x > 0 ? right : left;
            const QRectF seg(QPointF(f.x(edge), y + band * 0.2), QPointF(f.x(edge + x), y + band * 0.8));
            p.fillRect(seg.normalized(), color);
            p.setPen(QPen(Qt::white, 0.5));
            p.drawRect(seg.normalized());
            edge += x;
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(chartRect.left(), y, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter,
                   elided(p, c.options[o].name, labelWidth));
    }
    const qreal line = p.fontMetrics().height() + 2;
    for (int k = 0; k < shown; ++k) {
        const QRectF swatch(chartRect.right() + 4, rect.top() + k * line + 3, line - 6, line - 6);
        p.fillRect(swatch, seriesColor(k));
        p.setPen(Qt::black);
        p.drawText(QRectF(swatch.right() + 4, rect.top() + k * line, legendWidth - line - 4, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   elided(p, c.criteria[legend[k]].name, legendWidth - line - 4));
    }
    if (legend.size() > shown) {
        p.fillRect(QRectF(chartRect.right() + 4, rect.top() + shown * line + 3, line - 6, line - 6),
                   QColor(0xBAB0AC));
        p.drawText(QRectF(chartRect.right() + line, rect.top() + shown * line, legendWidth - line, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("%n other(s)", nullptr, int(legend.size() - shown)));
    }
}

void paintRadar(QPainter &p, const QRectF &rect, const Report &r)
{
    const core::Comparison &c = r.comparison();
    const int m = c.criterionCount();
    if (m < 3 || c.optionCount() == 0)
        return;
    const qreal legend = p.fontMetrics().height() + 6;
    const QRectF area = rect.adjusted(0, 0, 0, -legend);
    const qreal radius = std::min(area.width(), area.height()) / 2 - (m <= 24 ? 40 : 8);
    const QPointF centre = area.center();
    auto point = [&](int j, qreal v) {
        const qreal angle = -M_PI / 2 + 2 * M_PI * j / m;
        return centre + QPointF(std::cos(angle), std::sin(angle)) * radius * std::clamp(v, 0.0, 1.0);
    };
    p.setPen(QPen(QColor(0, 0, 0, 50), 0.6));
    for (int ring = 1; ring <= 4; ++ring)
        p.drawEllipse(centre, radius * ring / 4, radius * ring / 4);
    for (int j = 0; j < m && m <= 60; ++j)
        p.drawLine(centre, point(j, 1.0));
    if (m <= 24) {
        p.setPen(Qt::black);
        QFont small = p.font();
        if (small.pixelSize() > 0)
            small.setPixelSize(std::max(7, small.pixelSize() * 4 / 5));
        else
            small.setPointSizeF(small.pointSizeF() * 0.8);
        p.setFont(small);
        for (int j = 0; j < m; ++j) {
            const QPointF at = point(j, 1.18);
            const QString label = elided(p, c.criteria[j].name, 90);
            p.drawText(QRectF(at.x() - 45, at.y() - 8, 90, 16), Qt::AlignCenter, label);
        }
    }
    p.setRenderHint(QPainter::Antialiasing);
    const int options = std::min(c.optionCount(), 8);
    for (int o = 0; o < options; ++o) {
        QPolygonF poly;
        for (int j = 0; j < m; ++j)
            poly << point(j, r.analysis.result.normalized[o][j]);
        QColor fill = optionColor(c, o);
        fill.setAlpha(40);
        p.setBrush(fill);
        p.setPen(QPen(optionColor(c, o), 1.6));
        p.drawPolygon(poly);
    }
    p.setBrush(Qt::NoBrush);
    qreal x = rect.left();
    for (int o = 0; o < options; ++o) {
        p.fillRect(QRectF(x, rect.bottom() - legend + 4, 10, 10), optionColor(c, o));
        p.setPen(Qt::black);
        const QString name = elided(p, c.options[o].name, 120);
        p.drawText(QPointF(x + 14, rect.bottom() - legend + 13), name);
        x += 24 + p.fontMetrics().horizontalAdvance(name);
    }
}

// Tornado: for each criterion, the weight interval over which the winner
// stays first, with the current weight marked; narrowest first.
void paintSensitivity(QPainter &p, const QRectF &rect, const Report &r)
{
    const core::Comparison &c = r.comparison();
    QVector<core::StabilityInterval> rows = r.analysis.stability;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return (a.upper - a.lower) < (b.upper - b.lower); });
    if (rows.size() > kMaxRows)
        rows.resize(kMaxRows);
    if (rows.isEmpty()) {
        p.setPen(Qt::black);
        p.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                   Tr::tr("No single winner, so there is no stability interval to show."));
        return;
    }
    const qreal labelWidth = std::min(rect.width() * 0.35, 170.0);
    const BarFrame f = barFrame(p, rect, int(rows.size()), 0.0, 1.0, labelWidth);
    const qreal band = f.plot.height() / rows.size();
    for (int i = 0; i < rows.size(); ++i) {
        const core::StabilityInterval &s = rows[i];
        const qreal y = f.plot.top() + i * band;
        const QRectF bar(QPointF(f.x(s.lower), y + band * 0.2), QPointF(f.x(s.upper), y + band * 0.8));
        p.fillRect(bar, QColor(0x56B4E9));
        p.setPen(QPen(QColor(0xD55E00), 2));
        p.drawLine(QPointF(f.x(s.current), y + band * 0.1), QPointF(f.x(s.current), y + band * 0.9));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y, labelWidth, band), Qt::AlignRight | Qt::AlignVCenter,
                   elided(p, c.criteria[s.criterion].name, labelWidth));
    }
}
} // namespace

QString chartTitle(Chart chart)
{
    switch (chart) {
    case Chart::Ranking:
        return Tr::tr("Ranking");
    case Chart::Contributions:
        return Tr::tr("Contribution of each criterion");
    case Chart::Radar:
        return Tr::tr("Scores (normalised)");
    case Chart::Sensitivity:
        return Tr::tr("Weight range over which the winner stays first (orange: current weight)");
    }
    return {};
}

void paintChart(QPainter &p, const QRectF &rect, const Report &report, Chart chart)
{
    p.save();
    QFont title = p.font();
    title.setBold(true);
    const qreal titleHeight = QFontMetricsF(title).height() + 6;
    p.setFont(title);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignHCenter | Qt::AlignTop,
               chartTitle(chart));
    QFont body = p.font();
    body.setBold(false);
    p.setFont(body);
    const QRectF area = rect.adjusted(4, titleHeight, -4, -4);
    switch (chart) {
    case Chart::Ranking:
        paintRanking(p, area, report);
        break;
    case Chart::Contributions:
        paintContributions(p, area, report);
        break;
    case Chart::Radar:
        paintRadar(p, area, report);
        break;
    case Chart::Sensitivity:
        paintSensitivity(p, area, report);
        break;
    }
    p.restore();
}

QByteArray chartSvg(const Report &report, Chart chart, const QSize &size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(chartTitle(chart));
    svg.setDescription(report.comparison().name);
    {
        QPainter p(&svg);
        // A generic family, so browsers pick their sans-serif font.
        QFont f(QStringLiteral("sans-serif"));
        f.setPixelSize(12);
        p.setFont(f);
        paintChart(p, QRectF(QPointF(0, 0), size), report, chart);
    }
    return buffer.data();
}

} // namespace report

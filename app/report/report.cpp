#include "report.h"

#include "csvmatrix.h"
#include "jsonio.h"
#include "keytable.h"
#include "reportcharts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>

namespace report {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

const std::pair<Format, const char *> kFormats[] = {
    {Format::Pdf, "pdf"},   {Format::Html, "html"}, {Format::Markdown, "md"}, {Format::Csv, "csv"},
    {Format::Json, "json"}, {Format::Png, "png"},   {Format::Svg, "svg"}};
const std::pair<Chart, const char *> kCharts[] = {{Chart::Ranking, "ranking"},
                                                  {Chart::Contributions, "contributions"},
                                                  {Chart::Radar, "radar"},
                                                  {Chart::Sensitivity, "sensitivity"}};
} // namespace

Report build(const Input &input)
{
    Report r;
    r.input = input;
    const core::Comparison &c = r.input.comparison;
    r.result = core::evaluate(c, input.weights, input.options);
    r.stability = core::stabilityIntervals(c, input.weights, input.options, r.result);
    r.verdict = core::makeVerdict(c, r.result, r.stability);
    core::applyMethodComparison(r.verdict, c, input.weights, input.options);
    r.checksum = core::json::checksum(c);
    r.date = QDate::currentDate();
    r.version = QStringLiteral(TRADEOFF_VERSION);
    return r;
}

std::optional<Format> formatForPath(const QString &path)
{
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        suffix = QStringLiteral("html");
    if (suffix == QLatin1String("markdown"))
        suffix = QStringLiteral("md");
    return core::keyLookup(suffix, kFormats);
}

QStringList formatSuffixes()
{
    return core::keyNames(kFormats);
}

std::optional<Chart> chartFromKey(const QString &key)
{
    return core::keyLookup(key, kCharts, Qt::CaseInsensitive);
}

QStringList chartKeys()
{
    return core::keyNames(kCharts);
}

QByteArray csv(const Report &r)
{
    // One table: a weights row, a direction row, then one row per option,
    // best first, with its rank, score and raw score per criterion.
    const core::Comparison &c = r.comparison();
    QStringList lines;
    QStringList header{QStringLiteral("row"), QStringLiteral("option"), QStringLiteral("rank"),
                       QStringLiteral("score")};
    QStringList weights{QStringLiteral("weight"), {}, {}, {}};
    QStringList directions{QStringLiteral("direction"), {}, {}, {}};
    for (int j = 0; j < c.criterionCount(); ++j) {
        header.append(core::csv::field(c.criteria[j].name));
        weights.append(QLocale::c().toString(r.result.weights[j], 'g', 12));
        directions.append(core::directionKey(c.criteria[j].direction));
    }
    lines << header.join(QLatin1Char(',')) << weights.join(QLatin1Char(','))
          << directions.join(QLatin1Char(','));
    for (int o : r.result.order) {
        QStringList row{QStringLiteral("option"), core::csv::field(c.options[o].name),
                        QString::number(r.result.perOption[o].rank),
                        QLocale::c().toString(r.result.perOption[o].score, 'g', 12)};
        for (int j = 0; j < c.criterionCount(); ++j) {
            const auto v = c.value(o, j);
            row.append(v ? QLocale::c().toString(*v, 'g', 12) : QString());
        }
        lines << row.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QByteArray json(const Report &r)
{
    const core::Comparison &c = r.comparison();
    QJsonObject weights;
    for (int j = 0; j < c.criterionCount(); ++j)
        weights.insert(c.criteria[j].name, r.result.weights[j]);
    QJsonArray results;
    for (int o : r.result.order) {
        QJsonObject contributions;
        for (int j = 0; j < c.criterionCount(); ++j)
            contributions.insert(c.criteria[j].name, r.result.perOption[o].contributions[j]);
        results.append(QJsonObject{{QStringLiteral("option"), c.options[o].name},
                                   {QStringLiteral("score"), r.result.perOption[o].score},
                                   {QStringLiteral("rank"), r.result.perOption[o].rank},
                                   {QStringLiteral("contributions"), contributions}});
    }
    QJsonArray details;
    for (const QString &d : core::VerdictText::details(c, r.verdict, r.result))
        details.append(d);
    QJsonArray winners;
    for (int o : r.verdict.winners)
        winners.append(c.options[o].name);
    QJsonArray stability;
    for (const core::StabilityInterval &s : r.stability) {
        stability.append(QJsonObject{{QStringLiteral("criterion"), c.criteria[s.criterion].name},
                                     {QStringLiteral("weight"), s.current},
                                     {QStringLiteral("lower"), s.lower},
                                     {QStringLiteral("upper"), s.upper}});
    }
    const QJsonObject root{
        {QStringLiteral("tradeoff_version"), r.version},
        {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
        {QStringLiteral("checksum"), r.checksum},
        {QStringLiteral("file"), r.input.sourceName},
        {QStringLiteral("comparison"), c.name},
        {QStringLiteral("profile"),
         r.input.profileName.isEmpty() ? QJsonValue() : QJsonValue(r.input.profileName)},
        {QStringLiteral("method"), core::methodKey(r.result.options.method)},
        {QStringLiteral("normalization"), core::normalizationKey(r.result.options.normalization)},
        {QStringLiteral("missing"), core::missingPolicyKey(r.result.options.missing)},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("results"), results},
        {QStringLiteral("verdict"),
         QJsonObject{{QStringLiteral("winners"), winners},
                     {QStringLiteral("tie"), r.verdict.winners.size() > 1},
                     {QStringLiteral("margin"), r.verdict.margin},
                     {QStringLiteral("fragile"), r.verdict.fragile},
                     {QStringLiteral("headline"), core::VerdictText::headline(c, r.verdict, r.result)},
                     {QStringLiteral("details"), details}}},
        {QStringLiteral("stability"), stability},
        {QStringLiteral("data"), core::json::toJson(c)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray pdf(const Report &r, QPageSize::PageSizeId page);

core::Expected<QByteArray> render(const Report &r, Format format, const Options &options)
{
    const bool needsGui = format == Format::Pdf || format == Format::Png || format == Format::Svg;
    if (needsGui && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return core::Error{Tr::tr("this format needs the graphical libraries (a QGuiApplication)")};
    switch (format) {
    case Format::Markdown:
        return markdown(r).toUtf8();
    case Format::Html:
        return html(r).toUtf8();
    case Format::Csv:
        return csv(r);
    case Format::Json:
        return json(r);
    case Format::Svg:
        return chartSvg(r, options.chart, QSize(800, 480));
    case Format::Png: {
        // Twice the nominal size, so the picture stays sharp on slides.
        QImage image(QSize(1600, 960), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            QFont f = p.font();
            f.setPixelSize(12);
            p.setFont(f);
            paintChart(p, QRectF(0, 0, 800, 480), r, options.chart);
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return core::Error{Tr::tr("cannot encode the PNG image")};
        return bytes;
    }
    case Format::Pdf:
        return pdf(r, options.page);
    }
    return core::Error{Tr::tr("unknown format")};
}

} // namespace report

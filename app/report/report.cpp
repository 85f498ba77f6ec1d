#include "report/report.h"

#include "core/csvmatrix.h"
#include "core/jsonio.h"
#include "core/keytable.h"
#include "core/resultjson.h"
#include "report/reportcharts.h"

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
    return build(input, core::analyse(input.comparison, input.weights, input.options));
}

Report build(const Input &input, const core::Analysis &analysis)
{
    Report r;
    r.input = input;
    r.analysis = analysis;
    r.checksum = core::json::checksum(r.input.comparison);
    r.date = QDate::currentDate();
    r.version = QStringLiteral(TRADEOFF_VERSION);
    return r;
}

std::optional<Format> formatForPath(const QString &path)
{
    // The name's last dot, read from the text: QFileInfo's parts lose
    // their way in names longer than 32,767 characters.
    const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    QString suffix = dot < 0 ? QString() : name.mid(dot + 1).toLower();
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
        weights.append(QLocale::c().toString(r.analysis.result.weights[j], 'g', 12));
        directions.append(core::directionKey(c.criteria[j].direction));
    }
    lines << header.join(QLatin1Char(',')) << weights.join(QLatin1Char(','))
          << directions.join(QLatin1Char(','));
    for (int o : r.analysis.result.order) {
        QStringList row{QStringLiteral("option"), core::csv::field(c.options[o].name),
                        QString::number(r.analysis.result.perOption[o].rank),
                        QLocale::c().toString(r.analysis.result.perOption[o].score, 'g', 12)};
        for (int j = 0; j < c.criterionCount(); ++j) {
            const auto v = c.value(o, j);
            row.append(v ? QLocale::c().toString(*v, 'g', 12) : QString());
        }
        lines << row.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

// Score ranges, when the comparison has any: whether they can change the
// winner, and the winner's SMAA-2 confidence factor when a run made one.
void scoreRangesJson(QJsonObject &root, const Report &r)
{
    const core::Comparison &c = r.comparison();
    const core::Verdict &v = r.analysis.verdict;
    const core::ScoreUncertainty &u = v.scoreRanges;
    if (u.ranges == 0)
        return;
    QJsonObject first;
    for (int o = 0; o < c.optionCount(); ++o)
        first.insert(c.options[o].name, u.first.value(o));
    QJsonObject out{{QStringLiteral("ranges"), u.ranges},
                    {QStringLiteral("samples"), u.samples},
                    {QStringLiteral("other_wins"), u.otherWins},
                    {QStringLiteral("can_change_winner"), u.canChangeWinner()},
                    {QStringLiteral("first"), first}};
    if (v.confidence) {
        QJsonObject weights;
        for (int j = 0; j < v.centralWeights.size() && j < c.criterionCount(); ++j)
            weights.insert(c.criteria[j].name, v.centralWeights[j]);
        out.insert(QStringLiteral("central_weights"), weights);
        out.insert(QStringLiteral("confidence"), *v.confidence);
        out.insert(QStringLiteral("confidence_samples"), v.confidenceSamples);
    }
    root.insert(QStringLiteral("score_uncertainty"), out);
}

QByteArray json(const Report &r)
{
    // What `score --format json` prints, plus what makes the report a record.
    QJsonObject root =
        core::json::analysisToJson(r.comparison(), r.analysis, r.input.sourceName, r.input.profileName);
    root.insert(QStringLiteral("tradeoff_version"), r.version);
    root.insert(QStringLiteral("date"), r.date.toString(Qt::ISODate));
    root.insert(QStringLiteral("checksum"), r.checksum);
    root.insert(QStringLiteral("decision"), core::json::decisionToJson(r.comparison().decision));
    scoreRangesJson(root, r);
    // A large comparison's data is a matrix of values and the file compact:
    // at 2,000 x 300 an object per score, indented, made 150 MB.
    const bool large = core::json::isLarge(r.comparison());
    root.insert(QStringLiteral("data"),
                core::json::toJson(r.comparison(), large ? core::json::ScoreLayout::Matrix
                                                         : core::json::ScoreLayout::Objects));
    return QJsonDocument(root).toJson(large ? QJsonDocument::Compact : QJsonDocument::Indented);
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

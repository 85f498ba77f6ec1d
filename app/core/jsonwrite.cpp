#include "core/fileinput.h"
#include "core/jsonio.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <cmath>
#include <functional>

// Writing: the JSON form of a comparison, its compact bytes and checksum.
namespace core::json {

namespace {
QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonObject scoreToJson(const Comparison &c, int i, int j)
{
    const Cell &cell = c.cell(i, j);
    QJsonArray evidence;
    for (const Evidence &e : cell.evidence) {
        evidence.append(
            QJsonObject{{QStringLiteral("claim"), e.claim},
                        {QStringLiteral("source"),
                         e.source >= 0 ? QJsonValue(c.sources.value(e.source).title) : QJsonValue()},
                        {QStringLiteral("source_index"), e.source},
                        {QStringLiteral("stance"), stanceKey(e.stance)},
                        {QStringLiteral("disputed"), e.disputed},
                        {QStringLiteral("correction"), e.correction}});
    }
    QJsonObject out{{QStringLiteral("option"), c.options[i].name},
                    {QStringLiteral("criterion"), c.criteria[j].name},
                    {QStringLiteral("value"), optional(cell.value)},
                    {QStringLiteral("rationale"), cell.rationale},
                    {QStringLiteral("evidence"), evidence}};
    // Only a range says low and high: a single score's object (and the
    // checksum of a comparison without ranges) stays as it was.
    if (cell.low || cell.high) {
        out.insert(QStringLiteral("low"), optional(cell.low));
        out.insert(QStringLiteral("high"), optional(cell.high));
    }
    return out;
}

// A score written as an object even in the large layout (and never from
// the compact template).
bool annotated(const Cell &cell)
{
    return !cell.rationale.isEmpty() || !cell.evidence.isEmpty() || cell.low || cell.high;
}

// Every member of toJson() but "scores".
QJsonObject membersButScores(const Comparison &c)
{
    QJsonArray sources;
    for (const Source &s : c.sources) {
        sources.append(QJsonObject{{QStringLiteral("title"), s.title},
                                   {QStringLiteral("publisher"), s.publisher},
                                   {QStringLiteral("author"), s.author},
                                   {QStringLiteral("published"), s.published},
                                   {QStringLiteral("url"), s.url},
                                   {QStringLiteral("note"), s.note}});
    }
    QJsonArray options;
    for (const Option &o : c.options) {
        options.append(QJsonObject{{QStringLiteral("name"), o.name},
                                   {QStringLiteral("description"), o.description},
                                   {QStringLiteral("color"), o.color}});
    }
    QJsonArray criteria;
    for (const Criterion &k : c.criteria) {
        QJsonObject criterion{{QStringLiteral("name"), k.name},
                              {QStringLiteral("category"), k.category},
                              {QStringLiteral("direction"), directionKey(k.direction)},
                              {QStringLiteral("description"), k.description},
                              {QStringLiteral("unit"), k.unit},
                              {QStringLiteral("scale_min"), optional(k.scaleMin)},
                              {QStringLiteral("scale_max"), optional(k.scaleMax)},
                              {QStringLiteral("user_scored"), k.userScored},
                              {QStringLiteral("preference"), preferenceKey(k.preference)},
                              {QStringLiteral("indifference"), optional(k.indifference)},
                              {QStringLiteral("preference_threshold"), optional(k.preferenceThreshold)}};
        if (!k.valueFunction.isLinear())
            criterion.insert(QStringLiteral("value_function"), valueFunctionToJson(k.valueFunction));
        criteria.append(criterion);
    }
    QJsonArray groups;
    for (const CriterionGroup &g : c.groups) {
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("parent"), g.parent},
                                  {QStringLiteral("description"), g.description}});
    }
    QJsonArray profiles;
    for (const Profile &p : c.profiles) {
        QJsonObject weights;
        for (int j = 0; j < c.criterionCount() && j < p.weights.size(); ++j)
            weights.insert(c.criteria[j].name, p.weights[j]);
        profiles.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("kind"), profileKindKey(p.kind)},
                                    {QStringLiteral("description"), p.description},
                                    {QStringLiteral("source_index"), p.source},
                                    {QStringLiteral("weights"), weights}});
    }
    QJsonArray tasks;
    for (const Task &t : c.tasks) {
        QJsonArray examples;
        for (const CodeExample &e : t.examples) {
            examples.append(QJsonObject{{QStringLiteral("option"), c.options.value(e.option).name},
                                        {QStringLiteral("language"), e.language},
                                        {QStringLiteral("code"), e.code},
                                        {QStringLiteral("note"), e.note}});
        }
        tasks.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("description"), t.description},
                                 {QStringLiteral("examples"), examples}});
    }
    QJsonArray snapshots;
    for (const Snapshot &each : c.snapshots)
        snapshots.append(snapshotToJson(each));
    QJsonObject out{{QStringLiteral("name"), c.name},       {QStringLiteral("description"), c.description},
                    {QStringLiteral("sources"), sources},   {QStringLiteral("options"), options},
                    {QStringLiteral("criteria"), criteria}, {QStringLiteral("profiles"), profiles},
                    {QStringLiteral("tasks"), tasks},       {QStringLiteral("snapshots"), snapshots}};
    // Groups, like a record, only when there are some: the checksum of a
    // comparison without them stays what it was before the tree existed.
    if (!groups.isEmpty())
        out.insert(QStringLiteral("groups"), groups);
    // Only a record that says something: the checksum of a comparison
    // without one stays what it was before records existed.
    if (!c.decision.isEmpty())
        out.insert(QStringLiteral("decision"), decisionToJson(c.decision));
    return out;
}

} // namespace

QJsonValue valueFunctionToJson(const ValueFunction &f)
{
    if (f.isLinear())
        return QJsonValue();
    QJsonArray points;
    for (const ValuePoint &p : f.points)
        points.append(QJsonArray{p.x, p.y});
    return QJsonObject{{QStringLiteral("shape"), valueShapeKey(f.shape)}, {QStringLiteral("points"), points}};
}

QString valueFunctionToText(const ValueFunction &f)
{
    if (f.isLinear())
        return {};
    return QString::fromUtf8(QJsonDocument(valueFunctionToJson(f).toObject()).toJson(QJsonDocument::Compact));
}

namespace {

// One value as compact JSON, written by Qt itself.
QByteArray compactValue(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A number as QJsonDocument writes it: doubles that are whole numbers of at
// most 2^53 become integers (so -0 is 0), others are written shortest.  The
// cases in between go through Qt.
QByteArray compactNumber(double v)
{
    constexpr double kExact = 4503599627370496.0; // 2^52: whole numbers below are integers in Qt
    if (std::isfinite(v) && std::trunc(v) == v && std::abs(v) < kExact)
        return QByteArray::number(qint64(v));
    if (std::isfinite(v) && std::trunc(v) != v)
        return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    return compactValue(QJsonValue(v));
}

// QJsonDocument(toJson(c)).toJson(Compact) handed to `sink` a piece at a
// time.  The scores are written cell by cell: a score without rationale and
// evidence from a template, the others through Qt.  Building 600,000 objects
// to hash them took seconds.
void writeCompact(const Comparison &c, const std::function<void(const QByteArray &)> &sink)
{
    // QJsonDocument writes an object's members in key order: those before
    // "scores", the scores, then the rest.
    const QJsonObject members = membersButScores(c);
    QJsonObject before;
    QJsonObject after;
    for (auto it = members.constBegin(); it != members.constEnd(); ++it)
        (it.key() < QLatin1String("scores") ? before : after).insert(it.key(), it.value());
    QByteArray out = QJsonDocument(before).toJson(QJsonDocument::Compact);
    out.chop(1); // the closing brace
    out += before.isEmpty() ? "\"scores\":[" : ",\"scores\":[";

    QVector<QByteArray> options;
    for (const Option &o : c.options)
        options.append(compactValue(o.name));
    QVector<QByteArray> criteria;
    for (const Criterion &k : c.criteria)
        criteria.append(compactValue(k.name));
    constexpr qsizetype kPiece = 1 << 20;
    out.reserve(kPiece + 64 * 1024);
    bool first = true;
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j) {
            if (!first)
                out += ',';
            first = false;
            const Cell &cell = c.cell(i, j);
            if (annotated(cell)) {
                out += QJsonDocument(scoreToJson(c, i, j)).toJson(QJsonDocument::Compact);
                continue;
            }
            // Keys in QJsonObject's order: criterion, evidence, option, rationale, value.
            out += "{\"criterion\":";
            out += criteria[j];
            out += ",\"evidence\":[],\"option\":";
            out += options[i];
            out += ",\"rationale\":\"\",\"value\":";
            out += cell.value ? compactNumber(*cell.value) : QByteArray("null");
            out += '}';
        }
        if (out.size() > kPiece) {
            sink(out);
            out.resize(0);
        }
    }
    out += ']';
    if (after.isEmpty())
        out += '}';
    else
        out += ',' + QJsonDocument(after).toJson(QJsonDocument::Compact).mid(1);
    sink(out);
}

} // namespace

QJsonObject toJson(const Comparison &c, ScoreLayout layout)
{
    QJsonObject out = membersButScores(c);
    QJsonArray scores;
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j) {
            if (layout == ScoreLayout::Objects || annotated(c.cell(i, j)))
                scores.append(scoreToJson(c, i, j));
        }
    }
    out.insert(QStringLiteral("scores"), scores);
    if (layout == ScoreLayout::Matrix) {
        QJsonArray matrix;
        for (int i = 0; i < c.optionCount(); ++i) {
            QJsonArray row;
            for (int j = 0; j < c.criterionCount(); ++j)
                row.append(optional(c.cell(i, j).value));
            matrix.append(row);
        }
        out.insert(QStringLiteral("score_matrix"), matrix);
    }
    return out;
}

QByteArray compactJson(const Comparison &c)
{
    QByteArray out;
    writeCompact(c, [&out](const QByteArray &piece) { out += piece; });
    return out;
}

QJsonObject decisionToJson(const DecisionRecord &d)
{
    return QJsonObject{{QStringLiteral("status"), decisionStatusKey(d.status)},
                       {QStringLiteral("superseded_by"),
                        d.supersededBy.isEmpty() ? QJsonValue() : QJsonValue(d.supersededBy)},
                       {QStringLiteral("decided"),
                        d.decided.isValid() ? QJsonValue(d.decided.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("deciders"), QJsonArray::fromStringList(d.deciders)},
                       {QStringLiteral("consulted"), QJsonArray::fromStringList(d.consulted)},
                       {QStringLiteral("informed"), QJsonArray::fromStringList(d.informed)}};
}

QJsonObject snapshotToJson(const Snapshot &s)
{
    auto numbers = [](const auto &list) {
        QJsonArray out;
        for (auto v : list)
            out.append(double(v));
        return out;
    };
    QJsonObject out{{QStringLiteral("name"), s.name},
                    {QStringLiteral("taken"), s.taken.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("method"), methodKey(s.method)},
                    {QStringLiteral("normalization"), normalizationKey(s.normalization)},
                    {QStringLiteral("missing"), missingPolicyKey(s.missing)},
                    {QStringLiteral("criteria"), QJsonArray::fromStringList(s.criteria)},
                    {QStringLiteral("weights"), numbers(s.weights)},
                    {QStringLiteral("options"), QJsonArray::fromStringList(s.options)},
                    {QStringLiteral("scores"), numbers(s.scores)},
                    {QStringLiteral("ranks"), numbers(s.ranks)},
                    {QStringLiteral("verdict"), s.verdict}};
    // Only where it applies, so a snapshot of another method reads as before.
    if (s.method == Method::Vikor)
        out.insert(QStringLiteral("vikor_v"), s.vikorV);
    return out;
}

QString checksum(const Comparison &c)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    writeCompact(c, [&hash](const QByteArray &piece) { hash.addData(piece); });
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace core::json

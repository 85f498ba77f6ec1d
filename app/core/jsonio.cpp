#include "jsonio.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace core::json {

namespace {
QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

QJsonObject toJson(const Comparison &c)
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
        criteria.append(
            QJsonObject{{QStringLiteral("name"), k.name},
                        {QStringLiteral("category"), k.category},
                        {QStringLiteral("direction"), directionKey(k.direction)},
                        {QStringLiteral("description"), k.description},
                        {QStringLiteral("unit"), k.unit},
                        {QStringLiteral("scale_min"), optional(k.scaleMin)},
                        {QStringLiteral("scale_max"), optional(k.scaleMax)},
                        {QStringLiteral("user_scored"), k.userScored},
                        {QStringLiteral("preference"), preferenceKey(k.preference)},
                        {QStringLiteral("indifference"), optional(k.indifference)},
                        {QStringLiteral("preference_threshold"), optional(k.preferenceThreshold)}});
    }
    QJsonArray scores;
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j) {
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
            scores.append(QJsonObject{{QStringLiteral("option"), c.options[i].name},
                                      {QStringLiteral("criterion"), c.criteria[j].name},
                                      {QStringLiteral("value"), optional(cell.value)},
                                      {QStringLiteral("rationale"), cell.rationale},
                                      {QStringLiteral("evidence"), evidence}});
        }
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
    return QJsonObject{{QStringLiteral("name"), c.name},       {QStringLiteral("description"), c.description},
                       {QStringLiteral("sources"), sources},   {QStringLiteral("options"), options},
                       {QStringLiteral("criteria"), criteria}, {QStringLiteral("scores"), scores},
                       {QStringLiteral("profiles"), profiles}, {QStringLiteral("tasks"), tasks}};
}

QString checksum(const Comparison &c)
{
    const QByteArray bytes = QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace core::json

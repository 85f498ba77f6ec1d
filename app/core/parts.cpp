#include "core/parts.h"

#include "core/jsonio.h"
#include "core/sync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace core::repo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

QString keyOf(const QJsonArray &key)
{
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}
QString keyOf(const char *kind, const QString &a = {}, const QString &b = {})
{
    QJsonArray key{QString::fromLatin1(kind)};
    if (!a.isNull())
        key.append(a);
    if (!b.isNull())
        key.append(b);
    return keyOf(key);
}
QByteArray bodyOf(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}
QJsonArray keyParts(const QString &key)
{
    return QJsonDocument::fromJson(key.toUtf8()).array();
}

bool isEmptyScore(const QJsonObject &score)
{
    return score.value(QLatin1String("value")).isNull() &&
           score.value(QLatin1String("rationale")).toString().isEmpty() &&
           score.value(QLatin1String("evidence")).toArray().isEmpty();
}

} // namespace

Parts split(const Comparison &comparison)
{
    const QJsonObject all = json::toJson(comparison);
    Parts parts;
    parts.insert(keyOf("about"), bodyOf(QJsonObject{{QStringLiteral("description"),
                                                     all.value(QLatin1String("description"))}}));
    parts.insert(keyOf("decision"), bodyOf(json::decisionToJson(comparison.decision)));
    parts.insert(keyOf("sources"), bodyOf(all.value(QLatin1String("sources"))));
    parts.insert(keyOf("tasks"), bodyOf(all.value(QLatin1String("tasks"))));
    // Positions keep the order; two people adding at once both keep theirs.
    int position = 0;
    for (const QJsonValue &v : all.value(QLatin1String("options")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("position"), position++);
        parts.insert(keyOf("option", o.value(QLatin1String("name")).toString()), bodyOf(o));
    }
    position = 0;
    for (const QJsonValue &v : all.value(QLatin1String("criteria")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("position"), position++);
        parts.insert(keyOf("criterion", o.value(QLatin1String("name")).toString()), bodyOf(o));
    }
    position = 0;
    for (const QJsonValue &v : all.value(QLatin1String("groups")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("position"), position++);
        parts.insert(keyOf("group", o.value(QLatin1String("name")).toString()), bodyOf(o));
    }
    for (const QJsonValue &v : all.value(QLatin1String("scores")).toArray()) {
        const QJsonObject o = v.toObject();
        if (isEmptyScore(o))
            continue; // an empty cell is the absence of a part
        parts.insert(keyOf("cell", o.value(QLatin1String("option")).toString(),
                           o.value(QLatin1String("criterion")).toString()),
                     bodyOf(o));
    }
    position = 0;
    for (const QJsonValue &v : all.value(QLatin1String("profiles")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("position"), position++);
        parts.insert(keyOf("profile", o.value(QLatin1String("name")).toString()), bodyOf(o));
    }
    position = 0;
    for (const QJsonValue &v : all.value(QLatin1String("snapshots")).toArray()) {
        QJsonObject o = v.toObject();
        // A snapshot is identified by when it was taken and its name.
        const QString id = o.value(QLatin1String("taken")).toString() + QLatin1Char(' ') +
                           o.value(QLatin1String("name")).toString();
        o.insert(QStringLiteral("position"), position++);
        parts.insert(keyOf("snapshot", id), bodyOf(o));
    }
    return parts;
}

Expected<Comparison> assemble(const QString &name, const Parts &parts)
{
    QJsonObject all{{QStringLiteral("name"), name}};
    QVector<QJsonObject> options, criteria, groups, profiles, snapshots;
    QVector<QJsonObject> scores;
    QJsonObject decision;
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        const QJsonArray key = keyParts(it.key());
        const QString kind = key.at(0).toString();
        QJsonParseError error{};
        const QJsonDocument body = QJsonDocument::fromJson(it.value(), &error);
        if (error.error != QJsonParseError::NoError)
            return Error{Tr::tr("%1 is not valid JSON").arg(describe(it.key()))};
        if (kind == QLatin1String("about"))
            all.insert(QStringLiteral("description"), body.object().value(QLatin1String("description")));
        else if (kind == QLatin1String("decision"))
            decision = body.object();
        else if (kind == QLatin1String("sources") || kind == QLatin1String("tasks"))
            all.insert(kind, body.array());
        else if (kind == QLatin1String("option"))
            options.append(body.object());
        else if (kind == QLatin1String("criterion"))
            criteria.append(body.object());
        else if (kind == QLatin1String("group"))
            groups.append(body.object());
        else if (kind == QLatin1String("cell"))
            scores.append(body.object());
        else if (kind == QLatin1String("profile"))
            profiles.append(body.object());
        else if (kind == QLatin1String("snapshot"))
            snapshots.append(body.object());
        // A part of a kind this version does not know is left alone.
    }
    auto byPosition = [](QVector<QJsonObject> &items) {
        std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("position")).toInt() < b.value(QLatin1String("position")).toInt();
        });
        QJsonArray out;
        for (QJsonObject &o : items) {
            o.remove(QStringLiteral("position"));
            out.append(o);
        }
        return out;
    };
    QSet<QString> optionNames, criterionNames;
    for (const QJsonObject &o : options)
        optionNames.insert(o.value(QLatin1String("name")).toString());
    for (const QJsonObject &o : criteria)
        criterionNames.insert(o.value(QLatin1String("name")).toString());
    QJsonArray scoreArray;
    for (const QJsonObject &s : scores) {
        if (optionNames.contains(s.value(QLatin1String("option")).toString()) &&
            criterionNames.contains(s.value(QLatin1String("criterion")).toString()))
            scoreArray.append(s);
    }
    all.insert(QStringLiteral("options"), byPosition(options));
    all.insert(QStringLiteral("criteria"), byPosition(criteria));
    all.insert(QStringLiteral("groups"), byPosition(groups));
    all.insert(QStringLiteral("scores"), scoreArray);
    all.insert(QStringLiteral("profiles"), byPosition(profiles));
    all.insert(QStringLiteral("snapshots"), byPosition(snapshots));
    // The decision record is checked as a file's is.
    if (!decision.isEmpty())
        all.insert(QStringLiteral("decision"), decision);
    return json::fromJson(all);
}

QString describe(const QString &key)
{
    const QJsonArray k = keyParts(key);
    const QString kind = k.at(0).toString();
    const QString a = k.at(1).toString().left(60);
    const QString b = k.at(2).toString().left(60);
    if (kind == QLatin1String("about"))
        return Tr::tr("the description");
    if (kind == QLatin1String("decision"))
        return Tr::tr("the decision record");
    if (kind == QLatin1String("sources"))
        return Tr::tr("the sources");
    if (kind == QLatin1String("tasks"))
        return Tr::tr("the code examples");
    if (kind == QLatin1String("option"))
        return Tr::tr("option %1").arg(a);
    if (kind == QLatin1String("criterion"))
        return Tr::tr("criterion %1").arg(a);
    if (kind == QLatin1String("group"))
        return Tr::tr("criteria group %1").arg(a);
    if (kind == QLatin1String("cell"))
        return Tr::tr("the score of %1 on %2").arg(a, b);
    if (kind == QLatin1String("profile"))
        return Tr::tr("profile %1").arg(a);
    if (kind == QLatin1String("snapshot"))
        return Tr::tr("snapshot %1").arg(a);
    return Tr::tr("part %1").arg(key.left(60));
}

QString readable(const QString &key, const QByteArray &body)
{
    if (body.isNull())
        return Tr::tr("(removed)");
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString kind = keyParts(key).at(0).toString();
    if (kind == QLatin1String("cell")) {
        const QJsonObject o = doc.object();
        const QJsonValue v = o.value(QLatin1String("value"));
        QString text = v.isDouble() ? QString::number(v.toDouble()) : Tr::tr("not scored");
        if (o.value(QLatin1String("low")).isDouble() && o.value(QLatin1String("high")).isDouble())
            text = Tr::tr("%1 (from %2 to %3)")
                       .arg(text, QString::number(o.value(QLatin1String("low")).toDouble()),
                            QString::number(o.value(QLatin1String("high")).toDouble()));
        const QString rationale = o.value(QLatin1String("rationale")).toString();
        if (!rationale.isEmpty())
            text += QStringLiteral(" \u2014 ") + rationale.left(200);
        const int claims = int(o.value(QLatin1String("evidence")).toArray().size());
        if (claims > 0)
            text += QLatin1Char(' ') + Tr::tr("(%n claim(s))", nullptr, claims);
        return text;
    }
    if (kind == QLatin1String("about"))
        return doc.object().value(QLatin1String("description")).toString().left(300);
    QString text = QString::fromUtf8(body);
    return text.size() > 300 ? text.left(300) + QStringLiteral("\u2026") : text;
}

} // namespace core::repo

namespace core {

namespace {
// "the score of A on B in NAME", or the comparison itself for an empty key.
QString partIn(const QString &key, const QString &comparison)
{
    if (key.isEmpty())
        return repo::Tr::tr("comparison %1").arg(comparison.left(60));
    return repo::Tr::tr("%1 in %2").arg(repo::describe(key), comparison.left(60));
}
} // namespace

QString Conflict::what() const
{
    return partIn(key, comparison);
}

QString Change::what() const
{
    return partIn(key, comparison);
}

} // namespace core

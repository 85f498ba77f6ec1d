#include "core/database.h"
#include "core/jsonio.h"
#include "core/store.h"
#include "core/storeio.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <cmath>

namespace core::store::detail {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// A number column that may be empty: NULL is "not given", anything else
// must be a number.  Text where a number belongs is damage to report, not a
// missing score (that would change the ranking without a word).
bool readReal(const QVariant &v, std::optional<double> *out)
{
    *out = std::nullopt;
    if (v.isNull())
        return true;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return false;
    *out = d;
    return true;
}

// Reads a text column and enforces the length limit.
bool readText(const QSqlQuery &q, int column, int limit, QString *out, QString *error)
{
    *out = q.value(column).toString();
    if (out->size() > limit) {
        // The column says which text ("rationale", "claim", "name"...).
        *error = Tr::tr("a text field ('%1') is longer than %2 characters")
                     .arg(q.record().fieldName(column))
                     .arg(limit);
        return false;
    }
    return true;
}
} // namespace

Expected<QVector<Comparison>> readAll(Database &db, const Size &size)
{
    // Every list is reserved to the size measure() counted, so none grows
    // by copying itself while rows come in.
    QVector<Comparison> out;
    out.reserve(size.parts.size());
    QHash<qint64, int> comparisonIndex;
    comparisonIndex.reserve(size.parts.size());
    QHash<qint64, QPair<int, int>> sourceIndex, optionIndex, criterionIndex, profileIndex;
    qint64 sources = 0, options = 0, criteria = 0, profiles = 0;
    for (const Size::Part &p : size.parts) {
        sources += p.sources;
        options += p.options;
        criteria += p.criteria;
        profiles += p.profiles;
    }
    sourceIndex.reserve(sources);
    optionIndex.reserve(options);
    criterionIndex.reserve(criteria);
    profileIndex.reserve(profiles);
    QString error;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto fail = [&](const QString &what) {
        return Error{what.isEmpty() ? Tr::tr("cannot read the file: %1").arg(reason(q.lastError())) : what};
    };
    auto owner = [&](const QVariant &id) {
        return comparisonIndex.value(id.toLongLong(), -1);
    };

    if (!q.exec(QStringLiteral("SELECT id, name, description FROM comparison ORDER BY position, id")))
        return fail({});
    while (q.next()) {
        Comparison c;
        if (!readText(q, 1, kMaxNameLength, &c.name, &error) ||
            !readText(q, 2, kMaxTextLength, &c.description, &error))
            return fail(error);
        if (out.size() < size.parts.size()) {
            const Size::Part &p = size.parts[out.size()];
            c.sources.reserve(p.sources);
            c.options.reserve(p.options);
            c.criteria.reserve(p.criteria);
            c.profiles.reserve(p.profiles);
            c.tasks.reserve(p.tasks);
            c.snapshots.reserve(p.snapshots);
        }
        comparisonIndex.insert(q.value(0).toLongLong(), int(out.size()));
        out.append(std::move(c));
    }

    if (!q.exec(QStringLiteral(
            "SELECT id, comparison_id, title, publisher, author, published, url, note FROM source "
            "ORDER BY comparison_id, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(1));
        if (ci < 0)
            continue;
        Source s;
        QString *fields[] = {&s.title, &s.publisher, &s.author, &s.published, &s.url, &s.note};
        for (int f = 0; f < 6; ++f) {
            if (!readText(q, 2 + f, kMaxTextLength, fields[f], &error))
                return fail(error);
        }
        sourceIndex.insert(q.value(0).toLongLong(), {ci, int(out[ci].sources.size())});
        out[ci].sources.append(s);
    }

    if (!q.exec(QStringLiteral("SELECT id, comparison_id, name, description, color FROM option "
                               "ORDER BY comparison_id, position, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(1));
        if (ci < 0)
            continue;
        Option o;
        if (!readText(q, 2, kMaxNameLength, &o.name, &error) ||
            !readText(q, 3, kMaxTextLength, &o.description, &error) || !readText(q, 4, 32, &o.color, &error))
            return fail(error);
        if (out[ci].options.size() >= kMaxOptions)
            return fail(Tr::tr("too many options in comparison '%1'").arg(out[ci].name));
        optionIndex.insert(q.value(0).toLongLong(), {ci, int(out[ci].options.size())});
        out[ci].options.append(o);
    }

    if (!q.exec(QStringLiteral(
            "SELECT id, comparison_id, name, category, direction, description, unit, scale_min, "
            "scale_max, user_scored, preference, indifference, preference_threshold, value_function "
            "FROM criterion "
            "ORDER BY comparison_id, position, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(1));
        if (ci < 0)
            continue;
        Criterion c;
        if (!readText(q, 2, kMaxNameLength, &c.name, &error) ||
            !readText(q, 3, kMaxNameLength, &c.category, &error) ||
            !readText(q, 5, kMaxTextLength, &c.description, &error) ||
            !readText(q, 6, kMaxNameLength, &c.unit, &error))
            return fail(error);
        const auto direction = directionFromKey(q.value(4).toString());
        if (!direction)
            return fail(Tr::tr("criterion '%1' has an unknown direction").arg(c.name));
        c.direction = *direction;
        if (!readReal(q.value(7), &c.scaleMin) || !readReal(q.value(8), &c.scaleMax) ||
            !readReal(q.value(11), &c.indifference) || !readReal(q.value(12), &c.preferenceThreshold))
            return fail(Tr::tr("criterion '%1' has a setting that is not a number").arg(c.name));
        c.userScored = q.value(9).toInt() != 0;
        const auto preference = preferenceFromKey(q.value(10).toString());
        if (!preference)
            return fail(Tr::tr("criterion '%1' has an unknown preference function").arg(c.name));
        c.preference = *preference;
        QString function;
        if (!readText(q, 13, kMaxTextLength, &function, &error))
            return fail(error);
        auto valueFunction = json::valueFunctionFromText(function);
        if (!valueFunction)
            return fail(Tr::tr("criterion '%1': %2").arg(c.name, valueFunction.error()));
        c.valueFunction = *valueFunction;
        if (out[ci].criteria.size() >= kMaxCriteria)
            return fail(Tr::tr("too many criteria in comparison '%1'").arg(out[ci].name));
        criterionIndex.insert(q.value(0).toLongLong(), {ci, int(out[ci].criteria.size())});
        out[ci].criteria.append(c);
    }
    for (Comparison &c : out)
        c.resizeCells();

    if (!q.exec(QStringLiteral("SELECT id, option_id, criterion_id, value, rationale, low, high FROM score")))
        return fail({});
    while (q.next()) {
        const auto o = optionIndex.value(q.value(1).toLongLong(), {-1, -1});
        const auto k = criterionIndex.value(q.value(2).toLongLong(), {-1, -1});
        if (o.first < 0 || o.first != k.first)
            return fail(Tr::tr("a score refers to an option and a criterion of different comparisons"));
        Cell &cell = out[o.first].cell(o.second, k.second);
        if (!readReal(q.value(3), &cell.value) || !readReal(q.value(5), &cell.low) ||
            !readReal(q.value(6), &cell.high))
            return fail(Tr::tr("the score of '%1' on '%2' is not a number")
                            .arg(out[o.first].options[o.second].name, out[k.first].criteria[k.second].name));
        if (!readText(q, 4, kMaxTextLength, &cell.rationale, &error))
            return fail(error);
    }

    if (!q.exec(QStringLiteral("SELECT comparison_id, name, parent, description FROM criterion_group "
                               "ORDER BY comparison_id, position, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(0));
        if (ci < 0)
            continue;
        CriterionGroup g;
        if (!readText(q, 1, kMaxNameLength, &g.name, &error) ||
            !readText(q, 2, kMaxNameLength, &g.parent, &error) ||
            !readText(q, 3, kMaxTextLength, &g.description, &error))
            return fail(error);
        if (out[ci].groups.size() >= kMaxCriteria)
            return fail(Tr::tr("too many criteria groups in comparison '%1'").arg(out[ci].name));
        out[ci].groups.append(g);
    }

    // Evidence finds its cell through its score's option and criterion, so
    // no table of every score is kept.
    if (!q.exec(
            QStringLiteral("SELECT s.option_id, s.criterion_id, e.source_id, e.claim, e.stance, e.disputed, "
                           "e.correction FROM evidence e JOIN score s ON s.id = e.score_id "
                           "ORDER BY e.score_id, e.position, e.id")))
        return fail({});
    while (q.next()) {
        const auto o = optionIndex.value(q.value(0).toLongLong(), {-1, -1});
        const auto k = criterionIndex.value(q.value(1).toLongLong(), {-1, -1});
        if (o.first < 0 || o.first != k.first)
            continue;
        Evidence e;
        if (!readText(q, 3, kMaxTextLength, &e.claim, &error) ||
            !readText(q, 6, kMaxTextLength, &e.correction, &error))
            return fail(error);
        const auto src = sourceIndex.value(q.value(2).toLongLong(), {-1, -1});
        e.source = src.first == o.first ? src.second : -1;
        const auto stance = stanceFromKey(q.value(4).toString());
        if (!stance)
            return fail(Tr::tr("a claim has an unknown stance '%1'").arg(q.value(4).toString().left(40)));
        e.stance = *stance;
        e.disputed = q.value(5).toInt() != 0;
        out[o.first].cell(o.second, k.second).evidence.append(e);
    }

    if (!q.exec(QStringLiteral("SELECT id, comparison_id, name, kind, description, source_id FROM profile "
                               "ORDER BY comparison_id, position, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(1));
        if (ci < 0)
            continue;
        Profile p;
        if (!readText(q, 2, kMaxNameLength, &p.name, &error) ||
            !readText(q, 4, kMaxTextLength, &p.description, &error))
            return fail(error);
        const auto kind = profileKindFromKey(q.value(3).toString());
        if (!kind)
            return fail(Tr::tr("profile '%1' has an unknown kind").arg(p.name));
        p.kind = *kind;
        const auto src = sourceIndex.value(q.value(5).toLongLong(), {-1, -1});
        p.source = src.first == ci ? src.second : -1;
        p.weights = QVector<double>(out[ci].criterionCount(), 0.0);
        profileIndex.insert(q.value(0).toLongLong(), {ci, int(out[ci].profiles.size())});
        out[ci].profiles.append(p);
    }

    if (!q.exec(QStringLiteral("SELECT profile_id, criterion_id, weight FROM profile_weight")))
        return fail({});
    while (q.next()) {
        const auto p = profileIndex.value(q.value(0).toLongLong(), {-1, -1});
        const auto k = criterionIndex.value(q.value(1).toLongLong(), {-1, -1});
        if (p.first < 0 || p.first != k.first)
            continue;
        bool number = false;
        const double w = q.value(2).toDouble(&number);
        if (!number || !std::isfinite(w) || w < 0)
            return fail(
                Tr::tr("profile '%1' has an invalid weight").arg(out[p.first].profiles[p.second].name));
        out[p.first].profiles[p.second].weights[k.second] = w;
    }

    QHash<qint64, QPair<int, int>> taskIndex;
    qint64 tasks = 0;
    for (const Size::Part &p : size.parts)
        tasks += p.tasks;
    taskIndex.reserve(tasks);
    if (!q.exec(QStringLiteral(
            "SELECT id, comparison_id, name, description FROM task ORDER BY comparison_id, position, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(1));
        if (ci < 0)
            continue;
        Task t;
        if (!readText(q, 2, kMaxNameLength, &t.name, &error) ||
            !readText(q, 3, kMaxTextLength, &t.description, &error))
            return fail(error);
        taskIndex.insert(q.value(0).toLongLong(), {ci, int(out[ci].tasks.size())});
        out[ci].tasks.append(t);
    }
    if (!q.exec(QStringLiteral(
            "SELECT task_id, option_id, language, code, note FROM code_example ORDER BY task_id, id")))
        return fail({});
    while (q.next()) {
        const auto t = taskIndex.value(q.value(0).toLongLong(), {-1, -1});
        const auto o = optionIndex.value(q.value(1).toLongLong(), {-1, -1});
        if (t.first < 0 || t.first != o.first)
            continue;
        CodeExample e;
        e.option = o.second;
        if (!readText(q, 2, kMaxLanguageLength, &e.language, &error) ||
            !readText(q, 3, kMaxTextLength, &e.code, &error) ||
            !readText(q, 4, kMaxTextLength, &e.note, &error))
            return fail(error);
        out[t.first].tasks[t.second].examples.append(e);
    }

    if (!q.exec(QStringLiteral("SELECT comparison_id, status, superseded_by, decided FROM decision")))
        return fail({});
    // The comparison is the table's key; a file made without that key could
    // hold two records for one comparison, and neither is the right one.
    QSet<int> decided;
    while (q.next()) {
        const int ci = owner(q.value(0));
        if (ci < 0)
            continue;
        DecisionRecord &d = out[ci].decision;
        const QString name = out[ci].name.left(kMaxNameLength);
        if (decided.contains(ci))
            return fail(Tr::tr("comparison '%1' has two decision records").arg(name));
        decided.insert(ci);
        QString status, date;
        if (!readText(q, 1, 40, &status, &error) || !readText(q, 2, kMaxNameLength, &d.supersededBy, &error))
            return fail(error);
        const auto key = decisionStatusFromKey(status);
        if (!key)
            return fail(
                Tr::tr("comparison '%1' has an unknown decision status '%2'").arg(name, status.left(40)));
        d.status = *key;
        if (!q.value(3).isNull()) {
            // Only the ISO form: "2026-11-30", nothing before or after it.
            date = q.value(3).toString();
            d.decided = date.size() == 10 ? QDate::fromString(date, Qt::ISODate) : QDate();
            if (!d.decided.isValid())
                return fail(Tr::tr("comparison '%1' has an invalid decision date '%2' (use YYYY-MM-DD)")
                                .arg(name, date.left(40)));
        }
    }
    if (!q.exec(QStringLiteral(
            "SELECT comparison_id, role, name FROM decision_person ORDER BY comparison_id, position, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(0));
        if (ci < 0)
            continue;
        DecisionRecord &d = out[ci].decision;
        const QString role = q.value(1).toString();
        QStringList *list = role == QLatin1String("decider")     ? &d.deciders
                            : role == QLatin1String("consulted") ? &d.consulted
                            : role == QLatin1String("informed")  ? &d.informed
                                                                 : nullptr;
        if (!list)
            return fail(Tr::tr("comparison '%1' names a person in an unknown role '%2'")
                            .arg(out[ci].name.left(kMaxNameLength), role.left(40)));
        if (list->size() >= kMaxPeople)
            return fail(Tr::tr("comparison '%1' names more than %2 people in one list")
                            .arg(out[ci].name.left(kMaxNameLength))
                            .arg(kMaxPeople));
        QString person;
        if (!readText(q, 2, kMaxNameLength, &person, &error))
            return fail(error);
        list->append(person);
    }

    if (!q.exec(QStringLiteral(
            "SELECT comparison_id, name, taken, data FROM snapshot ORDER BY comparison_id, position, id")))
        return fail({});
    while (q.next()) {
        const int ci = owner(q.value(0));
        if (ci < 0)
            continue;
        QString name, taken, data;
        if (!readText(q, 1, kMaxNameLength, &name, &error) || !readText(q, 2, 40, &taken, &error) ||
            !readText(q, 3, kMaxTextLength * 10, &data, &error))
            return fail(error);
        QJsonObject json = QJsonDocument::fromJson(data.toUtf8()).object();
        json.insert(QStringLiteral("name"), name);
        json.insert(QStringLiteral("taken"), taken);
        auto snapshot = json::snapshotFromJson(json);
        if (!snapshot)
            return fail(snapshot.error());
        out[ci].snapshots.append(*snapshot);
    }
    return out;
}

} // namespace core::store::detail

#include "core/store.h"

#include "core/database.h"
#include "core/jsonio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QVariant>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

namespace core::store {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

std::optional<double> optionalReal(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return d;
}

// Reads a text column and enforces the length limit.
bool readText(const QSqlQuery &q, int column, int limit, QString *out, QString *error)
{
    *out = q.value(column).toString();
    if (out->size() > limit) {
        *error = Tr::tr("a text field is longer than %1 characters").arg(limit);
        return false;
    }
    return true;
}

Expected<void> checkStructure(Database &db, int version)
{
    // Our tables must be real tables, not views or virtual tables that could
    // run code when read.
    const QStringList tables{QStringLiteral("comparison"), QStringLiteral("source"),
                             QStringLiteral("option"),     QStringLiteral("criterion"),
                             QStringLiteral("score"),      QStringLiteral("evidence"),
                             QStringLiteral("profile"),    QStringLiteral("profile_weight")};
    const QStringList sinceV3{QStringLiteral("task"), QStringLiteral("code_example")};
    const QStringList sinceV4{QStringLiteral("snapshot")};
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name, type, sql FROM sqlite_schema")))
        return Error{Tr::tr("cannot read the schema: %1").arg(q.lastError().text())};
    QHash<QString, QString> types;
    bool foreign = false;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString type = q.value(1).toString();
        types.insert(name, type);
        if (type == QLatin1String("trigger") || type == QLatin1String("view"))
            foreign = true;
        if (type == QLatin1String("table") &&
            q.value(2).toString().contains(QLatin1String("VIRTUAL"), Qt::CaseInsensitive))
            foreign = true;
    }
    const QStringList expected =
        tables + (version >= 3 ? sinceV3 : QStringList()) + (version >= 4 ? sinceV4 : QStringList());
    for (const QString &t : expected) {
        if (types.value(t) != QLatin1String("table"))
            return Error{Tr::tr("not a Tradeoff file: table '%1' is missing").arg(t)};
    }
    if (foreign)
        return Error{Tr::tr("not a Tradeoff file: it contains views, triggers or virtual tables")};
    return {};
}

Expected<void> checkIntegrity(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return Error{Tr::tr("the database is damaged: %1").arg(q.lastError().databaseText())};
    if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
        return Error{Tr::tr("the database is damaged: %1").arg(q.value(0).toString().left(200))};
    return {};
}

struct Opened
{
    std::unique_ptr<Database> db;
    int version = 0; // the file's own schema version
    // An older file is read from a migrated copy here; the file itself is
    // never written.
    std::shared_ptr<QTemporaryDir> scratch;
};

// Copies an older file aside and brings the copy to the current schema.
Expected<Opened> migratedCopy(const QString &path, int version)
{
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!scratch->isValid())
        return Error{
            Tr::tr("cannot create a temporary folder to upgrade the file: %1").arg(scratch->errorString())};
    const QString copy = scratch->filePath(QStringLiteral("upgraded.tradeoff"));
    if (!QFile::copy(path, copy))
        return Error{Tr::tr("cannot copy the file to upgrade it")};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto db = Database::open(copy, Database::Mode::Create);
        if (!db)
            return Error{db.error()};
        if (auto r = migrate(**db); !r)
            return Error{Tr::tr("cannot upgrade from schema %1: %2").arg(version).arg(r.error())};
    }
    auto db = Database::open(copy, Database::Mode::ReadOnly);
    if (!db)
        return Error{db.error()};
    return Opened{std::move(*db), version, scratch};
}

Expected<Opened> openChecked(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Tr::tr("no such file")};
    if (info.isDir())
        return Error{Tr::tr("is a directory, not a file")};
    if (!info.isReadable())
        return Error{Tr::tr("permission denied")};
    if (info.size() == 0)
        return Error{Tr::tr("the file is empty")};
    if (!looksLikeSqlite(path))
        return Error{Tr::tr("not a Tradeoff file (not an SQLite database)")};
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return Error{db.error()};
    if (auto r = checkIntegrity(**db); !r)
        return Error{r.error()};
    auto appId = (*db)->scalar(QStringLiteral("PRAGMA application_id"));
    auto version = (*db)->scalar(QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return Error{Tr::tr("the database is damaged: %1").arg(appId ? version.error() : appId.error())};
    if (appId->toInt() != kApplicationId)
        return Error{Tr::tr("not a Tradeoff file (an SQLite database of another application)")};
    if (version->toInt() > kSchemaVersion)
        return Error{Tr::tr("written by a newer version of Tradeoff (schema %1; this version reads up to %2)")
                         .arg(version->toInt())
                         .arg(kSchemaVersion)};
    if (version->toInt() < 1)
        return Error{Tr::tr("not a Tradeoff file (no schema version)")};
    if (auto r = checkStructure(**db, version->toInt()); !r)
        return Error{r.error()};
    if (version->toInt() < kSchemaVersion) {
        db->reset();
        return migratedCopy(path, version->toInt());
    }
    return Opened{std::move(*db), version->toInt(), {}};
}

Expected<void> checkCounts(Database &db)
{
    struct Limit
    {
        const char *table;
        qint64 max;
    };
    const Limit limits[] = {{"comparison", kMaxComparisons},
                            {"option", qint64(kMaxComparisons) * 10},
                            {"criterion", kMaxCriteria * 10LL},
                            {"score", kMaxRows},
                            {"evidence", kMaxRows},
                            {"source", kMaxRows},
                            {"profile", 100'000},
                            {"profile_weight", kMaxRows}};
    for (const Limit &l : limits) {
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(l.table));
        if (!count)
            return Error{count.error()};
        if (count->toLongLong() > l.max)
            return Error{Tr::tr("too large: %1 rows in table '%2' (at most %3)")
                             .arg(count->toLongLong())
                             .arg(QLatin1String(l.table))
                             .arg(l.max)};
    }
    return {};
}

Expected<QVector<Comparison>> readAll(Database &db)
{
    QVector<Comparison> out;
    QHash<qint64, int> comparisonIndex;
    QHash<qint64, QPair<int, int>> sourceIndex, optionIndex, criterionIndex, profileIndex, scoreIndex;
    QString error;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto fail = [&](const QString &what) {
        return Error{what.isEmpty() ? Tr::tr("cannot read the file: %1").arg(q.lastError().text()) : what};
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
        comparisonIndex.insert(q.value(0).toLongLong(), int(out.size()));
        out.append(c);
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
            "scale_max, user_scored, preference, indifference, preference_threshold FROM criterion "
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
        c.scaleMin = optionalReal(q.value(7));
        c.scaleMax = optionalReal(q.value(8));
        c.userScored = q.value(9).toInt() != 0;
        const auto preference = preferenceFromKey(q.value(10).toString());
        if (!preference)
            return fail(Tr::tr("criterion '%1' has an unknown preference function").arg(c.name));
        c.preference = *preference;
        c.indifference = optionalReal(q.value(11));
        c.preferenceThreshold = optionalReal(q.value(12));
        if (out[ci].criteria.size() >= kMaxCriteria)
            return fail(Tr::tr("too many criteria in comparison '%1'").arg(out[ci].name));
        criterionIndex.insert(q.value(0).toLongLong(), {ci, int(out[ci].criteria.size())});
        out[ci].criteria.append(c);
    }
    for (Comparison &c : out)
        c.resizeCells();

    if (!q.exec(QStringLiteral("SELECT id, option_id, criterion_id, value, rationale FROM score")))
        return fail({});
    while (q.next()) {
        const auto o = optionIndex.value(q.value(1).toLongLong(), {-1, -1});
        const auto k = criterionIndex.value(q.value(2).toLongLong(), {-1, -1});
        if (o.first < 0 || o.first != k.first)
            return fail(Tr::tr("a score refers to an option and a criterion of different comparisons"));
        Cell &cell = out[o.first].cell(o.second, k.second);
        cell.value = optionalReal(q.value(3));
        if (!readText(q, 4, kMaxTextLength, &cell.rationale, &error))
            return fail(error);
        scoreIndex.insert(q.value(0).toLongLong(),
                          {o.first, o.second * out[o.first].criterionCount() + k.second});
    }

    if (!q.exec(
            QStringLiteral("SELECT score_id, source_id, claim, stance, disputed, correction FROM evidence "
                           "ORDER BY score_id, position, id")))
        return fail({});
    while (q.next()) {
        const auto s = scoreIndex.value(q.value(0).toLongLong(), {-1, -1});
        if (s.first < 0)
            continue;
        Evidence e;
        if (!readText(q, 2, kMaxTextLength, &e.claim, &error) ||
            !readText(q, 5, kMaxTextLength, &e.correction, &error))
            return fail(error);
        const auto src = sourceIndex.value(q.value(1).toLongLong(), {-1, -1});
        e.source = src.first == s.first ? src.second : -1;
        const auto stance = stanceFromKey(q.value(3).toString());
        if (!stance)
            return fail(Tr::tr("a claim has an unknown stance '%1'").arg(q.value(3).toString().left(40)));
        e.stance = *stance;
        e.disputed = q.value(4).toInt() != 0;
        out[s.first].cells[s.second].evidence.append(e);
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
        const double w = q.value(2).toDouble();
        if (!std::isfinite(w) || w < 0)
            return fail(
                Tr::tr("profile '%1' has an invalid weight").arg(out[p.first].profiles[p.second].name));
        out[p.first].profiles[p.second].weights[k.second] = w;
    }

    QHash<qint64, QPair<int, int>> taskIndex;
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

// Text columns are NOT NULL: a null QString is bound as the empty string.
QVariant bindable(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}
template<typename T>
QVariant bindable(const T &v)
{
    return QVariant::fromValue(v);
}

template<typename... Values>
bool run(QSqlQuery &q, const Values &...values)
{
    int i = 0;
    ((q.bindValue(i++, bindable(values))), ...);
    return q.exec();
}

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

Expected<void> insertAll(Database &db, const QVector<Comparison> &comparisons)
{
    QSqlQuery comparison(db.sql()), source(db.sql()), option(db.sql()), criterion(db.sql()), score(db.sql()),
        evidence(db.sql()), profile(db.sql()), weight(db.sql());
    comparison.prepare(
        QStringLiteral("INSERT INTO comparison (name, description, position) VALUES (?, ?, ?)"));
    source.prepare(
        QStringLiteral("INSERT INTO source (comparison_id, title, publisher, author, published, url, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    option.prepare(QStringLiteral(
        "INSERT INTO option (comparison_id, name, description, color, position) VALUES (?, ?, ?, ?, ?)"));
    criterion.prepare(
        QStringLiteral("INSERT INTO criterion (comparison_id, name, category, direction, description, "
                       "unit, scale_min, scale_max, user_scored, position, preference, indifference, "
                       "preference_threshold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    score.prepare(
        QStringLiteral("INSERT INTO score (option_id, criterion_id, value, rationale) VALUES (?, ?, ?, ?)"));
    evidence.prepare(
        QStringLiteral("INSERT INTO evidence (score_id, source_id, claim, stance, disputed, correction, "
                       "position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    profile.prepare(
        QStringLiteral("INSERT INTO profile (comparison_id, name, kind, description, source_id, position) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    weight.prepare(
        QStringLiteral("INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (?, ?, ?)"));
    QSqlQuery task(db.sql()), example(db.sql()), snapshot(db.sql());
    snapshot.prepare(QStringLiteral(
        "INSERT INTO snapshot (comparison_id, name, taken, data, position) VALUES (?, ?, ?, ?, ?)"));
    task.prepare(
        QStringLiteral("INSERT INTO task (comparison_id, name, description, position) VALUES (?, ?, ?, ?)"));
    example.prepare(QStringLiteral(
        "INSERT INTO code_example (task_id, option_id, language, code, note) VALUES (?, ?, ?, ?, ?)"));

    auto failed = [](const QSqlQuery &q) {
        return Error{Tr::tr("cannot write: %1").arg(q.lastError().text())};
    };
    const QVariant noId(QMetaType(QMetaType::LongLong));
    for (int ci = 0; ci < comparisons.size(); ++ci) {
        const Comparison &c = comparisons[ci];
        if (!run(comparison, c.name, c.description, ci))
            return failed(comparison);
        const qint64 cid = comparison.lastInsertId().toLongLong();
        QVector<qint64> sourceIds, optionIds, criterionIds;
        for (const Source &s : c.sources) {
            if (!run(source, cid, s.title, s.publisher, s.author, s.published, s.url, s.note))
                return failed(source);
            sourceIds.append(source.lastInsertId().toLongLong());
        }
        auto sourceId = [&](int index) {
            return index >= 0 && index < sourceIds.size() ? QVariant(sourceIds[index]) : noId;
        };
        for (int i = 0; i < c.optionCount(); ++i) {
            const Option &o = c.options[i];
            if (!run(option, cid, o.name, o.description, o.color, i))
                return failed(option);
            optionIds.append(option.lastInsertId().toLongLong());
        }
        for (int j = 0; j < c.criterionCount(); ++j) {
            const Criterion &k = c.criteria[j];
            if (!run(criterion, cid, k.name, k.category, directionKey(k.direction), k.description, k.unit,
                     nullable(k.scaleMin), nullable(k.scaleMax), k.userScored ? 1 : 0, j,
                     preferenceKey(k.preference), nullable(k.indifference), nullable(k.preferenceThreshold)))
                return failed(criterion);
            criterionIds.append(criterion.lastInsertId().toLongLong());
        }
        for (int i = 0; i < c.optionCount(); ++i) {
            for (int j = 0; j < c.criterionCount(); ++j) {
                const Cell &cell = c.cell(i, j);
                if (!cell.value && cell.rationale.isEmpty() && cell.evidence.isEmpty())
                    continue;
                if (!run(score, optionIds[i], criterionIds[j], nullable(cell.value), cell.rationale))
                    return failed(score);
                const qint64 sid = score.lastInsertId().toLongLong();
                for (int e = 0; e < cell.evidence.size(); ++e) {
                    const Evidence &ev = cell.evidence[e];
                    if (!run(evidence, sid, sourceId(ev.source), ev.claim, stanceKey(ev.stance),
                             ev.disputed ? 1 : 0, ev.correction, e))
                        return failed(evidence);
                }
            }
        }
        for (int p = 0; p < c.profiles.size(); ++p) {
            const Profile &pr = c.profiles[p];
            if (!run(profile, cid, pr.name, profileKindKey(pr.kind), pr.description, sourceId(pr.source), p))
                return failed(profile);
            const qint64 pid = profile.lastInsertId().toLongLong();
            for (int j = 0; j < c.criterionCount() && j < pr.weights.size(); ++j) {
                if (!run(weight, pid, criterionIds[j], pr.weights[j]))
                    return failed(weight);
            }
        }
        for (int t = 0; t < c.tasks.size(); ++t) {
            const Task &tk = c.tasks[t];
            if (!run(task, cid, tk.name, tk.description, t))
                return failed(task);
            const qint64 tid = task.lastInsertId().toLongLong();
            for (const CodeExample &e : tk.examples) {
                if (e.option < 0 || e.option >= optionIds.size())
                    continue;
                if (!run(example, tid, optionIds[e.option], e.language, e.code, e.note))
                    return failed(example);
            }
        }
        for (int n = 0; n < c.snapshots.size(); ++n) {
            const Snapshot &sn = c.snapshots[n];
            QJsonObject data = json::snapshotToJson(sn);
            data.remove(QStringLiteral("name"));
            data.remove(QStringLiteral("taken"));
            if (!run(snapshot, cid, sn.name, sn.taken.toUTC().toString(Qt::ISODateWithMs),
                     QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), n))
                return failed(snapshot);
        }
    }
    return {};
}

// Creates a database next to `path`, lets `fill` write it, and renames it
// over `path` only when everything succeeded.
template<typename Fill>
Expected<void> writeAtomically(const QString &path, Fill fill)
{
    const QFileInfo target(path);
    if (target.isDir())
        return Error{Tr::tr("is a directory, not a file")};
    QString tempPath;
    {
        QTemporaryFile temp(target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.tmp")));
        temp.setAutoRemove(false);
        if (!temp.open())
            return Error{Tr::tr("cannot write to the folder: %1").arg(temp.errorString())};
        tempPath = temp.fileName();
    }
    Expected<void> result;
    {
        auto db = Database::open(tempPath, Database::Mode::Create);
        if (!db)
            result = Error{db.error()};
        if (result)
            result = migrate(**db);
        if (result)
            result = (*db)->execScript(QStringLiteral("BEGIN IMMEDIATE"));
        if (result) {
            result = fill(**db);
            if (result)
                result = (*db)->execScript(QStringLiteral("COMMIT"));
            else
                (*db)->execScript(QStringLiteral("ROLLBACK"));
        }
        if (result) {
            auto fk = (*db)->scalar(QStringLiteral("PRAGMA foreign_key_check"));
            if (fk)
                result = Error{Tr::tr("inconsistent data: a row refers to a missing one")};
        }
    }
    if (result) {
        // Keep an existing file's permissions; a new file gets the usual 0644.
        const QFileDevice::Permissions permissions =
            target.exists() ? QFile::permissions(path)
                            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ReadOther;
        QFile::setPermissions(tempPath, permissions);
    }
    if (result &&
        std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0)
        result =
            Error{Tr::tr("cannot replace the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    if (!result)
        QFile::remove(tempPath);
    return result;
}

} // namespace

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Expected<QVector<Comparison>> load(const QString &path)
{
    auto opened = openChecked(path);
    if (!opened)
        return Error{opened.error()};
    if (auto r = checkCounts(*opened->db); !r)
        return Error{r.error()};
    auto all = readAll(*opened->db);
    if (!all)
        return all;
    for (const Comparison &c : *all) {
        const QStringList problems = checkValues(c);
        if (!problems.isEmpty())
            return Error{problems.first()};
    }
    return all;
}

QStringList checkValues(const Comparison &c)
{
    QStringList problems;
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j) {
            const auto v = c.value(i, j);
            if (v && !std::isfinite(*v))
                problems.append(Tr::tr("comparison '%1': the score of '%2' on '%3' is not a finite number")
                                    .arg(c.name, c.options[i].name, c.criteria[j].name));
            else if (v && c.criteria[j].hasScale() &&
                     (*v < *c.criteria[j].scaleMin || *v > *c.criteria[j].scaleMax))
                problems.append(
                    Tr::tr("comparison '%1': the score of '%2' on '%3' is outside its scale %4 to %5")
                        .arg(c.name, c.options[i].name, c.criteria[j].name)
                        .arg(*c.criteria[j].scaleMin)
                        .arg(*c.criteria[j].scaleMax));
        }
    }
    for (const Criterion &k : c.criteria) {
        if ((k.indifference && (!std::isfinite(*k.indifference) || *k.indifference < 0)) ||
            (k.preferenceThreshold &&
             (!std::isfinite(*k.preferenceThreshold) || *k.preferenceThreshold <= 0)) ||
            (k.indifference && k.preferenceThreshold && *k.indifference > *k.preferenceThreshold))
            problems.append(Tr::tr("comparison '%1': criterion '%2' has invalid preference thresholds (need "
                                   "0 <= q <= p, p > 0)")
                                .arg(c.name, k.name));
        if ((k.scaleMin && !std::isfinite(*k.scaleMin)) || (k.scaleMax && !std::isfinite(*k.scaleMax)))
            problems.append(
                Tr::tr("comparison '%1': criterion '%2' has a scale that is not finite").arg(c.name, k.name));
    }
    for (const Profile &p : c.profiles) {
        for (double w : p.weights) {
            if (!std::isfinite(w) || w < 0 || w > kMaxWeight) {
                problems.append(
                    Tr::tr("comparison '%1': profile '%2' has a weight that is negative, above %3 or "
                           "not a number")
                        .arg(c.name, p.name)
                        .arg(kMaxWeight));
                break;
            }
        }
    }
    problems += checkTexts(c);
    return problems;
}

QStringList checkTexts(const Comparison &c)
{
    QStringList problems;
    auto text = [&](const QString &what, const QString &value, qsizetype limit) {
        if (value.size() > limit)
            problems.append(Tr::tr("comparison '%1': %2 is longer than %3 characters")
                                .arg(c.name.left(kMaxNameLength), what)
                                .arg(limit));
    };
    // Names: not empty, not too long, unique in their list.
    auto names = [&](const QString &kind, const QStringList &list) {
        QSet<QString> seen;
        for (const QString &name : list) {
            if (name.trimmed().isEmpty())
                problems.append(
                    Tr::tr("comparison '%1': a %2 has no name").arg(c.name.left(kMaxNameLength), kind));
            text(Tr::tr("the name of a %1").arg(kind), name, kMaxNameLength);
            if (seen.contains(name))
                problems.append(Tr::tr("comparison '%1': two %2s are named '%3'")
                                    .arg(c.name.left(kMaxNameLength), kind, name.left(kMaxNameLength)));
            seen.insert(name);
        }
    };
    QStringList list;
    if (c.name.trimmed().isEmpty())
        problems.append(Tr::tr("a comparison has no name"));
    text(Tr::tr("its name"), c.name, kMaxNameLength);
    text(Tr::tr("its description"), c.description, kMaxTextLength);
    for (const Option &o : c.options) {
        list.append(o.name);
        text(Tr::tr("the description of '%1'").arg(o.name.left(kMaxNameLength)), o.description,
             kMaxTextLength);
        text(Tr::tr("the colour of '%1'").arg(o.name.left(kMaxNameLength)), o.color, 32);
    }
    names(Tr::tr("option"), list);
    list.clear();
    for (const Criterion &k : c.criteria) {
        list.append(k.name);
        const QString name = k.name.left(kMaxNameLength);
        text(Tr::tr("the category of '%1'").arg(name), k.category, kMaxNameLength);
        text(Tr::tr("the unit of '%1'").arg(name), k.unit, kMaxNameLength);
        text(Tr::tr("the description of '%1'").arg(name), k.description, kMaxTextLength);
    }
    names(Tr::tr("criterion"), list);
    list.clear();
    for (const Profile &p : c.profiles) {
        list.append(p.name);
        text(Tr::tr("the description of '%1'").arg(p.name.left(kMaxNameLength)), p.description,
             kMaxTextLength);
    }
    names(Tr::tr("profile"), list);
    list.clear();
    for (const Task &t : c.tasks) {
        list.append(t.name);
        text(Tr::tr("the description of '%1'").arg(t.name.left(kMaxNameLength)), t.description,
             kMaxTextLength);
        for (const CodeExample &e : t.examples) {
            text(Tr::tr("a language name in '%1'").arg(t.name.left(kMaxNameLength)), e.language,
                 kMaxLanguageLength);
            text(Tr::tr("an example in '%1'").arg(t.name.left(kMaxNameLength)), e.code, kMaxTextLength);
            text(Tr::tr("a note in '%1'").arg(t.name.left(kMaxNameLength)), e.note, kMaxTextLength);
        }
    }
    names(Tr::tr("task"), list);
    for (const Source &s : c.sources) {
        for (const QString *field : {&s.title, &s.publisher, &s.author, &s.published, &s.url, &s.note})
            text(Tr::tr("a field of the source '%1'").arg(s.title.left(kMaxNameLength)), *field,
                 kMaxTextLength);
    }
    for (const Snapshot &sn : c.snapshots) {
        if (sn.name.trimmed().isEmpty())
            problems.append(
                Tr::tr("comparison '%1': a snapshot has no name").arg(c.name.left(kMaxNameLength)));
        text(Tr::tr("the name of a snapshot"), sn.name, kMaxNameLength);
        text(Tr::tr("the verdict of a snapshot"), sn.verdict, kMaxTextLength);
    }
    for (const Cell &cell : c.cells) {
        text(Tr::tr("a rationale"), cell.rationale, kMaxTextLength);
        for (const Evidence &e : cell.evidence) {
            text(Tr::tr("a claim"), e.claim, kMaxTextLength);
            text(Tr::tr("a correction"), e.correction, kMaxTextLength);
        }
    }
    return problems;
}

namespace {
// Saving over a file from an older schema keeps a copy of it first:
// "name.tradeoff.v1.bak".  Foreign files are not ours to back up.
Expected<void> backUpOlderFile(const QString &path)
{
    if (!QFileInfo(path).isFile() || !looksLikeSqlite(path))
        return {};
    int version = 0;
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db)
            return {};
        auto appId = (*db)->scalar(QStringLiteral("PRAGMA application_id"));
        auto v = (*db)->scalar(QStringLiteral("PRAGMA user_version"));
        if (!appId || !v || appId->toInt() != kApplicationId)
            return {};
        version = v->toInt();
    }
    if (version >= kSchemaVersion)
        return {};
    const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    if (QFile::exists(backup))
        return {};
    if (!QFile::copy(path, backup))
        return Error{Tr::tr("cannot back up the older file to %1").arg(backup)};
    return {};
}
} // namespace

Expected<void> save(const QString &path, const QVector<Comparison> &comparisons)
{
    QSet<QString> names;
    for (const Comparison &c : comparisons) {
        const QStringList problems = checkValues(c);
        if (!problems.isEmpty())
            return Error{problems.first()};
        if (names.contains(c.name))
            return Error{Tr::tr("two comparisons are named '%1'").arg(c.name)};
        names.insert(c.name);
    }
    if (auto r = backUpOlderFile(path); !r)
        return r;
    return writeAtomically(path, [&](Database &db) { return insertAll(db, comparisons); });
}

Expected<void> buildFromScript(const QString &path, const QString &script)
{
    return writeAtomically(path, [&](Database &db) { return db.execScript(script); });
}

Expected<Validation> validate(const QString &path)
{
    auto opened = openChecked(path);
    if (!opened)
        return Error{opened.error()};
    Validation v;
    v.schemaVersion = opened->version;
    if (auto r = checkCounts(*opened->db); !r)
        return Error{r.error()};
    auto fk = opened->db->scalar(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk)
        v.problems.append(Tr::tr("a row refers to a missing one (foreign key check failed)"));
    auto all = readAll(*opened->db);
    if (!all)
        return Error{all.error()};
    v.comparisons = int(all->size());
    if (all->isEmpty())
        v.problems.append(Tr::tr("the file holds no comparison"));
    for (const Comparison &c : *all) {
        v.problems += checkValues(c);
        if (c.options.isEmpty())
            v.problems.append(Tr::tr("comparison '%1' has no options").arg(c.name));
        if (c.criteria.isEmpty())
            v.problems.append(Tr::tr("comparison '%1' has no criteria").arg(c.name));
    }
    return v;
}

} // namespace core::store

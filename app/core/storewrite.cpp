#include "core/database.h"
#include "core/jsonio.h"
#include "core/store.h"
#include "core/storeio.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace core::store::detail {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

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

// The score rows go through SQLite's own statement: bound through QSqlQuery,
// 600,000 of them spent most of an import in Qt's per-value bookkeeping.
class ScoreInsert
{
public:
    explicit ScoreInsert(sqlite3 *db)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db,
                               "INSERT INTO score (option_id, criterion_id, value, rationale, low, high) "
                               "VALUES (?, ?, ?, ?, ?, ?)",
                               -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~ScoreInsert() { sqlite3_finalize(m_statement); }
    ScoreInsert(const ScoreInsert &) = delete;
    ScoreInsert &operator=(const ScoreInsert &) = delete;

    // The new row's id, or -1.
    qint64 run(qint64 option, qint64 criterion, const std::optional<double> &value, const QString &rationale,
               const std::optional<double> &low, const std::optional<double> &high)
    {
        if (!m_statement)
            return -1;
        const QByteArray text = rationale.toUtf8();
        sqlite3_bind_int64(m_statement, 1, option);
        sqlite3_bind_int64(m_statement, 2, criterion);
        bindReal(3, value);
        sqlite3_bind_text(m_statement, 4, text.constData(), int(text.size()), SQLITE_STATIC);
        bindReal(5, low);
        bindReal(6, high);
        const int done = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return done == SQLITE_DONE ? sqlite3_last_insert_rowid(m_db) : -1;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    void bindReal(int column, const std::optional<double> &v)
    {
        if (v)
            sqlite3_bind_double(m_statement, column, *v);
        else
            sqlite3_bind_null(m_statement, column);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

Expected<void> insertAll(Database &db, const QVector<Comparison> &comparisons)
{
    QSqlQuery comparison(db.sql()), source(db.sql()), option(db.sql()), criterion(db.sql()),
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
                       "preference_threshold, value_function) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?)"));
    QSqlQuery group(db.sql());
    group.prepare(QStringLiteral("INSERT INTO criterion_group (comparison_id, name, parent, description, "
                                 "position) VALUES (?, ?, ?, ?, ?)"));
    ScoreInsert score(db.handle());
    evidence.prepare(
        QStringLiteral("INSERT INTO evidence (score_id, source_id, claim, stance, disputed, correction, "
                       "position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    profile.prepare(
        QStringLiteral("INSERT INTO profile (comparison_id, name, kind, description, source_id, position) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    weight.prepare(
        QStringLiteral("INSERT INTO profile_weight (profile_id, criterion_id, weight) VALUES (?, ?, ?)"));
    QSqlQuery task(db.sql()), example(db.sql()), snapshot(db.sql()), decision(db.sql()), person(db.sql());
    decision.prepare(QStringLiteral(
        "INSERT INTO decision (comparison_id, status, superseded_by, decided) VALUES (?, ?, ?, ?)"));
    person.prepare(QStringLiteral(
        "INSERT INTO decision_person (comparison_id, role, name, position) VALUES (?, ?, ?, ?)"));
    snapshot.prepare(QStringLiteral(
        "INSERT INTO snapshot (comparison_id, name, taken, data, position) VALUES (?, ?, ?, ?, ?)"));
    task.prepare(
        QStringLiteral("INSERT INTO task (comparison_id, name, description, position) VALUES (?, ?, ?, ?)"));
    example.prepare(QStringLiteral(
        "INSERT INTO code_example (task_id, option_id, language, code, note) VALUES (?, ?, ?, ?, ?)"));

    auto failed = [](const QSqlQuery &q) {
        return Error{reason(q.lastError())};
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
                     preferenceKey(k.preference), nullable(k.indifference), nullable(k.preferenceThreshold),
                     json::valueFunctionToText(k.valueFunction)))
                return failed(criterion);
            criterionIds.append(criterion.lastInsertId().toLongLong());
        }
        for (int g = 0; g < c.groups.size(); ++g) {
            const CriterionGroup &cg = c.groups[g];
            if (!run(group, cid, cg.name, cg.parent, cg.description, g))
                return failed(group);
        }
        for (int i = 0; i < c.optionCount(); ++i) {
            for (int j = 0; j < c.criterionCount(); ++j) {
                const Cell &cell = c.cell(i, j);
                if (!cell.value && cell.rationale.isEmpty() && cell.evidence.isEmpty())
                    continue;
                const qint64 sid =
                    score.run(optionIds[i], criterionIds[j], cell.value, cell.rationale, cell.low, cell.high);
                if (sid < 0)
                    return Error{score.error()};
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
        // A comparison without a record has no row: it reads back as proposed.
        if (!c.decision.isEmpty()) {
            const DecisionRecord &d = c.decision;
            const QVariant decided = d.decided.isValid() ? QVariant(d.decided.toString(Qt::ISODate))
                                                         : QVariant(QMetaType(QMetaType::QString));
            if (!run(decision, cid, decisionStatusKey(d.status), d.supersededBy, decided))
                return failed(decision);
            const std::pair<const char *, const QStringList *> roles[] = {
                {"decider", &d.deciders}, {"consulted", &d.consulted}, {"informed", &d.informed}};
            for (const auto &[role, people] : roles) {
                for (int n = 0; n < people->size(); ++n) {
                    if (!run(person, cid, QString::fromLatin1(role), people->at(n), n))
                        return failed(person);
                }
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

} // namespace core::store::detail

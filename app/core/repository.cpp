#include "core/repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

namespace core::repo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

// libpq settings a URL may carry; anything else is refused rather than
// passed to the driver, whose option string cannot quote.
const char *const kSettings[] = {"sslmode",
                                 "sslrootcert",
                                 "sslcert",
                                 "sslkey",
                                 "sslcrl",
                                 "connect_timeout",
                                 "application_name",
                                 "service",
                                 "passfile",
                                 "target_session_attrs",
                                 "keepalives",
                                 "keepalives_idle",
                                 "keepalives_interval",
                                 "keepalives_count",
                                 "gssencmode"};

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified().left(400);
}

QString sqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return oneLine(text);
}

QString statusKeyOf(const Comparison &c)
{
    return decisionStatusKey(c.decision.status);
}

QVariant decidedOf(const Comparison &c)
{
    return c.decision.decided.isValid() ? QVariant(c.decision.decided)
                                        : QVariant(QMetaType(QMetaType::QDate));
}

// Runs `statement` with `values` bound in order; the error is one line.
Expected<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: sent as it is (some statements cannot be prepared).
        if (!q.exec(statement))
            return Error{sqlError(q.lastError())};
        return q;
    }
    if (!q.prepare(statement))
        return Error{sqlError(q.lastError())};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    return q;
}

QString script(int version)
{
    QFile f(QStringLiteral(":/tradeoff/sql/repository_v%1.sql").arg(version));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Conflict conflictOf(const QString &comparison, const QString &key, const QByteArray &mine,
                    const QByteArray &theirs)
{
    Conflict c;
    c.comparison = comparison;
    c.key = key;
    c.mine = mine;
    c.theirs = theirs;
    return c;
}

} // namespace

bool isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString withoutPassword(const QString &url)
{
    QUrl u(url);
    if (!u.isValid())
        return url;
    u.setPassword(QString());
    return u.toString();
}

bool needsPassword(const QString &error)
{
    return error.contains(QLatin1String("no password supplied")) ||
           error.contains(QLatin1String("password authentication failed"));
}

QString connectionLost(const QString &detail)
{
    return Tr::tr("lost the connection to the repository (%1)").arg(detail);
}

Connection::~Connection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Expected<std::unique_ptr<Connection>> Connection::open(const QString &url, const QString &password)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || !isUrl(url))
        return Error{Tr::tr("not a repository URL (expected postgresql://user@host:port/database)")};
    const QString database = u.path().mid(1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return Error{Tr::tr("the repository URL names no database (postgresql://user@host:port/database)")};
    QStringList settings;
    bool timeout = false;
    static const QRegularExpression safeValue(QStringLiteral("^[A-Za-z0-9_./:@+=,-]*$"));
    const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        bool known = false;
        for (const char *each : kSettings)
            known = known || key == QLatin1String(each);
        if (!known)
            return Error{Tr::tr("unknown setting '%1' in the repository URL").arg(key.left(40))};
        if (!safeValue.match(value).hasMatch())
            return Error{Tr::tr("invalid value for '%1' in the repository URL").arg(key)};
        settings.append(key + QLatin1Char('=') + value);
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    if (!timeout)
        settings.append(QStringLiteral("connect_timeout=5"));

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{Tr::tr("PostgreSQL support is not installed (Debian: libqt6sql6-psql)")};
    static std::atomic<int> counter{0};
    std::unique_ptr<Connection> c(new Connection);
    c->m_url = url;
    c->m_name = QStringLiteral("tradeoff-repository-%1").arg(++counter);
    c->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c->m_name);
    if (!u.host().isEmpty())
        c->m_db.setHostName(u.host());
    c->m_db.setPort(u.port(5432));
    c->m_db.setDatabaseName(database);
    if (!u.userName().isEmpty())
        c->m_db.setUserName(u.userName());
    const QString secret = password.isEmpty() ? u.password() : password;
    if (!secret.isEmpty())
        c->m_db.setPassword(secret);
    c->m_db.setConnectOptions(settings.join(QLatin1Char(';')));
    if (!c->m_db.open())
        return Error{Tr::tr("cannot connect: %1").arg(sqlError(c->m_db.lastError()))};
    auto who = run(c->m_db, QStringLiteral("SELECT current_user"));
    if (!who || !who->next())
        return Error{Tr::tr("cannot connect: %1").arg(who ? QString() : who.error())};
    c->m_user = who->value(0).toString();
    return c;
}

bool Connection::reconnect()
{
    {
        QSqlQuery ping(m_db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return true;
    }
    m_db.close();
    return m_db.open();
}

Expected<int> init(Connection &connection)
{
    QSqlDatabase &db = connection.sql();
    auto exists = run(db, QStringLiteral("SELECT to_regclass('public.tradeoff_schema') IS NOT NULL"));
    if (!exists || !exists->next())
        return Error{exists ? Tr::tr("cannot read the database") : exists.error()};
    int version = 0;
    if (exists->value(0).toBool()) {
        auto v = run(db, QStringLiteral("SELECT max(version) FROM tradeoff_schema"));
        if (!v || !v->next())
            return Error{v ? Tr::tr("the repository has no schema version") : v.error()};
        version = v->value(0).toInt();
        if (version > kSchemaVersion)
            return Error{
                Tr::tr("the repository was made by a newer version of Tradeoff (schema %1; this version "
                       "reads up to %2)")
                    .arg(version)
                    .arg(kSchemaVersion)};
    } else {
        auto tables = run(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        if (!tables || !tables->next())
            return Error{tables ? Tr::tr("cannot read the database") : tables.error()};
        if (tables->value(0).toInt() > 0)
            return Error{Tr::tr("the database holds other tables; a repository needs a database of its own")};
    }
    for (int step = version + 1; step <= kSchemaVersion; ++step) {
        const QString sql = script(step);
        if (sql.isEmpty())
            return Error{Tr::tr("schema step %1 is missing from this build").arg(step)};
        if (!db.transaction())
            return Error{sqlError(db.lastError())};
        QSqlQuery q(db);
        // One script of several statements: the simple query protocol runs
        // them in order, and the transaction keeps the step whole.
        if (!q.exec(sql)) {
            const QString error = sqlError(q.lastError());
            db.rollback();
            return Error{Tr::tr("cannot create schema version %1: %2").arg(step).arg(error)};
        }
        if (!db.commit())
            return Error{sqlError(db.lastError())};
        version = step;
    }
    return version;
}

Expected<std::unique_ptr<Repository>> openRepository(const QString &url, const QString &password)
{
    auto connection = Connection::open(url, password);
    if (!connection)
        return Error{connection.error()};
    auto exists =
        run((*connection)->sql(), QStringLiteral("SELECT to_regclass('public.tradeoff_schema') IS NOT NULL"));
    if (!exists || !exists->next())
        return Error{exists ? Tr::tr("cannot read the database") : exists.error()};
    if (!exists->value(0).toBool())
        return Error{Tr::tr("not a Tradeoff repository (create one with: tradeoff repo init URL)")};
    auto v = run((*connection)->sql(), QStringLiteral("SELECT max(version) FROM tradeoff_schema"));
    if (!v || !v->next())
        return Error{v ? Tr::tr("the repository has no schema version") : v.error()};
    const int version = v->value(0).toInt();
    if (version > kSchemaVersion)
        return Error{
            Tr::tr("the repository was made by a newer version of Tradeoff (schema %1; this version reads "
                   "up to %2)")
                .arg(version)
                .arg(kSchemaVersion)};
    if (version < kSchemaVersion)
        return Error{Tr::tr("the repository has schema %1 and needs upgrading (run: tradeoff repo init URL)")
                         .arg(version)};
    return std::make_unique<Repository>(std::move(*connection));
}

Repository::Repository(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{
}

Repository::~Repository() = default;

qint64 Repository::knownRevision(const QString &comparison) const
{
    return m_base.value(comparison).revision;
}

qint64 Repository::comparisonId(const QString &comparison) const
{
    return m_base.value(comparison).id;
}

Expected<QVector<ComparisonInfo>> Repository::list()
{
    auto q = run(m_connection->sql(), QStringLiteral("SELECT id, name, owner, status, decided, changed_by, "
                                                     "changed_at, revision FROM comparisons ORDER BY name"));
    if (!q)
        return Error{q.error()};
    QVector<ComparisonInfo> out;
    while (q->next()) {
        ComparisonInfo info;
        info.id = q->value(0).toLongLong();
        info.name = q->value(1).toString();
        info.owner = q->value(2).toString();
        info.status = decisionStatusFromKey(q->value(3).toString()).value_or(DecisionStatus::Proposed);
        info.decided = q->value(4).toDate();
        info.changedBy = q->value(5).toString();
        info.changedAt = q->value(6).toDateTime();
        info.revision = q->value(7).toLongLong();
        out.append(info);
    }
    return out;
}

Expected<QHash<QString, Repository::ServerPart>> Repository::partsSince(qint64 id, qint64 revision)
{
    auto q = run(m_connection->sql(),
                 QStringLiteral("SELECT key, body, revision, changed_by, changed_at FROM parts "
                                "WHERE comparison = ? AND revision > ?"),
                 {id, revision});
    if (!q)
        return Error{q.error()};
    QHash<QString, ServerPart> out;
    while (q->next()) {
        ServerPart p;
        p.body = q->value(1).isNull() ? QByteArray() : q->value(1).toString().toUtf8();
        p.revision = q->value(2).toLongLong();
        p.by = q->value(3).toString();
        p.at = q->value(4).toDateTime();
        out.insert(q->value(0).toString(), p);
    }
    return out;
}

Expected<Repository::Base> Repository::fetch(qint64 id, qint64 revision)
{
    auto parts = partsSince(id, 0);
    if (!parts)
        return Error{parts.error()};
    Base base;
    base.id = id;
    base.revision = revision;
    for (auto it = parts->constBegin(); it != parts->constEnd(); ++it) {
        if (!it->body.isNull())
            base.parts.insert(it.key(), {it->body, it->revision});
    }
    return base;
}

Expected<QVector<Comparison>> Repository::load(const QString &name)
{
    QSqlDatabase &db = m_connection->sql();
    m_connection->reconnect();
    // One consistent view of every comparison.
    if (!db.transaction())
        return Error{connectionLost(sqlError(db.lastError()))};
    auto done = qScopeGuard([&db] { db.rollback(); });
    if (auto iso = run(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")); !iso)
        return Error{iso.error()};
    auto q =
        name.isEmpty()
            ? run(db, QStringLiteral("SELECT id, name, revision FROM comparisons ORDER BY name"))
            : run(db, QStringLiteral("SELECT id, name, revision FROM comparisons WHERE name = ?"), {name});
    if (!q)
        return Error{q.error()};
    QVector<QPair<QString, QPair<qint64, qint64>>> rows;
    while (q->next())
        rows.append({q->value(1).toString(), {q->value(0).toLongLong(), q->value(2).toLongLong()}});
    if (!name.isEmpty() && rows.isEmpty())
        return Error{Tr::tr("no comparison named '%1' in the repository").arg(name.left(60))};
    QVector<Comparison> out;
    QHash<QString, Base> base;
    QStringList order;
    for (const auto &[each, ids] : rows) {
        auto b = fetch(ids.first, ids.second);
        if (!b)
            return Error{b.error()};
        Parts parts;
        for (auto it = b->parts.constBegin(); it != b->parts.constEnd(); ++it)
            parts.insert(it.key(), it->body);
        auto c = assemble(each, parts);
        if (!c)
            return Error{
                Tr::tr("comparison '%1' in the repository is damaged: %2").arg(each.left(60), c.error())};
        out.append(*c);
        base.insert(each, *b);
        order.append(each);
    }
    if (name.isEmpty()) {
        m_base = base;
        m_order = order;
    } else {
        m_base.insert(name, base.value(name));
        if (!m_order.contains(name))
            m_order.append(name);
    }
    return out;
}

Expected<void> Repository::write(qint64 id, qint64 revision, const QHash<QString, QByteArray> &changes)
{
    // All changed parts in one statement: a JSON array of {key, body} rows.
    QJsonArray rows;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        rows.append(QJsonObject{
            {QStringLiteral("key"), it.key()},
            {QStringLiteral("body"), it->isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(*it))}});
    }
    const QString payload = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    auto q = run(m_connection->sql(),
                 QStringLiteral("INSERT INTO parts (comparison, key, body, revision, changed_by, changed_at) "
                                "SELECT ?, x.key, x.body, ?, current_user, now() "
                                "FROM json_to_recordset(?::json) AS x(key text, body text) "
                                "ON CONFLICT (comparison, key) DO UPDATE SET body = EXCLUDED.body, "
                                "revision = EXCLUDED.revision, changed_by = EXCLUDED.changed_by, "
                                "changed_at = EXCLUDED.changed_at"),
                 {id, revision, payload});
    if (!q)
        return Error{q.error()};
    return {};
}

namespace {

// The parts whose bodies differ between `base` and `mine`; a removed part
// has a null body.
template<typename BaseParts>
QHash<QString, QByteArray> difference(const BaseParts &base, const Parts &mine)
{
    QHash<QString, QByteArray> changed;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const auto b = base.constFind(it.key());
        if (b == base.constEnd() || b->body != *it)
            changed.insert(it.key(), *it);
    }
    for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
        if (!mine.contains(it.key()))
            changed.insert(it.key(), QByteArray());
    }
    return changed;
}

} // namespace

Expected<SyncResult> Repository::save(const QVector<Comparison> &mine)
{
    QSqlDatabase &db = m_connection->sql();
    m_connection->reconnect();
    if (!db.transaction())
        return Error{connectionLost(sqlError(db.lastError()))};
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    SyncResult result;
    QHash<QString, Base> newBase = m_base;
    qint64 revision = 0;
    auto stamp = [&]() -> Expected<qint64> {
        if (revision == 0) {
            auto q = run(db, QStringLiteral("SELECT nextval('tradeoff_revision')"));
            if (!q || !q->next())
                return Error{q ? Tr::tr("cannot number the change") : q.error()};
            revision = q->value(0).toLongLong();
        }
        return revision;
    };
    auto failed = [&](const QString &comparison, const QString &error) {
        // A server that went away mid-save rolled the transaction back.
        QSqlQuery ping(db);
        if (!ping.exec(QStringLiteral("SELECT 1")))
            return Error{Tr::tr("%1; nothing was saved").arg(connectionLost(error))};
        return Error{Tr::tr("cannot save '%1': %2").arg(comparison.left(60), error)};
    };
    QSet<QString> names;
    for (const Comparison &c : mine) {
        names.insert(c.name);
        const Parts parts = split(c);
        if (!m_base.contains(c.name)) {
            auto q = run(db,
                         QStringLiteral("SELECT id, changed_by, changed_at, revision FROM comparisons "
                                        "WHERE name = ? FOR UPDATE"),
                         {c.name});
            if (!q)
                return failed(c.name, q.error());
            if (q->next()) {
                Conflict conflict =
                    conflictOf(c.name, {}, QByteArrayLiteral("added"), QByteArrayLiteral("added"));
                conflict.theirsRevision = q->value(3).toLongLong();
                conflict.theirsBy = q->value(1).toString();
                conflict.theirsAt = q->value(2).toDateTime();
                result.conflicts.append(conflict);
                result.comparisons.append(c);
                continue;
            }
            auto r = stamp();
            if (!r)
                return failed(c.name, r.error());
            auto insert = run(db,
                              QStringLiteral("INSERT INTO comparisons (name, revision, status, decided) "
                                             "VALUES (?, ?, ?, ?) RETURNING id"),
                              {c.name, *r, statusKeyOf(c), decidedOf(c)});
            if (!insert || !insert->next())
                return failed(c.name, insert ? Tr::tr("no row was added") : insert.error());
            const qint64 id = insert->value(0).toLongLong();
            QHash<QString, QByteArray> all;
            for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
                all.insert(it.key(), *it);
            if (auto w = write(id, *r, all); !w)
                return failed(c.name, w.error());
            Base b{id, *r, {}};
            for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
                b.parts.insert(it.key(), {*it, *r});
            newBase.insert(c.name, b);
            result.comparisons.append(c);
            continue;
        }
        Base &base = newBase[c.name];
        QHash<QString, QByteArray> changed = difference(base.parts, parts);
        auto q = run(db,
                     QStringLiteral("SELECT revision, changed_by, changed_at FROM comparisons "
                                    "WHERE id = ? FOR UPDATE"),
                     {base.id});
        if (!q)
            return failed(c.name, q.error());
        if (!q->next()) {
            // Hidden from FOR UPDATE by row-level security: this user may read
            // the comparison but not change it.
            auto visible = run(db, QStringLiteral("SELECT 1 FROM comparisons WHERE id = ?"), {base.id});
            if (!visible)
                return failed(c.name, visible.error());
            if (visible->next()) {
                if (changed.isEmpty()) {
                    result.comparisons.append(c);
                    continue;
                }
                return failed(c.name, Tr::tr("only its owners may change it"));
            }
            // Removed by someone else.
            if (changed.isEmpty()) {
                result.merged.append({c.name, {}, {}});
                newBase.remove(c.name);
            } else {
                Conflict conflict = conflictOf(c.name, {}, QByteArrayLiteral("changed"), QByteArray());
                result.conflicts.append(conflict);
                result.comparisons.append(c);
            }
            continue;
        }
        const qint64 serverRevision = q->value(0).toLongLong();
        QHash<QString, ServerPart> concurrent;
        if (serverRevision != base.revision) {
            auto since = partsSince(base.id, base.revision);
            if (!since)
                return failed(c.name, since.error());
            concurrent = *since;
        }
        Parts merged = parts;
        bool conflicted = false;
        for (auto it = concurrent.constBegin(); it != concurrent.constEnd(); ++it) {
            const auto known = base.parts.constFind(it.key());
            if (known != base.parts.constEnd() && known->revision >= it->revision)
                continue; // already seen (a refresh merged it)
            const bool removed = it->body.isNull();
            if (changed.contains(it.key())) {
                if (changed.value(it.key()) == it->body) {
                    changed.remove(it.key()); // both made the same change
                } else {
                    Conflict conflict = conflictOf(c.name, it.key(), changed.value(it.key()), it->body);
                    conflict.theirsRevision = it->revision;
                    conflict.theirsBy = it->by;
                    conflict.theirsAt = it->at;
                    result.conflicts.append(conflict);
                    conflicted = true;
                    continue;
                }
            } else {
                if (removed)
                    merged.remove(it.key());
                else
                    merged.insert(it.key(), it->body);
                result.merged.append({c.name, it.key(), it->by});
            }
            if (removed)
                base.parts.remove(it.key());
            else
                base.parts.insert(it.key(), {it->body, it->revision});
        }
        if (!changed.isEmpty() && !conflicted) {
            auto r = stamp();
            if (!r)
                return failed(c.name, r.error());
            if (auto w = write(base.id, *r, changed); !w)
                return failed(c.name, w.error());
            auto u = run(db,
                         QStringLiteral("UPDATE comparisons SET revision = ?, changed_by = current_user, "
                                        "changed_at = now(), status = ?, decided = ? WHERE id = ?"),
                         {*r, statusKeyOf(c), decidedOf(c), base.id});
            if (!u)
                return failed(c.name, u.error());
            if (u->numRowsAffected() != 1)
                return failed(c.name, Tr::tr("only its owners may change it"));
            for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
                if (it->isNull())
                    base.parts.remove(it.key());
                else
                    base.parts.insert(it.key(), {*it, *r});
            }
            base.revision = *r;
        } else if (!conflicted) {
            base.revision = serverRevision;
        }
        if (concurrent.isEmpty() || conflicted) {
            result.comparisons.append(c);
        } else {
            auto m = assemble(c.name, merged);
            if (!m)
                return failed(c.name, m.error());
            result.comparisons.append(*m);
        }
    }
    for (auto it = m_base.constBegin(); it != m_base.constEnd(); ++it) {
        if (names.contains(it.key()))
            continue;
        // This user removed the comparison.
        auto q = run(db,
                     QStringLiteral("SELECT revision, changed_by, changed_at FROM comparisons "
                                    "WHERE id = ? FOR UPDATE"),
                     {it->id});
        if (!q)
            return failed(it.key(), q.error());
        if (q->next()) {
            if (q->value(0).toLongLong() != it->revision) {
                Conflict conflict = conflictOf(it.key(), {}, QByteArray(), QByteArrayLiteral("changed"));
                conflict.theirsRevision = q->value(0).toLongLong();
                conflict.theirsBy = q->value(1).toString();
                conflict.theirsAt = q->value(2).toDateTime();
                result.conflicts.append(conflict);
                continue;
            }
            auto d = run(db, QStringLiteral("DELETE FROM comparisons WHERE id = ?"), {it->id});
            if (!d)
                return failed(it.key(), d.error());
            if (d->numRowsAffected() != 1)
                return failed(it.key(), Tr::tr("only its owner may remove it"));
        }
        newBase.remove(it.key());
    }
    if (!result.conflicts.isEmpty()) {
        result.comparisons = mine;
        result.merged.clear();
        return result; // rolled back: nothing written
    }
    rollback.dismiss();
    if (!db.commit()) {
        const QString error = sqlError(db.lastError());
        db.rollback();
        return Error{connectionLost(error)};
    }
    m_base = newBase;
    return result;
}

Expected<SyncResult> Repository::refresh(const QVector<Comparison> &mine)
{
    QSqlDatabase &db = m_connection->sql();
    if (!m_connection->reconnect())
        return Error{connectionLost(sqlError(db.lastError()))};
    auto q = run(db, QStringLiteral("SELECT id, name, revision, changed_by FROM comparisons"));
    if (!q)
        return Error{q.error()};
    struct Row
    {
        qint64 id;
        qint64 revision;
        QString by;
    };
    QHash<QString, Row> server;
    while (q->next())
        server.insert(q->value(1).toString(),
                      {q->value(0).toLongLong(), q->value(2).toLongLong(), q->value(3).toString()});
    SyncResult result;
    QSet<QString> names;
    for (const Comparison &c : mine) {
        names.insert(c.name);
        if (!m_base.contains(c.name) || !server.contains(c.name)) {
            if (m_base.contains(c.name) && split(c) == [&] {
                    Parts p;
                    const Base &b = m_base[c.name];
                    for (auto it = b.parts.constBegin(); it != b.parts.constEnd(); ++it)
                        p.insert(it.key(), it->body);
                    return p;
                }()) {
                // Removed by someone else, unchanged here: it goes.
                result.merged.append({c.name, {}, {}});
                m_base.remove(c.name);
                continue;
            }
            result.comparisons.append(c);
            continue;
        }
        Base &base = m_base[c.name];
        const Row row = server.value(c.name);
        if (row.revision == base.revision) {
            result.comparisons.append(c);
            continue;
        }
        auto since = partsSince(base.id, base.revision);
        if (!since)
            return Error{since.error()};
        Parts parts = split(c);
        bool conflicted = false;
        bool changed = false;
        for (auto it = since->constBegin(); it != since->constEnd(); ++it) {
            const auto known = base.parts.constFind(it.key());
            if (known != base.parts.constEnd() && known->revision >= it->revision)
                continue;
            const QByteArray baseBody = known == base.parts.constEnd() ? QByteArray() : known->body;
            const QByteArray myBody = parts.value(it.key());
            if (myBody != baseBody && myBody != it->body) {
                Conflict conflict = conflictOf(c.name, it.key(), myBody, it->body);
                conflict.theirsRevision = it->revision;
                conflict.theirsBy = it->by;
                conflict.theirsAt = it->at;
                result.conflicts.append(conflict);
                conflicted = true;
                continue; // the base keeps the old version: saving will ask
            }
            if (myBody == baseBody) {
                if (it->body.isNull())
                    parts.remove(it.key());
                else
                    parts.insert(it.key(), it->body);
                changed = true;
                result.merged.append({c.name, it.key(), it->by});
            }
            if (it->body.isNull())
                base.parts.remove(it.key());
            else
                base.parts.insert(it.key(), {it->body, it->revision});
        }
        if (!conflicted)
            base.revision = row.revision;
        if (!changed) {
            result.comparisons.append(c);
            continue;
        }
        auto merged = assemble(c.name, parts);
        if (!merged)
            return Error{Tr::tr("comparison '%1' in the repository is damaged: %2")
                             .arg(c.name.left(60), merged.error())};
        result.comparisons.append(*merged);
    }
    // Comparisons others added.
    for (auto it = server.constBegin(); it != server.constEnd(); ++it) {
        if (names.contains(it.key()) || m_base.contains(it.key()))
            continue;
        auto b = fetch(it->id, it->revision);
        if (!b)
            return Error{b.error()};
        Parts parts;
        for (auto p = b->parts.constBegin(); p != b->parts.constEnd(); ++p)
            parts.insert(p.key(), p->body);
        auto c = assemble(it.key(), parts);
        if (!c)
            return Error{
                Tr::tr("comparison '%1' in the repository is damaged: %2").arg(it.key().left(60), c.error())};
        m_base.insert(it.key(), *b);
        result.comparisons.append(*c);
        result.merged.append({it.key(), {}, it->by});
    }
    return result;
}

Expected<QVector<Comparison>> Repository::resolve(const QVector<Comparison> &mine,
                                                  const QVector<Conflict> &conflicts,
                                                  const QVector<bool> &keepMine)
{
    QVector<Comparison> out = mine;
    for (int i = 0; i < conflicts.size(); ++i) {
        const Conflict &conflict = conflicts[i];
        const bool mineWins = keepMine.value(i, true);
        int index = -1;
        for (int k = 0; k < out.size(); ++k) {
            if (out[k].name == conflict.comparison)
                index = k;
        }
        if (conflict.key.isEmpty()) {
            // The comparison as a whole: take the server's version as the base
            // (keep mine: the next save writes mine over it).
            auto q = run(m_connection->sql(),
                         QStringLiteral("SELECT id, revision FROM comparisons WHERE name = ?"),
                         {conflict.comparison});
            if (!q)
                return Error{q.error()};
            if (q->next()) {
                auto b = fetch(q->value(0).toLongLong(), q->value(1).toLongLong());
                if (!b)
                    return Error{b.error()};
                m_base.insert(conflict.comparison, *b);
                if (!mineWins || index < 0) {
                    Parts parts;
                    for (auto it = b->parts.constBegin(); it != b->parts.constEnd(); ++it)
                        parts.insert(it.key(), it->body);
                    auto theirs = assemble(conflict.comparison, parts);
                    if (!theirs)
                        return Error{theirs.error()};
                    if (index >= 0)
                        out[index] = *theirs;
                    else if (!mineWins)
                        out.append(*theirs);
                }
            } else {
                m_base.remove(conflict.comparison);
                if (!mineWins && index >= 0)
                    out.removeAt(index);
            }
            continue;
        }
        if (index < 0 || !m_base.contains(conflict.comparison))
            continue;
        Base &base = m_base[conflict.comparison];
        if (conflict.theirs.isNull())
            base.parts.remove(conflict.key);
        else
            base.parts.insert(conflict.key, {conflict.theirs, conflict.theirsRevision});
        if (!mineWins) {
            Parts parts = split(out[index]);
            if (conflict.theirs.isNull())
                parts.remove(conflict.key);
            else
                parts.insert(conflict.key, conflict.theirs);
            auto theirs = assemble(conflict.comparison, parts);
            if (!theirs)
                return Error{theirs.error()};
            out[index] = *theirs;
        }
    }
    return out;
}

} // namespace core::repo

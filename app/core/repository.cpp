#include "core/repository.h"

#include "core/repositorysql.h"

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

using sql::run;

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

// The repository schema's version in this database: 0 when it has none; a
// newer one than this build reads is refused.
Expected<int> schemaVersion(QSqlDatabase &db)
{
    auto exists = run(db, QStringLiteral("SELECT to_regclass('public.tradeoff_schema') IS NOT NULL"));
    if (!exists || !exists->next())
        return Error{exists ? Tr::tr("cannot read the database") : exists.error()};
    if (!exists->value(0).toBool())
        return 0;
    auto v = run(db, QStringLiteral("SELECT max(version) FROM tradeoff_schema"));
    if (!v || !v->next())
        return Error{v ? Tr::tr("the repository has no schema version") : v.error()};
    const int version = v->value(0).toInt();
    if (version > kSchemaVersion)
        return Error{
            Tr::tr("the repository was made by a newer version of Tradeoff (schema %1; this version reads "
                   "up to %2)")
                .arg(version)
                .arg(kSchemaVersion)};
    return version;
}

QString script(int version)
{
    QFile f(QStringLiteral(":/tradeoff/sql/repository_v%1.sql").arg(version));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

bool isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString withoutPassword(const QString &url)
{
    // The password may be in the user part or, as libpq allows, a
    // "password" setting; a URL Qt cannot parse is cut by hand.
    // The user part ends at the last "@" before the path (a password may hold "@").
    static const QRegularExpression userPassword(QStringLiteral("(://[^/@:?#]*):[^/?#]*@"));
    static const QRegularExpression setting(QStringLiteral("([?&]password=)[^&#]*"),
                                            QRegularExpression::CaseInsensitiveOption);
    QUrl u(url);
    if (!u.isValid()) {
        QString cut = url;
        cut.replace(userPassword, QStringLiteral("\\1@"));
        cut.replace(setting, QStringLiteral("\\1…"));
        return cut;
    }
    u.setPassword(QString());
    QUrlQuery query(u);
    bool cut = false;
    for (const auto &[key, value] : query.queryItems()) {
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
            query.removeAllQueryItems(key);
            cut = true;
        }
    }
    if (cut)
        u.setQuery(query);
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
    QString queryPassword;
    for (const auto &[key, value] : items) {
        // libpq's URLs may carry the password as a setting.
        if (key == QLatin1String("password")) {
            queryPassword = value;
            continue;
        }
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
    const QString secret = !password.isEmpty()       ? password
                           : !u.password().isEmpty() ? u.password()
                                                     : queryPassword;
    if (!secret.isEmpty())
        c->m_db.setPassword(secret);
    c->m_db.setConnectOptions(settings.join(QLatin1Char(';')));
    if (!c->m_db.open())
        return Error{Tr::tr("cannot connect: %1").arg(sql::error(c->m_db.lastError()))};
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
    auto found = schemaVersion(db);
    if (!found)
        return Error{found.error()};
    int version = *found;
    if (version == 0) {
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
            return Error{sql::error(db.lastError())};
        QSqlQuery q(db);
        // One script of several statements: the simple query protocol runs
        // them in order, and the transaction keeps the step whole.
        if (!q.exec(sql)) {
            const QString error = sql::error(q.lastError());
            db.rollback();
            return Error{Tr::tr("cannot create schema version %1: %2").arg(step).arg(error)};
        }
        if (!db.commit())
            return Error{sql::error(db.lastError())};
        version = step;
    }
    return version;
}

Expected<std::unique_ptr<Repository>> openRepository(const QString &url, const QString &password)
{
    auto connection = Connection::open(url, password);
    if (!connection)
        return Error{connection.error()};
    auto found = schemaVersion((*connection)->sql());
    if (!found)
        return Error{found.error()};
    const int version = *found;
    if (version == 0)
        return Error{Tr::tr("not a Tradeoff repository (create one with: tradeoff repo init URL)")};
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

Parts Repository::bodies(const Base &base)
{
    Parts parts;
    for (auto it = base.parts.constBegin(); it != base.parts.constEnd(); ++it)
        parts.insert(it.key(), it->body);
    return parts;
}

Expected<Comparison> Repository::assembled(const QString &name, const Base &base)
{
    auto c = assemble(name, bodies(base));
    if (!c)
        return Error{
            Tr::tr("comparison '%1' in the repository is damaged: %2").arg(name.left(60), c.error())};
    return c;
}

Expected<QVector<Comparison>> Repository::load(const QString &name)
{
    QSqlDatabase &db = m_connection->sql();
    m_connection->reconnect();
    // One consistent view of every comparison.
    if (!db.transaction())
        return Error{connectionLost(sql::error(db.lastError()))};
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
        auto c = assembled(each, *b);
        if (!c)
            return Error{c.error()};
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

} // namespace core::repo

#include "core/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tradeoff-%1").arg(counter.fetchAndAddRelaxed(1));
}

void harden(sqlite3 *h)
{
    // SQLite's advice for databases from untrusted sources.
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, 1'000'000);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 1'000'000);
    sqlite3_limit(h, SQLITE_LIMIT_COLUMN, 200);
    sqlite3_limit(h, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(h, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(h, SQLITE_LIMIT_VDBE_OP, 25'000);
    sqlite3_limit(h, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(h, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(h, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(h, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
}
} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

Expected<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    d->m_connection = nextConnectionName();
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->m_connection);
    if (!d->m_db.isValid())
        return Error{Tr::tr("the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)")};
    d->m_db.setDatabaseName(path);
    d->m_db.setConnectOptions(mode == Mode::ReadOnly
                                  ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!d->m_db.open())
        return Error{Tr::tr("cannot open the database: %1").arg(reason(d->m_db.lastError()))};
    const QVariant handle = d->m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{Tr::tr("the SQLite driver did not give access to its connection")};
    d->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    harden(d->m_handle);
    if (mode == Mode::Create) {
        // The schema itself needs views/triggers off only for files we did not write.
        sqlite3_db_config(d->m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
        if (auto r = d->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
            return Error{r.error()};
    }
    return d;
}

Expected<void> Database::execScript(const QString &script)
{
    char *message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    const int rc = sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return Error{text};
    }
    return {};
}

Expected<void> Database::exec(const QString &statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        return Error{reason(q.lastError())};
    return {};
}

Expected<QVariant> Database::scalar(const QString &statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement))
        return Error{reason(q.lastError())};
    if (!q.next())
        return Error{Tr::tr("no result")};
    return q.value(0);
}

namespace {
struct Step
{
    int version;
    const char *resource;
};
// Every schema version is one step from the previous one.
constexpr Step kSteps[] = {{1, ":/tradeoff/sql/schema_v1.sql"}, {2, ":/tradeoff/sql/schema_v2.sql"},
                           {3, ":/tradeoff/sql/schema_v3.sql"}, {4, ":/tradeoff/sql/schema_v4.sql"},
                           {5, ":/tradeoff/sql/schema_v5.sql"}, {6, ":/tradeoff/sql/schema_v6.sql"}};
} // namespace

Expected<void> migrate(Database &db, int target)
{
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Error{version.error()};
    const int current = version->toInt();
    if (current > kSchemaVersion)
        return Error{Tr::tr("the file was written by a newer version of Tradeoff (schema %1, this version "
                            "reads up to %2)")
                         .arg(current)
                         .arg(kSchemaVersion)};
    for (const Step &step : kSteps) {
        if (step.version <= current || step.version > target)
            continue;
        QFile file(QString::fromLatin1(step.resource));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Tr::tr("schema step %1 is missing from the application").arg(step.version)};
        const QString script = QString::fromUtf8(file.readAll());
        if (auto r = db.execScript(QStringLiteral("BEGIN IMMEDIATE")); !r)
            return r;
        auto r = db.execScript(script);
        if (r)
            r = db.execScript(QStringLiteral("PRAGMA user_version = %1; PRAGMA application_id = %2")
                                  .arg(step.version)
                                  .arg(kApplicationId));
        if (r)
            r = db.execScript(QStringLiteral("COMMIT"));
        if (!r) {
            db.execScript(QStringLiteral("ROLLBACK"));
            return Error{Tr::tr("schema step %1 failed: %2").arg(step.version).arg(r.error())};
        }
    }
    return {};
}

QString reason(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = Tr::tr("the database gives no reason");
    return text.simplified().left(300);
}

} // namespace core

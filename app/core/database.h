#pragma once

#include "core/expected.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <memory>

struct sqlite3;

namespace core {

inline constexpr int kSchemaVersion = 6;
inline constexpr int kApplicationId = 0x54524446; // "TRDF"

// One SQLite connection with a unique Qt connection name, hardened for files
// from strangers (defensive mode, untrusted schema, length limits) and closed
// and unregistered on destruction.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        Create
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Expected<std::unique_ptr<Database>> open(const QString &path, Mode mode);

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }

    // Runs a script of several statements (Qt's driver runs only one per query).
    Expected<void> execScript(const QString &script);
    Expected<void> exec(const QString &statement);
    // First column of the first row, or an error.
    Expected<QVariant> scalar(const QString &statement);

private:
    Database() = default;
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    sqlite3 *m_handle = nullptr;
};

// Brings a database to `target` (default: the current version), one
// transaction per step.  Refuses a file from a newer version.
Expected<void> migrate(Database &db, int target = kSchemaVersion);

// What the database said went wrong, on one line: SQLite's or the server's
// own message ("database disk image is malformed"), not Qt's wrapper around
// it ("... Unable to fetch row"); the driver's text only when the database
// said nothing.  The team repository's errors (repo::sql::error) too.
QString reason(const QSqlError &error);

} // namespace core

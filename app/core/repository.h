#pragma once

#include "core/comparison.h"
#include "core/expected.h"
#include "core/parts.h"
#include "core/sync.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <memory>

namespace core::repo {

// The repository schema this version writes; a newer one is refused.
inline constexpr int kSchemaVersion = 1;

// Whether `location` names a team repository (postgresql:// or postgres://).
bool isUrl(const QString &location);
// The URL without its password, for titles, messages and recent files.
QString withoutPassword(const QString &url);

// One connection to a repository, owned by the thread that opened it (a Qt
// SQL connection belongs to one thread).  Passwords come from libpq's usual
// places (~/.pgpass, PGPASSWORD, a service file), from the URL, or from
// `password`; none is ever stored.  `sslmode` and the other libpq settings
// the URL's query names are passed on; a connection attempt gives up after
// 5 seconds unless the URL says otherwise, so an unreachable server is a
// message, not a hang.
class Connection
{
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    static Expected<std::unique_ptr<Connection>> open(const QString &url, const QString &password = {});

    QSqlDatabase &sql() { return m_db; }
    const QString &url() const { return m_url; }
    // The role this connection acts as (current_user).
    const QString &user() const { return m_user; }
    // Whether the server still answers; a lost connection is opened again.
    bool reconnect();

private:
    Connection() = default;
    QSqlDatabase m_db;
    QString m_name;
    QString m_url;
    QString m_user;
};

// Whether a failed open asked for a password this user has not given.
bool needsPassword(const QString &error);

// Creates the schema in an empty database or migrates an older one, each
// step one transaction; refuses a newer schema or a database that holds
// other tables.  Returns the schema version now in place.
Expected<int> init(Connection &connection);

// Opens the repository at `url` for reading and writing: connected, and its
// schema there and current (an uninitialised or older one names the command
// that fixes it).
class Repository;
Expected<std::unique_ptr<Repository>> openRepository(const QString &url, const QString &password = {});

// A comparison as the repository browser lists it.
struct ComparisonInfo
{
    qint64 id = 0;
    QString name;
    QString owner;
    DecisionStatus status = DecisionStatus::Proposed;
    QDate decided;
    QString changedBy;
    QDateTime changedAt;
    qint64 revision = 0;
};

using core::Change;
using core::Conflict;
using core::SyncResult;

// A repository as one user's document sees it: it remembers the version of
// each part it last read or wrote (the base), so a save sends only what this
// user changed since, and a part someone else changed in the meantime is a
// conflict only if this user changed it too.  Saves are one transaction that
// locks the comparisons it touches: all of it is written, or nothing.
class Repository
{
public:
    explicit Repository(std::unique_ptr<Connection> connection);
    ~Repository();

    Connection &connection() { return *m_connection; }

    Expected<QVector<ComparisonInfo>> list();
    // Loads every comparison (or only `name`) and makes it the base.
    Expected<QVector<Comparison>> load(const QString &name = {});
    // Writes what differs from the base.  With conflicts nothing is written.
    Expected<SyncResult> save(const QVector<Comparison> &mine);
    // Brings others' changes since the base into `mine`.
    Expected<SyncResult> refresh(const QVector<Comparison> &mine);
    // Settles conflicts: for each, keep this user's version (the next save
    // writes it over theirs) or take theirs.  Returns what to show.
    Expected<QVector<Comparison>> resolve(const QVector<Comparison> &mine, const QVector<Conflict> &conflicts,
                                          const QVector<bool> &keepMine);
    // The newest revision this document has seen of any comparison.
    qint64 knownRevision(const QString &comparison) const;
    qint64 comparisonId(const QString &comparison) const;

private:
    struct PartState
    {
        QByteArray body;
        qint64 revision = 0;
    };
    struct Base
    {
        qint64 id = 0;
        qint64 revision = 0;
        QHash<QString, PartState> parts;
    };
    struct ServerPart
    {
        QByteArray body; // null: removed
        qint64 revision = 0;
        QString by;
        QDateTime at;
    };
    // Parts of comparison `id` stamped after `revision`, removed ones included.
    Expected<QHash<QString, ServerPart>> partsSince(qint64 id, qint64 revision);
    Expected<Base> fetch(qint64 id, qint64 revision);
    static Parts bodies(const Base &base);
    // The comparison `base` holds, checked; a failure names it as damaged.
    static Expected<Comparison> assembled(const QString &name, const Base &base);
    Expected<void> write(qint64 id, qint64 revision, const QHash<QString, QByteArray> &changes);

    std::unique_ptr<Connection> m_connection;
    QHash<QString, Base> m_base; // by comparison name
    QStringList m_order;         // comparison names in load order
};

// Whether an error means the server is gone rather than the request refused.
QString connectionLost(const QString &detail);

} // namespace core::repo

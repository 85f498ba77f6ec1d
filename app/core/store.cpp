#include "core/store.h"

#include "core/atomicfile.h"
#include "core/database.h"
#include "core/fileinput.h"
#include "core/jsonio.h"
#include "core/storeio.h"

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
#include <QtEndian>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace core::store {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

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
    const QStringList sinceV5{QStringLiteral("decision"), QStringLiteral("decision_person")};
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name, type, sql FROM sqlite_schema")))
        return Error{Tr::tr("cannot read the schema: %1").arg(reason(q.lastError()))};
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
    const QStringList expected = tables + (version >= 3 ? sinceV3 : QStringList()) +
                                 (version >= 4 ? sinceV4 : QStringList()) +
                                 (version >= 5 ? sinceV5 : QStringList());
    for (const QString &t : expected) {
        if (types.value(t) != QLatin1String("table"))
            return Error{Tr::tr("not a Tradeoff file: table '%1' is missing").arg(t)};
    }
    if (foreign)
        return Error{Tr::tr("not a Tradeoff file: it contains views, triggers or virtual tables")};
    return {};
}

// One judgement of a file's integrity, made the same way for every command
// (load and validate both open through openChecked).  SQLite's full
// integrity_check, not quick_check: only it compares every index with its
// table, and an index that misses rows makes reads through it drop rows
// silently and COUNT queries through it understate what is read.  Then the
// foreign keys: a row that refers to a missing one would be dropped
// silently when read.  Both read the whole file: on a 45 MB file of a
// million scores (the most cells accepted) integrity_check takes 1.3 s
// where quick_check takes 0.2 s, in 6 MB of memory; kMaxFileBytes bounds it.
Expected<void> checkIntegrity(Database &db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto number = [&q](const char *pragma) {
        return q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) && q.next() ? q.value(0).toLongLong()
                                                                                     : qint64(-1);
    };
    const qint64 pages = number("page_count");
    const qint64 freePages = number("freelist_count");
    const qint64 pageSize = number("page_size");
    if (pages < 0 || freePages < 0 || pageSize < 0)
        return Error{Tr::tr("the database is damaged: %1").arg(reason(q.lastError()))};
    const qint64 used = (pages - freePages) * pageSize;
    if (used > kMaxFileBytes)
        return Error{
            Tr::tr("too large: %1 MB of data (at most %2 MB)").arg(used >> 20).arg(kMaxFileBytes >> 20)};
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(1)")))
        return Error{Tr::tr("the database is damaged: %1").arg(reason(q.lastError()))};
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        // SQLite's report is several lines ("*** in database main ***", then
        // the page): one line, without the banner.
        QString report = q.value(0).toString();
        report.remove(QLatin1String("*** in database main ***"));
        return Error{Tr::tr("the database is damaged: %1").arg(report.simplified().left(200))};
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error{Tr::tr("the database is damaged: %1").arg(reason(q.lastError()))};
    if (q.next())
        return Error{Tr::tr("the database is damaged: a row of table '%1' refers to a missing row of '%2'")
                         .arg(q.value(0).toString().left(60), q.value(2).toString().left(60))};
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

// What an SQLite file's 100-byte header says, read without SQLite (which
// would create "-wal" and "-shm" files beside a write-ahead-log file).
struct Header
{
    bool writeAheadLog = false; // file format versions 2 (bytes 18 and 19)
    qint64 userVersion = -1;    // bytes 60-63, big-endian
    qint64 applicationId = -1;  // bytes 68-71
};

std::optional<Header> readHeader(const QString &path)
{
    QFile f;
    if (!openReadableFile(path, f))
        return std::nullopt;
    const QByteArray h = f.read(100);
    if (h.size() < 100 || !h.startsWith(QByteArray("SQLite format 3\0", 16)))
        return std::nullopt;
    auto number = [&h](int at) {
        return qint64(qFromBigEndian<qint32>(reinterpret_cast<const uchar *>(h.constData()) + at));
    };
    return Header{h[18] == 2 || h[19] == 2, number(60), number(68)};
}

// The log SQLite would apply to `path`: it reads "FILE-wal" whenever one
// is there, whatever the header says.
QString logOf(const QString &path)
{
    return path + QStringLiteral("-wal");
}

Expected<Opened> openChecked(const QString &path);

// A file in write-ahead-log mode (Tradeoff writes none; another tool may
// have switched it) cannot be read without SQLite creating its "-wal" and
// "-shm" files beside it, and not at all where the folder is read-only.
// It is read from a copy (with its log) in a private folder, turned back to
// a plain file there: the file and its folder stay untouched.  A plain file
// with a log beside it (the leftover of a write-ahead-log file it
// replaced) is read without the log: applying another file's log would
// damage it.
Expected<Opened> openPrivateCopy(const QString &path, bool withLog)
{
    const qint64 bytes = QFileInfo(path).size() + (withLog ? QFileInfo(logOf(path)).size() : 0);
    if (bytes > kMaxFileBytes)
        return Error{
            Tr::tr("too large: %1 MB of data (at most %2 MB)").arg(bytes >> 20).arg(kMaxFileBytes >> 20)};
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!scratch->isValid())
        return Error{
            Tr::tr("cannot create a temporary folder to read the file: %1").arg(scratch->errorString())};
    const QString copy = scratch->filePath(QStringLiteral("copy.tradeoff"));
    QFile original(path);
    if (!original.copy(copy))
        return Error{Tr::tr("cannot copy the file to read it: %1").arg(original.errorString())};
    QFile log(logOf(path));
    if (withLog && log.exists() && !log.copy(logOf(copy)))
        return Error{Tr::tr("cannot copy the file's write-ahead log to read it: %1").arg(log.errorString())};
    for (const QString &file : {copy, logOf(copy)})
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (withLog) {
        auto db = Database::open(copy, Database::Mode::Create);
        if (!db)
            return Error{db.error()};
        if (auto r = (*db)->execScript(QStringLiteral("PRAGMA journal_mode = DELETE")); !r)
            return Error{Tr::tr("the database is damaged: %1").arg(r.error())};
    }
    if (auto header = readHeader(copy); header && header->writeAheadLog)
        return Error{Tr::tr("the database is damaged: its write-ahead log cannot be applied")};
    auto opened = openChecked(copy);
    if (opened && !opened->scratch)
        opened->scratch = scratch;
    return opened;
}

Expected<Opened> openChecked(const QString &path)
{
    if (auto r = checkReadableFile(path); !r)
        return Error{r.error()};
    if (QFileInfo(path).size() == 0)
        return Error{Tr::tr("the file is empty")};
    if (!looksLikeSqlite(path))
        return Error{Tr::tr("not a Tradeoff file (not an SQLite database)")};
    const std::optional<Header> header = readHeader(path);
    if (header && (header->writeAheadLog || QFileInfo(logOf(path)).size() > 0))
        return openPrivateCopy(path, header->writeAheadLog);
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return Error{db.error()};
    // The header first (cheap), then the pages (checkIntegrity reads them all).
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
    if (auto r = checkIntegrity(**db); !r)
        return Error{r.error()};
    if (auto r = checkStructure(**db, version->toInt()); !r)
        return Error{r.error()};
    if (version->toInt() < kSchemaVersion) {
        db->reset();
        return migratedCopy(path, version->toInt());
    }
    return Opened{std::move(*db), version->toInt(), {}};
}

// Creates a database next to `path`, lets `fill` write it, and renames it
// over `path` only when everything succeeded.
template<typename Fill>
Expected<void> writeAtomically(const QString &given, Fill fill)
{
    auto resolved = atomicfile::target(given);
    if (!resolved)
        return Error{resolved.error()};
    const QString &path = *resolved;
    // A log beside the target holds another program's changes to it: a file
    // renamed over it would be read with that log applied (damaged), and
    // the changes would be lost.
    if (QFileInfo(logOf(path)).size() > 0)
        return Error{Tr::tr("%1 holds changes another program has not yet written into the file (a "
                            "write-ahead log): close that program or save elsewhere")
                         .arg(QFileInfo(logOf(path)).fileName())};
    // Leftovers of a writer that was killed are removed first; ours is
    // named so that nothing else's files can match (core/atomicfile.h).
    atomicfile::removeStale(path);
    auto temporary = atomicfile::createTemporary(path);
    if (!temporary)
        return Error{temporary.error()};
    const QString tempPath = *temporary;
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
    if (result)
        result = atomicfile::replace(tempPath, path);
    if (!result) {
        QFile::remove(tempPath);
        QFile::remove(tempPath + QStringLiteral("-journal"));
        // SQLite says "database or disk is full"; say it as every writer does.
        if (result.error().contains(QLatin1String("disk is full")) ||
            result.error().contains(QLatin1String("disk I/O error")))
            return Error{atomicfile::errorText(ENOSPC)};
    }
    return result;
}

} // namespace

bool looksLikeSqlite(const QString &path)
{
    // Only a regular file is opened: opening a named pipe would wait.
    QFile f;
    if (!openReadableFile(path, f))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Expected<QVector<Comparison>> load(const QString &path)
{
    auto opened = openChecked(path);
    if (!opened)
        return Error{opened.error()};
    auto size = detail::measure(*opened->db);
    if (!size)
        return Error{size.error()};
    auto all = detail::readAll(*opened->db, *size);
    if (!all)
        return all;
    for (const Comparison &c : *all) {
        const QStringList problems = checkValues(c);
        if (!problems.isEmpty())
            return Error{problems.first()};
    }
    return all;
}

namespace {
// Saving over a file from an older schema keeps a copy of it first:
// "name.tradeoff.v1.bak".  Foreign files are not ours to back up.
Expected<void> backUpOlderFile(const QString &path)
{
    if (!QFileInfo(path).isFile() || !looksLikeSqlite(path))
        return {};
    // Read from the header: opening the file with SQLite could apply a log
    // beside it or create "-shm" there.
    const std::optional<Header> header = readHeader(path);
    if (!header || header->applicationId != kApplicationId)
        return {};
    const qint64 version = header->userVersion;
    if (version < 1 || version >= kSchemaVersion)
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
    // What is written must open again: the limits load() applies.
    if (auto r = checkSize(sizeOf(comparisons)); !r)
        return r;
    if (auto r = backUpOlderFile(path); !r)
        return r;
    return writeAtomically(path, [&](Database &db) { return detail::insertAll(db, comparisons); });
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
    auto size = detail::measure(*opened->db);
    if (!size)
        return Error{size.error()};
    auto all = detail::readAll(*opened->db, *size);
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

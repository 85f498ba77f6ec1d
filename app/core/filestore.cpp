#include "core/filestore.h"

#include "core/atomicfile.h"
#include "core/loader.h"
#include "core/store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>

namespace core {

namespace {
// What identifies a version of a file without reading it.
QString diskStamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}
} // namespace

FileStore::FileStore(const QString &path, QObject *parent)
    : DocumentStore(parent)
    , m_path(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &FileStore::checkNow);
}

FileStore::~FileStore() = default;

QString FileStore::displayName() const
{
    return QFileInfo(m_path).fileName();
}

bool FileStore::isReadOnly() const
{
    // A file without its owner's write permission is treated as read-only
    // even for users (root) who could write it anyway, as editors do.  Only
    // a Tradeoff file is ever written in place, so only it can be read-only.
    return atomicfile::isReadOnly(QFileInfo(m_path)) && store::looksLikeSqlite(m_path);
}

bool FileStore::canSaveInPlace() const
{
    return !m_path.isEmpty() && QFileInfo::exists(m_path) && store::looksLikeSqlite(m_path) && !isReadOnly();
}

FileStore::Version FileStore::versionOf(const QString &path)
{
    Version v;
    const QFileInfo info(path);
    if (!info.isFile())
        return v;
    v.exists = true;
    v.size = info.size();
    v.modified = info.lastModified().toMSecsSinceEpoch();
    // A checksum of the content, for a change that keeps the size and the
    // time stamp (two writes within the file system's time resolution).
    // It is compared with this process's own earlier checksums only, never
    // stored, and nobody gains by forging it: Qt's seeded 64-bit hash of
    // the bytes (AES instructions where the CPU has them) does the work of
    // SHA-1 at a fraction of its cost, which start-up paid for every file.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return v;
    size_t hash = 0;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(chunk.data(), chunk.size())) > 0)
        hash = qHashBits(chunk.constData(), size_t(n), hash);
    if (n == 0) // the whole file was read
        v.hash = QByteArray::number(quint64(hash), 16);
    return v;
}

Expected<QStringList> FileStore::list()
{
    // A file is read whole and checked whole: listing is loading.
    auto loaded = loadComparisons(m_path);
    if (!loaded)
        return Error{loaded.error()};
    QStringList names;
    for (const Comparison &c : *loaded)
        names.append(c.name);
    return names;
}

Expected<QVector<Comparison>> FileStore::load()
{
    // The version is taken before reading: a change made while reading
    // counts as unseen, so saving asks rather than overwrites it.
    const Version before = versionOf(m_path);
    // A save of this folder's files killed mid-write left its temporary
    // file: ours by name, its writer gone.
    atomicfile::removeStale(m_path);
    auto loaded = loadComparisons(m_path);
    if (loaded) {
        m_stamp = diskStamp(m_path);
        m_known = before;
    }
    return loaded;
}

bool FileStore::isStale()
{
    return versionOf(m_path) != m_known;
}

void FileStore::markSeen()
{
    m_known = versionOf(m_path);
    m_stamp = diskStamp(m_path);
}

Expected<void> FileStore::save(const QVector<Comparison> &comparisons)
{
    // Our own write is not "someone else changing the file".
    const bool watching = m_watching;
    setWatching(false);
    auto saved = store::save(m_path, comparisons);
    m_stamp = diskStamp(m_path);
    if (saved)
        m_known = versionOf(m_path);
    setWatching(watching);
    return saved;
}

void FileStore::setWatching(bool watching)
{
    m_watching = watching;
    if (!watching) {
        m_debounce.stop();
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    if (m_stamp.isEmpty())
        m_stamp = diskStamp(m_path);
    rearm();
}

void FileStore::rearm()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    }
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

void FileStore::checkNow()
{
    if (m_path.isEmpty())
        return;
    if (m_watching)
        rearm(); // a file replaced by renaming dropped out of the list
    const QString stamp = diskStamp(m_path);
    if (stamp == m_stamp)
        return;
    m_stamp = stamp;
    if (stamp.isEmpty())
        Q_EMIT removedOutside();
    else
        Q_EMIT changedOutside();
}

} // namespace core

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace core::atomicfile {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};

const QString kMarker = QStringLiteral(".tradeoff-");

// ".NAME.tradeoff-PID-RANDOM.tmp", optionally followed by SQLite's suffixes.
const QRegularExpression &temporaryPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\..+\\.tradeoff-(\\d+)-[0-9a-f]{8}\\.tmp(-journal|-wal|-shm)?$"));
    return pattern;
}

bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // without a cheap check, only age decides (see removeStale)
#endif
}
} // namespace

QString errorText(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case EFBIG:
        return Tr::tr("disk full");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

bool isTemporaryName(const QString &fileName)
{
    return temporaryPattern().match(fileName).hasMatch();
}

int removeStale(const QString &path)
{
    const QDir dir = QFileInfo(path).absoluteDir();
    int removed = 0;
    const QStringList candidates =
        dir.entryList({QStringLiteral(".*") + kMarker + QStringLiteral("*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : candidates) {
        const QRegularExpressionMatch m = temporaryPattern().match(name);
        if (!m.hasMatch())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
        const QFileInfo info(dir.filePath(name));
        // A writer that still runs keeps its file; one gone for good (or,
        // where that cannot be told, silent for a day) left it behind.
        const bool abandoned = pid != QCoreApplication::applicationPid() && !processRuns(pid);
        const bool ancient = info.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
        if ((abandoned || ancient) && QFile::remove(info.filePath()))
            ++removed;
    }
    return removed;
}

Expected<QString> createTemporary(const QString &path)
{
#ifdef Q_OS_UNIX
    // Past a file-size limit (ulimit -f) a write fails with EFBIG, reported
    // as "disk full", instead of the signal ending the process.
    static const bool ignored = [] {
        ::signal(SIGXFSZ, SIG_IGN);
        return true;
    }();
    Q_UNUSED(ignored);
#endif
    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        return Error{Tr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.path()))};
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = QStringLiteral(".%1%2%3-%4.tmp")
                                 .arg(target.fileName().left(120), kMarker)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString temporary = dir.filePath(name);
#ifdef Q_OS_UNIX
        const int fd =
            ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return temporary;
        }
        if (errno == EEXIST)
            continue;
        return Error{Tr::tr("the folder %1 is not writable (%2)")
                         .arg(QDir::toNativeSeparators(dir.path()), errorText(errno))};
#else
        QFile file(temporary);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return temporary;
        if (QFile::exists(temporary))
            continue;
        return Error{Tr::tr("the folder %1 is not writable (%2)")
                         .arg(QDir::toNativeSeparators(dir.path()), file.errorString())};
#endif
    }
    return Error{Tr::tr("cannot create a temporary file in %1").arg(QDir::toNativeSeparators(dir.path()))};
}

Expected<void> replace(const QString &temporary, const QString &path)
{
    // Keep an existing file's permissions; a new file gets the usual 0644.
    // Only the owner, group and other bits: Qt's "user" bits are what the
    // current user may do (everything, for root), and setting them would
    // give the owner write permission a read-only file did not have.
    constexpr QFileDevice::Permissions kModeBits =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
        QFileDevice::ExeOther;
    // Read once: a file gone since (permissions 0) gets the usual mode.
    const QFileDevice::Permissions kept = QFile::permissions(path) & kModeBits;
    const QFileDevice::Permissions permissions = kept ? kept
                                                      : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                            QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temporary, permissions);
    // std::filesystem::rename replaces an existing target on every platform
    // (MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary).toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), error);
    if (error) {
        QFile::remove(temporary);
        return Error{Tr::tr("cannot replace the file: %1").arg(errorText(error.value()))};
    }
    return {};
}

bool isReadOnly(const QFileInfo &file)
{
    return !file.isWritable() || !(file.permissions() & QFileDevice::WriteOwner);
}

Expected<QString> target(const QString &given)
{
    // A link is written through: the file it names is replaced, the link
    // stays (a dangling link is replaced by the file).
    const QFileInfo link(given);
    const QString path =
        link.isSymLink() && !link.canonicalFilePath().isEmpty() ? link.canonicalFilePath() : given;
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Tr::tr("is a directory, not a file")};
    if (info.exists() && !info.isFile())
        return Error{Tr::tr("is not a regular file")};
    // Renaming over a file needs only the folder's permission: a file its
    // owner made read-only is not replaced behind their back.
    if (info.exists() && isReadOnly(info))
        return Error{Tr::tr("the file is read-only")};
    if (const QDir dir = info.absoluteDir(); !dir.exists())
        return Error{Tr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.path()))};
    return path;
}

Expected<void> write(const QString &given, const QByteArray &bytes)
{
    auto resolved = target(given);
    if (!resolved)
        return Error{resolved.error()};
    const QString &path = *resolved;
    removeStale(path);
    auto temporary = createTemporary(path);
    if (!temporary)
        return Error{temporary.error()};
    auto failed = [&](const QString &reason) {
        QFile::remove(*temporary);
        return Error{reason};
    };
#ifdef Q_OS_UNIX
    // Plain system calls: every error is seen where it happens (a buffered
    // write can fail only when it is flushed, and Qt's close() drops that).
    const int fd = ::open(QFile::encodeName(*temporary).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return failed(errorText(errno));
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return failed(errorText(error));
        }
        done += n;
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return failed(errorText(error));
    }
    if (::close(fd) != 0)
        return failed(errorText(errno));
#else
    QFile file(*temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size() ||
        !file.flush())
        return failed(file.errorString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
#endif
    if (QFileInfo(*temporary).size() != bytes.size())
        return failed(Tr::tr("disk full"));
    return replace(*temporary, path);
}

} // namespace core::atomicfile

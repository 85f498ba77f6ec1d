#include "core/fileinput.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileInput)
};

Error fromErrno(int error)
{
    switch (error) {
    case ENOENT:
        return Error{Tr::tr("no such file")};
    case ENOTDIR:
        return Error{Tr::tr("no such file (a part of the path is not a folder)")};
    case ELOOP:
        return Error{Tr::tr("is a symbolic link loop")};
    case EACCES:
    case EPERM:
        return Error{Tr::tr("permission denied")};
    case ENAMETOOLONG:
        return Error{Tr::tr("the path is too long")};
    default:
        return Error{Tr::tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(error)))};
    }
}

Expected<void> checkMode(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return Error{Tr::tr("is a directory, not a file")};
    if (S_ISFIFO(mode))
        return Error{Tr::tr("is a named pipe, not a file")};
    if (S_ISCHR(mode))
        return Error{Tr::tr("is a character device, not a file")};
    if (S_ISBLK(mode))
        return Error{Tr::tr("is a block device, not a file")};
    if (S_ISSOCK(mode))
        return Error{Tr::tr("is a socket, not a file")};
    return Error{Tr::tr("is not a regular file")};
}
} // namespace

Expected<void> checkReadableFile(const QString &path)
{
    if (path.isEmpty())
        return Error{Tr::tr("no such file")};
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0)
        return fromErrno(errno);
    if (auto r = checkMode(st.st_mode); !r)
        return r;
    if (::access(native.constData(), R_OK) != 0)
        return fromErrno(errno);
    return {};
}

Expected<void> openReadableFile(const QString &path, QFile &file)
{
    if (auto r = checkReadableFile(path); !r)
        return r;
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return fromErrno(errno);
    struct stat st
    {
    };
    Expected<void> result;
    if (::fstat(fd, &st) != 0)
        result = fromErrno(errno);
    else
        result = checkMode(st.st_mode);
    // Reads of a regular file never wait; clearing the flag keeps QFile's
    // ordinary behaviour.
    if (result && ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
        result = fromErrno(errno);
    if (result && !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        result = Error{Tr::tr("cannot read: %1").arg(file.errorString())};
    if (!result)
        ::close(fd);
    return result;
}

} // namespace core

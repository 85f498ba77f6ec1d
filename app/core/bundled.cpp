#include "core/bundled.h"

#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

namespace core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bundled)
};

QByteArray bundledBytes()
{
    QFile f(QString::fromLatin1(kBundledResource));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Expected<void> writeFile(const QString &path, const QByteArray &bytes)
{
    if (auto written = atomicfile::write(path, bytes); !written)
        return Error{Tr::tr("cannot write %1: %2").arg(path, written.error())};
    return {};
}

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

bool hasBundledDatabase()
{
    return QFile::exists(QString::fromLatin1(kBundledResource));
}

Expected<QString> bundledDatabaseCopy()
{
    static std::unique_ptr<QTemporaryDir> dir;
    const QByteArray bytes = bundledBytes();
    if (bytes.isEmpty())
        return Error{Tr::tr("this build has no bundled comparison")};
    if (!dir)
        dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error{Tr::tr("cannot create a temporary folder: %1").arg(dir->errorString())};
    const QString path = dir->filePath(QStringLiteral("bundled.tradeoff"));
    if (!QFile::exists(path)) {
        if (auto r = writeFile(path, bytes); !r)
            return Error{r.error()};
    }
    return path;
}

Expected<QString> bundledWorkingCopy()
{
    const QByteArray bytes = bundledBytes();
    if (bytes.isEmpty())
        return Error{Tr::tr("this build has no bundled comparison")};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return bundledDatabaseCopy();
    const QString path = QDir(folder).filePath(QStringLiteral("nodejs-vs-python.tradeoff"));
    const QString stampPath = path + QStringLiteral(".bundled-sha256");
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray contents = existing.readAll();
        existing.close();
        // The usual case at start-up, the copy as shipped: a comparison of
        // the bytes, without hashing both (two SHA-256 were a few per cent
        // of start-up).
        if (contents == bytes)
            return path;
        const QByteArray current = digest(contents);
        QFile stamp(stampPath);
        const QByteArray shippedBefore = stamp.open(QIODevice::ReadOnly) ? stamp.readAll() : QByteArray();
        // Refresh only an untouched copy of an older shipped version: the
        // user's own edits are never overwritten.
        if (current != shippedBefore)
            return path;
    }
    if (auto r = writeFile(path, bytes); !r)
        return bundledDatabaseCopy();
    writeFile(stampPath, digest(bytes));
    return path;
}

} // namespace core

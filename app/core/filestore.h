#pragma once

#include "core/documentstore.h"

#include <QTimer>

class QFileSystemWatcher;

namespace core {

// A document in a file: a Tradeoff (SQLite) file, or a CSV matrix or JSON
// export read as a source and saved elsewhere.  Outside changes are noticed
// with a file system watcher on the file and its folder (a file replaced by
// renaming, as editors save, drops out of a watch list; a deleted file
// written again is seen through the folder), debounced because writers
// touch a file several times, and judged by size and modification time.
class FileStore final : public DocumentStore
{
    Q_OBJECT
public:
    explicit FileStore(const QString &path, QObject *parent = nullptr);
    ~FileStore() override;

    QString location() const override { return m_path; }
    QString displayName() const override;
    bool canSaveInPlace() const override;
    bool isReadOnly() const override;
    Expected<QStringList> list() override;
    Expected<QVector<Comparison>> load() override;
    Expected<void> save(const QVector<Comparison> &comparisons) override;
    void setWatching(bool watching) override;

    void checkNow() override;
    bool isStale() override;
    void markSeen() override;
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }

private:
    void rearm();

    // A version of the file: size and time cheaply, the content's hash to
    // tell two versions written within the clock's resolution.
    struct Version
    {
        bool exists = false;
        qint64 size = 0;
        qint64 modified = 0;
        QByteArray hash;
        bool operator==(const Version &) const = default;
    };
    static Version versionOf(const QString &path);

    QString m_path;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
    QString m_stamp; // size and time of the file as last read or written (watching)
    Version m_known; // the content last read, written or acknowledged (saving)
    bool m_watching = false;
};

} // namespace core

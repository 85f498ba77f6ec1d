#pragma once

#include "core/comparison.h"
#include "core/expected.h"
#include "core/sync.h"

#include <QObject>
#include <memory>

namespace core {

// Where a document's comparisons live.  The window's document layer talks to
// this interface only, so a server database is a second implementation
// rather than a fork of the window.  A store lists and loads comparisons,
// saves changes, notices when someone else changed them, and says whether
// this user may write it.
class DocumentStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DocumentStore() override;

    // A path or URL that opens the same store again (recent files).
    virtual QString location() const = 0;
    // A short name for titles and messages.
    virtual QString displayName() const = 0;
    // Whether Save can write back here: false for a store this user may not
    // write, and for sources that are not Tradeoff files (CSV, JSON), which
    // Save never writes over.
    virtual bool canSaveInPlace() const = 0;
    // Whether this user may change the store at all (a read-only file).
    virtual bool isReadOnly() const = 0;

    // The names of the comparisons it holds (a server lists without loading).
    virtual Expected<QStringList> list() = 0;
    virtual Expected<QVector<Comparison>> load() = 0;
    // Writes every comparison atomically: all of them or, on error, none.
    virtual Expected<void> save(const QVector<Comparison> &comparisons) = 0;

    // Starts or stops noticing changes made by others.  Changes made through
    // save() are not "outside".
    virtual void setWatching(bool watching) = 0;
    // Looks for outside changes now instead of waiting for the watcher.
    virtual void checkNow() = 0;
    // True when the store now holds something this document has not seen
    // (neither read, written nor acknowledged): saving would overwrite
    // someone else's change.  Asked at the moment of saving, because a
    // watcher reports changes only after a delay.
    virtual bool isStale() = 0;
    // The user has seen the store's current content and keeps their version.
    virtual void markSeen() = 0;

    // A store several people write at the same time (a team repository)
    // merges instead of overwriting: a save sends only what this user
    // changed and brings in what others changed elsewhere, and two changes
    // of the same part come back as conflicts for the user to settle.  A
    // file has no such others: sync() saves (write) or does nothing.
    virtual bool isShared() const { return false; }
    virtual Expected<SyncResult> sync(const QVector<Comparison> &mine, bool write);
    // Keeps this user's version (true) or takes theirs for each conflict;
    // returns what to show.  The next sync(write) saves the choice.
    virtual Expected<QVector<Comparison>> resolve(const QVector<Comparison> &mine,
                                                  const QVector<Conflict> &conflicts,
                                                  const QVector<bool> &keepMine);
    // A store on a server asks for a password libpq found nowhere.
    virtual bool needsPassword(const QString &error) const;
    virtual void setPassword(const QString &password);

Q_SIGNALS:
    // Someone else changed the store's content.
    void changedOutside();
    // The store went away (a file deleted or moved).
    void removedOutside();
    // Whether the store can be reached (a server that went away and came
    // back); `detail` says what happened, for the status line.
    void reachableChanged(bool reachable, const QString &detail);
};

// The store for `location`: a Tradeoff file, a CSV decision matrix or a JSON
// export on disk, or a team repository (postgresql://...).
std::unique_ptr<DocumentStore> openStore(const QString &location);

} // namespace core

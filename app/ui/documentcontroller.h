#pragma once

#include "core/documentstore.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QWidget;

namespace ui {

class Autosave;
class Prompts;
class Session;

// The document a window shows and where it lives: opens a file (or the
// user's working copy of the bundled comparison) into the Session, saves it
// back atomically through its store, asks before unsaved changes would be
// lost, keeps the recent-files list, notices changes others make to the
// store, and keeps recovery copies of unsaved work.  Every question goes
// through Prompts; what the user should read comes out as signals.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    DocumentController(Session *session, QWidget *window, QObject *parent = nullptr);
    ~DocumentController() override;

    void setPrompts(std::shared_ptr<Prompts> prompts) { m_prompts = std::move(prompts); }
    Prompts *prompts() const { return m_prompts.get(); }

    // Loads a Tradeoff file or CSV matrix.  On failure the current document
    // stays, the error is reported and the file is not touched.
    bool open(const QString &location);
    // File > Open: asks for a file, starting in the current document's folder.
    bool openWithDialog();
    // File > Open Team Repository: asks for a postgresql:// URL.
    bool openRepositoryWithDialog();
    // File > Browse Team Repository: lists the repository's comparisons with
    // their status, owner and last change, and shows the one picked.
    bool browseRepository();
    // The user's working copy of the bundled comparison.
    bool openBundled();
    // Save in place (a writable Tradeoff file) or Save As; false when
    // cancelled or refused (the reason is reported).
    bool save();
    bool saveAs();
    bool saveTo(const QString &location);
    // Asks before unsaved changes would be lost: true to go on.
    bool maybeSave();
    // Commits what an open editor of the window holds (a name being typed).
    void commitPendingEdits();

    bool isBundled() const { return m_bundled; }
    QString location() const;
    QString displayName() const;
    QString lastError() const { return m_lastError; }
    // Why the last open() failed, naming the file as `name` (the window says
    // its file name, the command line the path as given); empty otherwise.
    QString openError(const QString &name) const { return m_openError ? m_openError(name) : QString(); }
    core::DocumentStore *store() const { return m_store.get(); }
    // The password typed for this window's repository (kept in memory only,
    // for the connections that go with it, such as a live workshop's).
    const QString &typedPassword() const { return m_password; }
    static QStringList recentFiles();
    void clearRecentFiles();

    // Looks at the store now: when someone else changed it, asks to reload
    // it or keep this version.  The store's watcher calls this by itself.
    void checkStore();
    // Unsaved work a crashed window left behind: asks whether to restore it
    // (the newest first) and shows it as unsaved changes to its file.
    bool offerRecovery();
    Autosave *autosave() const { return m_autosave; }
    // Closing deliberately (saved or discarded): no copy to offer next time.
    void discardRecovery();

    // What a window carries over to its replacement (language switch).
    struct State
    {
        QString location;
        bool bundled = false;
        // The store itself moves over: a team repository's store remembers
        // what this document last read, which its next save builds on.
        std::shared_ptr<core::DocumentStore> store;
    };
    State state() const { return {location(), m_bundled, m_store}; }
    // Adopts a document already in the session (a window being replaced).
    void adopt(const State &state, bool modified);

Q_SIGNALS:
    // The location, its name or the bundled flag changed: titles follow.
    void locationChanged();
    void recentFilesChanged();
    // Something the user should read in the status bar.
    void status(const QString &message, int timeout);
    // An error the user must see.
    void failed(const QString &message);

private:
    void setStore(std::shared_ptr<core::DocumentStore> store);
    // Loads `store`, asking for a password when the server wants one libpq
    // found nowhere (it is never stored).
    core::Expected<QVector<core::Comparison>> loadAsking(core::DocumentStore &store);
    bool saveShared();
    void bringInOthersChanges();
    void showMerged(const core::SyncResult &result, bool wasModified);
    QString nameOf(const QString &location) const;
    void onRemovedOutside();
    bool confirmOverwrite();
    void answerOutsideChange();
    void addRecent(const QString &location);
    void fail(const QString &message);

    Session *m_session;
    QPointer<QWidget> m_window;
    std::shared_ptr<Prompts> m_prompts;
    std::shared_ptr<core::DocumentStore> m_store;
    Autosave *m_autosave = nullptr;
    QString m_lastError;
    std::function<QString(const QString &name)> m_openError;
    bool m_bundled = false;
    bool m_asking = false;
    bool m_outsideChange = false;
    QString m_password; // asked for this session's repository, kept in memory only // someone else changed
                        // the store; not yet answered
};

} // namespace ui

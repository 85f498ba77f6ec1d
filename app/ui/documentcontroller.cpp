#include "ui/documentcontroller.h"

#include "core/bundled.h"
#include "core/repository.h"
#include "ui/autosave.h"
#include "ui/conflictdialog.h"
#include "ui/prompts.h"
#include "ui/repositorybrowser.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "ui/startuptrace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QWidget>

namespace ui {

DocumentController::DocumentController(Session *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_prompts(std::make_shared<DialogPrompts>())
    , m_autosave(new Autosave(session, Autosave::defaultDirectory(), this))
{
}

DocumentController::~DocumentController()
{
    // Before the session goes: tearing down its undo stack reads as "no
    // unsaved changes" and would remove the recovery copy.  Only closing the
    // window (after asking) discards it.
    delete m_autosave;
}

QString DocumentController::location() const
{
    return m_session->path();
}

QString DocumentController::displayName() const
{
    return nameOf(location());
}

QString DocumentController::nameOf(const QString &location) const
{
    if (core::repo::isUrl(location))
        return m_store && m_store->location() == core::repo::withoutPassword(location)
                   ? m_store->displayName()
                   : core::repo::withoutPassword(location);
    return QFileInfo(location).fileName();
}

core::Expected<QVector<core::Comparison>> DocumentController::loadAsking(core::DocumentStore &store)
{
    auto loaded = store.load();
    if (loaded || !store.needsPassword(loaded.error()))
        return loaded;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Password"));
    dialog.setLabelText(
        tr("Password for %1 (used for this connection only, never stored):").arg(store.location()));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (m_prompts->exec(dialog) != QDialog::Accepted)
        return loaded;
    m_password = dialog.textValue();
    store.setPassword(m_password);
    return store.load();
}

QStringList DocumentController::recentFiles()
{
    return settings::recentFiles();
}

void DocumentController::clearRecentFiles()
{
    settings::setRecentFiles({});
    Q_EMIT recentFilesChanged();
}

void DocumentController::addRecent(const QString &location)
{
    // A repository is remembered without its password.
    settings::addRecentFile(core::repo::isUrl(location) ? core::repo::withoutPassword(location) : location);
    Q_EMIT recentFilesChanged();
}

void DocumentController::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
}

void DocumentController::setStore(std::shared_ptr<core::DocumentStore> store)
{
    if (m_store)
        disconnect(m_store.get(), nullptr, this, nullptr);
    m_store = std::move(store);
    if (!m_store)
        return;
    m_store->setParent(nullptr); // owned here, not by a QObject parent
    connect(m_store.get(), &core::DocumentStore::changedOutside, this, [this] {
        if (m_store->isShared()) {
            bringInOthersChanges();
            return;
        }
        m_outsideChange = true;
        answerOutsideChange();
    });
    connect(m_store.get(), &core::DocumentStore::reachableChanged, this,
            [this](bool reachable, const QString &detail) {
                if (reachable) {
                    Q_EMIT status(tr("%1 can be reached again.").arg(displayName()), 8000);
                    return;
                }
                fail(tr("%1 cannot be reached (%2). Your changes stay in this window and its recovery copy; "
                        "save when it is back, or use Save As to keep them in a file.")
                         .arg(displayName(), detail.left(200)));
            });
    connect(m_store.get(), &core::DocumentStore::removedOutside, this, &DocumentController::onRemovedOutside);
    m_store->setWatching(true);
}

bool DocumentController::open(const QString &location)
{
    if (!maybeSave())
        return false;
    const QString name = nameOf(location);
    auto store = core::openStore(location);
    auto loaded = loadAsking(*store);
    if (!loaded) {
        m_openError = [reason = loaded.error()](const QString &n) {
            return tr("%1 cannot be opened: %2").arg(n, reason);
        };
        fail(m_openError(name));
        return false;
    }
    if (loaded->isEmpty()) {
        m_openError = [](const QString &n) {
            return tr("%1 holds no comparison.").arg(n);
        };
        fail(m_openError(name));
        return false;
    }
    m_openError = nullptr;
    m_bundled = false;
    m_lastError.clear();
    m_session->setComparisons(*loaded, store->location());
    // A Tradeoff file we may not write opens read-only; CSV and JSON are
    // sources that Save never writes over anyway.
    m_session->setReadOnly(store->isReadOnly());
    const QString opened = store->location();
    setStore(std::move(store));
    addRecent(opened);
    Q_EMIT locationChanged();
    Q_EMIT status(tr("Opened %1")
                      .arg(core::repo::isUrl(location) ? core::repo::withoutPassword(location)
                                                       : QDir::toNativeSeparators(location)),
                  5000);
    return true;
}

bool DocumentController::openWithDialog()
{
    const QString folder =
        location().isEmpty() || m_bundled ? QString() : QFileInfo(location()).absolutePath();
    const QString path =
        m_prompts->openFileName(m_window, tr("Open Comparison"), folder,
                                tr("Tradeoff files, CSV matrices and JSON exports (*.tradeoff *.sqlite "
                                   "*.db *.csv *.json);;All files (*)"));
    return !path.isEmpty() && open(path);
}

bool DocumentController::openRepositoryWithDialog()
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Open Team Repository"));
    dialog.setLabelText(
        tr("Repository URL (postgresql://user@host:5432/database?sslmode=require).\n"
           "The password comes from ~/.pgpass or PGPASSWORD, or is asked for and never stored."));
    QString suggestion;
    for (const QString &recent : recentFiles()) {
        if (core::repo::isUrl(recent)) {
            suggestion = recent;
            break;
        }
    }
    dialog.setTextValue(suggestion.isEmpty() ? QStringLiteral("postgresql://") : suggestion);
    if (m_prompts->exec(dialog) != QDialog::Accepted)
        return false;
    const QString url = dialog.textValue().trimmed();
    if (!core::repo::isUrl(url)) {
        fail(tr("%1 is not a repository URL (postgresql://user@host:port/database).").arg(url.left(80)));
        return false;
    }
    return open(url);
}

bool DocumentController::browseRepository()
{
    if (!m_store || !m_store->isShared()) {
        fail(tr("Open a team repository first (File > Open Team Repository)."));
        return false;
    }
    auto repository = core::repo::openRepository(m_store->location(), m_password);
    auto listed = repository
                      ? (*repository)->list()
                      : core::Expected<QVector<core::repo::ComparisonInfo>>(core::Error{repository.error()});
    if (!listed) {
        fail(tr("%1 cannot be listed: %2").arg(displayName(), listed.error()));
        return false;
    }
    RepositoryBrowser browser(*listed, m_window);
    if (m_prompts->exec(browser) != QDialog::Accepted || browser.chosen().isEmpty())
        return false;
    auto find = [this](const QString &name) {
        for (int i = 0; i < m_session->comparisons().size(); ++i) {
            if (m_session->comparisons()[i].name == name)
                return i;
        }
        return -1;
    };
    if (find(browser.chosen()) < 0)
        bringInOthersChanges(); // added since this window loaded
    const int index = find(browser.chosen());
    if (index < 0) {
        fail(tr("%1 is no longer in the repository.").arg(browser.chosen()));
        return false;
    }
    m_session->selectComparison(index);
    return true;
}

bool DocumentController::openBundled()
{
    if (!maybeSave())
        return false;
    auto path = core::bundledWorkingCopy();
    startupMark("bundled copy");
    if (!path) {
        fail(tr("The bundled comparison cannot be opened: %1").arg(path.error()));
        return false;
    }
    auto store = core::openStore(*path);
    auto loaded = store->load();
    startupMark("bundled loaded");
    if (!loaded) {
        fail(tr("The bundled comparison cannot be opened: %1").arg(loaded.error()));
        return false;
    }
    m_bundled = true;
    m_lastError.clear();
    m_session->setComparisons(*loaded, store->location());
    setStore(std::move(store));
    Q_EMIT locationChanged();
    Q_EMIT status(tr("Opened the bundled comparison (your copy: %1)").arg(*path), 8000);
    return true;
}

bool DocumentController::save()
{
    commitPendingEdits();
    // Only a Tradeoff file we may write is saved in place; a CSV or JSON
    // source, a read-only file or none asks where to save.
    return m_store && m_store->canSaveInPlace() ? saveTo(m_store->location()) : saveAs();
}

bool DocumentController::saveAs()
{
    QString suggested = location().isEmpty() ? m_session->comparison().name : location();
    if (QFileInfo(suggested).suffix().compare(QLatin1String("tradeoff"), Qt::CaseInsensitive) != 0)
        suggested = QFileInfo(suggested).completeBaseName() + QStringLiteral(".tradeoff");
    const QString path = m_prompts->saveFileName(m_window, tr("Save Comparison"), suggested,
                                                 tr("Tradeoff files (*.tradeoff)"));
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool DocumentController::saveTo(const QString &location)
{
    if (m_store && m_store->isShared() && m_store->location() == core::repo::withoutPassword(location))
        return saveShared();
    std::unique_ptr<core::DocumentStore> other;
    core::DocumentStore *target = m_store.get();
    if (!target || core::repo::isUrl(location) || QFileInfo(target->location()) != QFileInfo(location)) {
        other = core::openStore(location);
        target = other.get();
    } else if (target->isStale() && !confirmOverwrite()) {
        return false;
    }
    auto saved = target->save(m_session->comparisons());
    if (!saved) {
        fail(tr("%1 cannot be saved: %2").arg(nameOf(location), saved.error()));
        return false;
    }
    if (other)
        setStore(std::move(other));
    m_session->markSaved(m_store->location());
    m_bundled = false;
    addRecent(m_store->location());
    Q_EMIT locationChanged();
    Q_EMIT status(tr("Saved %1").arg(QDir::toNativeSeparators(location)), 5000);
    return true;
}

bool DocumentController::saveShared()
{
    // Up to a few rounds: others may save again while this user picks.
    for (int round = 0; round < 5; ++round) {
        const bool wasModified = m_session->isModified();
        auto synced = m_store->sync(m_session->comparisons(), true);
        if (!synced) {
            fail(tr("%1 cannot be saved: %2. Your changes stay in this window and its recovery copy; save "
                    "again "
                    "when the repository is back, or use Save As to keep them in a file.")
                     .arg(displayName(), synced.error()));
            return false;
        }
        if (synced->conflicts.isEmpty()) {
            showMerged(*synced, false);
            m_session->markSaved(m_store->location());
            Q_EMIT locationChanged();
            Q_EMIT status(synced->merged.isEmpty() ? tr("Saved to %1").arg(displayName())
                                                   : tr("Saved to %1 with %n change(s) by others", nullptr,
                                                        int(synced->merged.size()))
                                                         .arg(displayName()),
                          6000);
            return true;
        }
        ConflictDialog dialog(synced->conflicts, m_window);
        if (m_prompts->exec(dialog) != QDialog::Accepted) {
            fail(tr("%1 was not saved: %n change(s) collide with changes others saved. Save again to choose "
                    "which to keep.",
                    nullptr, int(synced->conflicts.size()))
                     .arg(displayName()));
            return false;
        }
        auto resolved = m_store->resolve(m_session->comparisons(), synced->conflicts, dialog.keepMine());
        if (!resolved) {
            fail(tr("%1 cannot be saved: %2").arg(displayName(), resolved.error()));
            return false;
        }
        m_session->mergeDocument(*resolved, tr("Pick between colliding changes"));
        if (!wasModified)
            m_session->markModified();
    }
    fail(tr("%1 was not saved: others keep changing the same parts. Try again.").arg(displayName()));
    return false;
}

void DocumentController::showMerged(const core::SyncResult &result, bool wasModified)
{
    if (result.comparisons == m_session->comparisons())
        return;
    QStringList who;
    for (const core::Change &c : result.merged) {
        if (!c.by.isEmpty() && !who.contains(c.by))
            who.append(c.by);
    }
    m_session->mergeDocument(result.comparisons,
                             who.isEmpty() ? tr("Changes by others")
                                           : tr("Changes by %1").arg(who.join(QLatin1String(", "))));
    // Others' changes alone leave nothing unsaved here.
    if (!wasModified)
        m_session->markSaved(m_store->location());
}

void DocumentController::bringInOthersChanges()
{
    if (!m_store)
        return;
    const bool wasModified = m_session->isModified();
    auto synced = m_store->sync(m_session->comparisons(), false);
    if (!synced)
        return; // the heartbeat reports an unreachable server
    showMerged(*synced, wasModified);
    if (!synced->merged.isEmpty()) {
        const core::Change &first = synced->merged.first();
        const QString what =
            first.key.isEmpty() ? tr("comparison %1").arg(first.comparison.left(60)) : first.what();
        Q_EMIT status(synced->merged.size() == 1
                          ? tr("%1 changed %2").arg(first.by.isEmpty() ? tr("Someone") : first.by, what)
                          : tr("%1 changed %2 and %n more", nullptr, int(synced->merged.size() - 1))
                                .arg(first.by.isEmpty() ? tr("Someone") : first.by, what),
                      8000);
    }
    if (!synced->conflicts.isEmpty())
        Q_EMIT status(tr("%1 changed %2, which you changed too; saving asks which to keep")
                          .arg(synced->conflicts.first().theirsBy, synced->conflicts.first().what()),
                      10000);
}

bool DocumentController::confirmOverwrite()
{
    // Another program (or another window) wrote the file since this window
    // last read or wrote it, too recently for the watcher to have said so.
    const QString name = displayName();
    const QMessageBox::StandardButton answer = m_prompts->ask(
        m_window, tr("File Changed on Disk"),
        tr("%1 was changed by another program since you opened or saved it here. Save over it with your "
           "version and lose that change?")
            .arg(name),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return true;
    fail(tr("%1 was not saved: it was changed by another program. Reload it, or use Save As to keep both "
            "versions.")
             .arg(name));
    return false;
}

void DocumentController::commitPendingEdits()
{
    // A name being typed or a table cell being edited is committed when its
    // editor loses focus; make that happen before the document is judged.
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_window && m_window->isAncestorOf(focus)) {
        focus->clearFocus();
        focus->setFocus();
    }
}

bool DocumentController::maybeSave()
{
    commitPendingEdits();
    if (!m_session->isModified())
        return true;
    const QString question =
        tr("Save the changes to %1 before closing it?").arg(m_session->comparison().name);
    const QMessageBox::StandardButton answer =
        m_prompts->ask(m_window, tr("Unsaved Changes"), question,
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::NoButton)
        return true; // nobody to ask (--screenshot); the recovery copy keeps the work
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::checkStore()
{
    if (m_store)
        m_store->checkNow();
}

void DocumentController::onRemovedOutside()
{
    // Deleted or moved away: the work stays, Save writes it again.
    m_session->markModified();
    m_store->markSeen();
    fail(tr("%1 was deleted or moved by another program. Your version stays open; Save writes it again.")
             .arg(displayName()));
}

void DocumentController::answerOutsideChange()
{
    if (!m_outsideChange || m_asking || !m_store)
        return;
    // Not while a dialog is editing part of the document: ask once it closes.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(1000, this, &DocumentController::answerOutsideChange);
        return;
    }
    m_outsideChange = false;
    const QString name = displayName();
    const QString question =
        m_session->isModified()
            ? tr("%1 was changed by another program. Reload it and lose your unsaved "
                 "changes, or keep your version?")
                  .arg(name)
            : tr("%1 was changed by another program. Reload it, or keep the version shown?").arg(name);
    m_asking = true;
    const QMessageBox::StandardButton answer = m_prompts->ask(
        m_window, tr("File Changed on Disk"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    m_asking = false;
    if (answer == QMessageBox::NoButton)
        return; // nobody to ask
    if (answer != QMessageBox::Yes) {
        // The version shown now differs from the file: closing asks first,
        // and Save writes over theirs without asking again.
        m_session->markModified();
        m_store->markSeen();
        return;
    }
    auto loaded = m_store->load();
    if (!loaded || loaded->isEmpty()) {
        m_session->markModified();
        fail(tr("%1 cannot be reloaded: %2. Your version stays open.")
                 .arg(name, loaded ? tr("it holds no comparison") : loaded.error()));
        return;
    }
    const int comparison = m_session->comparisonIndex();
    m_session->setComparisons(*loaded, m_store->location());
    if (comparison < loaded->size())
        m_session->selectComparison(comparison);
    m_session->setReadOnly(m_store->isReadOnly());
    Q_EMIT status(tr("Reloaded %1").arg(name), 6000);
}

bool DocumentController::offerRecovery()
{
    for (const Autosave::Recovery &r : Autosave::pending(Autosave::defaultDirectory())) {
        const QString file =
            r.original.isEmpty() ? tr("a new document") : QDir::toNativeSeparators(r.original);
        const QString question =
            tr("Tradeoff closed without saving changes to %1 (%2, %3). Restore them?")
                .arg(file, r.name, QLocale().toString(r.saved.toLocalTime(), QLocale::ShortFormat));
        const QMessageBox::StandardButton answer =
            m_prompts->ask(m_window, tr("Recover Unsaved Changes"), question,
                           QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            Autosave::remove(r);
            continue;
        }
        if (answer != QMessageBox::Yes)
            continue; // asked again next time
        auto recovered = Autosave::load(r);
        if (!recovered || recovered->isEmpty()) {
            fail(tr("The recovery copy cannot be read: %1")
                     .arg(recovered ? tr("it holds no comparison") : recovered.error()));
            continue;
        }
        // Open the file the work belongs to, then put the work on top of it
        // as one edit: Save writes it there, Undo shows the file's version.
        const bool there = core::repo::isUrl(r.original) || QFileInfo::exists(r.original);
        if (r.original.isEmpty() || !there || !open(r.original)) {
            m_session->setComparisons({}, r.original);
            setStore(r.original.isEmpty() ? nullptr : core::openStore(r.original));
            m_bundled = false;
        }
        m_session->setReadOnly(false);
        m_session->replaceDocument(*recovered, tr("Restore unsaved changes"));
        m_session->markModified();
        // The restored work stays recoverable: this window's own copy is
        // written before the old one goes, so a crash in between leaves
        // one of them (a crash right after restoring loses nothing).
        if (auto written = m_autosave->writeNow(); !written)
            fail(tr("The recovery copy cannot be kept: %1").arg(written.error()));
        else
            Autosave::remove(r);
        Q_EMIT locationChanged();
        Q_EMIT status(tr("Restored unsaved changes to %1").arg(file), 8000);
        return true;
    }
    return false;
}

void DocumentController::discardRecovery()
{
    m_autosave->discard();
}

void DocumentController::adopt(const State &state, bool modified)
{
    m_bundled = state.bundled;
    if (state.store)
        setStore(state.store);
    else
        setStore(state.location.isEmpty() ? nullptr : core::openStore(state.location));
    // Unsaved work stays unsaved work in the new window (the undo history
    // does not move over).
    if (modified) {
        m_session->markModified();
        m_autosave->writeNow();
    }
    Q_EMIT locationChanged();
}

} // namespace ui

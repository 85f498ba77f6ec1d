#include "ui/documentcontroller.h"

#include "core/bundled.h"
#include "ui/autosave.h"
#include "ui/prompts.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "ui/startuptrace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
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
    return QFileInfo(location()).fileName();
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
    settings::addRecentFile(location);
    Q_EMIT recentFilesChanged();
}

void DocumentController::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
}

void DocumentController::setStore(std::unique_ptr<core::DocumentStore> store)
{
    m_store = std::move(store);
    if (!m_store)
        return;
    m_store->setParent(nullptr); // owned here, not by a QObject parent
    connect(m_store.get(), &core::DocumentStore::changedOutside, this, [this] {
        m_outsideChange = true;
        answerOutsideChange();
    });
    connect(m_store.get(), &core::DocumentStore::removedOutside, this, &DocumentController::onRemovedOutside);
    m_store->setWatching(true);
}

bool DocumentController::open(const QString &location)
{
    if (!maybeSave())
        return false;
    const QString name = QFileInfo(location).fileName();
    auto store = core::openStore(location);
    auto loaded = store->load();
    if (!loaded) {
        fail(tr("%1 cannot be opened: %2").arg(name, loaded.error()));
        return false;
    }
    if (loaded->isEmpty()) {
        fail(tr("%1 holds no comparison.").arg(name));
        return false;
    }
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
    Q_EMIT status(tr("Opened %1").arg(QDir::toNativeSeparators(location)), 5000);
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
    std::unique_ptr<core::DocumentStore> other;
    core::DocumentStore *target = m_store.get();
    if (!target || QFileInfo(target->location()) != QFileInfo(location)) {
        other = core::openStore(location);
        target = other.get();
    } else if (target->isStale() && !confirmOverwrite()) {
        return false;
    }
    auto saved = target->save(m_session->comparisons());
    if (!saved) {
        fail(tr("%1 cannot be saved: %2").arg(QFileInfo(location).fileName(), saved.error()));
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
        if (r.original.isEmpty() || !QFileInfo::exists(r.original) || !open(r.original)) {
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

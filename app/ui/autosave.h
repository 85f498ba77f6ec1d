#pragma once

#include "core/comparison.h"
#include "core/expected.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>

namespace ui {

class Session;

// Keeps a recovery copy of unsaved work so that a crash or a power cut loses
// at most a few seconds of it.  A copy is written a moment after each edit
// while the document has unsaved changes and removed once it has none (saved,
// discarded or undone).  Each copy is a Tradeoff file beside a small JSON note
// naming the file it belongs to; a lock file tells a running window's copies
// from those a crashed one left behind.  Writing runs off the UI thread (a
// large comparison takes seconds to write); every write and removal of every
// window goes through one worker thread, so they happen in the order asked.
class Autosave : public QObject
{
    Q_OBJECT
public:
    Autosave(Session *session, const QString &directory, QObject *parent = nullptr);
    ~Autosave() override;

    static QString defaultDirectory();
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Writes the recovery copy now (after any queued work) when there are
    // unsaved changes.
    core::Expected<void> writeNow();
    // Waits until queued writes and removals are done (tests).
    static void waitForIdle();
    // The copy written for this window, empty when there is none.
    QString currentCopy() const { return m_copy; }
    void discard();

    // Work a window that is no longer running left behind.
    struct Recovery
    {
        QString copy;     // the recovery file
        QString original; // the file it belongs to, empty for a new document
        QString name;     // the comparison shown
        QDateTime saved;
    };
    static QVector<Recovery> pending(const QString &directory);
    static core::Expected<QVector<core::Comparison>> load(const Recovery &recovery);
    static void remove(const Recovery &recovery);

private:
    void schedule();
    void writeLater();
    // Picks the copy's name for the document and holds its lock.
    core::Expected<QString> prepare();
    QByteArray note() const;
    QString copyPathFor(const QString &original) const;

    Session *m_session;
    QString m_directory;
    QTimer m_timer;
    QString m_copy;
    QString m_windowKey; // tells this window's copies from another's
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ui

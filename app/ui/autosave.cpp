#include "ui/autosave.h"

#include "core/atomicfile.h"
#include "core/store.h"
#include "ui/session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>

namespace ui {

namespace {
const QString kSuffix = QStringLiteral(".tradeoff");
const QString kNoteSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

// One thread for every window's recovery files: a removal queued before a
// write of the same file runs before it.
QThreadPool &worker()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

core::Expected<void> writeCopy(const QString &copy, const QVector<core::Comparison> &comparisons,
                               const QByteArray &note)
{
    auto saved = core::store::save(copy, comparisons);
    if (!saved)
        return saved;
    return core::atomicfile::write(copy + kNoteSuffix, note);
}

void removeCopy(const QString &copy)
{
    QFile::remove(copy);
    QFile::remove(copy + kNoteSuffix);
}
} // namespace

Autosave::Autosave(Session *session, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(directory)
    , m_windowKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::writeLater);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &Autosave::schedule);
    // Saved, discarded, or undone back to the file: nothing to recover.
    connect(m_session, &Session::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosave::~Autosave()
{
    // The copy stays: a window closed without saving has asked first and
    // discarded it; one destroyed any other way leaves it to be offered back.
    waitForIdle();
    m_lock.reset();
}

void Autosave::waitForIdle()
{
    worker().waitForDone();
}

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void Autosave::schedule()
{
    if (m_session->isModified())
        m_timer.start();
}

QString Autosave::copyPathFor(const QString &original) const
{
    // One copy per window and file: two windows on the same file each keep
    // their own unsaved work (and their own lock).
    const QString key = original + QLatin1Char('\n') + m_windowKey;
    return m_directory + QLatin1Char('/') +
           QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16)) +
           kSuffix;
}

core::Expected<QString> Autosave::prepare()
{
    if (!QDir().mkpath(m_directory))
        return core::Error{tr("cannot create the folder %1").arg(m_directory)};
    const QString copy = copyPathFor(m_session->path());
    if (copy != m_copy)
        discard(); // the document was saved under another name
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(copy + kLockSuffix);
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            return core::Error{tr("another window is keeping a recovery copy of this file")};
        }
    }
    m_copy = copy;
    return copy;
}

QByteArray Autosave::note() const
{
    const QJsonObject json{{QStringLiteral("original"), m_session->path()},
                           {QStringLiteral("name"), m_session->comparison().name},
                           {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return QJsonDocument(json).toJson();
}

void Autosave::writeLater()
{
    if (!m_session->isModified() || m_session->isEmpty())
        return;
    auto copy = prepare();
    if (!copy)
        return; // tried again after the next edit
    // The worker gets copies; Qt's implicit sharing makes them cheap.
    const QVector<core::Comparison> comparisons = m_session->comparisons();
    const QByteArray text = note();
    worker().start([path = *copy, comparisons, text] { writeCopy(path, comparisons, text); });
}

core::Expected<void> Autosave::writeNow()
{
    m_timer.stop();
    if (!m_session->isModified() || m_session->isEmpty())
        return {};
    auto copy = prepare();
    if (!copy)
        return core::Error{copy.error()};
    waitForIdle();
    return writeCopy(*copy, m_session->comparisons(), note());
}

void Autosave::discard()
{
    m_timer.stop();
    if (!m_copy.isEmpty()) {
        // Queued behind any write of it still running.
        worker().start([copy = m_copy] { removeCopy(copy); });
        m_copy.clear();
    }
    m_lock.reset();
}

QVector<Autosave::Recovery> Autosave::pending(const QString &directory)
{
    QVector<Recovery> out;
    const QDir dir(directory);
    for (const QString &noteName :
         dir.entryList({QStringLiteral("*") + kSuffix + kNoteSuffix}, QDir::Files)) {
        Recovery r;
        r.copy = dir.filePath(noteName.chopped(kNoteSuffix.size()));
        // A copy whose lock is held belongs to a window still running.
        QLockFile lock(r.copy + kLockSuffix);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(dir.filePath(noteName));
        if (!QFile::exists(r.copy) || !file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            continue;
        const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
        r.original = note.value(QStringLiteral("original")).toString();
        r.name = note.value(QStringLiteral("name")).toString().left(core::store::kMaxNameLength);
        r.saved = QDateTime::fromString(note.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const Recovery &a, const Recovery &b) { return a.saved > b.saved; });
    return out;
}

core::Expected<QVector<core::Comparison>> Autosave::load(const Recovery &recovery)
{
    return core::store::load(recovery.copy);
}

void Autosave::remove(const Recovery &recovery)
{
    QFile::remove(recovery.copy);
    QFile::remove(recovery.copy + kNoteSuffix);
    QFile::remove(recovery.copy + kLockSuffix);
}

} // namespace ui

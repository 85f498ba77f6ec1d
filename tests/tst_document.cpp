#include "core/store.h"
#include "core/workshop.h"
#include "report/report.h"
#include "testsupport.h"
#include "ui/autosave.h"
#include "ui/charts/chartpanel.h"
#include "ui/editor/comparisoneditor.h"
#include "ui/mainwindow.h"
#include "ui/reportdialog.h"
#include "ui/scorematrixmodel.h"
#include "ui/weightpanel.h"
#include "windowsupport.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <sys/resource.h>

using namespace core;
using testsupport::openBundled;

// The document a window shows: recovery copies after a crash, files changed
// by others (noticed by the watcher and at the moment of saving), read-only
// files.  Nothing a user typed is lost silently.
class TestDocument final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ui::Autosave::defaultDirectory()).removeRecursively(); // an earlier run's copies
    }

    void unsavedWorkIsOfferedBackAfterACrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.tradeoff"));
        QFile::remove(path);
        QVERIFY(QFile::copy(testsupport::bundledPath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray onDisk = testsupport::fileDigest(path);
        QVector<Comparison> edited;
        {
            auto *w = new ui::MainWindow;
            testsupport::script(*w);
            QVERIFY(w->document()->open(path));
            w->session()->setScore(0, 0, 2.0);
            QVERIFY(w->comparisonEditor()->addOption());
            edited = w->session()->comparisons();
            QVERIFY(w->document()->autosave()->writeNow().ok());
            QVERIFY(QFile::exists(w->document()->autosave()->currentCopy()));
            // A running window's copy is not offered to another one.
            QVERIFY(ui::Autosave::pending(ui::Autosave::defaultDirectory()).isEmpty());
            delete w; // gone without closing: as after a crash
        }
        QCOMPARE(testsupport::fileDigest(path), onDisk);
        const auto pending = ui::Autosave::pending(ui::Autosave::defaultDirectory());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].original, QFileInfo(path).absoluteFilePath());

        ui::MainWindow w;
        testsupport::script(w);
        QString asked;
        testsupport::script(w).answer = ([&](const QString &question) {
            asked = question;
            return QMessageBox::Yes;
        });
        QVERIFY(w.document()->offerRecovery());
        QVERIFY(asked.contains(QStringLiteral("crash.tradeoff")));
        QCOMPARE(w.session()->comparisons(), edited);
        QCOMPARE(w.session()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(w.session()->isModified());
        QVERIFY(w.isWindowModified());
        QCOMPARE(testsupport::fileDigest(path), onDisk); // nothing written yet
        QVERIFY(ui::Autosave::pending(ui::Autosave::defaultDirectory()).isEmpty());
        // Undo shows the file's version; Save writes the recovered work.
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->comparisons(), *store::load(path));
        w.session()->undoStack()->redo();
        QVERIFY(w.document()->save());
        QCOMPARE(*store::load(path), edited);
        ui::Autosave::waitForIdle();
        QVERIFY(!w.document()->offerRecovery());
    }

    void restoredWorkSurvivesASecondCrash()
    {
        // A crash right after restoring (before the next background copy)
        // must not lose the restored work.
        const QString path = m_dir.filePath(QStringLiteral("twice.tradeoff"));
        QFile::remove(path);
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        QVector<Comparison> edited;
        {
            auto *w = new ui::MainWindow;
            testsupport::script(*w);
            QVERIFY(w->document()->open(path));
            w->session()->setScore(0, 0, 3.0);
            edited = w->session()->comparisons();
            QVERIFY(w->document()->autosave()->writeNow().ok());
            delete w; // the first crash
        }
        {
            auto *w = new ui::MainWindow;
            testsupport::script(*w).answer = [](const QString &) {
                return QMessageBox::Yes;
            };
            QVERIFY(w->document()->offerRecovery());
            QCOMPARE(w->session()->comparisons(), edited);
            delete w; // the second crash, at once
        }
        ui::Autosave::waitForIdle();
        const auto pending = ui::Autosave::pending(ui::Autosave::defaultDirectory());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(*ui::Autosave::load(pending.first()), edited);
        // Restored and discarded by the user: gone.
        ui::MainWindow w;
        testsupport::script(w).answer = [](const QString &) {
            return QMessageBox::Discard;
        };
        QVERIFY(!w.document()->offerRecovery());
        QVERIFY(ui::Autosave::pending(ui::Autosave::defaultDirectory()).isEmpty());
    }

    void twoWindowsOnOneFileKeepTheirOwnCopies()
    {
        const QString path = m_dir.filePath(QStringLiteral("both.tradeoff"));
        QFile::remove(path);
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        QVector<QVector<Comparison>> edited;
        {
            auto *first = new ui::MainWindow;
            auto *second = new ui::MainWindow;
            for (auto [w, score] : {std::pair{first, 1.0}, std::pair{second, 2.0}}) {
                testsupport::script(*w);
                QVERIFY(w->document()->open(path));
                w->session()->setScore(0, 0, score);
                edited.append(w->session()->comparisons());
                QVERIFY2(w->document()->autosave()->writeNow().ok(),
                         qPrintable(w->document()->autosave()->writeNow().error()));
            }
            QVERIFY(first->document()->autosave()->currentCopy() !=
                    second->document()->autosave()->currentCopy());
            delete first; // both gone without closing
            delete second;
        }
        ui::Autosave::waitForIdle();
        const auto pending = ui::Autosave::pending(ui::Autosave::defaultDirectory());
        QCOMPARE(pending.size(), 2);
        QVector<QVector<Comparison>> recovered;
        for (const auto &r : pending) {
            QCOMPARE(r.original, QFileInfo(path).absoluteFilePath());
            recovered.append(*ui::Autosave::load(r));
            ui::Autosave::remove(r);
        }
        QVERIFY(recovered.contains(edited[0]));
        QVERIFY(recovered.contains(edited[1]));
    }

    void saveAsksWhenTheFileChangedJustBefore()
    {
        // Another program replaces the file 50 ms before Save, too soon for
        // the watcher: Save compares the file with what was read and asks.
        const QString path = m_dir.filePath(QStringLiteral("race.tradeoff"));
        QFile::remove(path);
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        ui::MainWindow w;
        auto &prompts = testsupport::script(w);
        QVERIFY(w.document()->open(path));
        w.session()->setScore(0, 0, 4.0);
        Comparison theirs = testsupport::small();
        theirs.name = QStringLiteral("Their version");
        QVERIFY(store::save(path, {theirs}).ok());
        QTest::qWait(50);
        QStringList questions;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        prompts.answer = [&](const QString &question) {
            questions.append(question);
            return answer;
        };
        QVERIFY(!w.document()->save());
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("race.tradeoff")));
        QCOMPARE(store::load(path)->first().name, QStringLiteral("Their version")); // theirs kept
        QVERIFY(w.session()->isModified());
        // Saving over theirs is the user's choice to make.
        answer = QMessageBox::Save;
        QVERIFY(w.document()->save());
        QCOMPARE(*store::load(path)->first().value(0, 0), 4.0);
        QCOMPARE(questions.size(), 2);
        // Our own save is known: saving again does not ask.
        w.session()->setScore(0, 0, 5.0);
        QVERIFY(w.document()->save());
        QCOMPARE(questions.size(), 2);
    }

    void savingOrDiscardingRemovesTheRecoveryCopy()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.session()->setScore(0, 0, 1.0);
        QVERIFY(w.document()->autosave()->writeNow().ok());
        const QString copy = w.document()->autosave()->currentCopy();
        QVERIFY(QFile::exists(copy));
        w.session()->undoStack()->undo(); // back to the file: nothing to recover
        ui::Autosave::waitForIdle();
        QVERIFY(!QFile::exists(copy));
        // A moment after an edit the copy is written in the background.
        w.document()->autosave()->setDelay(10);
        w.session()->setScore(0, 0, 1.0);
        QTRY_VERIFY(!w.document()->autosave()->currentCopy().isEmpty());
        ui::Autosave::waitForIdle();
        QCOMPARE(store::load(w.document()->autosave()->currentCopy())->first(), w.session()->comparison());
        const QString path = m_dir.filePath(QStringLiteral("saved.tradeoff"));
        testsupport::script(w).savePath = ([&] { return path; });
        QVERIFY(w.document()->saveAs());
        ui::Autosave::waitForIdle();
        QVERIFY(ui::Autosave::pending(ui::Autosave::defaultDirectory()).isEmpty());
        QVERIFY(QDir(ui::Autosave::defaultDirectory()).entryList({QStringLiteral("*.tradeoff")}).isEmpty());
    }

    void aFileChangedOnDiskIsNoticed()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.tradeoff"));
        QFile::remove(path);
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        ui::MainWindow w;
        testsupport::script(w);
        QVERIFY(w.document()->open(path));
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Yes;
        testsupport::script(w).answer = ([&](const QString &) {
            ++asked;
            return answer;
        });
        // Our own save is not a change by someone else.
        w.session()->setScore(0, 0, 4.0);
        QVERIFY(w.document()->save());
        QTest::qWait(600);
        w.document()->checkStore();
        QCOMPARE(asked, 0);

        // A colleague's program replaces the file: the watcher notices, and
        // "reload" shows their version.
        Comparison theirs = testsupport::small();
        theirs.name = QStringLiteral("Their version");
        QTest::qWait(20);
        QVERIFY(store::save(path, {theirs}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 5000);
        QCOMPARE(w.session()->comparison().name, QStringLiteral("Their version"));
        QVERIFY(!w.session()->isModified());

        // "Keep mine": the window keeps its version and counts it as unsaved.
        w.session()->setScore(1, 0, 1.0);
        answer = QMessageBox::No;
        Comparison again = theirs;
        again.name = QStringLiteral("Third version");
        QTest::qWait(20);
        QVERIFY(store::save(path, {again}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(asked, 2, 5000);
        QCOMPARE(w.session()->comparison().name, QStringLiteral("Their version"));
        QCOMPARE(*w.session()->comparison().value(1, 0), 1.0);
        QVERIFY(w.session()->isModified());
        w.session()->undoStack()->undo(); // even with its edits undone
        QVERIFY(w.session()->isModified());

        // Deleted: the work stays and is unsaved.
        QVERIFY(QFile::remove(path));
        w.document()->checkStore();
        QCOMPARE(asked, 2);
        QVERIFY(w.session()->isModified());
        QVERIFY(!w.document()->lastError().isEmpty());
        // Written again later (a checkout, a colleague's copy): noticed too.
        QVERIFY(store::save(path, {theirs}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(asked, 3, 5000);
    }

    void readOnlyFileOpensReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.tradeoff"));
        QFile::remove(path);
        QVERIFY(QFile::copy(testsupport::bundledPath(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = testsupport::fileDigest(path);
        ui::MainWindow w;
        testsupport::script(w);
        QVERIFY(w.document()->open(path));
        QVERIFY(w.session()->isReadOnly());
        QVERIFY(w.readOnlyBar()->isVisibleTo(&w));
        // The notice changes nothing else: the weights and charts are shown.
        const Comparison &c = w.session()->comparison();
        QCOMPARE(w.weightPanel()->spinBox(0)->value(), c.profiles[0].weights[0]);
        QCOMPARE(w.rankingChart()->values().size(), c.optionCount());
        QVERIFY(!(w.matrixModel()->flags(w.matrixModel()->index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(!w.session()->setScore(0, 0, 1.0));
        // Weights still move: exploring is not editing.
        w.session()->setWeight(0, 3.0);
        QCOMPARE(w.session()->weights()[0], 3.0);
        QVERIFY(!w.isWindowModified());

        // "Edit Anyway": edits work, Save asks for a new name.
        w.readOnlyBar()->findChild<QPushButton *>(QStringLiteral("editAnyway"))->click();
        QVERIFY(!w.session()->isReadOnly());
        QVERIFY(!w.readOnlyBar()->isVisibleTo(&w));
        QVERIFY(w.session()->setScore(0, 0, 1.0));
        const QString copy = m_dir.filePath(QStringLiteral("unlocked.tradeoff"));
        bool askedForName = false;
        testsupport::script(w).savePath = ([&] {
            askedForName = true;
            return copy;
        });
        QVERIFY(w.document()->save());
        QVERIFY(askedForName);
        QCOMPARE(testsupport::fileDigest(path), before);
        QCOMPARE(*store::load(copy)->first().value(0, 0), 1.0);
    }

    void theWindowsOutputsOntoAFullDisk()
    {
        // Reports, chart images and profile files written from the window
        // under a file-size limit (standing in for a full disk): refused with
        // "disk full", the previous file whole, nothing left beside it.
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString folder = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray before("a good file from before\n");
        auto prepare = [&](const QString &name) {
            const QString path = QDir(folder).filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(before);
            return path;
        };
        const QString pdf = prepare(QStringLiteral("report.pdf"));
        const QString png = prepare(QStringLiteral("chart.png"));
        const QString profile = prepare(QStringLiteral("mine.tradeoff-profile"));
        ui::ReportDialog dialog(ui::windowReport(*w.session(), *w.document()), &w);
        dialog.setFormat(report::Format::Pdf);
        QString reportError, chartError;
        core::Expected<void> profileWritten;
        {
            rlimit saved{};
            QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
            rlimit tight = saved;
            tight.rlim_cur = 64; // bytes
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
            const bool reportSaved = dialog.saveTo(pdf, &reportError);
            const bool chartSaved = w.rankingChart()->saveImage(png, &chartError);
            profileWritten = core::workshop::writeProfileFile(profile, w.session()->comparison(),
                                                              w.session()->comparison().profiles.first());
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
            QVERIFY(!reportSaved);
            QVERIFY(!chartSaved);
        }
        QVERIFY2(reportError.contains(QStringLiteral("disk full")), qPrintable(reportError));
        QVERIFY2(chartError.contains(QStringLiteral("disk full")), qPrintable(chartError));
        QVERIFY(!profileWritten);
        QVERIFY2(profileWritten.error().contains(QStringLiteral("disk full")),
                 qPrintable(profileWritten.error()));
        for (const QString &path : {pdf, png, profile}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 3);
        // With room, the same calls write whole files.
        QVERIFY2(dialog.saveTo(pdf, &reportError), qPrintable(reportError));
        QVERIFY(QFileInfo(pdf).size() > before.size());
    }

    void theWindowRefusesWhatIsNotAFile()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QFile::remove(fifo);
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const auto before = w.session()->comparisons();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!w.document()->open(fifo));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(w.document()->lastError().contains(QStringLiteral("named pipe")),
                 qPrintable(w.document()->lastError()));
        QCOMPARE(w.session()->comparisons(), before);
        QFile::remove(fifo);
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"

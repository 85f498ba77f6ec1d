#include "core/atomicfile.h"
#include "core/csvmatrix.h"
#include "core/filestore.h"
#include "core/store.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

// The store interface the window's document layer talks to, with the file
// as its implementation.
class TestDocumentStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileStoreNoticesAChangeThatKeepsSizeAndTime()
    {
        // Two writes within the file system's time resolution leave the size
        // and the time stamp alike: the content's checksum still tells.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("same-size.tradeoff"));
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        auto opened = openStore(path);
        QVERIFY(opened->load().ok());
        QVERIFY(!opened->isStale());
        const QDateTime stamp = QFileInfo(path).lastModified();
        const qint64 size = QFileInfo(path).size();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(size - 1));
            const char last = f.read(1).at(0);
            QVERIFY(f.seek(size - 1));
            QCOMPARE(f.write(QByteArray(1, char(last ^ 0x5a))), 1);
            f.close();
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(stamp, QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(path).size(), size);
        QCOMPARE(QFileInfo(path).lastModified(), stamp);
        QVERIFY(opened->isStale());
    }

    void fileStoreNoticesOthersAndItsOwnSaves()
    {
        QTemporaryDir dir;
        // The document layer's store: what it loads, what it saves, what
        // others change, and whether it may write in place.
        const QString path = dir.filePath(QStringLiteral("store-interface.tradeoff"));
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        auto opened = openStore(path);
        QCOMPARE(opened->location(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(*opened->list(), QStringList{testsupport::small().name});
        QVERIFY(opened->load().ok());
        QVERIFY(opened->canSaveInPlace());
        QVERIFY(!opened->isReadOnly());
        QVERIFY(!opened->isStale());
        QSignalSpy changed(opened.get(), &DocumentStore::changedOutside);
        QSignalSpy removed(opened.get(), &DocumentStore::removedOutside);
        opened->setWatching(true);
        Comparison mine = testsupport::small();
        mine.name = QStringLiteral("Mine");
        QVERIFY(opened->save({mine}).ok()); // our own save: not a change by others
        opened->checkNow();
        QCOMPARE(changed.size(), 0);
        QVERIFY(!opened->isStale());
        Comparison theirs = testsupport::small();
        theirs.name = QStringLiteral("Theirs");
        QTest::qWait(20);
        QVERIFY(store::save(path, {theirs}).ok());
        QVERIFY(opened->isStale()); // seen at once, without waiting for the watcher
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        opened->markSeen();
        QVERIFY(!opened->isStale());
        QVERIFY(QFile::remove(path));
        opened->checkNow();
        QCOMPARE(removed.size(), 1);
        // A CSV source is read, never written over; a file without write
        // permission is read-only.
        const QString csv = dir.filePath(QStringLiteral("source.csv"));
        QVERIFY(atomicfile::write(csv, csv::write(testsupport::small(), testsupport::small().equalWeights()))
                    .ok());
        QVERIFY(!openStore(csv)->canSaveInPlace());
        const QString locked = dir.filePath(QStringLiteral("locked-store.tradeoff"));
        QVERIFY(store::save(locked, {testsupport::small()}).ok());
        QFile::setPermissions(locked, QFile::ReadOwner);
        QVERIFY(openStore(locked)->isReadOnly());
        QVERIFY(!openStore(locked)->canSaveInPlace());
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"

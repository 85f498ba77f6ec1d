#include "core/atomicfile.h"
#include "core/store.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using testsupport::tradeoff;

// Every output of every command either replaces its target whole or fails
// with exit code 3, "disk full" when the disk is full, the old file intact
// and nothing left behind.  A file-size limit (prlimit --fsize) stands in for
// a full disk: it needs no privileges, and writes past it fail with EFBIG as
// they would with ENOSPC.
class TestOutputs final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Files in the folder other than the ones named.
    QStringList others(const QStringList &expected) const
    {
        QStringList out = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &e : expected)
            out.removeAll(e);
        return out;
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
    }

    void everyOutputOntoAFullDisk_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("target");
        // A CSV matrix to import, written by the first row's set-up.
        const QString csv = QStringLiteral("matrix.csv");
        for (const char *suffix : {"pdf", "html", "md", "csv", "json", "png", "svg"}) {
            const QString target = QStringLiteral("report.") + QLatin1String(suffix);
            QTest::newRow(suffix) << QStringList{QStringLiteral("report"), testsupport::bundledPath(),
                                                 QStringLiteral("-o"), target}
                                  << target;
        }
        QTest::newRow("export-csv") << QStringList{QStringLiteral("export-csv"), testsupport::bundledPath(),
                                                   QStringLiteral("-o"), QStringLiteral("matrix-out.csv")}
                                    << QStringLiteral("matrix-out.csv");
        QTest::newRow("import-csv") << QStringList{QStringLiteral("import-csv"), csv, QStringLiteral("-o"),
                                                   QStringLiteral("imported.tradeoff")}
                                    << QStringLiteral("imported.tradeoff");
    }

    void everyOutputOntoAFullDisk()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, target);
        // A good file from before must survive a failed write over it.
        writeFile(path(QStringLiteral("matrix.csv")),
                  "option,Speed,Cost\n@weight,2,1\n@direction,benefit,cost\nA,8,6\nB,6,5\n");
        const QByteArray before = QByteArray("the previous, good file\n").repeated(4);
        writeFile(path(target), before);
        const auto run = tradeoff(args, m_dir.path(), QStringLiteral("--fsize=300"));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("disk full"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith(QByteArray(target.toUtf8() + ": ")), run.err.constData());
        QFile f(path(target));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(others({target, QStringLiteral("matrix.csv")}), QStringList());
        // Without the limit the same command writes the whole file.
        const auto again = tradeoff(args, m_dir.path());
        QCOMPARE(again.code, 0);
        QVERIFY(QFileInfo(path(target)).size() > before.size());
        QCOMPARE(others({target, QStringLiteral("matrix.csv")}), QStringList());
        QFile::remove(path(target));
    }

    void staleTemporaryFilesAreRemoved()
    {
        // What a killed writer leaves (ours by name, its process gone), and
        // files that merely look alike (someone else's): only ours go.
        const QStringList stale{QStringLiteral(".out.csv.tradeoff-999999-0badf00d.tmp"),
                                QStringLiteral(".saved.tradeoff.tradeoff-999998-deadbeef.tmp-journal")};
        const QStringList foreign{QStringLiteral("out.csv.AbCdEf.tmp"), QStringLiteral(".out.csv.tmp"),
                                  QStringLiteral(".out.csv.tradeoff-notes.tmp")};
        for (const QString &name : stale + foreign)
            writeFile(path(name), "left behind");
        QVERIFY(core::atomicfile::isTemporaryName(stale[0]));
        QVERIFY(!core::atomicfile::isTemporaryName(foreign[2]));
        const auto run = tradeoff(
            {QStringLiteral("export-csv"), QStringLiteral("-o"), QStringLiteral("out.csv")}, m_dir.path());
        QCOMPARE(run.code, 0);
        for (const QString &name : stale)
            QVERIFY2(!QFile::exists(path(name)), qPrintable(name));
        for (const QString &name : foreign) {
            QVERIFY2(QFile::exists(path(name)), qPrintable(name));
            QFile::remove(path(name));
        }
        QFile::remove(path(QStringLiteral("out.csv")));
    }

    void anImportKilledMidWriteLeavesNothingForLong()
    {
        // A large import killed while it writes leaves its temporary file;
        // the next command writing there removes it.
        const QString csv = path(QStringLiteral("big.csv"));
        {
            const core::Comparison big = testsupport::generated(400, 300);
            QVERIFY(core::store::save(path(QStringLiteral("big.tradeoff")), {big}).ok());
            const auto exported = tradeoff({QStringLiteral("export-csv"), QStringLiteral("big.tradeoff"),
                                            QStringLiteral("-o"), QStringLiteral("big.csv")},
                                           m_dir.path());
            QCOMPARE(exported.code, 0);
        }
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(TRADEOFF_EXE),
                {QStringLiteral("import-csv"), csv, QStringLiteral("-o"), QStringLiteral("killed.tradeoff")});
        QVERIFY(p.waitForStarted());
        auto leftovers = [&] {
            QStringList out;
            for (const QString &name : others({}))
                if (core::atomicfile::isTemporaryName(name))
                    out.append(name);
            return out;
        };
        QElapsedTimer waited;
        waited.start();
        while (leftovers().isEmpty() && p.state() == QProcess::Running && waited.elapsed() < 20000)
            QTest::qWait(5);
        if (p.state() != QProcess::Running)
            QSKIP("the import finished before it could be killed");
        p.kill(); // SIGKILL: no clean-up runs
        p.waitForFinished();
        QVERIFY(!leftovers().isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("killed.tradeoff"))));
        const auto next = tradeoff({QStringLiteral("import-csv"), QStringLiteral("big.csv"),
                                    QStringLiteral("-o"), QStringLiteral("killed.tradeoff")},
                                   m_dir.path());
        QCOMPARE(next.code, 0);
        QCOMPARE(leftovers(), QStringList());
        QVERIFY(core::store::load(path(QStringLiteral("killed.tradeoff"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"

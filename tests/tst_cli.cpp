#include "cli/cli.h"
#include "cli/command.h"
#include "cli/registry.h"
#include "core/database.h"
#include "core/method.h"
#include "core/store.h"
#include "testsupport.h"
#include "ui/analysispanel.h"
#include "ui/editor/comparisoneditor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {
using testsupport::Run;
using testsupport::tradeoff;

QJsonObject json(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "bad JSON:" << e.errorString() << r.out.left(400);
    return d.object();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void scoreBundledJson()
    {
        const Run r = tradeoff({QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o[QStringLiteral("method")].toString(), QStringLiteral("wsm"));
        QCOMPARE(o[QStringLiteral("normalization")].toString(), QStringLiteral("scale"));
        QCOMPARE(o[QStringLiteral("comparison")].toString(), QStringLiteral("Node.js vs Python (backend)"));
        const QJsonObject weights = o[QStringLiteral("weights")].toObject();
        QVERIFY(weights.size() >= 14);
        double sum = 0;
        for (const QJsonValue &w : weights)
            sum += w.toDouble();
        QVERIFY(qFuzzyCompare(sum, 1.0));
        const QJsonArray results = o[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject()[QStringLiteral("rank")].toInt(), 1);
        QVERIFY(results[0].toObject()[QStringLiteral("score")].toDouble() >=
                results[1].toObject()[QStringLiteral("score")].toDouble());
        QVERIFY(!o[QStringLiteral("verdict")].toObject()[QStringLiteral("headline")].toString().isEmpty());
    }

    void profilesDecideTheWinner_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("winner");
        QTest::newRow("real-time") << QStringLiteral("Real-time / high concurrency")
                                   << QStringLiteral("Node.js");
        QTest::newRow("ml") << QStringLiteral("ML / AI / data") << QStringLiteral("Python");
        QTest::newRow("full-stack") << QStringLiteral("Full-stack JavaScript team")
                                    << QStringLiteral("Node.js");
        QTest::newRow("automation") << QStringLiteral("Automation & scripting") << QStringLiteral("Python");
    }
    void profilesDecideTheWinner()
    {
        QFETCH(QString, profile);
        QFETCH(QString, winner);
        const Run r =
            tradeoff({QStringLiteral("score"), testsupport::bundledPath(), QStringLiteral("--profile"),
                      profile, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o[QStringLiteral("profile")].toString(), profile);
        QCOMPARE(o[QStringLiteral("results")].toArray()[0].toObject()[QStringLiteral("option")].toString(),
                 winner);
    }

    void explicitWeightsAndMethods()
    {
        for (const char *method : {"wsm", "wpm", "topsis", "promethee2", "vikor"}) {
            const Run r = tradeoff({QStringLiteral("score"), QStringLiteral("--weights"),
                                    QStringLiteral("Data & ML libraries=3,Full-stack JavaScript=1"),
                                    QStringLiteral("--method"), QString::fromLatin1(method),
                                    QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(r.code, 0);
            const QJsonObject o = json(r);
            QCOMPARE(o[QStringLiteral("method")].toString(), QString::fromLatin1(method));
            const QJsonObject w = o[QStringLiteral("weights")].toObject();
            QVERIFY(qFuzzyCompare(w[QStringLiteral("Data & ML libraries")].toDouble(), 0.75));
            QCOMPARE(w[QStringLiteral("Learning curve")].toDouble(), 0.0);
            QVERIFY(o[QStringLiteral("profile")].isNull());
            QCOMPARE(
                o[QStringLiteral("results")].toArray()[0].toObject()[QStringLiteral("option")].toString(),
                QStringLiteral("Python"));
        }
    }

    void vikorJson()
    {
        // Opricovic & Tzeng (2004), section 5: A2 is the compromise, both
        // conditions hold (see tst_engine for the figures by hand).
        const QString csv = m_dir.filePath(QStringLiteral("vikor.csv"));
        writeFile(
            csv,
            "option,Risk,Value\n@weight,1,1\n@direction,cost,benefit\nA1,1,3000\nA2,2,3750\nA3,5,4500\n");
        const Run r = tradeoff({QStringLiteral("score"), csv, QStringLiteral("--method"),
                                QStringLiteral("vikor"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QCOMPARE(o[QStringLiteral("method")].toString(), QStringLiteral("vikor"));
        QCOMPARE(o[QStringLiteral("normalization")].toString(), QStringLiteral("minmax"));
        QCOMPARE(o[QStringLiteral("variant")].toString(), QStringLiteral("v = 0.50"));
        const QJsonArray results = o[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 3);
        const QJsonObject first = results[0].toObject();
        QCOMPARE(first[QStringLiteral("option")].toString(), QStringLiteral("A2"));
        QCOMPARE(first[QStringLiteral("rank")].toInt(), 1);
        QCOMPARE(first[QStringLiteral("score")].toDouble(), 1.0);
        QCOMPARE(first[QStringLiteral("Q")].toDouble(), 0.0);
        QCOMPARE(first[QStringLiteral("S")].toDouble(), 0.375);
        QCOMPARE(first[QStringLiteral("R")].toDouble(), 0.25);
        QCOMPARE(results[1].toObject()[QStringLiteral("Q")].toDouble(), 1.0);
        const QJsonObject vikor = o[QStringLiteral("vikor")].toObject();
        QCOMPARE(vikor[QStringLiteral("v")].toDouble(), 0.5);
        QCOMPARE(vikor[QStringLiteral("dq")].toDouble(), 0.5);
        QVERIFY(vikor[QStringLiteral("acceptable_advantage")].toBool());
        QVERIFY(vikor[QStringLiteral("acceptable_stability")].toBool());
        QCOMPARE(vikor[QStringLiteral("compromise")].toArray(), (QJsonArray{QStringLiteral("A2")}));
        QVERIFY(o[QStringLiteral("rank_reversal")].isArray());
        // Other methods keep their keys and gain no VIKOR ones.
        const Run wsm =
            tradeoff({QStringLiteral("score"), csv, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(!json(wsm).contains(QStringLiteral("vikor")));
        QVERIFY(!json(wsm)[QStringLiteral("results")].toArray()[0].toObject().contains(QStringLiteral("Q")));
        // --vikor-v: v = 1 ranks by S alone, where A2 still leads.
        const Run v1 = tradeoff({QStringLiteral("score"), csv, QStringLiteral("--method"),
                                 QStringLiteral("vikor"), QStringLiteral("--vikor-v"), QStringLiteral("0.25"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(v1.code, 0);
        QCOMPARE(json(v1)[QStringLiteral("vikor")].toObject()[QStringLiteral("v")].toDouble(), 0.25);
        QCOMPARE(json(v1)[QStringLiteral("variant")].toString(), QStringLiteral("v = 0.25"));
        // The table names the variant as the JSON does.
        const Run table =
            tradeoff({QStringLiteral("score"), csv, QStringLiteral("--method"), QStringLiteral("vikor")});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("method: vikor · v = 0.50"), table.out.constData());
        QVERIFY2(table.out.contains("acceptable advantage holds"), table.out.constData());
        // A bad v is one line naming the option.
        const Run bad = tradeoff({QStringLiteral("score"), csv, QStringLiteral("--method"),
                                  QStringLiteral("vikor"), QStringLiteral("--vikor-v"), QStringLiteral("2")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("--vikor-v: '2' is not a number from 0 to 1"), bad.err.constData());
        QVERIFY(bad.err.contains(csv.toUtf8()));
        // Another method would ignore v: refused, not silently dropped.
        const Run other =
            tradeoff({QStringLiteral("score"), csv, QStringLiteral("--method"), QStringLiteral("topsis"),
                      QStringLiteral("--vikor-v"), QStringLiteral("0.3")});
        QCOMPARE(other.code, 1);
        QVERIFY2(other.err.contains("--vikor-v applies only to --method vikor"), other.err.constData());
        QVERIFY(other.out.isEmpty());
    }

    void rankReversalJson()
    {
        const QString csv = m_dir.filePath(QStringLiteral("reversal.csv"));
        writeFile(csv, "option,C1,C2\n@weight,1,1\nA,5,8\nB,7,8\nC,4,0\nD,0,5\n");
        const Run r =
            tradeoff({QStringLiteral("score"), csv, QStringLiteral("--normalization"),
                      QStringLiteral("minmax"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray reversals = json(r)[QStringLiteral("rank_reversal")].toArray();
        QVERIFY(json(r)[QStringLiteral("rank_reversal_checked")].toBool());
        QCOMPARE(reversals.size(), 1);
        const QJsonObject rr = reversals[0].toObject();
        QCOMPARE(rr[QStringLiteral("dropped")].toString(), QStringLiteral("B"));
        QCOMPARE(rr[QStringLiteral("order_before")].toArray(),
                 (QJsonArray{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("C")}));
        QCOMPARE(rr[QStringLiteral("order_after")].toArray(),
                 (QJsonArray{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
        const QJsonObject flip = rr[QStringLiteral("flipped")].toArray()[0].toObject();
        QCOMPARE(flip[QStringLiteral("was_above")].toString(), QStringLiteral("D"));
        QCOMPARE(flip[QStringLiteral("now_above")].toString(), QStringLiteral("C"));
        const QStringList details = json(r)[QStringLiteral("verdict")]
                                        .toObject()[QStringLiteral("details")]
                                        .toVariant()
                                        .toStringList();
        QVERIFY(details.contains(
            QStringLiteral("Rank reversal: without B the order of the others changes (C now above D).")));
        // The CSV's implied scale (0 to the largest value) moves with B too;
        // a declared 0..10 scale does not, and nothing reverses.
        const Run implied =
            tradeoff({QStringLiteral("score"), csv, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json(implied)[QStringLiteral("rank_reversal")].toArray().size(), 1);
        const QString fixed = m_dir.filePath(QStringLiteral("fixed.csv"));
        writeFile(fixed, "option,C1,C2\n@weight,1,1\n@min,0,0\n@max,10,10\nA,5,8\nB,7,8\nC,4,0\nD,0,5\n");
        const Run scale =
            tradeoff({QStringLiteral("score"), fixed, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(scale.code, 0);
        QCOMPARE(json(scale)[QStringLiteral("rank_reversal")].toArray().size(), 0);
    }

    void csvMatrixWithTie()
    {
        const QString csv = m_dir.filePath(QStringLiteral("tie.csv"));
        writeFile(csv, "option,Throughput,Memory use,Ecosystem\n@weight,0.5,0.2,0.3\n"
                       "@direction,benefit,cost,benefit\nNode.js,8,6,9\nPython,8,6,9\nGo,9,3,4\n");
        const Run r =
            tradeoff({QStringLiteral("score"), csv, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray results = json(r)[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 3);
        int ones = 0;
        for (const QJsonValue &v : results)
            ones += v.toObject()[QStringLiteral("rank")].toInt() == 1 ? 1 : 0;
        const int goRank = results[2].toObject()[QStringLiteral("rank")].toInt();
        // Either Node.js and Python tie for first, or they tie for second.
        QVERIFY(ones == 2 || (ones == 1 && goRank != 3));
        QVERIFY(json(r)[QStringLiteral("weights")].toObject().contains(QStringLiteral("Memory use")));

        const Run csvOut =
            tradeoff({QStringLiteral("score"), csv, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csvOut.code, 0);
        QVERIFY(csvOut.out.startsWith("rank,option,score\r\n"));
        QCOMPARE(csvOut.out.count('\n'), 4);
        const Run table = tradeoff({QStringLiteral("score"), csv});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("Go"));
    }

    void listJson()
    {
        const Run r = tradeoff({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray comparisons = json(r)[QStringLiteral("comparisons")].toArray();
        QCOMPARE(comparisons.size(), 1);
        const QJsonObject c = comparisons[0].toObject();
        QCOMPARE(c[QStringLiteral("name")].toString(), QStringLiteral("Node.js vs Python (backend)"));
        QCOMPARE(c[QStringLiteral("options")].toArray().size(), 2);
        QVERIFY(c[QStringLiteral("criteria")].toArray().size() >= 14);
        QVERIFY(c[QStringLiteral("profiles")].toArray().contains(QStringLiteral("ML / AI / data")));
        // Every comparison has a decision record; without one it is proposed.
        QCOMPARE(c[QStringLiteral("decision")].toObject(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("proposed")},
                              {QStringLiteral("superseded_by"), QJsonValue()},
                              {QStringLiteral("decided"), QJsonValue()},
                              {QStringLiteral("deciders"), QJsonArray()},
                              {QStringLiteral("consulted"), QJsonArray()},
                              {QStringLiteral("informed"), QJsonArray()}}));
    }

    void listShowsDecisionRecords()
    {
        core::Comparison old = testsupport::small();
        old.name = QStringLiteral("Old plan");
        old.decision.status = core::DecisionStatus::Superseded;
        old.decision.supersededBy = QStringLiteral("New plan");
        old.decision.decided = QDate(2025, 3, 1);
        old.decision.deciders = {QStringLiteral("Ada")};
        core::Comparison current = testsupport::small();
        current.name = QStringLiteral("New plan");
        const QString file = m_dir.filePath(QStringLiteral("records.tradeoff"));
        QVERIFY(core::store::save(file, {old, current}).ok());
        Run r = tradeoff({QStringLiteral("list"), file, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray comparisons = json(r)[QStringLiteral("comparisons")].toArray();
        QCOMPARE(comparisons.size(), 2);
        const QJsonObject record = comparisons[0].toObject()[QStringLiteral("decision")].toObject();
        QCOMPARE(record[QStringLiteral("status")].toString(), QStringLiteral("superseded"));
        QCOMPARE(record[QStringLiteral("superseded_by")].toString(), QStringLiteral("New plan"));
        QCOMPARE(record[QStringLiteral("decided")].toString(), QStringLiteral("2025-03-01"));
        QCOMPARE(record[QStringLiteral("deciders")].toArray(), QJsonArray{QStringLiteral("Ada")});
        QCOMPARE(comparisons[1].toObject()[QStringLiteral("decision")].toObject()[QStringLiteral("status")],
                 QStringLiteral("proposed"));
        // The table names the record only where there is one.
        r = tradeoff({QStringLiteral("list"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("  Decision: Superseded by New plan · 2025-03-01\n"), r.out.constData());
        QCOMPARE(r.out.count("Decision:"), 1);
    }

    void importValidateExport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("in.csv"));
        writeFile(csv, "option;Speed;Cost\n@weight;2;1\n@direction;benefit;cost\nA;8,5;3\nB;6;2\n");
        const QString db = m_dir.filePath(QStringLiteral("out.tradeoff"));
        Run r = tradeoff({QStringLiteral("import-csv"), csv, QStringLiteral("-o"), db});
        QCOMPARE(r.code, 0);
        r = tradeoff({QStringLiteral("validate"), db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("valid"));
        r = tradeoff({QStringLiteral("export-csv"), db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("A,8.5,3"));
        QVERIFY(r.out.contains("@direction,benefit,cost"));
        const QString back = m_dir.filePath(QStringLiteral("back.csv"));
        r = tradeoff({QStringLiteral("export-csv"), db, QStringLiteral("-o"), back});
        QCOMPARE(r.code, 0);
        r = tradeoff({QStringLiteral("score"), back, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(
            json(r)[QStringLiteral("results")].toArray()[0].toObject()[QStringLiteral("option")].toString(),
            QStringLiteral("A"));
        // --name is one line: a line break or a control character is refused
        // and nothing is written.
        const QString named = m_dir.filePath(QStringLiteral("named.tradeoff"));
        for (const QString &bad :
             {QStringLiteral("two\nlines"), QStringLiteral("bell\x07"),
              QString(QStringLiteral("two") + QChar(0x2028) + QStringLiteral("lines"))}) {
            r = tradeoff({QStringLiteral("import-csv"), csv, QStringLiteral("-o"), named,
                          QStringLiteral("--name"), bad});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("control characters"), r.err.constData());
            QVERIFY(!QFile::exists(named));
        }
        r = tradeoff({QStringLiteral("import-csv"), csv, QStringLiteral("-o"), named,
                      QStringLiteral("--name"), QStringLiteral("Café – 2026")});
        QCOMPARE(r.code, 0);
        r = tradeoff({QStringLiteral("list"), named});
        QVERIFY2(r.out.startsWith("Café – 2026\n"), r.out.constData());
    }

    void badInputOneLineAndUntouched_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.tradeoff"));
        writeFile(garbage, QByteArray(5000, '\x7f'));
        const QString ragged = m_dir.filePath(QStringLiteral("ragged.csv"));
        writeFile(ragged, "option,A,B\nX,1\n");
        const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
        writeFile(empty, "");
        QTest::newRow("garbage") << QStringList{QStringLiteral("score"), garbage} << 2;
        QTest::newRow("ragged csv") << QStringList{QStringLiteral("score"), ragged} << 2;
        QTest::newRow("empty csv") << QStringList{QStringLiteral("score"), empty} << 2;
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("score"), m_dir.filePath(QStringLiteral("no"))} << 2;
        QTest::newRow("directory") << QStringList{QStringLiteral("score"), m_dir.path()} << 2;
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("Nope")} << 1;
        QTest::newRow("unknown criterion")
            << QStringList{QStringLiteral("score"), QStringLiteral("--weights"), QStringLiteral("Speed=1")}
            << 1;
        QTest::newRow("nan weight") << QStringList{QStringLiteral("score"), QStringLiteral("--weights"),
                                                   QStringLiteral("Scalability=nan")}
                                    << 1;
        QTest::newRow("negative weight") << QStringList{QStringLiteral("score"), QStringLiteral("--weights"),
                                                        QStringLiteral("Scalability=-1")}
                                         << 1;
        QTest::newRow("every weight zero")
            << QStringList{QStringLiteral("score"), QStringLiteral("--weights"),
                           QStringLiteral("Scalability=0,Memory use=0")}
            << 1;
        QTest::newRow("weights past a double")
            << QStringList{QStringLiteral("score"), QStringLiteral("--weights"),
                           QStringLiteral("Scalability=1e308,Memory use=1e308")}
            << 1;
        QTest::newRow("bad method") << QStringList{QStringLiteral("score"), QStringLiteral("--method"),
                                                   QStringLiteral("magic")}
                                    << 1;
        for (const char *v : {"1.5", "-0.1", "nan", "inf", "half", ""})
            QTest::addRow("vikor-v '%s'", v)
                << QStringList{QStringLiteral("score"), QStringLiteral("--method"), QStringLiteral("vikor"),
                               QStringLiteral("--vikor-v"), QString::fromLatin1(v)}
                << 1;
        QTest::newRow("bad format") << QStringList{QStringLiteral("score"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 1;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("score"), QStringLiteral("--frob")} << 1;
        const QString emptyDb = m_dir.filePath(QStringLiteral("empty.tradeoff"));
        {
            core::Comparison nothing;
            nothing.name = QStringLiteral("Nothing yet");
            QVERIFY(core::store::save(emptyDb, {nothing}).ok());
        }
        QTest::newRow("empty comparison") << QStringList{QStringLiteral("score"), emptyDb} << 2;
        QTest::newRow("empty comparison report")
            << QStringList{QStringLiteral("report"), emptyDb, QStringLiteral("-o"),
                           m_dir.filePath(QStringLiteral("e.md"))}
            << 2;
        QTest::newRow("validate garbage") << QStringList{QStringLiteral("validate"), garbage} << 2;
        QTest::newRow("unwritable output")
            << QStringList{QStringLiteral("import-csv"), ragged, QStringLiteral("-o"),
                           QStringLiteral("/proc/x.tradeoff")}
            << 2;
        QTest::newRow("export to unwritable")
            << QStringList{QStringLiteral("export-csv"), QStringLiteral("-o"),
                           QStringLiteral("/proc/nope/x.csv")}
            << 3;
    }
    void badInputOneLineAndUntouched()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QMap<QString, QByteArray> before;
        for (const QString &a : args) {
            if (QFileInfo(a).isFile())
                before.insert(a, testsupport::fileDigest(a));
        }
        const Run r = tradeoff(args);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        const QByteArray err = r.err.trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains('\n'), err.constData());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(testsupport::fileDigest(it.key()), it.value());
    }

    void sensitivityJson()
    {
        const Run r = tradeoff({QStringLiteral("sensitivity"), QStringLiteral("--samples"),
                                QStringLiteral("4000"), QStringLiteral("--seed"), QStringLiteral("7"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        const QJsonArray stability = o[QStringLiteral("stability")].toArray();
        QVERIFY(stability.size() >= 14);
        for (const QJsonValue &v : stability) {
            const QJsonObject i = v.toObject();
            QVERIFY(i[QStringLiteral("lower")].toDouble() <= i[QStringLiteral("weight")].toDouble() + 1e-12);
            QVERIFY(i[QStringLiteral("weight")].toDouble() <= i[QStringLiteral("upper")].toDouble() + 1e-12);
        }
        QVERIFY(!o[QStringLiteral("crossovers")].toArray().isEmpty());
        const QJsonObject acceptability = o[QStringLiteral("acceptability")].toObject();
        QCOMPARE(acceptability[QStringLiteral("samples")].toInt(), 4000);
        double first = 0;
        for (const QJsonValue &v : acceptability[QStringLiteral("ranks")].toArray())
            first += v.toObject()[QStringLiteral("first")].toDouble();
        QVERIFY(qFuzzyCompare(first, 1.0));
        // One ranking per row of the method table, each naming its variant.
        const QJsonArray methods = o[QStringLiteral("methods")].toArray();
        QCOMPARE(methods.size(), qsizetype(core::methods().size()));
        QCOMPARE(
            methods[core::methodIndex(core::Method::Vikor)].toObject()[QStringLiteral("variant")].toString(),
            QStringLiteral("v = 0.50"));
        QCOMPARE(o[QStringLiteral("kendall_tau")]
                     .toObject()[QStringLiteral("wsm")]
                     .toObject()[QStringLiteral("wsm")]
                     .toDouble(),
                 1.0);
        // Same seed, same numbers.
        const Run again = tradeoff({QStringLiteral("sensitivity"), QStringLiteral("--samples"),
                                    QStringLiteral("4000"), QStringLiteral("--seed"), QStringLiteral("7"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json(again)[QStringLiteral("acceptability")], o[QStringLiteral("acceptability")]);
    }

    void sensitivityJsonOfALargeComparison()
    {
        // Past core::json::kLargeCells the JSON is compact and its rank
        // acceptability written without QJsonDocument: the bytes must be the
        // ones Qt writes for the same values, names with quotes, backslashes
        // and accents included.
        const int options = 110;
        const int criteria = 200;
        QByteArray csv = "option";
        for (int j = 0; j < criteria; ++j)
            csv += ",C" + QByteArray::number(j);
        csv += "\n";
        for (int i = 0; i < options; ++i) {
            csv += i == 0   ? QByteArray("\"Say \"\"hi\"\" \\ \xc3\xbc\"")
                   : i == 1 ? QByteArray("Option \xc3\xa9")
                            : "O" + QByteArray::number(i);
            for (int j = 0; j < criteria; ++j)
                csv += ',' + QByteArray::number((i * 7 + j * 13) % 11);
            csv += '\n';
        }
        const QString file = m_dir.filePath(QStringLiteral("large.csv"));
        writeFile(file, csv);
        const Run r = tradeoff({QStringLiteral("sensitivity"), file, QStringLiteral("--samples"),
                                QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("3"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(r.out, parsed.toJson(QJsonDocument::Compact));
        const QJsonObject acceptability = parsed.object()[QStringLiteral("acceptability")].toObject();
        QCOMPARE(acceptability[QStringLiteral("samples")].toInt(), 300);
        const QJsonArray ranks = acceptability[QStringLiteral("ranks")].toArray();
        QCOMPARE(ranks.size(), options);
        QCOMPARE(ranks[0].toObject()[QStringLiteral("option")].toString(),
                 QString::fromUtf8("Say \"hi\" \\ \xc3\xbc"));
        double first = 0;
        for (const QJsonValue &v : ranks) {
            const QJsonArray shares = v.toObject()[QStringLiteral("shares")].toArray();
            QCOMPARE(shares.size(), options);
            double row = 0;
            for (const QJsonValue &share : shares)
                row += share.toDouble();
            QVERIFY(std::abs(row - 1.0) < 1e-9);
            QCOMPARE(v.toObject()[QStringLiteral("first")].toDouble(), shares[0].toDouble());
            first += shares[0].toDouble();
        }
        // Every sample has a first; equal rows (every eleventh) share it.
        QVERIFY(first > 1.0 - 1e-9);
    }

    void sensitivityJsonWithScoreRanges()
    {
        // Score ranges: the Monte Carlo draws them, SMAA-2 adds central
        // weights and confidence factors, and a score-only run says whether
        // the ranges can change the winner; the same seed gives the same.
        const QString csv = m_dir.filePath(QStringLiteral("ranges.csv"));
        writeFile(csv, "option,Throughput,Memory use,Ecosystem\n@weight,0.4,0.2,0.4\n"
                       "@direction,benefit,cost,benefit\n@min,0,0,0\n@max,10,10,10\n"
                       "Node.js,7..8..9,6,9\nPython,5..7..10,4..5..7,9\nGo,2,8,3\n");
        const QStringList args{QStringLiteral("sensitivity"), csv,
                               QStringLiteral("--samples"),   QStringLiteral("5000"),
                               QStringLiteral("--format"),    QStringLiteral("json")};
        const Run r = tradeoff(args);
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        const QJsonObject a = o[QStringLiteral("acceptability")].toObject();
        QCOMPARE(a[QStringLiteral("uncertain_scores")].toInt(), 3);
        QCOMPARE(a[QStringLiteral("confidence_samples")].toInt(), 5000);
        const QJsonObject central = a[QStringLiteral("central_weights")].toObject();
        QVERIFY(central[QStringLiteral("Go")].isNull()); // dominated: never first
        QVERIFY(a[QStringLiteral("confidence")].toObject()[QStringLiteral("Go")].isNull());
        double sum = 0;
        for (const QJsonValue &w : central[QStringLiteral("Node.js")].toObject())
            sum += w.toDouble();
        QVERIFY(std::abs(sum - 1.0) < 1e-6);
        const double confidence =
            a[QStringLiteral("confidence")].toObject()[QStringLiteral("Python")].toDouble();
        QVERIFY(confidence > 0 && confidence <= 1);
        const QJsonObject u = o[QStringLiteral("score_uncertainty")].toObject();
        QCOMPARE(u[QStringLiteral("ranges")].toInt(), 3);
        QCOMPARE(u[QStringLiteral("winner")].toString(), QStringLiteral("Node.js"));
        QCOMPARE(u[QStringLiteral("challenger")].toString(), QStringLiteral("Python"));
        QVERIFY(u[QStringLiteral("can_change_winner")].toBool());
        const double other = u[QStringLiteral("other_wins")].toDouble();
        QVERIFY(other > 0.05 && other < 0.95);
        const QString headline = QStringLiteral("The score ranges can change the winner: Python wins in");
        bool said = false;
        for (const QJsonValue &line :
             o[QStringLiteral("verdict")].toObject()[QStringLiteral("details")].toArray())
            said = said || line.toString().startsWith(headline);
        QVERIFY(said);
        QCOMPARE(json(tradeoff(args))[QStringLiteral("acceptability")], o[QStringLiteral("acceptability")]);
        // The table shows the central weights.
        const Run table = tradeoff(
            {QStringLiteral("sensitivity"), csv, QStringLiteral("--samples"), QStringLiteral("2000")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("SMAA-2 central weights and confidence factors (3 score ranges"));
    }

    void ahpCommand()
    {
        const QString csv = m_dir.filePath(QStringLiteral("pairwise.csv"));
        writeFile(csv, ",Speed,Cost,Ecosystem\nSpeed,1,3,5\nCost,,1,3\nEcosystem,,,1\n");
        const Run r =
            tradeoff({QStringLiteral("ahp"), csv, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r);
        QVERIFY(std::abs(o[QStringLiteral("priorities")].toObject()[QStringLiteral("Speed")].toDouble() -
                         0.637) < 5e-4);
        QVERIFY(o[QStringLiteral("consistent")].toBool());
        QCOMPARE(o[QStringLiteral("random_index")].toDouble(), 0.58);
        const QString bad = m_dir.filePath(QStringLiteral("transposed.csv"));
        writeFile(bad, ",A,B\nA,1,3\nB,3,1\n");
        const Run refused = tradeoff({QStringLiteral("ahp"), bad});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains("transposed"));
        // Priorities are given per name: a name twice, or none, would lose one.
        const QList<std::pair<QByteArray, QByteArray>> unnamed{{",A,A\nA,1,3\nA,,1\n", "'A' is named twice"},
                                                               {",A,\nA,1,3\n,,1\n", "column 3 has no name"}};
        for (const auto &[text, reason] : unnamed) {
            const QString file = m_dir.filePath(QStringLiteral("unnamed.csv"));
            writeFile(file, text);
            const Run r2 =
                tradeoff({QStringLiteral("ahp"), file, QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(r2.code, 2);
            QVERIFY2(r2.err.contains(reason), r2.err.constData());
            QVERIFY(r2.out.isEmpty());
        }
    }

    void germanTranslationIsLoaded()
    {
        const Run r = tradeoff({QStringLiteral("score"), QStringLiteral("--language"), QStringLiteral("de")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Punktzahl"), r.out.constData());
        QVERIFY(r.out.contains("auf Platz 1"));
        // --language before the command is the same command (it opened the
        // window), and a language Tradeoff does not ship is a usage error.
        const Run before =
            tradeoff({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("score")});
        QCOMPARE(before.code, 0);
        QVERIFY2(before.out.contains("auf Platz 1"), before.out.constData());
        const Run missing = tradeoff({QStringLiteral("--language"), QStringLiteral("fr"),
                                      QStringLiteral("score"), m_dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.code, 2);
        QCOMPARE(missing.err.count('\n'), 1);
        // A locale of a shipped language is that language.
        const Run regional =
            tradeoff({QStringLiteral("score"), QStringLiteral("--language"), QStringLiteral("de_AT")});
        QCOMPARE(regional.code, 0);
        QVERIFY(regional.out.contains("auf Platz 1"));
        const Run unknown =
            tradeoff({QStringLiteral("score"), QStringLiteral("--language"), QStringLiteral("xx")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("unknown language 'xx' (expected en, de, fr, es)"),
                 unknown.err.constData());
        QVERIFY(unknown.out.isEmpty());
    }

    // The registry is the one list of commands: each is in --help and runs
    // headless even where a file carries its name.
    void everyCommandIsInHelpAndHeadless()
    {
        QStringList names;
        for (const cli::Command *command : cli::commands())
            names.append(command->name());
        for (const char *documented :
             {"score", "report", "sensitivity", "ahp", "list", "validate", "import-csv", "export-csv"})
            QVERIFY2(names.contains(QLatin1String(documented)), documented);
        const Run help = tradeoff({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString before = QDir::currentPath();
        const auto restore = qScopeGuard([&before] { QDir::setCurrent(before); });
        QVERIFY(QDir::setCurrent(folder.path()));
        for (const QString &name : names) {
            QVERIFY2(help.out.contains(QStringLiteral("  tradeoff %1 ").arg(name).toUtf8()),
                     qPrintable(name));
            writeFile(name, "a file named like the command\n");
            QVERIFY2(cli::isHeadless({QStringLiteral("tradeoff"), name}), qPrintable(name));
            QVERIFY2(cli::isHeadless(
                         {QStringLiteral("tradeoff"), name, QStringLiteral("-o"), QStringLiteral("x")}),
                     qPrintable(name));
            // The executable agrees: the command answers, no window is tried.
            const Run r = tradeoff({name, QStringLiteral("--frob")}, folder.path());
            QCOMPARE(r.code, int(cli::UsageError));
            QCOMPARE(r.err, QByteArray("tradeoff: unknown option --frob\n"));
        }
        QVERIFY(cli::paints({QStringLiteral("tradeoff"), QStringLiteral("report")}));
        QVERIFY(!cli::paints({QStringLiteral("tradeoff"), QStringLiteral("score")}));
        QVERIFY(!cli::isHeadless({QStringLiteral("tradeoff"), testsupport::bundledPath()}));
    }

    // --help's window options name the tabs and editor pages the window accepts.
    void helpNamesTheWindowsTabs()
    {
        const QString help = cli::helpText();
        QVERIFY(help.contains(QLatin1String("--tab ") + ui::AnalysisPanel::tabKeys().join(QLatin1Char('|'))));
        QVERIFY(help.contains(QLatin1String("--editor ") +
                              ui::ComparisonEditor::tabKeys().join(QLatin1Char('|'))));
    }

    void commandNamedLikeAFileRunsHeadless_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("written");
        QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("-o"),
                                               QStringLiteral("out.md")}
                                << QStringLiteral("out.md");
        QTest::newRow("sensitivity") << QStringList{QStringLiteral("sensitivity"),
                                                    QStringLiteral("--samples"), QStringLiteral("200"),
                                                    QStringLiteral("--format"), QStringLiteral("json")}
                                     << QString();
        // The file named "ahp" is the pairwise matrix itself.
        QTest::newRow("ahp") << QStringList{QStringLiteral("ahp"), QStringLiteral("ahp"),
                                            QStringLiteral("-f"), QStringLiteral("json")}
                             << QString();
    }
    void commandNamedLikeAFileRunsHeadless()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, written);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        writeFile(folder.filePath(args.first()), ",Speed,Cost\nSpeed,1,3\nCost,,1\n");
        const Run r = tradeoff(args, folder.path());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        if (written.isEmpty()) {
            QVERIFY(!json(r).isEmpty());
        } else {
            QFile out(folder.filePath(written));
            QVERIFY(out.open(QIODevice::ReadOnly));
            QVERIFY(out.readAll().contains("Node.js"));
        }
    }

    void optionErrorsNameTheOptionAsWritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown long") << QStringList{QStringLiteral("score"), QStringLiteral("--frob")}
                                      << QByteArray("tradeoff: unknown option --frob");
        QTest::newRow("unknown with value") << QStringList{QStringLiteral("list"), QStringLiteral("--frob=1")}
                                            << QByteArray("tradeoff: unknown option --frob");
        QTest::newRow("unknown short") << QStringList{QStringLiteral("report"), QStringLiteral("-z"),
                                                      QStringLiteral("-o"), QStringLiteral("x.md")}
                                       << QByteArray("tradeoff: unknown option -z");
        QTest::newRow("alias the command lacks")
            << QStringList{QStringLiteral("export-csv"), QStringLiteral("-f"), QStringLiteral("csv")}
            << QByteArray("tradeoff: unknown option -f");
        QTest::newRow("no options") << QStringList{QStringLiteral("validate"), QStringLiteral("x"),
                                                   QStringLiteral("--format"), QStringLiteral("json")}
                                    << QByteArray("tradeoff: unknown option --format");
        QTest::newRow("missing value") << QStringList{QStringLiteral("sensitivity"), QStringLiteral("--seed")}
                                       << QByteArray("tradeoff: option --seed needs a value");
        QTest::newRow("missing value short") << QStringList{QStringLiteral("report"), QStringLiteral("-o")}
                                             << QByteArray("tradeoff: option -o needs a value");
        QTest::newRow("missing format")
            << QStringList{QStringLiteral("ahp"), QStringLiteral("x.csv"), QStringLiteral("-f")}
            << QByteArray("tradeoff: option -f needs a value");
    }
    void optionErrorsNameTheOptionAsWritten()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = tradeoff(args);
        QCOMPARE(r.code, int(cli::UsageError));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, message + '\n');
    }

    void shortAliasesAndDash()
    {
        Run r = tradeoff({QStringLiteral("score"), QStringLiteral("-f"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r)[QStringLiteral("method")].toString(), QStringLiteral("wsm"));
        const QString md = m_dir.filePath(QStringLiteral("alias.md"));
        r = tradeoff({QStringLiteral("report"), QStringLiteral("-o"), md});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo(md).size() > 0);
        // "-" is a positional argument: the output of export-csv (stdout),
        // the input of score (no such file).
        r = tradeoff({QStringLiteral("export-csv"), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("option,"));
        r = tradeoff({QStringLiteral("score"), QStringLiteral("-")});
        QCOMPARE(r.code, int(cli::InputError));
        QVERIFY2(r.err.startsWith("-: "), r.err.constData());
    }

    void aFullStandardOutputIsAFailedWrite_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString bundled = testsupport::bundledPath();
        QTest::newRow("export-csv") << QStringList{QStringLiteral("export-csv"), bundled};
        QTest::newRow("score json") << QStringList{QStringLiteral("score"), bundled,
                                                   QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("list") << QStringList{QStringLiteral("list"), bundled};
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), bundled};
        QTest::newRow("help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("version") << QStringList{QStringLiteral("--version")};
    }

    void aFullStandardOutputIsAFailedWrite()
    {
        // `export-csv` without -o writes the matrix to standard output: when
        // it cannot arrive (a full disk behind it), that is exit code 3 with
        // "disk full", as for a file, not a success with the data lost.
        QFETCH(QStringList, args);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(TRADEOFF_EXE), args);
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 3);
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.contains("standard output: disk full"), err.constData());
    }

    void validateNamesWhatItRead()
    {
        // A JSON comparison is not called a CSV matrix.
        const QString json = m_dir.filePath(QStringLiteral("validate.json"));
        QCOMPARE(
            tradeoff({QStringLiteral("report"), testsupport::bundledPath(), QStringLiteral("-o"), json}).code,
            0);
        Run r = tradeoff({QStringLiteral("validate"), json});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("valid JSON comparison (2 options, 17 criteria)"), r.out.constData());
        const QString csv = m_dir.filePath(QStringLiteral("validate.csv"));
        writeFile(csv, "option,Speed\nA,1\nB,2\n");
        r = tradeoff({QStringLiteral("validate"), csv});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("valid CSV decision matrix (2 options, 1 criterion)"), r.out.constData());
        // A JSON comparison under a CSV's name is read, and named, as JSON.
        const QString renamed = m_dir.filePath(QStringLiteral("json-named.csv"));
        QVERIFY(QFile::copy(json, renamed));
        r = tradeoff({QStringLiteral("validate"), renamed});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("valid JSON comparison (2 options, 17 criteria)"), r.out.constData());
        r = tradeoff({QStringLiteral("score"), renamed, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        // JSON that is not a comparison says so, under any name.
        const QString other = m_dir.filePath(QStringLiteral("other.csv"));
        writeFile(other, "{\"x\": 1}\n");
        r = tradeoff({QStringLiteral("score"), other});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not a Tradeoff comparison"), r.err.constData());
        // A CSV whose first cell starts with a brace is still a CSV.
        const QString brace = m_dir.filePath(QStringLiteral("brace.csv"));
        writeFile(brace, "{x},Speed\nA,1\nB,2\n");
        QCOMPARE(tradeoff({QStringLiteral("score"), brace}).code, 0);
    }

    void englishCountsReadInTheSingularAndPlural()
    {
        // English ships only its plural forms: without them a count reads
        // "1 comparison(s)".  In English, and in a language Tradeoff does
        // not ship (the C locale, Japanese), whose texts are English.
        const Run en = tradeoff({QStringLiteral("validate"), testsupport::bundledPath()});
        QCOMPARE(en.code, 0);
        QVERIFY2(en.out.contains(", 1 comparison)"), en.out.constData());
        for (const char *locale : {"C", "ja_JP.UTF-8"}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("LANGUAGE"));
            env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
            env.insert(QStringLiteral("LANG"), QString::fromLatin1(locale));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(TRADEOFF_EXE), {QStringLiteral("score"), testsupport::bundledPath()});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(!out.contains("(s)"), out.constData());
            QVERIFY2(out.contains("2 scores missing"), out.constData());
            QVERIFY2(out.contains("Sources disagree on 9 scores."), out.constData());
        }
    }

    void outputsGoThroughLinksAndSpareReadOnlyFiles()
    {
        // Renaming over a file needs only the folder's permission: a file
        // its owner made read-only must not be replaced, whoever runs the
        // command (root, who could write it anyway, is refused too: the
        // window treats such a file as read-only).
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        writeFile(csv, "option,Speed\nA,1\nB,2\n");
        const QFileDevice::Permissions readOnly =
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        for (const QString &name :
             {QStringLiteral("kept.tradeoff"), QStringLiteral("kept.csv"), QStringLiteral("kept.html")}) {
            const QString target = dir.filePath(name);
            writeFile(target, "the owner's");
            QVERIFY(QFile::setPermissions(target, readOnly));
            const QString command = name.endsWith(QLatin1String(".tradeoff")) ? QStringLiteral("import-csv")
                                    : name.endsWith(QLatin1String(".csv"))    ? QStringLiteral("export-csv")
                                                                              : QStringLiteral("report");
            const Run r = tradeoff({command, csv, QStringLiteral("-o"), target});
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains("read-only"), r.err.constData());
            QFile f(target);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("the owner's"));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1 + 1);
            f.close();
            QFile::remove(target);
        }
        // A link is written through: the file it names gets the matrix, the
        // link stays a link, and the mode of the file is kept.
        const QString real = dir.filePath(QStringLiteral("real.csv"));
        writeFile(real, "old");
        QVERIFY(QFile::setPermissions(real, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup));
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(QFile::link(real, link));
        const Run r = tradeoff({QStringLiteral("export-csv"), csv, QStringLiteral("-o"), link});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo(link).isSymLink());
        QFile f(real);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("option,Speed"));
        QCOMPARE(QFile::permissions(real) &
                     (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    }

    void sensitivityRefusesAConcentrationBeyondItsRange()
    {
        // Beyond a million the draws are the current weights anyway; at
        // 1e308 the gamma draws overflowed and printed nonsense.
        for (const char *k : {"1e308", "inf", "-1", "1000001", "x"}) {
            const Run r = tradeoff({QStringLiteral("sensitivity"), testsupport::bundledPath(),
                                    QStringLiteral("--concentration"), QString::fromLatin1(k),
                                    QStringLiteral("--samples"), QStringLiteral("100")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("up to 1000000"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        const Run near = tradeoff({QStringLiteral("sensitivity"), testsupport::bundledPath(),
                                   QStringLiteral("--concentration"), QStringLiteral("1000000"),
                                   QStringLiteral("--samples"), QStringLiteral("200"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(near.code, 0);
        // Every central weight stays near the current (equal) weights.
        const QJsonObject central = json(near)[QStringLiteral("acceptability")]
                                        .toObject()[QStringLiteral("central_weights")]
                                        .toObject()[QStringLiteral("Node.js")]
                                        .toObject();
        QCOMPARE(central.size(), 17);
        for (const QJsonValue &w : central)
            QVERIFY(std::abs(w.toDouble() - 1.0 / 17) < 1e-3);
    }

    void screenshotWritesThePictureOrOneLineWhyNot()
    {
        // --screenshot works without a display and prints nothing but an
        // error: the picture at the asked size, or one line naming the file.
        const QString png = m_dir.filePath(QStringLiteral("window.png"));
        Run r = tradeoff(
            {QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1100x560")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QImage picture(png);
        QCOMPARE(picture.size(), QSize(1100, 560));

        r = tradeoff({QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("nowhere/window.png"))});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());

        const QString damaged = m_dir.filePath(QStringLiteral("shot-damaged.tradeoff"));
        QFile bundled(testsupport::bundledPath());
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        writeFile(damaged, bundled.read(3000));
        r = tradeoff(
            {damaged, QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("damaged.png"))});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.err.count("shot-damaged.tradeoff"), 1);
        QVERIFY2(r.err.startsWith(QByteArray(damaged.toUtf8() + " cannot be opened: ")), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("damaged.png"))));
    }

    void screenshotNamesTheFileAsGivenInEveryLanguage()
    {
        // The window's message names a file by its name; a screenshot run's
        // line names it as given, whatever the language's wording.
        const QString damaged = m_dir.filePath(QStringLiteral("shot-damaged-fr.tradeoff"));
        QFile bundled(testsupport::bundledPath());
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        writeFile(damaged, bundled.read(3000));
        for (const char *language : {"fr", "es", "de"}) {
            const Run r =
                tradeoff({QStringLiteral("--language"), QString::fromLatin1(language), damaged,
                          QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("fr.png"))});
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains(damaged.toUtf8()), r.err.constData());
        }
    }

    void validateSaysItsProblemsOnOneLine()
    {
        // Seven scores outside their 0-10 scale: exit code 4, one line with
        // the first five and how many more.
        const QString file = m_dir.filePath(QStringLiteral("offscale.tradeoff"));
        QFile::remove(file);
        QVERIFY(QFile::copy(testsupport::bundledPath(), file));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            auto db = core::Database::open(file, core::Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->execScript(
                            QStringLiteral("PRAGMA ignore_check_constraints = ON; UPDATE score SET value "
                                           "= 99 WHERE id IN (SELECT id FROM score ORDER BY id LIMIT 7)"))
                        .ok());
        }
        const Run r = tradeoff({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 4);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith(QByteArray(file.toUtf8() + ": ")), r.err.constData());
        QCOMPARE(r.err.count("is outside its scale 0 to 10"), 5);
        QVERIFY2(r.err.trimmed().endsWith("; and 2 more"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void aHugeFileNameIsCutInItsErrorLine()
    {
        // 5,000 characters of folder names: the error stays a short line
        // with both ends of the name.
        const QString huge = m_dir.filePath(QString(5000, QLatin1Char('d')) + QStringLiteral("/matrix.csv"));
        const Run r = tradeoff({QStringLiteral("score"), huge});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.size() < 600, r.err.left(200).constData());
        QVERIFY(r.err.startsWith(m_dir.path().toUtf8()));
        QVERIFY(r.err.contains("ddd…ddd") && r.err.contains("/matrix.csv: "));
        // Cut between characters, never inside one (an emoji is two UTF-16 units).
        QString emoji;
        for (int i = 0; i < 3001; ++i)
            emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
        const Run e = tradeoff(
            {QStringLiteral("score"), m_dir.filePath(QLatin1Char('x') + emoji + QStringLiteral(".csv"))});
        QCOMPARE(e.code, 2);
        QVERIFY(!QString::fromUtf8(e.err).contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(e.err.contains("\xF0\x9F\x98\x80…\xF0\x9F\x98\x80"));
    }

    void versionAndHelp()
    {
        Run r = tradeoff({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("tradeoff " TRADEOFF_VERSION));
        r = tradeoff({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word :
             {"score", "list", "validate", "import-csv", "export-csv", "Exit codes", "--screenshot"})
            QVERIFY2(r.out.contains(word), word);
    }

    void everyCommandRefusesWhatIsNotAFile()
    {
        // A named pipe (and a folder) given as FILE: every command answers at
        // once with one line and exit 2, none waits for a writer.
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.tradeoff"));
        QFile::remove(fifo);
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        const QString out = m_dir.filePath(QStringLiteral("from-pipe.out"));
        const QList<QStringList> commands{
            {QStringLiteral("score"), fifo},
            {QStringLiteral("list"), fifo},
            {QStringLiteral("validate"), fifo},
            {QStringLiteral("sensitivity"), fifo, QStringLiteral("--samples"), QStringLiteral("100")},
            {QStringLiteral("ahp"), fifo},
            {QStringLiteral("import-csv"), fifo, QStringLiteral("-o"), out},
            {QStringLiteral("export-csv"), fifo, QStringLiteral("-o"), out},
            {QStringLiteral("report"), fifo, QStringLiteral("-o"), out + QStringLiteral(".md")},
            {QStringLiteral("score"), m_dir.path()},
        };
        for (const QStringList &args : commands) {
            QElapsedTimer timer;
            timer.start();
            const Run r = tradeoff(args);
            QVERIFY2(timer.elapsed() < 10000, qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains("named pipe") || r.err.contains("directory"), r.err.constData());
        }
        QVERIFY(!QFile::exists(out));
        QFile::remove(fifo);
    }

    void aDamagedFileIsOneLineForEveryCommand()
    {
        // SQLite reports damage over several lines; the contract is one.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.tradeoff"));
        QFile::remove(damaged);
        QVERIFY(QFile::copy(testsupport::bundledPath(), damaged));
        QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096)); // the second page: a b-tree page header made nonsense
            f.write(QByteArray("\x0d\x00\x00\x00\x05", 5) + QByteArray(400, '\xfe'));
        }
        const QByteArray before = testsupport::fileDigest(damaged);
        for (const char *command : {"score", "validate", "list", "report"}) {
            QStringList args{QLatin1String(command), damaged};
            if (qstrcmp(command, "report") == 0)
                args << QStringLiteral("-o") << m_dir.filePath(QStringLiteral("damaged.md"));
            const Run r = tradeoff(args);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.err.contains("damaged") && !r.err.contains("***"), r.err.constData());
        }
        QCOMPARE(testsupport::fileDigest(damaged), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

#include "core/csvmatrix.h"
#include "core/engine.h"
#include "testsupport.h"

#include <QTest>

using namespace core;

class TestCsv final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contractExample()
    {
        const QByteArray data = "option,Throughput,Memory use,Ecosystem\n"
                                "@weight,0.5,0.2,0.3\n"
                                "@direction,benefit,cost,benefit\n"
                                "Node.js,8,6,9\n"
                                "Python,6,5,9\n";
        auto c = csv::parse(data, QStringLiteral("example"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error()));
        QCOMPARE(c->optionCount(), 2);
        QCOMPARE(c->criterionCount(), 3);
        QCOMPARE(c->criteria[1].direction, Direction::Cost);
        QCOMPARE(c->profiles.first().weights, (QVector<double>{0.5, 0.2, 0.3}));
        QCOMPARE(*c->value(1, 0), 6.0);
    }

    void spreadsheetDialects_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray plain = "option,Speed,Cost\n@weight,2,1\n@direction,benefit,cost\nA,8.5,3\nB,6,2\n";
        QTest::newRow("plain") << plain;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") + plain;
        QByteArray crlf = plain;
        crlf.replace("\n", "\r\n");
        QTest::newRow("crlf") << crlf;
        QTest::newRow("quoted") << QByteArray("\"option\",\"Speed\",\"Cost\"\r\n\"@weight\",\"2\",\"1\"\r\n@"
                                              "direction,benefit,cost\r\n\"A\",\"8.5\",3\r\nB,6,2");
        QTest::newRow("semicolon decimal comma")
            << QByteArray("option;Speed;Cost\n@weight;2;1\n@direction;benefit;cost\nA;8,5;3\nB;6;2\n");
        QTest::newRow("blank lines and spaces") << QByteArray(
            "\noption, Speed , Cost\n\n@weight, 2, 1\n@direction, benefit, cost\nA, 8.5, 3\nB, 6, 2\n\n");
    }
    void spreadsheetDialects()
    {
        QFETCH(QByteArray, data);
        auto c = csv::parse(data, QStringLiteral("m"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error()));
        QCOMPARE(c->criteria[0].name, QStringLiteral("Speed"));
        QCOMPARE(c->options[0].name, QStringLiteral("A"));
        QCOMPARE(*c->value(0, 0), 8.5);
        QCOMPARE(c->criteria[1].direction, Direction::Cost);
        QCOMPARE(c->profiles.first().weights, (QVector<double>{2, 1}));
    }

    void quotedFieldsKeepCommasAndQuotes()
    {
        auto c =
            csv::parse("option,\"Speed, raw\",\"Say \"\"hi\"\"\"\n\"Node, JS\",1,2\n", QStringLiteral("q"));
        QVERIFY(c.ok());
        QCOMPARE(c->criteria[0].name, QStringLiteral("Speed, raw"));
        QCOMPARE(c->criteria[1].name, QStringLiteral("Say \"hi\""));
        QCOMPARE(c->options[0].name, QStringLiteral("Node, JS"));
    }

    void emptyCellIsMissing()
    {
        auto c = csv::parse("option,A,B\nX,1,\nY,,2\n", QStringLiteral("m"));
        QVERIFY(c.ok());
        QVERIFY(!c->value(0, 1));
        QVERIFY(!c->value(1, 0));
        QCOMPARE(c->profiles.first().name, QStringLiteral("Equal weights"));
    }

    void badInputIsRefusedWithLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("ragged") << QByteArray("option,A,B\nX,1,2\nY,1\n") << QStringLiteral("line 3");
        QTest::newRow("text in number") << QByteArray("option,A\nX,fast\n") << QStringLiteral("line 2");
        QTest::newRow("nan") << QByteArray("option,A\nX,nan\n") << QStringLiteral("not a finite number");
        QTest::newRow("inf") << QByteArray("option,A\nX,inf\n") << QStringLiteral("not a finite number");
        QTest::newRow("huge") << QByteArray("option,A\nX,1e400\n") << QStringLiteral("not a finite number");
        QTest::newRow("negative weight")
            << QByteArray("option,A\n@weight,-1\nX,1\n") << QStringLiteral("negative");
        QTest::newRow("bad direction")
            << QByteArray("option,A\n@direction,up\nX,1\n") << QStringLiteral("benefit");
        QTest::newRow("duplicate option") << QByteArray("option,A\nX,1\nX,2\n") << QStringLiteral("twice");
        QTest::newRow("duplicate criterion") << QByteArray("option,A,A\nX,1,2\n") << QStringLiteral("twice");
        QTest::newRow("long name") << ("option," + QByteArray(50000, 'n') + "\nX,1\n")
                                   << QStringLiteral("longer");
        QTest::newRow("nul") << QByteArray("option,A\nX,1\0\n", 14) << QStringLiteral("NUL");
        QTest::newRow("invalid utf8") << QByteArray("option,A\n\xff\xfe,1\n") << QStringLiteral("UTF-8");
        QTest::newRow("header only") << QByteArray("option,A,B\n") << QStringLiteral("no option");
        QTest::newRow("no criteria") << QByteArray("option\nX\n") << QStringLiteral("criterion");
        QTest::newRow("unclosed quote") << QByteArray("option,A\n\"X,1\n") << QStringLiteral("never closed");
        QTest::newRow("unknown directive")
            << QByteArray("option,A\n@colour,red\nX,1\n") << QStringLiteral("unknown row");
    }
    void badInputIsRefusedWithLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        auto c = csv::parse(data, QStringLiteral("bad"));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(expected), qPrintable(c.error()));
        QVERIFY(!c.error().contains(QLatin1Char('\n')));
    }

    void allZeroWeightsLoadWithFiniteResults()
    {
        auto c = csv::parse("option,A,B\n@weight,0,0\nX,1,2\nY,3,4\n", QStringLiteral("z"));
        QVERIFY(c.ok());
        const Result r = evaluate(*c, c->profiles.first().weights);
        QVERIFY(r.allWeightsZero);
        QCOMPARE(r.perOption[0].rank, 1);
        QCOMPARE(r.perOption[1].rank, 1);
    }

    void writeThenParseRoundTrip()
    {
        const Comparison c = testsupport::generated(6, 9);
        const QByteArray bytes = csv::write(c, c.profiles.first().weights);
        auto back = csv::parse(bytes, c.name);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
        QCOMPARE(back->options, c.options);
        QCOMPARE(back->criteria.size(), c.criteria.size());
        for (int j = 0; j < c.criterionCount(); ++j) {
            QCOMPARE(back->criteria[j].name, c.criteria[j].name);
            QCOMPARE(back->criteria[j].direction, c.criteria[j].direction);
            QCOMPARE(back->criteria[j].scaleMax, c.criteria[j].scaleMax);
        }
        for (int i = 0; i < c.cells.size(); ++i)
            QCOMPARE(back->cells[i].value, c.cells[i].value);
        QCOMPARE(back->profiles.first().weights, c.profiles.first().weights);
    }

    void exportNeutralisesFormulas()
    {
        Comparison c = testsupport::small();
        c.options[0].name = QStringLiteral("=HYPERLINK(\"http://x\")");
        c.options[1].name = QStringLiteral("+1");
        c.options[2].name = QStringLiteral("@SUM(A1)");
        c.criteria[0].name = QStringLiteral("-2");
        const QString out = QString::fromUtf8(csv::write(c, c.profiles.first().weights));
        QVERIFY(out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
        QVERIFY(out.contains(QStringLiteral("\n'+1,")));
        QVERIFY(out.contains(QStringLiteral("\n'@SUM(A1),")));
        QVERIFY(out.contains(QStringLiteral(",'-2,")));
        for (const QString &line : out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            for (const QChar first : {QLatin1Char('='), QLatin1Char('+')})
                QVERIFY(!line.startsWith(first));
        }
    }

    void largeMatrix()
    {
        // 2,000 options x 300 criteria parse and score.
        QByteArray data = "option";
        for (int j = 0; j < 300; ++j)
            data += ",C" + QByteArray::number(j);
        data += '\n';
        for (int i = 0; i < 2000; ++i) {
            data += "O" + QByteArray::number(i);
            for (int j = 0; j < 300; ++j)
                data += ',' + QByteArray::number((i * 7 + j * 3) % 11);
            data += '\n';
        }
        auto c = csv::parse(data, QStringLiteral("big"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error()));
        QCOMPARE(c->optionCount(), 2000);
        const Result r = evaluate(*c, c->profiles.first().weights);
        QCOMPARE(r.order.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

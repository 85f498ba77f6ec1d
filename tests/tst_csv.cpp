#include "core/csvmatrix.h"
#include "core/engine.h"
#include "core/store.h"
#include "testsupport.h"

#include <QTemporaryDir>
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

    void scoreRanges()
    {
        // low..most likely..high in a score cell; export writes it back.
        const QByteArray data = "option,Speed,Cost\n@direction,benefit,cost\n@min,0,0\n@max,10,10\n"
                                "A,3..5..7,2\nB,6,1.5..2..4\n";
        auto c = csv::parse(data, QStringLiteral("ranges"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error()));
        QVERIFY(c->cell(0, 0).isRange());
        QCOMPARE(*c->cell(0, 0).low, 3.0);
        QCOMPARE(*c->cell(0, 0).value, 5.0);
        QCOMPARE(*c->cell(0, 0).high, 7.0);
        QVERIFY(!c->cell(1, 0).isRange());
        QCOMPARE(*c->cell(1, 1).low, 1.5);
        const QByteArray written = csv::write(*c, c->profiles.first().weights);
        QVERIFY(written.contains("A,3..5..7,2\r\n"));
        QVERIFY(written.contains("B,6,1.5..2..4\r\n"));
        auto again = csv::parse(written, QStringLiteral("ranges"));
        QVERIFY(again.ok());
        QCOMPARE(again->cells, c->cells);
        // Malformed: named by line and column, nothing read.
        const QList<std::pair<QByteArray, QString>> bad{{"3..5", QStringLiteral("not a range")},
                                                        {"3..x..7", QStringLiteral("three finite numbers")},
                                                        {"7..5..3", QStringLiteral("not ordered")},
                                                        {"3..5..7..9", QStringLiteral("not a range")}};
        for (const auto &[cell, problem] : bad) {
            const QByteArray text = "option,Speed\nA,1\nB," + cell + "\n";
            auto r = csv::parse(text, QStringLiteral("bad"));
            QVERIFY2(!r.ok(), cell.constData());
            QVERIFY2(r.error().contains(QStringLiteral("line 3, column 'Speed'")), qPrintable(r.error()));
            QVERIFY2(r.error().contains(problem), qPrintable(r.error()));
        }
        // Off the scale: refused as any score is.
        QVERIFY(!csv::parse("option,Speed\n@min,0\n@max,10\nA,3..5..12\n", QStringLiteral("scale")).ok());
    }

    void spreadsheetDialects_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("speed"); // the first criterion's name, exactly as written
        const QString speed = QStringLiteral("Speed");
        const QByteArray plain = "option,Speed,Cost\n@weight,2,1\n@direction,benefit,cost\nA,8.5,3\nB,6,2\n";
        QTest::newRow("plain") << plain << speed;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") + plain << speed;
        QByteArray crlf = plain;
        crlf.replace("\n", "\r\n");
        QTest::newRow("crlf") << crlf << speed;
        QTest::newRow("quoted") << QByteArray("\"option\",\"Speed\",\"Cost\"\r\n\"@weight\",\"2\",\"1\"\r\n@"
                                              "direction,benefit,cost\r\n\"A\",\"8.5\",3\r\nB,6,2")
                                << speed;
        QTest::newRow("semicolon decimal comma")
            << QByteArray("option;Speed;Cost\n@weight;2;1\n@direction;benefit;cost\nA;8,5;3\nB;6;2\n")
            << speed;
        // Names keep the spaces they are written with (as RFC 4180, Python's
        // csv module and spreadsheets do); numbers and keywords are read
        // trimmed.  This row expected "Speed" while unquoted fields were
        // trimmed.
        QTest::newRow("blank lines and spaces")
            << QByteArray("\noption, Speed , Cost\n\n@weight, 2, 1\n@direction, benefit, cost\nA, 8.5, 3\nB, "
                          "6, 2\n\n")
            << QStringLiteral(" Speed ");
    }
    void spreadsheetDialects()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, speed);
        auto c = csv::parse(data, QStringLiteral("m"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error()));
        QCOMPARE(c->criteria[0].name, speed);
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
        QTest::newRow("nul") << QByteArray("option,A\nX,1\0\n", 14) << QStringLiteral("line 2: a NUL byte");
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

    void aNulByteFarIntoAFileIsNamedByItsLine()
    {
        // The file is read a chunk at a time: the line counts on across them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nul.csv"));
        QByteArray text("option");
        QByteArray values;
        for (int j = 0; j < 200; ++j) {
            text += ",C" + QByteArray::number(j);
            values += ",10.25";
        }
        text += '\n';
        for (int i = 2; i <= 1200; ++i)
            text += "Option " + QByteArray::number(i) + values +
                    (i == 1100 ? QByteArray("\0\n", 2) : QByteArray("\n"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QVERIFY(text.indexOf('\0') > (1 << 20)); // beyond the first chunk
        auto c = csv::read(path);
        QVERIFY(!c.ok());
        QCOMPARE(c.error(), QStringLiteral("line 1100: a NUL byte (binary data, not CSV text)"));
    }

    void aNameFromTheFileNameIsOneLine()
    {
        // The comparison is named after the file: a line break or a control
        // character in the file's name becomes a space (a name heads lists,
        // menus and reports), wherever the CSV is opened.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two\nlines\u2028and\x07more.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("option,A\nx,1\ny,2\n");
        f.close();
        auto c = csv::read(path);
        QVERIFY(c.ok());
        QCOMPARE(c->name, QStringLiteral("two lines and more"));
    }

    void fieldsAreKeptExactlyAsWritten()
    {
        // Leading and trailing spaces and tabs belong to the name, quoted or
        // not; numbers around blanks still read.
        auto c = csv::parse("option,\tSpeed, Cost \n\t=2+3,1,2\n  B  , 3 ,\t4\t\n\" C \",5,6\n",
                            QStringLiteral("m"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error()));
        QCOMPARE(c->criteria[0].name, QStringLiteral("\tSpeed"));
        QCOMPARE(c->criteria[1].name, QStringLiteral(" Cost "));
        QCOMPARE(c->options[0].name, QStringLiteral("\t=2+3"));
        QCOMPARE(c->options[1].name, QStringLiteral("  B  "));
        QCOMPARE(c->options[2].name, QStringLiteral(" C "));
        QCOMPARE(*c->value(1, 0), 3.0);
        QCOMPARE(*c->value(1, 1), 4.0);
    }

    void exportThenImportKeepsNamesExactly()
    {
        // Export still guards formula-like cells with a leading '; import
        // removes exactly that guard, so every name comes back as it was.
        Comparison c = testsupport::small();
        const QStringList names{QStringLiteral("\t=2+3"), QStringLiteral(" padded "), QStringLiteral("tab\t"),
                                QStringLiteral("'quoted'")};
        for (int i = 0; i < 3; ++i)
            c.options[i].name = names[i];
        c.criteria[0].name = QStringLiteral("=SUM(A1)");
        c.criteria[1].name = QStringLiteral("'=already guarded");
        c.criteria[2].name = QStringLiteral("\t semi;colon ");
        c.criteria[3].name = names[3];
        c.criteria[0].category = QStringLiteral(" @cat\t");
        const QByteArray bytes = csv::write(c, c.profiles.first().weights);
        // No cell starts with what a spreadsheet would run (the @weight and
        // @direction labels are the format's own).
        for (const QByteArray &line : bytes.split('\n')) {
            for (const char first : {'=', '+', '\t'})
                QVERIFY2(!line.startsWith(first), line.constData());
            for (const char first : {'=', '+', '-', '@', '\t'})
                QVERIFY2(!line.contains(QByteArray(",").append(first)), line.constData());
        }
        auto back = csv::parse(bytes, c.name);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(back->options[i].name, c.options[i].name);
        for (int j = 0; j < 4; ++j)
            QCOMPARE(back->criteria[j].name, c.criteria[j].name);
        QCOMPARE(back->criteria[0].category, c.criteria[0].category);
        // A hand-written apostrophe before anything else is the user's.
        auto hand = csv::parse("option,A\n'x,1\n", QStringLiteral("m"));
        QVERIFY(hand.ok());
        QCOMPARE(hand->options[0].name, QStringLiteral("'x"));
    }

    void directiveRowGivenTwiceIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("@weight") << QByteArray("option,A,B\n@weight,1,2\n@weight,3,4\nX,1,2\n") << 2 << 3;
        QTest::newRow("@direction") << QByteArray("option,A\n@direction,cost\nX,1\n@direction,benefit\n") << 2
                                    << 4;
        QTest::newRow("@weights and @weight")
            << QByteArray("option,A\n@weights,1\n\n@category,c\n@WEIGHT,2\nX,1\n") << 2 << 5;
        QTest::newRow("@description")
            << QByteArray("option,A\n@description,a\n@description,b\nX,1\n") << 2 << 3;
        QTest::newRow("@min") << QByteArray("option,A\n@min,0\n@max,9\n@min,1\nX,1\n") << 2 << 4;
    }
    void directiveRowGivenTwiceIsRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, first);
        QFETCH(int, second);
        auto c = csv::parse(data, QStringLiteral("twice"));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(QStringLiteral("line %1").arg(second)) &&
                     c.error().contains(QStringLiteral("line %1").arg(first)),
                 qPrintable(c.error()));
    }

    void longTextIsRefusedNotCut_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const QByteArray longText(store::kMaxTextLength + 1, 'd');
        const QByteArray longName(store::kMaxNameLength + 1, 'n');
        const QString m = QStringLiteral("m");
        QTest::newRow("description")
            << QByteArray("option,A,B\n@weight,1,1\n@description,x," + longText + "\nX,1,2\n") << m
            << QStringLiteral("line 3, column 'B': the description is longer than 100000");
        QTest::newRow("10 MB description")
            << QByteArray("option,A\n@description," + QByteArray(10'000'000, 'd') + "\nX,1\n") << m
            << QStringLiteral("line 2, column 'A': the description is longer than 100000");
        QTest::newRow("quoted description")
            << QByteArray("option,A\n@description,\"" + longText + "\"\nX,1\n") << m
            << QStringLiteral("line 2, column 'A': the description is longer than");
        QTest::newRow("category") << QByteArray("option,A\n@category," + longName + "\nX,1\n") << m
                                  << QStringLiteral("line 2, column 'A': the category is longer than 200");
        QTest::newRow("unit") << QByteArray("option,A\n@unit," + longName + "\nX,1\n") << m
                              << QStringLiteral("line 2, column 'A': the unit is longer than 200");
        QTest::newRow("option name") << QByteArray("option,A\n" + longName + ",1\n") << m
                                     << QStringLiteral("line 2: an option name is longer than 200");
        QTest::newRow("huge option name") << QByteArray("option,A\n" + QByteArray(5'000'000, 'n') + ",1\n")
                                          << m << QStringLiteral("line 2: an option name is longer than 200");
        QTest::newRow("comparison name from the file name")
            << QByteArray("option,A\nX,1\n") << QString(store::kMaxNameLength + 1, QLatin1Char('f'))
            << QStringLiteral("longer than 200");
    }
    void longTextIsRefusedNotCut()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        auto c = csv::parse(data, name);
        QVERIFY2(!c.ok(), "a text over its limit was accepted");
        QVERIFY2(c.error().contains(expected), qPrintable(c.error()));
        // At the limit, the text is kept whole.
        auto fits = csv::parse(
            QByteArray("option,A\n@description," + QByteArray(store::kMaxTextLength, 'd') + "\nX,1\n"),
            QString(store::kMaxNameLength, QLatin1Char('f')));
        QVERIFY2(fits.ok(), qPrintable(fits.ok() ? QString() : fits.error()));
        QCOMPARE(fits->criteria[0].description.size(), store::kMaxTextLength);
    }

    void sizeIsCheckedWhileSplitting_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QByteArray wide = "option";
        for (int j = 0; j < 20'000; ++j)
            wide += ",C" + QByteArray::number(j);
        QTest::newRow("20,000 criteria")
            << QByteArray(wide + "\nX" + QByteArray(",1").repeated(20'000) + '\n')
            << QStringLiteral("too large: comparison 'm' has 20000 criteria (at most 1000)");
        // The count is the whole file's, though reading stopped keeping
        // rows at the first one past the limit.
        QByteArray rows = "option,A\n";
        for (int i = 0; i < 2'500; ++i)
            rows += "O" + QByteArray::number(i) + ",1\n";
        QTest::newRow("2,500 options")
            << rows << QStringLiteral("too large: comparison 'm' has 2500 options (at most 2000)");
        QByteArray cells = "option";
        for (int j = 0; j < 1'000; ++j)
            cells += ",C" + QByteArray::number(j);
        cells += '\n';
        for (int i = 0; i < 1'200; ++i)
            cells += "O" + QByteArray::number(i) + QByteArray(",").repeated(1'000) + '\n';
        QTest::newRow("1,200 x 1,000 cells")
            << cells
            << QStringLiteral("too large: comparison 'm' has 1200 options x 1000 criteria = 1200000 cells");
    }
    void sizeIsCheckedWhileSplitting()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        auto c = csv::parse(data, QStringLiteral("m"));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().startsWith(expected), qPrintable(c.error()));
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

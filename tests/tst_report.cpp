// Reports through the headless CLI: content, escaping and formats.
#include "testsupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
int tradeoff(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TRADEOFF_EXE), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList criteria()
{
    QProcess p;
    p.start(QStringLiteral(TRADEOFF_EXE),
            {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    p.waitForFinished(30000);
    QStringList out;
    const QJsonArray list = QJsonDocument::fromJson(p.readAllStandardOutput())
                                .object()[QStringLiteral("comparisons")]
                                .toArray()[0]
                                .toObject()[QStringLiteral("criteria")]
                                .toArray();
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}

void verifyWellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + QStringLiteral(" at line ") +
                                            QString::number(reader.lineNumber())));
}
} // namespace

class TestReport final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_hostile; // a CSV whose names are markup and formulas

    QString out(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_hostile = out("hostile.csv");
        QFile f(m_hostile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("option,\"<b>Speed</b> & *stars*\",Cost\n@direction,benefit,cost\n"
                "\"<script>alert(1)</script>\",8,3\n=1+1,6,2\n");
    }

    void pdfHasVerdictAndEveryCriterion_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("a4") << QStringLiteral("a4");
        QTest::newRow("letter") << QStringLiteral("letter");
    }
    void pdfHasVerdictAndEveryCriterion()
    {
        QFETCH(QString, page);
        const QString pdf = out("report.pdf");
        QCOMPARE(
            tradeoff({QStringLiteral("report"), QStringLiteral("-o"), pdf, QStringLiteral("--page"), page}),
            0);
        QVERIFY(read(pdf).startsWith("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        // NFKC folds the typographic ligatures (ﬁ) the PDF uses back to letters.
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        QVERIFY2(text.contains(QStringLiteral("ranks first")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("would win if")));
        for (const QString &criterion : criteria())
            QVERIFY2(text.contains(criterion), qPrintable(criterion));
        QVERIFY(text.contains(QStringLiteral("data checksum")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("Python vs Node.js: When to Use Each"))); // a cited source
        // Page size: A4 is 595 x 842 points, Letter 612 x 792.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        if (info.waitForFinished(30000)) {
            const QByteArray sizes = info.readAllStandardOutput();
            QVERIFY2(sizes.contains(page == QLatin1String("a4") ? "595" : "612"), sizes.constData());
        }
    }

    void pdfTextCannotPlaceCharts()
    {
        // Text that looks like the PDF's old chart markers stays text: charts
        // are placed by the document's structure, not by searching its text.
        const QString csv = out("markers.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("option,@@CHART:0@@,Cost\n@direction,benefit,cost\nA @@CHART:2@@,8,3\nB,6,2\n");
        }
        const QString pdf = out("markers.pdf");
        QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), pdf}), 0);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.count(QStringLiteral("@@CHART:0@@")) >= 2, qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("@@CHART:2@@")));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = out("report.html");
        QCOMPARE(tradeoff({QStringLiteral("report"), m_hostile, QStringLiteral("-o"), html}), 0);
        const QByteArray bytes = read(html);
        verifyWellFormed(bytes);
        QVERIFY(!bytes.contains("<script>alert(1)"));
        QVERIFY(bytes.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!bytes.contains("<b>Speed</b>"));
        // Nothing is fetched from a network (the SVG namespace URI is a name, not a fetch).
        for (const char *remote : {"src=\"http", "href=\"http", "url(http", "@import", "src=\"//"})
            QVERIFY2(!bytes.contains(remote), remote);
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("id=\"play\""));
        const QString bundledHtml = out("bundled.html");
        QCOMPARE(tradeoff({QStringLiteral("report"), QStringLiteral("-o"), bundledHtml}), 0);
        const QByteArray withCode = read(bundledHtml);
        verifyWellFormed(withCode);
        QVERIFY(withCode.contains("<pre><code>"));
        QVERIFY(withCode.contains("<span style=\"color:#0033b3;font-weight:bold\">import</span>"));
        // The embedded data cannot close its script element.
        const qsizetype data = bytes.indexOf("id=\"tradeoff-data\">");
        const qsizetype end = bytes.indexOf("</script>", data);
        QVERIFY(data > 0 && end > data);
        QVERIFY(!bytes.mid(data + 20, end - data - 20).contains('<'));
    }

    void markdownIsAMadrRecord()
    {
        const QString md = out("decision.md");
        QCOMPARE(tradeoff({QStringLiteral("report"), QStringLiteral("-o"), md, QStringLiteral("--profile"),
                           QStringLiteral("ML / AI / data")}),
                 0);
        const QString text = QString::fromUtf8(read(md));
        // MADR 4 front matter first; a comparison without a record is proposed,
        // dated today and names nobody.
        QVERIFY2(text.startsWith(QStringLiteral("---\nstatus: \"proposed\"\ndate: %1\n---\n\n")
                                     .arg(QDate::currentDate().toString(Qt::ISODate))),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("\n# Choose Python for Node.js vs Python (backend)\n")));
        QVERIFY(text.contains(QStringLiteral("\nStatus: Proposed\n")));
        for (const char *section :
             {"## Context and Problem Statement", "## Decision Drivers", "## Considered Options",
              "## Decision Outcome", "## Pros and Cons of the Options", "### Node.js", "### Python",
              "## More Information"})
            QVERIFY2(text.contains(QString::fromLatin1(section)), section);
        QVERIFY(text.contains(QStringLiteral("Chosen option: \"Python\"")));
        QVERIFY(text.contains(QStringLiteral("- Good, because")));
        QVERIFY(text.contains(QStringLiteral("- Bad, because")));
        // The bundled code examples as fenced blocks with their language.
        QVERIFY(text.contains(QStringLiteral("## Code Examples")));
        QVERIFY(text.contains(QStringLiteral("### A minimal HTTP server")));
        QCOMPARE(text.count(QStringLiteral("```javascript\n")), 4);
        QCOMPARE(text.count(QStringLiteral("```python\n")), 4);
        QVERIFY(text.contains(QStringLiteral("import { createServer } from 'node:http';")));
        QVERIFY(text.contains(QStringLiteral("asyncio.gather")));

        const QString hostile = out("hostile.md");
        QCOMPARE(tradeoff({QStringLiteral("report"), m_hostile, QStringLiteral("-o"), hostile}), 0);
        const QString escaped = QString::fromUtf8(read(hostile));
        QVERIFY(!escaped.contains(QStringLiteral("<script>")));
        QVERIFY(escaped.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(escaped.contains(QStringLiteral("\\*stars\\*")));
    }

    void markdownReadsPlainlyInTheRaw()
    {
        // A decision record is read as raw text as often as rendered: an
        // estimate's range must not nest parentheses, a cell without a
        // rationale must not leave a dangling colon, and a plain "&" stays
        // one. An "&" that a renderer would read as an entity is still
        // escaped, so the name shows as typed.
        const QString csv = out("ranges.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("option,Latency,Data & ML,&copy; notes\n@direction,cost,benefit,benefit\n"
                    "Alpha,8..12..20,9,4\nBeta,30,2,5\n");
        }
        const QString md = out("ranges.md");
        QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), md}), 0);
        const QString text = QString::fromUtf8(read(md));
        QVERIFY2(text.contains(QStringLiteral("Latency (12, range 8–20)")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("(12 (")));
        QVERIFY(!text.contains(QStringLiteral("): \n")) && !text.contains(QStringLiteral("):\n")));
        QVERIFY(text.contains(QStringLiteral("Latency (30)\n")));
        QVERIFY(text.contains(QStringLiteral("Data & ML (9)")));
        QVERIFY(!text.contains(QStringLiteral("Data &amp; ML")));
        QVERIFY(text.contains(QStringLiteral("&amp;copy; notes")));
    }

    void closeScoresReadApartInEveryReport()
    {
        // Two options that do not tie (scores 1 and 0.999995 under max
        // normalisation) must not read alike in a report's ranking table;
        // the two that tie (below a relative 1e-9) may.
        const QString csv = out("close.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("option,X\n@direction,benefit\nA,0.0001\nB,0.0001000005\nC,0.0001000000000001\n");
        }
        for (const char *name : {"close.md", "close.html"}) {
            const QString path = out(name);
            QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), path}), 0);
            const QString text = QString::fromUtf8(read(path));
            QVERIFY2(text.contains(QStringLiteral("1.000000")) && text.contains(QStringLiteral("0.999995")),
                     qPrintable(text.left(3000)));
        }
    }

    void decisionRecordInEveryReport()
    {
        // The bundled comparison with a decision record, as a JSON file.
        const QString base = out("base.json");
        QCOMPARE(tradeoff({QStringLiteral("report"), QStringLiteral("-o"), base}), 0);
        QJsonObject data = QJsonDocument::fromJson(read(base)).object()[QStringLiteral("data")].toObject();
        QVERIFY(!data.contains(QStringLiteral("decision")));
        data.insert(
            QStringLiteral("decision"),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("superseded")},
                        {QStringLiteral("superseded_by"), QStringLiteral("Go vs Rust: \"the sequel\"")},
                        {QStringLiteral("decided"), QStringLiteral("2026-11-30")},
                        {QStringLiteral("deciders"),
                         QJsonArray{QStringLiteral("Ada Lovelace"), QStringLiteral("Smith, J.")}},
                        {QStringLiteral("consulted"), QJsonArray{QStringLiteral("Ops")}},
                        {QStringLiteral("informed"), QJsonArray{}}});
        const QString decided = out("decided.json");
        {
            QFile f(decided);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(data).toJson());
        }

        const QString md = out("decided.md");
        QCOMPARE(tradeoff({QStringLiteral("report"), decided, QStringLiteral("-o"), md}), 0);
        const QString text = QString::fromUtf8(read(md));
        QVERIFY2(text.startsWith(QStringLiteral("---\n"
                                                "status: \"superseded by Go vs Rust: \\\"the sequel\\\"\"\n"
                                                "date: 2026-11-30\n"
                                                "decision-makers: [\"Ada Lovelace\", \"Smith, J.\"]\n"
                                                "consulted: [\"Ops\"]\n"
                                                "---\n\n# ")),
                 qPrintable(text.left(300)));
        QVERIFY(
            text.contains(QStringLiteral("Status: Superseded by Go vs Rust: \"the sequel\" · 2026-11-30\n")));

        // JSON: the record as its own object, and in the data it came from.
        const QString json = out("decided.json.json");
        QCOMPARE(tradeoff({QStringLiteral("report"), decided, QStringLiteral("-o"), json}), 0);
        const QJsonObject root = QJsonDocument::fromJson(read(json)).object();
        const QJsonObject record = root[QStringLiteral("decision")].toObject();
        QCOMPARE(record[QStringLiteral("status")].toString(), QStringLiteral("superseded"));
        QCOMPARE(record[QStringLiteral("superseded_by")].toString(),
                 QStringLiteral("Go vs Rust: \"the sequel\""));
        QCOMPARE(record[QStringLiteral("decided")].toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(record[QStringLiteral("deciders")].toArray().size(), 2);
        QCOMPARE(record[QStringLiteral("informed")].toArray().size(), 0);
        QCOMPARE(root[QStringLiteral("data")].toObject()[QStringLiteral("decision")].toObject(), record);

        // HTML: the status line.
        const QString html = out("decided.html");
        QCOMPARE(tradeoff({QStringLiteral("report"), decided, QStringLiteral("-o"), html}), 0);
        const QByteArray page = read(html);
        verifyWellFormed(page);
        QVERIFY2(page.contains("id=\"decision\">Status: Superseded by Go vs Rust: &quot;the sequel&quot; · "
                               "2026-11-30 · Deciders: Ada Lovelace, Smith, J. · Consulted: Ops</p>"),
                 page.constData());

        // A record that contradicts itself is refused, the file named.
        data.insert(QStringLiteral("decision"),
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                                {QStringLiteral("decided"), QStringLiteral("30/11/2026")}});
        const QString bad = out("bad-decision.json");
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(data).toJson());
        }
        QByteArray err;
        QVERIFY(tradeoff({QStringLiteral("report"), bad, QStringLiteral("-o"), out("bad.md")}, &err) != 0);
        QVERIFY2(err.contains("bad-decision.json") && err.contains("not a date"), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(!QFile::exists(out("bad.md")));
    }

    void jsonRoundTripsTheData()
    {
        const QString json = out("report.json");
        QCOMPARE(tradeoff({QStringLiteral("report"), QStringLiteral("-o"), json}), 0);
        const QJsonObject o = QJsonDocument::fromJson(read(json)).object();
        QCOMPARE(o[QStringLiteral("comparison")].toString(), QStringLiteral("Node.js vs Python (backend)"));
        QCOMPARE(o[QStringLiteral("results")].toArray().size(), 2);
        const QJsonObject data = o[QStringLiteral("data")].toObject();
        QCOMPARE(data[QStringLiteral("options")].toArray().size(), 2);
        QCOMPARE(data[QStringLiteral("criteria")].toArray().size(), criteria().size());
        QCOMPARE(data[QStringLiteral("scores")].toArray().size(), 2 * criteria().size());
        QCOMPARE(o[QStringLiteral("checksum")].toString().size(), 16);
        // Same data, same checksum.
        const QString again = out("again.json");
        QCOMPARE(tradeoff({QStringLiteral("report"), QStringLiteral("-o"), again, QStringLiteral("--profile"),
                           QStringLiteral("Startup MVP")}),
                 0);
        QCOMPARE(QJsonDocument::fromJson(read(again)).object()[QStringLiteral("checksum")],
                 o[QStringLiteral("checksum")]);
    }

    void scoreJsonAndReportJsonAgree()
    {
        // One writer: every key `score --format json` prints is in the JSON
        // report with the same value (the report adds the data, a checksum,
        // the date and the version), for profiles, explicit weights and
        // every method.
        const QStringList selections[] = {
            {},
            {QStringLiteral("--profile"), QStringLiteral("Startup MVP"), QStringLiteral("--method"),
             QStringLiteral("topsis")},
            {QStringLiteral("--method"), QStringLiteral("promethee2"), QStringLiteral("--missing"),
             QStringLiteral("mean")},
            {QStringLiteral("--weights"),
             criteria().first() + QStringLiteral("=3,") + criteria().last() + QStringLiteral("=1"),
             QStringLiteral("--method"), QStringLiteral("wpm")},
            {QStringLiteral("--method"), QStringLiteral("vikor"), QStringLiteral("--vikor-v"),
             QStringLiteral("0.3")},
        };
        for (const QStringList &selection : selections) {
            QProcess p;
            p.start(QStringLiteral(TRADEOFF_EXE),
                    QStringList{QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json")} +
                        selection);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            const QJsonObject score = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            const QString json = out("agree.json");
            QCOMPARE(tradeoff(QStringList{QStringLiteral("report"), QStringLiteral("-o"), json} + selection),
                     0);
            const QJsonObject report = QJsonDocument::fromJson(read(json)).object();
            QVERIFY(score.size() >= 10);
            for (auto it = score.begin(); it != score.end(); ++it) {
                const QString key = it.key();
                QVERIFY2(report.contains(key), qPrintable(key));
                QVERIFY2(report.value(key) == it.value(),
                         qPrintable(selection.join(QLatin1Char(' ')) + QStringLiteral(": ") + key));
            }
            for (const char *extra : {"data", "checksum", "date", "tradeoff_version"})
                QVERIFY(report.contains(QLatin1String(extra)));
            QVERIFY(report[QStringLiteral("verdict")].toObject().contains(QStringLiteral("flips")));
        }
    }

    void reportsNameTheVariantAndWarnOfRankReversal()
    {
        // Min-max weighted sum on four options: leaving out B puts C above D
        // (worked by hand in tst_analysis).
        const QString csv = out("reversal.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("option,C1,C2\n@weight,1,1\nA,5,8\nB,7,8\nC,4,0\nD,0,5\n");
        }
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        auto text = [&](const QString &path) {
            if (!path.endsWith(QLatin1String(".pdf")))
                return QString::fromUtf8(read(path));
            QProcess p;
            p.start(pdftotext, {path, QStringLiteral("-")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput()).simplified();
        };
        for (const char *ext : {"html", "md", "pdf"}) {
            if (QLatin1String(ext) == QLatin1String("pdf") && pdftotext.isEmpty())
                continue;
            const QString reversal = out(QByteArray("reversal.").append(ext).constData());
            QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), reversal,
                               QStringLiteral("--normalization"), QStringLiteral("minmax")}),
                     0);
            const QString r = text(reversal);
            QVERIFY2(r.contains(QStringLiteral("Rank reversal: without B the order of the others changes")),
                     qPrintable(QLatin1String(ext)));
            const QString vikor = out(QByteArray("vikor.").append(ext).constData());
            QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), vikor,
                               QStringLiteral("--method"), QStringLiteral("vikor"),
                               QStringLiteral("--vikor-v"), QStringLiteral("0.3")}),
                     0);
            const QString v = text(vikor);
            QVERIFY2(v.contains(QStringLiteral("vikor · v = 0.30")), qPrintable(QLatin1String(ext)));
            QVERIFY2(v.contains(QStringLiteral("VIKOR: ")), qPrintable(QLatin1String(ext)));
        }
    }

    void csvIsFormulaSafe()
    {
        const QString csv = out("report.csv");
        QCOMPARE(tradeoff({QStringLiteral("report"), m_hostile, QStringLiteral("-o"), csv}), 0);
        const QString text = QString::fromUtf8(read(csv));
        QVERIFY(text.startsWith(QStringLiteral("row,option,rank,score,")));
        QVERIFY(text.contains(QStringLiteral(",'=1+1,")));
        for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            for (const QString &cell : line.split(QLatin1Char(','))) {
                QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+')) &&
                             !cell.startsWith(QLatin1Char('@')),
                         qPrintable(line));
            }
        }
    }

    void chartImages_data()
    {
        QTest::addColumn<QString>("chart");
        for (const char *c : {"ranking", "contributions", "radar", "sensitivity"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void chartImages()
    {
        QFETCH(QString, chart);
        const QString png = out("chart.png");
        const QString svg = out("chart.svg");
        QCOMPARE(
            tradeoff({QStringLiteral("report"), QStringLiteral("-o"), png, QStringLiteral("--chart"), chart}),
            0);
        QCOMPARE(
            tradeoff({QStringLiteral("report"), QStringLiteral("-o"), svg, QStringLiteral("--chart"), chart}),
            0);
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(image.size(), QSize(1600, 960));
        // Not blank: the option colours are drawn.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 80 ? 1 : 0;
            }
        }
        QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));
        const QByteArray svgBytes = read(svg);
        verifyWellFormed(svgBytes);
        QVERIFY(svgBytes.contains("<svg"));
    }

    void largeMatricesStayReadableAndQuick()
    {
        // 400 options x 100 criteria: reports show the leaders in detail and
        // say where the rest is (the CTest timeout guards against the
        // all-cells layout that once took minutes; bench figures are in the README).
        const QString csv = out("large.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray data = "option";
            for (int j = 0; j < 100; ++j)
                data += ",C" + QByteArray::number(j);
            data += '\n';
            for (int i = 0; i < 400; ++i) {
                data += "Option " + QByteArray::number(i);
                for (int j = 0; j < 100; ++j)
                    data += ',' + QByteArray::number((i * 13 + j * 7) % 11);
                data += '\n';
            }
            f.write(data);
        }
        const QString md = out("large.md");
        QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), md}), 0);
        const QString text = QString::fromUtf8(read(md));
        QVERIFY(text.contains(QStringLiteral("leading options of 400")));
        QVERIFY(text.count(QStringLiteral("\n### Option ")) <= 50);
        const QString pdf = out("large.pdf");
        QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), pdf}), 0);
        QVERIFY(read(pdf).startsWith("%PDF-"));
    }

    void largeJsonLayoutBeyondThreshold()
    {
        // Up to 20,000 scores (options x criteria) the JSON report and
        // `score --format json` keep an object per score and per-criterion
        // contributions; one option more and the report's data is a matrix,
        // written compact, the contributions are left out and "omitted" says
        // so.  Both read back as the same comparison.
        auto matrixCsv = [this](const char *name, int options) {
            const QString path = out(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            QByteArray data = "option";
            for (int j = 0; j < 200; ++j)
                data += ",C" + QByteArray::number(j);
            data += "\n@direction";
            for (int j = 0; j < 200; ++j)
                data += j % 4 == 3 ? ",cost" : ",benefit";
            data += '\n';
            for (int i = 0; i < options; ++i) {
                data += "Option " + QByteArray::number(i);
                for (int j = 0; j < 200; ++j)
                    data += (i + j) % 17 == 0 ? QByteArray(",")
                                              : ',' + QByteArray::number((i * 13 + j * 7) % 101 / 10.0);
                data += '\n';
            }
            f.write(data);
            return path;
        };
        struct Case
        {
            const char *csv;
            const char *json;
            int options;
            bool large;
        };
        for (const Case &k :
             {Case{"at.csv", "at.json", 100, false}, Case{"above.csv", "above.json", 101, true}}) {
            const QString csv = matrixCsv(k.csv, k.options);
            QVERIFY(!csv.isEmpty());
            const QString json = out(k.json);
            QCOMPARE(tradeoff({QStringLiteral("report"), csv, QStringLiteral("-o"), json}), 0);
            const QByteArray bytes = read(json);
            const QJsonObject report = QJsonDocument::fromJson(bytes).object();
            const QJsonObject data = report[QStringLiteral("data")].toObject();
            const QJsonArray results = report[QStringLiteral("results")].toArray();
            QCOMPARE(results.size(), k.options);
            QCOMPARE(report.contains(QStringLiteral("omitted")), k.large);
            QCOMPARE(results[0].toObject().contains(QStringLiteral("contributions")), !k.large);
            QCOMPARE(data.contains(QStringLiteral("score_matrix")), k.large);
            QCOMPARE(bytes.contains("\n    "), !k.large); // indented, or compact
            if (k.large) {
                QCOMPARE(report[QStringLiteral("omitted")].toArray(),
                         QJsonArray{QStringLiteral("results.contributions")});
                const QJsonArray matrix = data[QStringLiteral("score_matrix")].toArray();
                QCOMPARE(matrix.size(), k.options);
                QCOMPARE(matrix[0].toArray().size(), 200);
                QVERIFY(matrix[0][0].isNull()); // (0 + 0) % 17 == 0: missing
                QCOMPARE(matrix[1][0].toDouble(), 1.3);
                QCOMPARE(data[QStringLiteral("scores")].toArray().size(), 0); // no rationale anywhere
            } else {
                QCOMPARE(data[QStringLiteral("scores")].toArray().size(), k.options * 200);
                QCOMPARE(results[0][QStringLiteral("contributions")].toObject().size(), 200);
            }
            // `score --format json` agrees with the report, key by key.
            QProcess p;
            p.start(QStringLiteral(TRADEOFF_EXE),
                    {QStringLiteral("score"), csv, QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const QJsonObject score = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            QCOMPARE(score.contains(QStringLiteral("omitted")), k.large);
            for (auto it = score.begin(); it != score.end(); ++it)
                QVERIFY2(report.value(it.key()) == it.value(), qPrintable(it.key()));
            // The report is an input too: the same ranking and checksum.
            const QString again = out("again.json");
            QCOMPARE(tradeoff({QStringLiteral("report"), json, QStringLiteral("-o"), again}), 0);
            const QJsonObject reread = QJsonDocument::fromJson(read(again)).object();
            QCOMPARE(reread[QStringLiteral("checksum")], report[QStringLiteral("checksum")]);
            QCOMPARE(reread[QStringLiteral("results")], report[QStringLiteral("results")]);
        }
    }

    void badRequestsFailCleanly()
    {
        QByteArray err;
        QCOMPARE(tradeoff({QStringLiteral("report"), QStringLiteral("-o"), out("x.docx")}, &err), 1);
        QVERIFY(err.trimmed().count('\n') == 0 && !err.isEmpty());
        QCOMPARE(tradeoff({QStringLiteral("report")}, &err), 1);
        QCOMPARE(
            tradeoff({QStringLiteral("report"), QStringLiteral("-o"), QStringLiteral("/proc/none/r.pdf")},
                     &err),
            3);
        QVERIFY(!QFile::exists(QStringLiteral("/proc/none/r.pdf")));
        QCOMPARE(tradeoff({QStringLiteral("report"), QStringLiteral("-o"), out("r.png"),
                           QStringLiteral("--chart"), QStringLiteral("pie")},
                          &err),
                 1);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"

#include "core/atomicfile.h"
#include "core/csvmatrix.h"
#include "core/database.h"
#include "core/filestore.h"
#include "core/jsonio.h"
#include "core/loader.h"
#include "core/parts.h"
#include "core/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {
// A Tradeoff file written with SQL, not through save(): one comparison
// named `name` with `options` x `criteria` and no scores, and one profile
// weighing every criterion, as a CSV matrix with empty cells is imported.
void makeMatrixFile(const QString &path, const QString &name, int options, int criteria)
{
    auto db = Database::open(path, Database::Mode::Create);
    QVERIFY(db.ok());
    QVERIFY(migrate(**db).ok());
    const QString numbers =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ");
    const auto r = (*db)->execScript(
        QStringLiteral("BEGIN; INSERT INTO comparison (id, name) VALUES (1, '%1');").arg(name) +
        numbers.arg(options) +
        QStringLiteral("INSERT INTO option (comparison_id, name, position) SELECT 1, 'O' || i, i FROM n;") +
        numbers.arg(criteria) +
        QStringLiteral("INSERT INTO criterion (comparison_id, name, position) SELECT 1, 'C' || i, i FROM n;"
                       "INSERT INTO profile (id, comparison_id, name, kind) VALUES (1, 1, 'Equal weights', "
                       "'custom');"
                       "INSERT INTO profile_weight SELECT 1, id, 1 FROM criterion; COMMIT;"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

// Damages `path` (a copy of the bundled file) so that an index misses the
// last row of its table: PRAGMA integrity_check sees it, quick_check does
// not.  writable_schema is refused on a hardened connection, so a plain
// one is used.
void dropIndexRow(const QString &path, const QString &index, const QString &table, const QString &column)
{
    const QString connection = QStringLiteral("tst_store-damage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM ") + table) && q.next());
        const qint64 last = q.value(0).toLongLong();
        const QString create = QStringLiteral("CREATE INDEX %1 ON %2(%3)").arg(index, table, column);
        QVERIFY(q.exec(QStringLiteral("DROP INDEX ") + index));
        QVERIFY(q.exec(create + QStringLiteral(" WHERE id <> %1").arg(last)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE sqlite_schema SET sql = '%1' WHERE name = '%2'").arg(create, index)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
    }
    QSqlDatabase::removeDatabase(connection);
    // A new connection reads the rewritten schema.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("missing from index")));
    }
    QSqlDatabase::removeDatabase(connection);
}
} // namespace

class TestStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledComparisonIsComplete()
    {
        auto all = store::load(testsupport::bundledPath());
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error()));
        QCOMPARE(all->size(), 1);
        const Comparison &c = all->first();
        QCOMPARE(c.name, QStringLiteral("Node.js vs Python (backend)"));
        QCOMPARE(c.optionCount(), 2);
        QVERIFY(c.criterionCount() >= 14);
        QCOMPARE(c.sources.size(), 5);
        const QStringList required{QStringLiteral("I/O-bound performance"),
                                   QStringLiteral("CPU-bound performance"),
                                   QStringLiteral("Memory use"),
                                   QStringLiteral("Concurrency model"),
                                   QStringLiteral("Scalability"),
                                   QStringLiteral("Package ecosystem"),
                                   QStringLiteral("Web frameworks"),
                                   QStringLiteral("Data & ML libraries"),
                                   QStringLiteral("Learning curve"),
                                   QStringLiteral("Community & hiring"),
                                   QStringLiteral("Tooling & debugging"),
                                   QStringLiteral("Real-time suitability"),
                                   QStringLiteral("Data processing"),
                                   QStringLiteral("Automation & scripting"),
                                   QStringLiteral("Full-stack JavaScript"),
                                   QStringLiteral("Team expertise")};
        for (const QString &name : required)
            QVERIFY2(c.criterionIndex(name) >= 0, qPrintable(name));
        QVERIFY(c.criteria[c.criterionIndex(QStringLiteral("Team expertise"))].userScored);
        QCOMPARE(c.criteria[c.criterionIndex(QStringLiteral("Memory use"))].direction, Direction::Cost);

        // Every score has a rationale and evidence citing an article;
        // disputed claims carry a correction and never stand alone.
        int disputed = 0;
        for (int i = 0; i < c.optionCount(); ++i) {
            for (int j = 0; j < c.criterionCount(); ++j) {
                const Cell &cell = c.cell(i, j);
                QVERIFY(!cell.rationale.isEmpty());
                QVERIFY(!cell.evidence.isEmpty());
                bool undisputedSupport = false;
                for (const Evidence &e : cell.evidence) {
                    QVERIFY(e.source >= 0 && e.source < c.sources.size());
                    if (e.disputed) {
                        ++disputed;
                        QVERIFY(!e.correction.isEmpty());
                    }
                    undisputedSupport = undisputedSupport || (!e.disputed && e.stance == Stance::Supports);
                }
                if (cell.value)
                    QVERIFY2(undisputedSupport,
                             qPrintable(c.options[i].name + QLatin1Char('/') + c.criteria[j].name));
            }
        }
        QVERIFY(disputed > 0);

        // Scenario profiles from the articles' decision guides.
        for (const char *p : {"Real-time / high concurrency", "ML / AI / data", "Full-stack JavaScript team",
                              "General CRUD API", "Automation & scripting", "Microservices", "Startup MVP"}) {
            const int index = c.profileIndex(QString::fromUtf8(p));
            QVERIFY2(index >= 0, p);
            QVERIFY(!c.profiles[index].description.isEmpty());
            QVERIFY(c.profiles[index].source >= 0);
        }
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        auto all = store::load(testsupport::bundledPath());
        QVERIFY(all.ok());
        QVector<Comparison> comparisons = *all;
        comparisons.append(testsupport::generated(5, 12));
        Comparison odd = testsupport::small();
        odd.name = QStringLiteral("Quotes ' \" ; -- DROP TABLE option; <b>markup</b>");
        odd.cell(1, 2).value.reset();
        comparisons.append(odd);
        const QString path = dir.filePath(QStringLiteral("round.tradeoff"));
        auto saved = store::save(path, comparisons);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        auto loaded = store::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        QCOMPARE(loaded->size(), comparisons.size());
        for (int i = 0; i < comparisons.size(); ++i)
            QVERIFY2((*loaded)[i] == comparisons[i], qPrintable(comparisons[i].name));
        // No temporary files are left next to the result.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("round.tradeoff")});
    }

    void jsonRoundTripIsLossless()
    {
        // File -> JSON -> comparison gives the same data, code examples included.
        auto all = store::load(testsupport::bundledPath());
        QVERIFY(all.ok());
        Comparison c = all->first();
        c.criteria[0].preference = Preference::VShape;
        c.criteria[0].preferenceThreshold = 2.5;
        auto back = json::fromJson(json::toJson(c));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
        QCOMPARE(*back, c);
        QCOMPARE(json::checksum(*back), json::checksum(c));
        // And through a file, saved and loaded again.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json::toJson(c)).toJson());
        f.close();
        auto loaded = loadComparisons(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->first(), c);
    }

    void compactJsonIsQtsCompactJson()
    {
        // The checksum's bytes are written score by score; they must be
        // exactly what QJsonDocument makes of toJson(): numbers at the edges
        // of Qt's integer form, missing scores, texts that need escaping,
        // evidence, and the bundled comparison.
        auto all = store::load(testsupport::bundledPath());
        QVERIFY(all.ok());
        Comparison edges = testsupport::generated(7, 9);
        const double values[] = {0.0,
                                 -0.0,
                                 5.0,
                                 5.3,
                                 -2.25,
                                 1e-7,
                                 1e20,
                                 -1e20,
                                 4503599627370495.0,
                                 4503599627370496.0,
                                 9007199254740992.0,
                                 9007199254740994.0,
                                 1.5e15,
                                 0.1 + 0.2,
                                 1e300,
                                 -123456789012.0,
                                 2.5e-300,
                                 7.0 / 3.0};
        for (Criterion &criterion : edges.criteria) {
            criterion.scaleMin.reset(); // values far outside 0-10 follow
            criterion.scaleMax.reset();
        }
        int k = 0;
        for (Cell &cell : edges.cells)
            cell.value = values[k++ % std::size(values)];
        edges.cell(1, 2).value.reset();
        edges.cell(2, 3).rationale = QStringLiteral("quote \" backslash \\ tab \t newline \n \u0001 é 😀");
        edges.cell(3, 4).evidence.append(
            {QStringLiteral("claim"), -1, Stance::Opposes, true, QStringLiteral("no")});
        edges.options[0].name = QStringLiteral("Ö \"quoted\" \\ </script>");
        edges.criteria[0].name = QStringLiteral("\u007f\u001f");
        for (const Comparison &c : {all->first(), edges, testsupport::generated(40, 30)}) {
            QCOMPARE(json::compactJson(c), QJsonDocument(json::toJson(c)).toJson(QJsonDocument::Compact));
            auto parts = repo::assemble(c.name, repo::split(c)); // the team repository's form
            QVERIFY2(parts.ok(), qPrintable(parts.ok() ? QString() : parts.error()));
            QCOMPARE(*parts, c);
            // The matrix layout reads back to the same comparison.
            auto back = json::fromJson(json::toJson(c, json::ScoreLayout::Matrix));
            QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
            QCOMPARE(*back, c);
        }
        // Its "scores" keep only the scores with a rationale or evidence.
        const QJsonObject matrix = json::toJson(edges, json::ScoreLayout::Matrix);
        QCOMPARE(matrix[QStringLiteral("scores")].toArray().size(), 2);
        QCOMPARE(matrix[QStringLiteral("score_matrix")].toArray().size(), 7);
        QVERIFY(matrix[QStringLiteral("score_matrix")][1][2].isNull());
        // A matrix of the wrong shape is refused.
        QJsonObject bad = matrix;
        QJsonArray rows = bad[QStringLiteral("score_matrix")].toArray();
        rows.removeLast();
        bad[QStringLiteral("score_matrix")] = rows;
        QVERIFY(!json::fromJson(bad).ok());
    }

    void jsonImportRefusesBadData_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not an object");
        QTest::newRow("foreign") << QByteArray("{\"hello\": 1}") << QStringLiteral("no options");
        QTest::newRow("no name") << QByteArray("{\"options\": [], \"criteria\": []}")
                                 << QStringLiteral("'name'");
        QTest::newRow("duplicate option")
            << QByteArray("{\"name\":\"x\",\"options\":[{\"name\":\"A\"},{\"name\":\"A\"}],\"criteria\":[]}")
            << QStringLiteral("twice");
        QTest::newRow("string score")
            << QByteArray("{\"name\":\"x\",\"options\":[{\"name\":\"A\"}],\"criteria\":[{\"name\":\"C\"}],"
                          "\"scores\":[{\"option\":\"A\",\"criterion\":\"C\",\"value\":\"high\"}]}")
            << QStringLiteral("finite number");
        QTest::newRow("unknown criterion")
            << QByteArray("{\"name\":\"x\",\"options\":[{\"name\":\"A\"}],\"criteria\":[],"
                          "\"scores\":[{\"option\":\"A\",\"criterion\":\"Z\",\"value\":1}]}")
            << QStringLiteral("unknown");
        QTest::newRow("bad source")
            << QByteArray("{\"name\":\"x\",\"options\":[{\"name\":\"A\"}],\"criteria\":[{\"name\":\"C\"}],"
                          "\"scores\":[{\"option\":\"A\",\"criterion\":\"C\",\"evidence\":[{\"claim\":\"c\","
                          "\"source_index\":9}]}]}")
            << QStringLiteral("does not exist");
        QTest::newRow("negative weight")
            << QByteArray("{\"name\":\"x\",\"options\":[],\"criteria\":[{\"name\":\"C\"}],"
                          "\"profiles\":[{\"name\":\"P\",\"weights\":{\"C\":-1}}]}")
            << QStringLiteral("invalid weight");
        QTest::newRow("bad direction")
            << QByteArray(
                   "{\"name\":\"x\",\"options\":[],\"criteria\":[{\"name\":\"C\",\"direction\":\"up\"}]}")
            << QStringLiteral("unknown value");
    }
    void jsonImportRefusesBadData()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        auto r = loadComparisons(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    }

    void freshFileHasCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.tradeoff"));
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), kSchemaVersion);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA application_id"))->toInt(), kApplicationId);
    }

    void migrationRefusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.tradeoff"));
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
            QVERIFY(!migrate(**db).ok());
            QVERIFY(migrate(**db).error().contains(QStringLiteral("newer")));
        }
        const QByteArray before = testsupport::fileDigest(path);
        auto loaded = store::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().contains(QStringLiteral("newer version")));
        QCOMPARE(testsupport::fileDigest(path), before);
    }

    void olderFileIsReadThroughAMigratedCopyAndBackedUpOnSave()
    {
        // A version 1 file, as the first release wrote it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.tradeoff"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 1).ok());
            QVERIFY(
                (*db)
                    ->execScript(QStringLiteral(
                        "INSERT INTO comparison (id, name) VALUES (1, 'Old');"
                        "INSERT INTO option (id, comparison_id, name) VALUES (1, 1, 'A'), (2, 1, 'B');"
                        "INSERT INTO criterion (id, comparison_id, name, direction) VALUES (1, 1, 'Speed', "
                        "'benefit');"
                        "INSERT INTO score (option_id, criterion_id, value) VALUES (1, 1, 7), (2, 1, 5);"))
                    .ok());
            QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 1);
        }
        const QByteArray before = testsupport::fileDigest(path);
        auto loaded = store::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        QCOMPARE(loaded->first().name, QStringLiteral("Old"));
        QCOMPARE(loaded->first().criteria.first().preference, Preference::Usual);
        QCOMPARE(*loaded->first().value(0, 0), 7.0);
        QCOMPARE(testsupport::fileDigest(path), before); // read, never written
        auto v = store::validate(path);
        QVERIFY(v.ok());
        QCOMPARE(v->schemaVersion, 1);

        // Saving over it keeps the old bytes as a backup.
        QVERIFY(store::save(path, *loaded).ok());
        QCOMPARE(testsupport::fileDigest(path + QStringLiteral(".v1.bak")), before);
        QCOMPARE(store::validate(path)->schemaVersion, kSchemaVersion);
    }

    void version2FileGainsTasksAndKeepsEverything()
    {
        // A version 2 file with PROMETHEE thresholds: migrating to version 3
        // adds the task tables and keeps every row.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.tradeoff"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 2).ok());
            QVERIFY((*db)
                        ->execScript(QStringLiteral(
                            "INSERT INTO comparison (id, name) VALUES (1, 'Two');"
                            "INSERT INTO source (id, comparison_id, title) VALUES (1, 1, 'Article');"
                            "INSERT INTO option (id, comparison_id, name, position) VALUES (1, 1, 'A', 0), "
                            "(2, 1, 'B', 1);"
                            "INSERT INTO criterion (id, comparison_id, name, direction, preference, "
                            "indifference, "
                            "preference_threshold) VALUES (1, 1, 'Latency', 'cost', 'linear', 5, 20);"
                            "INSERT INTO score (id, option_id, criterion_id, value, rationale) VALUES (1, 1, "
                            "1, 30, 'r');"
                            "INSERT INTO evidence (score_id, source_id, claim, stance) VALUES (1, 1, 'c', "
                            "'opposes');"
                            "INSERT INTO profile (id, comparison_id, name) VALUES (1, 1, 'P');"
                            "INSERT INTO profile_weight VALUES (1, 1, 3);"))
                        .ok());
        }
        const QByteArray before = testsupport::fileDigest(path);
        auto loaded = store::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        const Comparison &c = loaded->first();
        QCOMPARE(c.criteria.first().preference, Preference::Linear);
        QCOMPARE(*c.criteria.first().indifference, 5.0);
        QCOMPARE(*c.criteria.first().preferenceThreshold, 20.0);
        QCOMPARE(c.cell(0, 0).evidence.first().stance, Stance::Opposes);
        QCOMPARE(c.cell(0, 0).evidence.first().source, 0);
        QCOMPARE(c.profiles.first().weights, QVector<double>{3.0});
        QVERIFY(c.tasks.isEmpty());
        QCOMPARE(testsupport::fileDigest(path), before);

        // Add a task and save: version 3 on disk, the version 2 bytes kept.
        Comparison edited = c;
        Task t;
        t.name = QStringLiteral("Hello");
        t.examples = {{0, QStringLiteral("python"), QStringLiteral("print('hi')\n"), QStringLiteral("note")},
                      {1, QStringLiteral("javascript"), QStringLiteral("console.log(`hi`);\n"), QString()}};
        edited.tasks.append(t);
        QVERIFY(store::save(path, {edited}).ok());
        QCOMPARE(testsupport::fileDigest(path + QStringLiteral(".v2.bak")), before);
        auto again = store::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again->first(), edited);
    }

    void version3FileGainsSnapshotsAndKeepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.tradeoff"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 3).ok());
            QVERIFY((*db)
                        ->execScript(QStringLiteral(
                            "INSERT INTO comparison (id, name) VALUES (1, 'Three');"
                            "INSERT INTO option (id, comparison_id, name, position) VALUES (1, 1, 'A', 0), "
                            "(2, 1, 'B', 1);"
                            "INSERT INTO criterion (id, comparison_id, name) VALUES (1, 1, 'Speed');"
                            "INSERT INTO score (option_id, criterion_id, value) VALUES (1, 1, 4), (2, 1, 2);"
                            "INSERT INTO profile (id, comparison_id, name) VALUES (1, 1, 'P');"
                            "INSERT INTO profile_weight VALUES (1, 1, 2);"
                            "INSERT INTO task (id, comparison_id, name) VALUES (1, 1, 'Hello');"
                            "INSERT INTO code_example (task_id, option_id, language, code) VALUES "
                            "(1, 2, 'python', 'print(1)');"))
                        .ok());
        }
        const QByteArray before = testsupport::fileDigest(path);
        auto loaded = store::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        Comparison c = loaded->first();
        QCOMPARE(c.tasks.size(), 1);
        QCOMPARE(c.tasks[0].exampleFor(1)->code, QStringLiteral("print(1)"));
        QCOMPARE(*c.value(0, 0), 4.0);
        QVERIFY(c.snapshots.isEmpty());
        QCOMPARE(testsupport::fileDigest(path), before);

        Snapshot s;
        s.name = QStringLiteral("After the ops round");
        s.taken = QDateTime(QDate(2026, 11, 30), QTime(10, 15, 30, 250), Qt::UTC);
        s.method = core::Method::Topsis;
        s.normalization = core::Normalization::Vector;
        s.missing = core::MissingPolicy::Mean;
        s.criteria = {QStringLiteral("Speed")};
        s.weights = {2.5};
        s.options = {QStringLiteral("A"), QStringLiteral("B")};
        s.scores = {0.75, 0.25};
        s.ranks = {1, 2};
        s.verdict = QStringLiteral("A ranks first");
        c.snapshots.append(s);
        QVERIFY(store::save(path, {c}).ok());
        QCOMPARE(testsupport::fileDigest(path + QStringLiteral(".v3.bak")), before);
        auto again = store::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again->first(), c);
        // The same through JSON.
        auto json = json::fromJson(json::toJson(c));
        QVERIFY(json.ok());
        QCOMPARE(*json, c);
        // A snapshot whose lists disagree is refused, not half read.
        QJsonObject bad = json::snapshotToJson(s);
        bad.insert(QStringLiteral("ranks"), QJsonArray{1});
        QVERIFY(!json::snapshotFromJson(bad).ok());
        bad = json::snapshotToJson(s);
        bad.insert(QStringLiteral("weights"), QJsonArray{-1});
        QVERIFY(!json::snapshotFromJson(bad).ok());
        // VIKOR stores its key and its v; other methods store no v, so their
        // snapshots read as they did before VIKOR existed.
        QVERIFY(!json::snapshotToJson(s).contains(QStringLiteral("vikor_v")));
        Snapshot v = s;
        v.method = core::Method::Vikor;
        v.normalization = core::Normalization::MinMax;
        v.vikorV = 0.3;
        const QJsonObject vj = json::snapshotToJson(v);
        QCOMPARE(vj[QStringLiteral("method")].toString(), QStringLiteral("vikor"));
        QCOMPARE(vj[QStringLiteral("vikor_v")].toDouble(), 0.3);
        QCOMPARE(*json::snapshotFromJson(vj), v);
        c.snapshots.append(v);
        QVERIFY(store::save(path, {c}).ok());
        QCOMPARE(store::load(path)->first(), c);
        bad = vj;
        bad.insert(QStringLiteral("vikor_v"), 1.5);
        QVERIFY(!json::snapshotFromJson(bad).ok());
    }

    void version4FileGainsDecisionRecordsAndKeepsEverything()
    {
        // A version 4 file: no decision tables.  It reads as proposed, is
        // never written on open, and is backed up when saved over.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.tradeoff"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 4).ok());
            QVERIFY(
                (*db)
                    ->execScript(QStringLiteral(
                        "INSERT INTO comparison (id, name, position) VALUES (1, 'Four', 0), (2, 'Five', 1);"
                        "INSERT INTO option (id, comparison_id, name, position) VALUES (1, 1, 'A', 0), "
                        "(2, 1, 'B', 1), (3, 2, 'C', 0);"
                        "INSERT INTO criterion (id, comparison_id, name) VALUES (1, 1, 'Speed'), "
                        "(2, 2, 'Cost');"
                        "INSERT INTO score (option_id, criterion_id, value) VALUES (1, 1, 4), (2, 1, 2);"
                        "INSERT INTO snapshot (comparison_id, name, taken) VALUES (1, 'Before', "
                        "'2026-11-01T09:00:00.000Z');"))
                    .ok());
            QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 4);
        }
        const QByteArray before = testsupport::fileDigest(path);
        auto loaded = store::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        QCOMPARE(loaded->size(), 2);
        Comparison c = loaded->first();
        QCOMPARE(c.decision, DecisionRecord{});
        QCOMPARE(c.decision.status, DecisionStatus::Proposed);
        QCOMPARE(c.snapshots.size(), 1);
        QCOMPARE(*c.value(0, 0), 4.0);
        QCOMPARE(testsupport::fileDigest(path), before);
        QCOMPARE(store::validate(path)->schemaVersion, 4);

        c.decision.status = DecisionStatus::Superseded;
        c.decision.supersededBy = QStringLiteral("Five");
        c.decision.decided = QDate(2026, 11, 30);
        c.decision.deciders = {QStringLiteral("Ada Lovelace"), QStringLiteral("Smith, J.")};
        c.decision.consulted = {QStringLiteral("Ops \"night\" team")};
        c.decision.informed = {QStringLiteral("Everyone"), QStringLiteral("Zoë")};
        Comparison other = loaded->at(1);
        other.decision.status = DecisionStatus::Accepted; // status only: a row without people
        QVERIFY(store::save(path, {c, other}).ok());
        QCOMPARE(testsupport::fileDigest(path + QStringLiteral(".v4.bak")), before);
        QCOMPARE(store::validate(path)->schemaVersion, kSchemaVersion);
        auto again = store::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 2);
        QCOMPARE(again->at(0), c);
        QCOMPARE(again->at(1), other);
        QCOMPARE(again->at(1).decision.decided, QDate());
        // The same through JSON.
        auto json = json::fromJson(json::toJson(c));
        QVERIFY(json.ok());
        QCOMPARE(*json, c);
    }

    // Schema 6: a criteria tree, value functions and score ranges go
    // through the file, JSON and the repository's parts unchanged.
    void treeValueFunctionsAndRangesRoundTrip()
    {
        Comparison c = testsupport::small();
        c.criteria[0].category = QStringLiteral("I/O");
        c.criteria[1].category = QStringLiteral("I/O");
        c.groups = {{QStringLiteral("Performance"), {}, QStringLiteral("How fast, all told")},
                    {QStringLiteral("I/O"), QStringLiteral("Performance"), {}}};
        c.criteria[0].valueFunction = {ValueShape::Piecewise, {{0, 0}, {3, 0.8}, {10, 1}}};
        c.criteria[1].valueFunction = {ValueShape::Step, {{2, 0.25}, {5, 1}}};
        c.cell(0, 0).value = 4;
        c.cell(0, 0).low = 2.5;
        c.cell(0, 0).high = 4;
        QVERIFY(store::checkValues(c).isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("six.tradeoff"));
        QVERIFY(store::save(path, {c}).ok());
        auto loaded = store::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        QCOMPARE(loaded->first(), c);
        auto json = json::fromJson(json::toJson(c));
        QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.error()));
        QCOMPARE(*json, c);
        auto large = json::fromJson(json::toJson(c, json::ScoreLayout::Matrix));
        QVERIFY(large.ok());
        QCOMPARE(*large, c);
        QCOMPARE(json::compactJson(c), QJsonDocument(json::toJson(c)).toJson(QJsonDocument::Compact));
        auto parts = repo::assemble(c.name, repo::split(c)); // the team repository's form
        QVERIFY2(parts.ok(), qPrintable(parts.ok() ? QString() : parts.error()));
        QCOMPARE(*parts, c);
        // Without any of them, a comparison's JSON (and checksum) is as before.
        const QJsonObject plain = json::toJson(testsupport::small());
        QVERIFY(!plain.contains(QStringLiteral("groups")));
        QVERIFY(!plain.value(QStringLiteral("criteria"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("value_function")));
        QVERIFY(!plain.value(QStringLiteral("scores"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("low")));
    }

    void version5FileIsAOneLevelTree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.tradeoff"));
        {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(migrate(**db, 5).ok());
            QVERIFY((*db)
                        ->execScript(QStringLiteral(
                            "INSERT INTO comparison (id, name, position) VALUES (1, 'Five', 0);"
                            "INSERT INTO option (id, comparison_id, name, position) VALUES "
                            "(1, 1, 'A', 0), (2, 1, 'B', 1);"
                            "INSERT INTO criterion (id, comparison_id, name, category, position) "
                            "VALUES (1, 1, 'Speed', 'Performance', 0), (2, 1, 'Docs', "
                            "'Ecosystem', 1);"
                            "INSERT INTO score (option_id, criterion_id, value) VALUES (1, 1, 4), "
                            "(2, 1, 2);"))
                        .ok());
        }
        const QByteArray before = testsupport::fileDigest(path);
        auto loaded = store::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
        const Comparison c = loaded->first();
        QVERIFY(c.groups.isEmpty()); // the categories are the top level, as they stand
        QCOMPARE(c.criteria[0].category, QStringLiteral("Performance"));
        QVERIFY(c.criteria[0].valueFunction.isLinear());
        QVERIFY(!c.cell(0, 0).isRange());
        QCOMPARE(testsupport::fileDigest(path), before);
        QVERIFY(store::save(path, {c}).ok());
        QCOMPARE(store::validate(path)->schemaVersion, 6);
        QCOMPARE(store::load(path)->first(), c);
    }

    void badTreesFunctionsAndRangesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "{\"name\":\"x\",\"options\":[{\"name\":\"A\"}],";
        QTest::newRow("group loop") << head + "\"criteria\":[{\"name\":\"C\",\"category\":\"G\"}],"
                                              "\"groups\":[{\"name\":\"G\",\"parent\":\"H\"},"
                                              "{\"name\":\"H\",\"parent\":\"G\"}]}"
                                    << QStringLiteral("inside itself");
        QTest::newRow("group twice") << head +
                                            "\"criteria\":[],\"groups\":[{\"name\":\"G\"},{\"name\":\"G\"}]}"
                                     << QStringLiteral("twice");
        QByteArray deep = head + "\"criteria\":[],\"groups\":[";
        for (int level = 0; level < 10; ++level) {
            deep += (level ? "," : "") + QByteArray("{\"name\":\"G") + QByteArray::number(level) +
                    "\",\"parent\":\"" + (level ? "G" + QByteArray::number(level - 1) : QByteArray()) + "\"}";
        }
        QTest::newRow("too deep") << deep + "]}" << QStringLiteral("levels deep");
        const QByteArray criterion = head + "\"criteria\":[{\"name\":\"C\",\"value_function\":";
        QTest::newRow("unknown shape")
            << criterion + "{\"shape\":\"wiggly\"}}]}" << QStringLiteral("unknown shape");
        QTest::newRow("x not increasing")
            << criterion + "{\"shape\":\"piecewise\",\"points\":[[1,0],[1,1]]}}]}"
            << QStringLiteral("strictly increasing");
        QTest::newRow("y above 1") << criterion + "{\"shape\":\"step\",\"points\":[[1,1.5]]}}]}"
                                   << QStringLiteral("from 0 to 1");
        QTest::newRow("one piecewise point")
            << criterion + "{\"shape\":\"piecewise\",\"points\":[[1,0]]}}]}" << QStringLiteral("2 to");
        QTest::newRow("bad points") << criterion + "{\"shape\":\"step\",\"points\":[[1]]}}]}"
                                    << QStringLiteral("[x, y] pairs");
        const QByteArray score = head + "\"criteria\":[{\"name\":\"C\"}],\"scores\":[{\"option\":\"A\","
                                        "\"criterion\":\"C\",";
        QTest::newRow("low above value")
            << score + "\"value\":3,\"low\":4,\"high\":5}]}" << QStringLiteral("low <= most likely <= high");
        QTest::newRow("one end only")
            << score + "\"value\":3,\"low\":2}]}" << QStringLiteral("range without");
        QTest::newRow("range without value")
            << score + "\"low\":2,\"high\":5}]}" << QStringLiteral("range without");
        QTest::newRow("range outside scale")
            << head + "\"criteria\":[{\"name\":\"C\",\"scale_min\":0,\"scale_max\":10}],\"scores\":["
                      "{\"option\":\"A\",\"criterion\":\"C\",\"value\":3,\"low\":-1,\"high\":5}]}"
            << QStringLiteral("outside its scale");
    }
    void badTreesFunctionsAndRangesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
        auto r = json::fromJson(doc.object());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QVERIFY(!r.error().contains(QLatin1Char('\n')));
    }

    void decisionRecordsAreStoredAsRows()
    {
        // One row per comparison with a record, one per person, in order;
        // a comparison without a record adds no row.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.tradeoff"));
        Comparison a = testsupport::small();
        a.decision.status = DecisionStatus::Accepted;
        a.decision.decided = QDate(2026, 1, 31);
        a.decision.deciders = {QStringLiteral("B"), QStringLiteral("A")};
        Comparison b = testsupport::small();
        b.name = QStringLiteral("Plain");
        QVERIFY(store::save(path, {a, b}).ok());
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM decision"))->toInt(), 1);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT status || ' ' || decided FROM decision"))->toString(),
                 QStringLiteral("accepted 2026-01-31"));
        QCOMPARE((*db)
                     ->scalar(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM "
                                             "decision_person WHERE role = 'decider' ORDER BY position)"))
                     ->toString(),
                 QStringLiteral("B|A"));
        // What save() measures is what a file holds.
        QCOMPARE(store::sizeOf({a, b}).people, 2);
    }

    void decisionRecordJsonIsChecked()
    {
        DecisionRecord d;
        d.status = DecisionStatus::Rejected;
        d.decided = QDate(2026, 11, 30);
        d.consulted = {QStringLiteral("Grace")};
        const QJsonObject json = json::decisionToJson(d);
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("consulted"), QStringLiteral("decided"),
                                           QStringLiteral("deciders"), QStringLiteral("informed"),
                                           QStringLiteral("status"), QStringLiteral("superseded_by")}));
        QCOMPARE(json[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
        QCOMPARE(json[QStringLiteral("decided")].toString(), QStringLiteral("2026-11-30"));
        QVERIFY(json[QStringLiteral("superseded_by")].isNull());
        QCOMPARE(*json::decisionFromJson(json), d);
        QVERIFY(json::decisionToJson(DecisionRecord{})[QStringLiteral("decided")].isNull());

        auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject bad = json;
            bad.insert(QLatin1String(key), value);
            const auto r = json::decisionFromJson(bad);
            return r.ok() ? QString() : r.error();
        };
        QVERIFY(with("status", QStringLiteral("approved")).contains(QStringLiteral("unknown value")));
        QVERIFY(with("decided", QStringLiteral("2026-02-30")).contains(QStringLiteral("not a date")));
        QVERIFY(with("decided", QStringLiteral("2026-11-30T10:00")).contains(QStringLiteral("not a date")));
        QVERIFY(with("deciders", QJsonArray{1}).contains(QStringLiteral("not a name")));
        QVERIFY(with("informed", QJsonArray{QString(201, QLatin1Char('x'))})
                    .contains(QStringLiteral("not a name")));
        QVERIFY(!with("superseded_by", QString(201, QLatin1Char('x'))).isEmpty());
        // A comparison holding a record that contradicts itself is refused.
        Comparison c = testsupport::small();
        QJsonObject whole = json::toJson(c);
        QVERIFY(!whole.contains(QStringLiteral("decision"))); // no record, checksum as before
        QJsonObject accepted = json;
        accepted.insert(QStringLiteral("superseded_by"), QStringLiteral("Other"));
        whole.insert(QStringLiteral("decision"), accepted);
        QVERIFY(json::fromJson(whole).error().contains(QStringLiteral("not 'superseded'")));
    }

    void migrationIsTransactional()
    {
        // A database at version 0 with a clashing table: the step fails and
        // leaves the version and the table as they were.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE profile (x)")).ok());
        const auto r = migrate(**db);
        QVERIFY(!r.ok());
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 0);
        QVERIFY(!(*db)->scalar(QStringLiteral("SELECT count(*) FROM comparison")).ok());
    }

    void saveIsAtomicOnFailure()
    {
        // An invalid comparison is refused before anything is written, and a
        // failing write leaves the previous file intact.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.tradeoff"));
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        const QByteArray before = testsupport::fileDigest(path);
        Comparison bad = testsupport::small();
        bad.cell(0, 0).value = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!store::save(path, {bad}).ok());
        Comparison duplicate = testsupport::small();
        duplicate.options[1].name =
            duplicate.options[0].name; // violates UNIQUE: fails inside the transaction
        QVERIFY(!store::save(path, {duplicate}).ok());
        QCOMPARE(testsupport::fileDigest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.tradeoff")});
    }

    void importAppliesTheLimitsOfLoad_data()
    {
        QTest::addColumn<int>("options");
        QTest::addColumn<int>("criteria");
        QTest::addColumn<QString>("expected");
        QTest::newRow("3 x 1,500") << 3 << 1'500 << QStringLiteral("1500 criteria");
        QTest::newRow("1,001 x 1,000") << 1'001 << 1'000 << QStringLiteral("1001000 cells");
        QTest::newRow("2,001 x 1") << 2'001 << 1 << QStringLiteral("2001 options");
    }
    void importAppliesTheLimitsOfLoad()
    {
        // What one command writes, every command reads: a CSV matrix that
        // loading would refuse as a Tradeoff file is refused when read, with
        // the same message, and save() does not write it either.
        QFETCH(int, options);
        QFETCH(int, criteria);
        QFETCH(QString, expected);
        QByteArray data = "option";
        for (int j = 1; j <= criteria; ++j)
            data += ",C" + QByteArray::number(j);
        data += '\n';
        for (int i = 1; i <= options; ++i)
            data += 'O' + QByteArray::number(i) + QByteArray(",").repeated(criteria) + '\n';
        const auto fromCsv = csv::parse(data, QStringLiteral("m"));
        QVERIFY2(!fromCsv.ok(), "the CSV reader accepted a matrix that loading refuses");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.tradeoff"));
        makeMatrixFile(path, QStringLiteral("m"), options, criteria);
        const auto loaded = store::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
        QCOMPARE(fromCsv.error(), loaded.error());
        const auto validated = store::validate(path);
        QVERIFY(!validated.ok());
        QCOMPARE(validated.error(), loaded.error());

        Comparison c;
        c.name = QStringLiteral("m");
        for (int i = 1; i <= options; ++i)
            c.options.append({QStringLiteral("O%1").arg(i), {}, {}});
        for (int j = 1; j <= criteria; ++j) {
            Criterion k;
            k.name = QStringLiteral("C%1").arg(j);
            c.criteria.append(k);
        }
        c.resizeCells();
        c.profiles.append({QStringLiteral("Equal weights"), ProfileKind::Custom, {}, -1, c.equalWeights()});
        const QString out = dir.filePath(QStringLiteral("saved.tradeoff"));
        const auto saved = store::save(out, {c});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(), loaded.error());
        QVERIFY(!QFile::exists(out));
    }

    void damagedFileIsJudgedAlikeByEveryCommand_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("evidence index misses a row") << QStringLiteral("evidence");
        QTest::newRow("profile index misses a row") << QStringLiteral("profile");
        QTest::newRow("a row refers to a missing one") << QStringLiteral("foreign key");
    }
    void damagedFileIsJudgedAlikeByEveryCommand()
    {
        // load (score, report, the window) and validate make one judgement:
        // a file one refuses, the other refuses with the same message.
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.tradeoff"));
        QVERIFY(QFile::copy(testsupport::bundledPath(), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (damage == QLatin1String("evidence")) {
            dropIndexRow(path, QStringLiteral("idx_evidence_score"), damage, QStringLiteral("score_id"));
        } else if (damage == QLatin1String("profile")) {
            dropIndexRow(path, QStringLiteral("idx_profile_comparison"), damage,
                         QStringLiteral("comparison_id"));
        } else {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->execScript(
                            QStringLiteral("PRAGMA foreign_keys = OFF;"
                                           "INSERT INTO option (comparison_id, name) VALUES (99, 'Lost');"))
                        .ok());
        }
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = testsupport::fileDigest(path);
        const auto loaded = store::load(path);
        const auto validated = store::validate(path);
        const auto any = loadComparisons(path);
        QVERIFY2(!loaded.ok(), "load accepted a damaged file");
        QVERIFY2(loaded.error().contains(QStringLiteral("damaged")), qPrintable(loaded.error()));
        QVERIFY2(!validated.ok(), "validate accepted a damaged file");
        QCOMPARE(validated.error(), loaded.error());
        QVERIFY(!any.ok());
        QCOMPARE(any.error(), loaded.error());
        QCOMPARE(testsupport::fileDigest(path), before);
    }

    void validateReportsOutOfRangeValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("range.tradeoff"));
        QVERIFY(store::save(path, {testsupport::generated(2, 3)}).ok());
        auto ok = store::validate(path);
        QVERIFY(ok.ok());
        QVERIFY(ok->problems.isEmpty());
        {
            auto db = Database::open(path, Database::Mode::Create);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE score SET value = 42 WHERE id = 1")).ok());
        }
        auto bad = store::validate(path);
        QVERIFY(bad.ok());
        QCOMPARE(bad->problems.size(), 1);
        QVERIFY(bad->problems.first().contains(QStringLiteral("outside its scale")));
        QVERIFY(!store::load(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

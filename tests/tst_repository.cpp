#include "core/liveworkshop.h"
#include "core/parts.h"
#include "core/pgstore.h"
#include "core/repository.h"
#include "core/store.h"
#include "pgserver.h"
#include "testsupport.h"
#include "ui/analysispanel.h"
#include "ui/autosave.h"
#include "ui/conflictdialog.h"
#include "ui/liveworkshopcontroller.h"
#include "ui/presentationview.h"
#include "ui/repositorybrowser.h"
#include "ui/session.h"
#include "ui/stakeholderpanel.h"
#include "windowsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace core;

namespace {

// The error of a failed step, for a failure message.
template<typename T>
QByteArray why(const Expected<T> &e)
{
    return e.ok() ? QByteArray() : e.error().toUtf8();
}

// A connection and its repository, or the test fails.
std::unique_ptr<repo::Repository> open(const QString &url)
{
    auto r = repo::openRepository(url);
    if (!r)
        qWarning("%s", why(r).constData());
    return r ? std::move(*r) : nullptr;
}

Comparison find(const QVector<Comparison> &all, const QString &name)
{
    for (const Comparison &c : all) {
        if (c.name == name)
            return c;
    }
    return {};
}

} // namespace

// The team repository against a real PostgreSQL server this test starts and
// stops itself: schema, push and pull, merges and conflicts between
// concurrent clients, row-level security and a server that goes away.
class TestRepository final : public QObject
{
    Q_OBJECT
    testsupport::PgServer m_server;
    int m_databases = 0;

    // A new database with the repository schema in it.
    QString freshRepository()
    {
        const QString name = QStringLiteral("repo%1").arg(++m_databases);
        const QString error = m_server.createDatabase(name);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        const QString url = m_server.url(name);
        auto run = testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("init"), url});
        if (run.code != 0)
            qWarning("%s", run.err.constData());
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { QVERIFY(m_server.stop().isEmpty()); }

    void partsRoundTripEveryField()
    {
        Comparison c = testsupport::small();
        c.decision.status = DecisionStatus::Superseded;
        c.decision.supersededBy = QStringLiteral("Later");
        c.decision.decided = QDate(2026, 11, 30);
        c.decision.deciders = {QStringLiteral("Ada"), QStringLiteral("Linus")};
        c.decision.informed = {QStringLiteral("Ops")};
        auto back = repo::assemble(c.name, repo::split(c));
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(*back, c);
        const Comparison bundled = store::load(testsupport::bundledPath())->first();
        auto again = repo::assemble(bundled.name, repo::split(bundled));
        QVERIFY2(again.ok(), why(again).constData());
        QCOMPARE(*again, bundled);
    }

    void initCreatesMigratesAndRefuses()
    {
        const QString url = freshRepository();
        auto again = testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("init"), url});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("schema version 1"));
        // A database holding other tables is not taken over.
        QVERIFY(m_server.createDatabase(QStringLiteral("foreign")).isEmpty());
        QVERIFY(m_server.psql(QStringLiteral("CREATE TABLE invoices (id int)"), QStringLiteral("foreign"))
                    .isEmpty());
        auto foreign = testsupport::tradeoff(
            {QStringLiteral("repo"), QStringLiteral("init"), m_server.url(QStringLiteral("foreign"))});
        QCOMPARE(foreign.code, 2);
        QVERIFY2(foreign.err.contains("other tables"), foreign.err.constData());
        auto empty = testsupport::tradeoff({QStringLiteral("list"), url});
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains("holds no comparison yet"), empty.err.constData());
        auto notRepo =
            testsupport::tradeoff({QStringLiteral("score"), m_server.url(QStringLiteral("foreign"))});
        QCOMPARE(notRepo.code, 2);
        QVERIFY2(notRepo.err.contains("repo init"), notRepo.err.constData());
        QCOMPARE(notRepo.err.count('\n'), 1);
        // A newer schema is refused by every command.
        QVERIFY(m_server
                    .psql(QStringLiteral("UPDATE tradeoff_schema SET version = 99"),
                          QStringLiteral("repo%1").arg(m_databases))
                    .isEmpty());
        auto newer = testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("init"), url});
        QCOMPARE(newer.code, 2);
        QVERIFY2(newer.err.contains("newer version"), newer.err.constData());
        QVERIFY(testsupport::tradeoff({QStringLiteral("list"), url}).err.contains("newer version"));
    }

    void unreachableServerIsAMessageNotAHang()
    {
        // Nothing listens on port 1.
        auto run = testsupport::tradeoff(
            {QStringLiteral("score"), QStringLiteral("postgresql://x@127.0.0.1:1/none")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith("postgresql://x@127.0.0.1:1/none: cannot connect"), run.err.constData());
        auto bad = testsupport::tradeoff(
            {QStringLiteral("score"), QStringLiteral("postgresql://x@h/db?options=-c")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("unknown setting 'options'"), bad.err.constData());
        // A password in the URL is never printed.
        auto secret = testsupport::tradeoff(
            {QStringLiteral("list"), QStringLiteral("postgresql://x:hunter2@127.0.0.1:1/none")});
        QVERIFY(!secret.err.contains("hunter2"));
        // Nor a password given as libpq's "password" setting, nor one in a
        // URL that does not parse.
        for (const QString &url :
             {QStringLiteral("postgresql://x@127.0.0.1:1/none?password=hunter2"),
              QStringLiteral("postgresql://x@127.0.0.1:1/none?sslmode=disable&password=hunter2"),
              QStringLiteral("postgresql://x:hunter2@[::1/none"),
              QStringLiteral("postgresql://x@[::1/none?password=hunter2"),
              QStringLiteral("postgresql://x@127.0.0.1:1/none?Password=hunter2"),
              QStringLiteral("postgresql://x:p@hunter2@[::1/none")}) {
            auto listed = testsupport::tradeoff({QStringLiteral("list"), url});
            QCOMPARE(listed.code, 2);
            QVERIFY2(!listed.err.contains("hunter2"), listed.err.constData());
            QCOMPARE(listed.err.count('\n'), 1);
        }
        auto query = testsupport::tradeoff(
            {QStringLiteral("list"), QStringLiteral("postgresql://x@127.0.0.1:1/none?password=hunter2")});
        QVERIFY2(query.err.startsWith("postgresql://x@127.0.0.1:1/none: cannot connect"),
                 query.err.constData());
    }

    void pushPullAndEveryCommandOnAUrl()
    {
        const QString url = freshRepository();
        QTemporaryDir dir;
        auto push = testsupport::tradeoff(
            {QStringLiteral("repo"), QStringLiteral("push"), testsupport::bundledPath(), url});
        QVERIFY2(push.code == 0, push.err.constData());
        QVERIFY2(push.out.contains("1 added"), push.out.constData());
        const QString pulled = dir.filePath(QStringLiteral("pulled.tradeoff"));
        auto pull = testsupport::tradeoff(
            {QStringLiteral("repo"), QStringLiteral("pull"), url, QStringLiteral("-o"), pulled});
        QVERIFY2(pull.code == 0, pull.err.constData());
        QCOMPARE(*store::load(pulled), *store::load(testsupport::bundledPath()));
        // A postgresql:// URL is accepted wherever FILE is.
        for (const QStringList &args :
             {QStringList{QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json")},
              QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
              QStringList{QStringLiteral("sensitivity"), QStringLiteral("--format"),
                          QStringLiteral("json")}}) {
            auto fromFile =
                testsupport::tradeoff(args.mid(0, 1) + QStringList{testsupport::bundledPath()} + args.mid(1));
            auto fromRepo = testsupport::tradeoff(args.mid(0, 1) + QStringList{url} + args.mid(1));
            QVERIFY2(fromRepo.code == 0, fromRepo.err.constData());
            // The same output but for the name of where it came from.
            QJsonObject a = QJsonDocument::fromJson(fromRepo.out).object();
            QJsonObject b = QJsonDocument::fromJson(fromFile.out).object();
            QCOMPARE(a.take(QStringLiteral("file")).toString(), url);
            b.remove(QStringLiteral("file"));
            QVERIFY(!a.isEmpty());
            QCOMPARE(a, b);
        }
        auto validate = testsupport::tradeoff({QStringLiteral("validate"), url});
        QVERIFY2(validate.code == 0, validate.err.constData());
        QVERIFY(validate.out.contains("valid Tradeoff repository"));
        const QString report = dir.filePath(QStringLiteral("r.md"));
        QCOMPARE(testsupport::tradeoff({QStringLiteral("report"), url, QStringLiteral("-o"), report}).code,
                 0);
        QVERIFY(QFile(report).size() > 1000);
    }

    void pushAndPullNeverOverwriteSilently()
    {
        const QString url = freshRepository();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mine.tradeoff"));
        Comparison c = testsupport::small();
        QVERIFY(store::save(file, {c}).ok());
        QCOMPARE(testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("push"), file, url}).code, 0);
        auto same = testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("push"), file, url});
        QCOMPARE(same.code, 0);
        QVERIFY(same.out.contains("1 unchanged"));
        c.cell(0, 0).value = 1.5;
        QVERIFY(store::save(file, {c}).ok());
        auto refused = testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("push"), file, url});
        QCOMPARE(refused.code, 5);
        QVERIFY2(refused.err.contains("another version"), refused.err.constData());
        QCOMPARE(refused.err.count('\n'), 1);
        QCOMPARE(find(*open(url)->load(), c.name).cell(0, 0).value, testsupport::small().cell(0, 0).value);
        auto replaced = testsupport::tradeoff(
            {QStringLiteral("repo"), QStringLiteral("push"), file, url, QStringLiteral("--replace")});
        QVERIFY2(replaced.code == 0, replaced.err.constData());
        QCOMPARE(find(*open(url)->load(), c.name).cell(0, 0).value, 1.5);
        // Pull keeps a file's other comparisons and refuses to overwrite a
        // different version of the same one.
        const QString other = dir.filePath(QStringLiteral("other.tradeoff"));
        Comparison local = testsupport::small();
        Comparison extra = testsupport::small();
        extra.name = QStringLiteral("Kept");
        QVERIFY(store::save(other, {local, extra}).ok());
        const QByteArray before = testsupport::fileDigest(other);
        auto pullRefused = testsupport::tradeoff(
            {QStringLiteral("repo"), QStringLiteral("pull"), url, QStringLiteral("-o"), other});
        QCOMPARE(pullRefused.code, 5);
        QCOMPARE(testsupport::fileDigest(other), before);
        auto pullReplace = testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("pull"), url,
                                                  QStringLiteral("-o"), other, QStringLiteral("--replace")});
        QVERIFY2(pullReplace.code == 0, pullReplace.err.constData());
        const auto after = *store::load(other);
        QCOMPARE(after.size(), 2);
        QCOMPARE(find(after, c.name).cell(0, 0).value, 1.5);
        QCOMPARE(find(after, QStringLiteral("Kept")), extra);
        // --comparison picks one; an unknown one is named.
        auto unknown =
            testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("pull"), url, QStringLiteral("-o"),
                                   dir.filePath(QStringLiteral("x.tradeoff")), QStringLiteral("--comparison"),
                                   QStringLiteral("Nope")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.tradeoff"))));
    }

    void pushRefusesWhatValidateRefuses()
    {
        const QString url = freshRepository();
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("damaged.tradeoff"));
        QVERIFY(QFile::copy(testsupport::bundledPath(), damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            for (qsizetype i = 4096; i < bytes.size(); i += 97)
                bytes[i] = char(i * 31 % 251);
            f.seek(0);
            f.write(bytes);
        }
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        QVERIFY(m_server.psql(QStringLiteral("SELECT 1")).isEmpty());
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        for (const QString &bad : {damaged, foreign}) {
            auto validate = testsupport::tradeoff({QStringLiteral("validate"), bad});
            auto push = testsupport::tradeoff({QStringLiteral("repo"), QStringLiteral("push"), bad, url});
            QVERIFY(validate.code != 0);
            QCOMPARE(push.code, validate.code);
            QCOMPARE(push.err, validate.err);
        }
        QVERIFY(open(url)->load()->isEmpty());
    }

    void sqlInNamesAndTextsIsStoredVerbatim()
    {
        const QString url = freshRepository();
        Comparison c = testsupport::small();
        c.name = QStringLiteral("x'); DROP TABLE parts; --");
        c.options[0].name = QStringLiteral("$$; DELETE FROM comparisons; $$");
        c.criteria[1].name = QStringLiteral("\"]; --");
        c.cell(0, 1).rationale =
            QStringLiteral("'; UPDATE comparisons SET owner = 'me'; -- \\ %s \u00e9\u4e2d");
        auto r = open(url);
        QVERIFY(r->load().ok());
        auto saved = r->save({c});
        QVERIFY2(saved.ok(), why(saved).constData());
        QCOMPARE(find(*open(url)->load(), c.name), c);
    }

    void othersChangesMergeWithoutAQuestion()
    {
        const QString url = freshRepository();
        auto a = open(url);
        auto b = open(url);
        QVERIFY(a->save({testsupport::small()}).ok());
        QVector<Comparison> mineA = *a->load();
        QVector<Comparison> mineB = *b->load();
        mineA[0].cell(0, 0).value = 9.5;
        mineA[0].cell(0, 0).rationale = QStringLiteral("A's reason");
        mineB[0].cell(1, 1).value = 0.5;
        mineB[0].options[2].description = QStringLiteral("B's words");
        auto savedA = a->save(mineA);
        QVERIFY(savedA.ok() && savedA->conflicts.isEmpty());
        auto savedB = b->save(mineB);
        QVERIFY(savedB.ok());
        QVERIFY(savedB->conflicts.isEmpty());
        QCOMPARE(savedB->merged.size(), 1); // A's cell came in
        QCOMPARE(savedB->merged.first().by, QStringLiteral("tradeoff"));
        const Comparison shown = savedB->comparisons.first();
        QCOMPARE(shown.cell(0, 0).value, 9.5);
        QCOMPARE(shown.cell(1, 1).value, 0.5);
        // A refresh brings B's changes into A's open document.
        auto refreshed = a->refresh(mineA);
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed->comparisons.first(), shown);
        QCOMPARE(find(*open(url)->load(), shown.name), shown);
    }

    void aTrueConflictShowsBothAndTheUserPicks()
    {
        const QString url = freshRepository();
        auto a = open(url);
        auto b = open(url);
        QVERIFY(a->save({testsupport::small()}).ok());
        QVector<Comparison> mineA = *a->load();
        QVector<Comparison> mineB = *b->load();
        mineA[0].cell(0, 0).value = 1.0;
        mineB[0].cell(0, 0).value = 2.0;
        mineB[0].cell(2, 2).value = 3.0; // not in conflict, but in the same save
        QVERIFY(a->save(mineA)->conflicts.isEmpty());
        auto savedB = b->save(mineB);
        QVERIFY(savedB.ok());
        QCOMPARE(savedB->conflicts.size(), 1);
        const repo::Conflict conflict = savedB->conflicts.first();
        QCOMPARE(conflict.theirsBy, QStringLiteral("tradeoff"));
        QCOMPARE(QJsonDocument::fromJson(conflict.mine).object().value(QLatin1String("value")).toDouble(),
                 2.0);
        QCOMPARE(QJsonDocument::fromJson(conflict.theirs).object().value(QLatin1String("value")).toDouble(),
                 1.0);
        QVERIFY(conflict.what().contains(mineB[0].options[0].name));
        // Nothing of B's save was written.
        QCOMPARE(find(*open(url)->load(), mineB[0].name).cell(2, 2).value,
                 testsupport::small().cell(2, 2).value);
        // B keeps theirs: the save then writes only B's other change.
        auto shown = b->resolve(mineB, savedB->conflicts, {false});
        QVERIFY(shown.ok());
        QCOMPARE(shown->first().cell(0, 0).value, 1.0);
        auto again = b->save(*shown);
        QVERIFY(again.ok() && again->conflicts.isEmpty());
        Comparison final = find(*open(url)->load(), mineB[0].name);
        QCOMPARE(final.cell(0, 0).value, 1.0);
        QCOMPARE(final.cell(2, 2).value, 3.0);
        // A now changes it again while B keeps its own version.
        mineA = *a->load();
        mineA[0].cell(0, 0).value = 4.0;
        QVERIFY(a->save(mineA)->conflicts.isEmpty());
        QVector<Comparison> laterB = *shown;
        laterB[0].cell(0, 0).value = 5.0;
        auto conflictAgain = b->save(laterB);
        QCOMPARE(conflictAgain->conflicts.size(), 1);
        auto kept = b->resolve(laterB, conflictAgain->conflicts, {true});
        QCOMPARE(kept->first().cell(0, 0).value, 5.0);
        QVERIFY(b->save(*kept)->conflicts.isEmpty());
        QCOMPARE(find(*open(url)->load(), mineB[0].name).cell(0, 0).value, 5.0);
    }

    void tenConcurrentClientsLoseNoUpdate()
    {
        const QString url = freshRepository();
        QVERIFY(open(url)->save({testsupport::generated(10, 12)}).ok());
        const QString name = testsupport::generated(10, 12).name;
        constexpr int kClients = 10;
        constexpr int kRounds = 6;
        std::atomic<int> conflicts{0};
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int client = 0; client < kClients; ++client) {
            threads.emplace_back([&, client] {
                // A connection belongs to the thread that opens it.
                auto r = repo::openRepository(url);
                if (!r) {
                    ++failures;
                    return;
                }
                auto mine = (*r)->load();
                if (!mine) {
                    ++failures;
                    return;
                }
                QVector<Comparison> doc = *mine;
                for (int round = 0; round < kRounds; ++round) {
                    // Each client's own cell: never a conflict.
                    doc[0].cell(client, round).value = client + round / 10.0;
                    // Everyone's shared cell: a conflict whenever another client
                    // saved it since; this client then takes theirs and goes on.
                    doc[0].cell(0, 11).value = client + round / 10.0;
                    for (int attempt = 0; attempt < 50; ++attempt) {
                        auto saved = (*r)->save(doc);
                        if (!saved) {
                            qWarning("%s", qPrintable(saved.error()));
                            ++failures;
                            return;
                        }
                        if (saved->conflicts.isEmpty()) {
                            doc = saved->comparisons;
                            break;
                        }
                        conflicts += int(saved->conflicts.size());
                        for (const repo::Conflict &c : saved->conflicts) {
                            if (!c.key.contains(QLatin1String("Criterion 12"))) {
                                qWarning("%s", qPrintable(c.key));
                                ++failures; // only the shared cell may conflict
                            }
                        }
                        auto resolved = (*r)->resolve(doc, saved->conflicts,
                                                      QVector<bool>(saved->conflicts.size(), true));
                        if (!resolved) {
                            ++failures;
                            return;
                        }
                        doc = *resolved;
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        const Comparison final = find(*open(url)->load(), name);
        const Comparison start = testsupport::generated(10, 12);
        // Cell by cell: every client's every round is there, the rest as it was.
        for (int i = 0; i < 10; ++i) {
            for (int j = 0; j < 12; ++j) {
                if (j == 11 && i == 0)
                    continue;
                const std::optional<double> expected =
                    j < kRounds ? std::optional<double>(i + j / 10.0) : start.cell(i, j).value;
                QCOMPARE(final.cell(i, j).value, expected);
            }
        }
        // The shared cell holds one client's last value.
        const int shared = qRound(*final.cell(0, 11).value * 10);
        QCOMPARE(shared % 10, kRounds - 1);
        QVERIFY(shared / 10 < kClients);
        qInfo("%d conflicts on the shared cell among %d clients", conflicts.load(), kClients);
    }

    void participantsAreHeldByTheDatabase()
    {
        const QString url = freshRepository();
        const QString db = QStringLiteral("repo%1").arg(m_databases);
        QVERIFY(open(url)->save({testsupport::small()}).ok());
        // Roles are cluster-wide: made once.
        m_server.psql(QStringLiteral("DROP ROLE IF EXISTS alice; DROP ROLE IF EXISTS bob; "
                                     "CREATE ROLE alice LOGIN IN ROLE tradeoff_participant; "
                                     "CREATE ROLE bob LOGIN IN ROLE tradeoff_participant"),
                      db);
        QString out;
        QVERIFY(
            m_server
                .psql(QStringLiteral("SET ROLE bob; INSERT INTO stakeholder_weights (comparison, weights) "
                                     "SELECT id, '{\"C1\": 1}' FROM comparisons"),
                      db)
                .isEmpty());
        // Alice writes her own weights...
        QString e = m_server.psql(
            QStringLiteral("SET ROLE alice; INSERT INTO stakeholder_weights (comparison, weights) "
                           "SELECT id, '{\"C1\": 2}' FROM comparisons"),
            db);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        // ...but not Bob's, by any hand-written SQL.
        e = m_server.psql(
            QStringLiteral("SET ROLE alice; INSERT INTO stakeholder_weights (comparison, participant, "
                           "weights) SELECT id, 'bob', '{}' FROM comparisons "
                           "ON CONFLICT (comparison, participant) DO UPDATE SET weights = '{}'"),
            db);
        QVERIFY2(e.contains(QLatin1String("row-level security")), qPrintable(e));
        e = m_server.psql(QStringLiteral("SET ROLE alice; UPDATE stakeholder_weights SET weights = '{}' "
                                         "WHERE participant = 'bob' RETURNING 1"),
                          db, &out);
        QVERIFY(e.isEmpty());
        QCOMPARE(out.trimmed(), QString()); // no row it may touch
        QVERIFY(m_server
                    .psql(QStringLiteral(
                              "SET ROLE alice; DELETE FROM stakeholder_weights WHERE participant = 'bob'"),
                          db)
                    .isEmpty());
        QVERIFY(m_server
                    .psql(QStringLiteral("SELECT weights FROM stakeholder_weights WHERE participant = 'bob'"),
                          db, &out)
                    .isEmpty());
        QCOMPARE(out.trimmed(), QStringLiteral("{\"C1\": 1}"));
        // A participant edits no comparison.
        e = m_server.psql(QStringLiteral("SET ROLE alice; UPDATE parts SET body = NULL"), db);
        QVERIFY2(e.contains(QLatin1String("permission denied")), qPrintable(e));
        // An owner edits only what it owns.
        m_server.psql(
            QStringLiteral("DROP ROLE IF EXISTS carol; CREATE ROLE carol LOGIN IN ROLE tradeoff_owner"), db);
        e = m_server.psql(QStringLiteral("SET ROLE carol; UPDATE parts SET body = NULL RETURNING 1"), db,
                          &out);
        QVERIFY(e.isEmpty());
        QCOMPARE(out.trimmed(), QString());
        // Through Tradeoff, the same refusal is a message.
        auto carol = open(m_server.url(db, QStringLiteral("carol")));
        QVERIFY(carol);
        QVector<Comparison> doc = *carol->load();
        doc[0].cell(0, 0).value = 0.25;
        auto saved = carol->save(doc);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("row-level security")) ||
                     saved.error().contains(QLatin1String("owners")),
                 why(saved).constData());
        QCOMPARE(find(*open(url)->load(), doc[0].name), testsupport::small());
    }

    void aNotificationReachesTheOtherClient()
    {
        const QString url = freshRepository();
        QVERIFY(open(url)->save({testsupport::small()}).ok());
        PgStore listening(url);
        QVERIFY(listening.load().ok());
        listening.setWatching(true);
        QSignalSpy changed(&listening, &DocumentStore::changedOutside);
        PgStore other(url);
        auto mine = other.load();
        QVERIFY(mine.ok());
        // The other's own save is not news to itself.
        other.setWatching(true);
        QSignalSpy ownChange(&other, &DocumentStore::changedOutside);
        (*mine)[0].cell(0, 0).value = 7.25;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(other.save(*mine).ok());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
        qInfo("notified after %lld ms", clock.elapsed());
        auto refreshed = listening.sync(*listening.load(), false);
        QVERIFY(refreshed.ok());
        QCOMPARE(refreshed->comparisons.first().cell(0, 0).value, 7.25);
        QTest::qWait(100);
        QCOMPARE(ownChange.size(), 0);
    }

    void theWindowShowsOthersChangesAndAsksOnConflict()
    {
        const QString url = freshRepository();
        QVERIFY(open(url)->save({testsupport::small()}).ok());
        ui::MainWindow w;
        auto &prompts = testsupport::script(w);
        QVERIFY(w.document()->open(url));
        QCOMPARE(w.document()->location(), url);
        QVERIFY(!w.session()->isModified());
        auto other = open(url);
        QVector<Comparison> theirs = *other->load();
        // Someone else changes a cell: the window shows it within a second,
        // says who did what, stays unmodified, and can undo it as one step.
        theirs[0].cell(1, 2).value = 8.75;
        QVERIFY(other->save(theirs)->conflicts.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->comparison().cell(1, 2).value, 8.75, 1000);
        QVERIFY(!w.session()->isModified());
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("tradeoff changed the score of")),
                 qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.session()->undoStack()->undoText(), QStringLiteral("Changes by tradeoff"));
        // Both change the same cell: saving shows both versions and keeps
        // the one picked (theirs here); the window's other change is saved.
        QVERIFY(w.session()->setScore(0, 0, 1.25));
        QVERIFY(w.session()->setScore(2, 1, 6.5));
        theirs = *other->load();
        theirs[0].cell(0, 0).value = 9.0;
        QVERIFY(other->save(theirs)->conflicts.isEmpty());
        QStringList shown;
        prompts.dialog = [&](QDialog &d) {
            auto *dialog = qobject_cast<ui::ConflictDialog *>(&d);
            if (!dialog)
                return int(QDialog::Rejected);
            shown.append(QString::number(dialog->rowCount()));
            dialog->setKeepMine(0, false);
            return int(QDialog::Accepted);
        };
        QVERIFY(w.document()->save());
        QCOMPARE(shown, QStringList{QStringLiteral("1")});
        QVERIFY(!w.session()->isModified());
        QCOMPARE(w.session()->comparison().cell(0, 0).value, 9.0);
        const Comparison saved = find(*open(url)->load(), testsupport::small().name);
        QCOMPARE(saved.cell(0, 0).value, 9.0);
        QCOMPARE(saved.cell(2, 1).value, 6.5);
        QCOMPARE(saved.cell(1, 2).value, 8.75);
    }

    void theBrowserListsStatusOwnerAndLastChange()
    {
        const QString url = freshRepository();
        Comparison first = testsupport::small();
        first.name = QStringLiteral("Queue: Kafka or RabbitMQ");
        first.decision.status = DecisionStatus::Accepted;
        first.decision.decided = QDate(2026, 11, 2);
        Comparison second = testsupport::small();
        second.name = QStringLiteral("Backend: Node.js or Python");
        QVERIFY(open(url)->save({first, second}).ok());
        auto listed = open(url)->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        ui::RepositoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparisons(*listed);
        QCOMPARE(model.rowCount(), 2);
        ui::MainWindow w;
        auto &prompts = testsupport::script(w);
        QVERIFY(w.document()->open(url));
        QStringList seen;
        prompts.dialog = [&](QDialog &d) {
            auto *browser = qobject_cast<ui::RepositoryBrowser *>(&d);
            if (!browser)
                return int(QDialog::Rejected);
            seen.append(QString::number(browser->visibleCount()));
            browser->setSearch(QStringLiteral("accepted")); // a status, case-insensitive
            seen.append(QString::number(browser->visibleCount()));
            browser->choose(0);
            return int(QDialog::Accepted);
        };
        QVERIFY(w.document()->browseRepository());
        QCOMPARE(seen, (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(w.session()->comparison().name, first.name);
        QCOMPARE(w.session()->comparison().decision, first.decision);
    }

    void aLiveWorkshopFromEveryLaptop()
    {
        const QString url = freshRepository();
        const QString db = QStringLiteral("repo%1").arg(m_databases);
        QVERIFY(open(url)->save({testsupport::small()}).ok());
        m_server.psql(QStringLiteral("DROP ROLE IF EXISTS alice; DROP ROLE IF EXISTS bob; "
                                     "CREATE ROLE alice LOGIN IN ROLE tradeoff_participant; "
                                     "CREATE ROLE bob LOGIN IN ROLE tradeoff_participant"),
                      db);
        // The facilitator (an owner) starts it on the comparison shown.
        ui::MainWindow facilitator;
        testsupport::script(facilitator);
        QVERIFY(facilitator.document()->open(url));
        const QString code = facilitator.liveWorkshop()->start();
        QCOMPARE(code.size(), 6);
        auto *panel = facilitator.analysisPanel()->stakeholderPanel();
        QVERIFY(panel);
        const int profiles = int(testsupport::small().profiles.size());
        // A participant joins from their own window by the code, and may not
        // edit the comparison (the database says so).
        ui::MainWindow alice;
        testsupport::script(alice);
        QVERIFY(alice.document()->open(m_server.url(db, QStringLiteral("alice"))));
        QVERIFY(alice.session()->isReadOnly());
        QVERIFY(alice.liveWorkshop()->join(code.toLower()));
        alice.session()->setWeight(0, 7.5);
        auto liveWeight = [&](const QString &who, int criterion) -> double {
            for (const Profile &p : facilitator.session()->liveStakeholders()) {
                if (p.name.startsWith(who))
                    return p.weights.value(criterion, -1);
            }
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(liveWeight(QStringLiteral("alice"), 0), 7.5, 2000);
        QCOMPARE(panel->table()->rowCount(), profiles + 1);
        // A second participant, then a dropped laptop: the room goes on.
        {
            auto bob = LiveWorkshop::open(m_server.url(db, QStringLiteral("bob")), testsupport::small().name);
            QVERIFY(bob.ok());
            QVERIFY((*bob)->publishNow({testsupport::small().criteria[1].name}, {3.0}).ok());
            QTRY_COMPARE_WITH_TIMEOUT(liveWeight(QStringLiteral("bob"), 1), 3.0, 2000);
        } // Bob's connection is gone without leaving.
        alice.session()->setWeight(0, 2.5);
        QTRY_COMPARE_WITH_TIMEOUT(liveWeight(QStringLiteral("alice"), 0), 2.5, 2000);
        QCOMPARE(liveWeight(QStringLiteral("bob"), 1), 3.0);
        QCOMPARE(panel->table()->rowCount(), profiles + 2);
        // Presentation mode says how the room leans.
        facilitator.present();
        QVERIFY2(facilitator.presentationView()->roomText().startsWith(QLatin1String("Live: 2 participant")),
                 qPrintable(facilitator.presentationView()->roomText()));
        facilitator.presentationView()->close();
        // Alice leaves and can rejoin.
        alice.liveWorkshop()->leave();
        QTRY_COMPARE_WITH_TIMEOUT(liveWeight(QStringLiteral("alice"), 0), -1.0, 2000);
        QVERIFY(alice.liveWorkshop()->join(testsupport::small().name));
        QTRY_COMPARE_WITH_TIMEOUT(liveWeight(QStringLiteral("alice"), 0), 2.5, 2000);
        // A participant cannot start a workshop.
        QVERIFY(alice.liveWorkshop()->start().isEmpty());
    }

    void theWindowKeepsTheWorkWhileTheServerIsAway()
    {
        const QString url = freshRepository();
        QVERIFY(open(url)->save({testsupport::small()}).ok());
        ui::MainWindow w;
        auto &prompts = testsupport::script(w);
        QVERIFY(w.document()->open(url));
        auto *store = qobject_cast<PgStore *>(w.document()->store());
        QVERIFY(store);
        store->setHeartbeat(100);
        QSignalSpy reachable(store, &DocumentStore::reachableChanged);
        QVERIFY(m_server.stop().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!reachable.isEmpty(), 3000);
        QCOMPARE(reachable.last().at(0).toBool(), false);
        // Said in the window, and the work goes on.
        QVERIFY2(!w.document()->lastError().isEmpty() &&
                     w.document()->lastError().contains(QLatin1String("cannot be reached")),
                 qPrintable(w.document()->lastError()));
        QVERIFY(w.session()->setScore(1, 1, 4.25));
        QVERIFY(!w.document()->save());
        QVERIFY(w.document()->lastError().contains(QLatin1String("stay in this window")));
        QVERIFY(w.session()->isModified());
        // The recovery copy holds it, as for a file.
        QVERIFY(w.document()->autosave()->writeNow().ok());
        ui::Autosave::waitForIdle();
        QVERIFY(!w.document()->autosave()->currentCopy().isEmpty());
        QVERIFY(QFile::exists(w.document()->autosave()->currentCopy()));
        QVERIFY(m_server.restart().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reachable.last().at(0).toBool(), 3000);
        QVERIFY2(w.document()->save(), qPrintable(w.document()->lastError()));
        QVERIFY(!w.session()->isModified());
        QCOMPARE(find(*open(url)->load(), testsupport::small().name).cell(1, 1).value, 4.25);
        Q_UNUSED(prompts);
        w.document()->discardRecovery();
    }

    void aServerStoppedMidSaveWritesNothingAndKeepsTheWork()
    {
        const QString url = freshRepository();
        const QString db = QStringLiteral("repo%1").arg(m_databases);
        QVERIFY(open(url)->save({testsupport::small()}).ok());
        auto r = open(url);
        QVector<Comparison> doc = *r->load();
        for (int i = 0; i < doc[0].optionCount(); ++i)
            doc[0].cell(i, 0).value = 0.5 + i;
        // Another session holds the comparison, so the save waits inside its
        // transaction; the server then stops under it.
        QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("blocker"));
        blocker.setHostName(QStringLiteral("127.0.0.1"));
        blocker.setPort(m_server.port());
        blocker.setDatabaseName(db);
        blocker.setUserName(QStringLiteral("tradeoff"));
        QVERIFY(blocker.open());
        QVERIFY(blocker.transaction());
        QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("SELECT * FROM comparisons FOR UPDATE")));
        Expected<repo::SyncResult> saved = Error{QString()};
        std::thread saver([&] { saved = r->save(doc); });
        QTest::qWait(500);
        QVERIFY(m_server.stop().isEmpty());
        saver.join();
        blocker.close();
        blocker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("lost the connection")) &&
                     saved.error().contains(QLatin1String("nothing was saved")),
                 why(saved).constData());
        QVERIFY(!saved.error().contains(QLatin1Char('\n')));
        QVERIFY(m_server.restart().isEmpty());
        // No half-written comparison; the user's document is intact and saves
        // once the server is back.
        QCOMPARE(find(*open(url)->load(), doc[0].name), testsupport::small());
        QCOMPARE(doc[0].cell(1, 0).value, 1.5);
        auto retry = r->save(doc);
        QVERIFY2(retry.ok(), why(retry).constData());
        QCOMPARE(find(*open(url)->load(), doc[0].name), doc[0]);
    }
};

QTEST_MAIN(TestRepository)
#include "tst_repository.moc"

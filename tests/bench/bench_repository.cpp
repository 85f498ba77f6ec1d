// The team repository against a local PostgreSQL server this bench starts:
//  - the save round trip of the bundled comparison (one changed cell, then
//    the whole comparison pushed anew);
//  - a live workshop: N participants (threads, each with its own
//    connection) each change a weight ten times a second; the figure is the
//    time from a participant's change to the facilitator's Stakeholders tab
//    having repainted with it.
// BENCH_PARTICIPANTS (default 20) and BENCH_SECONDS (default 30) scale it.
// `bench_repository --shots DIR` instead saves pictures of the repository
// browser, a conflict and a live workshop with three participants.
#include "core/liveworkshop.h"
#include "core/repository.h"
#include "core/store.h"
#include "pgserver.h"
#include "testsupport.h"
#include "ui/analysispanel.h"
#include "ui/conflictdialog.h"
#include "ui/liveworkshopcontroller.h"
#include "ui/mainwindow.h"
#include "ui/repositorybrowser.h"
#include "ui/session.h"
#include "ui/stakeholderpanel.h"
#include "windowsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}

void print(const char *what, const QVector<double> &ms)
{
    std::printf("%-58s n=%-6lld p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", what,
                static_cast<long long>(ms.size()), percentile(ms, 0.5), percentile(ms, 0.99),
                percentile(ms, 1.0));
}

int envInt(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

bool save(QWidget &w, const QString &path)
{
    QApplication::processEvents();
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "cannot save", qPrintable(path));
    return ok;
}

// Pictures of what a team sees: the browser, a conflict, a live workshop.
int shots(testsupport::PgServer &server, const QString &url, const QString &dir)
{
    QVector<core::Comparison> all = *core::store::load(testsupport::bundledPath());
    core::Comparison queue = testsupport::small();
    queue.name = QStringLiteral("Message queue: Kafka or RabbitMQ");
    queue.decision.status = core::DecisionStatus::Accepted;
    queue.decision.decided = QDate(2026, 10, 14);
    core::Comparison database = testsupport::small();
    database.name = QStringLiteral("Database: PostgreSQL or MongoDB");
    database.decision.status = core::DecisionStatus::Superseded;
    database.decision.supersededBy = queue.name;
    all[0].decision.status = core::DecisionStatus::Proposed;
    auto r = core::repo::openRepository(url);
    if (!r || !(*r)->save({all[0], queue, database}))
        return 1;
    {
        ui::RepositoryBrowser browser(*(*r)->list());
        browser.resize(900, 320);
        browser.show();
        save(browser, dir + QStringLiteral("/repository-browser.png"));
    }
    {
        auto a = core::repo::openRepository(url);
        auto b = core::repo::openRepository(url);
        QVector<core::Comparison> mineA = *(*a)->load(all[0].name);
        QVector<core::Comparison> mineB = *(*b)->load(all[0].name);
        mineA[0].cell(1, 0).value = 8;
        mineA[0].cell(1, 0).rationale = QStringLiteral("asyncio served 10k sockets in our load test.");
        mineB[0].cell(1, 0).value = 5;
        mineB[0].cell(1, 0).rationale = QStringLiteral("Fine for I/O, but our handlers are CPU-heavy.");
        mineB[0].options[1].description = QStringLiteral("CPython 3.12 with asyncio");
        (void)(*a)->save(mineA);
        auto saved = (*b)->save(mineB);
        ui::ConflictDialog dialog(saved->conflicts);
        dialog.resize(1000, 260);
        dialog.show();
        save(dialog, dir + QStringLiteral("/repository-conflict.png"));
    }
    for (const char *who : {"alice", "bob", "carol"})
        server.psql(
            QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN IN ROLE tradeoff_participant")
                .arg(QLatin1String(who)),
            QStringLiteral("tradeoff"));
    ui::MainWindow facilitator;
    testsupport::script(facilitator);
    if (!facilitator.document()->open(url))
        return 1;
    facilitator.resize(1280, 800);
    facilitator.show();
    for (int k = 0; k < facilitator.session()->comparisons().size(); ++k) {
        if (facilitator.session()->comparisons()[k].name == all[0].name)
            facilitator.session()->selectComparison(k);
    }
    if (facilitator.liveWorkshop()->start().isEmpty())
        return 1;
    facilitator.analysisPanel()->setCurrentIndex(ui::AnalysisPanel::StakeholdersTab);
    const core::Comparison &c = all[0];
    QStringList criteria;
    for (const core::Criterion &k : c.criteria)
        criteria.append(k.name);
    // Three people who care about different things.
    const QVector<QVector<double>> weights = {{4, 2, 1, 4, 3, 1, 1, 0.5, 1, 1, 1, 1, 5, 0.5, 0.5, 3, 1},
                                              {1, 3, 1, 1, 1, 2, 1, 5, 2, 2, 1, 3, 0.5, 5, 3, 0, 2},
                                              {2, 2, 3, 2, 4, 2, 2, 1, 1, 3, 3, 1, 2, 1, 1, 1, 3}};
    std::vector<std::unique_ptr<core::LiveWorkshop>> people;
    int i = 0;
    for (const char *who : {"alice", "bob", "carol"}) {
        auto w = core::LiveWorkshop::open(server.url(QStringLiteral("tradeoff"), QLatin1String(who)), c.name);
        if (!w || !(*w)->publishNow(criteria, weights[i++].mid(0, criteria.size())))
            return 1;
        people.push_back(std::move(*w));
    }
    QElapsedTimer t;
    t.start();
    while (facilitator.session()->liveStakeholders().size() < 3 && t.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    save(facilitator, dir + QStringLiteral("/live-workshop.png"));
    server.stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The user's saved window, language and theme stay out of the figures.
    QStandardPaths::setTestModeEnabled(true);
    testsupport::PgServer server;
    if (QString e = server.start(); !e.isEmpty()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(e));
        return 1;
    }
    const QString url = server.url();
    {
        auto c = core::repo::Connection::open(url);
        if (!c || !core::repo::init(**c)) {
            std::fprintf(stderr, "cannot create the repository\n");
            return 1;
        }
    }
    if (argc == 3 && qstrcmp(argv[1], "--shots") == 0)
        return shots(server, url, QString::fromLocal8Bit(argv[2]));
    const QVector<core::Comparison> bundled = *core::store::load(testsupport::bundledPath());

    // Save round trips.
    {
        auto r = core::repo::openRepository(url);
        QVector<double> first, cell;
        QElapsedTimer t;
        t.start();
        if (!(*r)->save(bundled)) {
            std::fprintf(stderr, "cannot push\n");
            return 1;
        }
        first.append(t.nsecsElapsed() / 1e6);
        QVector<core::Comparison> doc = *(*r)->load();
        for (int i = 0; i < 200; ++i) {
            doc[0].cell(i % doc[0].optionCount(), i % doc[0].criterionCount()).value = (i % 10) + 0.5;
            t.restart();
            auto saved = (*r)->save(doc);
            cell.append(t.nsecsElapsed() / 1e6);
            if (!saved || !saved->conflicts.isEmpty())
                return 1;
        }
        QVector<double> load;
        for (int i = 0; i < 50; ++i) {
            t.restart();
            auto again = core::repo::openRepository(url);
            (void)(*again)->load();
            load.append(t.nsecsElapsed() / 1e6);
        }
        print("push the bundled comparison (new)", first);
        print("save round trip, bundled comparison, one changed cell", cell);
        print("connect and load the bundled comparison", load);
    }

    // A live workshop.
    const int participants = envInt("BENCH_PARTICIPANTS", 20);
    const int seconds = envInt("BENCH_SECONDS", 30);
    for (int p = 0; p < participants; ++p)
        server.psql(
            QStringLiteral("DROP ROLE IF EXISTS p%1; CREATE ROLE p%1 LOGIN IN ROLE tradeoff_participant")
                .arg(p),
            QStringLiteral("tradeoff"));
    ui::MainWindow facilitator;
    testsupport::script(facilitator);
    if (!facilitator.document()->open(url) || facilitator.liveWorkshop()->start().isEmpty()) {
        std::fprintf(stderr, "cannot start the workshop\n");
        return 1;
    }
    facilitator.resize(1280, 800);
    facilitator.show();
    auto *panel = facilitator.analysisPanel()->stakeholderPanel();
    facilitator.analysisPanel()->setCurrentIndex(ui::AnalysisPanel::StakeholdersTab);
    const QString name = bundled.first().name;
    QStringList criteria;
    for (const core::Criterion &k : bundled.first().criteria)
        criteria.append(k.name);

    // Each change writes weight 0 = 1 + sequence / 1000, so the facilitator
    // knows which change it shows.
    constexpr int kMaxChanges = 100000;
    std::vector<std::vector<Clock::time_point>> sent(participants,
                                                     std::vector<Clock::time_point>(kMaxChanges));
    std::atomic<bool> stop{false};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int p = 0; p < participants; ++p) {
        threads.emplace_back([&, p] {
            auto w = core::LiveWorkshop::open(
                server.url(QStringLiteral("tradeoff"), QStringLiteral("p%1").arg(p)), name);
            if (!w) {
                ++failures;
                return;
            }
            QVector<double> weights(criteria.size(), 1.0);
            auto next = Clock::now() + std::chrono::milliseconds(p * 100 / participants);
            for (int seq = 0; seq < kMaxChanges && !stop; ++seq) {
                std::this_thread::sleep_until(next);
                next += std::chrono::milliseconds(100);
                weights[0] = 1.0 + seq / 1000.0;
                weights[1 + seq % (criteria.size() - 1)] = 1.0 + (seq % 7);
                sent[p][seq] = Clock::now();
                if (!(*w)->publishNow(criteria, weights))
                    ++failures;
            }
        });
    }
    QVector<double> latency;
    std::vector<int> seen(participants, -1);
    QObject::connect(facilitator.session(), &ui::Session::liveStakeholdersChanged, panel, [&] {
        panel->repaint(); // the Stakeholders tab as the facilitator sees it
        const auto now = Clock::now();
        for (const core::Profile &profile : facilitator.session()->liveStakeholders()) {
            const int p = profile.name.mid(1).section(QLatin1Char(' '), 0, 0).toInt();
            const int seq = qRound((profile.weights.value(0) - 1.0) * 1000.0);
            if (p < 0 || p >= participants || seq <= seen[p] || seq >= kMaxChanges)
                continue;
            seen[p] = seq;
            latency.append(std::chrono::duration<double, std::milli>(now - sent[p][seq]).count());
        }
    });
    QTimer::singleShot(seconds * 1000, &app, [&] { app.quit(); });
    app.exec();
    stop = true;
    for (std::thread &t : threads)
        t.join();
    char what[120];
    std::snprintf(what, sizeof what, "live workshop, %d participants x 10/s for %d s: change -> repaint",
                  participants, seconds);
    print(what, latency);
    if (failures > 0)
        std::printf("%d participant writes failed\n", failures.load());
    server.stop();
    return 0;
}

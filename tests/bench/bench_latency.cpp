// Prints start-up time to the first painted window and the latency from a
// weight change to charts and verdict repainted, for the bundled comparison
// for a generated 50 options x 200 criteria one, and for a three-level
// criteria tree of 50 criteria (its criterion and group sliders).
//
//   cmake --workflow --preset dev && ./build/dev/tests/bench/bench_latency
#include "core/analysis.h"
#include "core/criteriatree.h"
#include "core/engine.h"
#include "core/sensitivity.h"
#include "core/verdict.h"
#include "testsupport.h"
#include "ui/charts/chartpanel.h"
#include "ui/mainwindow.h"
#include "ui/presentationview.h"
#include "ui/weightpanel.h"
#include "windowsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <numeric>

namespace {

struct Figures
{
    double median = 0;
    double p99 = 0;
    double max = 0;
    // The UI thread's CPU time per change: what the change costs, steadier
    // than wall time when other processes share the cores.
    double cpuMedian = 0;
    double cpuP99 = 0;
};

Figures summarize(QVector<double> ms, QVector<double> cpu)
{
    auto quantiles = [](QVector<double> &v, double &median, double &p99) {
        std::sort(v.begin(), v.end());
        auto at = [&](double q) {
            return v[std::min<qsizetype>(v.size() - 1, qsizetype(q * (v.size() - 1) + 0.5))];
        };
        median = at(0.5);
        p99 = at(0.99);
    };
    Figures f;
    quantiles(ms, f.median, f.p99);
    f.max = ms.last();
    quantiles(cpu, f.cpuMedian, f.cpuP99);
    return f;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

QString describe(const Figures &f)
{
    return QStringLiteral("median %1 ms, p99 %2 ms, max %3 ms; UI thread CPU median %4 ms, p99 %5 ms")
        .arg(f.median, 0, 'f', 2)
        .arg(f.p99, 0, 'f', 2)
        .arg(f.max, 0, 'f', 2)
        .arg(f.cpuMedian, 0, 'f', 2)
        .arg(f.cpuP99, 0, 'f', 2);
}

// Which widgets paint, and how often, while it is installed on the
// application: what a change repaints (the views that did not change should
// not be here).
class PaintCensus : public QObject
{
public:
    QHash<QString, int> paints;
    // Whether the top-level window itself painted during the current change
    // (a layout or geometry change somewhere), and each change's CPU time
    // split by it.
    bool windowPainted = false;
    QVector<double> withWindow;
    QVector<double> withoutWindow;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            if (const auto *widget = qobject_cast<QWidget *>(watched); widget && widget->isWindow())
                windowPainted = true;
            QString name = QString::fromLatin1(watched->metaObject()->className());
            // Named by itself and the nearest named widget around it.
            if (!watched->objectName().isEmpty())
                name += QLatin1Char('#') + watched->objectName();
            for (QObject *up = watched->parent(); up; up = up->parent()) {
                if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_"))) {
                    name += QLatin1String(" in #") + up->objectName();
                    break;
                }
            }
            ++paints[name];
        }
        return false;
    }
    QString describe(int changes) const
    {
        QList<QPair<int, QString>> list;
        for (auto it = paints.cbegin(); it != paints.cend(); ++it)
            list.append({it.value(), it.key()});
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList parts;
        for (const auto &[count, name] : list)
            parts.append(QStringLiteral("%1 %2").arg(name).arg(double(count) / changes, 0, 'f', 2));
        auto median = [](QVector<double> v) {
            std::sort(v.begin(), v.end());
            return v.isEmpty() ? 0.0 : v[v.size() / 2];
        };
        auto worst = [](const QVector<double> &v) {
            return v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end());
        };
        return QStringLiteral("  paint events per change: ") + parts.join(QLatin1String(", ")) +
               QStringLiteral("\n  changes that repainted the window: %1 (CPU median %2 ms, max %3 ms); the "
                              "others: %4 (CPU median %5 ms, max %6 ms)\n")
                   .arg(withWindow.size())
                   .arg(median(withWindow), 0, 'f', 2)
                   .arg(worst(withWindow), 0, 'f', 2)
                   .arg(withoutWindow.size())
                   .arg(median(withoutWindow), 0, 'f', 2)
                   .arg(worst(withoutWindow), 0, 'f', 2);
    }
};

// One change = slider moved by the user, the coalesced recompute, the views
// updated, and the window's dirty regions repainted (the same work the event
// loop does for a frame).
// Change `i` moves slider pick(i) between two values: the change measured is
// the slider moved, the coalesced recompute, the views updated and the
// window's dirty regions repainted.
template<typename Pick>
Figures moveSliders(ui::MainWindow &w, int changes, Pick pick, int high, PaintCensus *census)
{
    if (census)
        qApp->installEventFilter(census);
    ui::Session *session = w.session();
    QVector<double> ms;
    QVector<double> cpu;
    ms.reserve(changes);
    int results = 0;
    auto connection = QObject::connect(session, &ui::Session::resultChanged, [&] { ++results; });
    for (int i = 0; i < changes; ++i) {
        QSlider *slider = pick(i);
        const int target = slider->value() == 30 ? high : 30;
        const int before = results;
        if (census)
            census->windowPainted = false;
        const double cpuStart = threadCpuMs();
        QElapsedTimer t;
        t.start();
        slider->setValue(target);
        while (results == before)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        // Paint what changed, as the event loop would on the next frame.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        ms.append(t.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
        if (census)
            (census->windowPainted ? census->withWindow : census->withoutWindow).append(cpu.last());
    }
    QObject::disconnect(connection);
    if (census)
        qApp->removeEventFilter(census);
    // BENCH_SLOWEST=1 prints which changes were slowest: a run of neighbours
    // is the machine pausing the process, a recurring index is this code.
    if (qEnvironmentVariableIsSet("BENCH_SLOWEST")) {
        QVector<int> order(cpu.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return cpu[a] > cpu[b]; });
        QTextStream out(stdout);
        out << "  slowest changes:";
        for (int k = 0; k < std::min<int>(12, int(order.size())); ++k)
            out << ' ' << order[k] << '=' << QString::number(cpu[order[k]], 'f', 1);
        out << '\n';
    }
    return summarize(ms, cpu);
}

// One criterion slider after another.
Figures sliderLatency(ui::MainWindow &w, int changes, PaintCensus *census = nullptr)
{
    const int criteria = w.session()->comparison().criterionCount();
    return moveSliders(
        w, changes, [&w, criteria](int i) { return w.weightPanel()->slider(i % criteria); }, 70, census);
}

// The group sliders of a criteria tree: each change moves one group's local
// share, which rescales the weights of its parent's criteria.
Figures groupSliderLatency(ui::MainWindow &w, int changes)
{
    const core::CriteriaTree &tree = w.weightPanel()->tree();
    const QVector<int> groups = tree.groups();
    return moveSliders(
        w, changes,
        [&](int i) { return w.weightPanel()->groupSlider(tree.node(groups[i % groups.size()]).name); }, 60,
        nullptr);
}

// 50 criteria under three levels of groups: 3 at the top, 2 under each, 2
// under each of those; the criteria spread over the 12 groups at the bottom.
core::Comparison threeLevelTree()
{
    core::Comparison c = testsupport::generated(10, 50, 1, 7);
    for (int t = 0; t < 3; ++t) {
        c.groups.append({QStringLiteral("Top %1").arg(t + 1), {}, {}});
        for (int m = 0; m < 2; ++m) {
            const QString mid = QStringLiteral("Mid %1.%2").arg(t + 1).arg(m + 1);
            c.groups.append({mid, QStringLiteral("Top %1").arg(t + 1), {}});
            for (int l = 0; l < 2; ++l)
                c.groups.append({QStringLiteral("Leaf %1.%2.%3").arg(t + 1).arg(m + 1).arg(l + 1), mid, {}});
        }
    }
    QStringList leaves;
    for (const core::CriterionGroup &g : c.groups) {
        if (g.name.startsWith(QLatin1String("Leaf")))
            leaves.append(g.name);
    }
    for (int j = 0; j < c.criterionCount(); ++j)
        c.criteria[j].category = leaves[j % leaves.size()];
    return c;
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Presentation mode: a Right or Left key press on the full-screen view to
// the view (and the window behind it) repainted: the paint the key's update
// asks for, as the event loop delivers it (the view repaints what changed).
Figures presentationLatency(ui::MainWindow &w, int changes)
{
    w.present();
    ui::PresentationView *view = w.presentationView();
    view->showNormal();
    view->resize(1920, 1080);
    view->repaint();
    PaintCounter counter;
    view->installEventFilter(&counter);
    // On one screen the full-screen view hides the window, which then waits.
    QTextStream(stdout) << "  presentation covers the window: "
                        << (view->frameGeometry().contains(w.frameGeometry()) ? "yes" : "no") << Qt::endl;
    ui::Session *session = w.session();
    QVector<double> ms;
    QVector<double> cpu;
    int results = 0;
    auto connection = QObject::connect(session, &ui::Session::resultChanged, [&] { ++results; });
    for (int i = 0; i < changes; ++i) {
        const int before = results;
        const int paintsBefore = counter.paints;
        const double cpuStart = threadCpuMs();
        QElapsedTimer t;
        t.start();
        QTest::keyClick(view, i % 2 ? Qt::Key_Left : Qt::Key_Right);
        while (results == before)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        while (counter.paints == paintsBefore && t.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        ms.append(t.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
        if (i % 40 == 39) {
            // Another criterion (a full repaint), outside the timed changes.
            QTest::keyClick(view, Qt::Key_Down);
            view->repaint();
        }
    }
    QObject::disconnect(connection);
    view->close();
    return summarize(ms, cpu);
}

// The machine's own noise: the same fixed arithmetic (about as long as a
// change) timed `rounds` times.  On a shared virtual machine its p99 is
// several times its median, which bounds what any change's p99 can show.
Figures machineNoise(int rounds)
{
    QVector<double> ms;
    QVector<double> cpu;
    volatile double sink = 0;
    for (int i = 0; i < rounds; ++i) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer t;
        t.start();
        double x = 0;
        for (int k = 0; k < 2'000'000; ++k)
            x += k * 0.5;
        sink = sink + x;
        ms.append(t.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    return summarize(ms, cpu);
}

// Microseconds per call of `compute` (which returns a margin, so the work
// cannot be optimised away), nudging one weight each round.
template<typename Compute>
double microseconds(const core::Comparison &c, int rounds, Compute compute)
{
    QElapsedTimer t;
    t.start();
    double sink = 0;
    for (int i = 0; i < rounds; ++i) {
        QVector<double> w = c.profiles.first().weights;
        w[i % w.size()] += 0.1;
        sink += compute(c, w);
    }
    Q_UNUSED(sink);
    return t.nsecsElapsed() / 1e3 / rounds;
}

double engineMicroseconds(const core::Comparison &c, int rounds)
{
    return microseconds(c, rounds, [](const core::Comparison &cc, const QVector<double> &w) {
        const core::Result r = core::evaluate(cc, w);
        return core::makeVerdict(cc, r, core::stabilityIntervals(cc, w, {}, r)).margin;
    });
}

// What the window runs per change: core::analyse with every method ranked
// (and, unless told otherwise, the rank-reversal check).
double analysisMicroseconds(const core::Comparison &c, int rounds, bool rankReversal = true)
{
    core::AnalysisScope scope;
    scope.rankReversal = rankReversal;
    return microseconds(c, rounds, [scope](const core::Comparison &cc, const QVector<double> &w) {
        return core::analyse(cc, w, {}, scope).verdict.margin;
    });
}

// The rank-reversal check's share of an analysis.
QString reversalCost(const core::Comparison &c, int rounds)
{
    return QStringLiteral("  core::analyse without / with the rank-reversal check: %1 / %2 us\n")
        .arg(analysisMicroseconds(c, rounds, false), 0, 'f', 1)
        .arg(analysisMicroseconds(c, rounds, true), 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The user's saved window, language and theme stay out of the figures.
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    // `--changes N` measures N changes per case (500 by default); `--only
    // bundled` stops after the bundled comparison, `--only presentation`
    // after presentation mode (for a profiler).
    const QStringList args = app.arguments();
    const qsizetype changesAt = args.indexOf(QStringLiteral("--changes"));
    const int changes = changesAt > 0 && changesAt + 1 < args.size() ? args[changesAt + 1].toInt() : 500;
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < args.size() ? args[onlyAt + 1] : QString();

    ui::MainWindow w;
    testsupport::script(w);
    if (!w.document()->open(testsupport::bundledPath())) {
        out << "cannot open the bundled comparison: " << w.document()->lastError() << Qt::endl;
        return 1;
    }
    w.resize(1600, 1000);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    w.repaint();
    const double startupMs = startup.nsecsElapsed() / 1e6;

    out << "Tradeoff benchmark (" << QGuiApplication::platformName() << ", window 1600x1000)\n";
    out << QStringLiteral("start-up to first painted window: %1 ms\n").arg(startupMs, 0, 'f', 1);
    out << QStringLiteral("machine noise (fixed arithmetic, %1 times): %2\n")
               .arg(changes)
               .arg(describe(machineNoise(changes)));

    PaintCensus bundledPaints;
    const Figures bundled = sliderLatency(w, changes, &bundledPaints);
    out << QStringLiteral(
               "bundled (%1 x %2): slider -> charts+verdict repainted over %3 changes: %4 (budget p99 <= "
               "6 ms)\n")
               .arg(w.session()->comparison().optionCount())
               .arg(w.session()->comparison().criterionCount())
               .arg(changes)
               .arg(describe(bundled));
    out << bundledPaints.describe(changes);
    out << QStringLiteral(
               "  engine+sensitivity+verdict alone: %1 us; the whole analysis (core::analyse, every "
               "method): %2 us\n")
               .arg(engineMicroseconds(w.session()->comparison(), 2000), 0, 'f', 1)
               .arg(analysisMicroseconds(w.session()->comparison(), 2000), 0, 'f', 1);

    out << reversalCost(w.session()->comparison(), 2000);
    if (only == QLatin1String("bundled"))
        return 0;

    const Figures present = presentationLatency(w, changes);
    out << QStringLiteral(
               "bundled, presentation mode 1920x1080: key -> view repainted over %1 changes: %2 (budget p99 "
               "<= 11 ms)\n")
               .arg(changes)
               .arg(describe(present));
    if (only == QLatin1String("presentation"))
        return 0;

    // A criteria tree: criterion and group sliders in a three-level tree.
    const core::Comparison tree = threeLevelTree();
    w.session()->setComparisons({tree}, QString());
    w.repaint();
    const Figures treeCriteria = sliderLatency(w, changes);
    const Figures treeGroups = groupSliderLatency(w, changes);
    out << QStringLiteral(
               "three-level tree (10 x 50, 18 groups): criterion slider -> repainted over %1 changes: "
               "%2 (budget p99 <= 16 ms)\n")
               .arg(changes)
               .arg(describe(treeCriteria));
    out << QStringLiteral(
               "three-level tree (10 x 50, 18 groups): group slider -> repainted over %1 changes: %2 "
               "(budget p99 <= 16 ms)\n")
               .arg(changes)
               .arg(describe(treeGroups));

    // Small enough for the window to check rank reversal with every change.
    const core::Comparison medium = testsupport::generated(20, 20);
    w.session()->setComparisons({medium}, QString());
    w.repaint();
    const Figures mid = sliderLatency(w, changes);
    out << QStringLiteral(
               "generated (20 x 20): slider -> charts+verdict repainted over %1 changes: median %2 ms, "
               "p99 %3 ms, max %4 ms\n")
               .arg(changes)
               .arg(mid.median, 0, 'f', 2)
               .arg(mid.p99, 0, 'f', 2)
               .arg(mid.max, 0, 'f', 2);
    out << reversalCost(medium, 500);

    const core::Comparison large = testsupport::generated(50, 200);
    w.session()->setComparisons({large}, QString());
    w.repaint();
    PaintCensus bigPaints;
    const Figures big = sliderLatency(w, changes, &bigPaints);
    out << QStringLiteral(
               "generated (50 x 200): slider -> charts+verdict repainted over %1 changes: %2 (budget p99 <= "
               "11 ms)\n")
               .arg(changes)
               .arg(describe(big));
    out << bigPaints.describe(changes);
    out << QStringLiteral(
               "  engine+sensitivity+verdict alone: %1 us; the whole analysis (core::analyse, every "
               "method): %2 us\n")
               .arg(engineMicroseconds(large, 200), 0, 'f', 1)
               .arg(analysisMicroseconds(large, 200), 0, 'f', 1);
    out << reversalCost(large, 50);
    out.flush();
    const bool withinBudget = bundled.p99 <= 6.0 && big.p99 <= 11.0 && present.p99 <= 11.0 &&
                              treeCriteria.p99 <= 16.0 && treeGroups.p99 <= 16.0;
    out << (withinBudget ? "within budget" : "OVER BUDGET") << Qt::endl;
    return 0;
}

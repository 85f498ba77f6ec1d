// Prints the time for Monte Carlo rank acceptability: 100,000 weight samples
// on a generated 20 options x 30 criteria comparison, for every method, on
// one thread and on every core.  CPU is the process's processor time
// (std::clock, all threads added up); wall is the elapsed time.  Budget: the
// weighted sum in under 25 ms of CPU.  Then SMAA-2 with uncertain scores:
// the same comparison with every cell a range (most likely - 1.5 to + 2,
// inside 0..10), the weighted sum, 100,000 samples drawing weights and
// scores, central weights and confidence factors (10,000 score draws per
// option first); budget 150 ms of wall time on 2 cores.  Pass "smaa" alone
// to time only that.
//
//   cmake --preset bench && cmake --build --preset bench --target bench_montecarlo
//   ./build/bench/tests/bench/bench_montecarlo [METHOD...]
#include "core/montecarlo.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <ctime>

namespace {

struct Times
{
    QVector<double> cpu;
    QVector<double> wall;
};

QString figures(QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms, best %2 ms").arg(ms[ms.size() / 2], 0, 'f', 1).arg(ms[0], 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const core::Comparison c = testsupport::generated(20, 30);
    const QVector<double> w = c.profiles.first().weights;
    QStringList chosen = app.arguments().mid(1);
    const bool smaa = chosen.isEmpty() || chosen.removeAll(QStringLiteral("smaa")) > 0;
    if (chosen.isEmpty() && !smaa)
        chosen = core::methodKeys();
    core::MonteCarloOptions mc;
    mc.samples = 100'000;
    const int cores = QThread::idealThreadCount();
    out << "Monte Carlo rank acceptability, 20 options x 30 criteria, " << mc.samples
        << " samples, flat Dirichlet; " << cores << " cores\n";
    for (const QString &key : chosen) {
        const auto method = core::methodFromKey(key);
        if (!method) {
            out << "unknown method " << key << '\n';
            return 2;
        }
        core::EngineOptions o;
        o.method = *method;
        o.normalization = core::defaultNormalization(*method);
        const int runs = *method == core::Method::WeightedSum ? 7 : 3;
        for (const int threads : {1, cores}) {
            mc.threads = threads;
            Times t;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer wall;
                const std::clock_t cpu = std::clock();
                wall.start();
                const core::Acceptability a = core::rankAcceptability(c, w, o, mc);
                t.wall.append(wall.nsecsElapsed() / 1e6);
                t.cpu.append(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
                if (a.samples != mc.samples)
                    return 1;
            }
            out << QStringLiteral("  %1, %2 thread(s): CPU %3; wall %4 (%5 runs)%6\n")
                       .arg(key)
                       .arg(threads)
                       .arg(figures(t.cpu), figures(t.wall))
                       .arg(runs)
                       .arg(*method == core::Method::WeightedSum ? QStringLiteral("; budget 25 ms CPU")
                                                                 : QString());
            out.flush();
            if (threads == cores)
                break;
        }
    }
    if (!smaa)
        return 0;
    core::Comparison ranges = c;
    for (core::Cell &cell : ranges.cells) {
        if (!cell.value)
            continue;
        cell.low = std::max(0.0, *cell.value - 1.5);
        cell.high = std::min(10.0, *cell.value + 2.0);
    }
    mc.threads = cores;
    Times t;
    core::Acceptability a;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer wall;
        const std::clock_t cpu = std::clock();
        wall.start();
        a = core::rankAcceptability(ranges, w, {}, mc);
        t.wall.append(wall.nsecsElapsed() / 1e6);
        t.cpu.append(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        if (a.samples != mc.samples)
            return 1;
    }
    int central = 0;
    for (const QVector<double> &cw : a.centralWeights)
        central += cw.isEmpty() ? 0 : 1;
    out << QStringLiteral(
               "SMAA-2 with uncertain scores, %1 ranges, wsm, %2 thread(s): CPU %3; wall %4 (5 runs); "
               "%5 options with central weights, %6 score draws each; budget 150 ms wall\n")
               .arg(a.uncertainScores)
               .arg(cores)
               .arg(figures(t.cpu), figures(t.wall))
               .arg(central)
               .arg(a.confidenceSamples);
    return 0;
}

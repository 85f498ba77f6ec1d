// Prints the time for Monte Carlo rank acceptability: 100,000 weight samples
// on a generated 20 options x 30 criteria comparison (budget: under 100 ms on
// two cores), for the weighted sum and, for reference, TOPSIS.
//
//   cmake --preset bench && cmake --build --preset bench && ./build/bench/tests/bench/bench_montecarlo
#include "core/montecarlo.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const core::Comparison c = testsupport::generated(20, 30);
    const QVector<double> w = c.profiles.first().weights;
    core::MonteCarloOptions mc;
    mc.samples = 100'000;
    out << "Monte Carlo rank acceptability, 20 options x 30 criteria, " << mc.samples << " samples, "
        << QThread::idealThreadCount() << " threads\n";
    for (const auto &[name, method] :
         {std::pair{"wsm", core::Method::WeightedSum}, std::pair{"topsis", core::Method::Topsis}}) {
        core::EngineOptions o;
        o.method = method;
        o.normalization = core::defaultNormalization(method);
        QVector<double> ms;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const core::Acceptability a = core::rankAcceptability(c, w, o, mc);
            ms.append(t.nsecsElapsed() / 1e6);
            if (a.samples != mc.samples)
                return 1;
        }
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("  %1: median %2 ms, best %3 ms over 5 runs%4\n")
                   .arg(QString::fromLatin1(name))
                   .arg(ms[2], 0, 'f', 1)
                   .arg(ms[0], 0, 'f', 1)
                   .arg(method == core::Method::WeightedSum ? QStringLiteral(" (budget 100 ms)") : QString());
    }
    return 0;
}

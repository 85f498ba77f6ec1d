#include "core/analysis.h"

#include "core/rankreversal.h"

#include <atomic>

namespace core {

namespace {
std::atomic<quint64> g_analyses{0};
} // namespace

QVector<Result> rankWithEveryMethod(const Comparison &comparison, const QVector<double> &weights,
                                    const EngineOptions &options, const Result &current)
{
    QVector<Result> out;
    out.reserve(qsizetype(methods().size()));
    for (const MethodInfo &m : methods()) {
        if (m.method == options.method) {
            out.append(current);
            continue;
        }
        EngineOptions other = options;
        other.method = m.method;
        other.normalization = m.normalization;
        out.append(evaluate(comparison, weights, other));
    }
    return out;
}

Analysis analyse(const Comparison &comparison, const QVector<double> &weights, const EngineOptions &options,
                 const AnalysisScope &scope)
{
    g_analyses.fetch_add(1, std::memory_order_relaxed);
    Analysis a;
    a.result = evaluate(comparison, weights, options);
    a.stability = stabilityIntervals(comparison, weights, options, a.result);
    a.verdict = makeVerdict(comparison, a.result, a.stability);
    if (scope.everyMethod) {
        a.byMethod = rankWithEveryMethod(comparison, weights, options, a.result);
        applyMethodComparison(a.verdict, a.byMethod);
    }
    if (scope.rankReversal)
        a.verdict.rankReversal = checkRankReversal(comparison, weights, options, a.result);
    if (scope.acceptability)
        applyAcceptability(a.verdict, *scope.acceptability);
    if (scope.sweepCriterion)
        a.sweep = weightSweep(comparison, a.result, *scope.sweepCriterion);
    return a;
}

quint64 analysisCount()
{
    return g_analyses.load(std::memory_order_relaxed);
}

} // namespace core

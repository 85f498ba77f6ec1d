#pragma once

#include "core/engine.h"
#include "core/montecarlo.h"
#include "core/sensitivity.h"
#include "core/verdict.h"

namespace core {

// What an analysis computes besides the ranking, the stability intervals and
// the verdict.  Views ask for more only while they are shown.
struct AnalysisScope
{
    // Rank with every method (the chosen one with the chosen normalisation,
    // the others with their default) so the verdict can name methods that
    // put another option first.  Costs one evaluation per method.
    bool everyMethod = true;
    // Rank the options again without each one in turn, with the chosen
    // method, so the verdict can warn of rank reversal
    // (Verdict::rankReversal).  Costs one evaluation per option, and is
    // skipped beyond rankReversalAffordable().
    bool rankReversal = true;
    // The score-against-weight sweep of this criterion.
    std::optional<int> sweepCriterion;
    // A Monte Carlo run to fold into the verdict (how often the winner wins).
    const Acceptability *acceptability = nullptr;
};

// Everything a view, a report or a command shows about one set of weights:
// computed once per change and handed to every consumer as a value.
struct Analysis
{
    Result result;
    QVector<StabilityInterval> stability;
    Verdict verdict;
    QVector<Result> byMethod; // indexed like methods(); empty unless scope.everyMethod
    Sweep sweep;              // empty unless scope.sweepCriterion
};

Analysis analyse(const Comparison &comparison, const QVector<double> &weights, const EngineOptions &options,
                 const AnalysisScope &scope = {});

// Every method's ranking, indexed like methods(); `current` (the result of
// `options`) is reused for the chosen method instead of being recomputed.
QVector<Result> rankWithEveryMethod(const Comparison &comparison, const QVector<double> &weights,
                                    const EngineOptions &options, const Result &current);

// How many times analyse() ran in this process: tests and the benchmark
// check that one change costs one analysis, whoever shows it.
quint64 analysisCount();

} // namespace core

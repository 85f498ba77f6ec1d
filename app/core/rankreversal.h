#pragma once

#include "core/engine.h"

#include <QVector>
#include <utility>

namespace core {

// Rank reversal: leaving out one option changes the order of the others.
// Methods that normalise over the options or compare them pairwise (TOPSIS,
// PROMETHEE II, VIKOR, min-max or vector normalisation) can do this; the
// check ranks the rest again with the same method and weights.
struct RankReversal
{
    int dropped = -1;
    QVector<int> before; // the other options, best first, with every option ranked
    QVector<int> after;  // the same options, best first, ranked without `dropped`
    // (a, b): a ranked strictly above b with every option, b strictly above a
    // without `dropped`; in the order of `before`.
    QVector<std::pair<int, int>> flipped;

    bool operator==(const RankReversal &) const = default;
};

// What the check found: every option whose removal reverses the order of
// two others, in option order.
struct RankReversalCheck
{
    bool checked = false;  // false: not asked for, or too large
    bool tooLarge = false; // skipped: see rankReversalAffordable()
    QVector<RankReversal> reversals;

    bool operator==(const RankReversalCheck &) const = default;
};

// Ranks the comparison again without each option in turn; `result` is the
// ranking of every option under `options`.  Costs one evaluation of n - 1
// options per option, and is skipped (tooLarge) beyond
// rankReversalAffordable().
RankReversalCheck checkRankReversal(const Comparison &comparison, const QVector<double> &weights,
                                    const EngineOptions &options, const Result &result);

// True when the check costs at most about 2 million cell visits (n^2 m, or
// n^3 m for PROMETHEE II with a linear or V-shape criterion, whose flows
// compare every pair): tens of milliseconds in a release build.
bool rankReversalAffordable(const Comparison &comparison, const EngineOptions &options);

} // namespace core

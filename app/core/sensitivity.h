#pragma once

#include "engine.h"

namespace core {

// Over which weight of one criterion the current winner stays the winner,
// the other weights rescaled proportionally so that they still sum to one.
struct StabilityInterval
{
    int criterion = -1;
    double current = 0.0; // normalised weight now
    double lower = 0.0;   // the winner stays first for weights in [lower, upper]
    double upper = 1.0;
    int challengerBelow = -1; // who takes first place below `lower` (-1: nobody)
    int challengerAbove = -1; // who takes first place above `upper` (-1: nobody)
};

// Empty when there is no single winner.  Exact for the weighted sum (scores
// are linear in one weight); other methods are scanned and refined by
// bisection to 1e-6.
QVector<StabilityInterval> stabilityIntervals(const Comparison &comparison, const QVector<double> &rawWeights,
                                              const EngineOptions &options, const Result &result);

// The weights with criterion `criterion` set to `share` and the others
// rescaled proportionally (equally when they are all zero).
QVector<double> weightsWithShare(const QVector<double> &normalizedWeights, int criterion, double share);

} // namespace core

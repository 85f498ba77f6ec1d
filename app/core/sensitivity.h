#pragma once

#include "core/engine.h"

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

// Every option's score as one criterion's weight sweeps from 0 to 1 (the
// others rescaled proportionally): the data behind a "score against weight"
// chart.  Two points suffice for the weighted sum (scores are linear).
struct Sweep
{
    int criterion = -1;
    QVector<double> shares;          // the swept weights
    QVector<QVector<double>> scores; // [option][point]
};
Sweep weightSweep(const Comparison &comparison, const Result &result, int criterion, int points = 41);

} // namespace core

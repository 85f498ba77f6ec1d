#pragma once

#include "core/engine.h"

#include <atomic>
#include <functional>

namespace core {

struct MonteCarloOptions
{
    int samples = 10'000;
    quint64 seed = 1;
    // 0: weights drawn uniformly from the simplex (a flat Dirichlet).  k > 0:
    // a Dirichlet centred on the current weights, tighter as k grows
    // (alpha_j = k * m * w_j), up to kMaxConcentration (beyond, the draws
    // are the current weights to many digits, and gamma draws overflow).
    double concentration = 0.0;
    static constexpr double kMaxConcentration = 1e6;
    int threads = 0; // 0: one per core
    // SMAA-2's confidence factors: score draws at each central weight vector
    // (at most `samples`), when the comparison has score ranges.
    int confidenceSamples = 10'000;
};

// Rank acceptability: how often each option takes each rank when the
// weights are drawn at random.
struct Acceptability
{
    QVector<QVector<double>> shares; // [option][rank - 1], each row sums to 1
    int samples = 0;                 // samples actually drawn (fewer if cancelled)
    quint64 seed = 0;
    double concentration = 0.0;
    bool cancelled = false;
    // SMAA-2 (Lahdelma & Salminen 2001), per option: the central weights,
    // the mean of the weights under which it ranks first (empty when it never
    // does), and the confidence factor, the share of score draws in which it
    // ranks first under its central weights (1 or 0 without score ranges).
    QVector<QVector<double>> centralWeights;
    QVector<double> confidence;
    int confidenceSamples = 0; // score draws behind each confidence factor
    int uncertainScores = 0;   // cells that are ranges, drawn in every sample

    double firstRank(int option) const { return shares.value(option).value(0); }
};

// Seeded and reproducible: the samples are split into fixed chunks, each with
// its own generator derived from the seed, so the result does not depend on
// the number of threads.  Runs on a QThreadPool; `cancel` stops it early and
// `progress` is called with the samples done so far (from worker threads).
Acceptability rankAcceptability(const Comparison &comparison, const QVector<double> &weights,
                                const EngineOptions &options, const MonteCarloOptions &mc,
                                const std::atomic<bool> *cancel = nullptr,
                                const std::function<void(int)> &progress = {});

// Kendall's tau-b between two rankings (rank numbers per option, ties allowed).
double kendallTau(const QVector<int> &a, const QVector<int> &b);

} // namespace core

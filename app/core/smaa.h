#pragma once

#include "core/dirichlet.h"
#include "core/engine.h"
#include "core/scoring.h"

#include <QVector>
#include <atomic>
#include <limits>
#include <vector>

// Uncertain scores in the Monte Carlo run, and SMAA-2's central weights and
// confidence factors (Lahdelma & Salminen, "SMAA-2: Stochastic multicriteria
// acceptability analysis for group decision making", Operations Research
// 49(3), 2001).
namespace core {

struct Acceptability;
struct MonteCarloOptions;

// Cells that are ranges (low, most likely, high), degenerate ones included.
int rangeCount(const Comparison &comparison);

// The score ranges of a comparison, drawn once per sample: every cell with
// low < high from the triangular distribution (low, most likely, high) by
// its inverse CDF, then the columns holding them are prepared again
// (scoring::redrawColumn), so that a normalisation that depends on the
// column (min-max, an implied scale, vector, ...) follows the draw.  A cell
// with low = most likely = high is a plain score.  A missing score keeps the
// fill of its most likely column.
class ScoreDraws
{
public:
    ScoreDraws(const Comparison &comparison, const EngineOptions &options);
    bool empty() const { return m_count == 0; }
    int count() const { return m_count; } // cells drawn per sample

    // One worker's generator and working space.
    struct State
    {
        XoshiroLanes lanes;
        std::vector<quint64> bits;
        std::vector<double> values;
        std::vector<double> x;
        std::vector<double> scratch;
    };
    // The generator of a chunk of samples of stream `stream` (0: the rank
    // acceptability, 1: the confidence factors, 2: the winner at fixed
    // weights), independent of the weights' generator.
    static quint64 chunkSeed(quint64 seed, int stream, int chunk);
    // Draws one sample into the columns of `prepared` (a worker's copy of
    // the prepared comparison).
    void draw(State &state, scoring::Prepared &prepared) const;

private:
    struct Column
    {
        int criterion = -1;
        Criterion definition;
        QVector<double> base; // the filled most likely values
        int first = 0;        // its draws: first .. first + options.size() - 1
        QVector<int> options;
        QVector<int> worstFilled; // missing scores that take the worst value (value functions)
    };
    Normalization m_normalization = Normalization::Scale;
    QVector<Column> m_columns;
    // One entry per drawn cell: the triangle's ends, the mode's share of the
    // probability and the two squared spans of the inverse CDF.
    struct Cells
    {
        std::vector<double> low, high, split, below, above;
        std::vector<std::ptrdiff_t> target; // m_direct: where in the matrix
    };
    // The weighted sum without a column-wide normalisation: triangles of
    // normalised values, in matrix order, clamped to [m_floor, m_ceiling].
    Cells m_direct;
    double m_floor = -std::numeric_limits<double>::infinity();
    double m_ceiling = std::numeric_limits<double>::infinity();
    bool m_dense = false; // m_direct is every cell, in matrix order, inside the bounds
    Cells m_drawn;        // the others, column by column, then redrawColumn()
    int m_columnCells = 0;
    int m_count = 0;
};

// scoring::score() for a comparison whose scores were drawn: the linear
// methods' sums four at a time.
void drawnScores(const scoring::Prepared &prepared, const double *w, double *scores,
                 std::vector<double> &scratch);

// For each weighting (normalised, one weight per criterion), the share of
// `samples` score draws in which each option ranks first (alone or tied, as
// the rank acceptability counts).  Seeded and reproducible on any number of
// threads.  `drawn` receives the samples drawn (fewer if cancelled; 0
// without ranges, when one evaluation stands for every draw).
QVector<QVector<double>> firstShares(const Comparison &comparison, const EngineOptions &options,
                                     const QVector<QVector<double>> &weightings, int samples, quint64 seed,
                                     int stream, int threads, const std::atomic<bool> *cancel = nullptr,
                                     int *drawn = nullptr);

// Whether the score ranges can change the winner at the current weights: a
// Monte Carlo run over the scores alone.
struct ScoreUncertainty
{
    int ranges = 0;  // cells that are ranges; 0: nothing was drawn
    int samples = 0; // score draws
    quint64 seed = 0;
    int winner = -1;        // the sole winner on the most likely scores, or -1
    QVector<double> first;  // per option: the share of draws it ranks first in
    double otherWins = 0.0; // the share of draws in which the winner is not first
    int challenger = -1;    // the other option first most often, or -1

    bool canChangeWinner() const { return otherWins > 0.0; }
};
inline constexpr int kScoreUncertaintySamples = 10'000;
ScoreUncertainty scoreUncertainty(const Comparison &comparison, const QVector<double> &weights,
                                  const EngineOptions &options, int samples = kScoreUncertaintySamples,
                                  quint64 seed = 1, int threads = 0);

// Fixed-point sums of the weights under which each option ranked first
// (option-major, n x m, in units of 1 / kWinnerWeightScale): integers, so
// their total does not depend on which thread drew which sample.
inline constexpr double kWinnerWeightScale = 4294967296.0;
// Fills the acceptability's central weights from those sums and its first-rank
// counts, then the confidence factors (a second pass over score draws when
// the comparison has ranges).
void centralWeightsAndConfidence(Acceptability &acceptability, const Comparison &comparison,
                                 const EngineOptions &options, const MonteCarloOptions &mc,
                                 const QVector<qint64> &winnerWeights, const QVector<qint64> &firstCounts,
                                 const std::atomic<bool> *cancel);

} // namespace core

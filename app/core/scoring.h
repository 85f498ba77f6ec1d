#pragma once

#include "core/engine.h"

#include <vector>

// The inside of the engine, shared by evaluate() and the Monte Carlo run: the
// part of a method that does not depend on the weights, computed once, and
// the scores of one set of weights.
namespace core::scoring {

// When one score ranks above another.  Two scores tie when they differ by at
// most `tolerance` of the larger magnitude, or by at most `floor`: the
// rounding residue of sums that may cancel, so that zero ties with a sum that
// is zero but for rounding and with nothing else.
struct TieRule
{
    double above = 1.0; // a score s >= 0 is beaten by scores above s * above
    double below = 1.0; // a score s < 0 by scores above s * below
    double floor = 0.0;

    // The threshold another score must exceed to rank above `score`.
    double ceiling(double score) const
    {
        const double scaled = score * (score >= 0.0 ? above : below);
        const double shifted = score + floor;
        return scaled > shifted ? scaled : shifted;
    }
};
TieRule relativeTies(double tolerance, double floor = 0.0);

// Residue of a sum of terms up to R in size: differences below kResidue * R.
inline constexpr double kResidue = 1e-12;

struct Prepared
{
    Method method = Method::WeightedSum;
    MissingPolicy missing = MissingPolicy::Worst;
    int n = 0;                           // options
    int m = 0;                           // criteria
    QVector<QVector<double>> normalized; // as Result::normalized
    // Option-major n x m, what each criterion adds to a score per unit of
    // weight: the normalised value (weighted sum, TOPSIS), the logarithm of
    // the ratio the product multiplies (weighted product) or the net flow
    // divided by n - 1 (PROMETHEE II) or, for VIKOR, one minus the regret
    // share (f*_j - f_oj) / (f*_j - f-_j).
    std::vector<double> matrix;
    // TOPSIS: each column's smallest and largest normalised value.
    std::vector<double> columnMin;
    std::vector<double> columnMax;
    // Weighted sum with missing scores left out: 1 where a score is given.
    std::vector<unsigned char> scored;
    QVector<EngineNote> notes; // for every criterion, weighted or not
    int missingScores = 0;
    // Ties among the scores score() gives (logarithms for the product), and
    // among the scores a Result reports (products).
    TieRule ties;
    TieRule resultTies;
    double vikorV = kDefaultVikorV; // valid

    // True when score_o = sum_j w_j * matrix[o][j] in criterion order.
    bool linear() const
    {
        return method != Method::Topsis && method != Method::Vikor && !(excludesMissing());
    }
    bool excludesMissing() const
    {
        return method == Method::WeightedSum && missing == MissingPolicy::Exclude;
    }
};

Prepared prepare(const Comparison &comparison, const EngineOptions &options);

// The raw values prepare() starts from for one criterion: each option's
// value, a missing one filled as `policy` says.
QVector<double> filledValues(const Comparison &comparison, int criterion, MissingPolicy policy);

// Recomputes column j of `prepared` (its matrix, and TOPSIS's column bounds)
// from raw values x[0] .. x[n - 1] exactly as prepare() does, without notes
// and without allocating once `scratch` has grown: the Monte Carlo run
// redraws the columns that hold score ranges with it.  `normalized` and the
// ties are left as prepared.  A criterion with a value function takes v(x);
// the options in `worstFilled` (ascending; missing scores under a policy
// other than the mean) then take the worst value of the others.
void redrawColumn(Prepared &prepared, const Criterion &criterion, Normalization normalization, int j,
                  const double *x, std::vector<double> &scratch, const QVector<int> &worstFilled = {});

// The scores of weights `w` (m values, normalised) into `scores` (n values);
// the weighted product's are logarithms.  `scratch` is working space, kept
// by callers that score many weightings.
void score(const Prepared &prepared, const double *w, double *scores, std::vector<double> &scratch);

// VIKOR's S, R and Q of weights `w` (m values, normalised), n values each.
void vikorMeasures(const Prepared &prepared, const double *w, double *s, double *r, double *q);

// The scores evaluate() reports for raw weights (normalised here): products
// for the weighted product, all 0 when every weight is 0, always finite.
void resultScores(const Prepared &prepared, const QVector<double> &rawWeights, QVector<double> &scores,
                  std::vector<double> &scratch);

// The one option ranked first under `ties`, or -1 when several tie for it.
int soleWinner(const QVector<double> &scores, const TieRule &ties);

} // namespace core::scoring

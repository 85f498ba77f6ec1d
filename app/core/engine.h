#pragma once

#include "core/comparison.h"
#include "core/method.h"

#include <QString>
#include <QVector>
#include <optional>

namespace core {

struct EngineOptions
{
    Method method = Method::WeightedSum;
    Normalization normalization = Normalization::Scale;
    MissingPolicy missing = MissingPolicy::Worst;
    // Two scores tie when they differ by at most this share of the larger
    // magnitude (taken in [0, 0.5]); see scoring::TieRule.
    double tieTolerance = 1e-9;
    // VIKOR: the weight of the group utility S against the individual regret
    // R in Q (see validVikorV); the other methods ignore it.
    double vikorV = kDefaultVikorV;
};

// Something the engine decided because the data left it open.  A result
// carries every note that touches a weighted criterion, and the verdict text
// states each one, so every view and report shows it.
struct EngineNote
{
    enum class Kind
    {
        // Weighted product: the criterion has a zero or negative value, which a
        // product cannot weigh; its values were mapped linearly onto 1 (worst)
        // to 2 (best).
        ProductShift,
        // Max normalisation needs positive values (benefit: a positive
        // largest value; cost: a positive smallest one); min-max was used.
        MaxFallback,
        // PROMETHEE II: a V-shape or linear criterion without p; `value`, the
        // largest difference between the options, was used.
        DefaultPreference,
        // PROMETHEE II: a linear criterion without q; 0 was used.
        DefaultIndifference,
    };
    Kind kind = Kind::ProductShift;
    int criterion = -1;
    double value = 0.0;

    bool operator==(const EngineNote &) const = default;
};

struct OptionResult
{
    double score = 0.0;
    int rank = 1; // 1 is best; tied options share a rank ("1, 1, 3")
    // Per criterion; for the weighted sum and PROMETHEE II they add up to
    // score, for VIKOR to 1 - S.
    QVector<double> contributions;
};

// VIKOR (Opricovic & Tzeng 2004) on benefit-oriented normalised values:
// with f*_j and f-_j the best and worst value of criterion j,
//   S_i = sum_j w_j (f*_j - f_ij) / (f*_j - f-_j)   (group utility)
//   R_i = max_j w_j (f*_j - f_ij) / (f*_j - f-_j)   (individual regret)
//   Q_i = v (S_i - S*) / (S- - S*) + (1 - v) (R_i - R*) / (R- - R*)
// lower being better for all three; a constant column and a constant S or R
// add nothing.  A Result's score is 1 - Q, so higher is better as for every
// method.
struct VikorResult
{
    double v = kDefaultVikorV;
    QVector<double> s; // indexed like Comparison::options
    QVector<double> r;
    QVector<double> q;
    double dq = 0.0; // 1 / (options - 1), the advantage C1 asks for
    // C1, acceptable advantage: Q(a2) - Q(a1) >= DQ, a1 and a2 first and
    // second by Q.  C2, acceptable stability: a1 is also first by S or by R.
    bool acceptableAdvantage = false;
    bool acceptableStability = false;
    // The compromise solutions, best first: a1 when C1 and C2 hold, a1 and a2
    // when only C1 holds, else a1..aM for the largest M with Q(aM) - Q(a1) < DQ.
    QVector<int> compromise;
};

struct Result
{
    EngineOptions options;
    QVector<double> weights;         // normalised to sum 1 (all zero when every weight is zero)
    QVector<OptionResult> perOption; // indexed like Comparison::options
    QVector<int> order;              // option indices, best first
    QVector<QVector<double>>
        normalized; // [option][criterion], benefit-oriented, missing values filled per policy
    int missingScores = 0;
    bool allWeightsZero = false;
    QVector<EngineNote> notes;        // in criterion order
    std::optional<VikorResult> vikor; // VIKOR only

    bool isTie(int a, int b) const { return perOption[a].rank == perOption[b].rank; }
    // Options sharing rank 1.
    QVector<int> winners() const;
    // Decimals to print scores with: `fewest`, or more where two options
    // next to each other in the ranking that do not tie would print alike
    // (0.0001 and 0.0001000005 at four decimals), at most kMostScoreDecimals.
    int scoreDecimals(int fewest) const;
    static constexpr int kMostScoreDecimals = 12;
};

// Normalises raw weights: negative, NaN and infinite weights count as zero.
QVector<double> normalizeWeights(const QVector<double> &raw, bool *allZero = nullptr);

// Scores every option.  Always finite: degenerate input (no options, constant
// columns, zero weights, missing values) gives ties, never NaN.  An option
// worse than another on one weighted criterion and no better on any ranks
// below it, whatever the method and normalisation (PROMETHEE II counts
// differences up to a criterion's indifference threshold q as none).
Result evaluate(const Comparison &comparison, const QVector<double> &rawWeights,
                const EngineOptions &options = {});

} // namespace core

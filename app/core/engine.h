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
    // Per criterion; for the weighted sum and PROMETHEE II they add up to score.
    QVector<double> contributions;
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
    QVector<EngineNote> notes; // in criterion order

    bool isTie(int a, int b) const { return perOption[a].rank == perOption[b].rank; }
    // Options sharing rank 1.
    QVector<int> winners() const;
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

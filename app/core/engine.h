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
    // Relative tolerance under which two scores are reported as a tie.
    double tieTolerance = 1e-9;
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

    bool isTie(int a, int b) const { return perOption[a].rank == perOption[b].rank; }
    // Options sharing rank 1.
    QVector<int> winners() const;
};

// Normalises raw weights: negative, NaN and infinite weights count as zero.
QVector<double> normalizeWeights(const QVector<double> &raw, bool *allZero = nullptr);

// Scores every option.  Always finite: degenerate input (no options, constant
// columns, zero weights, missing values) gives ties, never NaN.
Result evaluate(const Comparison &comparison, const QVector<double> &rawWeights,
                const EngineOptions &options = {});

} // namespace core

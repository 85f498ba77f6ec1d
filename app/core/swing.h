#pragma once

#include "core/comparison.h"
#include "core/expected.h"

#include <QString>
#include <QVector>
#include <optional>

// Swing weighting (von Winterfeldt & Edwards 1986; Edwards & Barron 1994):
// the weight of a criterion answers "how much is it worth to move this
// criterion from its worst to its best value among the options?".  The user
// ranks the swings, rates each against the most important one (100), and
// the weights are the ratings over their sum.  Unlike a direct importance
// rating, a swing depends on how far apart the options are (Monat 2009).
namespace core::swing {

// One criterion's swing over the options' scored values: `worst` and `best`
// are raw values (in the criterion's units), `worstValue` and `bestValue`
// their values on 0..1 (through the value function; a linear criterion is
// 0 and 1 when the options differ).  No scored option: both values empty.
struct Swing
{
    int criterion = -1;
    std::optional<double> worst;
    std::optional<double> best;
    double worstValue = 0.0;
    double bestValue = 0.0;

    // The options differ on the criterion: there is something to swing.
    bool moves() const { return bestValue > worstValue; }
};

QVector<Swing> swings(const Comparison &comparison);

// Weights from ratings: rating over the sum of ratings (all 0 when every
// rating is 0).  Ratings must lie in [0, 100].
QVector<double> weightsFromRatings(const QVector<double> &ratings);

inline constexpr double kMaxRating = 100.0;

// Rank-order centroid weights for `count` ranked swings (Barron 1992;
// Edwards & Barron 1994's SMARTER): w_k = (1/n) * sum_{i=k..n} 1/i, the
// centre of all weights that respect the ranking, most valuable first.
QVector<double> rankOrderCentroid(int count);

// "Criterion A=100,Criterion B=80": one rating per named criterion in
// [0, 100], names as the comparison spells them (any case), criteria not
// named rated 0, at least one rating above 0.  Names alone ("Criterion A,
// Criterion B"), most valuable swing first, are a ranking without ratings:
// the weights are the rank-order centroid's.  The error names the problem.
Expected<QVector<double>> parseRatings(const Comparison &comparison, const QString &spec);

} // namespace core::swing

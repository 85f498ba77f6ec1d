#pragma once

#include "core/analysis.h"

#include <QJsonArray>
#include <QJsonObject>

namespace core::json {

// The one JSON form of an analysis, printed by `score --format json` and
// opening the JSON report (which adds the data and a checksum): file,
// comparison, profile, method, normalization, missing, weights (criterion to
// normalised weight), results (best first: option, score, rank,
// contributions), verdict (winners, tie, margin, fragile, headline, details,
// flips), stability (criterion, weight, lower, upper), variant (the method's
// variant as methodVariant() names it, "" when it has none) and rank_reversal
// (dropped, order_before, order_after, flipped: was_above, now_above) with
// rank_reversal_checked (false when the comparison was too large to check).
// VIKOR adds S, R and Q to each result and vikor (v, dq, acceptable_advantage,
// acceptable_stability, compromise).  value_functions (criterion name to
// {shape, points}) lists the criteria whose value function is not linear,
// and is absent when there are none.  A comparison with a criteria tree
// (explicit groups) adds groups (see groupsToJson).
//
// A large comparison (more than kLargeCells scores, options x criteria)
// leaves each result's contributions out and says so in "omitted"
// (["results.contributions"]): at 2,000 x 300 they were 600,000 numbers.
QJsonObject analysisToJson(const Comparison &comparison, const Analysis &analysis, const QString &file,
                           const QString &profileName);

// Above this many scores a comparison is large for JSON: analysisToJson()
// omits the contributions and the JSON report lays out its data as a matrix
// (ScoreLayout::Matrix), written compact.  100 options x 200 criteria is not
// large yet.
inline constexpr qint64 kLargeCells = 20'000;
bool isLarge(const Comparison &comparison);

// The criteria tree's groups, analysisToJson()'s "groups": a list in display
// order (depth first), each with name, parent ("" at the top), level (1 at
// the top), weight (its global share of the weights), local_share (within
// its parent) and contributions (option to the sum of its criteria's
// contributions; left out for a large comparison, as the results' are).
// Empty (and the key absent) for a comparison without explicit groups, so a
// file of categories alone gives the output it always gave.
QJsonArray groupsToJson(const Comparison &comparison, const Result &result);

// Criterion name to normalised weight.
QJsonObject weightsToJson(const Comparison &comparison, const Result &result);
// Best first: option, score, rank.
QJsonArray rankingToJson(const Comparison &comparison, const Result &result);

} // namespace core::json

#pragma once

#include "core/scoring.h"

// Within scoring: one criterion's column made ready for the methods (its
// missing scores filled, normalised, or taken through its value function).
// Shared by prepare() and by the Monte Carlo's redrawn columns.
namespace core::scoring::detail {

// The column's raw scores, missing ones filled per `policy` (Exclude fills
// with the worst value too; the weighted sum drops those cells itself).
QVector<double> filledColumn(const Comparison &c, int criterion, MissingPolicy policy, int *missing);
// Normalises `count` raw values into `r` (benefit-oriented; a constant
// column gives every option 1); `fellBack` is set when max normalisation had
// to use min-max.
void normalizeInto(const double *x, int count, const Criterion &crit, Normalization norm, double *r,
                   bool *fellBack);
QVector<double> normalizeColumn(const QVector<double> &x, const Criterion &crit, Normalization norm,
                                bool *fellBack);
// v(x) for each value of a column under a non-linear value function.
QVector<double> valuesOf(const ValueFunction &f, const QVector<double> &x);
// Missing scores of a criterion with a value function: the worst value scored.
void fillWorstValue(const Comparison &c, int j, QVector<double> &r);
// A criterion with a value function as the product and PROMETHEE II see it.
Criterion onValues(const Criterion &k);

} // namespace core::scoring::detail

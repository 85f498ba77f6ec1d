#include "core/scoringcolumns.h"

#include <algorithm>
#include <cmath>

namespace core::scoring::detail {

namespace {

bool finite(double v)
{
    return std::isfinite(v);
}

} // namespace

// Fills missing values of one criterion column per policy; Exclude fills with
// the worst value too and the weighted sum drops those cells itself.
QVector<double> filledColumn(const Comparison &c, int criterion, MissingPolicy policy, int *missing)
{
    const int n = c.optionCount();
    QVector<double> column(n, 0.0);
    double worst = 0.0;
    double sum = 0.0;
    int scored = 0;
    const bool benefit = c.criteria[criterion].direction == Direction::Benefit;
    for (int o = 0; o < n; ++o) {
        const auto v = c.value(o, criterion);
        if (v && finite(*v)) {
            column[o] = *v;
            worst = scored == 0 ? *v : (benefit ? std::min(worst, *v) : std::max(worst, *v));
            sum += *v;
            ++scored;
        }
    }
    const Criterion &crit = c.criteria[criterion];
    if (crit.hasScale())
        worst = benefit ? *crit.scaleMin : *crit.scaleMax;
    const double fill = scored == 0 ? (crit.hasScale() ? worst : 0.0)
                                    : (policy == MissingPolicy::Mean ? sum / scored : worst);
    for (int o = 0; o < n; ++o) {
        const auto v = c.value(o, criterion);
        if (!v || !finite(*v)) {
            column[o] = fill;
            ++*missing;
        }
    }
    return column;
}

// Benefit-oriented normalisation of one column.  A column whose formula
// divides by zero (constant under min-max, all zero under vector or sum, an
// empty implied scale) gives every option 1 in either direction: it decides
// nothing and vetoes no product.  `fellBack` is set when max normalisation
// had to use min-max (see EngineNote::MaxFallback).  Into r[0] ..
// r[count - 1], without allocating (the Monte Carlo run redraws uncertain
// columns with it).
void normalizeInto(const double *x, int count, const Criterion &crit, Normalization norm, double *r,
                   bool *fellBack)
{
    const bool cost = crit.direction == Direction::Cost;
    std::fill(r, r + count, 1.0);
    if (count == 0)
        return;
    const auto [minIt, maxIt] = std::minmax_element(x, x + count);
    const double lo = *minIt;
    const double hi = *maxIt;
    auto linear = [&](double a, double b, bool clamp) {
        const double span = b - a;
        for (int i = 0; i < count && span > 0; ++i) {
            const double t = clamp ? std::clamp((x[i] - a) / span, 0.0, 1.0) : (x[i] - a) / span;
            r[i] = cost ? 1.0 - t : t;
        }
    };
    switch (norm) {
    case Normalization::None:
        for (int i = 0; i < count; ++i)
            r[i] = cost ? -x[i] : x[i];
        break;
    case Normalization::Scale:
        if (crit.hasScale())
            linear(*crit.scaleMin, *crit.scaleMax, true);
        else
            linear(std::min(0.0, lo), std::max(0.0, hi), true);
        break;
    case Normalization::MinMax:
        linear(lo, hi, false);
        break;
    case Normalization::Vector:
    case Normalization::Sum: {
        double d = 0.0;
        for (int i = 0; i < count; ++i)
            d += norm == Normalization::Vector ? x[i] * x[i] : std::abs(x[i]);
        if (norm == Normalization::Vector)
            d = std::sqrt(d);
        for (int i = 0; i < count && d > 0; ++i) {
            // Cost criteria are reversed after normalising, on the unit scale.
            r[i] = cost ? 1.0 - x[i] / d : x[i] / d;
        }
        break;
    }
    case Normalization::Max:
        // Ratios to the best value need it positive; otherwise min-max.
        if (!cost && hi > 0) {
            for (int i = 0; i < count; ++i)
                r[i] = x[i] / hi;
        } else if (cost && lo > 0) {
            for (int i = 0; i < count; ++i)
                r[i] = lo / x[i];
        } else {
            *fellBack = hi > lo;
            linear(lo, hi, false);
        }
        break;
    }
}

QVector<double> normalizeColumn(const QVector<double> &x, const Criterion &crit, Normalization norm,
                                bool *fellBack)
{
    QVector<double> r(x.size(), 1.0);
    normalizeInto(x.constData(), int(x.size()), crit, norm, r.data(), fellBack);
    return r;
}

// The values v(x) of a column under a non-linear value function.
QVector<double> valuesOf(const ValueFunction &f, const QVector<double> &x)
{
    QVector<double> r(x.size());
    for (int i = 0; i < x.size(); ++i)
        r[i] = valueAt(f, x[i]);
    return r;
}

// Missing scores of a criterion with a value function take the worst value
// of the scored options (0 when none is scored): the raw value filledColumn()
// picks by the criterion's direction need not be the worst once the points
// decide what is better.
void fillWorstValue(const Comparison &c, int j, QVector<double> &r)
{
    double worst = 0.0;
    bool any = false;
    for (int o = 0; o < r.size(); ++o) {
        const auto v = c.value(o, j);
        if (v && finite(*v)) {
            worst = any ? std::min(worst, r[o]) : r[o];
            any = true;
        }
    }
    for (int o = 0; o < r.size(); ++o) {
        const auto v = c.value(o, j);
        if (!v || !finite(*v))
            r[o] = worst;
    }
}

// A criterion with a value function as the product and PROMETHEE II see it:
// a benefit on the value scale 0..1.  PROMETHEE's thresholds are in the
// criterion's units and do not carry over to values, so they are dropped
// and the defaults apply (q = 0, p = the largest difference of values),
// which the result notes like any default.
Criterion onValues(const Criterion &k)
{
    Criterion v = k;
    v.direction = Direction::Benefit;
    v.indifference.reset();
    v.preferenceThreshold.reset();
    return v;
}

} // namespace core::scoring::detail

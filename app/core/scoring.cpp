#include "core/scoring.h"

#include "core/scoringcolumns.h"

#include <algorithm>
#include <cmath>

namespace core::scoring {

using namespace detail;

namespace {

bool finite(double v)
{
    return std::isfinite(v);
}

// PROMETHEE preference of an advantage d (in the criterion's units) with
// indifference q and preference threshold p, both resolved.
double preference(Preference kind, double q, double p, double d)
{
    if (!(d > 0.0))
        return 0.0;
    switch (kind) {
    case Preference::Usual:
        return 1.0;
    case Preference::VShape:
        return p > 0.0 ? std::min(1.0, d / p) : 1.0;
    case Preference::Linear:
        if (d <= q)
            return 0.0;
        return p > q ? std::min(1.0, (d - q) / (p - q)) : 1.0;
    }
    return 1.0;
}

bool validThreshold(const std::optional<double> &t, bool zeroAllowed)
{
    return t && finite(*t) && (*t > 0.0 || (zeroAllowed && *t == 0.0));
}

// Per-criterion net flows of PROMETHEE II, divided by n - 1, on differences
// of the raw values oriented so that a positive difference favours the
// first option.  A V-shape or linear criterion without p takes the largest
// difference between the options, one without q takes 0; both are noted.
void prometheeColumn(const Criterion &k, int j, const QVector<double> &x, Prepared &p)
{
    const int n = p.n;
    const double scale = n > 1 ? 1.0 / (n - 1) : 0.0;
    const double sign = k.direction == Direction::Benefit ? 1.0 : -1.0;
    if (k.preference == Preference::Usual) {
        // The net preference is (options below) - (options above), counted
        // on sorted values in O(n log n) instead of comparing every pair.
        QVector<double> sorted(n);
        for (int o = 0; o < n; ++o)
            sorted[o] = sign * x[o];
        std::sort(sorted.begin(), sorted.end());
        for (int o = 0; o < n; ++o) {
            const double v = sign * x[o];
            const auto below = std::lower_bound(sorted.cbegin(), sorted.cend(), v) - sorted.cbegin();
            const auto above = sorted.cend() - std::upper_bound(sorted.cbegin(), sorted.cend(), v);
            p.matrix[std::size_t(o) * p.m + j] = double(below - above) * scale;
        }
        return;
    }
    const auto [lo, hi] = std::minmax_element(x.cbegin(), x.cend());
    const double range = *hi - *lo;
    double q = 0.0;
    if (k.preference == Preference::Linear) {
        if (validThreshold(k.indifference, true))
            q = *k.indifference;
        else if (range > 0)
            p.notes.append({EngineNote::Kind::DefaultIndifference, j, 0.0});
    }
    double pt = 0.0;
    if (validThreshold(k.preferenceThreshold, false)) {
        pt = std::max(q, *k.preferenceThreshold);
    } else {
        pt = std::max(q, range);
        if (range > 0)
            p.notes.append({EngineNote::Kind::DefaultPreference, j, pt});
    }
    for (int o = 0; o < n; ++o) {
        double net = 0.0;
        for (int b = 0; b < n; ++b) {
            const double d = sign * (x[o] - x[b]);
            net += preference(k.preference, q, pt, d) - preference(k.preference, q, pt, -d);
        }
        p.matrix[std::size_t(o) * p.m + j] = net * scale;
    }
}

// Weighted product: the logarithm of the positive ratio each criterion
// multiplies.  Without normalisation the product works on raw ratios (a cost
// criterion enters with a negative exponent).  A column with a zero or
// negative ratio cannot be multiplied: its benefit-oriented raw values are
// mapped linearly onto 1 (worst) to 2 (best), which keeps every strict
// difference strict and makes a constant column a neutral 1.
void productColumn(const Criterion &k, int j, const QVector<double> &x, Normalization norm, Prepared &p)
{
    const bool cost = k.direction == Direction::Cost;
    QVector<double> q(p.n);
    bool positive = true;
    for (int o = 0; o < p.n; ++o) {
        q[o] = norm != Normalization::None ? p.normalized[o][j] : (cost ? 1.0 / x[o] : x[o]);
        positive = positive && q[o] > 0.0 && finite(q[o]) && (norm != Normalization::None || x[o] > 0.0);
    }
    if (!positive) {
        double lo = 0.0;
        double hi = 0.0;
        for (int o = 0; o < p.n; ++o) {
            const double b = cost ? -x[o] : x[o];
            lo = o == 0 ? b : std::min(lo, b);
            hi = o == 0 ? b : std::max(hi, b);
        }
        const double span = hi - lo;
        for (int o = 0; o < p.n; ++o)
            q[o] = span > 0 ? 1.0 + ((cost ? -x[o] : x[o]) - lo) / span : 1.0;
        if (span > 0) {
            // The shift says more than "max fell back to min-max" would.
            p.notes.removeIf([j](const EngineNote &e) { return e.criterion == j; });
            p.notes.append({EngineNote::Kind::ProductShift, j, 0.0});
        }
    }
    for (int o = 0; o < p.n; ++o)
        p.matrix[std::size_t(o) * p.m + j] = std::log(q[o]);
}

// VIKOR: one minus the regret share of each option, (f_oj - f-_j) / (f*_j - f-_j) on
// the benefit-oriented normalised values; a constant column regrets nothing.
void vikorColumn(int j, const QVector<double> &r, Prepared &p)
{
    const auto [lo, hi] = std::minmax_element(r.cbegin(), r.cend());
    const double span = *hi - *lo;
    for (int o = 0; o < p.n; ++o)
        p.matrix[std::size_t(o) * p.m + j] = span > 0.0 && finite(span) ? (r[o] - *lo) / span : 1.0;
}

double largestMagnitude(const std::vector<double> &v)
{
    double r = 0.0;
    for (double x : v)
        r = std::max(r, std::abs(x));
    return r;
}

// prometheeColumn() on a plain array: every pair compared (the usual
// criterion's counts are the same integers the sort gives).
void prometheeInto(const Criterion &k, const double *x, int n, double *out)
{
    const double scale = n > 1 ? 1.0 / (n - 1) : 0.0;
    const double sign = k.direction == Direction::Benefit ? 1.0 : -1.0;
    const auto [lo, hi] = std::minmax_element(x, x + n);
    const double range = n > 0 ? *hi - *lo : 0.0;
    double q = 0.0;
    if (k.preference == Preference::Linear && validThreshold(k.indifference, true))
        q = *k.indifference;
    const double pt = validThreshold(k.preferenceThreshold, false) ? std::max(q, *k.preferenceThreshold)
                                                                   : std::max(q, range);
    for (int o = 0; o < n; ++o) {
        double net = 0.0;
        for (int b = 0; b < n; ++b) {
            const double d = sign * (x[o] - x[b]);
            net += preference(k.preference, q, pt, d) - preference(k.preference, q, pt, -d);
        }
        out[o] = net * scale;
    }
}

// productColumn() on plain arrays: r holds the normalised values.
void productInto(const Criterion &k, const double *x, const double *r, int n, Normalization norm, double *q)
{
    const bool cost = k.direction == Direction::Cost;
    bool positive = true;
    for (int o = 0; o < n; ++o) {
        q[o] = norm != Normalization::None ? r[o] : (cost ? 1.0 / x[o] : x[o]);
        positive = positive && q[o] > 0.0 && finite(q[o]) && (norm != Normalization::None || x[o] > 0.0);
    }
    if (!positive) {
        double lo = 0.0;
        double hi = 0.0;
        for (int o = 0; o < n; ++o) {
            const double b = cost ? -x[o] : x[o];
            lo = o == 0 ? b : std::min(lo, b);
            hi = o == 0 ? b : std::max(hi, b);
        }
        const double span = hi - lo;
        for (int o = 0; o < n; ++o)
            q[o] = span > 0 ? 1.0 + ((cost ? -x[o] : x[o]) - lo) / span : 1.0;
    }
    for (int o = 0; o < n; ++o)
        q[o] = std::log(q[o]);
}

} // namespace

TieRule relativeTies(double tolerance, double floor)
{
    const double t = finite(tolerance) ? std::clamp(tolerance, 0.0, 0.5) : 0.0;
    return {1.0 / (1.0 - t), 1.0 - t, floor};
}

Prepared prepare(const Comparison &c, const EngineOptions &options)
{
    Prepared p;
    p.method = options.method;
    p.missing = options.missing;
    p.vikorV = validVikorV(options.vikorV) ? options.vikorV : kDefaultVikorV;
    p.n = c.optionCount();
    p.m = c.criterionCount();
    const int n = p.n;
    const int m = p.m;
    p.normalized = QVector<QVector<double>>(n, QVector<double>(m, 0.0));
    p.matrix.assign(std::size_t(n) * m, 0.0);
    if (options.method == Method::Topsis) {
        p.columnMin.assign(std::size_t(m), 0.0);
        p.columnMax.assign(std::size_t(m), 0.0);
    }
    if (p.excludesMissing()) {
        p.scored.assign(std::size_t(n) * m, 0);
        for (int o = 0; o < n; ++o) {
            for (int j = 0; j < m; ++j) {
                const auto v = c.value(o, j);
                p.scored[std::size_t(o) * m + j] = v && finite(*v) ? 1 : 0;
            }
        }
    }
    for (int j = 0; j < m; ++j) {
        const Criterion &k = c.criteria[j];
        const QVector<double> x = filledColumn(c, j, options.missing, &p.missingScores);
        bool fellBack = false;
        // A non-linear value function is the criterion's normalisation: its
        // value v(x) in [0, 1], oriented by the function's points whatever
        // the criterion's direction and the normalisation chosen.
        const bool valued = !k.valueFunction.isLinear();
        QVector<double> r =
            valued ? valuesOf(k.valueFunction, x) : normalizeColumn(x, k, options.normalization, &fellBack);
        if (valued && options.missing != MissingPolicy::Mean)
            fillWorstValue(c, j, r);
        if (fellBack)
            p.notes.append({EngineNote::Kind::MaxFallback, j, 0.0});
        for (int o = 0; o < n; ++o)
            p.normalized[o][j] = r[o];
        switch (options.method) {
        case Method::WeightedSum:
        case Method::Topsis:
            for (int o = 0; o < n; ++o)
                p.matrix[std::size_t(o) * m + j] = r[o];
            if (options.method == Method::Topsis && n > 0) {
                const auto [lo, hi] = std::minmax_element(r.begin(), r.end());
                p.columnMin[std::size_t(j)] = *lo;
                p.columnMax[std::size_t(j)] = *hi;
            }
            break;
        case Method::WeightedProduct:
            // The product multiplies values; a zero value shifts the column.
            if (valued)
                productColumn(onValues(k), j, r, Normalization::Scale, p);
            else
                productColumn(k, j, x, options.normalization, p);
            break;
        case Method::Promethee2:
            // Differences of values, not of the criterion's units.
            prometheeColumn(valued ? onValues(k) : k, j, valued ? r : x, p);
            break;
        case Method::Vikor:
            vikorColumn(j, r, p);
            break;
        }
    }
    switch (options.method) {
    case Method::WeightedSum:
    case Method::Promethee2:
        p.ties = relativeTies(options.tieTolerance, kResidue * largestMagnitude(p.matrix));
        break;
    case Method::WeightedProduct:
        // Logarithms: a relative tolerance t on products is log(1 / (1 - t)).
        p.resultTies = relativeTies(options.tieTolerance);
        p.ties = {1.0, 1.0, std::log(p.resultTies.above)};
        return p;
    case Method::Topsis:
        p.ties = relativeTies(options.tieTolerance);
        break;
    case Method::Vikor:
        // 1 - Q lies in [0, 1]; Q is a ratio of sums that may cancel.
        p.ties = relativeTies(options.tieTolerance, kResidue);
        break;
    }
    p.resultTies = p.ties;
    return p;
}

void resultScores(const Prepared &p, const QVector<double> &rawWeights, QVector<double> &scores,
                  std::vector<double> &scratch)
{
    QVector<double> raw = rawWeights;
    raw.resize(p.m);
    bool allZero = false;
    const QVector<double> w = normalizeWeights(raw, &allZero);
    scores.resize(p.n);
    score(p, w.constData(), scores.data(), scratch);
    for (double &s : scores) {
        if (p.method == Method::WeightedProduct)
            s = allZero ? 0.0 : std::exp(s);
        if (!finite(s))
            s = 0.0;
    }
}

int soleWinner(const QVector<double> &scores, const TieRule &ties)
{
    if (scores.isEmpty())
        return -1;
    const int best = int(std::max_element(scores.cbegin(), scores.cend()) - scores.cbegin());
    for (int o = 0; o < scores.size(); ++o) {
        if (o != best && !(scores[best] > ties.ceiling(scores[o])))
            return -1;
    }
    return best;
}

void vikorMeasures(const Prepared &p, const double *w, double *s, double *r, double *q)
{
    const int n = p.n;
    const int m = p.m;
    for (int o = 0; o < n; ++o) {
        const double *row = p.matrix.data() + std::size_t(o) * m;
        double sum = 0.0;
        double worst = 0.0;
        for (int j = 0; j < m; ++j) {
            const double regret = w[j] * (1.0 - row[j]);
            sum += regret;
            worst = std::max(worst, regret);
        }
        s[o] = sum;
        r[o] = worst;
    }
    if (n == 0)
        return;
    const auto [sBest, sWorst] = std::minmax_element(s, s + n);
    const auto [rBest, rWorst] = std::minmax_element(r, r + n);
    // Spans at the level of rounding residue rank nothing: all S (or R) tie.
    const double sSpan = *sWorst - *sBest > kResidue ? *sWorst - *sBest : 0.0;
    const double rSpan = *rWorst - *rBest > kResidue ? *rWorst - *rBest : 0.0;
    const double v = p.vikorV;
    for (int o = 0; o < n; ++o) {
        const double fromS = sSpan > 0.0 ? (s[o] - *sBest) / sSpan : 0.0;
        const double fromR = rSpan > 0.0 ? (r[o] - *rBest) / rSpan : 0.0;
        q[o] = v * fromS + (1.0 - v) * fromR;
    }
}

void score(const Prepared &p, const double *w, double *scores, std::vector<double> &scratch)
{
    const int n = p.n;
    const int m = p.m;
    const double *matrix = p.matrix.data();
    if (p.method == Method::Vikor) {
        scratch.resize(std::size_t(3) * n);
        double *s = scratch.data();
        vikorMeasures(p, w, s, s + n, s + 2 * n);
        for (int o = 0; o < n; ++o)
            scores[o] = 1.0 - s[2 * n + o];
        return;
    }
    if (p.linear()) {
        for (int o = 0; o < n; ++o) {
            const double *row = matrix + std::size_t(o) * m;
            double total = 0.0;
            for (int j = 0; j < m; ++j)
                total += w[j] * row[j];
            scores[o] = total;
        }
        return;
    }
    if (p.excludesMissing()) {
        // Each option's weights are rescaled over the criteria it is scored on.
        for (int o = 0; o < n; ++o) {
            const double *row = matrix + std::size_t(o) * m;
            const unsigned char *given = p.scored.data() + std::size_t(o) * m;
            double scoredWeight = 0.0;
            for (int j = 0; j < m; ++j)
                scoredWeight += given[j] ? w[j] : 0.0;
            double total = 0.0;
            for (int j = 0; j < m; ++j)
                total += (given[j] && scoredWeight > 0.0 ? w[j] / scoredWeight : 0.0) * row[j];
            scores[o] = total;
        }
        return;
    }
    // TOPSIS: closeness to the ideal point and distance from the anti-ideal.
    // The ideal and anti-ideal points: w * max and w * min of each column, the
    // same numbers as the largest and smallest w * value (rounding is
    // monotone), without a pass down every column of every sample.
    scratch.resize(std::size_t(2) * m);
    double *best = scratch.data();
    double *worst = best + m;
    for (int j = 0; j < m; ++j) {
        const double hi = n > 0 ? p.columnMax[std::size_t(j)] : 0.0;
        const double lo = n > 0 ? p.columnMin[std::size_t(j)] : 0.0;
        best[j] = w[j] >= 0.0 ? w[j] * hi : w[j] * lo;
        worst[j] = w[j] >= 0.0 ? w[j] * lo : w[j] * hi;
    }
    for (int o = 0; o < n; ++o) {
        const double *row = matrix + std::size_t(o) * m;
        double dPlus = 0.0;
        double dMinus = 0.0;
        for (int j = 0; j < m; ++j) {
            const double v = w[j] * row[j];
            dPlus += (v - best[j]) * (v - best[j]);
            dMinus += (v - worst[j]) * (v - worst[j]);
        }
        dPlus = std::sqrt(dPlus);
        dMinus = std::sqrt(dMinus);
        const double denom = dPlus + dMinus;
        scores[o] = denom > 0 ? dMinus / denom : 0.5;
    }
}

} // namespace core::scoring

namespace core::scoring {

QVector<double> filledValues(const Comparison &c, int criterion, MissingPolicy policy)
{
    int missing = 0;
    return filledColumn(c, criterion, policy, &missing);
}

void redrawColumn(Prepared &p, const Criterion &k, Normalization norm, int j, const double *x,
                  std::vector<double> &scratch, const QVector<int> &worstFilled)
{
    const int n = p.n;
    const int m = p.m;
    scratch.resize(std::size_t(2) * std::size_t(n));
    double *r = scratch.data();
    double *column = r + n;
    // A value function is the normalisation (as in prepare()); its missing
    // scores take the worst value of the scored options.
    const bool valued = !k.valueFunction.isLinear();
    if (valued) {
        for (int o = 0; o < n; ++o)
            r[o] = valueAt(k.valueFunction, x[o]);
        if (!worstFilled.isEmpty()) {
            double worst = 0.0;
            bool any = false;
            for (int o = 0, f = 0; o < n; ++o) {
                if (f < worstFilled.size() && worstFilled[f] == o) {
                    ++f;
                    continue;
                }
                worst = any ? std::min(worst, r[o]) : r[o];
                any = true;
            }
            for (int o : worstFilled)
                r[o] = worst;
        }
    } else {
        bool fellBack = false;
        normalizeInto(x, n, k, norm, r, &fellBack);
    }
    const Criterion onValue = valued ? onValues(k) : Criterion{};
    switch (p.method) {
    case Method::WeightedSum:
    case Method::Topsis:
        std::copy(r, r + n, column);
        if (p.method == Method::Topsis && n > 0) {
            const auto [lo, hi] = std::minmax_element(r, r + n);
            p.columnMin[std::size_t(j)] = *lo;
            p.columnMax[std::size_t(j)] = *hi;
        }
        break;
    case Method::WeightedProduct:
        if (valued)
            productInto(onValue, r, r, n, Normalization::Scale, column);
        else
            productInto(k, x, r, n, norm, column);
        break;
    case Method::Promethee2:
        if (valued)
            prometheeInto(onValue, r, n, column);
        else
            prometheeInto(k, x, n, column);
        break;
    case Method::Vikor: {
        const auto [lo, hi] = std::minmax_element(r, r + n);
        const double span = n > 0 ? *hi - *lo : 0.0;
        for (int o = 0; o < n; ++o)
            column[o] = span > 0.0 && finite(span) ? (r[o] - *lo) / span : 1.0;
        break;
    }
    }
    for (int o = 0; o < n; ++o)
        p.matrix[std::size_t(o) * std::size_t(m) + std::size_t(j)] = column[o];
}

} // namespace core::scoring

#include "core/engine.h"

#include "core/keytable.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace core {

namespace {
// The one list of methods: key, and the normalisation each uses by default.
constexpr MethodInfo kMethods[] = {{Method::WeightedSum, "wsm", Normalization::Scale},
                                   {Method::WeightedProduct, "wpm", Normalization::Max},
                                   {Method::Topsis, "topsis", Normalization::Vector},
                                   {Method::Promethee2, "promethee2", Normalization::None}};
const std::pair<Normalization, const char *> kNormalizations[] = {
    {Normalization::Scale, "scale"},   {Normalization::None, "none"}, {Normalization::MinMax, "minmax"},
    {Normalization::Vector, "vector"}, {Normalization::Sum, "sum"},   {Normalization::Max, "max"}};
const std::pair<MissingPolicy, const char *> kMissing[] = {
    {MissingPolicy::Worst, "worst"}, {MissingPolicy::Mean, "mean"}, {MissingPolicy::Exclude, "exclude"}};

bool finite(double v)
{
    return std::isfinite(v);
}

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

// Benefit-oriented normalisation of one column.  Every branch guards its
// denominator so that constant or all-zero columns give equal values.
QVector<double> normalizeColumn(const QVector<double> &x, const Criterion &crit, Normalization norm)
{
    const bool cost = crit.direction == Direction::Cost;
    QVector<double> r(x.size(), 0.0);
    if (x.isEmpty())
        return r;
    const auto [minIt, maxIt] = std::minmax_element(x.begin(), x.end());
    const double lo = *minIt;
    const double hi = *maxIt;
    switch (norm) {
    case Normalization::None:
        for (int i = 0; i < x.size(); ++i)
            r[i] = cost ? -x[i] : x[i];
        break;
    case Normalization::Scale: {
        double a = crit.hasScale() ? *crit.scaleMin : std::min(0.0, lo);
        double b = crit.hasScale() ? *crit.scaleMax : std::max(0.0, hi);
        const double span = b - a;
        for (int i = 0; i < x.size(); ++i) {
            const double t = span > 0 ? std::clamp((x[i] - a) / span, 0.0, 1.0) : 1.0;
            r[i] = cost ? 1.0 - t : t;
        }
        break;
    }
    case Normalization::MinMax: {
        const double span = hi - lo;
        for (int i = 0; i < x.size(); ++i) {
            const double t = span > 0 ? (x[i] - lo) / span : 1.0;
            r[i] = cost ? 1.0 - t : t;
        }
        break;
    }
    case Normalization::Vector: {
        double ss = 0.0;
        for (double v : x)
            ss += v * v;
        const double norm2 = std::sqrt(ss);
        for (int i = 0; i < x.size(); ++i) {
            const double t = norm2 > 0 ? x[i] / norm2 : 0.0;
            // Cost criteria are reversed after normalising, on the unit scale.
            r[i] = cost ? 1.0 - t : t;
        }
        break;
    }
    case Normalization::Sum: {
        double s = 0.0;
        for (double v : x)
            s += std::abs(v);
        for (int i = 0; i < x.size(); ++i) {
            const double t = s > 0 ? x[i] / s : 0.0;
            r[i] = cost ? 1.0 - t : t;
        }
        break;
    }
    case Normalization::Max: {
        for (int i = 0; i < x.size(); ++i) {
            if (!cost)
                r[i] = hi > 0 ? x[i] / hi : (hi == lo ? 1.0 : 0.0);
            else
                r[i] = x[i] > 0 ? (lo > 0 ? lo / x[i] : 0.0) : 1.0;
        }
        break;
    }
    }
    return r;
}

void assignRanks(Result &result, double tolerance)
{
    const int n = int(result.perOption.size());
    result.order.resize(n);
    std::iota(result.order.begin(), result.order.end(), 0);
    std::stable_sort(result.order.begin(), result.order.end(),
                     [&](int a, int b) { return result.perOption[a].score > result.perOption[b].score; });
    int groupStart = 0;
    for (int i = 0; i < n; ++i) {
        const double lead = result.perOption[result.order[groupStart]].score;
        const double s = result.perOption[result.order[i]].score;
        const double scale = std::max({1.0, std::abs(lead), std::abs(s)});
        if (std::abs(lead - s) > tolerance * scale)
            groupStart = i;
        result.perOption[result.order[i]].rank = groupStart + 1;
    }
}

// PROMETHEE preference of an advantage d (in the criterion's units).
double preference(const Criterion &k, double d)
{
    if (!(d > 0.0))
        return 0.0;
    const double p = k.preferenceThreshold.value_or(0.0);
    switch (k.preference) {
    case Preference::Usual:
        return 1.0;
    case Preference::VShape:
        return p > 0.0 ? std::min(1.0, d / p) : 1.0;
    case Preference::Linear: {
        const double q = std::max(0.0, k.indifference.value_or(0.0));
        if (d <= q)
            return 0.0;
        return p > q ? std::min(1.0, (d - q) / (p - q)) : 1.0;
    }
    }
    return 1.0;
}

double weightedProductTerm(double r, double w)
{
    if (w <= 0.0)
        return 1.0;
    return r > 0.0 ? std::pow(r, w) : 0.0;
}

} // namespace

std::span<const MethodInfo> methods()
{
    return kMethods;
}

int methodIndex(Method method)
{
    for (int i = 0; i < int(std::size(kMethods)); ++i) {
        if (kMethods[i].method == method)
            return i;
    }
    return -1;
}

QString methodKey(Method m)
{
    const int i = methodIndex(m);
    return i < 0 ? QString() : QString::fromLatin1(kMethods[i].key);
}
std::optional<Method> methodFromKey(const QString &key)
{
    for (const MethodInfo &m : kMethods) {
        if (key.compare(QLatin1String(m.key), Qt::CaseInsensitive) == 0)
            return m.method;
    }
    return std::nullopt;
}
QString normalizationKey(Normalization n)
{
    return keyName(n, kNormalizations);
}
std::optional<Normalization> normalizationFromKey(const QString &key)
{
    return keyLookup(key, kNormalizations, Qt::CaseInsensitive);
}
QString missingPolicyKey(MissingPolicy p)
{
    return keyName(p, kMissing);
}
std::optional<MissingPolicy> missingPolicyFromKey(const QString &key)
{
    return keyLookup(key, kMissing, Qt::CaseInsensitive);
}
QStringList methodKeys()
{
    QStringList out;
    for (const MethodInfo &m : kMethods)
        out.append(QString::fromLatin1(m.key));
    return out;
}
QStringList normalizationKeys()
{
    return keyNames(kNormalizations);
}

Normalization defaultNormalization(Method m)
{
    const int i = methodIndex(m);
    return i < 0 ? Normalization::Scale : kMethods[i].normalization;
}

QVector<int> Result::winners() const
{
    QVector<int> out;
    for (int o : order) {
        if (perOption[o].rank == 1)
            out.append(o);
    }
    return out;
}

QVector<double> normalizeWeights(const QVector<double> &raw, bool *allZero)
{
    QVector<double> w(raw.size(), 0.0);
    double sum = 0.0;
    for (int i = 0; i < raw.size(); ++i) {
        const double v = raw[i];
        w[i] = (finite(v) && v > 0.0) ? v : 0.0;
        sum += w[i];
    }
    const bool zero = !(sum > 0.0) || !finite(sum);
    if (allZero)
        *allZero = zero;
    for (double &v : w)
        v = zero ? 0.0 : v / sum;
    return w;
}

Result evaluate(const Comparison &c, const QVector<double> &rawWeights, const EngineOptions &options)
{
    Result result;
    result.options = options;
    const int n = c.optionCount();
    const int m = c.criterionCount();
    QVector<double> raw = rawWeights;
    raw.resize(m);
    result.weights = normalizeWeights(raw, &result.allWeightsZero);
    result.perOption.resize(n);
    result.normalized = QVector<QVector<double>>(n, QVector<double>(m, 0.0));
    for (OptionResult &r : result.perOption)
        r.contributions = QVector<double>(m, 0.0);
    if (n == 0)
        return result;

    QVector<QVector<double>> filled(m); // [criterion][option], missing values filled
    for (int j = 0; j < m; ++j) {
        filled[j] = filledColumn(c, j, options.missing, &result.missingScores);
        const QVector<double> r = normalizeColumn(filled[j], c.criteria[j], options.normalization);
        for (int o = 0; o < n; ++o)
            result.normalized[o][j] = r[o];
    }
    const QVector<double> &w = result.weights;

    switch (options.method) {
    case Method::WeightedSum:
        for (int o = 0; o < n; ++o) {
            double scoredWeight = 1.0;
            if (options.missing == MissingPolicy::Exclude) {
                scoredWeight = 0.0;
                for (int j = 0; j < m; ++j) {
                    if (c.value(o, j) && finite(*c.value(o, j)))
                        scoredWeight += w[j];
                }
            }
            double total = 0.0;
            for (int j = 0; j < m; ++j) {
                const bool excluded =
                    options.missing == MissingPolicy::Exclude && !(c.value(o, j) && finite(*c.value(o, j)));
                const double share = excluded || scoredWeight <= 0.0 ? 0.0 : w[j] / scoredWeight;
                const double contribution = share * result.normalized[o][j];
                result.perOption[o].contributions[j] = contribution;
                total += contribution;
            }
            result.perOption[o].score = total;
        }
        break;
    case Method::WeightedProduct:
        for (int o = 0; o < n; ++o) {
            double product = result.allWeightsZero ? 0.0 : 1.0;
            for (int j = 0; j < m; ++j) {
                // Without normalisation the product works on raw ratios: a
                // cost criterion enters with a negative exponent.
                const bool rawCost = options.normalization == Normalization::None &&
                                     c.criteria[j].direction == Direction::Cost;
                const double x = rawCost ? 1.0 / std::max(filled[j][o], 1e-12) : result.normalized[o][j];
                product *= weightedProductTerm(std::max(0.0, x), w[j]);
                result.perOption[o].contributions[j] = w[j] * result.normalized[o][j];
            }
            result.perOption[o].score = finite(product) ? product : 0.0;
        }
        break;
    case Method::Topsis: {
        QVector<double> best(m, 0.0);
        QVector<double> worst(m, 0.0);
        for (int j = 0; j < m; ++j) {
            best[j] = worst[j] = w[j] * result.normalized[0][j];
            for (int o = 1; o < n; ++o) {
                const double v = w[j] * result.normalized[o][j];
                best[j] = std::max(best[j], v);
                worst[j] = std::min(worst[j], v);
            }
        }
        for (int o = 0; o < n; ++o) {
            double dPlus = 0.0;
            double dMinus = 0.0;
            for (int j = 0; j < m; ++j) {
                const double v = w[j] * result.normalized[o][j];
                dPlus += (v - best[j]) * (v - best[j]);
                dMinus += (v - worst[j]) * (v - worst[j]);
                result.perOption[o].contributions[j] = v;
            }
            dPlus = std::sqrt(dPlus);
            dMinus = std::sqrt(dMinus);
            const double denom = dPlus + dMinus;
            result.perOption[o].score = denom > 0 ? dMinus / denom : 0.5;
        }
        break;
    }
    case Method::Promethee2: {
        // Preference functions work on differences of the raw values (the
        // thresholds are in the criterion's units), oriented so that a
        // positive difference favours the first option.  Net flows are
        // divided by n - 1.
        const double scale = n > 1 ? 1.0 / (n - 1) : 0.0;
        QVector<double> sorted(n);
        for (int j = 0; j < m; ++j) {
            const Criterion &k = c.criteria[j];
            const double sign = k.direction == Direction::Benefit ? 1.0 : -1.0;
            if (k.preference == Preference::Usual) {
                // Usual function: the net preference is (options below) -
                // (options above), counted on sorted values in O(n log n)
                // instead of comparing every pair.
                for (int o = 0; o < n; ++o)
                    sorted[o] = sign * filled[j][o];
                std::sort(sorted.begin(), sorted.end());
                for (int o = 0; o < n; ++o) {
                    const double x = sign * filled[j][o];
                    const auto below = std::lower_bound(sorted.cbegin(), sorted.cend(), x) - sorted.cbegin();
                    const auto above = sorted.cend() - std::upper_bound(sorted.cbegin(), sorted.cend(), x);
                    result.perOption[o].contributions[j] = w[j] * double(below - above) * scale;
                }
                continue;
            }
            for (int o = 0; o < n; ++o) {
                double net = 0.0;
                for (int b = 0; b < n; ++b) {
                    const double d = sign * (filled[j][o] - filled[j][b]);
                    net += preference(k, d) - preference(k, -d);
                }
                result.perOption[o].contributions[j] = w[j] * net * scale;
            }
        }
        for (int o = 0; o < n; ++o) {
            double flow = 0.0;
            for (double x : result.perOption[o].contributions)
                flow += x;
            result.perOption[o].score = flow;
        }
        break;
    }
    }
    for (OptionResult &r : result.perOption) {
        if (!finite(r.score))
            r.score = 0.0;
        for (double &x : r.contributions) {
            if (!finite(x))
                x = 0.0;
        }
    }
    assignRanks(result, options.tieTolerance);
    return result;
}

} // namespace core

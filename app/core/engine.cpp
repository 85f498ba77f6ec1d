#include "core/engine.h"

#include "core/keytable.h"
#include "core/scoring.h"

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
                                   {Method::Promethee2, "promethee2", Normalization::None},
                                   {Method::Vikor, "vikor", Normalization::MinMax}};
const std::pair<Normalization, const char *> kNormalizations[] = {
    {Normalization::Scale, "scale"},   {Normalization::None, "none"}, {Normalization::MinMax, "minmax"},
    {Normalization::Vector, "vector"}, {Normalization::Sum, "sum"},   {Normalization::Max, "max"}};
const std::pair<MissingPolicy, const char *> kMissing[] = {
    {MissingPolicy::Worst, "worst"}, {MissingPolicy::Mean, "mean"}, {MissingPolicy::Exclude, "exclude"}};

bool finite(double v)
{
    return std::isfinite(v);
}

// Competition ranks ("1, 1, 3"): an option's rank is one more than the
// number of options that beat it under `ties`.
void assignRanks(Result &result, const scoring::TieRule &ties)
{
    const int n = int(result.perOption.size());
    result.order.resize(n);
    std::iota(result.order.begin(), result.order.end(), 0);
    std::stable_sort(result.order.begin(), result.order.end(),
                     [&](int a, int b) { return result.perOption[a].score > result.perOption[b].score; });
    QVector<double> sorted(n);
    for (int i = 0; i < n; ++i)
        sorted[i] = result.perOption[result.order[i]].score;
    for (OptionResult &o : result.perOption) {
        const double ceiling = ties.ceiling(o.score);
        const auto beaten =
            std::partition_point(sorted.cbegin(), sorted.cend(), [ceiling](double s) { return s > ceiling; });
        o.rank = int(beaten - sorted.cbegin()) + 1;
    }
}

// S, R and Q of a ranked VIKOR result, and the conditions of its compromise.
VikorResult vikorDetails(const scoring::Prepared &prepared, const Result &result)
{
    const int n = prepared.n;
    VikorResult out;
    out.v = prepared.vikorV;
    out.s.resize(n);
    out.r.resize(n);
    out.q.resize(n);
    scoring::vikorMeasures(prepared, result.weights.constData(), out.s.data(), out.r.data(), out.q.data());
    const QVector<int> &order = result.order;
    const int a1 = order.first();
    if (n == 1) {
        out.acceptableAdvantage = out.acceptableStability = true;
        out.compromise = {a1};
        return out;
    }
    out.dq = 1.0 / (n - 1);
    // Comparisons of Q allow for the rounding of the sums it is made of.
    constexpr double slack = 1e-12;
    out.acceptableAdvantage = out.q[order[1]] - out.q[a1] >= out.dq - slack;
    const scoring::TieRule &ties = prepared.resultTies;
    auto first = [&](const QVector<double> &lowerIsBetter) {
        // a1 is first when no option is lower beyond the tie rule.
        for (int o = 0; o < n; ++o) {
            if (o != a1 && 1.0 - lowerIsBetter[o] > ties.ceiling(1.0 - lowerIsBetter[a1]))
                return false;
        }
        return true;
    };
    out.acceptableStability = first(out.s) || first(out.r);
    if (out.acceptableAdvantage) {
        out.compromise = {a1};
        if (!out.acceptableStability)
            out.compromise.append(order[1]);
    } else {
        for (int o : order) {
            if (o == a1 || out.q[o] - out.q[a1] < out.dq - slack)
                out.compromise.append(o);
            else
                break;
        }
    }
    return out;
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

bool validVikorV(double v)
{
    return std::isfinite(v) && v >= 0.0 && v <= 1.0;
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

int Result::scoreDecimals(int fewest) const
{
    // Compared as numbers, not printed: this runs with every verdict, on
    // every weight change.  Two numbers at least one unit of the last
    // decimal apart (with a margin for the scaling's rounding) print apart;
    // scores too large to scale print apart already.
    auto alike = [](double a, double b, int decimals) {
        const double apart = std::abs(a - b) * std::pow(10.0, decimals);
        return std::isfinite(apart) && apart < 1.0 + 1e-6;
    };
    int decimals = fewest;
    for (qsizetype k = 1; k < order.size(); ++k) {
        const OptionResult &a = perOption[order[k - 1]];
        const OptionResult &b = perOption[order[k]];
        if (a.rank == b.rank)
            continue;
        while (decimals < kMostScoreDecimals && alike(a.score, b.score, decimals))
            ++decimals;
    }
    return decimals;
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

    const scoring::Prepared prepared = scoring::prepare(c, options);
    result.normalized = prepared.normalized;
    result.missingScores = prepared.missingScores;
    const QVector<double> &w = result.weights;
    for (const EngineNote &note : prepared.notes) {
        if (w[note.criterion] > 0.0)
            result.notes.append(note);
    }
    QVector<double> scores;
    std::vector<double> scratch;
    scoring::resultScores(prepared, raw, scores, scratch);
    for (int o = 0; o < n; ++o) {
        OptionResult &r = result.perOption[o];
        r.score = scores[o];
        // Per criterion: weight times the normalised value (the net flow for
        // PROMETHEE II); leaving missing scores out rescales an option's weights.
        const double *row = prepared.method == Method::Promethee2 || prepared.method == Method::Vikor
                                ? prepared.matrix.data() + std::size_t(o) * m
                                : result.normalized[o].constData();
        const unsigned char *given =
            prepared.excludesMissing() ? prepared.scored.data() + std::size_t(o) * m : nullptr;
        double scoredWeight = 0.0;
        for (int j = 0; j < m && given; ++j)
            scoredWeight += given[j] ? w[j] : 0.0;
        for (int j = 0; j < m; ++j) {
            const double share = !given ? w[j] : (given[j] && scoredWeight > 0.0 ? w[j] / scoredWeight : 0.0);
            r.contributions[j] = share * row[j];
        }
    }
    for (OptionResult &r : result.perOption) {
        for (double &x : r.contributions) {
            if (!finite(x))
                x = 0.0;
        }
    }
    assignRanks(result, prepared.resultTies);
    if (prepared.method == Method::Vikor)
        result.vikor = vikorDetails(prepared, result);
    return result;
}

} // namespace core

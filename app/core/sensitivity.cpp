#include "core/sensitivity.h"

#include "core/scoring.h"

#include <algorithm>
#include <cmath>

namespace core {

QVector<double> weightsWithShare(const QVector<double> &w, int criterion, double share)
{
    QVector<double> out(w.size(), 0.0);
    const double rest = 1.0 - w[criterion];
    const int others = int(w.size()) - 1;
    for (int k = 0; k < w.size(); ++k) {
        if (k == criterion)
            out[k] = share;
        else if (rest > 1e-12)
            out[k] = w[k] / rest * (1.0 - share);
        else
            out[k] = others > 0 ? (1.0 - share) / others : 0.0;
    }
    return out;
}

namespace {

struct Crossing
{
    double at;
    int challenger;
};

// Weighted sum: score_o(t) = t * r_oj + (1 - t) * base_oj, exactly.
void linearCrossings(const Result &result, int winner, int j, QVector<Crossing> &out)
{
    const QVector<double> &w = result.weights;
    const int n = int(result.perOption.size());
    const int m = int(w.size());
    auto base = [&](int o) {
        const double rest = 1.0 - w[j];
        if (rest > 1e-12)
            return (result.perOption[o].score - result.perOption[o].contributions[j]) / rest;
        double s = 0.0;
        for (int k = 0; k < m; ++k) {
            if (k != j)
                s += result.normalized[o][k];
        }
        return m > 1 ? s / (m - 1) : 0.0;
    };
    const double baseA = base(winner);
    const double rA = result.normalized[winner][j];
    for (int b = 0; b < n; ++b) {
        if (b == winner)
            continue;
        const double dBase = baseA - base(b);              // diff at t = 0
        const double dFull = rA - result.normalized[b][j]; // diff at t = 1
        const double denom = dBase - dFull;
        if (std::abs(denom) < 1e-15)
            continue;
        const double t = dBase / denom;
        if (t > 0.0 && t < 1.0)
            out.append({t, b});
    }
}

int soleWinner(const Result &r)
{
    const QVector<int> winners = r.winners();
    return winners.size() == 1 ? winners.first() : -1;
}

// Other methods: scan t in [0, 1] and bisect every change of first place.
// Each point scores the prepared comparison (scoring::Prepared) instead of
// evaluating it from scratch.
void scannedCrossings(const scoring::Prepared &prepared, const Result &result, int winner, int j,
                      QVector<Crossing> &out)
{
    constexpr int steps = 40;
    QVector<double> scores;
    std::vector<double> scratch;
    auto leaderAt = [&](double t) {
        scoring::resultScores(prepared, weightsWithShare(result.weights, j, t), scores, scratch);
        return scoring::soleWinner(scores, prepared.resultTies);
    };
    double prevT = 0.0;
    int prev = leaderAt(0.0);
    for (int s = 1; s <= steps; ++s) {
        const double t = double(s) / steps;
        const int now = leaderAt(t);
        if ((prev == winner) != (now == winner)) {
            double a = prevT;
            double b = t;
            for (int it = 0; it < 20; ++it) {
                const double mid = 0.5 * (a + b);
                if ((leaderAt(mid) == winner) == (prev == winner))
                    a = mid;
                else
                    b = mid;
            }
            const int challenger = prev == winner ? now : prev;
            out.append({0.5 * (a + b), challenger});
        }
        prev = now;
        prevT = t;
    }
}

} // namespace

QVector<StabilityInterval> stabilityIntervals(const Comparison &c, const QVector<double> &,
                                              const EngineOptions &options, const Result &result)
{
    QVector<StabilityInterval> out;
    const int winner = soleWinner(result);
    if (winner < 0 || result.allWeightsZero)
        return out;
    const int m = c.criterionCount();
    const bool exact = options.method == Method::WeightedSum && options.missing != MissingPolicy::Exclude;
    // Scanning costs ~60 evaluations per criterion: keep it for sizes where
    // that stays well inside a frame.
    if (!exact && qint64(c.optionCount()) * m * m > 200000)
        return out;
    out.reserve(m);
    const scoring::Prepared prepared = exact ? scoring::Prepared{} : scoring::prepare(c, options);
    for (int j = 0; j < m; ++j) {
        QVector<Crossing> crossings;
        if (exact)
            linearCrossings(result, winner, j, crossings);
        else
            scannedCrossings(prepared, result, winner, j, crossings);
        StabilityInterval s;
        s.criterion = j;
        s.current = result.weights[j];
        for (const Crossing &x : crossings) {
            if (x.at <= s.current && x.at >= s.lower) {
                s.lower = x.at;
                s.challengerBelow = x.challenger;
            } else if (x.at > s.current && x.at <= s.upper) {
                s.upper = x.at;
                s.challengerAbove = x.challenger;
            }
        }
        out.append(s);
    }
    return out;
}

Sweep weightSweep(const Comparison &c, const Result &result, int criterion, int points)
{
    Sweep out;
    out.criterion = criterion;
    const int n = c.optionCount();
    if (criterion < 0 || criterion >= c.criterionCount() || n == 0)
        return out;
    const bool linear =
        result.options.method == Method::WeightedSum && result.options.missing != MissingPolicy::Exclude;
    const int count = linear ? 2 : std::max(2, points);
    out.scores = QVector<QVector<double>>(n, QVector<double>(count, 0.0));
    const scoring::Prepared prepared = scoring::prepare(c, result.options);
    QVector<double> scores;
    std::vector<double> scratch;
    for (int k = 0; k < count; ++k) {
        const double share = double(k) / (count - 1);
        out.shares.append(share);
        scoring::resultScores(prepared, weightsWithShare(result.weights, criterion, share), scores, scratch);
        for (int o = 0; o < n; ++o)
            out.scores[o][k] = scores[o];
    }
    return out;
}

} // namespace core

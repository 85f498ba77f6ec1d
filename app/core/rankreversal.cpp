#include "core/rankreversal.h"

#include "core/scoring.h"

#include <algorithm>
#include <numeric>

namespace core {

namespace {

// The comparison without option `dropped`: the values are all the engine reads.
Comparison without(const Comparison &c, int dropped)
{
    Comparison out;
    out.criteria = c.criteria;
    const int n = c.optionCount();
    const int m = c.criterionCount();
    out.options.reserve(n - 1);
    out.cells.reserve(qsizetype(n - 1) * m);
    for (int o = 0; o < n; ++o) {
        if (o == dropped)
            continue;
        out.options.append(Option{c.options[o].name, {}, {}});
        for (int j = 0; j < m; ++j)
            out.cells.append(c.cell(o, j));
    }
    return out;
}

} // namespace

bool rankReversalAffordable(const Comparison &c, const EngineOptions &options)
{
    const double n = c.optionCount();
    double cost = n * n * c.criterionCount();
    const bool pairwise = options.method == Method::Promethee2 &&
                          std::any_of(c.criteria.cbegin(), c.criteria.cend(),
                                      [](const Criterion &k) { return k.preference != Preference::Usual; });
    if (pairwise)
        cost *= n;
    return cost <= 2e6;
}

RankReversalCheck checkRankReversal(const Comparison &c, const QVector<double> &weights,
                                    const EngineOptions &options, const Result &result)
{
    RankReversalCheck check;
    if (!rankReversalAffordable(c, options)) {
        check.tooLarge = true;
        return check;
    }
    check.checked = true;
    const int n = c.optionCount();
    if (n < 3 || result.perOption.size() != n || result.allWeightsZero)
        return check;
    // Scores only (scoring::prepare and resultScores), not a whole Result:
    // ranks as evaluate() gives them, without contributions or copies.
    QVector<double> scores;
    std::vector<double> scratch;
    QVector<int> order(n - 1);
    QVector<double> sorted(n - 1);
    QVector<int> rankAfter(n, 0);
    for (int d = 0; d < n; ++d) {
        const scoring::Prepared prepared = scoring::prepare(without(c, d), options);
        scoring::resultScores(prepared, weights, scores, scratch);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        for (int i = 0; i < n - 1; ++i)
            sorted[i] = scores[order[i]];
        // Competition ranks: one more than the scores above the tie ceiling.
        // Reduced index i is option i, or i + 1 from `d` on.
        for (int i = 0; i < n - 1; ++i) {
            const double ceiling = prepared.resultTies.ceiling(scores[i]);
            const auto above = std::partition_point(sorted.cbegin(), sorted.cend(),
                                                    [ceiling](double s) { return s > ceiling; });
            rankAfter[i < d ? i : i + 1] = int(above - sorted.cbegin()) + 1;
        }
        RankReversal r;
        r.dropped = d;
        for (int o : result.order) {
            if (o != d)
                r.before.append(o);
        }
        for (int a : std::as_const(r.before)) {
            for (int b : std::as_const(r.before)) {
                if (result.perOption[a].rank < result.perOption[b].rank && rankAfter[a] > rankAfter[b])
                    r.flipped.append({a, b});
            }
        }
        if (r.flipped.isEmpty())
            continue;
        for (int i : std::as_const(order))
            r.after.append(i < d ? i : i + 1);
        check.reversals.append(r);
    }
    return check;
}

} // namespace core

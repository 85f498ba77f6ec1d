#include "core/rankreversal.h"

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
            out.cells.append(Cell{c.value(o, j), {}, {}});
    }
    return out;
}

} // namespace

QVector<RankReversal> rankReversals(const Comparison &c, const QVector<double> &weights,
                                    const EngineOptions &options, const Result &result)
{
    QVector<RankReversal> out;
    const int n = c.optionCount();
    if (n < 3 || result.perOption.size() != n || result.allWeightsZero)
        return out;
    QVector<int> rankAfter(n, 0);
    for (int d = 0; d < n; ++d) {
        const Result reduced = evaluate(without(c, d), weights, options);
        // Reduced index i is option i, or i + 1 from `d` on.
        for (int i = 0; i < n - 1; ++i)
            rankAfter[i < d ? i : i + 1] = reduced.perOption[i].rank;
        RankReversal r;
        r.dropped = d;
        for (int o : result.order) {
            if (o != d)
                r.before.append(o);
        }
        for (int a : r.before) {
            for (int b : r.before) {
                if (result.perOption[a].rank < result.perOption[b].rank && rankAfter[a] > rankAfter[b])
                    r.flipped.append({a, b});
            }
        }
        if (r.flipped.isEmpty())
            continue;
        for (int i : reduced.order)
            r.after.append(i < d ? i : i + 1);
        out.append(r);
    }
    return out;
}

} // namespace core

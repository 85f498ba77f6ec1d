#include "core/resultjson.h"

#include "core/criteriatree.h"
#include "core/jsonio.h"

namespace core::json {

QJsonObject weightsToJson(const Comparison &c, const Result &r)
{
    QJsonObject weights;
    for (int j = 0; j < c.criterionCount() && j < r.weights.size(); ++j)
        weights.insert(c.criteria[j].name, r.weights[j]);
    return weights;
}

QJsonArray groupsToJson(const Comparison &c, const Result &r)
{
    QJsonArray out;
    if (c.groups.isEmpty())
        return out;
    const CriteriaTree tree(c);
    QVector<QVector<double>> sums; // per option, per node
    if (!isLarge(c)) {
        for (const OptionResult &o : r.perOption)
            sums.append(tree.sumPerNode(o.contributions));
    }
    for (int g : tree.groups()) {
        const CriteriaTree::Node &n = tree.node(g);
        QJsonObject entry{
            {QStringLiteral("name"), n.name},
            {QStringLiteral("parent"), n.parent > CriteriaTree::kRoot ? tree.node(n.parent).name : QString()},
            {QStringLiteral("level"), n.depth},
            {QStringLiteral("weight"), tree.globalShare(g, r.weights)},
            {QStringLiteral("local_share"), tree.localShare(g, r.weights)}};
        if (!sums.isEmpty()) {
            QJsonObject contributions;
            for (int o = 0; o < c.optionCount() && o < sums.size(); ++o)
                contributions.insert(c.options[o].name, sums[o][g]);
            entry.insert(QStringLiteral("contributions"), contributions);
        }
        out.append(entry);
    }
    return out;
}

QJsonArray rankingToJson(const Comparison &c, const Result &r)
{
    QJsonArray out;
    for (int o : r.order)
        out.append(QJsonObject{{QStringLiteral("option"), c.options[o].name},
                               {QStringLiteral("score"), r.perOption[o].score},
                               {QStringLiteral("rank"), r.perOption[o].rank}});
    return out;
}

namespace {

QJsonArray resultsJson(const Comparison &c, const Result &r)
{
    if (isLarge(c))
        return rankingToJson(c, r);
    QJsonArray results;
    for (int o : r.order) {
        QJsonObject contributions;
        for (int j = 0; j < c.criterionCount(); ++j)
            contributions.insert(c.criteria[j].name, r.perOption[o].contributions[j]);
        QJsonObject entry{{QStringLiteral("option"), c.options[o].name},
                          {QStringLiteral("score"), r.perOption[o].score},
                          {QStringLiteral("rank"), r.perOption[o].rank},
                          {QStringLiteral("contributions"), contributions}};
        if (r.vikor) {
            entry.insert(QStringLiteral("S"), r.vikor->s[o]);
            entry.insert(QStringLiteral("R"), r.vikor->r[o]);
            entry.insert(QStringLiteral("Q"), r.vikor->q[o]);
        }
        results.append(entry);
    }
    return results;
}

QJsonArray optionNames(const Comparison &c, const QVector<int> &options)
{
    QJsonArray out;
    for (int o : options)
        out.append(c.options[o].name);
    return out;
}

QJsonObject vikorJson(const Comparison &c, const VikorResult &k)
{
    return QJsonObject{{QStringLiteral("v"), k.v},
                       {QStringLiteral("dq"), k.dq},
                       {QStringLiteral("acceptable_advantage"), k.acceptableAdvantage},
                       {QStringLiteral("acceptable_stability"), k.acceptableStability},
                       {QStringLiteral("compromise"), optionNames(c, k.compromise)}};
}

QJsonArray rankReversalJson(const Comparison &c, const QVector<RankReversal> &reversals)
{
    QJsonArray out;
    for (const RankReversal &rr : reversals) {
        QJsonArray flipped;
        for (const auto &[a, b] : rr.flipped)
            flipped.append(QJsonObject{{QStringLiteral("was_above"), c.options[a].name},
                                       {QStringLiteral("now_above"), c.options[b].name}});
        out.append(QJsonObject{{QStringLiteral("dropped"), c.options[rr.dropped].name},
                               {QStringLiteral("order_before"), optionNames(c, rr.before)},
                               {QStringLiteral("order_after"), optionNames(c, rr.after)},
                               {QStringLiteral("flipped"), flipped}});
    }
    return out;
}

QJsonObject verdictJson(const Comparison &c, const Verdict &v, const Result &r)
{
    QJsonArray winners;
    for (int o : v.winners)
        winners.append(c.options[o].name);
    QJsonArray flips;
    for (const Flip &f : v.flips) {
        flips.append(
            QJsonObject{{QStringLiteral("criterion"), c.criteria[f.criterion].name},
                        {QStringLiteral("option"), c.options[f.challenger].name},
                        {QStringLiteral("when"), f.above ? QStringLiteral("above") : QStringLiteral("below")},
                        {QStringLiteral("weight"), f.threshold}});
    }
    return QJsonObject{{QStringLiteral("winners"), winners},
                       {QStringLiteral("tie"), v.winners.size() > 1},
                       {QStringLiteral("margin"), v.margin},
                       {QStringLiteral("fragile"), v.fragile},
                       {QStringLiteral("headline"), VerdictText::headline(c, v, r)},
                       {QStringLiteral("details"), QJsonArray::fromStringList(VerdictText::details(c, v, r))},
                       {QStringLiteral("flips"), flips}};
}

QJsonArray stabilityJson(const Comparison &c, const QVector<StabilityInterval> &stability)
{
    QJsonArray intervals;
    for (const StabilityInterval &i : stability) {
        intervals.append(QJsonObject{{QStringLiteral("criterion"), c.criteria[i.criterion].name},
                                     {QStringLiteral("weight"), i.current},
                                     {QStringLiteral("lower"), i.lower},
                                     {QStringLiteral("upper"), i.upper}});
    }
    return intervals;
}

} // namespace

bool isLarge(const Comparison &c)
{
    return qint64(c.optionCount()) * c.criterionCount() > kLargeCells;
}

QJsonObject analysisToJson(const Comparison &c, const Analysis &a, const QString &file,
                           const QString &profileName)
{
    const Result &r = a.result;
    QJsonObject out{
        {QStringLiteral("file"), file},
        {QStringLiteral("comparison"), c.name},
        {QStringLiteral("profile"), profileName.isEmpty() ? QJsonValue() : QJsonValue(profileName)},
        {QStringLiteral("method"), methodKey(r.options.method)},
        {QStringLiteral("normalization"), normalizationKey(r.options.normalization)},
        {QStringLiteral("missing"), missingPolicyKey(r.options.missing)},
        {QStringLiteral("weights"), weightsToJson(c, r)},
        {QStringLiteral("results"), resultsJson(c, r)},
        {QStringLiteral("verdict"), verdictJson(c, a.verdict, r)},
        {QStringLiteral("stability"), stabilityJson(c, a.stability)},
        {QStringLiteral("variant"), methodVariant(c, r.options)},
        {QStringLiteral("rank_reversal"), rankReversalJson(c, a.verdict.rankReversal.reversals)},
        {QStringLiteral("rank_reversal_checked"), a.verdict.rankReversal.checked}};
    if (r.vikor)
        out.insert(QStringLiteral("vikor"), vikorJson(c, *r.vikor));
    if (isLarge(c))
        out.insert(QStringLiteral("omitted"), QJsonArray{QStringLiteral("results.contributions")});
    // Criterion name to its value function, only those that are not linear.
    QJsonObject functions;
    for (const Criterion &k : c.criteria) {
        if (!k.valueFunction.isLinear())
            functions.insert(k.name, valueFunctionToJson(k.valueFunction));
    }
    if (!functions.isEmpty())
        out.insert(QStringLiteral("value_functions"), functions);
    // The criteria tree's groups, for a comparison that has one.
    if (const QJsonArray groups = groupsToJson(c, r); !groups.isEmpty())
        out.insert(QStringLiteral("groups"), groups);
    return out;
}

} // namespace core::json

#include "core/verdict.h"

#include "core/criteriatree.h"
#include "core/montecarlo.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace core {

namespace {
// The score ranges' Monte Carlo run at the result's weights.
ScoreUncertainty checkScoreRanges(const Comparison &c, const Result &r)
{
    const int ranges = rangeCount(c);
    if (ranges == 0 || r.allWeightsZero)
        return {};
    // It runs on every change: about two million cells drawn at most, at
    // least 200 draws, else (beyond 10,000 ranges) it is left out.
    const qint64 affordable = 2'000'000 / ranges;
    if (affordable < 200) {
        ScoreUncertainty skipped;
        skipped.ranges = ranges;
        return skipped;
    }
    return scoreUncertainty(c, r.weights, r.options,
                            int(std::min<qint64>(affordable, kScoreUncertaintySamples)));
}
// The winner's SMAA-2 central weights and confidence factor, when the run
// drew score ranges (without them the factor is 1 by construction).
void applyCentralWeights(Verdict &v, const Acceptability &a)
{
    const int w = v.winners.first();
    if (a.uncertainScores == 0 || a.confidenceSamples == 0 || a.centralWeights.value(w).isEmpty())
        return;
    v.centralWeights = a.centralWeights[w];
    v.confidence = a.confidence.value(w);
    v.confidenceSamples = a.confidenceSamples;
}
} // namespace

Verdict makeVerdict(const Comparison &c, const Result &r, const QVector<StabilityInterval> &stability)
{
    Verdict v;
    v.allWeightsZero = r.allWeightsZero;
    v.missingScores = r.missingScores;
    for (const Cell &cell : c.cells) {
        bool supports = false;
        bool opposes = false;
        for (const Evidence &e : cell.evidence) {
            v.disputedClaims += e.disputed ? 1 : 0;
            supports = supports || (e.stance == Stance::Supports && !e.disputed);
            opposes = opposes || e.stance == Stance::Opposes;
        }
        v.contestedScores += supports && opposes ? 1 : 0;
    }
    if (r.order.isEmpty())
        return v;
    v.winners = r.winners();
    for (int o : r.order) {
        if (r.perOption[o].rank != 1) {
            v.runnerUp = o;
            break;
        }
    }
    if (v.runnerUp < 0)
        return v;
    const int w = v.winners.first();
    const double top = r.perOption[w].score;
    v.margin = top - r.perOption[v.runnerUp].score;
    v.relativeMargin = std::abs(top) > 1e-12 ? v.margin / std::abs(top) : 0.0;

    QVector<Driver> all;
    for (int j = 0; j < c.criterionCount(); ++j) {
        const double adv = r.perOption[w].contributions[j] - r.perOption[v.runnerUp].contributions[j];
        all.append({j, adv});
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Driver &a, const Driver &b) { return a.advantage > b.advantage; });
    for (const Driver &d : all) {
        if (d.advantage > 1e-12 && v.drivers.size() < 3)
            v.drivers.append(d);
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->advantage < -1e-12 && v.against.size() < 3)
            v.against.append(*it);
    }

    if (v.winners.size() == 1) {
        for (const StabilityInterval &s : stability) {
            if (s.challengerAbove >= 0)
                v.flips.append({s.criterion, s.challengerAbove, true, s.upper, s.upper - s.current});
            if (s.challengerBelow >= 0)
                v.flips.append({s.criterion, s.challengerBelow, false, s.lower, s.current - s.lower});
        }
        std::stable_sort(v.flips.begin(), v.flips.end(),
                         [](const Flip &a, const Flip &b) { return a.distance < b.distance; });
        if (v.flips.size() > 5)
            v.flips.resize(5);
    }
    // A winner is fragile when it leads by under 3 % or when moving a single
    // weight by less than 5 percentage points hands first place to another.
    v.fragile = v.winners.size() == 1 &&
                (v.relativeMargin < 0.03 || (!v.flips.isEmpty() && v.flips.first().distance < 0.05));
    v.scoreRanges = checkScoreRanges(c, r);
    return v;
}

void applyAcceptability(Verdict &v, const Acceptability &a)
{
    if (v.winners.size() != 1 || a.samples == 0)
        return;
    v.acceptability = a.firstRank(v.winners.first());
    v.acceptabilitySamples = a.samples;
    applyCentralWeights(v, a);
    v.fragile = v.fragile || *v.acceptability < 0.5;
}

void applyMethodComparison(Verdict &v, const QVector<Result> &byMethod)
{
    v.dissentingMethods.clear();
    if (v.winners.size() != 1)
        return;
    const auto all = methods();
    for (int i = 0; i < byMethod.size() && i < int(all.size()); ++i) {
        const QVector<int> winners = byMethod[i].winners();
        if (!winners.contains(v.winners.first()))
            v.dissentingMethods.append({all[i].method, winners.isEmpty() ? -1 : winners.first()});
    }
}

QString methodName(Method m)
{
    switch (m) {
    case Method::WeightedSum:
        return VerdictText::tr("weighted sum");
    case Method::WeightedProduct:
        return VerdictText::tr("weighted product");
    case Method::Topsis:
        return VerdictText::tr("TOPSIS");
    case Method::Promethee2:
        return VerdictText::tr("PROMETHEE II");
    case Method::Vikor:
        return VerdictText::tr("VIKOR");
    }
    return {};
}

QString methodTitle(Method m)
{
    switch (m) {
    case Method::WeightedSum:
        return VerdictText::tr("Weighted sum");
    case Method::WeightedProduct:
        return VerdictText::tr("Weighted product");
    case Method::Topsis:
        return VerdictText::tr("TOPSIS");
    case Method::Promethee2:
        return VerdictText::tr("PROMETHEE II");
    case Method::Vikor:
        return VerdictText::tr("VIKOR");
    }
    return {};
}

QString normalizationName(Normalization n)
{
    switch (n) {
    case Normalization::Scale:
        return VerdictText::tr("Rating scale");
    case Normalization::None:
        return VerdictText::tr("None (raw values)");
    case Normalization::MinMax:
        return VerdictText::tr("Min–max");
    case Normalization::Vector:
        return VerdictText::tr("Vector");
    case Normalization::Sum:
        return VerdictText::tr("Sum");
    case Normalization::Max:
        return VerdictText::tr("Max");
    }
    return {};
}

QString missingPolicyName(MissingPolicy p)
{
    switch (p) {
    case MissingPolicy::Worst:
        return VerdictText::tr("Worst value");
    case MissingPolicy::Mean:
        return VerdictText::tr("Mean of the others");
    case MissingPolicy::Exclude:
        return VerdictText::tr("Leave out");
    }
    return {};
}

namespace {

QString preferenceName(Preference p)
{
    switch (p) {
    case Preference::Usual:
        return VerdictText::tr("usual");
    case Preference::Linear:
        return VerdictText::tr("linear");
    case Preference::VShape:
        return VerdictText::tr("V-shape");
    }
    return {};
}

} // namespace

QString methodVariant(const Comparison &c, const EngineOptions &o)
{
    switch (o.method) {
    case Method::Promethee2: {
        QStringList names;
        bool same = true;
        for (const Criterion &k : c.criteria) {
            names.append(preferenceName(k.preference));
            same = same && k.preference == c.criteria.first().preference;
        }
        if (names.isEmpty())
            return {};
        return same ? names.first() : names.join(QLatin1Char('/'));
    }
    case Method::Vikor:
        return VerdictText::tr("v = %1").arg(
            QLocale().toString(validVikorV(o.vikorV) ? o.vikorV : kDefaultVikorV, 'f', 2));
    case Method::WeightedSum:
    case Method::WeightedProduct:
    case Method::Topsis:
        break;
    }
    return {};
}

QString methodLabel(const Comparison &c, const EngineOptions &o)
{
    const QString variant = methodVariant(c, o);
    return variant.isEmpty() ? methodTitle(o.method)
                             : methodTitle(o.method) + QStringLiteral(" · ") + variant;
}

QString methodKeyLabel(const Comparison &c, const EngineOptions &o)
{
    const QString variant = methodVariant(c, o);
    return variant.isEmpty() ? methodKey(o.method) : methodKey(o.method) + QStringLiteral(" · ") + variant;
}

QString ahpVariant()
{
    return VerdictText::tr("principal eigenvector");
}

QString VerdictText::percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share * 100.0 < 10.0 ? 1 : 0) + QLocale().percent();
}

QString VerdictText::marginPercent(double share)
{
    // A lead that is not a tie never reads "by 0.0%": as many decimals as
    // its first digit needs (the engine ties below a relative 1e-9).
    const double value = share * 100.0;
    int decimals = value < 10.0 ? 1 : 0;
    while (value > 0 && decimals < 9 && std::round(value * std::pow(10.0, decimals)) == 0)
        ++decimals;
    return QLocale().toString(value, 'f', decimals) + QLocale().percent();
}

QString VerdictText::headline(const Comparison &c, const Verdict &v, const Result &r)
{
    if (c.optionCount() == 0)
        return tr("This comparison has no options yet.");
    if (v.allWeightsZero)
        return tr("Every weight is zero: no criterion decides, so all options tie.");
    const QLocale locale;
    if (v.winners.size() > 1) {
        QStringList names;
        for (int o : v.winners)
            names.append(c.options[o].name);
        return tr("%1 tie for first place at %2.")
            .arg(QLocale().createSeparatedList(names),
                 locale.toString(r.perOption[v.winners.first()].score, 'f', r.scoreDecimals(3)));
    }
    const int w = v.winners.first();
    if (v.runnerUp < 0)
        return tr("%1 is the only option.").arg(c.options[w].name);
    const int decimals = r.scoreDecimals(3);
    return tr("%1 ranks first with %2, ahead of %3 (%4) by %5.")
        .arg(c.options[w].name, locale.toString(r.perOption[w].score, 'f', decimals),
             c.options[v.runnerUp].name, locale.toString(r.perOption[v.runnerUp].score, 'f', decimals),
             marginPercent(v.relativeMargin));
}

namespace {

// PROMETHEE II on a criterion with a value function compares values, so its
// thresholds in the criterion's units were not used: say so instead of
// "has no threshold".  Null for any other note (the usual sentence
// follows), empty for a note the sentence on p already covers.
QString valueFunctionThresholdNote(const Comparison &c, const EngineNote &note)
{
    const Criterion k = c.criteria.value(note.criterion);
    if (k.valueFunction.isLinear())
        return {};
    if (note.kind == EngineNote::Kind::DefaultPreference)
        return VerdictText::tr(
                   "PROMETHEE II compares the values of %1's value function, so p is their largest "
                   "difference between options, %2, and q is 0.")
            .arg(k.name, QLocale().toString(note.value, 'g', 6));
    if (note.kind == EngineNote::Kind::DefaultIndifference)
        return QStringLiteral(""); // said with p above
    return {};
}

} // namespace

QStringList VerdictText::engineNotes(const Comparison &c, const Result &r)
{
    QStringList out;
    QStringList shifted;
    QStringList fellBack;
    for (const EngineNote &note : r.notes) {
        const QString name = c.criteria.value(note.criterion).name;
        if (const QString valued = valueFunctionThresholdNote(c, note); !valued.isNull()) {
            if (!valued.isEmpty())
                out.append(valued);
            continue;
        }
        switch (note.kind) {
        case EngineNote::Kind::ProductShift:
            shifted.append(name);
            break;
        case EngineNote::Kind::MaxFallback:
            fellBack.append(name);
            break;
        case EngineNote::Kind::DefaultPreference:
            out.append(tr("PROMETHEE II: %1 has no preference threshold p, so p is its largest difference "
                          "between options, %2.")
                           .arg(name, QLocale().toString(note.value, 'g', 6)));
            break;
        case EngineNote::Kind::DefaultIndifference:
            out.append(tr("PROMETHEE II: %1 has no indifference threshold q, so q is 0.").arg(name));
            break;
        }
    }
    if (!shifted.isEmpty())
        out.append(tr("Weighted product: a product cannot weigh zero or negative values, so the values of %1 "
                      "were mapped linearly onto 1 (worst) to 2 (best).")
                       .arg(QLocale().createSeparatedList(shifted)));
    if (!fellBack.isEmpty())
        out.append(tr("Max normalisation needs positive values, so min–max was used for %1.")
                       .arg(QLocale().createSeparatedList(fellBack)));
    return out;
}

QStringList VerdictText::vikorConditions(const Comparison &c, const Result &r)
{
    QStringList out;
    if (!r.vikor || r.allWeightsZero || r.order.size() < 2)
        return out;
    const VikorResult &k = *r.vikor;
    const QLocale locale;
    out.append(k.acceptableAdvantage
                   ? tr("VIKOR: acceptable advantage holds (Q of the second differs by at least %1).")
                         .arg(locale.toString(k.dq, 'f', 3))
                   : tr("VIKOR: no acceptable advantage (Q of the second differs by less than %1).")
                         .arg(locale.toString(k.dq, 'f', 3)));
    out.append(k.acceptableStability ? tr("VIKOR: acceptable stability holds (also first by S or R).")
                                     : tr("VIKOR: no acceptable stability (not first by S or by R)."));
    if (k.compromise.size() > 1) {
        QStringList names;
        for (int o : k.compromise)
            names.append(c.options[o].name);
        out.append(tr("VIKOR compromise solutions: %1.").arg(locale.createSeparatedList(names)));
    }
    return out;
}

QStringList VerdictText::rankReversals(const Comparison &c, const Verdict &v)
{
    QStringList out;
    constexpr int kShown = 3;
    for (const RankReversal &rr : v.rankReversal.reversals.mid(0, kShown)) {
        QStringList pairs;
        for (const auto &[a, b] : rr.flipped.mid(0, kShown))
            pairs.append(tr("%1 now above %2").arg(c.options[b].name, c.options[a].name));
        if (rr.flipped.size() > kShown)
            pairs.append(tr("%n more", nullptr, int(rr.flipped.size()) - kShown));
        out.append(tr("Rank reversal: without %1 the order of the others changes (%2).")
                       .arg(c.options[rr.dropped].name, QLocale().createSeparatedList(pairs)));
    }
    if (v.rankReversal.reversals.size() > kShown)
        out.append(tr("Rank reversal: leaving out %n more option(s) also changes the order of the others.",
                      nullptr, int(v.rankReversal.reversals.size()) - kShown));
    if (v.rankReversal.tooLarge)
        out.append(tr("Rank reversal was not checked: ranking %1 options again without each one is too much "
                      "work for this size.")
                       .arg(c.optionCount()));
    return out;
}

QStringList VerdictText::details(const Comparison &c, const Verdict &v, const Result &r)
{
    QStringList out;
    if (v.winners.isEmpty() || v.allWeightsZero)
        return out;
    auto names = [&](const QVector<Driver> &ds) {
        QStringList n;
        for (const Driver &d : ds)
            n.append(c.criteria[d.criterion].name);
        return QLocale().createSeparatedList(n);
    };
    if (v.winners.size() == 1 && v.runnerUp >= 0) {
        if (!v.drivers.isEmpty())
            out.append(tr("Driven by %1.").arg(names(v.drivers)));
        if (const QString group = groupDriver(c, v, r); !group.isEmpty())
            out.append(group);
        if (!v.against.isEmpty())
            out.append(tr("%1 leads on %2.").arg(c.options[v.runnerUp].name, names(v.against)));
        for (const Flip &f : v.flips.mid(0, 2)) {
            out.append(f.above ? tr("%1 would win if %2 weighed more than %3 (now %4).")
                                     .arg(c.options[f.challenger].name, c.criteria[f.criterion].name,
                                          percent(f.threshold), percent(r.weights[f.criterion]))
                               : tr("%1 would win if %2 weighed less than %3 (now %4).")
                                     .arg(c.options[f.challenger].name, c.criteria[f.criterion].name,
                                          percent(f.threshold), percent(r.weights[f.criterion])));
        }
        if (v.flips.isEmpty())
            out.append(tr("No single weight change hands first place to another option."));
        if (v.acceptability)
            out.append(tr("%1 ranks first in %2 of %3 random weightings.")
                           .arg(c.options[v.winners.first()].name, percent(*v.acceptability),
                                QLocale().toString(v.acceptabilitySamples)));
        if (v.fragile)
            out.append(tr("Fragile: a small change of weights changes the winner."));
        for (const auto &[method, winner] : v.dissentingMethods) {
            if (winner >= 0)
                out.append(tr("The method decides: %1 ranks %2 first.")
                               .arg(methodName(method), c.options[winner].name));
        }
    }
    out += scoreRanges(c, v);
    out += vikorConditions(c, r);
    out += rankReversals(c, v);
    out += engineNotes(c, r);
    if (v.missingScores > 0) {
        switch (r.options.missing) {
        case MissingPolicy::Worst:
            out.append(
                tr("%n score(s) missing, counted as the criterion's worst value.", nullptr, v.missingScores));
            break;
        case MissingPolicy::Mean:
            out.append(tr("%n score(s) missing, counted as the mean of the scored options.", nullptr,
                          v.missingScores));
            break;
        case MissingPolicy::Exclude:
            out.append(tr("%n score(s) missing, left out with their weight spread over the other criteria.",
                          nullptr, v.missingScores));
            break;
        }
    }
    // Two sentences, each with its own count, so each reads in the singular
    // as in the plural in every language.
    if (v.contestedScores > 0)
        out.append(tr("Sources disagree on %n score(s).", nullptr, v.contestedScores));
    if (v.disputedClaims > 0)
        out.append(tr("%n disputed claim(s) are kept but do not drive a score.", nullptr, v.disputedClaims));
    return out;
}

QString VerdictText::groupDriver(const Comparison &c, const Verdict &v, const Result &r)
{
    if (c.groups.isEmpty() || v.winners.size() != 1 || v.runnerUp < 0)
        return {};
    const CriteriaTree tree(c);
    const int winner = v.winners.first();
    QVector<double> lead(c.criterionCount(), 0.0);
    for (int j = 0; j < c.criterionCount(); ++j)
        lead[j] = r.perOption[winner].contributions.value(j) - r.perOption[v.runnerUp].contributions.value(j);
    const QVector<double> sums = tree.sumPerNode(lead);
    const double total = sums[CriteriaTree::kRoot];
    int best = -1;
    for (int n : tree.nodesAtLevel(1)) {
        if (tree.node(n).isGroup() && sums[n] > 0 && (best < 0 || sums[n] > sums[best]))
            best = n;
    }
    if (best < 0 || !(total > 0))
        return {};
    // A group worth more than the whole lead: the winner trails elsewhere.
    if (sums[best] >= total)
        return tr("%1 as a whole drives it: without it %2 would not lead.")
            .arg(tree.node(best).name, c.options[winner].name);
    return tr("%1 as a whole drives it (%2 of %3's lead).")
        .arg(tree.node(best).name, percent(sums[best] / total), c.options[winner].name);
}

QStringList VerdictText::scoreRanges(const Comparison &c, const Verdict &v)
{
    QStringList out;
    const ScoreUncertainty &u = v.scoreRanges;
    if (u.ranges == 0 || u.samples == 0 || u.winner < 0)
        return out;
    if (!u.canChangeWinner())
        out.append(tr("The score ranges cannot change the winner: %1 ranks first in all %2 score draws.")
                       .arg(c.options[u.winner].name, QLocale().toString(u.samples)));
    else
        out.append(tr("The score ranges can change the winner: %1 wins in %2 of %3 score draws.")
                       .arg(c.options[u.challenger].name, percent(u.first[u.challenger]),
                            QLocale().toString(u.samples)));
    if (v.confidence && v.winners.size() == 1) {
        // The two criteria its central weights put most on.
        QVector<int> order;
        for (int j = 0; j < v.centralWeights.size() && j < c.criterionCount(); ++j)
            order.append(j);
        std::stable_sort(order.begin(), order.end(),
                         [&v](int a, int b) { return v.centralWeights[a] > v.centralWeights[b]; });
        QStringList most;
        for (int j : order.mid(0, 2))
            most.append(QStringLiteral("%1 %2").arg(c.criteria[j].name, percent(v.centralWeights[j])));
        out.append(tr("At its central weights (most on %1), %2 stays first in %3 of %4 score draws (SMAA-2 "
                      "confidence factor).")
                       .arg(QLocale().createSeparatedList(most), c.options[v.winners.first()].name,
                            percent(*v.confidence), QLocale().toString(v.confidenceSamples)));
    }
    return out;
}

QString VerdictText::plainText(const Comparison &c, const Verdict &v, const Result &r)
{
    QStringList lines{headline(c, v, r)};
    lines += details(c, v, r);
    return lines.join(QLatin1Char('\n'));
}

} // namespace core

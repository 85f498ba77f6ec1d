#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/output.h"
#include "cli/selection.h"
#include "core/analysis.h"
#include "core/montecarlo.h"
#include "core/resultjson.h"
#include "core/verdict.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <cmath>
#include <vector>

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli", "  tradeoff sensitivity [FILE] [SELECTORS] [--samples N] [--seed S] [--concentration K]\n"
           "                       [--format table|json]\n"
           "      Stability intervals and crossovers per criterion, Monte Carlo rank acceptability\n"
           "      (weights drawn from the simplex, flat or around the current weights with K > 0),\n"
           "      and every method's ranking with Kendall's tau.\n");

const QString kSamples = QStringLiteral("samples");
const QString kSeed = QStringLiteral("seed");
const QString kConcentration = QStringLiteral("concentration");

// --samples, --seed and --concentration: checked before the input is read.
std::optional<Failure> monteCarloOptions(const QCommandLineParser &a, core::MonteCarloOptions *mc)
{
    bool ok = true;
    if (a.isSet(kSamples)) {
        mc->samples = a.value(kSamples).toInt(&ok);
        if (!ok || mc->samples < 0 || mc->samples > 10'000'000)
            return Failure{UsageError, Tr::tr("--samples must be a whole number from 0 to 10000000")};
    }
    if (a.isSet(kSeed)) {
        mc->seed = a.value(kSeed).toULongLong(&ok);
        if (!ok)
            return Failure{UsageError, Tr::tr("--seed must be a non-negative whole number")};
    }
    if (a.isSet(kConcentration)) {
        mc->concentration = QLocale::c().toDouble(a.value(kConcentration), &ok);
        if (!ok || !std::isfinite(mc->concentration) || mc->concentration < 0 ||
            mc->concentration > core::MonteCarloOptions::kMaxConcentration)
            return Failure{
                UsageError,
                Tr::tr("--concentration must be 0 (flat) or a positive number up to %1")
                    .arg(QLocale::c().toString(core::MonteCarloOptions::kMaxConcentration, 'f', 0))};
    }
    return std::nullopt;
}

QVector<int> rankVector(const core::Result &r)
{
    QVector<int> out;
    for (const core::OptionResult &o : r.perOption)
        out.append(o.rank);
    return out;
}

// What the command computed, for either format.
struct Findings
{
    const Selection &selection;
    const core::MonteCarloOptions &mc;
    const core::Acceptability &acceptability;
    const core::Analysis &analysis;
};

QJsonArray stabilityJson(const core::Comparison &c, const QVector<core::StabilityInterval> &stability)
{
    auto optionName = [&c](int o) {
        return o >= 0 ? QJsonValue(c.options[o].name) : QJsonValue();
    };
    QJsonArray intervals;
    for (const core::StabilityInterval &i : stability) {
        intervals.append(QJsonObject{{QStringLiteral("criterion"), c.criteria[i.criterion].name},
                                     {QStringLiteral("weight"), i.current},
                                     {QStringLiteral("lower"), i.lower},
                                     {QStringLiteral("upper"), i.upper},
                                     {QStringLiteral("below"), optionName(i.challengerBelow)},
                                     {QStringLiteral("above"), optionName(i.challengerAbove)}});
    }
    return intervals;
}

QJsonArray crossoversJson(const core::Comparison &c, const QVector<core::StabilityInterval> &stability)
{
    QJsonArray crossovers;
    auto crossover = [&](const core::StabilityInterval &i, int option, const char *when, double weight) {
        crossovers.append(QJsonObject{{QStringLiteral("criterion"), c.criteria[i.criterion].name},
                                      {QStringLiteral("option"), c.options[option].name},
                                      {QStringLiteral("when"), QLatin1String(when)},
                                      {QStringLiteral("weight"), weight}});
    };
    for (const core::StabilityInterval &i : stability) {
        if (i.challengerAbove >= 0)
            crossover(i, i.challengerAbove, "above", i.upper);
        if (i.challengerBelow >= 0)
            crossover(i, i.challengerBelow, "below", i.lower);
    }
    return crossovers;
}

QJsonObject acceptabilityJson(const Findings &x)
{
    const core::Comparison &c = x.selection.comparison;
    QJsonArray ranks;
    for (int o = 0; o < c.optionCount(); ++o) {
        QJsonArray shares;
        for (double share : x.acceptability.shares[o])
            shares.append(share);
        ranks.append(QJsonObject{{QStringLiteral("option"), c.options[o].name},
                                 {QStringLiteral("first"), x.acceptability.firstRank(o)},
                                 {QStringLiteral("shares"), shares}});
    }
    // SMAA-2: per option, its central weights and confidence factor (null
    // for an option never first).
    QJsonObject central;
    QJsonObject confidence;
    for (int o = 0; o < c.optionCount(); ++o) {
        const QVector<double> w = x.acceptability.centralWeights.value(o);
        QJsonObject weights;
        for (int j = 0; j < w.size() && j < c.criterionCount(); ++j)
            weights.insert(c.criteria[j].name, w[j]);
        central.insert(c.options[o].name, w.isEmpty() ? QJsonValue() : QJsonValue(weights));
        confidence.insert(c.options[o].name,
                          w.isEmpty() ? QJsonValue() : QJsonValue(x.acceptability.confidence.value(o)));
    }
    return QJsonObject{{QStringLiteral("samples"), x.acceptability.samples},
                       {QStringLiteral("uncertain_scores"), x.acceptability.uncertainScores},
                       {QStringLiteral("central_weights"), central},
                       {QStringLiteral("confidence"), confidence},
                       {QStringLiteral("confidence_samples"), x.acceptability.confidenceSamples},
                       {QStringLiteral("seed"), QString::number(x.acceptability.seed)},
                       {QStringLiteral("concentration"), x.acceptability.concentration},
                       {QStringLiteral("distribution"), x.mc.concentration > 0
                                                            ? QStringLiteral("dirichlet around the weights")
                                                            : QStringLiteral("flat dirichlet")},
                       {QStringLiteral("ranks"), ranks}};
}

// Whether the score ranges can change the winner at the current weights.
QJsonObject scoreUncertaintyJson(const core::Comparison &c, const core::ScoreUncertainty &u)
{
    QJsonObject out{{QStringLiteral("ranges"), u.ranges}};
    if (u.ranges == 0 || u.samples == 0)
        return out;
    QJsonObject first;
    for (int o = 0; o < c.optionCount(); ++o)
        first.insert(c.options[o].name, u.first.value(o));
    out.insert(QStringLiteral("samples"), u.samples);
    out.insert(QStringLiteral("seed"), QString::number(u.seed));
    out.insert(QStringLiteral("winner"), u.winner >= 0 ? QJsonValue(c.options[u.winner].name) : QJsonValue());
    out.insert(QStringLiteral("other_wins"), u.otherWins);
    out.insert(QStringLiteral("challenger"),
               u.challenger >= 0 ? QJsonValue(c.options[u.challenger].name) : QJsonValue());
    out.insert(QStringLiteral("can_change_winner"), u.canChangeWinner());
    out.insert(QStringLiteral("first"), first);
    return out;
}

QJsonObject toJson(const Findings &x)
{
    const core::Comparison &c = x.selection.comparison;
    const core::Result &r = x.analysis.result;
    const core::Verdict &v = x.analysis.verdict;
    const QVector<core::Result> &byMethod = x.analysis.byMethod;
    const QStringList methods = core::methodKeys();
    // Tau is symmetric: each pair once (each is quadratic in the options).
    QVector<QVector<double>> taus(methods.size(), QVector<double>(methods.size(), 0.0));
    for (int m = 0; m < methods.size(); ++m) {
        for (int k = m; k < methods.size(); ++k)
            taus[m][k] = taus[k][m] = core::kendallTau(rankVector(byMethod[m]), rankVector(byMethod[k]));
    }
    QJsonArray methodRankings;
    QJsonObject tau;
    for (int m = 0; m < methods.size(); ++m) {
        methodRankings.append(QJsonObject{
            {QStringLiteral("method"), methods[m]},
            {QStringLiteral("normalization"), core::normalizationKey(byMethod[m].options.normalization)},
            {QStringLiteral("variant"), core::methodVariant(c, byMethod[m].options)},
            {QStringLiteral("results"), core::json::rankingToJson(c, byMethod[m])}});
        QJsonObject row;
        for (int k = 0; k < methods.size(); ++k)
            row.insert(methods[k], taus[m][k]);
        tau.insert(methods[m], row);
    }
    const QString &profile = x.selection.profileName;
    return QJsonObject{{QStringLiteral("file"), displayName(x.selection.file)},
                       {QStringLiteral("comparison"), c.name},
                       {QStringLiteral("profile"), profile.isEmpty() ? QJsonValue() : QJsonValue(profile)},
                       {QStringLiteral("method"), core::methodKey(r.options.method)},
                       {QStringLiteral("normalization"), core::normalizationKey(r.options.normalization)},
                       {QStringLiteral("missing"), core::missingPolicyKey(r.options.missing)},
                       {QStringLiteral("weights"), core::json::weightsToJson(c, r)},
                       {QStringLiteral("results"), core::json::rankingToJson(c, r)},
                       {QStringLiteral("stability"), stabilityJson(c, x.analysis.stability)},
                       {QStringLiteral("crossovers"), crossoversJson(c, x.analysis.stability)},
                       {QStringLiteral("acceptability"), acceptabilityJson(x)},
                       {QStringLiteral("score_uncertainty"), scoreUncertaintyJson(c, v.scoreRanges)},
                       {QStringLiteral("methods"), methodRankings},
                       {QStringLiteral("kendall_tau"), tau},
                       {QStringLiteral("verdict"),
                        QJsonObject{{QStringLiteral("headline"), core::VerdictText::headline(c, v, r)},
                                    {QStringLiteral("details"),
                                     QJsonArray::fromStringList(core::VerdictText::details(c, v, r))},
                                    {QStringLiteral("fragile"), v.fragile}}}};
}

// One value as QJsonDocument writes it in compact form.
QByteArray compactValue(const QJsonValue &v)
{
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// A large comparison's JSON, the bytes QJsonDocument(toJson(x)).toJson(Compact)
// gives, without building the acceptability's options x options shares (4
// million at 2,000 options) as JSON values: the document is written by Qt with
// a marker for "ranks", then the ranks are written in its place.  Each share
// is a count divided by the samples, so at most samples + 1 numbers occur:
// each is written once, by Qt, and reused.
QByteArray largeJson(const Findings &x)
{
    const core::Comparison &c = x.selection.comparison;
    const core::Acceptability &a = x.acceptability;
    QJsonObject object = toJson(x);
    QJsonObject acceptability = object.value(QStringLiteral("acceptability")).toObject();
    const QString marker = QStringLiteral("ranks written below");
    acceptability.insert(QStringLiteral("ranks"), marker);
    object.insert(QStringLiteral("acceptability"), acceptability);
    const QByteArray document = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray placeholder = "\"ranks\":" + compactValue(marker);
    const qsizetype at = document.indexOf(placeholder);
    if (at < 0) // cannot happen: no other key "ranks" holds a string
        return QJsonDocument(toJson(x)).toJson(QJsonDocument::Compact);

    std::vector<QByteArray> counted(std::size_t(std::max(a.samples, 0)) + 1);
    auto number = [&](double share) -> const QByteArray & {
        const double k = std::round(share * a.samples);
        if (a.samples > 0 && k >= 0 && k <= a.samples && k / a.samples == share) {
            QByteArray &text = counted[std::size_t(k)];
            if (text.isEmpty())
                text = compactValue(share);
            return text;
        }
        static thread_local QByteArray other;
        other = compactValue(share);
        return other;
    };
    QByteArray out;
    out.reserve(document.size() + qsizetype(c.optionCount()) * (c.optionCount() * 8 + 64));
    out.append(document.constData(), at);
    out += "\"ranks\":[";
    for (int o = 0; o < c.optionCount(); ++o) {
        if (o > 0)
            out += ',';
        // Keys in QJsonObject's order: first, option, shares.
        out += "{\"first\":";
        out += number(a.firstRank(o));
        out += ",\"option\":";
        out += compactValue(c.options[o].name);
        out += ",\"shares\":[";
        const QVector<double> &shares = a.shares[o];
        for (qsizetype r = 0; r < shares.size(); ++r) {
            if (r > 0)
                out += ',';
            out += number(shares[r]);
        }
        out += "]}";
    }
    out += ']';
    out.append(document.constData() + at + placeholder.size(), document.size() - at - placeholder.size());
    return out;
}

// SMAA-2's central weights and confidence factors: one column per option
// ever first (the first six by the ranking), one row per criterion.
void printCentralWeights(QTextStream &out, const Findings &x)
{
    const core::Comparison &c = x.selection.comparison;
    const core::Acceptability &a = x.acceptability;
    QVector<int> shown;
    for (int o : x.analysis.result.order) {
        if (!a.centralWeights.value(o).isEmpty() && shown.size() < 6)
            shown.append(o);
    }
    if (shown.isEmpty())
        return;
    QStringList header{QString()};
    QStringList confidence{Tr::tr("Confidence factor")};
    for (int o : shown) {
        header.append(c.options[o].name);
        confidence.append(core::VerdictText::percent(a.confidence.value(o)));
    }
    QVector<QStringList> rows{confidence};
    for (int j = 0; j < c.criterionCount(); ++j) {
        QStringList row{c.criteria[j].name};
        for (int o : shown)
            row.append(core::VerdictText::percent(a.centralWeights[o].value(j)));
        rows.append(row);
    }
    out << (a.uncertainScores > 0
                ? Tr::tr("SMAA-2 central weights and confidence factors (%1 score ranges, %2 score draws):")
                      .arg(a.uncertainScores)
                      .arg(a.confidenceSamples)
                : Tr::tr("SMAA-2 central weights and confidence factors:"))
        << '\n'
        << table(header, rows) << '\n';
}

void printTables(QTextStream &out, const Findings &x)
{
    const core::Comparison &c = x.selection.comparison;
    const core::Result &r = x.analysis.result;
    const core::Acceptability &acceptability = x.acceptability;
    out << c.name << '\n' << core::VerdictText::plainText(c, x.analysis.verdict, r) << "\n\n";
    QVector<QStringList> rows;
    for (const core::StabilityInterval &i : x.analysis.stability)
        rows.append({c.criteria[i.criterion].name, core::VerdictText::percent(i.current),
                     core::VerdictText::percent(i.lower) + QStringLiteral(" – ") +
                         core::VerdictText::percent(i.upper),
                     i.challengerBelow >= 0 ? c.options[i.challengerBelow].name : QStringLiteral("–"),
                     i.challengerAbove >= 0 ? c.options[i.challengerAbove].name : QStringLiteral("–")});
    out << table({Tr::tr("Criterion"), Tr::tr("Weight"), Tr::tr("Winner stays first"),
                  Tr::tr("Below: winner"), Tr::tr("Above: winner")},
                 rows)
        << '\n';
    rows.clear();
    for (int o : r.order) {
        QStringList row{c.options[o].name};
        for (int k = 0; k < c.optionCount() && k < 6; ++k)
            row.append(core::VerdictText::percent(acceptability.shares[o][k]));
        rows.append(row);
    }
    QStringList header{Tr::tr("Option")};
    for (int k = 0; k < c.optionCount() && k < 6; ++k)
        header.append(Tr::tr("Rank %1").arg(k + 1));
    out << Tr::tr("Rank acceptability over %1 random weightings (seed %2):")
               .arg(acceptability.samples)
               .arg(acceptability.seed)
        << '\n'
        << table(header, rows) << '\n';
    printCentralWeights(out, x);
    rows.clear();
    const QVector<core::Result> &byMethod = x.analysis.byMethod;
    const QStringList methods = core::methodKeys();
    for (int m = 0; m < methods.size(); ++m) {
        QStringList ranking;
        for (int o : byMethod[m].order)
            ranking.append(
                QStringLiteral("%1. %2").arg(byMethod[m].perOption[o].rank).arg(c.options[o].name));
        rows.append({core::methodKeyLabel(c, byMethod[m].options),
                     QLocale::c().toString(core::kendallTau(rankVector(byMethod[0]), rankVector(byMethod[m])),
                                           'f', 2),
                     ranking.join(QLatin1String(", "))});
    }
    out << table({Tr::tr("Method"), Tr::tr("Kendall tau vs wsm"), Tr::tr("Ranking")}, rows);
}

// How far to trust the verdict: stability intervals and crossovers, Monte
// Carlo rank acceptability, and every method's ranking with Kendall's tau.
class Sensitivity final : public Command
{
public:
    Sensitivity()
        : Command({.name = QStringLiteral("sensitivity"),
                   .usage = kUsage,
                   .options = selectorOptions()
                              << QCommandLineOption(kSamples, QString(), kSamples)
                              << QCommandLineOption(kSeed, QString(), kSeed)
                              << QCommandLineOption(kConcentration, QString(), kConcentration),
                   .formats = {QStringLiteral("table"), QStringLiteral("json")}})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        core::MonteCarloOptions mc;
        if (auto f = monteCarloOptions(call.options, &mc))
            return call.fail(*f);
        Selection s;
        if (auto f = select(call, &s))
            return call.fail(*f);
        const core::Acceptability acceptability =
            core::rankAcceptability(s.comparison, s.weights, s.options, mc);
        core::AnalysisScope scope;
        scope.acceptability = &acceptability;
        const core::Analysis analysis = core::analyse(s.comparison, s.weights, s.options, scope);
        const Findings findings{s, mc, acceptability, analysis};
        // A large comparison's acceptability is options x options shares (4
        // million at 2,000 options): written compact.
        if (call.format == QLatin1String("json") && core::json::isLarge(s.comparison))
            writeBytes(call.out, largeJson(findings));
        else if (call.format == QLatin1String("json"))
            writeBytes(call.out, QJsonDocument(toJson(findings)).toJson(QJsonDocument::Indented));
        else
            printTables(call.out, findings);
        return call.done();
    }
};

} // namespace

const Command &sensitivityCommand()
{
    static const Sensitivity command;
    return command;
}

} // namespace cli

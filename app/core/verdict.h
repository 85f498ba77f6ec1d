#pragma once

#include "core/rankreversal.h"
#include "core/sensitivity.h"
#include "core/smaa.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace core {

struct Driver
{
    int criterion = -1;
    double advantage = 0.0; // winner's contribution minus the runner-up's
};

struct Flip
{
    int criterion = -1;
    int challenger = -1;
    bool above = true; // challenger wins if the weight rises above `threshold` (else falls below)
    double threshold = 0.0;
    double distance = 0.0; // |threshold - current weight|
};

struct Verdict
{
    QVector<int> winners; // more than one: a tie for first place
    int runnerUp = -1;    // best option not tied with the winner, -1 if none
    double margin = 0.0;  // winner score minus runner-up score
    double relativeMargin = 0.0;
    QVector<Driver> drivers; // up to three criteria favouring the winner most
    QVector<Driver> against; // up to three criteria favouring the runner-up most
    QVector<Flip> flips;     // nearest first, at most five
    int missingScores = 0;
    int disputedClaims = 0;
    int contestedScores = 0; // scores whose evidence both supports and opposes them
    bool allWeightsZero = false;
    bool fragile = false;
    // From a Monte Carlo run, when one was made: the share of random
    // weightings in which the winner ranks first.
    std::optional<double> acceptability;
    int acceptabilitySamples = 0;
    // Methods whose first place differs from this verdict's winner.
    QVector<std::pair<Method, int>> dissentingMethods; // (method, its winner)
    // Options whose removal reverses the order of others, when the analysis
    // checked (AnalysisScope::rankReversal).
    RankReversalCheck rankReversal;
    // Whether the score ranges can change the winner at these weights (a
    // Monte Carlo run over the scores alone); `ranges` is 0 without ranges.
    ScoreUncertainty scoreRanges;
    // SMAA-2, from a Monte Carlo run over a comparison with score ranges:
    // the winner's central weights and confidence factor.
    QVector<double> centralWeights;
    std::optional<double> confidence;
    int confidenceSamples = 0;
};

// Records the methods whose ranking (`byMethod`, indexed like methods(),
// from rankWithEveryMethod) puts another option first: "the method decides".
void applyMethodComparison(Verdict &verdict, const QVector<Result> &byMethod);
// Names shown to users, translated: in a sentence ("weighted sum"), as a
// title ("Weighted sum"), and the normalisation and missing-score policy.
QString methodName(Method method);
QString methodTitle(Method method);
QString normalizationName(Normalization normalization);
QString missingPolicyName(MissingPolicy policy);
// The variant of a method, as every result display names it next to the
// method: PROMETHEE II's preference function per criterion ("usual/linear/
// V-shape", one name when all agree), VIKOR's v ("v = 0.50"); empty for the
// methods without one.  The normalisation is named separately.
QString methodVariant(const Comparison &comparison, const EngineOptions &options);
// The method's title and its variant: "VIKOR · v = 0.50".
QString methodLabel(const Comparison &comparison, const EngineOptions &options);
// The same with the method's key, as commands and reports name it: "vikor · v = 0.50".
QString methodKeyLabel(const Comparison &comparison, const EngineOptions &options);
// How AHP turns pairwise judgements into weights: "principal eigenvector".
QString ahpVariant();

struct Acceptability;
// Adds a Monte Carlo result; a winner first in under half of the draws is
// fragile too.
void applyAcceptability(Verdict &verdict, const Acceptability &acceptability);

Verdict makeVerdict(const Comparison &comparison, const Result &result,
                    const QVector<StabilityInterval> &stability);

// Plain-language rendering; translatable through the "core::VerdictText" context.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
public:
    static QString headline(const Comparison &c, const Verdict &v, const Result &r);
    static QStringList details(const Comparison &c, const Verdict &v, const Result &r);
    // What the engine decided because the data left it open (Result::notes),
    // one line each; details() includes them.
    static QStringList engineNotes(const Comparison &c, const Result &r);
    // VIKOR's conditions C1 and C2 and its compromise set; details() includes them.
    static QStringList vikorConditions(const Comparison &c, const Result &r);
    // One warning per option whose removal reverses two others (at most three,
    // then a count), or that the comparison was too large to check;
    // details() includes them.
    static QStringList rankReversals(const Comparison &c, const Verdict &v);
    // With a criteria tree (explicit groups): the top-level group whose
    // criteria give the winner most of its lead over the runner-up
    // ("Performance as a whole drives it (52% of Python's lead)", or that
    // without it the winner would not lead); empty otherwise.  details()
    // includes it.
    static QString groupDriver(const Comparison &c, const Verdict &v, const Result &r);
    // Whether the score ranges can change the winner, when the comparison
    // has ranges; details() includes it.
    static QStringList scoreRanges(const Comparison &c, const Verdict &v);
    static QString plainText(const Comparison &c, const Verdict &v, const Result &r);
    static QString percent(double share);
    // A winner's lead over the runner-up: like percent(), with the decimals
    // a small lead needs so it never reads as 0.
    static QString marginPercent(double share);
};

} // namespace core

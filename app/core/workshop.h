#pragma once

#include "core/comparison.h"
#include "core/engine.h"
#include "core/expected.h"

#include <optional>

// Group decisions in a workshop: the weights of several stakeholders brought
// together into a consensus, how much they disagree, and snapshots of the
// weights and results that can be compared afterwards.
namespace core::workshop {

// Weights as shares that add up to 1; all-zero (or invalid) weights count as
// equal ones, so every stakeholder has a say.
QVector<double> shares(const QVector<double> &weights);

enum class Mean
{
    Arithmetic, // the average share
    Geometric   // the geometric mean of the shares (Aczél and Saaty's rule for AHP groups)
};

struct Consensus
{
    QVector<double> weights; // shares, adding up to 1
    // The geometric mean is zero wherever one stakeholder gave zero; when that
    // leaves no weight at all the arithmetic mean is used instead.
    bool fellBackToArithmetic = false;
};
// Aggregates stakeholders' weights (each one list per criterion) and
// renormalises the result.  Empty input gives no weights.
Consensus consensus(const QVector<QVector<double>> &weights, Mean mean);

// How far apart the stakeholders' shares are on one criterion.
struct Spread
{
    double min = 0;
    double max = 0;
    double mean = 0;
    double stddev = 0; // population standard deviation
};
QVector<Spread> disagreement(const QVector<QVector<double>> &weights);

// The options ranked first (several for a tie), sorted by name so that two
// lists compare equal whatever the option order.
QStringList winnerNames(const Comparison &c, const Result &result);
QStringList winnerNames(const Snapshot &s);

// Freezes what the window shows now.
Snapshot takeSnapshot(const Comparison &c, const QVector<double> &weights, const Result &result,
                      const QString &verdict, const QString &name, const QDateTime &taken);

// Two snapshots side by side, matched by criterion and option names.
struct SnapshotDiff
{
    struct Weight
    {
        QString criterion;
        std::optional<double> before; // share of the total, absent when the criterion was not there
        std::optional<double> after;
        double change() const { return after.value_or(0) - before.value_or(0); }
    };
    struct Rank
    {
        QString option;
        std::optional<int> before;
        std::optional<int> after;
        std::optional<double> scoreBefore;
        std::optional<double> scoreAfter;
    };
    QVector<Weight> weights; // in the order of the later snapshot, then the ones it dropped
    QVector<Rank> ranks;     // by the later snapshot's rank
    QStringList winnersBefore;
    QStringList winnersAfter;
    bool winnerChanged = false; // the verdict flipped
    bool methodChanged = false;
};
SnapshotDiff compare(const Snapshot &before, const Snapshot &after);

// A participant's weights as a small file ("*.tradeoff-profile", JSON) that
// travels from their laptop to the facilitator's without a network.  Weights
// are keyed by criterion name, so the two copies need not list criteria in
// the same order.
inline constexpr qint64 kMaxProfileFileSize = 1024 * 1024;
QByteArray profileToJson(const Comparison &c, const Profile &profile);
Expected<void> writeProfileFile(const QString &path, const Comparison &c, const Profile &profile);

struct ImportedProfile
{
    Profile profile;             // weights in `c`'s criteria order
    QString comparison;          // the comparison it was made for
    QStringList unknownCriteria; // in the file, not in `c`: ignored
    QStringList missingCriteria; // in `c`, not in the file: weight 0
};
// Reads a profile for comparison `c`.  Foreign, damaged, oversized or
// mismatched files (no criterion in common) are refused with one line.
Expected<ImportedProfile> profileFromJson(const QByteArray &data, const Comparison &c);
Expected<ImportedProfile> readProfileFile(const QString &path, const Comparison &c);

} // namespace core::workshop

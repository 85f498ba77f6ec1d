#pragma once

#include "core/method.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace core {

enum class Direction
{
    Benefit,
    Cost
};
enum class Stance
{
    Supports,
    Opposes,
    Context
};
enum class ProfileKind
{
    Scenario,
    Stakeholder,
    Custom
};
// PROMETHEE preference functions (Brans & Vincke 1985): usual (type I),
// linear with an indifference zone (type V) and V-shape (type III).
enum class Preference
{
    Usual,
    Linear,
    VShape
};

QString directionKey(Direction d);
std::optional<Direction> directionFromKey(const QString &key);
QString stanceKey(Stance s);
std::optional<Stance> stanceFromKey(const QString &key);
QString profileKindKey(ProfileKind k);
std::optional<ProfileKind> profileKindFromKey(const QString &key);
QString preferenceKey(Preference p);
std::optional<Preference> preferenceFromKey(const QString &key);

// Where a decision stands (the statuses of MADR 4).
enum class DecisionStatus
{
    Proposed,
    Accepted,
    Rejected,
    Deprecated,
    Superseded
};
QString decisionStatusKey(DecisionStatus s);
std::optional<DecisionStatus> decisionStatusFromKey(const QString &key);
QStringList decisionStatusKeys();

// A character that would end a name's line (a name heads lists, menus and
// reports): control characters and the line and paragraph separators.
bool breaksLine(QChar ch);

struct Source
{
    QString title;
    QString publisher;
    QString author;
    QString published;
    QString url;
    QString note;

    bool operator==(const Source &) const = default;
};

struct Evidence
{
    QString claim;
    int source = -1; // index into Comparison::sources, -1 when uncited
    Stance stance = Stance::Supports;
    bool disputed = false;
    QString correction;

    bool operator==(const Evidence &) const = default;
};

struct Option
{
    QString name;
    QString description;
    QString color; // "#rrggbb" or empty

    bool operator==(const Option &) const = default;
};

// How a criterion's raw value becomes a value from 0 (worst) to 1 (best)
// before weighting.  Linear is what every method did before value functions
// existed: min-max (or the declared scale) in the criterion's direction.
// Piecewise is linear between the points, flat beyond the first and the
// last; Step holds each point's value from its x up to the next point's x
// (below the first point, the first point's value).  Points are in the
// criterion's units, x strictly increasing, y from 0 to 1.
enum class ValueShape
{
    Linear,
    Piecewise,
    Step
};
QString valueShapeKey(ValueShape s);
std::optional<ValueShape> valueShapeFromKey(const QString &key);

struct ValuePoint
{
    double x = 0;
    double y = 0;

    bool operator==(const ValuePoint &) const = default;
};

struct ValueFunction
{
    ValueShape shape = ValueShape::Linear;
    QVector<ValuePoint> points; // empty for Linear

    bool isLinear() const { return shape == ValueShape::Linear; }
    bool operator==(const ValueFunction &) const = default;
};
inline constexpr int kMaxValuePoints = 50;

// The value v(x) of a non-linear function at x: piecewise interpolates
// linearly between the points and is flat beyond the first and the last;
// step holds each point's y from its x up to the next point's x, and below
// the first point the first y.  A linear function (no points) has no value
// of its own (the engine normalises instead): it returns x unchanged, as
// does a function without points.  NaN gives NaN.
double valueAt(const ValueFunction &f, double x);
// In words: "piecewise through (0, 0), (3, 0.8), (10, 1)", "step from 2: 0.25,
// from 5: 1", "linear"; numbers with up to 6 significant digits.
QString valueFunctionText(const ValueFunction &f);

// A node of the criteria tree above the criteria.  A criterion's `category`
// names the group it sits in; a group names its parent group ("" at the
// top).  A category with no CriterionGroup of its name is a group at the
// top with no description: that is how every file before the tree reads, a
// one-level tree.  Weights stay one per criterion (global); a group weighs
// the sum of its criteria.
struct CriterionGroup
{
    QString name;
    QString parent;
    QString description;

    bool operator==(const CriterionGroup &) const = default;
};
inline constexpr int kMaxTreeDepth = 8; // levels of groups above a criterion

struct Criterion
{
    QString name;
    QString category;
    Direction direction = Direction::Benefit;
    QString description;
    QString unit;
    std::optional<double> scaleMin;
    std::optional<double> scaleMax;
    bool userScored = false;
    // PROMETHEE: preference function and thresholds in the criterion's units.
    Preference preference = Preference::Usual;
    std::optional<double> indifference;        // q
    std::optional<double> preferenceThreshold; // p
    ValueFunction valueFunction;

    bool hasScale() const { return scaleMin && scaleMax && *scaleMin < *scaleMax; }
    bool operator==(const Criterion &) const = default;
};

struct Cell
{
    std::optional<double> value; // empty: not scored; the most likely value of a range
    // An uncertain score is a range: low <= value <= high, both or neither,
    // and only on a scored cell.  Monte Carlo draws it from the triangular
    // distribution (low, value, high); every other reader uses `value`.
    std::optional<double> low;
    std::optional<double> high;
    QString rationale;
    QVector<Evidence> evidence;

    bool isRange() const { return value && low && high; }
    bool operator==(const Cell &) const = default;
};

struct Profile
{
    QString name;
    ProfileKind kind = ProfileKind::Scenario;
    QString description;
    int source = -1;
    QVector<double> weights; // one per criterion, >= 0, not necessarily normalised

    bool operator==(const Profile &) const = default;
};

// A small piece of code showing what an option looks like for a task.
struct CodeExample
{
    int option = -1;  // index into Comparison::options
    QString language; // "javascript", "typescript", "python", "text", ...
    QString code;
    QString note;

    bool operator==(const CodeExample &) const = default;
};

// The same task done with each option ("a minimal HTTP server").
struct Task
{
    QString name;
    QString description;
    QVector<CodeExample> examples;

    const CodeExample *exampleFor(int option) const
    {
        for (const CodeExample &e : examples) {
            if (e.option == option)
                return &e;
        }
        return nullptr;
    }
    bool operator==(const Task &) const = default;
};

// The weights and the results at one moment of a workshop, frozen with the
// names they had so a later edit cannot mislabel them.
struct Snapshot
{
    QString name;
    QDateTime taken; // UTC
    Method method = Method::WeightedSum;
    Normalization normalization = Normalization::Scale;
    MissingPolicy missing = MissingPolicy::Worst;
    double vikorV = kDefaultVikorV; // VIKOR's v (stored for VIKOR only)
    QStringList criteria;           // names at the time
    QVector<double> weights;        // one per criterion, as set (not normalised)
    QStringList options;            // names at the time
    QVector<double> scores;         // one per option
    QVector<int> ranks;             // one per option, 1 = first; ties share a rank
    QString verdict;                // the headline at the time

    bool operator==(const Snapshot &) const = default;
};

// The decision-record fields of MADR 4 that a comparison carries: where the
// decision stands, when it was taken and who took part.
struct DecisionRecord
{
    DecisionStatus status = DecisionStatus::Proposed;
    QString supersededBy; // the comparison that replaces this one (status Superseded)
    QDate decided;        // null until decided
    QStringList deciders;
    QStringList consulted;
    QStringList informed;

    bool isEmpty() const { return *this == DecisionRecord{}; }
    bool operator==(const DecisionRecord &) const = default;
};

// One decision: plain data, no database, no widgets.  Cells are stored row
// major, one row per option.
struct Comparison
{
    QString name;
    QString description;
    QVector<Source> sources;
    QVector<Option> options;
    QVector<Criterion> criteria;
    QVector<CriterionGroup> groups; // the tree's groups that have a parent or a description
    QVector<Cell> cells;
    QVector<Profile> profiles;
    QVector<Task> tasks;
    QVector<Snapshot> snapshots;
    DecisionRecord decision;

    int optionCount() const { return int(options.size()); }
    int criterionCount() const { return int(criteria.size()); }
    const Cell &cell(int option, int criterion) const { return cells[option * criterionCount() + criterion]; }
    Cell &cell(int option, int criterion) { return cells[option * criterionCount() + criterion]; }
    std::optional<double> value(int option, int criterion) const { return cell(option, criterion).value; }

    // Resizes cells to options x criteria and every profile to the criteria.
    void resizeCells();
    int criterionIndex(const QString &name) const;
    int optionIndex(const QString &name) const;
    int profileIndex(const QString &name) const;
    QVector<double> equalWeights() const { return QVector<double>(criterionCount(), 1.0); }
    // Categories in first-appearance order.
    QStringList categories() const;

    bool operator==(const Comparison &) const = default;
};

// What a file holds, without loading every score.
struct ComparisonSummary
{
    QString name;
    QStringList options;
    QStringList criteria;
    QStringList profiles;
};

} // namespace core

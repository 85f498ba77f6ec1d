#pragma once

#include "core/comparison.h"

#include <QLocale>
#include <QStringList>
#include <optional>

// Structural edits of a comparison as plain functions: they keep the score
// matrix, profile weights, evidence citations and code examples consistent
// when options, criteria, profiles, sources or tasks are added, removed or
// moved.  The window wraps each one in an undo command; tests call them
// directly.
namespace core::edit {

// For each index after an edit, the index it had before (-1: new).
using IndexMap = QVector<int>;
IndexMap identity(int count);
// The inverse of `map` for a list that had `before` entries.
IndexMap inverse(const IndexMap &map, int before);

// `base` if no name in `taken` is equal, else "base 2", "base 3", ...
QString uniqueName(const QStringList &taken, const QString &base);
QStringList names(const QVector<Option> &options);
QStringList names(const QVector<Criterion> &criteria);
QStringList names(const QVector<Profile> &profiles);
QStringList names(const QVector<Task> &tasks);

// Why `name` cannot name entry `self` of a list with `taken` names (empty,
// too long or used by another entry); an empty string when it can.
QString nameProblem(const QStringList &taken, int self, const QString &name);

// Options: rows of the matrix.  New options have no scores.
int insertOption(Comparison &c, int at, const Option &option);
void removeOption(Comparison &c, int index);
void moveOption(Comparison &c, int from, int to);

// Criteria: columns of the matrix.  A new criterion gets, in every profile,
// the mean of that profile's weights, so it counts like an average one.
IndexMap insertCriterion(Comparison &c, int at, const Criterion &criterion);
IndexMap removeCriterion(Comparison &c, int index);
IndexMap moveCriterion(Comparison &c, int from, int to);

IndexMap insertProfile(Comparison &c, int at, const Profile &profile);
IndexMap removeProfile(Comparison &c, int index);
IndexMap moveProfile(Comparison &c, int from, int to);

// Removing a source leaves the claims and profiles that cited it uncited.
int insertSource(Comparison &c, int at, const Source &source);
void removeSource(Comparison &c, int index);

// Criteria groups (the tree above the criteria).  Renaming a group renames
// it in its criteria's category and its child groups' parent in the same
// edit; removing one hands its criteria and child groups to its parent.
QStringList names(const QVector<CriterionGroup> &groups);
int insertGroup(Comparison &c, int at, const CriterionGroup &group);
void removeGroup(Comparison &c, int index);
void renameGroup(Comparison &c, int index, const QString &name);

int insertTask(Comparison &c, int at, const Task &task);
void removeTask(Comparison &c, int index);
void moveTask(Comparison &c, int from, int to);
// Sets (or with an empty code and note, removes) one option's example.
void setExample(Task &task, const CodeExample &example);

// A small comparison to start from: two options, two criteria, one profile.
Comparison blank(const QString &name);

double meanWeight(const QVector<double> &weights);

// A score as a user types it into the matrix: empty (not scored), one number
// (a plain score, which clears a range) or a range of three numbers, low,
// most likely and high, written "3..5..7" (also "3-5-7", "3 5 7" or
// "5 (3–7)" as the matrix shows it).  Numbers in `locale` or the C locale.
struct ScoreText
{
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
};
// The score, or std::nullopt with `problem` set (not numbers, not in order,
// outside the criterion's scale).
std::optional<ScoreText> parseScoreText(const QString &text, const Criterion &criterion,
                                        const QLocale &locale, QString *problem);
// How the matrix shows a score: "5", or "5 (3–7)" for a range.
QString scoreDisplay(const Cell &cell, const QLocale &locale);
// How it is edited: "5", or "3..5..7" for a range.
QString scoreEditText(const Cell &cell, const QLocale &locale);

} // namespace core::edit

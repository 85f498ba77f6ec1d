#pragma once

#include "core/comparison.h"
#include "core/expected.h"

namespace core {

// Loading and saving Tradeoff files (SQLite).  Every function opens and
// closes its own connection; loading opens read-only, so a file that is
// refused is left byte for byte as it was.
namespace store {

// Limits that keep a hostile file from exhausting memory or the screen.
// Names and texts longer than their limit are refused, never cut.
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxTextLength = 100'000;
inline constexpr double kMaxWeight = 1000; // as the file format's CHECK says
inline constexpr int kMaxLanguageLength = 40;
// People named in one list of a decision record (deciders, consulted,
// informed); each name is a name (kMaxNameLength).
inline constexpr int kMaxPeople = 500;

// Limits on what a file holds, checked before anything is read: by COUNT
// queries on a Tradeoff file, by counts kept while a CSV is split, and on
// what save() is about to write.  All three go through checkSize, so what
// one command writes every command reads, with the same message.
inline constexpr int kMaxComparisons = 1'000;
inline constexpr int kMaxOptions = 2'000;        // per comparison
inline constexpr int kMaxCriteria = 1'000;       // per comparison
inline constexpr qint64 kMaxCells = 1'000'000;   // options x criteria, per comparison and in all
inline constexpr qint64 kMaxWeights = 1'000'000; // profiles x criteria, in all
inline constexpr qint64 kMaxRows = 2'000'000;    // rows of every table summed
// What the comparisons would take in memory once read, estimated from the
// counts and the length of every text (see Size::memory).
inline constexpr qint64 kMaxMemory = 128 * 1024 * 1024;
// The pages in use in a Tradeoff file, checked first: integrity_check reads
// every page.  A file within every limit above takes well under this.
inline constexpr qint64 kMaxFileBytes = 512 * 1024 * 1024;

// How much a file holds, as counted before its rows are read.
struct Size
{
    struct Part
    {
        QString name; // at most kMaxNameLength characters, for messages
        qint64 options = 0;
        qint64 criteria = 0;
        qint64 profiles = 0;
        qint64 sources = 0;
        qint64 tasks = 0;
        qint64 snapshots = 0;
    };
    qint64 comparisons = 0;
    QVector<Part> parts; // one per comparison, in file order, once `comparisons` is within its limit
    qint64 rows = 0;     // rows of every table summed
    qint64 scores = 0;
    qint64 evidence = 0;
    qint64 examples = 0;
    qint64 people = 0;        // names in decision records
    qint64 texts = 0;         // texts that are not empty
    qint64 textBytes = 0;     // their length in UTF-8
    qint64 snapshotBytes = 0; // the JSON of every snapshot, in UTF-8

    qint64 cells() const;
    qint64 weights() const;
    // Bytes the comparisons take in memory once read (an estimate that
    // errs on the large side).
    qint64 memory() const;
};

// The one judgement of a file's size, shared by load, validate, save and
// the CSV reader.  It may be called with what is known so far: counts only
// grow, so a refusal stands.
Expected<void> checkSize(const Size &size);
// What save() would write for `comparisons`, measured like a file.
Size sizeOf(const QVector<Comparison> &comparisons);
// The length of `text` in UTF-8, without converting it.
qint64 utf8Length(QStringView text);

// True when `path` is a regular file whose first bytes are SQLite's file
// header.  Never opens anything else (a named pipe would block).
bool looksLikeSqlite(const QString &path);

// Every comparison in the file, fully loaded and checked.  The file is
// refused before its rows are read when it is not a readable regular file
// (checkReadableFile), fails SQLite's integrity_check or its foreign keys,
// or holds more than checkSize allows.
Expected<QVector<Comparison>> load(const QString &path);

// Writes `comparisons` as a new Tradeoff file replacing `path` atomically:
// either the old file or the complete new one is on disk, never half.
Expected<void> save(const QString &path, const QVector<Comparison> &comparisons);

// Builds a file from an SQL script of INSERT statements on top of the
// current schema (used at build time for the bundled comparison).
Expected<void> buildFromScript(const QString &path, const QString &script);

struct Validation
{
    int schemaVersion = 0;
    int comparisons = 0;
    QStringList problems; // value-range and consistency problems; empty when valid
};
// Opens and judges the file like load() (the same refusals, with the same
// messages) and also reports out-of-range values.
Expected<Validation> validate(const QString &path);

// Checks one comparison's values (finite numbers, scales, weights, sizes)
// and, through checkTexts, its names and texts.
QStringList checkValues(const Comparison &c);
// Names present, unique in their list and within the limits; texts within
// the limits: what the file format accepts.
QStringList checkTexts(const Comparison &c);
// The criteria tree: group names unique and not empty, no group inside
// itself, at most kMaxTreeDepth levels of groups above a criterion.
QStringList checkTree(const Comparison &c);

} // namespace store
} // namespace core

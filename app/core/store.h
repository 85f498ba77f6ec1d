#pragma once

#include "core/comparison.h"
#include "core/expected.h"

namespace core {

// Loading and saving Tradeoff files (SQLite).  Every function opens and
// closes its own connection; loading opens read-only, so a file that is
// refused is left byte for byte as it was.
namespace store {

// Limits that keep a hostile file from exhausting memory or the screen.
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxTextLength = 100'000;
inline constexpr int kMaxComparisons = 1'000;
inline constexpr int kMaxOptions = 2'000;
inline constexpr int kMaxCriteria = 1'000;
inline constexpr qint64 kMaxRows = 2'000'000;
// The pages in use in a Tradeoff file, checked first: integrity_check reads
// every page.  A file within every limit above takes well under this.
inline constexpr qint64 kMaxFileBytes = 512 * 1024 * 1024;
inline constexpr double kMaxWeight = 1000; // as the file format's CHECK says
inline constexpr int kMaxLanguageLength = 40;

// True when `path` is a regular file whose first bytes are SQLite's file
// header.  Never opens anything else (a named pipe would block).
bool looksLikeSqlite(const QString &path);

// Every comparison in the file, fully loaded and checked.
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

} // namespace store
} // namespace core

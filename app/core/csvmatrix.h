#pragma once

#include "core/comparison.h"
#include "core/expected.h"

#include <QByteArray>

namespace core::csv {

// The decision-matrix format of the CLI contract:
//
//   option,Throughput,Memory use,Ecosystem
//   @weight,0.5,0.2,0.3
//   @direction,benefit,cost,benefit
//   Node.js,8,6,9
//
// Optional rows, each at most once: @weight, @direction, @category, @unit,
// @description, @min/@max (a rating scale), @preference
// (usual|linear|vshape) with @q and @p (PROMETHEE thresholds in the
// criterion's units), and @parent instead of @category: each criterion's
// path of groups from the top, "Performance > I/O" (empty at the top; a
// group sits under one parent wherever it appears).  Tolerates a UTF-8 BOM, CRLF, quoted fields and
// semicolon-separated files with decimal commas.  Empty cells are missing
// scores.
//
// Fields are kept exactly as written, spaces and tabs included (numbers and
// keywords are read after trimming); only the formula guard write() adds, a
// ' before = + - @ tab CR or ', is removed.  Names and texts longer than
// their limit are refused with their line and column, never cut.  The
// matrix has the limits of a Tradeoff file (store::checkSize, with the same
// messages), checked while the file is split, so an oversized file is
// refused before it fills memory and import never writes a file that
// loading would refuse.
inline constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

// `name` becomes the comparison's name (at most store::kMaxNameLength).
Expected<Comparison> parse(const QByteArray &data, const QString &name);
// Refuses anything but a readable regular file first (checkReadableFile).
Expected<Comparison> read(const QString &path);
bool looksLikeCsv(const QString &path);

// Writes the matrix with @weight and @direction rows (and @category, or
// @parent when the criteria tree is deeper than one level; group
// descriptions are not written).  Cells starting with
// = + - @ ' (or tab/CR) are prefixed with ' so spreadsheets do not run them;
// numbers are written plainly.
QByteArray write(const Comparison &c, const QVector<double> &weights);

// One field, quoted when needed and neutralised against formula injection.
QString field(const QString &value);

} // namespace core::csv

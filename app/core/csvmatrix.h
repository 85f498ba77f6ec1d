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
// Optional rows: @weight, @direction, @category, @unit, @description,
// @min/@max (a rating scale), @preference (usual|linear|vshape) with @q and
// @p (PROMETHEE thresholds in the criterion's units).  Tolerates a UTF-8 BOM, CRLF, quoted fields and
// semicolon-separated files with decimal commas.  Empty cells are missing scores.
inline constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
inline constexpr int kMaxRows = 100'000;
inline constexpr int kMaxColumns = 2'000;

Expected<Comparison> parse(const QByteArray &data, const QString &name);
// Refuses anything but a readable regular file first (checkReadableFile).
Expected<Comparison> read(const QString &path);
bool looksLikeCsv(const QString &path);

// Writes the matrix with @weight and @direction rows.  Cells starting with
// = + - @ (or tab/CR) are prefixed with ' so spreadsheets do not run them;
// numbers are written plainly.
QByteArray write(const Comparison &c, const QVector<double> &weights);

// One field, quoted when needed and neutralised against formula injection.
QString field(const QString &value);

} // namespace core::csv

#pragma once

#include "cli/command.h"
#include "core/comparison.h"

#include <QByteArray>
#include <QVector>
#include <optional>

namespace cli {

// A plain-text table: the header and rows in columns two spaces apart.
QString table(const QStringList &header, const QVector<QStringList> &rows);

// Refuses an output path that names the input file.
std::optional<Failure> checkNotInput(const QString &input, const QString &output);

// Writes UTF-8 `bytes` (a JSON document) to `out` as they are: through its
// device when it has one, without turning 100 MB into a QString and back.
void writeBytes(QTextStream &out, const QByteArray &bytes);

// Writes `bytes` to `path` atomically (a temporary file renamed over it).
std::optional<Failure> writeOutput(const QString &path, const QByteArray &bytes);

// Saves `comparisons` as a Tradeoff file at `path` (atomically, as
// core::store::save does); the failure says "cannot write" as writeOutput's.
std::optional<Failure> saveOutput(const QString &path, const QVector<core::Comparison> &comparisons);

} // namespace cli

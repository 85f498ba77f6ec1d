#pragma once

#include "cli/command.h"
#include "core/comparison.h"
#include "core/engine.h"
#include "core/loader.h"

#include <optional>

namespace cli {

// --comparison, --profile, --weights, --swing, --method, --normalization,
// --missing, --vikor-v:
// the options of every command that ranks.
QList<QCommandLineOption> selectorOptions();

// FILE as messages and outputs name it ("(bundled comparison)" when empty).
QString displayName(const QString &file);

// The comparisons in FILE, or in a copy of the bundled database when FILE
// is empty; a failure names the file.  `format`, if given, says what FILE held.
std::optional<Failure> loadComparisons(const QString &file, QVector<core::Comparison> *out,
                                       core::InputFormat *format = nullptr);

// What the selectors chose.
struct Selection
{
    QString file; // as the user named it, "" for the bundled comparison
    core::Comparison comparison;
    QString profileName; // empty when the weights came from --weights, --swing or are equal
    QVector<double> weights;
    core::EngineOptions options;
};

// The opening steps of every command that ranks: loads the invocation's
// FILE (or the bundled comparison), picks the comparison, the weights and
// the method, normalisation and missing-score policy its selectors name, and
// refuses an -o OUT that is the input file.  A failure names the file.
std::optional<Failure> select(const Invocation &call, Selection *selection);

} // namespace cli

#pragma once

#include "core/comparison.h"
#include "core/expected.h"

namespace core {

// What a loaded input turned out to be.
enum class InputFormat
{
    TradeoffFile, // SQLite
    Csv,
    Json,
    Repository, // a postgresql:// URL
};

// Loads a Tradeoff file, a CSV decision matrix or a JSON comparison,
// whichever `path` is (JSON by its name, or by its content when a CSV
// reader cannot read it), and says which in `format`.  Errors are one
// line and do not repeat the path (the caller names it).  Anything but a
// readable regular file is refused first, unopened (core::checkReadableFile).
Expected<QVector<Comparison>> loadComparisons(const QString &path, InputFormat *format = nullptr);

} // namespace core

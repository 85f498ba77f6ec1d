#pragma once

#include "core/comparison.h"
#include "core/expected.h"

namespace core {

// Loads a Tradeoff file or a CSV decision matrix, whichever `path` is.
// Errors are one line and do not repeat the path (the caller names it).
// Anything but a readable regular file is refused first, unopened
// (core::checkReadableFile).
Expected<QVector<Comparison>> loadComparisons(const QString &path);

} // namespace core

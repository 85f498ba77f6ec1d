#pragma once

#include "core/expected.h"

namespace core {

// The comparison shipped inside the executable (a Qt resource built from
// data/*.sql at build time).  SQLite cannot read resources, so these copy it
// out; the shipped bytes themselves are never modified.
inline constexpr char kBundledResource[] = ":/tradeoff/data/bundled.tradeoff";

bool hasBundledDatabase();

// A fresh copy in the temporary folder, removed with the process.
Expected<QString> bundledDatabaseCopy();

// The user's working copy in their data folder, created from the bundled file
// when missing (or refreshed when it is still the unmodified copy of an older
// bundled version).
Expected<QString> bundledWorkingCopy();

} // namespace core

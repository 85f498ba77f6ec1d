#pragma once

#include "core/comparison.h"
#include "core/expected.h"
#include "core/store.h"

namespace core {
class Database;
}

// Inside the store: reading and writing the rows of an open Tradeoff file.
// Only store.cpp, which opens, checks, migrates and replaces files, calls
// these.
namespace core::store::detail {

// What an open, checked database holds, counted with COUNT queries and
// checked with checkSize as the counts come in: nothing is read into memory
// but the comparisons' names.
Expected<Size> measure(Database &db);
// Every comparison in an open, checked database, with the format's limits.
// `size` is what measure() found: its parts are in the order the
// comparisons are read, and every list is reserved to its final size.
Expected<QVector<Comparison>> readAll(Database &db, const Size &size);
// Inserts every comparison into an empty database of the current schema.
Expected<void> insertAll(Database &db, const QVector<Comparison> &comparisons);

} // namespace core::store::detail

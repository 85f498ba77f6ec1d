#pragma once

#include "core/comparison.h"
#include "core/expected.h"

namespace core {
class Database;
}

// Inside the store: reading and writing the rows of an open Tradeoff file.
// Only store.cpp, which opens, checks, migrates and replaces files, calls
// these.
namespace core::store::detail {

// Every comparison in an open, checked database, with the format's limits.
Expected<QVector<Comparison>> readAll(Database &db);
// Inserts every comparison into an empty database of the current schema.
Expected<void> insertAll(Database &db, const QVector<Comparison> &comparisons);

} // namespace core::store::detail

#pragma once

#include "comparison.h"

#include <QJsonObject>

namespace core::json {

// The whole comparison as JSON: options, criteria, scores with rationale and
// evidence, sources, profiles.  Stable key order, so it can be hashed.
QJsonObject toJson(const Comparison &c);

// First 16 hex digits of the SHA-256 of the compact JSON: identifies the data
// a report was made from.
QString checksum(const Comparison &c);

} // namespace core::json

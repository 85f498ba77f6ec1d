#pragma once

#include "core/comparison.h"
#include "core/expected.h"

#include <QJsonObject>
#include <QJsonValue>

namespace core::json {

// How toJson() lays out the scores: one object per score (option, criterion,
// value, rationale, evidence), or, for large comparisons, every value in
// "score_matrix" (one list per option, in criterion order, null when
// missing) and objects in "scores" only for the scores with a rationale or
// evidence.  fromJson() reads both.
enum class ScoreLayout
{
    Objects,
    Matrix,
};

// The whole comparison as JSON: options, criteria, scores with rationale and
// evidence, sources, profiles.  Stable key order, so it can be hashed.
QJsonObject toJson(const Comparison &c, ScoreLayout layout = ScoreLayout::Objects);

// QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact), byte for byte,
// written without building an object per score.
QByteArray compactJson(const Comparison &c);

// The inverse of toJson: every field checked (types, finite numbers, name
// lengths, unique names, references).  Errors are one line.
Expected<Comparison> fromJson(const QJsonObject &json);
// A file holding either one comparison (toJson's shape) or a report's JSON
// (whose "data" member is one).  `isJsonObject`, if given, says whether the
// file held a JSON object at all (so a caller guessing the format by content
// can tell "not JSON" from "JSON, but not a comparison").
Expected<Comparison> readFile(const QString &path, bool *isJsonObject = nullptr);

// One snapshot on its own (also the form a file keeps it in).
QJsonObject snapshotToJson(const Snapshot &s);
Expected<Snapshot> snapshotFromJson(const QJsonObject &json);

// A decision record: {status, superseded_by (null unless superseded),
// decided (ISO date or null), deciders, consulted, informed}; the form of
// `list --format json`, the JSON report and toJson.
QJsonObject decisionToJson(const DecisionRecord &d);
// The inverse, every field checked like a file's (keys, dates, names).
Expected<DecisionRecord> decisionFromJson(const QJsonObject &json);

// A value function: null for linear, else {"shape": "piecewise" | "step",
// "points": [[x, y], ...]}.  The text form is what a file keeps ("" for
// linear).  Reading checks every point (valueFunctionProblem).
QJsonValue valueFunctionToJson(const ValueFunction &f);
Expected<ValueFunction> valueFunctionFromJson(const QJsonValue &json);
QString valueFunctionToText(const ValueFunction &f);
Expected<ValueFunction> valueFunctionFromText(const QString &text);
// Why a value function is not valid (point count, finite numbers, x strictly
// increasing, y from 0 to 1), or an empty string.
QString valueFunctionProblem(const ValueFunction &f);

// First 16 hex digits of the SHA-256 of the compact JSON: identifies the data
// a report was made from.
QString checksum(const Comparison &c);

} // namespace core::json

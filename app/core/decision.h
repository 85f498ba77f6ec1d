#pragma once

#include "core/comparison.h"

namespace core {

// How a decision record reads for people (the keys are in comparison.h).

// The status in the user's language: "Accepted".
QString decisionStatusName(DecisionStatus status);
// One line for a header or a report: "Accepted · 2026-11-30",
// "Superseded by Plan B · 2026-11-30", "Proposed".
QString decisionSummary(const DecisionRecord &record);
// A list of names typed as "Ada, Grace , ,Ada": trimmed, empty and repeated
// names dropped, in the order typed.
QStringList peopleFromText(const QString &text);
QString peopleToText(const QStringList &people);

} // namespace core

#pragma once

#include "core/comparison.h"
#include "core/expected.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace core::repo {

// A comparison in a team repository is kept as parts that change on their
// own: the description, the decision record, the sources, each option, each
// criterion, each scored cell, each profile, the tasks and each snapshot.
// Two people who change different parts never conflict; two who change the
// same part do, and are shown both versions.  A part is keyed by a compact
// JSON array (["cell","Node.js","Performance"]), so names holding any
// character stay unambiguous; its body is compact JSON in the shape of the
// JSON export (core::json::toJson), so loading checks a part exactly as it
// checks an imported file.
using Parts = QMap<QString, QByteArray>;

Parts split(const Comparison &comparison);
// The comparison `parts` describe, checked like an imported JSON file; parts
// that name an option or criterion someone else removed are dropped.
Expected<Comparison> assemble(const QString &name, const Parts &parts);

// A part as a person reads it: "the score of Node.js on Performance",
// "option Node.js", "the sources"...
QString describe(const QString &key);
// A part's content as a person reads it ("7 — the rationale (2 claims)").
QString readable(const QString &key, const QByteArray &body);

} // namespace core::repo

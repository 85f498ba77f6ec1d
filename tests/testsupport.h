#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QString>

namespace testsupport {

QString bundledPath();
QByteArray fileDigest(const QString &path);
// A comparison with `options` x `criteria` random scores on a 0-10 scale,
// grouped into `categories`, with one profile of random weights.
core::Comparison generated(int options, int criteria, int categories = 10, quint32 seed = 42);
// A small hand-made comparison: three options, four criteria (one cost).
core::Comparison small();

} // namespace testsupport

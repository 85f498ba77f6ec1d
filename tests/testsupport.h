#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace testsupport {

QString bundledPath();
QByteArray fileDigest(const QString &path);
// A comparison with `options` x `criteria` random scores on a 0-10 scale,
// grouped into `categories`, with one profile of random weights.
core::Comparison generated(int options, int criteria, int categories = 10, quint32 seed = 42);
// A small hand-made comparison: three options, four criteria (one cost).
core::Comparison small();
// Options A1.. and criteria C1.. scored by `x` ([option][criterion]), each
// criterion a benefit or a cost: the shape of a published worked example.
core::Comparison matrix(const QVector<QVector<double>> &x, const QVector<bool> &benefit);

// One run of the tradeoff executable, headless (no display, C locale,
// English).  `limit` prefixes a resource limit through prlimit(1), e.g.
// "--fsize=2000" for a file-size limit that stands in for a full disk.
struct Run
{
    int code = -1; // -1: did not finish in time, -2: crashed
    QByteArray out;
    QByteArray err;
};
Run tradeoff(const QStringList &args, const QString &workingDirectory = {}, const QString &limit = {});

} // namespace testsupport

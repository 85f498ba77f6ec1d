#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace core {

// Two versions of one part of a shared store (see core/parts.h): what this user has and what someone else
// saved since this user last looked.  An empty body is a part removed.
struct Conflict
{
    QString comparison;
    QString key; // empty: the comparison as a whole (added or removed by both)
    QByteArray mine;
    QByteArray theirs;
    qint64 theirsRevision = 0;
    QString theirsBy;
    QDateTime theirsAt;

    QString what() const; // "the score of Node.js on Performance in Backend"
};

// Someone else's change, merged into what this user sees.
struct Change
{
    QString comparison;
    QString key; // empty: the comparison was added or removed
    QString by;
    QString what() const;
};

struct SyncResult
{
    // The comparisons as they now are: this user's with every change of
    // others that did not collide merged in.
    QVector<Comparison> comparisons;
    QVector<Change> merged;
    // Parts both changed differently: nothing was written (save) or this
    // user's version was kept for now (refresh); resolve() settles them.
    QVector<Conflict> conflicts;
};

} // namespace core

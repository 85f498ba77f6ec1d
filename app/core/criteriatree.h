#pragma once

#include "core/comparison.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace core {

// The criteria tree of a comparison, read from its groups and its criteria's
// categories: the root (the whole comparison), the groups at any depth and
// the criteria as leaves.  Weights stay one per criterion (the global
// weights every method uses); a node weighs the sum of its criteria, its
// local share is its weight over its parent's, its global share its weight
// over the root's.  The tree holds structure only: every function that
// needs weights takes them (one per criterion), so one tree serves every
// weight change.
class CriteriaTree
{
public:
    struct Node
    {
        QString name;          // the group's or the criterion's name; empty for the root
        QString description;   // a group's description
        int criterion = -1;    // the criterion's index for a leaf, -1 for a group or the root
        int parent = -1;       // -1 for the root
        int depth = 0;         // 0 for the root, 1 for the top groups and criteria
        QVector<int> children; // groups first (groups' order, then implicit ones), then criteria
        QVector<int> criteria; // every criterion under it, in criterion order

        bool isGroup() const { return criterion < 0 && parent >= 0; }
        bool isCriterion() const { return criterion >= 0; }
    };
    static constexpr int kRoot = 0;

    CriteriaTree() = default;
    // Explicit groups in `groups` order, then groups that only a category or
    // a parent names (in first-appearance order); a category or parent with
    // no group row is a group at the top.  A comparison that fails
    // store::checkTree (a loop, a depth over kMaxTreeDepth) still gives a
    // tree: a group on a loop or too deep hangs at the top.
    explicit CriteriaTree(const Comparison &comparison);

    const QVector<Node> &nodes() const { return m_nodes; }
    const Node &node(int index) const { return m_nodes[index]; }
    int nodeCount() const { return int(m_nodes.size()); }
    int criterionCount() const { return int(m_leaf.size()); }
    // The leaf node of a criterion.
    int leaf(int criterion) const { return m_leaf.value(criterion, -1); }
    // The node of a group by name; -1 when there is none.
    int group(const QString &name) const;
    // Group nodes in display order (depth first, children in order).
    QVector<int> groups() const;
    // Levels of groups above the deepest criterion (0 when there are none).
    int groupLevels() const { return m_groupLevels; }
    // True when the tree has more than one level of groups or a group with a
    // description: what the comparison's categories alone cannot say.
    bool isDeep() const;

    // The groups above a criterion, from the top ("Performance", "I/O").
    QStringList groupPath(int criterion) const;
    // "Performance › I/O › Latency": the groups and the criterion.
    QString path(int criterion, const QString &separator = QStringLiteral(" \u203a ")) const;

    // A node's weight: the sum of its criteria's (negative or non-finite
    // weights count as zero), for every node at once.
    QVector<double> nodeWeights(const QVector<double> &weights) const;
    double weight(int node, const QVector<double> &weights) const;
    // Weight over the parent's weight; the root's is 1.  When the parent
    // weighs nothing the children split it equally.
    double localShare(int node, const QVector<double> &weights) const;
    // Weight over the root's weight: the product of the local shares on the
    // way up.
    double globalShare(int node, const QVector<double> &weights) const;

    // The node that stands for `criterion` at `level` (1 = the top): its
    // ancestor at that depth, or the criterion itself when it sits higher.
    int nodeAtLevel(int criterion, int level) const;
    // The nodes at `level`, each once, in display order: the groups at that
    // depth and the criteria that sit higher.
    QVector<int> nodesAtLevel(int level) const;
    // Sums a per-criterion value (contributions to an option's score) into
    // every node.
    QVector<double> sumPerNode(const QVector<double> &perCriterion) const;

    // New global weights for `node`'s local share set to `share` (0 to 1):
    // its criteria are scaled together, its siblings' criteria are scaled
    // together to take up the rest, nothing outside its parent changes.  A
    // node (or a set of siblings) that weighs nothing gives its criteria
    // equal parts; a parent that weighs nothing is given one unit per
    // criterion first.  A group without criteria changes nothing.  With `cap` > 0, when a weight would pass
    // it every weight is scaled down by the same factor (the normalised weights stay the same).
    QVector<double> withLocalShare(int node, double share, const QVector<double> &weights,
                                   double cap = 0.0) const;

private:
    int addNode(Node node);
    QVector<Node> m_nodes;
    QVector<int> m_leaf; // per criterion
    QVector<int> m_groupOrder;
    int m_groupLevels = 0;
    bool m_described = false;
};

} // namespace core

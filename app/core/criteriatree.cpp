#include "core/criteriatree.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace core {

namespace {

double clean(double w)
{
    return std::isfinite(w) && w > 0 ? w : 0.0;
}

} // namespace

int CriteriaTree::addNode(Node node)
{
    m_nodes.append(std::move(node));
    return int(m_nodes.size()) - 1;
}

CriteriaTree::CriteriaTree(const Comparison &c)
{
    // The groups' names: explicit rows first, then the groups that only a
    // category or a parent names.
    QStringList names;
    QHash<QString, QString> parentOf;
    QHash<QString, QString> descriptionOf;
    for (const CriterionGroup &g : c.groups) {
        if (g.name.isEmpty() || parentOf.contains(g.name))
            continue;
        names.append(g.name);
        parentOf.insert(g.name, g.parent);
        descriptionOf.insert(g.name, g.description);
        if (!g.description.isEmpty())
            m_described = true;
    }
    auto implicit = [&](const QString &name) {
        if (!name.isEmpty() && !parentOf.contains(name)) {
            names.append(name);
            parentOf.insert(name, QString());
        }
    };
    for (const Criterion &k : c.criteria)
        implicit(k.category);
    for (const CriterionGroup &g : c.groups)
        implicit(g.parent);

    // A group whose way up loops or goes deeper than kMaxTreeDepth hangs at
    // the top (store::checkTree refuses such a file; the tree stays usable).
    for (const QString &name : std::as_const(names)) {
        QSet<QString> seen{name};
        QString at = parentOf.value(name);
        int depth = 1;
        while (!at.isEmpty()) {
            if (seen.contains(at) || ++depth > kMaxTreeDepth) {
                parentOf[name] = QString();
                break;
            }
            seen.insert(at);
            at = parentOf.value(at);
        }
    }
    QHash<QString, QStringList> childGroups; // in names' order
    for (const QString &name : std::as_const(names))
        childGroups[parentOf.value(name)].append(name);
    QHash<QString, QVector<int>> criteriaIn;
    for (int j = 0; j < c.criterionCount(); ++j)
        criteriaIn[c.criteria[j].category].append(j);

    m_leaf = QVector<int>(c.criterionCount(), -1);
    m_groupOrder.clear();
    Node root;
    root.depth = 0;
    addNode(root);
    // Depth first, so that node order is display order.
    auto build = [&](auto &&self, int parent, const QString &groupName) -> void {
        const int depth = m_nodes[parent].depth + 1;
        for (const QString &child : childGroups.value(groupName)) {
            if (depth > kMaxTreeDepth)
                break;
            Node g;
            g.name = child;
            g.description = descriptionOf.value(child);
            g.parent = parent;
            g.depth = depth;
            const int index = addNode(g);
            m_nodes[parent].children.append(index);
            m_groupOrder.append(index);
            m_groupLevels = std::max(m_groupLevels, depth);
            self(self, index, child);
        }
        for (int j : criteriaIn.value(groupName)) {
            Node leaf;
            leaf.name = c.criteria[j].name;
            leaf.criterion = j;
            leaf.parent = parent;
            leaf.depth = depth;
            const int index = addNode(leaf);
            m_nodes[parent].children.append(index);
            m_leaf[j] = index;
        }
    };
    build(build, kRoot, QString());
    for (int j = 0; j < m_leaf.size(); ++j) {
        for (int at = m_leaf[j]; at >= 0; at = m_nodes[at].parent)
            m_nodes[at].criteria.append(j);
    }
}

int CriteriaTree::group(const QString &name) const
{
    for (int g : m_groupOrder) {
        if (m_nodes[g].name == name)
            return g;
    }
    return -1;
}

QVector<int> CriteriaTree::groups() const
{
    return m_groupOrder;
}

bool CriteriaTree::isDeep() const
{
    return m_groupLevels > 1 || m_described;
}

QStringList CriteriaTree::groupPath(int criterion) const
{
    QStringList path;
    const int l = leaf(criterion);
    if (l < 0)
        return path;
    for (int at = m_nodes[l].parent; at > kRoot; at = m_nodes[at].parent)
        path.prepend(m_nodes[at].name);
    return path;
}

QString CriteriaTree::path(int criterion, const QString &separator) const
{
    const int l = leaf(criterion);
    if (l < 0)
        return {};
    QStringList parts = groupPath(criterion);
    parts.append(m_nodes[l].name);
    return parts.join(separator);
}

QVector<double> CriteriaTree::nodeWeights(const QVector<double> &weights) const
{
    QVector<double> w(criterionCount(), 0.0);
    for (int j = 0; j < w.size(); ++j)
        w[j] = clean(weights.value(j));
    return sumPerNode(w);
}

double CriteriaTree::weight(int node, const QVector<double> &weights) const
{
    double sum = 0;
    for (int j : m_nodes[node].criteria)
        sum += clean(weights.value(j));
    return sum;
}

double CriteriaTree::localShare(int node, const QVector<double> &weights) const
{
    const int parent = m_nodes[node].parent;
    if (parent < 0)
        return 1.0;
    const double total = weight(parent, weights);
    if (total <= 0)
        return 1.0 / double(m_nodes[parent].children.size());
    return weight(node, weights) / total;
}

double CriteriaTree::globalShare(int node, const QVector<double> &weights) const
{
    double share = 1.0;
    for (int at = node; at > kRoot; at = m_nodes[at].parent)
        share *= localShare(at, weights);
    return share;
}

int CriteriaTree::nodeAtLevel(int criterion, int level) const
{
    int at = leaf(criterion);
    if (at < 0)
        return -1;
    while (m_nodes[at].depth > std::max(level, 1))
        at = m_nodes[at].parent;
    return at;
}

QVector<int> CriteriaTree::nodesAtLevel(int level) const
{
    level = std::max(level, 1);
    QVector<int> result;
    for (int n = 1; n < m_nodes.size(); ++n) {
        const Node &k = m_nodes[n];
        if ((k.isGroup() && k.depth == level) || (k.isCriterion() && k.depth <= level))
            result.append(n);
    }
    return result;
}

QVector<double> CriteriaTree::sumPerNode(const QVector<double> &perCriterion) const
{
    QVector<double> sums(m_nodes.size(), 0.0);
    for (int j = 0; j < m_leaf.size(); ++j) {
        const double v = perCriterion.value(j);
        if (!std::isfinite(v))
            continue;
        for (int at = m_leaf[j]; at >= 0; at = m_nodes[at].parent)
            sums[at] += v;
    }
    return sums;
}

QVector<double> CriteriaTree::withLocalShare(int node, double share, const QVector<double> &weights,
                                             double cap) const
{
    QVector<double> w(criterionCount(), 0.0);
    for (int j = 0; j < w.size(); ++j)
        w[j] = clean(weights.value(j));
    if (node <= kRoot || node >= m_nodes.size() || !std::isfinite(share))
        return w;
    share = std::clamp(share, 0.0, 1.0);
    const Node &parent = m_nodes[m_nodes[node].parent];
    const QVector<int> &mine = m_nodes[node].criteria;
    if (mine.isEmpty())
        return w; // a group without criteria has no weight to give or take
    QVector<int> others;
    for (int j : parent.criteria) {
        if (!mine.contains(j))
            others.append(j);
    }
    if (others.isEmpty())
        share = 1.0; // an only child is the whole of its parent
    double total = 0;
    for (int j : parent.criteria)
        total += w[j];
    if (total <= 0) {
        for (int j : parent.criteria)
            w[j] = 1.0;
        total = double(parent.criteria.size());
    }
    // Scales `set` to weigh `target` together; equal parts when it weighs 0.
    auto scale = [&w](const QVector<int> &set, double target) {
        if (set.isEmpty())
            return;
        double sum = 0;
        for (int j : set)
            sum += w[j];
        for (int j : set)
            w[j] = sum > 0 ? w[j] * (target / sum) : target / double(set.size());
    };
    scale(mine, share * total);
    scale(others, (1.0 - share) * total);
    if (cap > 0) {
        const double top = *std::max_element(w.cbegin(), w.cend());
        if (top > cap) {
            for (double &x : w)
                x *= cap / top;
        }
    }
    return w;
}

} // namespace core

#include "core/analysis.h"
#include "core/criteriatree.h"
#include "core/csvmatrix.h"
#include "core/editing.h"
#include "core/engine.h"
#include "core/store.h"
#include "core/verdict.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace core;

namespace {

// A comparison whose criteria sit in a random tree of up to `levels` levels
// of groups (some criteria at the top, some groups implicit), with random
// scores and weights, some of them zero.
Comparison randomTree(quint32 seed, int levels = 3)
{
    QRandomGenerator rng(seed);
    const int criteria = 2 + int(rng.bounded(14));
    Comparison c = testsupport::generated(2 + int(rng.bounded(5)), criteria, 1, seed);
    QStringList names;
    const int groupCount = 1 + int(rng.bounded(7));
    for (int g = 0; g < groupCount; ++g) {
        CriterionGroup group;
        group.name = QStringLiteral("G%1").arg(g);
        // A parent among the earlier groups keeps it a tree; depth is capped.
        if (g > 0 && rng.bounded(3) != 0) {
            const QString parent = names[int(rng.bounded(g))];
            int depth = 1;
            for (QString at = parent; !at.isEmpty(); ++depth) {
                QString up;
                for (const CriterionGroup &k : c.groups) {
                    if (k.name == at)
                        up = k.parent;
                }
                at = up;
            }
            if (depth < levels)
                group.parent = parent;
        }
        names.append(group.name);
        // Some groups stay implicit (named by a category only) when at the top.
        if (!group.parent.isEmpty() || rng.bounded(2) == 0)
            c.groups.append(group);
    }
    for (Criterion &k : c.criteria)
        k.category = rng.bounded(6) == 0 ? QString() : names[int(rng.bounded(groupCount))];
    QVector<double> &w = c.profiles.first().weights;
    for (double &x : w)
        x = rng.bounded(5) == 0 ? 0.0 : rng.bounded(100) / 10.0;
    return c;
}

QVector<double> normalized(const QVector<double> &w)
{
    double sum = 0;
    for (double x : w)
        sum += x;
    QVector<double> out = w;
    for (double &x : out)
        x = sum > 0 ? x / sum : 0.0;
    return out;
}

// The global weights the local shares multiply out to.
QVector<double> fromLocalShares(const CriteriaTree &tree, const QVector<double> &w)
{
    QVector<double> out(tree.criterionCount(), 1.0);
    for (int j = 0; j < out.size(); ++j) {
        for (int at = tree.leaf(j); at > CriteriaTree::kRoot; at = tree.node(at).parent)
            out[j] *= tree.localShare(at, w);
    }
    return out;
}

QVector<int> ranks(const Result &r)
{
    QVector<int> out;
    for (const OptionResult &o : r.perOption)
        out.append(o.rank);
    return out;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a) + std::abs(b));
}

// Three levels of groups: Performance > Speed > I/O.
const char *const kTreeCsv =
    "option,Latency,Throughput,Startup,Memory,Packages,Frameworks,Hiring,Docs\n"
    "@weight,3,2,1,2,2,2,1,1\n"
    "@direction,benefit,benefit,benefit,cost,benefit,benefit,benefit,benefit\n"
    "@parent,Performance > Speed > I/O,Performance > Speed > I/O,Performance > Speed,Performance > "
    "Resources,Ecosystem,Ecosystem,People,People\n"
    "Node.js,8,7,9,5,9,8,8,7\n"
    "Python,6,6,6,6,9,8,9,8\n"
    "Go,9,9,9,8,7,6,6,7\n";

QString csvError(const QByteArray &data)
{
    const auto r = csv::parse(data, QStringLiteral("t"));
    return r ? QString() : r.error();
}

} // namespace

class TestTree final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flatComparisonIsAOneLevelTree()
    {
        Comparison c = testsupport::small();
        c.criteria[0].category = QStringLiteral("Speed");
        c.criteria[1].category = QStringLiteral("Cost");
        c.criteria[2].category = QStringLiteral("Speed");
        c.criteria[3].category = QString();
        const CriteriaTree tree(c);
        QCOMPARE(tree.groupLevels(), 1);
        QVERIFY(!tree.isDeep());
        const QVector<int> top = tree.node(CriteriaTree::kRoot).children;
        QCOMPARE(top.size(), 3); // Speed, Cost, then the criterion at the top
        QCOMPARE(tree.node(top[0]).name, QStringLiteral("Speed"));
        QCOMPARE(tree.node(top[1]).name, QStringLiteral("Cost"));
        QCOMPARE(tree.node(top[2]).criterion, 3);
        QCOMPARE(tree.node(top[0]).criteria, QVector<int>({0, 2}));
        QCOMPARE(tree.path(2), QStringLiteral("Speed \u203a ") + c.criteria[2].name);
        QCOMPARE(tree.path(3), c.criteria[3].name);
        QCOMPARE(tree.nodesAtLevel(1), top);
    }

    void explicitGroupsComeFirstThenImplicitOnes()
    {
        Comparison c = testsupport::generated(2, 6, 1, 7);
        c.criteria[0].category = QStringLiteral("Ops");
        c.criteria[1].category = QStringLiteral("I/O");
        c.criteria[2].category = QStringLiteral("CPU");
        c.criteria[3].category = QStringLiteral("Ecosystem");
        c.criteria[4].category = QStringLiteral("Performance");
        c.criteria[5].category = QStringLiteral("I/O");
        c.groups = {{QStringLiteral("I/O"), QStringLiteral("Performance"), QStringLiteral("Waiting")},
                    {QStringLiteral("CPU"), QStringLiteral("Performance"), {}}};
        const CriteriaTree tree(c);
        QCOMPARE(tree.groupLevels(), 2);
        QVERIFY(tree.isDeep());
        QStringList top;
        for (int n : tree.node(CriteriaTree::kRoot).children)
            top.append(tree.node(n).name);
        // Implicit groups in first appearance: categories, then parents.
        QCOMPARE(top, QStringList({QStringLiteral("Ops"), QStringLiteral("Ecosystem"),
                                   QStringLiteral("Performance")}));
        const int perf = tree.group(QStringLiteral("Performance"));
        QStringList under;
        for (int n : tree.node(perf).children)
            under.append(tree.node(n).name);
        QCOMPARE(under, QStringList({QStringLiteral("I/O"), QStringLiteral("CPU"), c.criteria[4].name}));
        QCOMPARE(tree.node(perf).criteria, QVector<int>({1, 2, 4, 5}));
        QCOMPARE(tree.groupPath(5), QStringList({QStringLiteral("Performance"), QStringLiteral("I/O")}));
        QCOMPARE(tree.path(1, QStringLiteral(" > ")),
                 QStringLiteral("Performance > I/O > ") + c.criteria[1].name);
        QCOMPARE(tree.node(tree.group(QStringLiteral("I/O"))).description, QStringLiteral("Waiting"));
        // Level 1: the top groups; level 2: I/O, CPU and the criterion in
        // Performance itself, beside the top groups that go no deeper.
        QCOMPARE(tree.nodesAtLevel(1).size(), 3);
        QStringList second;
        for (int n : tree.nodesAtLevel(2))
            second.append(tree.node(n).name);
        QCOMPARE(second, QStringList({c.criteria[0].name, c.criteria[3].name, QStringLiteral("I/O"),
                                      QStringLiteral("CPU"), c.criteria[4].name}));
        QCOMPARE(tree.nodeAtLevel(5, 1), perf);
        QCOMPARE(tree.nodeAtLevel(5, 2), tree.group(QStringLiteral("I/O")));
        QCOMPARE(tree.nodeAtLevel(5, 3), tree.leaf(5));
        // Contributions summed per node.
        const QVector<double> sums = tree.sumPerNode({1, 2, 4, 8, 16, 32});
        QCOMPARE(sums[perf], 2.0 + 4 + 16 + 32);
        QCOMPARE(sums[CriteriaTree::kRoot], 63.0);
        QCOMPARE(sums[tree.group(QStringLiteral("I/O"))], 34.0);
    }

    void aLoopOrATooDeepTreeStillGivesATree()
    {
        Comparison c = testsupport::generated(2, 2, 1, 3);
        c.groups = {{QStringLiteral("A"), QStringLiteral("B"), {}},
                    {QStringLiteral("B"), QStringLiteral("A"), {}}};
        c.criteria[0].category = QStringLiteral("A");
        QVERIFY(!store::checkTree(c).isEmpty());
        const CriteriaTree tree(c);
        QCOMPARE(tree.leaf(0) > 0, true);
        QVERIFY(tree.groupLevels() <= kMaxTreeDepth);
    }

    void localSharesMultiplyOutToTheGlobalWeights()
    {
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const Comparison c = randomTree(seed);
            QVERIFY(store::checkTree(c).isEmpty());
            const CriteriaTree tree(c);
            const QVector<double> &w = c.profiles.first().weights;
            const QVector<double> product = fromLocalShares(tree, w);
            const QVector<double> global = normalized(w);
            const bool allZero = std::all_of(w.cbegin(), w.cend(), [](double x) { return x == 0; });
            for (int j = 0; j < c.criterionCount(); ++j) {
                if (!allZero)
                    QVERIFY2(near(product[j], global[j]), qPrintable(QStringLiteral("seed %1").arg(seed)));
                QVERIFY(near(tree.globalShare(tree.leaf(j), w), product[j]));
            }
            // Children's local shares add up to one at every node.
            for (int n = 0; n < tree.nodeCount(); ++n) {
                if (tree.node(n).children.isEmpty())
                    continue;
                double sum = 0;
                for (int k : tree.node(n).children)
                    sum += tree.localShare(k, w);
                QVERIFY(near(sum, 1.0));
            }
        }
    }

    void settingALocalShareChangesOnlyThatLevel()
    {
        int checked = 0;
        int levelsChecked = 0;
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const Comparison c = randomTree(seed);
            const CriteriaTree tree(c);
            const QVector<double> &w = c.profiles.first().weights;
            QRandomGenerator rng(seed * 7919);
            const int node = 1 + int(rng.bounded(tree.nodeCount() - 1));
            const int parent = tree.node(node).parent;
            const double share = rng.bounded(101) / 100.0;
            const QVector<double> after = tree.withLocalShare(node, share, w);
            if (tree.node(node).criteria.isEmpty()) {
                // A group without criteria has no share to set.
                QCOMPARE(after, w);
                continue;
            }
            // With no sibling that has criteria the node is the whole parent.
            const bool onlyChild = tree.node(parent).criteria.size() == tree.node(node).criteria.size();
            QVERIFY(near(tree.localShare(node, after), onlyChild ? 1.0 : share));
            // Nothing outside the parent changes; the parent keeps its weight
            // when it had one.
            for (int j = 0; j < c.criterionCount(); ++j) {
                if (!tree.node(parent).criteria.contains(j))
                    QCOMPARE(after[j], w[j]);
            }
            const double parentWeight = tree.weight(parent, w);
            if (parentWeight > 0)
                QVERIFY(near(tree.weight(parent, after), parentWeight));
            // Every other level keeps its local shares: the node's subtree and
            // its siblings' subtrees are scaled as a whole and nothing above
            // the parent moved (when the node, its siblings and so the parent
            // weighed something, and the new share leaves them something:
            // a part set to nothing keeps no shares inside; equal parts are
            // checked below).
            const double mine = tree.weight(node, w);
            if (mine > 0 && parentWeight - mine > 0 && share > 0 && share < 1) {
                for (int n = 1; n < tree.nodeCount(); ++n) {
                    if (tree.node(n).parent == parent)
                        continue;
                    QVERIFY2(near(tree.localShare(n, after), tree.localShare(n, w)),
                             qPrintable(QStringLiteral("seed %1 node %2").arg(seed).arg(n)));
                }
                ++levelsChecked;
            }
            // Every method ranks the new weights as it ranks the global
            // weights the new local shares multiply out to.
            const QVector<double> product = fromLocalShares(tree, after);
            for (const MethodInfo &m : methods()) {
                EngineOptions options;
                options.method = m.method;
                options.normalization = m.normalization;
                QCOMPARE(ranks(evaluate(c, after, options)), ranks(evaluate(c, product, options)));
            }
            ++checked;
        }
        QVERIFY(checked > 250);
        QVERIFY(levelsChecked > 100);
    }

    void csvParentRowBuildsTheTree();
    void csvOneLevelParentIsACategory();
    void csvBadPathsAreRefusedWithTheirLine();
    void renamingAGroupRenamesItsCriteriaAndChildren();
    void theVerdictNamesTheGroupThatDrivesTheLead();
    void scoreJsonListsTheGroups();

    void aNodeThatWeighsNothingGetsEqualParts()
    {
        Comparison c = testsupport::generated(2, 5, 1, 11);
        for (int j = 0; j < 5; ++j)
            c.criteria[j].category = j < 2 ? QStringLiteral("A") : QStringLiteral("B");
        const CriteriaTree tree(c);
        const int a = tree.group(QStringLiteral("A"));
        const QVector<double> w{0, 0, 1, 2, 3};
        const QVector<double> after = tree.withLocalShare(a, 0.5, w);
        QCOMPARE(after, QVector<double>({1.5, 1.5, 0.5, 1.0, 1.5}));
        // Siblings that weigh nothing share the rest equally too.
        const QVector<double> back =
            tree.withLocalShare(tree.group(QStringLiteral("B")), 0.25, {4, 4, 0, 0, 0});
        QCOMPARE(back, QVector<double>({3.0, 3.0, 2.0 / 3, 2.0 / 3, 2.0 / 3}));
        // Everything zero: the parent is given one unit per criterion.
        const QVector<double> fresh = tree.withLocalShare(a, 0.2, {0, 0, 0, 0, 0});
        QCOMPARE(fresh, QVector<double>({0.5, 0.5, 4.0 / 3, 4.0 / 3, 4.0 / 3}));
        // A cap scales everything down together.
        const QVector<double> capped = tree.withLocalShare(a, 0.9, {1, 1, 1, 1, 1}, 2.0);
        QCOMPARE(capped[0], 2.0);
        QVERIFY(near(capped[2] / capped[0], (0.5 / 3) / 2.25));
    }
};

void TestTree::csvParentRowBuildsTheTree()
{
    const auto parsed = csv::parse(kTreeCsv, QStringLiteral("Runtimes"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
    const Comparison &c = *parsed;
    QVERIFY(store::checkTree(c).isEmpty());
    QStringList groups;
    for (const CriterionGroup &g : c.groups)
        groups.append(g.name + QLatin1Char('<') + g.parent);
    QCOMPARE(groups, QStringList({QStringLiteral("Performance<"), QStringLiteral("Speed<Performance"),
                                  QStringLiteral("I/O<Speed"), QStringLiteral("Resources<Performance"),
                                  QStringLiteral("Ecosystem<"), QStringLiteral("People<")}));
    QCOMPARE(c.criteria[0].category, QStringLiteral("I/O"));
    QCOMPARE(c.criteria[2].category, QStringLiteral("Speed"));
    const CriteriaTree tree(c);
    QCOMPARE(tree.groupLevels(), 3);
    QCOMPARE(tree.path(0), QStringLiteral("Performance \u203a Speed \u203a I/O \u203a Latency"));
    // Export writes the paths back, and they read the same.
    const QByteArray written = csv::write(c, c.profiles.first().weights);
    QVERIFY(written.contains("@parent,Performance > Speed > I/O,"));
    QVERIFY(!written.contains("@category"));
    const auto again = csv::parse(written, QStringLiteral("Runtimes"));
    QVERIFY(again);
    QCOMPARE(again->groups, c.groups);
    QCOMPARE(again->criteria, c.criteria);
}

void TestTree::csvOneLevelParentIsACategory()
{
    const QByteArray flat = "option,A,B,C\n@parent,X,,X\nO1,1,2,3\nO2,3,2,1\n";
    const auto parsed = csv::parse(flat, QStringLiteral("t"));
    QVERIFY(parsed);
    QVERIFY(parsed->groups.isEmpty());
    QCOMPARE(parsed->criteria[0].category, QStringLiteral("X"));
    QCOMPARE(parsed->criteria[1].category, QString());
    // A one-level tree exports as today: @category.
    const QByteArray written = csv::write(*parsed, parsed->profiles.first().weights);
    QVERIFY(written.contains("@category,X,,X"));
    QVERIFY(!written.contains("@parent"));
}

void TestTree::csvBadPathsAreRefusedWithTheirLine()
{
    const QString empty = csvError("option,A,B\n@weight,1,1\n@parent,X >  > Y,\nO,1,2\n");
    QVERIFY2(empty.startsWith(QStringLiteral("line 3, column 'A'")), qPrintable(empty));
    QVERIFY(empty.contains(QStringLiteral("empty group name")));
    const QString twoParents = csvError("option,A,B\n@parent,X > G,Y > G\nO,1,2\n");
    QVERIFY2(twoParents.startsWith(QStringLiteral("line 2, column 'B'")), qPrintable(twoParents));
    QVERIFY(twoParents.contains(QStringLiteral("'G'")));
    const QString loop = csvError("option,A\n@parent,X > Y > X\nO,1\n");
    QVERIFY2(loop.startsWith(QStringLiteral("line 2")), qPrintable(loop));
    const QString deep = csvError("option,A\n@parent,a>b>c>d>e>f>g>h>i\nO,1\n");
    QVERIFY2(deep.startsWith(QStringLiteral("line 2")) && deep.contains(QStringLiteral("deeper")),
             qPrintable(deep));
    const QString both = csvError("option,A\n@category,X\n@parent,X\nO,1\n");
    QVERIFY2(both.startsWith(QStringLiteral("line 3")), qPrintable(both));
    // A group cannot sit at the top in one column and deeper in another.
    const QString topAndDeep = csvError("option,A,B\n@parent,G,X > G\nO,1,2\n");
    QVERIFY2(topAndDeep.startsWith(QStringLiteral("line 2, column 'B'")), qPrintable(topAndDeep));
}

void TestTree::renamingAGroupRenamesItsCriteriaAndChildren()
{
    Comparison c = *csv::parse(kTreeCsv, QStringLiteral("Runtimes"));
    edit::renameGroup(c, 1, QStringLiteral("Pace")); // Speed
    QCOMPARE(c.groups[1].name, QStringLiteral("Pace"));
    QCOMPARE(c.groups[2].parent, QStringLiteral("Pace")); // I/O
    QCOMPARE(c.criteria[2].category, QStringLiteral("Pace"));
    QVERIFY(store::checkTree(c).isEmpty());
    // Removing a group hands its criteria and children to its parent.
    edit::removeGroup(c, 1);
    QCOMPARE(c.groups[1].name, QStringLiteral("I/O"));
    QCOMPARE(c.groups[1].parent, QStringLiteral("Performance"));
    QCOMPARE(c.criteria[2].category, QStringLiteral("Performance"));
    QVERIFY(store::checkTree(c).isEmpty());
    QCOMPARE(CriteriaTree(c).groupLevels(), 2);
    const int at = edit::insertGroup(c, -1, {QStringLiteral("New"), QStringLiteral("People"), {}});
    QCOMPARE(at, int(c.groups.size()) - 1);
}

void TestTree::theVerdictNamesTheGroupThatDrivesTheLead()
{
    const Comparison c = *csv::parse(kTreeCsv, QStringLiteral("Runtimes"));
    const Analysis a = analyse(c, c.profiles.first().weights, {});
    const QString sentence = VerdictText::groupDriver(c, a.verdict, a.result);
    // Node.js leads on the ecosystem (packages and frameworks) far more than
    // it trails on speed.
    QVERIFY2(sentence.startsWith(QStringLiteral("Ecosystem as a whole drives it (")), qPrintable(sentence));
    QVERIFY(sentence.endsWith(QStringLiteral("of Node.js's lead).")));
    QVERIFY(VerdictText::details(c, a.verdict, a.result).contains(sentence));
    // A group worth more than the whole lead: the winner would not lead
    // without it.
    Comparison speed = c;
    speed.profiles.first().weights = {6, 6, 1, 0, 1, 1, 1, 1};
    const Analysis b = analyse(speed, speed.profiles.first().weights, {});
    QCOMPARE(speed.options[b.verdict.winners.first()].name, QStringLiteral("Go"));
    QCOMPARE(VerdictText::groupDriver(speed, b.verdict, b.result),
             QStringLiteral("Performance as a whole drives it: without it Go would not lead."));
    // No explicit groups (a flat file, the bundled one): no such sentence.
    Comparison flat = c;
    flat.groups.clear();
    QVERIFY(VerdictText::groupDriver(flat, a.verdict, a.result).isEmpty());
}

void TestTree::scoreJsonListsTheGroups()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tree.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kTreeCsv);
    f.close();
    const testsupport::Run r = testsupport::tradeoff(
        {QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 6);
    const QJsonObject io = groups[2].toObject();
    QCOMPARE(io.value(QStringLiteral("name")).toString(), QStringLiteral("I/O"));
    QCOMPARE(io.value(QStringLiteral("parent")).toString(), QStringLiteral("Speed"));
    QCOMPARE(io.value(QStringLiteral("level")).toInt(), 3);
    // Weights 3 + 2 of 14; I/O is 5 of Speed's 6.
    QVERIFY(near(io.value(QStringLiteral("weight")).toDouble(), 5.0 / 14));
    QVERIFY(near(io.value(QStringLiteral("local_share")).toDouble(), 5.0 / 6));
    const QJsonObject results = json.value(QStringLiteral("results")).toArray()[0].toObject();
    const QJsonObject perCriterion = results.value(QStringLiteral("contributions")).toObject();
    const double expected = perCriterion.value(QStringLiteral("Latency")).toDouble() +
                            perCriterion.value(QStringLiteral("Throughput")).toDouble();
    const QString winner = results.value(QStringLiteral("option")).toString();
    QVERIFY(near(io.value(QStringLiteral("contributions")).toObject().value(winner).toDouble(), expected));
    // The bundled comparison (categories alone) prints what it always did.
    const testsupport::Run bundled =
        testsupport::tradeoff({QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(bundled.code, 0);
    QVERIFY(!QJsonDocument::fromJson(bundled.out).object().contains(QStringLiteral("groups")));
    // The report lists the criteria under their groups.
    const QString md = dir.filePath(QStringLiteral("r.md"));
    QCOMPARE(testsupport::tradeoff({QStringLiteral("report"), path, QStringLiteral("-o"), md}).code, 0);
    QFile report(md);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    QVERIFY(text.contains(QStringLiteral("- **Performance** (")));
    QVERIFY(text.contains(QStringLiteral("    - **I/O** (83% · 36%)")));
    QVERIFY(text.contains(QStringLiteral("      - Latency (60% · 21%)")));
    // The HTML report has the tree as a table, indented by level.
    const QString html = dir.filePath(QStringLiteral("r.html"));
    QCOMPARE(testsupport::tradeoff({QStringLiteral("report"), path, QStringLiteral("-o"), html}).code, 0);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(page.readAll());
    QVERIFY(htmlText.contains(QStringLiteral("<h2>Criteria tree</h2>")));
    QVERIFY(
        htmlText.contains(QStringLiteral("<td><b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;I/O</b></td>"
                                         "<td class=\"num\">83%</td><td class=\"num\">36%</td>")));
    // A comparison of categories alone keeps its report as it was.
    const QString flatHtml = dir.filePath(QStringLiteral("flat.html"));
    QCOMPARE(testsupport::tradeoff({QStringLiteral("report"), QStringLiteral("-o"), flatHtml}).code, 0);
    QFile flatPage(flatHtml);
    QVERIFY(flatPage.open(QIODevice::ReadOnly));
    QVERIFY(!flatPage.readAll().contains("Criteria tree"));
    // Export keeps the tree as @parent.
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(testsupport::tradeoff({QStringLiteral("export-csv"), path, QStringLiteral("-o"), out}).code, 0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("@parent,Performance > Speed > I/O"));
}

QTEST_GUILESS_MAIN(TestTree)
#include "tst_tree.moc"

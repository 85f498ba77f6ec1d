#include "core/analysis.h"
#include "core/criteriatree.h"
#include "core/csvmatrix.h"
#include "ui/analysispanel.h"
#include "ui/charts/chartpanel.h"
#include "ui/editor/comparisoneditor.h"
#include "ui/editor/recordmodel.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/sharelabel.h"
#include "ui/verdictpanel.h"
#include "ui/weightpanel.h"
#include "windowsupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <cmath>

namespace {

// Three levels of groups: Performance > Speed > I/O, Performance >
// Resources, Ecosystem, People.
const char *const kTreeCsv =
    "option,Latency,Throughput,Startup,Memory,Packages,Frameworks,Hiring,Docs\n"
    "@weight,3,2,1,2,2,2,1,1\n"
    "@direction,benefit,benefit,benefit,cost,benefit,benefit,benefit,benefit\n"
    "@parent,Performance > Speed > I/O,Performance > Speed > I/O,Performance > Speed,Performance > "
    "Resources,Ecosystem,Ecosystem,People,People\n"
    "Node.js,8,7,9,5,9,8,8,7\n"
    "Python,6,6,6,6,9,8,9,8\n"
    "Go,9,9,9,8,7,6,6,7\n";

bool showTree(ui::MainWindow &w)
{
    testsupport::script(w);
    const auto c = core::csv::parse(kTreeCsv, QStringLiteral("Runtimes"));
    if (!c)
        return false;
    w.session()->setComparisons({*c}, QString());
    w.resize(1280, 800);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    w.session()->flush();
    QCoreApplication::processEvents();
    return true;
}

} // namespace

class TestTreeGui final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysExpandAndCollapseGroups()
    {
        ui::MainWindow w;
        QVERIFY(showTree(w));
        ui::WeightPanel *panel = w.weightPanel();
        QVERIFY(panel->showsTree());
        QToolButton *performance = panel->groupHeader(QStringLiteral("Performance"));
        QVERIFY(performance);
        QSlider *latency = panel->slider(0);
        QVERIFY(latency->isVisible());
        performance->setFocus();
        QTRY_VERIFY(performance->hasFocus());
        QTest::keyClick(performance, Qt::Key_Minus);
        QVERIFY(!panel->isExpanded(QStringLiteral("Performance")));
        QVERIFY(!latency->isVisible());
        QTest::keyClick(performance, Qt::Key_Plus);
        QVERIFY(panel->isExpanded(QStringLiteral("Performance")));
        QVERIFY(latency->isVisible());
        QTest::keyClick(performance, Qt::Key_Left);
        QVERIFY(!panel->isExpanded(QStringLiteral("Performance")));
        QTest::keyClick(performance, Qt::Key_Right);
        QVERIFY(panel->isExpanded(QStringLiteral("Performance")));
        QTest::keyClick(performance, Qt::Key_Space);
        QVERIFY(!panel->isExpanded(QStringLiteral("Performance")));
        QTest::keyClick(performance, Qt::Key_Space);
        QVERIFY(panel->isExpanded(QStringLiteral("Performance")));
        // Down to the next group shown, Speed; collapsed Speed hides I/O.
        QTest::keyClick(performance, Qt::Key_Down);
        QToolButton *speed = panel->groupHeader(QStringLiteral("Speed"));
        QTRY_VERIFY(speed->hasFocus());
        QTest::keyClick(speed, Qt::Key_Minus);
        QVERIFY(!panel->groupSlider(QStringLiteral("I/O"))->isVisible());
        QTest::keyClick(speed, Qt::Key_Down);
        QTRY_VERIFY(panel->groupHeader(QStringLiteral("Resources"))->hasFocus());
        QTest::keyClick(panel->groupHeader(QStringLiteral("Resources")), Qt::Key_Up);
        QTRY_VERIFY(speed->hasFocus());
        // Left on a collapsed group goes up to its parent.
        QTest::keyClick(speed, Qt::Key_Left);
        QTRY_VERIFY(performance->hasFocus());
        // Collapsed groups stay collapsed when the comparison is rebuilt.
        w.session()->setComparisons({w.session()->comparison()}, QString());
        QVERIFY(!w.weightPanel()->isExpanded(QStringLiteral("Speed")));
    }

    void aGroupSliderMovesItsShareByKeys()
    {
        ui::MainWindow w;
        QVERIFY(showTree(w));
        ui::WeightPanel *panel = w.weightPanel();
        ui::Session *session = w.session();
        const core::CriteriaTree &tree = panel->tree();
        const int speed = tree.group(QStringLiteral("Speed"));
        const QVector<double> before = session->weights();
        // Speed holds 6 of Performance's 8.
        QCOMPARE(panel->groupSlider(QStringLiteral("Speed"))->value(), 75);
        QCOMPARE(panel->groupShareLabel(QStringLiteral("Speed"))->text(), QStringLiteral("75% · 43%"));
        QSlider *slider = panel->groupSlider(QStringLiteral("Speed"));
        slider->setFocus();
        QTRY_VERIFY(slider->hasFocus());
        const quint64 analyses = core::analysisCount();
        QTest::keyClick(slider, Qt::Key_PageUp); // +10 points
        QCoreApplication::processEvents();
        // One change, one analysis.
        QCOMPARE(core::analysisCount() - analyses, quint64(1));
        const QVector<double> after = session->weights();
        QVERIFY(std::abs(tree.localShare(speed, after) - 0.85) < 1e-9);
        // Nothing outside Performance moved; Performance keeps its weight.
        for (int j = 4; j < after.size(); ++j)
            QCOMPARE(after[j], before[j]);
        QVERIFY(std::abs(tree.weight(tree.group(QStringLiteral("Performance")), after) - 8.0) < 1e-9);
        // The criteria sliders and the labels follow.
        QCOMPARE(panel->spinBox(3)->value(), std::round(after[3] * 100) / 100);
        QCOMPARE(panel->groupShareLabel(QStringLiteral("Speed"))->text(), QStringLiteral("85% · 49%"));
        QCOMPARE(panel->groupSlider(QStringLiteral("Resources"))->value(), 15);
        // Reset weights returns to the profile (weights are explored, not
        // edited: as with the criterion sliders, nothing goes on the undo
        // stack and the document stays unmodified).
        QVERIFY(!session->isModified());
        session->resetToProfile();
        QCoreApplication::processEvents();
        QCOMPARE(session->weights(), before);
        QCOMPARE(slider->value(), 75);
    }

    void aFlatComparisonLooksAsBefore()
    {
        ui::MainWindow w;
        QVERIFY(testsupport::showBundled(w, {1280, 800}));
        ui::WeightPanel *panel = w.weightPanel();
        QVERIFY(!panel->showsTree());
        QVERIFY(!panel->groupHeader(QStringLiteral("Performance")));
        QStringList titles;
        for (QGroupBox *box : panel->findChildren<QGroupBox *>())
            titles.append(box->title());
        QCOMPARE(titles, w.session()->comparison().categories());
        QVERIFY(!w.analysisPanel()->levelBox()->isVisibleTo(w.analysisPanel()));
    }

    void theChartsSpeakAtALevel()
    {
        ui::MainWindow w;
        QVERIFY(showTree(w));
        QComboBox *level = w.analysisPanel()->levelBox();
        QVERIFY(level->isVisibleTo(w.analysisPanel()));
        QCOMPARE(level->count(), 4); // Criteria, Level 1..3
        ui::ChartPanel *chart = w.contributionChart();
        QCOMPARE(chart->values().size(), 8 * 3);
        level->setCurrentIndex(1);
        // Performance, Ecosystem, People: three stacks of three bars, each
        // the sum of its criteria's contributions.
        QCOMPARE(chart->values().size(), 3 * 3);
        const core::Result &r = w.session()->result();
        double performance = 0;
        for (int o = 0; o < 3; ++o) {
            for (int j = 0; j < 4; ++j)
                performance += r.perOption[o].contributions[j];
        }
        const QVector<double> drawn = chart->values();
        QVERIFY(std::abs(drawn[0] + drawn[1] + drawn[2] - performance) < 1e-9);
        // The verdict names the groups at that level that drive the lead,
        // largest first.
        const core::Verdict &v = w.session()->verdict();
        const int winner = v.winners.first();
        QVector<std::pair<double, QString>> leads;
        const QStringList top{QStringLiteral("Performance"), QStringLiteral("Ecosystem"),
                              QStringLiteral("People")};
        const QVector<QVector<int>> members{{0, 1, 2, 3}, {4, 5}, {6, 7}};
        for (int g = 0; g < 3; ++g) {
            double lead = 0;
            for (int j : members[g])
                lead += r.perOption[winner].contributions[j] - r.perOption[v.runnerUp].contributions[j];
            if (lead > 0)
                leads.append({-lead, top[g]});
        }
        std::sort(leads.begin(), leads.end());
        QStringList names;
        for (const auto &[lead, name] : leads)
            names.append(name);
        QVERIFY(!names.isEmpty());
        QCOMPARE(w.verdictPanel()->details().first(),
                 QStringLiteral("At level 1 of the criteria tree: driven by %1.")
                     .arg(QLocale().createSeparatedList(names)));
        level->setCurrentIndex(0);
        QVERIFY(!w.verdictPanel()->details().first().startsWith(QStringLiteral("At level")));
        level->setCurrentIndex(1);
        // Level 2: Speed and Resources, and the criteria of Ecosystem and
        // People, which sit at that depth themselves.
        level->setCurrentIndex(2);
        QCOMPARE(chart->values().size(), 6 * 3);
    }

    void theLevelLabelGivesWayToTheTabs()
    {
        // Where the tabs would get less than half the room they ask for
        // (long translations, a large font), "Speak at:" goes and the
        // selector stays; with room again, it comes back.
        ui::MainWindow w;
        QVERIFY(showTree(w));
        ui::AnalysisPanel *panel = w.analysisPanel();
        QLabel *label = nullptr;
        for (QLabel *l : panel->cornerWidget(Qt::TopRightCorner)->findChildren<QLabel *>())
            label = l;
        QVERIFY(label);
        w.resize(2400, 800);
        QCoreApplication::processEvents();
        QVERIFY(label->isVisibleTo(panel));
        QFont big = panel->font();
        big.setPointSizeF(big.pointSizeF() * 2.5);
        panel->setFont(big);
        w.resize(1000, 800);
        QCoreApplication::processEvents();
        QVERIFY(!label->isVisibleTo(panel));
        QVERIFY(panel->levelBox()->isVisibleTo(panel));
        panel->setFont(QFont());
        w.resize(2400, 800);
        QCoreApplication::processEvents();
        QVERIFY(label->isVisibleTo(panel));
    }

    void theEditorEditsTheTreeUndoably()
    {
        ui::MainWindow w;
        QVERIFY(showTree(w));
        ui::Session *session = w.session();
        ui::ComparisonEditor editor(session);
        ui::RecordModel *groups = editor.model(ui::ComparisonEditor::GroupsTab);
        QCOMPARE(groups->rowCount(), 6);
        // Renaming Speed renames it in its criteria and in I/O's parent: one step.
        const int steps = session->undoStack()->count();
        QVERIFY(groups->setData(groups->index(1, 0), QStringLiteral("Pace"), Qt::EditRole));
        QCOMPARE(session->undoStack()->count(), steps + 1);
        QCOMPARE(session->comparison().criteria[2].category, QStringLiteral("Pace"));
        QCOMPARE(session->comparison().groups[2].parent, QStringLiteral("Pace"));
        QVERIFY(w.weightPanel()->groupHeader(QStringLiteral("Pace")));
        // A parent that makes a loop is refused with the reason.
        QVERIFY(!groups->setData(groups->index(0, 1), QStringLiteral("I/O"), Qt::EditRole));
        QVERIFY(!groups->lastError().isEmpty());
        // Adding a group and moving a criterion into it.
        editor.table(ui::ComparisonEditor::GroupsTab)->setCurrentIndex(groups->index(5, 0));
        QVERIFY(editor.addGroup());
        QCOMPARE(session->comparison().groups.size(), 7);
        const QString added = session->comparison().groups[6].name;
        ui::RecordModel *criteria = editor.model(ui::ComparisonEditor::CriteriaTab);
        QVERIFY(criteria->setData(criteria->index(7, 1), added, Qt::EditRole));
        QCOMPARE(w.weightPanel()->tree().groupPath(7), QStringList({added}));
        session->undoStack()->undo();
        session->undoStack()->undo();
        session->undoStack()->undo();
        QCOMPARE(session->comparison().groups[1].name, QStringLiteral("Speed"));
        QCOMPARE(session->comparison().criteria[2].category, QStringLiteral("Speed"));
        QVERIFY(w.weightPanel()->groupHeader(QStringLiteral("Speed")));
        // Removing hands the group's criteria to its parent.
        editor.table(ui::ComparisonEditor::GroupsTab)->setCurrentIndex(groups->index(2, 0));
        QVERIFY(editor.removeGroup());
        QCOMPARE(session->comparison().criteria[0].category, QStringLiteral("Speed"));
    }
};

QTEST_MAIN(TestTreeGui)
#include "tst_treegui.moc"

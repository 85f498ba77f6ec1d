#include "core/editing.h"
#include "core/store.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace core;

// Structural edits keep every cross reference of a comparison consistent.
class TestEditing final : public QObject
{
    Q_OBJECT
private:
    static Comparison withExamplesAndEvidence()
    {
        Comparison c = testsupport::generated(3, 4, 2, 7);
        c.sources = {{QStringLiteral("S0"), {}, {}, {}, {}, {}},
                     {QStringLiteral("S1"), {}, {}, {}, {}, {}},
                     {QStringLiteral("S2"), {}, {}, {}, {}, {}}};
        c.cell(0, 1).evidence = {{QStringLiteral("cites S1"), 1, Stance::Supports, false, {}},
                                 {QStringLiteral("cites S2"), 2, Stance::Opposes, false, {}}};
        c.cell(2, 3).rationale = QStringLiteral("rationale 2/3");
        c.profiles[0].source = 2;
        Task t;
        t.name = QStringLiteral("Server");
        for (int i = 0; i < 3; ++i)
            t.examples.append({i, QStringLiteral("text"), QStringLiteral("code %1").arg(i), {}});
        c.tasks = {t};
        return c;
    }

private Q_SLOTS:
    void uniqueNamesAndNameProblems()
    {
        QCOMPARE(edit::uniqueName({}, QStringLiteral("Option")), QStringLiteral("Option"));
        QCOMPARE(edit::uniqueName({QStringLiteral("Option"), QStringLiteral("Option 2")},
                                  QStringLiteral("Option")),
                 QStringLiteral("Option 3"));
        const QString longest(store::kMaxNameLength, QLatin1Char('n'));
        const QString next = edit::uniqueName({longest}, longest);
        QCOMPARE(next.size(), store::kMaxNameLength);
        QVERIFY(next.endsWith(QStringLiteral(" 2")));
        const QStringList taken{QStringLiteral("A"), QStringLiteral("B")};
        QVERIFY(edit::nameProblem(taken, 0, QStringLiteral("A")).isEmpty()); // its own name
        QVERIFY(!edit::nameProblem(taken, 0, QStringLiteral("B")).isEmpty());
        QVERIFY(!edit::nameProblem(taken, -1, QStringLiteral("  ")).isEmpty());
        QVERIFY(
            !edit::nameProblem(taken, -1, QString(store::kMaxNameLength + 1, QLatin1Char('x'))).isEmpty());
        QVERIFY(edit::nameProblem(taken, -1, QString(store::kMaxNameLength, QLatin1Char('x'))).isEmpty());
    }

    void optionsCarryTheirRowsAndExamples()
    {
        const Comparison start = withExamplesAndEvidence();
        Comparison c = start;
        const int at = edit::insertOption(c, 1, {QStringLiteral("New"), {}, {}});
        QCOMPARE(at, 1);
        QCOMPARE(c.optionCount(), 4);
        QCOMPARE(c.cells.size(), 16);
        QVERIFY(!c.value(1, 0));
        QCOMPARE(c.value(2, 0), start.value(1, 0));
        QCOMPARE(c.cell(0, 1), start.cell(0, 1));
        QCOMPARE(c.tasks[0].exampleFor(2)->code, QStringLiteral("code 1"));
        QVERIFY(!c.tasks[0].exampleFor(1));

        edit::removeOption(c, 1);
        QCOMPARE(c, start);

        edit::moveOption(c, 0, 2);
        QCOMPARE(c.options[2].name, start.options[0].name);
        QCOMPARE(c.cell(2, 1), start.cell(0, 1));
        QCOMPARE(c.value(0, 3), start.value(1, 3));
        QCOMPARE(c.tasks[0].exampleFor(2)->code, QStringLiteral("code 0"));
        edit::moveOption(c, 2, 0);
        QCOMPARE(c, start);

        edit::removeOption(c, 0);
        QCOMPARE(c.optionCount(), 2);
        QCOMPARE(c.tasks[0].examples.size(), 2);
        QCOMPARE(c.tasks[0].exampleFor(0)->code, QStringLiteral("code 1"));
        QCOMPARE(c.cell(1, 3).rationale, QStringLiteral("rationale 2/3"));
        edit::removeOption(c, 7); // out of range: nothing happens
        QCOMPARE(c.optionCount(), 2);
    }

    void criteriaCarryTheirColumnsAndWeights()
    {
        const Comparison start = withExamplesAndEvidence();
        Comparison c = start;
        Criterion k;
        k.name = QStringLiteral("Team skills");
        const edit::IndexMap map = edit::insertCriterion(c, 2, k);
        QCOMPARE(map, (edit::IndexMap{0, 1, -1, 2, 3}));
        QCOMPARE(c.criterionCount(), 5);
        QCOMPARE(c.cells.size(), 15);
        QCOMPARE(c.cell(2, 4).rationale, QStringLiteral("rationale 2/3"));
        QVERIFY(!c.value(0, 2));
        const QVector<double> &w = start.profiles[0].weights;
        QCOMPARE(c.profiles[0].weights[2], edit::meanWeight(w));
        QCOMPARE(c.profiles[0].weights[3], w[2]);

        QCOMPARE(edit::removeCriterion(c, 2), (edit::IndexMap{0, 1, 3, 4}));
        QCOMPARE(c, start);

        QCOMPARE(edit::moveCriterion(c, 3, 0), (edit::IndexMap{3, 0, 1, 2}));
        QCOMPARE(c.cell(2, 0).rationale, QStringLiteral("rationale 2/3"));
        QCOMPARE(c.profiles[0].weights[0], w[3]);
        QCOMPARE(c.value(1, 1), start.value(1, 0));
        edit::moveCriterion(c, 0, 3);
        QCOMPARE(c, start);
    }

    void removingASourceUncitesItsClaims()
    {
        Comparison c = withExamplesAndEvidence();
        edit::removeSource(c, 1);
        QCOMPARE(c.sources.size(), 2);
        QCOMPARE(c.cell(0, 1).evidence[0].source, -1);
        QCOMPARE(c.cell(0, 1).evidence[1].source, 1); // S2 moved down
        QCOMPARE(c.sources[1].title, QStringLiteral("S2"));
        QCOMPARE(c.profiles[0].source, 1);
        edit::insertSource(c, 0, {QStringLiteral("First"), {}, {}, {}, {}, {}});
        QCOMPARE(c.cell(0, 1).evidence[1].source, 2);
        QCOMPARE(c.sources[c.cell(0, 1).evidence[1].source].title, QStringLiteral("S2"));
        QCOMPARE(c.profiles[0].source, 2);
    }

    void profilesAndTasks()
    {
        Comparison c = withExamplesAndEvidence();
        Profile p;
        p.name = QStringLiteral("Ops");
        QCOMPARE(edit::insertProfile(c, 0, p), (edit::IndexMap{-1, 0}));
        QCOMPARE(c.profiles[0].weights.size(), c.criterionCount());
        QCOMPARE(edit::moveProfile(c, 0, 1), (edit::IndexMap{1, 0}));
        QCOMPARE(edit::removeProfile(c, 1), (edit::IndexMap{0}));
        QCOMPARE(c.profiles[0].name, QStringLiteral("Random"));

        Task &t = c.tasks[0];
        edit::setExample(t, {1, QStringLiteral("python"), QStringLiteral("print()"), {}});
        QCOMPARE(t.examples.size(), 3);
        QCOMPARE(t.exampleFor(1)->language, QStringLiteral("python"));
        edit::setExample(t, {1, QStringLiteral("python"), {}, {}}); // emptied: removed
        QCOMPARE(t.examples.size(), 2);
        edit::setExample(t, {1, QStringLiteral("python"), QStringLiteral("x = 1"), {}});
        QCOMPARE(t.examples[1].option, 1); // kept in option order
        edit::insertTask(c, -1, {QStringLiteral("Second"), {}, {}});
        edit::moveTask(c, 1, 0);
        QCOMPARE(c.tasks[0].name, QStringLiteral("Second"));
        edit::removeTask(c, 0);
        QCOMPARE(c.tasks.size(), 1);
    }

    void namesAndTextsTheFileCannotHoldAreReported()
    {
        Comparison c = testsupport::small();
        QVERIFY(store::checkValues(c).isEmpty());
        c.options[1].name = c.options[0].name;
        c.criteria[0].unit = QString(store::kMaxNameLength + 1, QLatin1Char('u'));
        c.cell(0, 0).rationale = QString(store::kMaxTextLength + 1, QLatin1Char('r'));
        c.profiles[0].weights[0] = store::kMaxWeight * 2;
        const QStringList problems = store::checkValues(c);
        QCOMPARE(problems.size(), 4);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refused.tradeoff"));
        auto saved = store::save(path, {c});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(), problems.first());
        QVERIFY(!QFile::exists(path));
        // Two comparisons of a file cannot share a name either.
        saved = store::save(path, {testsupport::small(), testsupport::small()});
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().contains(testsupport::small().name));
        QVERIFY(!QFile::exists(path));
    }

    void editedComparisonsSaveAndLoadBack()
    {
        // Whatever the edit functions build is a valid file.
        Comparison c = withExamplesAndEvidence();
        edit::insertOption(c, -1, {QStringLiteral("Fourth"), {}, QStringLiteral("#123456")});
        Criterion k;
        k.name = QStringLiteral("Added");
        edit::insertCriterion(c, 0, k);
        edit::removeSource(c, 0);
        edit::moveOption(c, 3, 0);
        const Comparison fresh = edit::blank(QStringLiteral("Blank"));
        QVERIFY(store::checkValues(fresh).isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.tradeoff"));
        auto saved = store::save(path, {c, fresh});
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
        auto loaded = store::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0), c);
        QCOMPARE(loaded->at(1), fresh);
    }
};

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"

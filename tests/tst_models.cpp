#include "core/analysis.h"
#include "core/editing.h"
#include "core/store.h"
#include "core/verdict.h"
#include "testsupport.h"
#include "ui/scorematrixmodel.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace core;

class TestModels final : public QObject
{
    Q_OBJECT
private:
    // One random edit of any kind the window offers: scores, cells, options,
    // criteria, profiles, the comparison itself and the list of comparisons.
    static void randomEdit(ui::Session &session, QRandomGenerator &rng)
    {
        core::Comparison c = session.comparison();
        const int o = c.optionCount() ? int(rng.bounded(c.optionCount())) : 0;
        const int k = c.criterionCount() ? int(rng.bounded(c.criterionCount())) : 0;
        const QString tag = QString::number(rng.generate());
        switch (rng.bounded(10)) {
        case 0:
        case 1:
            if (c.optionCount() && c.criterionCount())
                session.setScore(o, k,
                                 rng.bounded(5) == 0 ? std::nullopt
                                                     : std::optional<double>(rng.bounded(101) / 10.0));
            break;
        case 2:
            if (c.optionCount() && c.criterionCount()) {
                core::Cell cell = c.cell(o, k);
                cell.rationale = tag;
                cell.evidence.append({tag, -1, core::Stance::Context, true, {}});
                session.setCell(o, k, cell);
            }
            break;
        case 3:
            edit::insertOption(c, int(rng.bounded(c.optionCount() + 1)), {tag, {}, {}});
            session.editComparison(c, tag);
            break;
        case 4:
            if (c.optionCount() > 1) {
                rng.bounded(2) ? edit::removeOption(c, o) : edit::moveOption(c, o, 0);
                session.editComparison(c, tag);
            }
            break;
        case 5: {
            core::Criterion added;
            added.name = tag;
            const auto map = edit::insertCriterion(c, int(rng.bounded(c.criterionCount() + 1)), added);
            session.editComparison(c, tag, {map, {}, {}});
            break;
        }
        case 6:
            if (c.criterionCount() > 1) {
                const auto map = rng.bounded(2) ? edit::removeCriterion(c, k) : edit::moveCriterion(c, k, 0);
                session.editComparison(c, tag, {map, {}, {}});
            }
            break;
        case 7: {
            core::Profile p;
            p.name = tag;
            p.weights = session.weights();
            const auto map = edit::insertProfile(c, 0, p);
            session.editComparison(c, tag, {{}, map, 0});
            break;
        }
        case 8:
            c.name = tag;
            if (!c.options.isEmpty())
                c.options[0].color = QStringLiteral("#abcdef");
            session.editComparison(c, tag);
            break;
        case 9:
            if (rng.bounded(2) || session.comparisons().size() < 2)
                session.insertComparison(0, edit::blank(tag), tag);
            else
                session.removeComparison(int(rng.bounded(session.comparisons().size())));
            break;
        }
    }

private Q_SLOTS:
    void scoreMatrixUnderTester()
    {
        auto all = store::load(testsupport::bundledPath());
        QVERIFY(all.ok());
        ui::Session session;
        ui::ScoreMatrixModel model;
        model.setSource([&] { return &session.comparison(); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&session, &ui::Session::comparisonChanged, &model, [&] { model.reload(); });
        QObject::connect(&session, &ui::Session::resultChanged, &model,
                         [&] { model.setResult(session.result()); });
        session.setComparisons(*all, testsupport::bundledPath());
        QCOMPARE(model.rowCount(), all->first().criterionCount());
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Node.js"));

        // A weight change announces only the share cells, one at a time (a
        // view repaints one cell for a cell, all it shows for a range): here
        // every share changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        session.setWeight(0, 5.0);
        session.flush();
        QCOMPARE(changed.size(), model.rowCount());
        for (int row = 0; row < changed.size(); ++row) {
            QCOMPARE(changed[row].at(0).toModelIndex(), changed[row].at(1).toModelIndex());
            QCOMPARE(changed[row].at(0).toModelIndex().column(), ui::ScoreMatrixModel::kShareColumn);
            QCOMPARE(changed[row].at(0).toModelIndex().row(), row);
        }
        const QString share = model.index(0, 0).data().toString();
        QVERIFY2(share.startsWith(QStringLiteral("2")), qPrintable(share)); // 5 / 21 = 23.8 %

        // A method change re-normalises every cell.
        changed.clear();
        EngineOptions o;
        o.method = Method::Topsis;
        o.normalization = Normalization::Vector;
        session.setEngineOptions(o);
        session.flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), model.columnCount() - 1);

        // Missing scores show as such; contested cells are flagged.
        const int team = all->first().criterionIndex(QStringLiteral("Team expertise"));
        QVERIFY(!model.index(team, 1).data(ui::ScoreMatrixModel::RawValueRole).isValid());
        bool anyContested = false;
        for (int r = 0; r < model.rowCount(); ++r)
            anyContested =
                anyContested || model.index(r, 2).data(ui::ScoreMatrixModel::ContestedRole).toBool();
        QVERIFY(anyContested);

        // Switching to another comparison resets the model under the tester.
        QVector<Comparison> two{testsupport::small(), testsupport::generated(4, 6)};
        session.setComparisons(two, QString());
        QCOMPARE(model.rowCount(), 4);
        session.selectComparison(1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 5);
        session.setComparisons({}, QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void methodComparisonIsDeferredOnLargeComparisons()
    {
        // 50 x 200: comparing every method waits until changes pause, then
        // lands in the verdict with one more resultChanged().
        ui::Session session;
        session.setComparisons({testsupport::generated(50, 200)}, QString());
        QSignalSpy results(&session, &ui::Session::resultChanged);
        session.setWeight(0, 9.0);
        session.flush();
        const int immediate = int(results.size());
        QTRY_VERIFY_WITH_TIMEOUT(results.size() > immediate, 3000);
        // The verdict now reflects every method; compare with a direct computation.
        const core::Analysis expected =
            core::analyse(session.comparison(), session.weights(), session.engineOptions());
        QCOMPARE(session.verdict().dissentingMethods, expected.verdict.dissentingMethods);
    }

    void editingRangesIsUndoable()
    {
        // "3..5..7" and its other spellings set a range in one undoable step,
        // the matrix shows "5 (3–7)", a plain number clears the range, and a
        // range out of order or off the scale is refused.
        ui::Session session;
        ui::ScoreMatrixModel model;
        session.setComparisons({testsupport::generated(3, 4)}, QString());
        model.setSource([&] { return &session.comparison(); });
        model.setEditHandler([&](int o, int c, std::optional<double> v, std::optional<double> low,
                                 std::optional<double> high) { session.setScore(o, c, v, low, high); });
        QObject::connect(&session, &ui::Session::cellChanged, &model, &ui::ScoreMatrixModel::cellChanged);
        const QModelIndex index = model.index(1, ui::ScoreMatrixModel::optionColumn(2));
        const core::Comparison original = session.comparison();
        for (const char *typed : {"3..5..7", "3-5-7", "3 5 7", "5 (3–7)", " 3 .. 5 .. 7 "}) {
            QVERIFY2(model.setData(index, QString::fromUtf8(typed)), typed);
            const core::Cell &cell = session.comparison().cell(2, 1);
            QVERIFY(cell.isRange());
            QCOMPARE(*cell.low, 3.0);
            QCOMPARE(*cell.value, 5.0);
            QCOMPARE(*cell.high, 7.0);
            QCOMPARE(model.data(index, Qt::DisplayRole).toString().remove(QStringLiteral(" ⚑")),
                     QString::fromUtf8("5 (3–7)"));
            QCOMPARE(model.data(index, Qt::EditRole).toString(), QStringLiteral("3..5..7"));
        }
        QCOMPARE(session.undoStack()->count(), 1); // the same range again changes nothing
        for (const char *bad : {"7..5..3", "3..5", "3..x..7", "3..5..11", "-1..5..7"}) {
            QVERIFY2(!model.setData(index, QString::fromLatin1(bad)), bad);
            QVERIFY(!model.lastError().isEmpty());
        }
        QVERIFY(model.setData(index, QStringLiteral("6")));
        QVERIFY(!session.comparison().cell(2, 1).isRange());
        QVERIFY(!session.comparison().cell(2, 1).low);
        QCOMPARE(*session.comparison().value(2, 1), 6.0);
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        QVERIFY(session.comparison().cell(2, 1).isRange());
        session.undoStack()->undo();
        QCOMPARE(session.comparison(), original);
    }

    void editingScoresIsUndoable()
    {
        ui::Session session;
        ui::ScoreMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.setComparisons({testsupport::generated(3, 4)}, QString());
        model.setSource([&] { return &session.comparison(); });
        model.setEditHandler([&](int o, int c, std::optional<double> v, std::optional<double> low,
                                 std::optional<double> high) { session.setScore(o, c, v, low, high); });
        QObject::connect(&session, &ui::Session::cellChanged, &model, &ui::ScoreMatrixModel::cellChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy modified(&session, &ui::Session::modifiedChanged);
        const core::Comparison original = session.comparison();

        const QModelIndex cell = model.index(2, ui::ScoreMatrixModel::optionColumn(1));
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(cell, QStringLiteral("7.5")));
        QCOMPARE(*session.comparison().value(1, 2), 7.5);
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.isModified());
        QCOMPARE(modified.size(), 1);
        QVERIFY(model.setData(cell, QString())); // empty: not scored
        QVERIFY(!session.comparison().value(1, 2));
        // Refused: text, outside the 0..10 scale, infinity.
        for (const char *bad : {"lots", "11", "inf"}) {
            QVERIFY(!model.setData(cell, QString::fromLatin1(bad)));
            QVERIFY(!model.lastError().isEmpty());
        }
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        QCOMPARE(*session.comparison().value(1, 2), 7.5);
        session.undoStack()->undo();
        QCOMPARE(session.comparison(), original);
        QVERIFY(!session.isModified());
        session.undoStack()->redo();
        QCOMPARE(*session.comparison().value(1, 2), 7.5);
    }

    void randomEditsUndoneLeaveTheComparisonAsItWas()
    {
        // Property: any sequence of edits, all undone, restores the start;
        // all redone, gives the edited state again.
        QRandomGenerator rng(5);
        for (int trial = 0; trial < 40; ++trial) {
            ui::Session session;
            const core::Comparison start =
                testsupport::generated(int(rng.bounded(1, 6)), int(rng.bounded(1, 8)), 2, rng.generate());
            session.setComparisons({start}, QString());
            const int edits = int(rng.bounded(1, 40));
            for (int e = 0; e < edits; ++e)
                randomEdit(session, rng);
            const QVector<core::Comparison> edited = session.comparisons();
            while (session.undoStack()->canUndo())
                session.undoStack()->undo();
            QCOMPARE(session.comparisons(), QVector<core::Comparison>{start});
            QCOMPARE(session.weights().size(), start.criterionCount());
            while (session.undoStack()->canRedo())
                session.undoStack()->redo();
            QCOMPARE(session.comparisons(), edited);
            QCOMPARE(session.weights().size(), session.comparison().criterionCount());
            session.flush();
            QCOMPARE(session.result().perOption.size(), session.comparison().optionCount());
        }
    }

    void sessionCoalescesChanges()
    {
        ui::Session session;
        session.setComparisons({testsupport::generated(3, 15)}, QString());
        QSignalSpy results(&session, &ui::Session::resultChanged);
        for (int j = 0; j < 15; ++j)
            session.setWeight(j, 1.0 + j);
        QCOMPARE(results.size(), 0);
        QVERIFY(results.wait(1000));
        QCOMPARE(results.size(), 1);
        QCOMPARE(session.result().weights.size(), 15);
        QVERIFY(qFuzzyCompare(session.result().weights[14], 15.0 / 120.0));
        // A profile switch: one recompute.
        results.clear();
        session.selectProfile(0);
        QVERIFY(results.wait(1000));
        QCOMPARE(results.size(), 1);
    }

    void aSnapshotNameTooLongIsRefusedNotCut()
    {
        ui::Session session;
        session.setComparisons({testsupport::generated(3, 4)}, QString());
        QSignalSpy refused(&session, &ui::Session::editRefused);
        QVERIFY(!session.takeSnapshot(QString(core::store::kMaxNameLength + 1, QLatin1Char('s'))));
        QCOMPARE(refused.size(), 1);
        QVERIFY(session.comparison().snapshots.isEmpty());
        QVERIFY(!session.isModified());
        QVERIFY(session.takeSnapshot(QString(core::store::kMaxNameLength, QLatin1Char('s'))));
        QCOMPARE(session.comparison().snapshots.first().name.size(), core::store::kMaxNameLength);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"

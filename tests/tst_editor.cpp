#include "core/store.h"
#include "testsupport.h"
#include "ui/analysispanel.h"
#include "ui/autosave.h"
#include "ui/charts/chartpanel.h"
#include "ui/codepanel.h"
#include "ui/codeview.h"
#include "ui/editor/celldialog.h"
#include "ui/editor/comparisoneditor.h"
#include "ui/editor/decisionpage.h"
#include "ui/editor/exampledialog.h"
#include "ui/editor/recordmodel.h"
#include "ui/evidencepanel.h"
#include "ui/mainwindow.h"
#include "ui/scorematrixmodel.h"
#include "ui/selectionbar.h"
#include "ui/verdictpanel.h"
#include "ui/weightpanel.h"
#include "windowsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace core;
using testsupport::openBundled;
using Editor = ui::ComparisonEditor;

// Editing a comparison in the window: structure, evidence, code examples
// and comparisons, each one undoable, and what is edited is what is saved.
class TestEditor final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void undoAll(ui::MainWindow &w)
    {
        while (w.session()->undoStack()->canUndo())
            w.session()->undoStack()->undo();
    }
    static bool setField(ui::RecordModel *model, int row, int column, const QVariant &value)
    {
        return model->setData(model->index(row, column), value, Qt::EditRole);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ui::Autosave::defaultDirectory()).removeRecursively(); // an earlier run's copies
    }

    void optionsAndCriteriaFromTheEditor()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const QVector<Comparison> original = w.session()->comparisons();
        Editor *editor = w.comparisonEditor();
        ui::RecordModel *options = editor->model(Editor::OptionsTab);
        QAbstractItemModelTester tester(options, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(options->rowCount(), 2);

        // Add an option after Node.js: a new matrix column with no scores.
        editor->table(Editor::OptionsTab)->setCurrentIndex(options->index(0, 0));
        QVERIFY(editor->addOption());
        const Comparison &c = w.session()->comparison();
        QCOMPARE(c.optionCount(), 3);
        QCOMPARE(c.options[1].name, QStringLiteral("New option"));
        QCOMPARE(w.matrixModel()->columnCount(), 4);
        QCOMPARE(c.options[2].name, original[0].options[1].name);
        QCOMPARE(c.cell(2, 0), original[0].cell(1, 0));
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.session()->result().perOption.size(), 3);

        // Rename it: taken and empty names are refused with a message.
        QVERIFY(!setField(options, 1, 0, QStringLiteral("Python")));
        QVERIFY(options->lastError().contains(QStringLiteral("Python")));
        QVERIFY(!setField(options, 1, 0, QStringLiteral("   ")));
        QVERIFY(setField(options, 1, 0, QStringLiteral("Go")));
        QCOMPARE(w.session()->comparison().options[1].name, QStringLiteral("Go"));
        QCOMPARE(w.matrixModel()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Go"));
        QVERIFY(setField(options, 1, 2, QStringLiteral("#00ADD8")));
        QCOMPARE(w.session()->comparison().options[1].color, QStringLiteral("#00add8"));
        QVERIFY(!setField(options, 1, 2, QStringLiteral("not a colour")));
        QVERIFY(editor->moveOption(1)); // Go goes last
        QCOMPARE(w.session()->comparison().options[2].name, QStringLiteral("Go"));

        // Criteria: add one, make it a cost, and its weight follows.
        ui::RecordModel *criteria = editor->model(Editor::CriteriaTab);
        const int n = original[0].criterionCount();
        editor->table(Editor::CriteriaTab)->setCurrentIndex(criteria->index(n - 1, 0));
        QVERIFY(editor->addCriterion());
        QCOMPARE(w.session()->comparison().criterionCount(), n + 1);
        QCOMPARE(w.session()->weights().size(), n + 1);
        QCOMPARE(w.weightPanel()->rowCount(), n + 1);
        QVERIFY(setField(criteria, n, 0, QStringLiteral("Hosting cost")));
        QVERIFY(setField(criteria, n, 2, 1));
        QCOMPARE(w.session()->comparison().criteria[n].direction, Direction::Cost);
        QCOMPARE(criteria->data(criteria->index(n, 2), Qt::DisplayRole).toString(),
                 QStringLiteral("Lower is better"));
        QVERIFY(setField(criteria, n, 3, QStringLiteral("USD/month")));
        QVERIFY(!setField(criteria, n, 1, QString(store::kMaxNameLength + 1, QLatin1Char('c'))));
        QVERIFY(criteria->lastError().contains(QString::number(store::kMaxNameLength)));
        // A scale that would leave existing scores outside it is refused.
        QVERIFY(!setField(criteria, 0, 5, QStringLiteral("5")));
        QVERIFY(!criteria->lastError().isEmpty());
        QVERIFY(!setField(criteria, 0, 4, QStringLiteral("ten")));
        QCOMPARE(w.session()->comparison().criteria[0].scaleMax, original[0].criteria[0].scaleMax);
        w.session()->setScore(0, n, 8.0);
        w.session()->flush();
        QCOMPARE(w.session()->result().perOption.size(), 3);

        // Remove a criterion: its slider and column go, the others keep theirs.
        editor->table(Editor::CriteriaTab)->setCurrentIndex(criteria->index(0, 0));
        QVERIFY(editor->removeCriterion());
        QCOMPARE(w.session()->comparison().criteria[0].name, original[0].criteria[1].name);
        QCOMPARE(w.weightPanel()->rowCount(), n);
        QCOMPARE(w.matrixModel()->rowCount(), n);

        // Everything goes back with Undo, and comes again with Redo.
        const QVector<Comparison> edited = w.session()->comparisons();
        undoAll(w);
        QCOMPARE(w.session()->comparisons(), original);
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.weightPanel()->rowCount(), n);
        while (w.session()->undoStack()->canRedo())
            w.session()->undoStack()->redo();
        QCOMPARE(w.session()->comparisons(), edited);

        // What was edited is what is saved.
        const QString path = m_dir.filePath(QStringLiteral("edited.tradeoff"));
        testsupport::script(w).savePath = ([&] { return path; });
        QVERIFY(w.document()->saveAs());
        QCOMPARE(*store::load(path), edited);
    }

    void profilesFromTheEditor()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const QVector<Comparison> original = w.session()->comparisons();
        Editor *editor = w.comparisonEditor();
        const int profiles = int(original[0].profiles.size());
        w.session()->setWeight(0, 4.5);
        QVERIFY(editor->newProfileFromWeights());
        QCOMPARE(w.session()->comparison().profiles.size(), profiles + 1);
        QCOMPARE(w.session()->profileIndex(), profiles);
        QCOMPARE(w.selectionBar()->profileBox()->count(), profiles + 1);
        QCOMPARE(w.selectionBar()->profileBox()->currentIndex(), profiles);
        QCOMPARE(w.session()->comparison().profiles[profiles].weights[0], 4.5);
        QCOMPARE(w.session()->weights()[0], 4.5); // the weights did not move

        ui::RecordModel *model = editor->model(Editor::ProfilesTab);
        QVERIFY(setField(model, profiles, 0, QStringLiteral("Team of four")));
        QCOMPARE(w.selectionBar()->profileBox()->itemText(profiles), QStringLiteral("Team of four"));
        QVERIFY(setField(model, profiles, 1, 1));
        QCOMPARE(w.session()->comparison().profiles[profiles].kind, ProfileKind::Stakeholder);

        editor->table(Editor::ProfilesTab)->setCurrentIndex(model->index(0, 0));
        QVERIFY(editor->duplicateProfile());
        QCOMPARE(w.session()->comparison().profiles[1].weights, original[0].profiles[0].weights);
        QVERIFY(w.session()->comparison().profiles[1].name.contains(original[0].profiles[0].name));
        w.session()->setWeight(1, 0.0);
        QVERIFY(editor->updateProfileFromWeights());
        QCOMPARE(w.session()->comparison().profiles[1].weights[1], 0.0);
        QCOMPARE(w.session()->profileIndex(), 1); // the duplicate is shown
        QVERIFY(editor->removeProfile());
        QCOMPARE(w.session()->comparison().profiles.size(), profiles + 1);
        QCOMPARE(w.session()->profileIndex(), -1); // the weights stay, as custom ones
        // The profile shown is followed when another one is removed.
        w.session()->selectProfile(profiles);
        editor->table(Editor::ProfilesTab)->setCurrentIndex(model->index(0, 0));
        QVERIFY(editor->removeProfile());
        QCOMPARE(w.session()->profileIndex(), profiles - 1);
        QCOMPARE(w.selectionBar()->profileBox()->currentText(), QStringLiteral("Team of four"));

        undoAll(w);
        QCOMPARE(w.session()->comparisons(), original);
    }

    void sourcesTasksAndTheComparisonName()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const QVector<Comparison> original = w.session()->comparisons();
        Editor *editor = w.comparisonEditor();

        QVERIFY(editor->addSource());
        const int s = int(original[0].sources.size());
        ui::RecordModel *sources = editor->model(Editor::SourcesTab);
        QVERIFY(!setField(sources, s, 0, QString())); // a source needs a title
        QVERIFY(setField(sources, s, 4, QStringLiteral("https://example.org/benchmarks")));
        QCOMPARE(w.session()->comparison().sources[s].url, QStringLiteral("https://example.org/benchmarks"));
        // Removing a cited source leaves its claims uncited, never dangling.
        editor->table(Editor::SourcesTab)->setCurrentIndex(sources->index(0, 0));
        QVERIFY(editor->removeSource());
        for (const Cell &cell : w.session()->comparison().cells) {
            for (const Evidence &e : cell.evidence)
                QVERIFY(e.source >= -1 && e.source < w.session()->comparison().sources.size());
        }

        QVERIFY(editor->addTask());
        QCOMPARE(w.session()->comparison().tasks.size(), original[0].tasks.size() + 1);

        // A name still being typed is not lost when the window closes.
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.editorDock()->show();
        editor->nameEdit()->setFocus();
        QTRY_VERIFY(editor->nameEdit()->hasFocus());
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Backend runtime for the billing service"));
        QVERIFY(w.session()->comparison().name != QStringLiteral("Backend runtime for the billing service"));
        testsupport::script(w).answer = ([&](const QString &) { return QMessageBox::Cancel; });
        QVERIFY(!w.document()->maybeSave()); // asks, and the typed name is part of the document by then
        QCOMPARE(w.session()->comparison().name, QStringLiteral("Backend runtime for the billing service"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("billing service")));
        undoAll(w);
        QCOMPARE(w.session()->comparisons(), original);
        QCOMPARE(editor->nameEdit()->text(), original[0].name);
    }

    void rangeInTheCellDialog()
    {
        // The dialog's low and high fields make the score a range, in one
        // undoable step; a range out of order or half given is refused.
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const Comparison original = w.session()->comparison();
        const int k = original.criterionIndex(QStringLiteral("Memory use"));
        w.matrixView()->setCurrentIndex(w.matrixModel()->index(k, 2)); // Python
        const double value = *original.cell(1, k).value;
        QStringList problems;
        testsupport::script(w).dialog = ([&](QDialog &d) {
            auto &dialog = dynamic_cast<ui::CellDialog &>(d);
            dialog.lowEdit()->setText(QLocale().toString(value + 1));
            dialog.highEdit()->setText(QLocale().toString(value + 2));
            problems.append(dialog.scoreProblem()); // low above the score
            dialog.highEdit()->clear();
            problems.append(dialog.scoreProblem()); // half a range
            dialog.lowEdit()->setText(QLocale().toString(value - 1));
            dialog.highEdit()->setText(QLocale().toString(value + 1));
            problems.append(dialog.scoreProblem());
            return int(QDialog::Accepted);
        });
        QVERIFY(w.editCurrentCell());
        QCOMPARE(problems.size(), 3);
        QVERIFY(!problems[0].isEmpty());
        QVERIFY(!problems[1].isEmpty());
        QVERIFY2(problems[2].isEmpty(), qPrintable(problems[2]));
        const Cell &cell = w.session()->comparison().cell(1, k);
        QVERIFY(cell.isRange());
        QCOMPARE(*cell.low, value - 1);
        QCOMPARE(*cell.high, value + 1);
        QCOMPARE(*cell.value, value);
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->comparison(), original);
    }

    void rationaleAndEvidenceInADialog()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const Comparison original = w.session()->comparison();
        const int k = original.criterionIndex(QStringLiteral("Memory use"));
        QVERIFY(k >= 0);
        QVERIFY(!w.editCurrentCell());                                 // nothing selected yet
        w.matrixView()->setCurrentIndex(w.matrixModel()->index(k, 2)); // Python
        int claims = 0;
        testsupport::script(w).dialog = ([&](QDialog &d) {
            auto &dialog = dynamic_cast<ui::CellDialog &>(d);
            claims = dialog.evidenceTable()->rowCount();
            dialog.rationaleEdit()->setPlainText(QStringLiteral("Measured on our own service: 180 MB RSS."));
            dialog.addClaim({QStringLiteral("Our staging box, 2026"), -1, Stance::Supports, false, {}});
            dialog.addClaim({}); // left empty: dropped
            return int(QDialog::Accepted);
        });
        QVERIFY(w.editCurrentCell());
        const Cell &cell = w.session()->comparison().cell(1, k);
        QCOMPARE(cell.rationale, QStringLiteral("Measured on our own service: 180 MB RSS."));
        QCOMPARE(cell.evidence.size(), claims + 1);
        QCOMPARE(cell.evidence.last().claim, QStringLiteral("Our staging box, 2026"));
        QCOMPARE(cell.value, original.cell(1, k).value);
        // The existing claims come back unchanged from the dialog.
        QCOMPARE(cell.evidence.mid(0, claims), original.cell(1, k).evidence);
        QVERIFY(w.evidencePanel()->toPlainText().contains(QStringLiteral("180 MB RSS")));

        // Over-long text is refused with a message and the dialog comes back
        // with it (here the second time it is cancelled); nothing changes.
        int attempts = 0;
        bool keptWhatWasTyped = false;
        testsupport::script(w).dialog = ([&](QDialog &d) {
            if (++attempts > 1) {
                keptWhatWasTyped = dynamic_cast<ui::CellDialog &>(d).rationaleEdit()->toPlainText().size() >
                                   store::kMaxTextLength;
                return int(QDialog::Rejected);
            }
            dynamic_cast<ui::CellDialog &>(d).rationaleEdit()->setPlainText(
                QString(store::kMaxTextLength + 1, QLatin1Char('x')));
            return int(QDialog::Accepted);
        });
        QVERIFY(!w.editCurrentCell());
        QCOMPARE(attempts, 2);
        QVERIFY(keptWhatWasTyped);
        // The user was told why.
        QVERIFY(testsupport::script(w).warnings.last().contains(QString::number(store::kMaxTextLength)));
        QCOMPARE(w.session()->undoStack()->count(), 1);

        // An unchanged dialog closes with OK, even after an earlier refusal.
        int shown = 0;
        testsupport::script(w).dialog = ([&](QDialog &) {
            ++shown;
            return int(QDialog::Accepted);
        });
        QVERIFY(!w.editCurrentCell());
        QCOMPARE(shown, 1);

        // Cancel changes nothing.
        testsupport::script(w).dialog = ([](QDialog &d) {
            dynamic_cast<ui::CellDialog &>(d).rationaleEdit()->setPlainText(QStringLiteral("discarded"));
            return int(QDialog::Rejected);
        });
        QVERIFY(!w.editCurrentCell());
        QCOMPARE(w.session()->undoStack()->count(), 1);
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->comparison(), original);
        QVERIFY(!w.evidencePanel()->toPlainText().contains(QStringLiteral("180 MB RSS")));
    }

    void codeExamplesAreEditableWithUndo()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const Comparison original = w.session()->comparison();
        QVERIFY(!original.tasks.isEmpty());
        ui::CodePanel *code = w.analysisPanel()->codePanel();
        code->taskSelector()->setCurrentIndex(1);
        testsupport::script(w).dialog = ([](QDialog &d) {
            auto &dialog = dynamic_cast<ui::ExampleDialog &>(d);
            dialog.languageBox()->setCurrentText(QStringLiteral("typescript"));
            dialog.codeEdit()->setPlainText(QStringLiteral("const answer: number = 42;\n"));
            dialog.noteEdit()->setText(QStringLiteral("TypeScript now"));
            return int(QDialog::Accepted);
        });
        QVERIFY(w.editing()->editExample(1, 0));
        const CodeExample *e = w.session()->comparison().tasks[1].exampleFor(0);
        QVERIFY(e);
        QCOMPARE(e->language, QStringLiteral("typescript"));
        QCOMPARE(e->code, QStringLiteral("const answer: number = 42;\n"));
        // The Code view stays on the task and shows the new code.
        QCOMPARE(code->taskSelector()->currentIndex(), 1);
        QCOMPARE(code->views()[0]->toPlainText(), QStringLiteral("const answer: number = 42;\n"));
        // Emptying code and note removes the example.
        testsupport::script(w).dialog = ([](QDialog &d) {
            auto &dialog = dynamic_cast<ui::ExampleDialog &>(d);
            dialog.codeEdit()->clear();
            dialog.noteEdit()->clear();
            return int(QDialog::Accepted);
        });
        QVERIFY(w.editing()->editExample(1, 0));
        QVERIFY(!w.session()->comparison().tasks[1].exampleFor(0));
        undoAll(w);
        QCOMPARE(w.session()->comparison(), original);
        QCOMPARE(code->views()[0]->toPlainText(), original.tasks[1].exampleFor(0)->code);
    }

    void newDuplicateAndDeleteComparisons()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const QVector<Comparison> original = w.session()->comparisons();
        QVERIFY(!w.editing()->deleteComparison()); // the only one stays
        QVERIFY(w.editing()->newComparison(false));
        QCOMPARE(w.session()->comparisons().size(), 2);
        QCOMPARE(w.session()->comparisonIndex(), 1);
        QCOMPARE(w.session()->comparison().optionCount(), 2);
        QVERIFY(w.editorDock()->isVisibleTo(&w));
        QCOMPARE(w.selectionBar()->comparisonBox()->count(), 2);
        QVERIFY(!w.verdictPanel()->toPlainText().isEmpty());
        w.session()->selectComparison(0);
        QVERIFY(w.editing()->newComparison(true));
        QCOMPARE(w.session()->comparisons().size(), 3);
        QCOMPARE(w.session()->comparison().cells, original[0].cells);
        QVERIFY(w.session()->comparison().name != original[0].name);
        QVERIFY(w.editing()->deleteComparison());
        QCOMPARE(w.session()->comparisons().size(), 2);

        const QString path = m_dir.filePath(QStringLiteral("two.tradeoff"));
        testsupport::script(w).savePath = ([&] { return path; });
        QVERIFY(w.document()->saveAs());
        QCOMPARE(store::load(path)->size(), 2);
        undoAll(w);
        QCOMPARE(w.session()->comparisons(), original);
    }

    void decisionRecordIsEditedWithUndo()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        QVERIFY(w.editing()->newComparison(false));
        const QString other = w.session()->comparison().name;
        w.session()->selectComparison(0);
        const QVector<Comparison> original = w.session()->comparisons();
        const int undoBase = w.session()->undoStack()->index();
        Editor *editor = w.comparisonEditor();
        ui::DecisionPage *page = editor->decisionPage();
        QCOMPARE(Editor::tabFromKey(QStringLiteral("decision")), Editor::DecisionTab);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.editorDock()->show();
        editor->showTab(Editor::DecisionTab);
        QCOMPARE(editor->tabs()->currentIndex(), int(Editor::DecisionTab));
        QVERIFY(page->isVisible());
        QCOMPARE(w.selectionBar()->decisionLabel()->text(), QStringLiteral("Decision: Proposed"));
        QCOMPARE(page->statusBox()->currentText(), QStringLiteral("Proposed"));
        QVERIFY(!page->supersededByBox()->isEnabled());
        QVERIFY(!page->decidedEdit()->isEnabled());

        // With the keyboard: each step of the status is one edit.
        page->statusBox()->setFocus();
        QTRY_VERIFY(page->statusBox()->hasFocus());
        QTest::keyClick(page->statusBox(), Qt::Key_Down);
        QCOMPARE(w.session()->comparison().decision.status, DecisionStatus::Accepted);
        QCOMPARE(w.session()->undoStack()->index(), undoBase + 1);
        QVERIFY(w.session()->undoStack()->undoText().contains(original[0].name));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(page->statusBox(), Qt::Key_Down);
        QCOMPARE(w.session()->comparison().decision.status, DecisionStatus::Superseded);
        QVERIFY(page->supersededByBox()->isEnabled());
        // Only the other comparisons of the file can supersede it.
        QCOMPARE(page->supersededByBox()->count(), 2);
        QCOMPARE(page->supersededByBox()->itemText(1), other);
        page->supersededByBox()->setFocus();
        QTest::keyClick(page->supersededByBox(), Qt::Key_Down);
        QCOMPARE(w.session()->comparison().decision.supersededBy, other);

        QTest::mouseClick(page->decidedBox(), Qt::LeftButton, {},
                          QPoint(8, page->decidedBox()->height() / 2));
        QCOMPARE(w.session()->comparison().decision.decided, QDate::currentDate());
        QVERIFY(page->decidedEdit()->isEnabled());
        // A day other than today, which the box starts from.
        const QDate day = QDate::currentDate().addDays(-40);
        page->decidedEdit()->setDate(day);
        QVERIFY(page->commit());
        QCOMPARE(w.session()->comparison().decision.decided, day);

        page->decidersEdit()->setFocus();
        QTRY_VERIFY(page->decidersEdit()->hasFocus());
        QTest::keyClicks(page->decidersEdit(), QStringLiteral("Ada , Grace,, Ada"));
        QTest::keyClick(page->decidersEdit(), Qt::Key_Return);
        QCOMPARE(w.session()->comparison().decision.deciders,
                 (QStringList{QStringLiteral("Ada"), QStringLiteral("Grace")}));
        QCOMPARE(page->decidersEdit()->text(), QStringLiteral("Ada, Grace"));
        page->informedEdit()->setText(QStringLiteral("Everyone"));
        QVERIFY(page->commit());
        QVERIFY(!page->commit()); // nothing changed: no empty edit on the stack

        // The window shows where the decision stands.
        w.session()->flush();
        QCOMPARE(w.selectionBar()->decisionLabel()->text(),
                 QStringLiteral("Decision: Superseded by %1 · %2").arg(other, day.toString(Qt::ISODate)));

        // Leaving "superseded" forgets the successor, so the record stays consistent.
        page->statusBox()->setFocus();
        QTest::keyClick(page->statusBox(), Qt::Key_Up);
        QCOMPARE(w.session()->comparison().decision.status, DecisionStatus::Deprecated);
        QVERIFY(w.session()->comparison().decision.supersededBy.isEmpty());
        QVERIFY(!page->supersededByBox()->isEnabled());

        // Saved and read back as edited.
        const QString path = m_dir.filePath(QStringLiteral("decision.tradeoff"));
        testsupport::script(w).savePath = ([&] { return path; });
        QVERIFY(w.document()->saveAs());
        QCOMPARE(store::load(path)->first().decision, w.session()->comparison().decision);

        // A name too long for the file is refused and the field shows the record.
        page->consultedEdit()->setText(QString(300, QLatin1Char('x')));
        QVERIFY(!page->commit());
        QVERIFY(page->consultedEdit()->text().isEmpty());

        // Every step undoes, back to the file as it was.
        while (w.session()->undoStack()->index() > undoBase)
            w.session()->undoStack()->undo();
        QCOMPARE(w.session()->comparisons(), original);
        QCOMPARE(page->statusBox()->currentText(), QStringLiteral("Proposed"));
        QVERIFY(page->decidersEdit()->text().isEmpty());
        QVERIFY(!page->decidedBox()->isChecked());

        // Read-only: nothing on the page edits.
        w.session()->setReadOnly(true);
        QVERIFY(!page->statusBox()->isEnabled());
        QVERIFY(page->decidersEdit()->isReadOnly());
        QVERIFY(!page->commit());
    }

    void theMatrixShowsEditsWhileTheListIsShared()
    {
        // Undo commands, the recovery writer and a language switch all hold
        // copies of the session's list; an edit then copies it on write, and
        // the matrix must read the new values, not the old storage.
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        QVERIFY(w.editing()->newComparison(true)); // the session's list now shared with the command
        const QVector<Comparison> shared = w.session()->comparisons();
        QVERIFY(w.session()->setScore(0, 0, 2.0));
        const QModelIndex cell = w.matrixModel()->index(0, ui::ScoreMatrixModel::optionColumn(0));
        QCOMPARE(w.matrixModel()->data(cell, ui::ScoreMatrixModel::RawValueRole).toDouble(), 2.0);
        QVERIFY(shared.last().value(0, 0) != std::optional<double>(2.0));
    }

    void readOnlySessionRefusesEdits()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const QVector<Comparison> original = w.session()->comparisons();
        w.session()->setReadOnly(true);
        QVERIFY(!w.session()->setScore(0, 0, 1.0));
        QVERIFY(!w.comparisonEditor()->addOption());
        QVERIFY(!w.editing()->newComparison(false));
        QVERIFY(!(w.comparisonEditor()
                      ->model(Editor::OptionsTab)
                      ->flags(w.comparisonEditor()->model(Editor::OptionsTab)->index(0, 0)) &
                  Qt::ItemIsEditable));
        QCOMPARE(w.session()->comparisons(), original);
        QVERIFY(!w.isWindowModified());
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"

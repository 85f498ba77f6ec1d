// The value-function editor and the swing-weighting dialog, driven by the
// keyboard and the mouse as a user would.
#include "testsupport.h"
#include "ui/charts/chartpanel.h"
#include "ui/editor/comparisoneditor.h"
#include "ui/editor/recordmodel.h"
#include "ui/editor/valuefunctiondialog.h"
#include "ui/mainwindow.h"
#include "ui/swingdialog.h"
#include "windowsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace core;
using Editor = ui::ComparisonEditor;

namespace {

// The message-queue matrix of tests/data, imported into a Tradeoff file.
QString importedExample(const QTemporaryDir &dir)
{
    const QString out = dir.filePath(QStringLiteral("queues.tradeoff"));
    const auto run = testsupport::tradeoff({QStringLiteral("import-csv"),
                                            QStringLiteral(TRADEOFF_TEST_DATA "/message-queues.csv"),
                                            QStringLiteral("-o"), out});
    return run.code == 0 ? out : QString();
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("TRADEOFF_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    widget.show();
    QTest::qWait(50);
    widget.grab().save(QDir(shots).filePath(name));
}

} // namespace

class TestValueGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void valueFunctionEditor()
    {
        QTemporaryDir dir;
        const QString file = importedExample(dir);
        QVERIFY(!file.isEmpty());
        ui::MainWindow w;
        testsupport::script(w);
        QVERIFY(w.document()->open(file));
        Editor *editor = w.comparisonEditor();
        ui::RecordModel *criteria = editor->model(Editor::CriteriaTab);
        // The list says which criteria have a function.
        const int column = criteria->columnCount() - 1;
        QCOMPARE(criteria->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Value function"));
        QCOMPARE(criteria->data(criteria->index(1, column), Qt::DisplayRole).toString(),
                 QStringLiteral("linear"));
        QVERIFY(criteria->data(criteria->index(0, column), Qt::DisplayRole)
                    .toString()
                    .startsWith(QStringLiteral("piecewise through (2, 1)")));

        // Throughput (linear): make it piecewise, from its options' range.
        QUndoStack *undo = w.session()->undoStack();
        const int steps = undo->count();
        editor->table(Editor::CriteriaTab)->setCurrentIndex(criteria->index(1, 0));
        ui::ValueFunctionDialog *dialog = editor->editValueFunction();
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->setShape(ValueShape::Piecewise));
        QCOMPARE(undo->count(), steps + 1);
        const auto function = [&] {
            return w.session()->comparison().criteria[1].valueFunction;
        };
        QCOMPARE(function(), (ValueFunction{ValueShape::Piecewise, {{60, 0}, {900, 1}}}));
        QCOMPARE(dialog->pointTable()->rowCount(), 2);

        // Keyboard: add a point after the first, then type its value.
        dialog->pointTable()->setCurrentCell(0, 0);
        QVERIFY(dialog->addPoint());
        QCOMPARE(function().points.size(), 3);
        QCOMPARE(function().points[1], (ValuePoint{480, 0.5}));
        QCOMPARE(undo->count(), steps + 2);
        QTableWidget *table = dialog->pointTable();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        table->setFocus();
        table->setCurrentCell(1, 1);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *edit = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(edit));
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("0.9"));
        QTest::keyClick(edit, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(function().points[1].y, 0.9);
        QCOMPARE(function().points[1].x, 480.0);
        QCOMPARE(undo->count(), steps + 3);

        // Bad points are refused with a message and change nothing.
        table->item(1, 1)->setText(QStringLiteral("1.5"));
        QCOMPARE(function().points[1].y, 0.9);
        QVERIFY2(dialog->problemLabel()->text().contains(QStringLiteral("from 0 to 1")),
                 qPrintable(dialog->problemLabel()->text()));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("0.9"));
        table->item(1, 0)->setText(QStringLiteral("1000"));
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("strictly increasing")));
        QCOMPARE(function().points[1].x, 480.0);
        QCOMPARE(undo->count(), steps + 3);

        // Mouse: drag the middle point down to about 0.2.
        ui::ValueFunctionChart *chart = dialog->chart();
        const QPoint from = chart->toWidget({480, 0.9});
        QCOMPARE(chart->pointAt(from), 1);
        const QPoint to = chart->toWidget({480, 0.2});
        QWidget *viewport = chart->childAt(from);
        QVERIFY(viewport);
        QTest::mousePress(viewport, Qt::LeftButton, {}, viewport->mapFrom(chart, from));
        QTest::mouseMove(viewport, viewport->mapFrom(chart, (from + to) / 2));
        QTest::mouseMove(viewport, viewport->mapFrom(chart, to));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewport->mapFrom(chart, to));
        QCOMPARE(undo->count(), steps + 4);
        QVERIFY2(std::abs(function().points[1].y - 0.2) <= 0.02,
                 qPrintable(QString::number(function().points[1].y)));
        QVERIFY(std::abs(function().points[1].x - 480) <= 20);
        QCOMPARE(w.session()->result().normalized[1][1], 0.0); // RabbitMQ, 60 k msg/s
        saveShot(*dialog, QStringLiteral("value-function.png"));

        // Step, then remove a point; each change is one step, undone in turn.
        QVERIFY(dialog->setShape(ValueShape::Step));
        QCOMPARE(function().shape, ValueShape::Step);
        table->setCurrentCell(2, 0);
        QVERIFY(dialog->removePoint());
        QCOMPARE(function().points.size(), 2);
        QCOMPARE(undo->count(), steps + 6);
        undo->undo();
        QCOMPARE(function().points.size(), 3);
        QCOMPARE(table->rowCount(), 3);
        undo->undo();
        QCOMPARE(function().shape, ValueShape::Piecewise);
        QCOMPARE(dialog->shapeBox()->currentText(), QStringLiteral("Piecewise linear"));
        // Back to linear: no points, the engine's own normalisation again.
        QVERIFY(dialog->setShape(ValueShape::Linear));
        QVERIFY(function().isLinear());
        QVERIFY(!dialog->pointTable()->isEnabled());
        dialog->close();
    }

    void swingWeightingByKeyboard()
    {
        QTemporaryDir dir;
        const QString file = importedExample(dir);
        QVERIFY(!file.isEmpty());
        ui::MainWindow w;
        auto &prompts = testsupport::script(w);
        QVERIFY(w.document()->open(file));
        const QVector<double> before = w.session()->weights();
        const int steps = w.session()->undoStack()->count();
        // What the dialog showed, checked once it is closed.
        QString first;
        QString why;
        QVector<int> ranked;
        bool firstFixed = false;
        int stepAfterRanking = -1;
        int stepAfterRating = -1;
        QStringList weightRows;
        QString fifteenHundred; // as the dialog's locale writes it
        prompts.dialog = [&](QDialog &d) {
            auto *dialog = qobject_cast<ui::SwingDialog *>(&d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                return int(QDialog::Rejected);
            // Step 1: the swings with units and values; order them by keys.
            QTableWidget *order = dialog->orderTable();
            first = order->item(0, 1)->text();
            why = order->item(0, 2)->text();
            order->setFocus();
            order->setCurrentCell(3, 1); // Licence
            QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
            QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
            order->setCurrentCell(2, 1); // Throughput
            QTest::keyClick(order, Qt::Key_Up, Qt::ControlModifier);
            ranked = dialog->order();
            saveShot(*dialog, QStringLiteral("swing-1.png"));
            QTest::keyClick(dialog, Qt::Key_Return);
            stepAfterRanking = dialog->step();
            if (stepAfterRanking != 1)
                return int(QDialog::Rejected);
            // Step 2: type the ratings; the first is 100 and cannot change.
            QTableWidget *ratings = dialog->ratingTable();
            firstFixed = !ratings->cellWidget(0, 3)->isEnabled();
            const int typed[] = {0, 60, 10, 30};
            for (int rank = 1; rank < 4; ++rank) {
                auto *spin = qobject_cast<QSpinBox *>(ratings->cellWidget(rank, 3));
                spin->setFocus();
                QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(spin, QString::number(typed[rank]));
            }
            saveShot(*dialog, QStringLiteral("swing-2.png"));
            QTest::keyClick(ratings->cellWidget(3, 3), Qt::Key_Return);
            stepAfterRating = dialog->step();
            if (stepAfterRating != 2)
                return int(QDialog::Rejected);
            // Step 3: why, then apply.
            QTableWidget *result = dialog->resultTable();
            fifteenHundred = QLocale().toString(1500.0, 'g', 6);
            for (int row = 0; row < result->rowCount(); ++row) {
                QStringList cells;
                for (int col = 0; col < result->columnCount(); ++col)
                    cells.append(result->item(row, col)->text());
                weightRows.append(cells.join(QLatin1String(" | ")));
            }
            saveShot(*dialog, QStringLiteral("swing-3.png"));
            QTest::keyClick(dialog, Qt::Key_Return);
            return dialog->result();
        };
        QVERIFY(w.editing()->swingWeighting());
        QCOMPARE(first, QStringLiteral("Latency p99"));
        // Latency, Throughput, Licence, Operations effort
        QCOMPARE(ranked, (QVector<int>{0, 1, 3, 2}));
        QCOMPARE(stepAfterRanking, 1);
        QVERIFY(firstFixed);
        QCOMPARE(stepAfterRating, 2);
        QCOMPARE(weightRows,
                 (QStringList{
                     QStringLiteral(
                         "Latency p99 | from 25 ms (value 0.575) to 3 ms (value 0.975) | 1 | 100 | 50.0%"),
                     QStringLiteral("Throughput | from 60 k msg/s to 900 k msg/s | 2 | 60 | 30.0%"),
                     QStringLiteral("Licence | from %1 EUR/month to 0 EUR/month | 3 | 10 | 5.0%")
                         .arg(fifteenHundred),
                     QStringLiteral(
                         "Operations effort | from 5 1-5 (value 0) to 2 1-5 (value 1) | 4 | 30 | 15.0%")}));
        QCOMPARE(why, QStringLiteral("from 25 ms (value 0.575) to 3 ms (value 0.975)"));
        QCOMPARE(w.session()->weights(), (QVector<double>{10, 6, 3, 1}));
        QTRY_COMPARE(w.session()->result().weights[0], 0.5);
        QCOMPARE(w.session()->undoStack()->count(), steps + 1);
        QCOMPARE(w.session()->undoStack()->undoText(), QStringLiteral("Swing weights"));
        QTRY_COMPARE(w.session()->result().order.first(), 2); // NATS
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->weights(), before);
        w.session()->undoStack()->redo();
        QCOMPARE(w.session()->weights(), (QVector<double>{10, 6, 3, 1}));
    }
};

QTEST_MAIN(TestValueGui)
#include "tst_valuegui.moc"

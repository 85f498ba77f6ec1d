#include "core/analysis.h"
#include "core/store.h"
#include "core/verdict.h"
#include "testsupport.h"
#include "ui/ahpdialog.h"
#include "ui/analysispanel.h"
#include "ui/charts/chartpanel.h"
#include "ui/codepanel.h"
#include "ui/codeview.h"
#include "ui/evidencepanel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/reportdialog.h"
#include "ui/scorematrixmodel.h"
#include "ui/settings.h"
#include "ui/sharelabel.h"
#include "ui/verdictpanel.h"
#include "ui/weightpanel.h"
#include "windowsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGraphicsRectItem>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

using namespace core;
using testsupport::openBundled;
using testsupport::showBundled;

// The widths of the bars a chart draws (visible, not empty), read from its
// scene: Qt Charts' bars are rectangle items under a bar chart item.
static QVector<double> drawnBarWidths(const ui::ChartPanel *panel)
{
    QVector<double> widths;
    const auto *view = panel->findChild<QGraphicsView *>();
    if (!view || !view->scene())
        return widths;
    for (QGraphicsItem *item : view->scene()->items()) {
        const auto *bar = dynamic_cast<QGraphicsRectItem *>(item);
        QGraphicsObject *owner = item->parentItem() ? item->parentItem()->toGraphicsObject() : nullptr;
        if (!bar || !owner ||
            !QLatin1String(owner->metaObject()->className()).contains(QLatin1String("BarChartItem")))
            continue;
        if (bar->isVisible() && bar->rect().width() > 0)
            widths.append(bar->rect().width());
    }
    return widths;
}

class TestGui final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static int criterion(const ui::MainWindow &w, const char *name)
    {
        return w.session()->comparison().criterionIndex(QString::fromUtf8(name));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sliderDragUpdatesVerdictAndCharts()
    {
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        const QString before = w.verdictPanel()->headline();
        QVERIFY(before.contains(QStringLiteral("ranks first")));
        const QVector<double> rankingBefore = w.rankingChart()->values();
        const QVector<double> contributionsBefore = w.contributionChart()->values();
        QCOMPARE(rankingBefore.size(), 2);

        // Drag Data & ML libraries up with the mouse held down: the verdict
        // must follow during the drag, not only on release.
        const int ml = criterion(w, "Data & ML libraries");
        QSlider *slider = w.weightPanel()->slider(ml);
        QVERIFY(slider);
        slider->setSliderDown(true);
        for (int v = slider->value(); v <= 100; v += 10) {
            slider->setSliderPosition(v);
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(w.verdictPanel()->headline().startsWith(QStringLiteral("Python ranks first")));
        QVERIFY(slider->isSliderDown());
        slider->setSliderDown(false);
        QCOMPARE(w.weightPanel()->spinBox(ml)->value(), 10.0);
        QVERIFY(w.rankingChart()->values() != rankingBefore);
        QVERIFY(w.contributionChart()->values() != contributionsBefore);
        QVERIFY(w.session()->result().perOption[1].rank == 1);
        // Shares are shown in percent.
        QVERIFY(w.weightPanel()->shareLabel(ml)->text().contains(QLatin1Char('%')));

        // Reset goes back to the profile.
        auto *reset = w.findChild<QPushButton *>(QStringLiteral("resetWeights"));
        QTest::mouseClick(reset, Qt::LeftButton);
        QTRY_COMPARE(w.verdictPanel()->headline(), before);
        QCOMPARE(w.weightPanel()->slider(ml)->value(), 10);
    }

    void barsAreDrawnAtTheirNewValues()
    {
        // A weight change moves every segment of the contribution chart; the
        // series is laid out once, after the last value: every bar drawn must
        // still be as long as its value (a bar left at an older value would
        // show as a width out of proportion).
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        const int criteria = w.session()->comparison().criterionCount();
        for (int step = 0; step < 6; ++step) {
            w.weightPanel()->slider((step * 5) % criteria)->setValue(step % 2 ? 90 : 5);
            w.session()->completeAnalysis();
            QCoreApplication::processEvents();
            for (ui::ChartPanel *panel : {w.contributionChart(), w.rankingChart()}) {
                QVector<double> values;
                for (double v : panel->values()) {
                    if (v > 1e-9)
                        values.append(v);
                }
                QVector<double> widths = drawnBarWidths(panel);
                QCOMPARE(widths.size(), values.size());
                std::sort(values.begin(), values.end());
                std::sort(widths.begin(), widths.end());
                const double pixelsPerUnit = widths.last() / values.last();
                for (qsizetype i = 0; i < values.size(); ++i)
                    QVERIFY2(std::abs(widths[i] - values[i] * pixelsPerUnit) < 0.75,
                             qPrintable(QStringLiteral("%1: bar %2 px for %3")
                                            .arg(panel->objectName())
                                            .arg(widths[i])
                                            .arg(values[i])));
            }
        }
    }

    void verdictPanelShowsTheVerdictAfterEveryChange()
    {
        // The panel replaces only the lines that changed: after each change
        // its text is the verdict's, line by line, the headline still bold.
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        ui::VerdictPanel *panel = w.verdictPanel();
        // Lines come and go too (list items added or removed in place): the
        // sliders move, one after another, until the count has changed both
        // ways a few times.
        const int criteria = w.session()->comparison().criterionCount();
        int grew = 0;
        int shrank = 0;
        for (int step = 0; step < 12 * criteria && (grew < 3 || shrank < 3); ++step) {
            QSlider *slider = w.weightPanel()->slider(step % criteria);
            const int v = (step / criteria) % 3 == 0 ? 0 : (step / criteria) % 3 == 1 ? 100 : 40;
            const qsizetype before = panel->details().size();
            slider->setValue(v);
            w.session()->completeAnalysis();
            QTRY_COMPARE(panel->headline(),
                         core::VerdictText::headline(w.session()->comparison(), w.session()->verdict(),
                                                     w.session()->result()));
            QStringList lines = panel->toPlainText().split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), panel->details().size() + 2);
            QCOMPARE(lines.takeFirst(), panel->headline());
            lines.removeLast(); // the method
            QCOMPARE(lines, panel->details());
            QCOMPARE(panel->details(),
                     core::VerdictText::details(w.session()->comparison(), w.session()->verdict(),
                                                w.session()->result()));
            QCOMPARE(panel->document()->firstBlock().begin().fragment().charFormat().fontWeight(),
                     int(QFont::Bold));
            // Every line is an item of the one list, the method line is not.
            const QTextList *list = panel->document()->findBlockByNumber(1).textList();
            QVERIFY(list);
            QCOMPARE(list->count(), panel->details().size());
            QVERIFY(!panel->document()->lastBlock().textList());
            grew += panel->details().size() > before;
            shrank += panel->details().size() < before;
        }
        QVERIFY(grew >= 3 && shrank >= 3);
    }

    void spinBoxAndProfileSelector()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.show();
        QComboBox *profiles = w.selectionBar()->profileBox();
        QVERIFY(profiles->count() >= 8);
        profiles->setCurrentIndex(profiles->findText(QStringLiteral("ML / AI / data")));
        QTRY_VERIFY(w.verdictPanel()->headline().startsWith(QStringLiteral("Python")));
        profiles->setCurrentIndex(profiles->findText(QStringLiteral("Real-time / high concurrency")));
        QTRY_VERIFY(w.verdictPanel()->headline().startsWith(QStringLiteral("Node.js")));
        // Typing a weight into a spin box moves the slider and the result.
        const int rt = criterion(w, "Real-time suitability");
        QDoubleSpinBox *spin = w.weightPanel()->spinBox(rt);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0"));
        QTest::keyClick(spin, Qt::Key_Enter);
        QTRY_COMPARE(w.session()->weights()[rt], 0.0);
        QCOMPARE(w.weightPanel()->slider(rt)->value(), 0);
        QTRY_COMPARE(w.session()->result().weights[rt], 0.0);
    }

    void shareCellsAreDrawnAsTheStyleDrawsThem()
    {
        // The weight column has a delegate of its own (it is repainted on
        // every weight change): its cells must look like every other cell
        // the style draws: same background and selection, the text at the
        // same place in the same colour, cut the same way when squeezed.
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        QTableView *view = w.matrixView();
        const int column = ui::ScoreMatrixModel::kShareColumn;
        QVERIFY(view->itemDelegateForColumn(column));
        const QModelIndex selected = w.matrixModel()->index(2, column);
        view->setFocus();
        view->setCurrentIndex(selected);
        QVERIFY(view->selectionModel()->isSelected(selected));
        QTRY_VERIFY(view->hasFocus()); // the focus frame is drawn too

        // The share column as drawn, cell by cell, by the given delegate.
        auto cells = [&](QAbstractItemDelegate *delegate) {
            view->setItemDelegateForColumn(column, delegate);
            const QImage shot = view->viewport()->grab().toImage();
            QList<QImage> out;
            for (int row = 0; row < 6; ++row)
                out.append(shot.copy(view->visualRect(w.matrixModel()->index(row, column))));
            return out;
        };
        // Where a cell's text is and what colour: the pixels unlike the
        // cell's own background (its corner).
        struct Ink
        {
            QRect box;
            int count = 0;
            QColor background;
            QColor mean;
        };
        auto ink = [](const QImage &cell) {
            Ink out;
            out.background = cell.pixelColor(2, 2);
            qint64 r = 0, g = 0, b = 0;
            for (int y = 2; y < cell.height() - 2; ++y) {
                for (int x = 2; x < cell.width() - 2; ++x) {
                    const QColor c = cell.pixelColor(x, y);
                    if (std::abs(c.red() - out.background.red()) +
                            std::abs(c.green() - out.background.green()) +
                            std::abs(c.blue() - out.background.blue()) <
                        120)
                        continue;
                    out.box |= QRect(x, y, 1, 1);
                    ++out.count;
                    r += c.red();
                    g += c.green();
                    b += c.blue();
                }
            }
            if (out.count > 0)
                out.mean = QColor(int(r / out.count), int(g / out.count), int(b / out.count));
            return out;
        };
        auto compare = [&](const char *what) {
            QAbstractItemDelegate *ours = view->itemDelegateForColumn(column);
            // Both drawn at the same, settled geometry (a font change
            // resizes the sections on the next layout).
            QCoreApplication::processEvents();
            view->viewport()->grab();
            const QList<QImage> drawn = cells(ours);
            QStyledItemDelegate standard;
            const QList<QImage> expected = cells(&standard);
            view->setItemDelegateForColumn(column, ours);
            for (qsizetype row = 0; row < drawn.size(); ++row) {
                const Ink a = ink(drawn[row]);
                const Ink e = ink(expected[row]);
                const QByteArray where = QByteArray(QByteArray(what) + " row " + QByteArray::number(row));
                QVERIFY2(e.count > 0, where.constData());
                QVERIFY2(a.background == e.background, where.constData());
                auto rect = [](const QRect &r) -> QByteArray {
                    return QByteArray::number(r.left()) + ',' + QByteArray::number(r.top()) + ' ' +
                           QByteArray::number(r.width()) + 'x' + QByteArray::number(r.height());
                };
                const QByteArray at = QByteArray(where + " text at " + rect(a.box) + " not " + rect(e.box));
                QVERIFY2(std::abs(a.box.left() - e.box.left()) <= 1 &&
                             std::abs(a.box.right() - e.box.right()) <= 1 &&
                             std::abs(a.box.top() - e.box.top()) <= 1 &&
                             std::abs(a.box.bottom() - e.box.bottom()) <= 1,
                         at.constData());
                QVERIFY2(std::abs(a.count - e.count) <= e.count / 5, where.constData());
                QVERIFY2(std::abs(a.mean.red() - e.mean.red()) + std::abs(a.mean.green() - e.mean.green()) +
                                 std::abs(a.mean.blue() - e.mean.blue()) <=
                             60,
                         where.constData());
            }
        };
        compare("1x");
        // Larger type (the cache of laid-out texts follows the font).
        QFont larger = view->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        view->setFont(larger);
        view->verticalHeader()->setDefaultSectionSize(QFontMetrics(larger).height() + 6);
        compare("1.5x");
        // A squeezed column cuts its text as any cell does.
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        view->setColumnWidth(column, QFontMetrics(larger).horizontalAdvance(QStringLiteral("5.9")));
        compare("squeezed");
    }

    void clickingAScoreShowsItsEvidence()
    {
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        // Python's concurrency: the articles disagree about threads.
        const int row = criterion(w, "Concurrency model");
        QTableView *view = w.matrixView();
        const QModelIndex index = w.matrixModel()->index(row, ui::ScoreMatrixModel::optionColumn(1));
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        const QString text = w.evidencePanel()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Python · Concurrency model")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Disputed:")));
        QVERIFY(text.contains(QStringLiteral("—"))); // a source line
        const Comparison &c = w.session()->comparison();
        const Cell &cell = c.cell(1, row);
        for (const Evidence &e : cell.evidence)
            QVERIFY(text.contains(c.sources[e.source].title));
        // TRADEOFF_SCREENSHOT_DIR=/tmp/shots keeps a picture of this state to look at.
        const QString shots = qEnvironmentVariable("TRADEOFF_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(w.grab().save(QDir(shots).filePath(QStringLiteral("evidence.png"))));
    }

    void badFileKeepsDocumentAndFile()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const QString bad = m_dir.filePath(QStringLiteral("bad.tradeoff"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database");
        }
        const QByteArray digest = testsupport::fileDigest(bad);
        QVERIFY(!w.document()->open(bad));
        QVERIFY(w.document()->lastError().contains(QStringLiteral("bad.tradeoff")));
        QVERIFY(w.document()->lastError().contains(QStringLiteral("not a Tradeoff file")));
        QCOMPARE(w.session()->comparison().name, QStringLiteral("Node.js vs Python (backend)"));
        QCOMPARE(testsupport::fileDigest(bad), digest);
        QVERIFY(!ui::DocumentController::recentFiles().contains(QFileInfo(bad).absoluteFilePath()));
    }

    void severalComparisonsRecentFilesAndDrop()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.tradeoff"));
        QVERIFY(store::save(path, {testsupport::small(), testsupport::generated(4, 30)}).ok());
        ui::MainWindow w;
        testsupport::script(w);
        w.show();
        // Drop the file on the window.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QCOMPARE(w.session()->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w.selectionBar()->comparisonBox()->count(), 2);
        QVERIFY(w.selectionBar()->comparisonBox()->isEnabled());
        QCOMPARE(w.verdictPanel()->headline().left(1), QStringLiteral("A"));
        w.selectionBar()->comparisonBox()->setCurrentIndex(1);
        QCOMPARE(w.session()->comparison().criterionCount(), 30);
        QVERIFY(w.weightPanel()->slider(29));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Generated 4 x 30")));
        QCOMPARE(ui::DocumentController::recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        // Reopen from Recent Files.
        ui::MainWindow other;
        testsupport::script(other);
        QMenu *recent = nullptr;
        for (QMenu *m : other.findChildren<QMenu *>()) {
            if (m->title().contains(QStringLiteral("Recent")))
                recent = m;
        }
        QVERIFY(recent);
        QVERIFY(!recent->actions().isEmpty());
        recent->actions().first()->trigger();
        QCOMPARE(other.session()->path(), QFileInfo(path).absoluteFilePath());
    }

    void analysisTabs()
    {
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1500, 950}));
        ui::AnalysisPanel *panel = w.analysisPanel();
        QVERIFY(!w.session()->analysisEnabled());

        // Sensitivity: the sweep and the tornado follow the weights live.
        panel->setCurrentIndex(ui::AnalysisPanel::SensitivityTab);
        QVERIFY(w.session()->analysisEnabled());
        panel->sweepCriterion()->setCurrentIndex(criterion(w, "Data & ML libraries"));
        QTRY_VERIFY(!panel->sweepChart()->values().isEmpty());
        const QVector<double> tornado = panel->tornadoChart()->values();
        QVERIFY(!tornado.isEmpty());
        w.weightPanel()->slider(criterion(w, "Full-stack JavaScript"))->setValue(60);
        QTRY_VERIFY(panel->tornadoChart()->values() != tornado);

        // Methods: a ranking per method of the one table, each named with
        // its variant, PROMETHEE II disagreeing on the bundled data.
        panel->setCurrentIndex(ui::AnalysisPanel::MethodsTab);
        QTRY_COMPARE(panel->methodsTable()->rowCount(), int(core::methods().size()));
        QCOMPARE(panel->methodsTable()->item(core::methodIndex(Method::Vikor), 0)->text(),
                 QStringLiteral("VIKOR · v = 0.50 · Min–max"));
        QVERIFY(panel->methodsTable()->item(0, 2)->text().startsWith(QStringLiteral("1. ")));

        // Acceptability: run in the background, the verdict reports it, and a
        // weight change marks it stale.
        panel->setCurrentIndex(ui::AnalysisPanel::AcceptabilityTab);
        QSignalSpy finished(w.session(), &ui::Session::acceptabilityFinished);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY(w.session()->acceptabilityCurrent());
        QCOMPARE(w.session()->acceptability().samples, 20000);
        QTRY_VERIFY(
            w.verdictPanel()->details().join(QLatin1Char(' ')).contains(QStringLiteral("random weightings")));
        QVERIFY(!panel->acceptabilityChart()->values().isEmpty());
        w.weightPanel()->slider(0)->setValue(70);
        QTRY_VERIFY(!w.session()->acceptabilityCurrent());
        QTRY_VERIFY(!w.verdictPanel()
                         ->details()
                         .join(QLatin1Char(' '))
                         .contains(QStringLiteral("random weightings")));

        // Leaving the analysis tabs stops the extra work.
        panel->setCurrentIndex(ui::AnalysisPanel::EvidenceTab);
        QVERIFY(!w.session()->analysisEnabled());
    }

    void engineSelectorsChangeTheResult()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.show();
        w.engineSelector()->methodBox()->setCurrentIndex(
            w.engineSelector()->methodBox()->findData(int(Method::Promethee2)));
        QTRY_COMPARE(w.session()->result().options.method, Method::Promethee2);
        QCOMPARE(w.session()->result().options.normalization, Normalization::None);
        QTRY_VERIFY(w.verdictPanel()->headline().startsWith(QStringLiteral("Python")));
        w.engineSelector()->normalizationBox()->setCurrentIndex(
            w.engineSelector()->normalizationBox()->findData(int(Normalization::MinMax)));
        QTRY_COMPARE(w.session()->result().options.normalization, Normalization::MinMax);

        // VIKOR brings its v, shown only while VIKOR is chosen; the verdict
        // panel names it.
        QVERIFY(w.engineSelector()->vikorVBox()->isHidden());
        w.engineSelector()->methodBox()->setCurrentIndex(
            w.engineSelector()->methodBox()->findData(int(Method::Vikor)));
        QTRY_COMPARE(w.session()->result().options.method, Method::Vikor);
        QVERIFY(!w.engineSelector()->vikorVBox()->isHidden());
        QTRY_VERIFY(w.verdictPanel()->toPlainText().contains(QStringLiteral("Method: VIKOR · v = 0.50")));
        w.engineSelector()->vikorVBox()->setValue(0.8);
        QTRY_COMPARE(w.session()->result().options.vikorV, 0.8);
        QVERIFY(w.session()->result().vikor);
        QTRY_VERIFY(w.verdictPanel()->toPlainText().contains(QStringLiteral("Method: VIKOR · v = 0.80")));
    }

    void ahpDialogSetsWeights()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        const int ml = criterion(w, "Data & ML libraries");
        const int js = criterion(w, "Full-stack JavaScript");
        QString consistency;
        testsupport::script(w).dialog = testsupport::accepting<ui::AhpDialog>([&](ui::AhpDialog &dialog) {
            // Balanced weights start as all 1s: perfectly consistent.
            const core::ahp::Analysis *analysis = dialog.analysis();
            QVERIFY(analysis);
            QVERIFY(analysis->consistencyRatio < 1e-9);
            // Typing into a cell sets the judgement and its mirror.
            QTableWidgetItem *cell = dialog.table()->item(std::min(ml, js), std::max(ml, js));
            cell->setText(ml < js ? QStringLiteral("9") : QStringLiteral("1/9"));
            QCOMPARE(dialog.table()->item(std::max(ml, js), std::min(ml, js))->text(),
                     ml < js ? QStringLiteral("1/9") : QStringLiteral("9"));
            // Garbage is refused and the cell restored.
            cell->setText(QStringLiteral("lots"));
            QCOMPARE(cell->text(), ml < js ? QStringLiteral("9") : QStringLiteral("1/9"));
            analysis = dialog.analysis();
            QVERIFY(analysis);
            QVERIFY(analysis->priorities[ml] > analysis->priorities[js]);
            QVERIFY(analysis->consistencyRatio > 0);
            consistency = dialog.consistencyText();
            const QString shots = qEnvironmentVariable("TRADEOFF_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                dialog.show();
                dialog.grab().save(QDir(shots).filePath(QStringLiteral("ahp.png")));
            }
        });
        w.editing()->weightsFromPairwiseComparisons();
        QVERIFY(consistency.contains(QStringLiteral("Consistency ratio")));
        QVERIFY(consistency.contains(QStringLiteral("random index")));
        const QVector<double> weights = w.session()->weights();
        QCOMPARE(*std::max_element(weights.cbegin(), weights.cend()), 10.0);
        QCOMPARE(weights[ml], 10.0);
        QVERIFY(weights[js] < weights[0]);
        QTRY_VERIFY(w.verdictPanel()->headline().startsWith(QStringLiteral("Python")));
    }

    void reportDialogAndChartImages()
    {
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        w.selectionBar()->profileBox()->setCurrentIndex(
            w.selectionBar()->profileBox()->findText(QStringLiteral("ML / AI / data")));
        QTRY_VERIFY(w.verdictPanel()->headline().startsWith(QStringLiteral("Python")));
        bool ran = false;
        testsupport::script(w).dialog =
            testsupport::accepting<ui::ReportDialog>([&](ui::ReportDialog &dialog) {
                ran = true;
                dialog.setFormat(report::Format::Markdown);
                QVERIFY(dialog.previewText().contains(QStringLiteral("Decision Outcome")));
                QVERIFY(dialog.previewText().contains(QStringLiteral("Chosen option: \"Python\"")));
                QString error;
                const QString md = m_dir.filePath(QStringLiteral("from-window.md"));
                QVERIFY2(dialog.saveTo(md, &error), qPrintable(error));
                QFile f(md);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(f.readAll().contains("Weights: ML / AI / data"));
                dialog.setFormat(report::Format::Pdf);
                if (const QString shots = qEnvironmentVariable("TRADEOFF_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    dialog.show();
                    QCoreApplication::processEvents();
                    dialog.grab().save(QDir(shots).filePath(QStringLiteral("report-dialog.png")));
                }
                const QString pdf = m_dir.filePath(QStringLiteral("from-window.pdf"));
                QVERIFY2(dialog.saveTo(pdf, &error), qPrintable(error));
                QVERIFY(QFileInfo(pdf).size() > 10000);
                QVERIFY(!dialog.saveTo(QStringLiteral("/proc/nope/r.pdf"), &error));
                QVERIFY(!error.isEmpty());
            });
        w.exportReport();
        QVERIFY(ran);

        // Save Chart As and Copy.
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("ranking.png"));
        const QString svg = m_dir.filePath(QStringLiteral("ranking.svg"));
        QVERIFY2(w.rankingChart()->saveImage(png, &error), qPrintable(error));
        QVERIFY2(w.rankingChart()->saveImage(svg, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(image.size(), w.rankingChart()->size() * 2);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));
        w.rankingChart()->copyToClipboard();
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());
    }

    void codeTabShowsExamplesSideBySide()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.show();
        w.analysisPanel()->setCurrentIndex(ui::AnalysisPanel::CodeTab);
        ui::CodePanel *code = w.analysisPanel()->codePanel();
        QCOMPARE(code->taskSelector()->count(), 4);
        QCOMPARE(code->views().size(), 2);
        code->taskSelector()->setCurrentIndex(
            code->taskSelector()->findText(QStringLiteral("A CPU-bound loop")));
        QVERIFY(code->views()[0]->toPlainText().contains(QStringLiteral("function isPrime")));
        QVERIFY(code->views()[1]->toPlainText().contains(QStringLiteral("def is_prime")));
        // Highlighted: the Python view colours 'def' as a keyword.
        const QTextBlock block = code->views()[1]->document()->findBlock(
            int(code->views()[1]->toPlainText().indexOf(QStringLiteral("def is_prime"))));
        bool keyword = false;
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            keyword = keyword || (r.start == 0 && r.length == 3 && r.format.fontWeight() == QFont::Bold);
        QVERIFY(keyword);
        code->copy(1);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("def is_prime")));
    }

    void languageSwitchRebuildsTheWindowAndKeepsTheWork()
    {
        ui::WindowHost host;
        testsupport::script(*host.window());
        QVERIFY(host.window()->document()->open(testsupport::bundledPath()));
        host.window()->show();
        const int ml = criterion(*host.window(), "Data & ML libraries");
        host.window()->weightPanel()->slider(ml)->setValue(90);
        host.window()->engineSelector()->methodBox()->setCurrentIndex(
            host.window()->engineSelector()->methodBox()->findData(int(Method::Topsis)));
        host.window()->session()->flush();
        const QVector<double> weights = host.window()->session()->weights();
        QSignalSpy replaced(&host, &ui::WindowHost::windowReplaced);

        host.switchLanguage(QStringLiteral("de"));
        QCOMPARE(replaced.size(), 1);
        ui::MainWindow *w = host.window();
        QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(w->session()->weights(), weights);
        QCOMPARE(w->session()->engineOptions().method, Method::Topsis);
        QCOMPARE(w->engineSelector()->methodBox()->currentData().toInt(), int(Method::Topsis));
        QTRY_VERIFY(w->verdictPanel()->headline().contains(QStringLiteral("auf Platz 1")));
        QVERIFY(w->isVisible());
        // Percentages follow the language too (decimal comma).
        QVERIFY(w->weightPanel()->shareLabel(0)->text().contains(QLatin1Char(',')));

        host.switchLanguage(QStringLiteral("en"));
        QCOMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QTRY_VERIFY(host.window()->verdictPanel()->headline().contains(QStringLiteral("ranks first")));
        ui::saveLanguage(QString());
    }

    void editSaveAndAskBeforeLosingWork()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit.tradeoff"));
        QVERIFY(store::save(path, {testsupport::small()}).ok());
        ui::MainWindow w;
        testsupport::script(w);
        QVERIFY(w.document()->open(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.isWindowModified());
        // Type a score into the matrix.
        QTableView *view = w.matrixView();
        const QModelIndex cell = w.matrixModel()->index(0, ui::ScoreMatrixModel::optionColumn(2));
        view->setCurrentIndex(cell);
        view->edit(cell);
        QWidget *editor = view->indexWidget(cell) ? view->indexWidget(cell) : QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("9"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(*w.session()->comparison().value(2, 0), 9.0);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.windowTitle().contains(QStringLiteral("[*]")));
        // Closing asks; Cancel keeps the window and the edit.
        int asked = 0;
        testsupport::script(w).answer = ([&](const QString &) {
            ++asked;
            return QMessageBox::Cancel;
        });
        QVERIFY(!w.close());
        QCOMPARE(asked, 1);
        QVERIFY(w.isVisible());
        // Opening another file asks too; Cancel keeps this document.
        QVERIFY(!w.document()->open(testsupport::bundledPath()));
        QCOMPARE(w.session()->comparison().name, QStringLiteral("Small"));
        // Save writes the file in place, atomically, and marks it clean.
        QVERIFY(w.document()->save());
        QVERIFY(!w.isWindowModified());
        auto reloaded = store::load(path);
        QVERIFY(reloaded.ok());
        QCOMPARE(*reloaded->first().value(2, 0), 9.0);
        // Undo makes it modified again; Save As writes elsewhere.
        w.session()->undoStack()->undo();
        QVERIFY(w.isWindowModified());
        const QString other = m_dir.filePath(QStringLiteral("other.tradeoff"));
        testsupport::script(w).savePath = ([&] { return other; });
        QVERIFY(w.document()->saveAs());
        QCOMPARE(w.session()->path(), other);
        QCOMPARE(*store::load(other)->first().value(2, 0), *testsupport::small().value(2, 0));
        // A CSV source is saved as a new Tradeoff file, not over the CSV.
        const QString csv = m_dir.filePath(QStringLiteral("m.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("option,A\nX,1\nY,2\n");
        }
        QVERIFY(w.document()->open(csv));
        const QByteArray before = testsupport::fileDigest(csv);
        w.session()->setScore(0, 0, 3.0);
        const QString fromCsv = m_dir.filePath(QStringLiteral("from-csv.tradeoff"));
        testsupport::script(w).savePath = ([&] { return fromCsv; });
        QVERIFY(w.document()->save());
        QCOMPARE(testsupport::fileDigest(csv), before);
        QCOMPARE(*store::load(fromCsv)->first().value(0, 0), 3.0);
    }

    void csvFileOpensInTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("m.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("option,Throughput,Memory use\n@weight,1,1\n@direction,benefit,cost\nX,8,6\nY,6,5\n");
        }
        ui::MainWindow w;
        testsupport::script(w);
        QVERIFY(w.document()->open(path));
        QCOMPARE(w.session()->comparison().optionCount(), 2);
        QVERIFY(!w.verdictPanel()->headline().isEmpty());
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"

#include "core/analysis.h"
#include "core/method.h"
#include "core/store.h"
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
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <algorithm>

using namespace core;
using testsupport::openBundled;
using testsupport::showBundled;

namespace {

// Every text a chart draws (axis labels, title, legend, row labels), and
// those that are elided or reach past the chart's edges.
QStringList chartTexts(QWidget *chart, QStringList *unreadable)
{
    QStringList texts;
    auto *view = chart->findChild<QGraphicsView *>();
    if (!view || !view->scene())
        return texts;
    const QRectF bounds = view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        QRectF box;
        if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)) {
            text = simple->text();
            box = simple->sceneBoundingRect();
        } else if (auto *rich = qgraphicsitem_cast<QGraphicsTextItem *>(item)) {
            text = rich->toPlainText();
            const qreal m = rich->document()->documentMargin();
            box = rich->sceneBoundingRect().adjusted(m, m, -m, -m);
        }
        if (text.isEmpty())
            continue;
        texts.append(text);
        if (text.contains(QChar(0x2026)) || text.contains(QLatin1String("...")) || !bounds.contains(box))
            unreadable->append(QStringLiteral("'%1' at %2,%3 %4x%5")
                                   .arg(text)
                                   .arg(box.x())
                                   .arg(box.y())
                                   .arg(box.width())
                                   .arg(box.height()));
    }
    return texts;
}

// The application font scaled by `factor` (as View > font size and
// --font-scale do) until the returned guard ends.
auto scaleApplicationFont(double factor)
{
    const QFont original = QApplication::font();
    QFont scaled = original;
    scaled.setPointSizeF(original.pointSizeF() * factor);
    QApplication::setFont(scaled);
    return qScopeGuard([original] { QApplication::setFont(original); });
}

} // namespace

// The window as a whole: one analysis per change, what it says at once,
// how it opens, what runs by itself.
class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneAnalysisPerChange()
    {
        // However many views show it, a change of weights costs one analysis;
        // several changes within one frame (a fast drag, a profile switch
        // touching every weight) coalesce into one.
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        w.analysisPanel()->setCurrentIndex(ui::AnalysisPanel::MethodsTab);
        QCoreApplication::processEvents();
        QSlider *slider = w.weightPanel()->slider(0);
        quint64 before = core::analysisCount();
        slider->setValue(slider->value() == 10 ? 9 : 10);
        QCoreApplication::processEvents();
        QCOMPARE(core::analysisCount() - before, quint64(1));
        before = core::analysisCount();
        for (int v = 0; v <= 10; ++v)
            slider->setValue(v);
        QCoreApplication::processEvents();
        QCOMPARE(core::analysisCount() - before, quint64(1));
        before = core::analysisCount();
        w.selectionBar()->profileBox()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QCOMPARE(core::analysisCount() - before, quint64(1));
        // Nothing changed, nothing computed.
        before = core::analysisCount();
        QTest::qWait(50);
        QCOMPARE(core::analysisCount(), before);
    }

    void theFirstStartFillsASmallScreen()
    {
        // No saved geometry: not the layout's small size hint, but the screen
        // (the offscreen platform's is 800 x 600, a small screen: maximised).
        ui::settings::setWindowGeometry({});
        ui::MainWindow w;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY(w.width() >= std::min(available.width() * 9 / 10, 1600));
        QVERIFY(w.height() >= std::min(available.height() * 9 / 10, 1000));
    }

    void hiddenTabsAreBuiltWhenFirstShown()
    {
        // Start-up builds the visible tab only; another is complete the first
        // time it is shown (a --tab screenshot shows it so) or asked for.
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        ui::AnalysisPanel *panel = w.analysisPanel();
        for (int tab = ui::AnalysisPanel::SensitivityTab; tab <= ui::AnalysisPanel::SnapshotsTab; ++tab)
            QVERIFY(!panel->isTabBuilt(ui::AnalysisPanel::Tab(tab)));
        panel->setCurrentIndex(ui::AnalysisPanel::SensitivityTab);
        QVERIFY(panel->isTabBuilt(ui::AnalysisPanel::SensitivityTab));
        QVERIFY(!panel->isTabBuilt(ui::AnalysisPanel::MethodsTab));
        w.session()->flush();
        QCoreApplication::processEvents();
        QVERIFY(!panel->tornadoChart()->values().isEmpty());
        QVERIFY(panel->tornadoChart()->isVisible());
        QCOMPARE(panel->sweepCriterion()->count(), w.session()->comparison().criterionCount());
        // A comparison change reaches a tab built later.
        w.session()->setComparisons({testsupport::generated(3, 4)}, QString());
        QVERIFY(!panel->isTabBuilt(ui::AnalysisPanel::CodeTab));
        QCOMPARE(panel->sweepCriterion()->count(), 4);
        panel->setCurrentIndex(ui::AnalysisPanel::MethodsTab);
        QTRY_COMPARE(panel->methodsTable()->rowCount(), int(core::methods().size()));
    }

    void sensitivityChartsReadOnASmallScreen_data()
    {
        QTest::addColumn<double>("fontScale");
        QTest::newRow("default font") << 1.0;
        QTest::newRow("1.5x font") << 1.5;
    }

    void sensitivityChartsReadOnASmallScreen()
    {
        // 1280 x 800 at first start: every axis label, row label, the title
        // and both legend entries of the tornado whole, inside the chart.
        QFETCH(double, fontScale);
        const auto restoreFont = scaleApplicationFont(fontScale);
        ui::MainWindow w;
        QVERIFY(showBundled(w, ui::settings::firstStartGeometry(QRect(0, 0, 1280, 800)).size()));
        ui::AnalysisPanel *panel = w.analysisPanel();
        panel->setCurrentIndex(ui::AnalysisPanel::SensitivityTab);
        QTRY_VERIFY(!panel->tornadoChart()->values().isEmpty());
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QStringList unreadable;
        const QStringList texts = chartTexts(panel->tornadoChart(), &unreadable);
        // With 1.5x type long criterion names may end in "…" (their tooltip
        // has them whole); nothing else may.
        if (fontScale > 1.0) {
            QStringList rows;
            for (const core::Criterion &k : w.session()->comparison().criteria)
                rows.append(k.name);
            unreadable.removeIf([&](const QString &problem) {
                const QString text = problem.section(QLatin1Char('\''), 1, 1);
                return text.endsWith(QChar(0x2026)) &&
                       std::any_of(rows.cbegin(), rows.cend(),
                                   [&](const QString &name) { return name.startsWith(text.chopped(1)); });
            });
        }
        QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QStringLiteral("; "))));
        // Title, the ticks, both legend entries and at least three rows.
        QVERIFY2(texts.size() >= 8, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("Winner stays first")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Current weight")));
        QVERIFY(texts.contains(QStringLiteral("0%")));
        QVERIFY(texts.contains(QStringLiteral("100%")));
    }

    void radarLabelsOnlyAroundAReadablePolygon()
    {
        // The spoke labels take a ring around the radar: shown only while
        // the polygon inside keeps three label lines of radius, and then
        // every label shown is whole inside the chart.  Small windows show the
        // polygon alone (the matrix names the criteria).
        for (const QSize size : {QSize(1000, 500), QSize(1280, 800), QSize(1600, 1000)}) {
            ui::MainWindow w;
            QVERIFY(showBundled(w, size));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            auto *view = w.radarChart()->findChild<QGraphicsView *>();
            QVERIFY(view && view->scene());
            const QRectF bounds =
                view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
            // The plot is the largest circle in the scene (the polar plot area).
            qreal radius = 0;
            QStringList spokes;
            QFont spokeFont;
            for (QGraphicsItem *item : view->scene()->items()) {
                if (auto *circle = qgraphicsitem_cast<QGraphicsEllipseItem *>(item))
                    radius = std::max(radius, circle->rect().width() / 2);
                auto *label = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                if (!label || !label->isVisible())
                    continue;
                // A spoke label: a criterion's name, whole or cut with "…"
                // (by the chart) or "..." (by Qt Charts; zero-width spaces keep the axis's categories apart).
                const QString text = label->toPlainText().remove(QChar(0x200B));
                const auto &criteria = w.session()->comparison().criteria;
                const bool spoke =
                    std::any_of(criteria.cbegin(), criteria.cend(), [&](const core::Criterion &k) {
                        return text == k.name ||
                               (text.endsWith(QChar(0x2026)) && k.name.startsWith(text.chopped(1))) ||
                               (text.endsWith(QLatin1String("...")) && k.name.startsWith(text.chopped(3)));
                    });
                if (!spoke)
                    continue;
                const qreal m = label->document()->documentMargin();
                QVERIFY2(bounds.contains(label->sceneBoundingRect().adjusted(m, m, -m, -m)),
                         qPrintable(text));
                spokes.append(text);
                spokeFont = label->font();
            }
            const QByteArray where =
                QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height()) + ": radius " +
                QByteArray::number(radius) + ", " + QByteArray::number(spokes.size()) + " spoke labels";
            const int line = QFontMetrics(spokes.isEmpty() ? QApplication::font() : spokeFont).height();
            // Qt Charts leaves out labels that would overlap their neighbours.
            QVERIFY2(spokes.isEmpty() || spokes.size() >= 8, where.constData());
            QVERIFY2(radius >= 3 * line - 2, where.constData());
            QVERIFY2(spokes.isEmpty() == (size.width() < 1280), where.constData());
        }
    }

    void contributionLegendIsCutOnceAndWhole_data() { sensitivityChartsReadOnASmallScreen_data(); }

    void contributionLegendIsCutOnceAndWhole()
    {
        // 1280 x 800 at first start: each legend entry of the contribution
        // chart is whole and inside the chart, its label either the full
        // name or the name cut with "…" by the chart itself.  Qt Charts' own
        // cut ("...", found by measuring the label as rich text again and
        // again) must not have been needed.
        QFETCH(double, fontScale);
        const auto restoreFont = scaleApplicationFont(fontScale);
        ui::MainWindow w;
        QVERIFY(showBundled(w, ui::settings::firstStartGeometry(QRect(0, 0, 1280, 800)).size()));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QStringList names;
        for (const core::Criterion &k : w.session()->comparison().criteria)
            names.append(k.name);
        auto *view = w.contributionChart()->findChild<QGraphicsView *>();
        QVERIFY(view && view->scene());
        const QRectF bounds =
            view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
        int legend = 0;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *label = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (!label || !label->isVisible())
                continue;
            const QString text = label->toPlainText();
            QVERIFY2(!text.endsWith(QLatin1String("...")), qPrintable(text));
            const bool whole = names.contains(text);
            const bool cut = text.endsWith(QChar(0x2026)) &&
                             std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
                                 return name.startsWith(text.chopped(1));
                             });
            if (!whole && !cut)
                continue;
            ++legend;
            const qreal m = label->document()->documentMargin();
            const QRectF box = label->sceneBoundingRect().adjusted(m, m, -m, -m);
            QVERIFY2(bounds.contains(box),
                     qPrintable(QStringLiteral("'%1' reaches past the chart (its bottom at %2 of %3)")
                                    .arg(text)
                                    .arg(box.bottom())
                                    .arg(bounds.bottom())));
        }
        QVERIFY2(legend >= 5, qPrintable(QString::number(legend)));
    }

    void theProfileSaysWhenTheWeightsDiffer()
    {
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        QComboBox *profiles = w.selectionBar()->profileBox();
        QLabel *description = w.selectionBar()->profileDescription();
        const QString name = w.session()->comparison().profiles[w.session()->profileIndex()].name;
        QCOMPARE(profiles->currentText(), name);
        const QString before = description->text();
        QSlider *slider = w.weightPanel()->slider(0);
        slider->setValue(slider->value() + 3);
        QCoreApplication::processEvents();
        QVERIFY2(profiles->currentText() != name && profiles->currentText().contains(name),
                 qPrintable(profiles->currentText()));
        QVERIFY(description->text().contains(name));
        QVERIFY(description->text() != before);
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("resetWeights")), Qt::LeftButton);
        QCoreApplication::processEvents();
        QCOMPARE(profiles->currentText(), name);
        QCOMPARE(description->text(), before);
        // Another profile: its own name again.
        profiles->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QCOMPARE(profiles->currentText(), w.session()->comparison().profiles[1].name);
        QCOMPARE(profiles->itemText(0), name);
    }

    void acceptabilityRunsByItself()
    {
        // No empty chart waiting for Run: a cheap Monte Carlo starts when the
        // tab is shown, and again once the weights settle after a change.
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        ui::AnalysisPanel *panel = w.analysisPanel();
        QVERIFY(!w.session()->acceptabilityCurrent());
        panel->setCurrentIndex(ui::AnalysisPanel::AcceptabilityTab);
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->acceptabilityCurrent(), 10000);
        QTRY_VERIFY(!panel->acceptabilityChart()->values().isEmpty());
        w.weightPanel()->slider(0)->setValue(w.weightPanel()->slider(0)->value() == 10 ? 9 : 10);
        QVERIFY(!w.session()->acceptabilityCurrent());
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->acceptabilityCurrent(), 10000);
        // Elsewhere nothing runs.
        panel->setCurrentIndex(ui::AnalysisPanel::EvidenceTab);
        w.weightPanel()->slider(0)->setValue(w.weightPanel()->slider(0)->value() == 10 ? 9 : 10);
        QTest::qWait(600);
        QVERIFY(!w.session()->acceptabilityRunning());
        QVERIFY(!w.session()->acceptabilityCurrent());
    }

    void refusedMatrixEditIsShownAtOnce()
    {
        ui::MainWindow w;
        QVERIFY(showBundled(w, {1400, 900}));
        auto &prompts = testsupport::script(w);
        // A score outside the criterion's scale, typed into the matrix.
        const core::Criterion &k = w.session()->comparison().criteria[0];
        QVERIFY(k.hasScale());
        const QString tooHigh = QString::number(*k.scaleMax + 89);
        const QModelIndex cell = w.matrixModel()->index(0, ui::ScoreMatrixModel::optionColumn(0));
        w.matrixView()->setFocus();
        w.matrixView()->setCurrentIndex(cell);
        w.matrixView()->edit(cell);
        auto *editor = w.matrixView()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, tooHigh);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
        // Said before anything else happens, in the status bar and to the user.
        QCOMPARE(prompts.warnings.size(), 1);
        QVERIFY2(prompts.warnings.first().contains(tooHigh), qPrintable(prompts.warnings.first()));
        QVERIFY(w.statusBar()->currentMessage().contains(tooHigh));
        QVERIFY(!w.session()->isModified());
        // Moving an unrelated weight later says nothing more.
        w.weightPanel()->slider(1)->setValue(w.weightPanel()->slider(1)->value() == 10 ? 9 : 10);
        QCoreApplication::processEvents();
        QCOMPARE(prompts.warnings.size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

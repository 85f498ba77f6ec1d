#include "core/store.h"
#include "core/verdict.h"
#include "core/workshop.h"
#include "testsupport.h"
#include "ui/analysispanel.h"
#include "ui/charts/chartpanel.h"
#include "ui/mainwindow.h"
#include "ui/palette.h"
#include "ui/presentationview.h"
#include "ui/snapshotpanel.h"
#include "ui/stakeholderpanel.h"
#include "ui/theme.h"
#include "ui/weightpanel.h"
#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace core;
using testsupport::openBundled;

// Workshop mode driven the way a facilitator drives it: keys only in the
// presentation, the stakeholder and snapshot tabs, and the themes.
class TestWorkshopGui final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString winner(const ui::MainWindow &w)
    {
        const Result &r = w.session()->result();
        return w.session()->comparison().options[r.order.first()].name;
    }
    static void shot(QWidget *widget, const char *name)
    {
        // TRADEOFF_SCREENSHOT_DIR=/tmp/shots keeps pictures of these states.
        const QString dir = qEnvironmentVariable("TRADEOFF_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void presentationIsDrivenByKeysOnly()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction *>(QStringLiteral("actionPresent"))->trigger();
        ui::PresentationView *view = w.presentationView();
        QVERIFY(view);
        QVERIFY(view->isFullScreen());
        QVERIFY(QTest::qWaitForWindowExposed(view));
        const Comparison &c = w.session()->comparison();
        QCOMPARE(winner(w), QStringLiteral("Node.js"));
        QCOMPARE(view->step(), 0.5);

        // S: a snapshot of the balanced weights.
        QTest::keyClick(view, Qt::Key_S);
        QCOMPARE(c.snapshots.size(), 1);
        QVERIFY(view->lastMessage().contains(c.snapshots[0].name));

        // Down to Data & ML libraries, then raise its weight step by step
        // until the verdict moves to Python.
        const int ml = c.criterionIndex(QStringLiteral("Data & ML libraries"));
        for (int k = 0; k < ml; ++k)
            QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentCriterion(), ml);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(w.session()->weights()[ml], 1.5);
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(w.session()->weights()[ml], 0.5);
        for (int k = 0; k < 5; ++k)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(w.session()->weights()[ml], 3.0);
        w.session()->flush();
        QCOMPARE(winner(w), QStringLiteral("Python"));
        QVERIFY(VerdictText::headline(c, w.session()->verdict(), w.session()->result())
                    .startsWith(QStringLiteral("Python")));
        // Weights stop at the ends of the scale.
        for (int k = 0; k < 30; ++k)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(w.session()->weights()[ml], view->maximumWeight());
        // A clicker's Page Up moves to the criterion above.
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(view->currentCriterion(), ml - 1);
        QTest::keyClick(view, Qt::Key_S);
        QCOMPARE(c.snapshots.size(), 2);
        shot(view, "presentation.png");

        // The two snapshots compared: Data & ML moved most, the verdict flipped.
        ui::SnapshotPanel *snapshots = w.analysisPanel()->snapshotPanel();
        snapshots->compare(0, 1);
        const workshop::SnapshotDiff d = snapshots->diff();
        QVERIFY(d.winnerChanged);
        QCOMPARE(d.winnersBefore, QStringList{QStringLiteral("Node.js")});
        QCOMPARE(d.winnersAfter, QStringList{QStringLiteral("Python")});
        QVERIFY(snapshots->comparisonView()->toPlainText().contains(QStringLiteral("flipped")));
        const auto moved =
            std::max_element(d.weights.cbegin(), d.weights.cend(), [](const auto &a, const auto &b) {
                return std::abs(a.change()) < std::abs(b.change());
            });
        QCOMPARE(moved->criterion, QStringLiteral("Data & ML libraries"));

        // Number keys switch profiles, R resets to the profile.
        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE(w.session()->profileIndex(), 2);
        QCOMPARE(w.session()->weights(), c.profiles[2].weights);
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(w.session()->weights() != c.profiles[2].weights);
        QTest::keyClick(view, Qt::Key_R);
        QCOMPARE(w.session()->weights(), c.profiles[2].weights);
        QTest::keyClick(view, Qt::Key_9); // no ninth profile... there are twelve
        QCOMPARE(w.session()->profileIndex(), 8);

        // Snapshots are edits: undo removes the last one.
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->comparison().snapshots.size(), 1);

        // Esc leaves.
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!w.presentationView());
        QVERIFY(w.isVisible());
    }

    void closingTheWindowWhilePresenting()
    {
        // The window goes (quit while presenting) with a result the
        // presentation had kept it from showing: nothing may touch the
        // window's parts after they are gone.
        auto *w = new ui::MainWindow;
        QVERIFY(openBundled(*w));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->present();
        QPointer<ui::PresentationView> view = w->presentationView();
        QVERIFY(view);
        // Covering the window, which then leaves its views for later.
        view->showNormal();
        view->setGeometry(w->frameGeometry().adjusted(-20, -20, 20, 20));
        QTest::keyClick(view, Qt::Key_Right);
        w->session()->flush();
        delete w;
        QVERIFY(!view);
    }

    void aKeyRepaintsWhatAFullPaintWould()
    {
        // A key repaints only what changed (the rows whose weight or share
        // moved, the headline, the ranking): what is on screen afterwards
        // must be what a full paint draws.
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.present();
        ui::PresentationView *view = w.presentationView();
        QVERIFY(view && QTest::qWaitForWindowExposed(view));
        auto onScreen = [view] {
            QCoreApplication::processEvents();
            return view->screen()->grabWindow(view->winId()).toImage();
        };
        onScreen();
        const int keys[] = {Qt::Key_Right, Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Right,
                            Qt::Key_Right, Qt::Key_Right, Qt::Key_Down, Qt::Key_Down, Qt::Key_Left};
        int partial = 0;
        for (int key : keys) {
            QTest::keyClick(view, Qt::Key(key));
            w.session()->flush();
            const QImage afterKey = onScreen();
            view->repaint();
            const QImage full = onScreen();
            QCOMPARE(afterKey.size(), full.size());
            QVERIFY2(afterKey == full, qPrintable(QStringLiteral("after key %1").arg(key)));
            partial += key == Qt::Key_Left || key == Qt::Key_Right;
        }
        QVERIFY(partial > 0);
        view->close();
    }

    void presentationFollowsTheScreen()
    {
        // Type grows with the screen: the same view at 720p and at 4K.
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        ui::PresentationView view(w.session());
        QImage small(QSize(1280, 720), QImage::Format_ARGB32);
        QImage large(QSize(3840, 2160), QImage::Format_ARGB32);
        view.resize(small.size());
        view.render(&small);
        view.resize(large.size());
        view.render(&large);
        // The headline's first row of ink sits lower on the larger screen in
        // proportion: compare where text first appears below the header.
        auto firstInk = [](const QImage &img) {
            const QRgb bg = img.pixel(img.width() - 2, img.height() / 2);
            for (int y = 0; y < img.height(); ++y) {
                for (int x = 0; x < img.width() / 3; ++x) {
                    if (img.pixel(x, y) != bg)
                        return y;
                }
            }
            return -1;
        };
        const int a = firstInk(small);
        const int b = firstInk(large);
        QVERIFY(a > 0 && b > 0);
        QVERIFY2(b > a * 2, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    }

    void stakeholdersAndConsensus()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.resize(1400, 900);
        w.show();
        w.analysisPanel()->setCurrentIndex(ui::AnalysisPanel::StakeholdersTab);
        ui::StakeholderPanel *panel = w.analysisPanel()->stakeholderPanel();
        const Comparison &c = w.session()->comparison();
        // The bundled file's example stakeholders take part by default.
        const QVector<int> included = panel->included();
        QCOMPARE(included.size(), 4);
        for (int i : included)
            QCOMPARE(c.profiles[i].kind, ProfileKind::Stakeholder);
        QCOMPARE(panel->winners().size(), 4);
        QVector<QVector<double>> weights;
        for (int i : included)
            weights.append(c.profiles[i].weights);
        QCOMPARE(panel->consensus().weights,
                 workshop::consensus(weights, workshop::Mean::Arithmetic).weights);
        QCOMPARE(panel->chart()->spread().size(), c.criterionCount());
        shot(&w, "stakeholders.png");

        panel->setMean(workshop::Mean::Geometric);
        QCOMPARE(panel->consensus().weights, workshop::consensus(weights, workshop::Mean::Geometric).weights);
        panel->setIncluded(included.first(), false);
        QCOMPARE(panel->included().size(), 3);
        panel->setIncluded(included.first(), true);

        // Another method: each stakeholder's winner is computed again.
        EngineOptions promethee;
        promethee.method = Method::Promethee2;
        promethee.normalization = defaultNormalization(Method::Promethee2);
        w.session()->setEngineOptions(promethee);
        w.session()->flush();
        QStringList expected;
        for (int i : panel->included()) {
            // A tie lists every winner, by name.
            QStringList names;
            for (int o : evaluate(c, c.profiles[i].weights, promethee).winners())
                names.append(c.options[o].name);
            names.sort();
            expected.append(names.join(QStringLiteral(" = ")));
        }
        QCOMPARE(panel->winners(), expected);

        // Use the consensus: the weights take its proportions, within the
        // sliders' scale.
        QVERIFY(panel->useConsensus());
        const QVector<double> shares = workshop::shares(w.session()->weights());
        for (int j = 0; j < shares.size(); ++j)
            QVERIFY(std::abs(shares[j] - panel->consensus().weights[j]) < 1e-9);
        QVERIFY(*std::max_element(w.session()->weights().cbegin(), w.session()->weights().cend()) <=
                ui::WeightPanel::scaleMaximum(c));

        // Save it as a profile (undoable).
        const int profiles = int(c.profiles.size());
        QVERIFY(panel->saveConsensus());
        QCOMPARE(w.session()->comparison().profiles.size(), profiles + 1);
        QCOMPARE(w.session()->profileIndex(), profiles);
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->comparison().profiles.size(), profiles);
    }

    void profileFilesBetweenLaptops()
    {
        // A participant exports their weights...
        const QString file = m_dir.filePath(QStringLiteral("alice.tradeoff-profile"));
        {
            ui::MainWindow participant;
            QVERIFY(openBundled(participant));
            participant.session()->selectProfile(2);
            participant.session()->setWeight(0, 7.0);
            QString error;
            QVERIFY(participant.analysisPanel()->stakeholderPanel()->exportWeights(
                file, QStringLiteral("Alice (SRE)"), &error));
        }
        // ... and the facilitator imports it with a foreign file.
        const QString foreign = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("just some notes\n");
        }
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        ui::StakeholderPanel *panel = w.analysisPanel()->stakeholderPanel();
        const int before = int(w.session()->comparison().profiles.size());
        QStringList problems;
        QCOMPARE(panel->importProfiles({file, foreign}, &problems), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("notes.txt: ")));
        const Profile &alice = w.session()->comparison().profiles.last();
        QCOMPARE(w.session()->comparison().profiles.size(), before + 1);
        QCOMPARE(alice.name, QStringLiteral("Alice (SRE)"));
        QCOMPARE(alice.kind, ProfileKind::Stakeholder);
        QCOMPARE(alice.weights[0], 7.0);
        QVERIFY(panel->included().contains(before));
        // Only bad files: nothing changes, nothing to undo.
        const int undo = w.session()->undoStack()->count();
        problems.clear();
        QCOMPARE(panel->importProfiles({foreign, m_dir.path()}, &problems), 0);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(w.session()->undoStack()->count(), undo);
        // Unwritable destination: a message, no file.
        QString error;
        QVERIFY(!panel->exportWeights(QStringLiteral("/nonexistent-dir/x.tradeoff-profile"),
                                      QStringLiteral("x"), &error));
        QVERIFY(!error.isEmpty());
    }

    void themesRecolourTheWindowButNotTheOptions()
    {
        ui::MainWindow w;
        QVERIFY(openBundled(w));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QColor nodeLight = ui::optionColor(w.session()->comparison(), 0);
        for (ui::Theme theme : {ui::Theme::Dark, ui::Theme::HighContrast}) {
            ui::applyTheme(theme);
            QCoreApplication::processEvents();
            QVERIFY(w.palette().color(QPalette::Window).lightness() < 80);
            // The charts follow: their background is dark too.
            const QImage chart = w.rankingChart()->image();
            QVERIFY(QColor(chart.pixel(4, 4)).lightness() < 80);
            QCOMPARE(ui::optionColor(w.session()->comparison(), 0), nodeLight);
            shot(&w, theme == ui::Theme::Dark ? "theme-dark.png" : "theme-high-contrast.png");
        }
        ui::applyTheme(ui::Theme::Light);
        QCoreApplication::processEvents();
        QVERIFY(w.palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(QColor(w.rankingChart()->image().pixel(4, 4)).lightness() > 180);
        ui::applyTheme(ui::Theme::System);
        QCOMPARE(ui::themeFromKey(QStringLiteral("high-contrast")), std::optional(ui::Theme::HighContrast));
        QVERIFY(!ui::themeFromKey(QStringLiteral("neon")));
    }
};

QTEST_MAIN(TestWorkshopGui)
#include "tst_workshopgui.moc"

#include "ui/mainwindow.h"

// The menu bar's File, Edit, View and Language menus: what they hold and
// what their entries do.

#include "core/repository.h"
#include "ui/analysispanel.h"
#include "ui/autosave.h"
#include "ui/charts/chartpanel.h"
#include "ui/documentcontroller.h"
#include "ui/editactions.h"
#include "ui/editor/comparisoneditor.h"
#include "ui/engineselector.h"
#include "ui/evidencepanel.h"
#include "ui/language.h"
#include "ui/liveworkshopcontroller.h"
#include "ui/presentationview.h"
#include "ui/prompts.h"
#include "ui/readonlybar.h"
#include "ui/reportdialog.h"
#include "ui/scorematrixmodel.h"
#include "ui/scorematrixview.h"
#include "ui/selectionbar.h"
#include "ui/settings.h"
#include "ui/startuptrace.h"
#include "ui/theme.h"
#include "ui/verdictpanel.h"
#include "ui/weightpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>
#include <algorithm>

namespace ui {

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), m_document, &DocumentController::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *bundled =
        file->addAction(tr("Open &Bundled Comparison"), m_document, &DocumentController::openBundled);
    bundled->setToolTip(tr("Node.js vs Python (backend), shipped with Tradeoff"));
    QAction *repository = file->addAction(tr("Open &Team Repository…"), m_document,
                                          &DocumentController::openRepositoryWithDialog);
    repository->setObjectName(QStringLiteral("actionOpenRepository"));
    QAction *browse =
        file->addAction(tr("Bro&wse Team Repository…"), m_document, &DocumentController::browseRepository);
    browse->setObjectName(QStringLiteral("actionBrowseRepository"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), m_document, &DocumentController::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("actionSave"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), m_document, &DocumentController::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *exportReport = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    exportReport->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportReport->setObjectName(QStringLiteral("actionExportReport"));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printReport);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = DocumentController::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
                                                 core::repo::isUrl(path) ? path : QFileInfo(path).fileName()),
                                             this, [this, path] { m_document->open(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_document, &DocumentController::clearRecentFiles);
    }
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto *history = new QDockWidget(tr("Undo History"), this);
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setWidget(new QUndoView(m_session->undoStack(), history));
    history->hide();
    addDockWidget(Qt::RightDockWidgetArea, history);
    edit->addAction(history->toggleViewAction());
}

void MainWindow::buildViewMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *presentAction = view->addAction(tr("&Present"), this, &MainWindow::present);
    presentAction->setObjectName(QStringLiteral("actionPresent"));
    presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    presentAction->setToolTip(tr("Full screen, large type, driven from the keyboard"));
    view->addMenu(createThemeMenu(view));
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *ahp = tools->addAction(tr("&Weights from Pairwise Comparisons (AHP)…"), m_editing,
                                    &EditActions::weightsFromPairwiseComparisons);
    ahp->setObjectName(QStringLiteral("actionAhp"));
    QAction *swing = tools->addAction(tr("S&wing Weighting…"), m_editing, &EditActions::swingWeighting);
    swing->setObjectName(QStringLiteral("actionSwing"));
    tools->addSeparator();
    QAction *startLive = tools->addAction(tr("&Start Live Workshop"), this, [this] {
        const QString code = m_live->start();
        if (!code.isEmpty())
            m_document->prompts()->inform(this, tr("Live Workshop"),
                                          tr("Participants open this repository and join with the code %1 "
                                             "(Tools > Join Live Workshop). Their weights appear in the "
                                             "Stakeholders tab as they move them.")
                                              .arg(code));
    });
    startLive->setObjectName(QStringLiteral("actionStartLiveWorkshop"));
    QAction *joinLive = tools->addAction(tr("&Join Live Workshop…"), this, [this] { m_live->join(); });
    joinLive->setObjectName(QStringLiteral("actionJoinLiveWorkshop"));
    QAction *leaveLive = tools->addAction(tr("&Leave Live Workshop"), m_live, &LiveWorkshopController::leave);
    leaveLive->setEnabled(false);
    connect(m_live, &LiveWorkshopController::activeChanged, leaveLive, &QAction::setEnabled);
    connect(m_live, &LiveWorkshopController::status, statusBar(), &QStatusBar::showMessage);
    connect(m_live, &LiveWorkshopController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        m_document->prompts()->warn(this, tr("Live Workshop"), message);
    });
    QMenu *language = createLanguageMenu(this);
    menuBar()->addMenu(language);
    connect(language, &QMenu::triggered, this, [this](QAction *chosen) {
        saveLanguage(chosen->data().toString());
        Q_EMIT languageRequested(chosen->data().toString());
    });
}

} // namespace ui

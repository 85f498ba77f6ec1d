#include "ui/mainwindow.h"

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
    , m_document(new DocumentController(m_session, this, this))
    , m_editing(new EditActions(m_session, this, this))
    , m_live(new LiveWorkshopController(m_session, m_document, this, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    buildLayout();
    startupMark("window layout");
    buildFileMenu();
    buildEditMenu();
    buildComparisonMenu();
    buildViewMenus();
    startupMark("window menus");
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tradeoff"), this, [this] {
        QMessageBox::about(
            this, tr("About Tradeoff"),
            tr("<h3>Tradeoff %1</h3><p>Weigh technology options against criteria, see the ranking "
               "and verdict change live, and keep every score tied to its sources.</p>")
                .arg(QStringLiteral(TRADEOFF_VERSION)));
    });

    connect(m_session, &Session::comparisonChanged, this, &MainWindow::onComparisonChanged);
    connect(m_session, &Session::resultChanged, this, &MainWindow::onResultChanged);
    connect(m_session, &Session::weightsChanged, this,
            [this] { m_weights->setWeights(m_session->weights()); });
    connect(m_session, &Session::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_session, &Session::readOnlyChanged, this, &MainWindow::updateEditability);
    connect(m_session, &Session::editRefused, this, &MainWindow::showError);
    connect(m_weights, &WeightPanel::weightEdited, m_session, &Session::setWeight);
    connect(m_weights, &WeightPanel::weightsEdited, m_session, &Session::setWeights);
    connect(m_engine, &EngineSelector::optionsEdited, m_session, &Session::setEngineOptions);
    connect(m_document, &DocumentController::locationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DocumentController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_document, &DocumentController::status, this, &MainWindow::showStatus);
    connect(m_document, &DocumentController::failed, this, &MainWindow::showError);
    connect(m_editing, &EditActions::status, this, &MainWindow::showStatus);
    connect(m_editing, &EditActions::failed, this, &MainWindow::showError);
    connect(m_editing, &EditActions::nameWanted, this, [this] {
        m_editorDock->show();
        comparisonEditor()->startNaming();
    });
    setPrompts(std::make_shared<DialogPrompts>());
    if (!restoreGeometry(settings::windowGeometry()) && QGuiApplication::primaryScreen())
        setGeometry(settings::firstStartGeometry(QGuiApplication::primaryScreen()->availableGeometry()));
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A presentation still open (the window closed or the application quit
    // while presenting) goes first: QWidget's destructor would delete it
    // after this window's members, and its end asks them to catch up.
    if (m_presentation) {
        m_presentation->disconnect(this);
        delete m_presentation.data();
    }
    // The matrix reads the session through this window; QWidget's own
    // destructor still lays out (and asks) the views after this body.
    m_matrixView->setModel(nullptr);
    m_matrix->setSource(nullptr);
    // Before the session, which is torn down with the other children.
    delete m_document;
}

void MainWindow::setPrompts(std::shared_ptr<Prompts> prompts)
{
    m_prompts = prompts;
    m_document->setPrompts(prompts);
    m_editing->setPrompts(std::move(prompts));
}

namespace {
QSplitter *splitter(Qt::Orientation orientation, const QList<QWidget *> &widgets, const QList<int> &stretch,
                    const QList<int> &sizes)
{
    auto *s = new QSplitter(orientation);
    for (int i = 0; i < widgets.size(); ++i) {
        s->addWidget(widgets[i]);
        s->setStretchFactor(i, stretch.value(i));
    }
    if (!sizes.isEmpty())
        s->setSizes(sizes);
    return s;
}
} // namespace

QWidget *MainWindow::buildSelectors()
{
    auto bar = [this](const QString &title, const QString &name, QWidget *content) {
        QToolBar *toolbar = addToolBar(title);
        toolbar->setObjectName(name);
        toolbar->setMovable(false);
        toolbar->addWidget(content);
    };
    m_selection = new SelectionBar(m_session);
    bar(tr("Selection"), QStringLiteral("selectionToolbar"), m_selection);
    // The engine settings get a toolbar of their own: with long translations
    // or large fonts one row cannot hold everything.
    addToolBarBreak();
    m_engine = new EngineSelector;
    bar(tr("Method"), QStringLiteral("methodToolbar"), m_engine);

    m_weights = new WeightPanel;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_weights);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(300);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_selection->profileDescription());
    leftLayout->addWidget(scroll, 1);
    return left;
}

QWidget *MainWindow::buildMatrix()
{
    m_matrix = new ScoreMatrixModel(this);
    m_matrix->setSource([this] { return &m_session->comparison(); });
    m_matrix->setEditHandler(
        [this](int option, int criterion, std::optional<double> value, std::optional<double> low,
               std::optional<double> high) { m_session->setScore(option, criterion, value, low, high); });
    connect(m_matrix, &ScoreMatrixModel::editRefused, this, &MainWindow::showError);
    connect(m_session, &Session::cellChanged, this, [this](int option, int criterion) {
        m_matrix->cellChanged(option, criterion);
        const QModelIndex current = m_matrixView->currentIndex();
        if (current.isValid() && current.row() == criterion &&
            ScoreMatrixModel::optionForColumn(current.column()) == option)
            showCell(current);
    });
    m_matrixView = new ScoreMatrixView;
    m_matrixView->setModel(m_matrix);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCell(current); });
    connect(m_matrixView, &QTableView::clicked, this, &MainWindow::showCell);
    return m_matrixView;
}

void MainWindow::buildLayout()
{
    QWidget *left = buildSelectors();
    m_verdict = new VerdictPanel;
    m_ranking = createRankingChart(nullptr);
    m_contribution = createContributionChart(nullptr);
    m_radar = createRadarChart(nullptr);
    QSplitter *charts = splitter(Qt::Horizontal, {m_ranking, m_contribution, m_radar}, {2, 3, 2}, {});

    m_evidence = new EvidencePanel;
    connect(m_evidence, &EvidencePanel::editRequested, this, [this] { editCurrentCell(); });
    m_analysis = new AnalysisPanel(m_session, m_evidence);
    QSplitter *bottom = splitter(Qt::Horizontal, {buildMatrix(), m_analysis}, {2, 3}, {420, 700});

    QSplitter *right = splitter(Qt::Vertical, {m_verdict, charts, bottom}, {0, 3, 3}, {170, 300, 500});
    right->setChildrenCollapsible(false);

    QSplitter *main = splitter(Qt::Horizontal, {left, right}, {0, 1}, {360, 1200});
    main->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplit = main;
    m_rightSplit = right;
    m_bottomSplit = bottom;
    m_left = left;

    m_readOnlyBar = new ReadOnlyBar;
    connect(m_readOnlyBar, &ReadOnlyBar::editAnywayClicked, this, [this] { m_session->setReadOnly(false); });
    m_readOnlyBar->hide();

    auto *central = new QWidget;
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_readOnlyBar);
    column->addWidget(main, 1);
    setCentralWidget(central);
    statusBar()->setSizeGripEnabled(true);
}

PresentationView *MainWindow::presentationView() const
{
    return m_presentation.data();
}

void MainWindow::present()
{
    if (m_presentation) {
        m_presentation->activateWindow();
        return;
    }
    m_presentation = new PresentationView(m_session, this);
    m_presentation->setWindowFlag(Qt::Window);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presentation, &PresentationView::leaveRequested, m_presentation, &QWidget::close);
    connect(m_presentation, &QObject::destroyed, this, [this] {
        if (m_resultPending)
            onResultChanged();
    });
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
}

void MainWindow::buildComparisonMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Comparison"));
    m_editorDock = new QDockWidget(tr("Edit Comparison"), this);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_editorDock);
    connect(m_editorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            comparisonEditor();
    });

    QAction *editor = m_editorDock->toggleViewAction();
    editor->setText(tr("&Edit Comparison…"));
    editor->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    editor->setObjectName(QStringLiteral("actionEditComparison"));
    menu->addAction(editor);
    QAction *cell = menu->addAction(tr("Edit &Rationale and Evidence…"), this, [this] { editCurrentCell(); });
    cell->setObjectName(QStringLiteral("actionEditCell"));
    menu->addSeparator();
    QAction *add = menu->addAction(tr("&New Comparison"), this, [this] { m_editing->newComparison(false); });
    add->setObjectName(QStringLiteral("actionNewComparison"));
    add->setShortcut(QKeySequence::New);
    QAction *duplicate =
        menu->addAction(tr("&Duplicate Comparison"), this, [this] { m_editing->newComparison(true); });
    duplicate->setObjectName(QStringLiteral("actionDuplicateComparison"));
    QAction *remove = menu->addAction(tr("De&lete Comparison"), m_editing, &EditActions::deleteComparison);
    remove->setObjectName(QStringLiteral("actionDeleteComparison"));
    m_editActions = {cell, add, duplicate, remove};

    m_matrixView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_matrixView->addAction(cell);
    m_matrixView->addAction(editor);
    connect(m_analysis, &AnalysisPanel::exampleEditRequested, m_editing, &EditActions::editExample);
    // Speaking at a level of the criteria tree: the contribution chart's
    // stacks become the groups at that level, and the verdict names the
    // groups there that drive the lead.
    connect(m_analysis, &AnalysisPanel::treeLevelChanged, this, [this](int level) {
        m_contribution->setTreeLevel(level);
        m_contribution->setComparison(m_session->comparison());
        m_contribution->setResult(m_session->result());
        m_verdict->setTreeLevel(level);
        m_verdict->setVerdict(m_session->comparison(), m_session->verdict(), m_session->result());
    });
    connect(m_analysis, &AnalysisPanel::stakeholderMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 8000);
        m_prompts->inform(this, tr("Stakeholders"), text);
    });
}

ComparisonEditor *MainWindow::comparisonEditor()
{
    if (!m_editor) {
        m_editor = new ComparisonEditor(m_session, m_editorDock);
        m_editorDock->setWidget(m_editor);
        connect(m_editor, &ComparisonEditor::message, this, &MainWindow::showError);
    }
    return m_editor;
}

bool MainWindow::editCurrentCell()
{
    const QModelIndex index = m_matrixView->currentIndex();
    if (!index.isValid() || index.column() == ScoreMatrixModel::kShareColumn || m_session->isEmpty()) {
        showStatus(tr("Select a score in the matrix first."), 6000);
        return false;
    }
    return m_editing->editCell(ScoreMatrixModel::optionForColumn(index.column()), index.row());
}

void MainWindow::updateEditability()
{
    const bool readOnly = m_session->isReadOnly();
    m_matrix->setReadOnly(readOnly);
    const bool editable = !readOnly && !m_session->isEmpty();
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(editable);
    const QModelIndex current = m_matrixView->currentIndex();
    if (current.isValid())
        showCell(current); // the edit link comes and goes
    if (readOnly)
        m_readOnlyBar->setFileName(m_document->displayName());
    m_readOnlyBar->setVisible(readOnly);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    m_prompts->warn(this, tr("Tradeoff"), message);
}

void MainWindow::showStatus(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
}

void MainWindow::updateTitle()
{
    const QString name = m_session->isEmpty() ? QString() : m_session->comparison().name;
    // "[*]" shows an asterisk while there are unsaved changes.
    if (name.isEmpty())
        setWindowTitle(tr("Tradeoff"));
    else if (m_document->isBundled())
        setWindowTitle(tr("%1[*] — Tradeoff").arg(name));
    else
        setWindowTitle(tr("%1 (%2)[*] — Tradeoff").arg(name, m_document->displayName()));
    setWindowModified(m_session->isModified());
}

void MainWindow::onComparisonChanged()
{
    const core::Comparison &c = m_session->comparison();
    const QModelIndex current = m_matrixView->currentIndex();
    m_weights->setComparison(c);
    m_matrix->reload();
    m_matrixView->fitColumns(c.optionCount());
    for (ChartPanel *chart : {m_ranking, m_contribution, m_radar})
        chart->setComparison(c);
    m_analysis->onComparisonChanged();
    // An edit keeps the cell the user was on (and its evidence) in view.
    const QModelIndex again =
        current.isValid() ? m_matrix->index(current.row(), current.column()) : QModelIndex();
    if (again.isValid()) {
        m_matrixView->setCurrentIndex(again);
        showCell(again);
    } else {
        m_evidence->showHint();
    }
    updateEditability();
    updateTitle();
}

bool MainWindow::coveredByPresentation() const
{
    // One read of the guarded pointer (each read may find it gone).
    const PresentationView *view = m_presentation.data();
    return view && view->isVisible() && view->screen() == screen() &&
           view->frameGeometry().contains(frameGeometry());
}

bool MainWindow::event(QEvent *event)
{
    // Back in front (the presentation left or was moved aside): catch up.
    if (m_resultPending && (event->type() == QEvent::WindowActivate || event->type() == QEvent::Expose) &&
        !coveredByPresentation())
        onResultChanged();
    return QMainWindow::event(event);
}

void MainWindow::onResultChanged()
{
    m_resultPending = coveredByPresentation();
    if (m_resultPending)
        return;
    const core::Result &r = m_session->result();
    m_weights->setShares(r.weights);
    m_matrix->setResult(r);
    for (ChartPanel *chart : {m_ranking, m_contribution, m_radar})
        chart->setResult(r);
    m_verdict->setVerdict(m_session->comparison(), m_session->verdict(), r);
    m_analysis->onResultChanged();
}

void MainWindow::exportReport()
{
    if (m_session->isEmpty())
        return;
    ReportDialog dialog(windowReport(*m_session, *m_document), this);
    m_prompts->exec(dialog);
}

void MainWindow::printReport()
{
    if (!m_session->isEmpty())
        printPreview(windowReport(*m_session, *m_document), this, *m_prompts);
}

void MainWindow::showCell(const QModelIndex &index)
{
    if (!index.isValid() || index.column() == ScoreMatrixModel::kShareColumn)
        return;
    m_evidence->showCell(m_session->comparison(), ScoreMatrixModel::optionForColumn(index.column()),
                         index.row(), !m_session->isReadOnly());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        m_document->open(urls.first().toLocalFile());
    }
}

void MainWindow::setVisible(bool visible)
{
    if (visible && !m_arranged) {
        m_arranged = true;
        arrange();
    }
    QMainWindow::setVisible(visible);
}

void MainWindow::arrange()
{
    const int line = fontMetrics().lineSpacing();
    const int total = width();
    const int left = std::clamp(total * 26 / 100, m_left->minimumSizeHint().width(),
                                std::max(m_left->minimumSizeHint().width(), 420));
    m_mainSplit->setSizes({left, total - left});
    // The verdict's headline and points (about eleven lines) where the
    // height allows, then the charts and the matrix with the analysis tabs.
    int height = this->height() - menuBar()->sizeHint().height() - statusBar()->sizeHint().height();
    for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        height -= bar->sizeHint().height();
    const int verdict = std::max(m_verdict->minimumHeight(), std::min(line * 11 + 16, height * 28 / 100));
    const int charts = (height - verdict) * 2 / 5;
    m_rightSplit->setSizes({verdict, charts, height - verdict - charts});
    // Up to four option columns whole; the tabs take the rest.
    const int width = total - left;
    const int options = m_session->isEmpty() ? 2 : std::min(m_session->comparison().optionCount(), 4);
    const int matrix = std::min(m_matrixView->wantedWidth(options), width / 2);
    m_bottomSplit->setSizes({matrix, width - matrix});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    settings::setWindowGeometry(saveGeometry());
    // Saved or deliberately discarded: no recovery copy to offer next time.
    m_document->discardRecovery();
    QMainWindow::closeEvent(event);
}

} // namespace ui

#include "ui/mainwindow.h"

#include "core/bundled.h"
#include "core/editing.h"
#include "core/loader.h"
#include "core/store.h"
#include "ui/ahpdialog.h"
#include "ui/analysispanel.h"
#include "ui/autosave.h"
#include "ui/charts/chartpanel.h"
#include "ui/codepanel.h"
#include "ui/editor/celldialog.h"
#include "ui/editor/comparisoneditor.h"
#include "ui/editor/exampledialog.h"
#include "ui/evidencepanel.h"
#include "ui/language.h"
#include "ui/presentationview.h"
#include "ui/reportdialog.h"
#include "ui/scorematrixmodel.h"
#include "ui/stakeholderpanel.h"
#include "ui/theme.h"
#include "ui/verdictpanel.h"
#include "ui/weightpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    buildLayout();
    buildActions();
    connect(m_session, &Session::comparisonChanged, this, &MainWindow::onComparisonChanged);
    connect(m_session, &Session::resultChanged, this, &MainWindow::onResultChanged);
    connect(m_session, &Session::weightsChanged, this, &MainWindow::onWeightsChanged);
    connect(m_session, &Session::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_weights, &WeightPanel::weightEdited, m_session, &Session::setWeight);
    m_matrix->setEditHandler([this](int option, int criterion, std::optional<double> value) {
        m_session->setScore(option, criterion, value);
    });
    connect(m_session, &Session::cellChanged, this, [this](int option, int criterion) {
        m_matrix->cellChanged(option, criterion);
        const QModelIndex current = m_matrixView->currentIndex();
        if (current.isValid() && current.row() == criterion &&
            ScoreMatrixModel::optionForColumn(current.column()) == option)
            showCell(current);
    });
    connect(m_session, &Session::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_matrix, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_matrix->lastError().isEmpty())
            statusBar()->showMessage(m_matrix->lastError(), 6000);
    });
    m_autosave = new Autosave(m_session, Autosave::defaultDirectory(), this);
    m_watcher = new QFileSystemWatcher(this);
    m_watchTimer = new QTimer(this);
    m_watchTimer->setSingleShot(true);
    m_watchTimer->setInterval(300); // writers touch a file several times
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_watchTimer, qOverload<>(&QTimer::start));
    // The folder too: a file deleted and later written again is noticed.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_watchTimer, qOverload<>(&QTimer::start));
    connect(m_watchTimer, &QTimer::timeout, this, &MainWindow::checkFileOnDisk);
    connect(m_session, &Session::readOnlyChanged, this, &MainWindow::updateEditability);
    connect(m_session, &Session::editRefused, this, &MainWindow::showError);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    updateTitle();
}

namespace {
// A file without its owner's write permission is treated as read-only even
// for users (root) who could write it anyway, as editors do.
bool writable(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

// What identifies a version of a file without reading it.
QString diskStamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}
} // namespace

void MainWindow::watchFile()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    const QString path = m_session->path();
    m_diskStamp = path.isEmpty() ? QString() : diskStamp(path);
    if (!m_diskStamp.isEmpty()) {
        m_watcher->addPath(path);
        m_watcher->addPath(QFileInfo(path).absolutePath());
    }
}

void MainWindow::checkFileOnDisk()
{
    const QString path = m_session->path();
    if (path.isEmpty() || m_askingAboutDisk)
        return;
    // Not while a dialog is editing part of the document: ask once it closes.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(1000, this, &MainWindow::checkFileOnDisk);
        return;
    }
    // A file replaced by renaming (as editors and Tradeoff save) drops out of
    // the watch list: watch the new one.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    const QString stamp = diskStamp(path);
    if (stamp == m_diskStamp)
        return;
    m_diskStamp = stamp;
    const QString name = QFileInfo(path).fileName();
    if (stamp.isEmpty()) {
        // Deleted or moved away: the work stays, Save writes it again.
        m_session->markModified();
        showError(tr("%1 was deleted or moved by another program. Your version stays open; Save writes it "
                     "again.")
                      .arg(name));
        return;
    }
    if (!m_interactive && !m_questionHook)
        return;
    const QString question =
        m_session->isModified()
            ? tr("%1 was changed by another program. Reload it and lose your unsaved "
                 "changes, or keep your version?")
                  .arg(name)
            : tr("%1 was changed by another program. Reload it, or keep the version shown?").arg(name);
    m_askingAboutDisk = true;
    const QMessageBox::StandardButton answer =
        m_questionHook ? m_questionHook(question)
                       : QMessageBox::question(this, tr("File Changed on Disk"), question,
                                               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    m_askingAboutDisk = false;
    if (answer == QMessageBox::Yes) {
        auto loaded = core::loadComparisons(path);
        if (!loaded || loaded->isEmpty()) {
            m_session->markModified();
            showError(tr("%1 cannot be reloaded: %2. Your version stays open.")
                          .arg(name, loaded ? tr("it holds no comparison") : loaded.error()));
            return;
        }
        const int comparison = m_session->comparisonIndex();
        m_session->setComparisons(*loaded, path);
        if (comparison < loaded->size())
            m_session->selectComparison(comparison);
        m_session->setReadOnly(!writable(path) && core::store::looksLikeSqlite(path));
        statusBar()->showMessage(tr("Reloaded %1").arg(name), 6000);
    } else {
        // The version shown now differs from the file: closing asks first.
        m_session->markModified();
    }
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
        m_readOnlyLabel->setText(
            tr("%1 is read-only: you can explore it and change weights, but not edit it.")
                .arg(QFileInfo(m_session->path()).fileName()));
    m_readOnlyBar->setVisible(readOnly);
}

bool MainWindow::offerRecovery()
{
    for (const Autosave::Recovery &r : Autosave::pending(Autosave::defaultDirectory())) {
        const QString file =
            r.original.isEmpty() ? tr("a new document") : QDir::toNativeSeparators(r.original);
        const QString question =
            tr("Tradeoff closed without saving changes to %1 (%2, %3). Restore them?")
                .arg(file, r.name, QLocale().toString(r.saved.toLocalTime(), QLocale::ShortFormat));
        const QMessageBox::StandardButton answer =
            m_questionHook
                ? m_questionHook(question)
                : QMessageBox::question(this, tr("Recover Unsaved Changes"), question,
                                        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel,
                                        QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            Autosave::remove(r);
            continue;
        }
        if (answer != QMessageBox::Yes)
            continue; // asked again next time
        auto recovered = Autosave::load(r);
        if (!recovered || recovered->isEmpty()) {
            showError(tr("The recovery copy cannot be read: %1")
                          .arg(recovered ? tr("it holds no comparison") : recovered.error()));
            continue;
        }
        // Open the file the work belongs to, then put the work on top of it
        // as one edit: Save writes it there, Undo shows the file's version.
        if (!r.original.isEmpty() && QFileInfo::exists(r.original)) {
            if (!openFile(r.original))
                m_session->setComparisons({}, r.original);
        } else {
            m_session->setComparisons({}, r.original);
            m_bundled = false;
        }
        m_session->setReadOnly(false);
        m_session->replaceDocument(*recovered, tr("Restore unsaved changes"));
        m_session->markModified();
        Autosave::remove(r);
        updateTitle();
        statusBar()->showMessage(tr("Restored unsaved changes to %1").arg(file), 8000);
        return true;
    }
    return false;
}

MainWindow::~MainWindow()
{
    // The matrix reads the session through this window; QWidget's own
    // destructor still lays out (and asks) the views after this body.
    m_matrixView->setModel(nullptr);
    m_matrix->setSource(nullptr);
    // Before the session: tearing down its undo stack reads as "no unsaved
    // changes" and would remove the recovery copy.  Only closing the window
    // (after asking) discards it.
    delete m_autosave;
}

void MainWindow::buildLayout()
{
    QToolBar *toolbar = addToolBar(tr("Selection"));
    toolbar->setObjectName(QStringLiteral("selectionToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Comparison:") + QLatin1Char(' '), toolbar));
    m_comparisonBox = new QComboBox(toolbar);
    m_comparisonBox->setObjectName(QStringLiteral("comparisonSelector"));
    m_comparisonBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comparisonBox->setMinimumContentsLength(16);
    toolbar->addWidget(m_comparisonBox);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Profile:") + QLatin1Char(' '), toolbar));
    m_profileBox = new QComboBox(toolbar);
    m_profileBox->setObjectName(QStringLiteral("profileSelector"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileBox->setMinimumContentsLength(14);
    toolbar->addWidget(m_profileBox);
    auto *reset = new QPushButton(tr("Reset weights"), toolbar);
    reset->setObjectName(QStringLiteral("resetWeights"));
    reset->setToolTip(tr("Set every weight back to the selected profile's"));
    toolbar->addWidget(reset);
    // The engine settings get a toolbar of their own: with long translations
    // or large fonts one row cannot hold everything.
    addToolBarBreak();
    toolbar = addToolBar(tr("Method"));
    toolbar->setObjectName(QStringLiteral("methodToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Method:") + QLatin1Char(' '), toolbar));
    m_methodBox = new QComboBox(toolbar);
    m_methodBox->setObjectName(QStringLiteral("methodSelector"));
    m_methodBox->addItem(tr("Weighted sum"), int(core::Method::WeightedSum));
    m_methodBox->addItem(tr("Weighted product"), int(core::Method::WeightedProduct));
    m_methodBox->addItem(tr("TOPSIS"), int(core::Method::Topsis));
    m_methodBox->addItem(tr("PROMETHEE II"), int(core::Method::Promethee2));
    toolbar->addWidget(m_methodBox);
    toolbar->addWidget(new QLabel(QLatin1Char(' ') + tr("Normalisation:") + QLatin1Char(' '), toolbar));
    m_normalizationBox = new QComboBox(toolbar);
    m_normalizationBox->setObjectName(QStringLiteral("normalizationSelector"));
    m_normalizationBox->addItem(tr("Rating scale"), int(core::Normalization::Scale));
    m_normalizationBox->addItem(tr("Min–max"), int(core::Normalization::MinMax));
    m_normalizationBox->addItem(tr("Vector"), int(core::Normalization::Vector));
    m_normalizationBox->addItem(tr("Sum"), int(core::Normalization::Sum));
    m_normalizationBox->addItem(tr("Max"), int(core::Normalization::Max));
    m_normalizationBox->addItem(tr("None (raw values)"), int(core::Normalization::None));
    toolbar->addWidget(m_normalizationBox);
    toolbar->addWidget(new QLabel(QLatin1Char(' ') + tr("Missing scores:") + QLatin1Char(' '), toolbar));
    m_missingBox = new QComboBox(toolbar);
    m_missingBox->setObjectName(QStringLiteral("missingSelector"));
    m_missingBox->addItem(tr("Worst value"), int(core::MissingPolicy::Worst));
    m_missingBox->addItem(tr("Mean of the others"), int(core::MissingPolicy::Mean));
    m_missingBox->addItem(tr("Leave out"), int(core::MissingPolicy::Exclude));
    toolbar->addWidget(m_missingBox);

    connect(m_comparisonBox, &QComboBox::currentIndexChanged, m_session, &Session::selectComparison);
    connect(m_profileBox, &QComboBox::currentIndexChanged, m_session, &Session::selectProfile);
    connect(reset, &QPushButton::clicked, m_session, &Session::resetToProfile);
    connect(m_methodBox, &QComboBox::currentIndexChanged, this, &MainWindow::onMethodChanged);
    connect(m_normalizationBox, &QComboBox::currentIndexChanged, this, &MainWindow::onEngineOptionsEdited);
    connect(m_missingBox, &QComboBox::currentIndexChanged, this, &MainWindow::onEngineOptionsEdited);

    m_weights = new WeightPanel;
    m_weightScroll = new QScrollArea;
    m_weightScroll->setWidget(m_weights);
    m_weightScroll->setWidgetResizable(true);
    m_weightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_weightScroll->setMinimumWidth(300);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_profileDescription = new QLabel(left);
    m_profileDescription->setObjectName(QStringLiteral("profileDescription"));
    m_profileDescription->setWordWrap(true);
    m_profileDescription->setTextFormat(Qt::PlainText);
    m_profileDescription->setContentsMargins(6, 4, 6, 4);
    leftLayout->addWidget(m_profileDescription);
    leftLayout->addWidget(m_weightScroll, 1);

    m_verdict = new VerdictPanel;
    m_ranking = createRankingChart(nullptr);
    m_contribution = createContributionChart(nullptr);
    m_radar = createRadarChart(nullptr);
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_ranking);
    charts->addWidget(m_contribution);
    charts->addWidget(m_radar);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    charts->setStretchFactor(2, 2);

    m_matrix = new ScoreMatrixModel(this);
    m_matrix->setSource([this] { return &m_session->comparison(); });
    m_matrixView = new QTableView;
    m_matrixView->setObjectName(QStringLiteral("scoreMatrix"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Fixed row heights: ResizeToContents would measure every cell again on
    // each weight change (tens of milliseconds for 200 criteria).
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 6);
    m_matrixView->setWordWrap(false);
    // The analysis tabs beside it must not squeeze the matrix away.
    m_matrixView->setMinimumWidth(m_matrixView->fontMetrics().averageCharWidth() * 30);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCell(current); });
    connect(m_matrixView, &QTableView::clicked, this, &MainWindow::showCell);
    m_evidence = new EvidencePanel;
    connect(m_evidence, &EvidencePanel::editRequested, this, [this] { editCurrentCell(); });

    m_analysis = new AnalysisPanel(m_session, m_evidence);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_matrixView);
    bottom->addWidget(m_analysis);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({420, 700});

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_verdict);
    right->addWidget(charts);
    right->addWidget(bottom);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 3);
    right->setSizes({170, 300, 500});
    right->setChildrenCollapsible(false);

    auto *main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({360, 1200});
    m_readOnlyBar = new QFrame;
    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyBar"));
    m_readOnlyBar->setAutoFillBackground(true);
    QPalette warn = m_readOnlyBar->palette();
    warn.setColor(QPalette::Window, warn.color(QPalette::ToolTipBase));
    warn.setColor(QPalette::WindowText, warn.color(QPalette::ToolTipText));
    m_readOnlyBar->setPalette(warn);
    auto *bar = new QHBoxLayout(m_readOnlyBar);
    m_readOnlyLabel = new QLabel;
    m_readOnlyLabel->setWordWrap(true);
    bar->addWidget(m_readOnlyLabel, 1);
    auto *editCopy = new QPushButton(tr("Edit Anyway"));
    editCopy->setObjectName(QStringLiteral("editAnyway"));
    editCopy->setToolTip(tr("Edit in this window; Save will ask for a new file name"));
    connect(editCopy, &QPushButton::clicked, this, [this] { m_session->setReadOnly(false); });
    bar->addWidget(editCopy);
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

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *bundled = file->addAction(tr("Open &Bundled Comparison"), this, [this] { openBundled(); });
    bundled->setToolTip(tr("Node.js vs Python (backend), shipped with Tradeoff"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { this->save(); });
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("actionSave"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { this->saveAs(); });
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

    buildComparisonMenu();
    buildViewMenu();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *ahp =
        tools->addAction(tr("&Weights from Pairwise Comparisons (AHP)…"), this, &MainWindow::openAhp);
    ahp->setObjectName(QStringLiteral("actionAhp"));

    // Each language in its own name: the menu must be usable by someone who
    // cannot read the current one.
    QMenu *language = menuBar()->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(language);
    const QString current = savedLanguage();
    for (const Language &l : languages()) {
        QAction *a = language->addAction(l.code.isEmpty() ? tr("System Default") : l.native);
        a->setCheckable(true);
        a->setChecked(l.code == current);
        a->setData(l.code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.code] {
            saveLanguage(code);
            Q_EMIT languageRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tradeoff"), this, [this] {
        QMessageBox::about(
            this, tr("About Tradeoff"),
            tr("<h3>Tradeoff %1</h3><p>Weigh technology options against criteria, see the ranking "
               "and verdict change live, and keep every score tied to its sources.</p>")
                .arg(QStringLiteral(TRADEOFF_VERSION)));
    });
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *presentAction = view->addAction(tr("&Present"), this, &MainWindow::present);
    presentAction->setObjectName(QStringLiteral("actionPresent"));
    presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    presentAction->setToolTip(tr("Full screen, large type, driven from the keyboard"));
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast}) {
        QAction *a = themes->addAction(themeName(theme));
        a->setCheckable(true);
        a->setChecked(theme == currentTheme());
        a->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }
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
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
}

void MainWindow::buildComparisonMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Comparison"));
    m_editorDock = new QDockWidget(tr("Edit Comparison"), this);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editor = new ComparisonEditor(m_session, m_editorDock);
    m_editorDock->setWidget(m_editor);
    m_editorDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_editorDock);
    connect(m_editor, &ComparisonEditor::message, this, &MainWindow::showError);

    QAction *editor = m_editorDock->toggleViewAction();
    editor->setText(tr("&Edit Comparison…"));
    editor->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    editor->setObjectName(QStringLiteral("actionEditComparison"));
    menu->addAction(editor);
    QAction *cell = menu->addAction(tr("Edit &Rationale and Evidence…"), this, [this] { editCurrentCell(); });
    cell->setObjectName(QStringLiteral("actionEditCell"));
    menu->addSeparator();
    QAction *add = menu->addAction(tr("&New Comparison"), this, [this] { newComparison(false); });
    add->setObjectName(QStringLiteral("actionNewComparison"));
    add->setShortcut(QKeySequence::New);
    QAction *duplicate = menu->addAction(tr("&Duplicate Comparison"), this, [this] { newComparison(true); });
    duplicate->setObjectName(QStringLiteral("actionDuplicateComparison"));
    QAction *remove = menu->addAction(tr("De&lete Comparison"), this, [this] { deleteComparison(); });
    remove->setObjectName(QStringLiteral("actionDeleteComparison"));
    m_editActions = {cell, add, duplicate, remove};

    m_matrixView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_matrixView->addAction(cell);
    m_matrixView->addAction(editor);
    connect(m_analysis->codePanel(), &CodePanel::editRequested, this, &MainWindow::editExample);
    connect(m_analysis->stakeholderPanel(), &StakeholderPanel::message, this, [this](const QString &text) {
        statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 8000);
        if (m_interactive)
            QMessageBox::information(this, tr("Stakeholders"), text);
    });
}

bool MainWindow::newComparison(bool fromCurrent)
{
    if (m_session->isReadOnly())
        return false;
    QStringList taken;
    for (const core::Comparison &c : m_session->comparisons())
        taken.append(c.name);
    core::Comparison c;
    if (fromCurrent && !m_session->isEmpty()) {
        c = m_session->comparison();
        c.name = core::edit::uniqueName(taken, tr("%1 (copy)").arg(c.name).left(core::store::kMaxNameLength));
    } else {
        c = core::edit::blank(core::edit::uniqueName(taken, tr("New comparison")));
    }
    const QString text = fromCurrent ? tr("Duplicate the comparison %1").arg(m_session->comparison().name)
                                     : tr("New comparison %1").arg(c.name);
    if (!m_session->insertComparison(-1, c, text))
        return false;
    // The new comparison is named first: the editor opens on its name.
    m_editor->showTab(ComparisonEditor::ComparisonTab);
    m_editorDock->show();
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    return true;
}

bool MainWindow::deleteComparison()
{
    if (m_session->comparisons().size() <= 1) {
        showError(tr("A file keeps at least one comparison; add another before deleting this one."));
        return false;
    }
    const QString name = m_session->comparison().name;
    if (!m_session->removeComparison(m_session->comparisonIndex()))
        return false;
    statusBar()->showMessage(tr("Deleted %1. Edit > Undo brings it back.").arg(name), 8000);
    return true;
}

int MainWindow::runDialog(QDialog &dialog)
{
    return m_dialogHook ? m_dialogHook(dialog) : dialog.exec();
}

bool MainWindow::editCurrentCell()
{
    const QModelIndex index = m_matrixView->currentIndex();
    if (!index.isValid() || index.column() == ScoreMatrixModel::kShareColumn || m_session->isEmpty()) {
        statusBar()->showMessage(tr("Select a score in the matrix first."), 6000);
        return false;
    }
    if (m_session->isReadOnly()) {
        statusBar()->showMessage(tr("This file is open read-only."), 6000);
        return false;
    }
    const int option = ScoreMatrixModel::optionForColumn(index.column());
    CellDialog dialog(m_session->comparison(), option, index.row(), this);
    // A refused edit (the reason is shown) returns to the dialog with what
    // was typed, rather than losing it.
    while (runDialog(dialog) == QDialog::Accepted) {
        if (m_session->setCell(option, index.row(), dialog.cell()))
            return true;
        if (m_session->lastRefusal().isEmpty())
            return false; // nothing changed
    }
    return false;
}

bool MainWindow::editExample(int task, int option)
{
    const core::Comparison &c = m_session->comparison();
    if (m_session->isReadOnly() || task < 0 || task >= c.tasks.size() || option < 0 ||
        option >= c.optionCount())
        return false;
    ExampleDialog dialog(c, task, option, this);
    while (runDialog(dialog) == QDialog::Accepted) {
        core::Comparison after = m_session->comparison();
        if (task >= after.tasks.size() || option >= after.optionCount())
            return false; // the file was reloaded while the dialog was open
        core::edit::setExample(after.tasks[task], dialog.example());
        if (m_session->editComparison(
                after,
                tr("Edit the %1 example of %2").arg(after.options[option].name, after.tasks[task].name)))
            return true;
        if (m_session->lastRefusal().isEmpty())
            return false; // nothing changed
    }
    return false;
}

bool MainWindow::openBundled()
{
    if (!maybeSave())
        return false;
    auto path = core::bundledWorkingCopy();
    if (!path) {
        showError(tr("The bundled comparison cannot be opened: %1").arg(path.error()));
        return false;
    }
    auto loaded = core::loadComparisons(*path);
    if (!loaded) {
        showError(tr("The bundled comparison cannot be opened: %1").arg(loaded.error()));
        return false;
    }
    m_bundled = true;
    m_session->setComparisons(*loaded, *path);
    watchFile();
    updateTitle();
    statusBar()->showMessage(tr("Opened the bundled comparison (your copy: %1)").arg(*path), 8000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    auto loaded = core::loadComparisons(path);
    if (!loaded) {
        showError(tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), loaded.error()));
        return false;
    }
    if (loaded->isEmpty()) {
        showError(tr("%1 holds no comparison.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_bundled = false;
    m_lastError.clear();
    m_session->setComparisons(*loaded, QFileInfo(path).absoluteFilePath());
    // A Tradeoff file we may not write opens read-only; CSV and JSON are
    // sources that Save never writes over anyway.
    m_session->setReadOnly(!writable(path) && core::store::looksLikeSqlite(path));
    watchFile();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save()
{
    commitPendingEdits();
    const QFileInfo info(m_session->path());
    // Only a Tradeoff file we may write is saved in place; a CSV or JSON
    // source, a read-only file or none asks where to save.
    const bool inPlace = !m_session->path().isEmpty() && info.exists() && writable(m_session->path()) &&
                         core::store::looksLikeSqlite(m_session->path());
    return inPlace ? saveTo(m_session->path()) : saveAs();
}

bool MainWindow::saveAs()
{
    QString suggested = m_session->path().isEmpty() ? m_session->comparison().name : m_session->path();
    if (QFileInfo(suggested).suffix().compare(QLatin1String("tradeoff"), Qt::CaseInsensitive) != 0)
        suggested = QFileInfo(suggested).completeBaseName() + QStringLiteral(".tradeoff");
    const QString path = m_savePathHook ? m_savePathHook()
                                        : QFileDialog::getSaveFileName(this, tr("Save Comparison"), suggested,
                                                                       tr("Tradeoff files (*.tradeoff)"));
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    // Our own write is not "another program changing the file".
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    auto saved = m_session->saveTo(path);
    watchFile();
    if (!saved) {
        showError(tr("%1 cannot be saved: %2").arg(QFileInfo(path).fileName(), saved.error()));
        return false;
    }
    m_bundled = false;
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::commitPendingEdits()
{
    // A name being typed or a table cell being edited is committed when its
    // editor loses focus; make that happen before the document is judged.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus)) {
        focus->clearFocus();
        focus->setFocus();
    }
}

bool MainWindow::maybeSave()
{
    commitPendingEdits();
    if (!m_session->isModified())
        return true;
    // --screenshot runs and tests without a hook cannot answer a dialog.
    if (!m_interactive && !m_questionHook)
        return true;
    const QString question =
        tr("Save the changes to %1 before closing it?").arg(m_session->comparison().name);
    const QMessageBox::StandardButton answer =
        m_questionHook ? m_questionHook(question)
                       : QMessageBox::question(this, tr("Unsaved Changes"), question,
                                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                               QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::openDialog()
{
    const QString dir =
        m_session->path().isEmpty() || m_bundled ? QString() : QFileInfo(m_session->path()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Comparison"), dir,
                                     tr("Tradeoff files, CSV matrices and JSON exports (*.tradeoff *.sqlite "
                                        "*.db *.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openFile(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (m_interactive)
        QMessageBox::warning(this, tr("Tradeoff"), message);
}

void MainWindow::updateTitle()
{
    const QString name = m_session->isEmpty() ? QString() : m_session->comparison().name;
    // "[*]" shows an asterisk while there are unsaved changes.
    if (name.isEmpty())
        setWindowTitle(tr("Tradeoff"));
    else if (m_bundled)
        setWindowTitle(tr("%1[*] — Tradeoff").arg(name));
    else
        setWindowTitle(tr("%1 (%2)[*] — Tradeoff").arg(name, QFileInfo(m_session->path()).fileName()));
    setWindowModified(m_session->isModified());
}

void MainWindow::onComparisonChanged()
{
    const core::Comparison &c = m_session->comparison();
    const QModelIndex current = m_matrixView->currentIndex();
    {
        const QSignalBlocker block(m_comparisonBox);
        m_comparisonBox->clear();
        for (const core::Comparison &each : m_session->comparisons())
            m_comparisonBox->addItem(each.name);
        m_comparisonBox->setCurrentIndex(m_session->comparisonIndex());
        m_comparisonBox->setEnabled(m_session->comparisons().size() > 1);
    }
    {
        const QSignalBlocker block(m_profileBox);
        m_profileBox->clear();
        for (const core::Profile &p : c.profiles) {
            m_profileBox->addItem(p.name);
            QString tip = p.description;
            if (p.source >= 0 && p.source < c.sources.size())
                tip += QLatin1Char('\n') + tr("Source: %1").arg(c.sources[p.source].title);
            m_profileBox->setItemData(m_profileBox->count() - 1, tip.trimmed(), Qt::ToolTipRole);
        }
        m_profileBox->setEnabled(!c.profiles.isEmpty());
    }
    m_weights->setComparison(c);
    m_matrix->reload();
    // A few options share the width; many get readable columns and a scroll bar.
    m_matrixView->horizontalHeader()->setSectionResizeMode(c.optionCount() <= 6 ? QHeaderView::Stretch
                                                                                : QHeaderView::Interactive);
    if (c.optionCount() > 6)
        m_matrixView->resizeColumnsToContents();
    m_ranking->setComparison(c);
    m_contribution->setComparison(c);
    m_radar->setComparison(c);
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

void MainWindow::onProfileChanged(int index)
{
    const core::Comparison &c = m_session->comparison();
    {
        const QSignalBlocker block(m_profileBox);
        m_profileBox->setCurrentIndex(index);
    }
    const QString description =
        index >= 0 && index < c.profiles.size() ? c.profiles[index].description : QString();
    m_profileDescription->setText(description);
    m_profileDescription->setVisible(!description.isEmpty());
}

void MainWindow::onWeightsChanged()
{
    m_weights->setWeights(m_session->weights());
}

void MainWindow::onResultChanged()
{
    const core::Result &r = m_session->result();
    const core::Comparison &c = m_session->comparison();
    m_weights->setShares(r.weights);
    m_matrix->setResult(r);
    m_ranking->setResult(r);
    m_contribution->setResult(r);
    m_radar->setResult(r);
    m_verdict->setVerdict(c, m_session->verdict(), r);
    m_analysis->onResultChanged();
}

void MainWindow::onMethodChanged()
{
    // Each method comes with its usual normalisation; the user can change it after.
    const core::Method method = core::Method(m_methodBox->currentData().toInt());
    const QSignalBlocker block(m_normalizationBox);
    m_normalizationBox->setCurrentIndex(
        m_normalizationBox->findData(int(core::defaultNormalization(method))));
    onEngineOptionsEdited();
}

void MainWindow::onEngineOptionsEdited()
{
    core::EngineOptions options = m_session->engineOptions();
    options.method = core::Method(m_methodBox->currentData().toInt());
    options.normalization = core::Normalization(m_normalizationBox->currentData().toInt());
    options.missing = core::MissingPolicy(m_missingBox->currentData().toInt());
    m_session->setEngineOptions(options);
}

report::Report MainWindow::currentReport() const
{
    const int p = m_session->profileIndex();
    const core::Comparison &c = m_session->comparison();
    // The profile's name only while its weights are untouched.
    const bool profileWeights =
        p >= 0 && p < c.profiles.size() && c.profiles[p].weights == m_session->weights();
    report::Input input{c, profileWeights ? c.profiles[p].name : QString(), m_session->weights(),
                        m_session->engineOptions(), m_bundled ? tr("bundled comparison") : m_session->path()};
    m_session->completeAnalysis();
    return report::build(input, m_session->analysis());
}

void MainWindow::exportReport()
{
    if (m_session->isEmpty())
        return;
    ReportDialog dialog(currentReport(), this);
    if (m_reportHook)
        m_reportHook(dialog);
    else
        dialog.exec();
}

void MainWindow::printReport()
{
    if (m_session->isEmpty())
        return;
    const report::Report r = currentReport();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&r](QPrinter *device) { report::paintPages(device, r); });
    preview.exec();
}

MainWindow::State MainWindow::state() const
{
    State s;
    s.comparisons = m_session->comparisons();
    s.path = m_session->path();
    s.bundled = m_bundled;
    s.comparison = m_session->comparisonIndex();
    s.profile = m_session->profileIndex();
    s.weights = m_session->weights();
    s.options = m_session->engineOptions();
    s.geometry = saveGeometry();
    s.tab = m_analysis->currentIndex();
    s.modified = m_session->isModified();
    s.readOnly = m_session->isReadOnly();
    return s;
}

void MainWindow::restore(const State &s)
{
    m_bundled = s.bundled;
    m_session->setComparisons(s.comparisons, s.path);
    if (s.comparison >= 0)
        m_session->selectComparison(s.comparison);
    if (s.profile >= 0)
        m_session->selectProfile(s.profile);
    m_session->setWeights(s.weights);
    {
        const QSignalBlocker b1(m_methodBox);
        const QSignalBlocker b2(m_normalizationBox);
        const QSignalBlocker b3(m_missingBox);
        m_methodBox->setCurrentIndex(m_methodBox->findData(int(s.options.method)));
        m_normalizationBox->setCurrentIndex(m_normalizationBox->findData(int(s.options.normalization)));
        m_missingBox->setCurrentIndex(m_missingBox->findData(int(s.options.missing)));
    }
    m_session->setEngineOptions(s.options);
    m_session->flush();
    m_analysis->setCurrentIndex(s.tab);
    restoreGeometry(s.geometry);
    m_session->setReadOnly(s.readOnly);
    watchFile();
    // Unsaved work stays unsaved work in the new window (the undo history
    // does not move over).
    if (s.modified) {
        m_session->markModified();
        m_autosave->writeNow();
    }
    updateTitle();
}

void MainWindow::openAhp()
{
    if (m_session->comparison().criterionCount() < 2)
        return;
    AhpDialog dialog(m_session->comparison(), m_session->weights(), this);
    if (m_ahpHook)
        m_ahpHook(dialog);
    else if (dialog.exec() != QDialog::Accepted)
        return;
    const QVector<double> weights = dialog.weights();
    if (weights.isEmpty())
        return;
    QVector<double> all = m_session->weights();
    for (int j = 0; j < weights.size() && j < all.size(); ++j)
        all[j] = weights[j];
    m_session->setWeights(all);
    statusBar()->showMessage(tr("Weights set from pairwise comparisons (consistency ratio %1)")
                                 .arg(QLocale().toString(dialog.analysis()->consistencyRatio, 'f', 3)),
                             8000);
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
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Saved or deliberately discarded: no recovery copy to offer next time.
    m_autosave->discard();
    QMainWindow::closeEvent(event);
}

} // namespace ui

#pragma once

#include "report/report.h"
#include "ui/session.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <functional>

class QComboBox;
class QFileSystemWatcher;
class QTimer;
class QDialog;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QScrollArea;

namespace ui {

class AnalysisPanel;
class PresentationView;
class Autosave;
class ComparisonEditor;
class ChartPanel;
class EvidencePanel;
class ScoreMatrixModel;
class VerdictPanel;
class WeightPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    // Loads a Tradeoff file or CSV matrix.  On failure the current document
    // stays, the error is shown (or only recorded when not interactive) and
    // the file is not touched.
    bool openFile(const QString &path);
    bool openBundled();
    QString lastError() const { return m_lastError; }
    // Tests and --screenshot run without message boxes.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    WeightPanel *weightPanel() const { return m_weights; }
    VerdictPanel *verdictPanel() const { return m_verdict; }
    ChartPanel *rankingChart() const { return m_ranking; }
    ChartPanel *contributionChart() const { return m_contribution; }
    ChartPanel *radarChart() const { return m_radar; }
    QTableView *matrixView() const { return m_matrixView; }
    ScoreMatrixModel *matrixModel() const { return m_matrix; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    QComboBox *comparisonSelector() const { return m_comparisonBox; }
    QComboBox *profileSelector() const { return m_profileBox; }
    QComboBox *methodSelector() const { return m_methodBox; }
    QComboBox *normalizationSelector() const { return m_normalizationBox; }
    AnalysisPanel *analysisPanel() const { return m_analysis; }

    static QStringList recentFiles();
    // Opens the AHP dialog; tests set a hook that fills it in instead of exec().
    void openAhp();
    // Document: Save in place (a writable Tradeoff file) or Save As; asks
    // before unsaved changes would be lost.  Hooks replace the dialogs in tests.
    bool save();
    bool saveAs();
    bool maybeSave();
    // Commits what an open editor (a name being typed) holds.
    void commitPendingEdits();
    void setSavePathHook(std::function<QString()> hook) { m_savePathHook = std::move(hook); }
    void setQuestionHook(std::function<QMessageBox::StandardButton(const QString &)> hook)
    {
        m_questionHook = std::move(hook);
    }
    void exportReport();
    void printReport();
    // The report of what the window shows now (weights, method, acceptability).
    report::Report currentReport() const;
    void setReportHook(std::function<void(class ReportDialog &)> hook) { m_reportHook = std::move(hook); }

    // What a window shows, so a new window (in another language) can carry on.
    struct State
    {
        QVector<core::Comparison> comparisons;
        QString path;
        bool bundled = false;
        int comparison = -1;
        int profile = -1;
        QVector<double> weights;
        core::EngineOptions options;
        QByteArray geometry;
        int tab = 0;
        bool modified = false;
        bool readOnly = false;
    };
    State state() const;
    void restore(const State &state);

    // Workshop mode (View > Present, F5): a full-screen view driven by keys.
    void present();
    PresentationView *presentationView() const;

    // Unsaved work a crashed window left behind: asks whether to restore it
    // (the newest first) and shows it as unsaved changes to its file.
    bool offerRecovery();
    Autosave *autosave() const { return m_autosave; }
    // Checks the open file against what was last read or written; when
    // another program changed it, asks to reload it or keep this version.
    void checkFileOnDisk();
    QWidget *readOnlyBar() const { return m_readOnlyBar; }

    void setAhpHook(std::function<void(class AhpDialog &)> hook) { m_ahpHook = std::move(hook); }
    // Tests fill in the editing dialogs and return the result exec() would.
    void setDialogHook(std::function<int(QDialog &)> hook) { m_dialogHook = std::move(hook); }

    // Editing the structure and the evidence (Comparison menu).
    ComparisonEditor *comparisonEditor() const { return m_editor; }
    QDockWidget *editorDock() const { return m_editorDock; }
    bool newComparison(bool fromCurrent);
    bool deleteComparison();
    bool editCurrentCell();
    bool editExample(int task, int option);

Q_SIGNALS:
    // The user picked another interface language ("" follows the system).
    void languageRequested(const QString &code);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildComparisonMenu();
    void buildViewMenu();
    void watchFile();
    void updateEditability();
    int runDialog(QDialog &dialog);
    void buildLayout();
    void onComparisonChanged();
    void onResultChanged();
    void onWeightsChanged();
    void onProfileChanged(int index);
    void onMethodChanged();
    void onEngineOptionsEdited();
    void showCell(const QModelIndex &index);
    void openDialog();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &message);
    void updateTitle();

    Session *m_session = nullptr;
    WeightPanel *m_weights = nullptr;
    QScrollArea *m_weightScroll = nullptr;
    VerdictPanel *m_verdict = nullptr;
    ChartPanel *m_ranking = nullptr;
    ChartPanel *m_contribution = nullptr;
    ChartPanel *m_radar = nullptr;
    ScoreMatrixModel *m_matrix = nullptr;
    QTableView *m_matrixView = nullptr;
    EvidencePanel *m_evidence = nullptr;
    QComboBox *m_comparisonBox = nullptr;
    QComboBox *m_profileBox = nullptr;
    QComboBox *m_methodBox = nullptr;
    QComboBox *m_normalizationBox = nullptr;
    QComboBox *m_missingBox = nullptr;
    AnalysisPanel *m_analysis = nullptr;
    QLabel *m_profileDescription = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_lastError;
    bool m_interactive = true;
    bool m_bundled = false;
    std::function<void(class AhpDialog &)> m_ahpHook;
    std::function<int(QDialog &)> m_dialogHook;
    ComparisonEditor *m_editor = nullptr;
    Autosave *m_autosave = nullptr;
    QPointer<PresentationView> m_presentation;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_watchTimer = nullptr;
    QString m_diskStamp; // size and time of the file as last read or written
    bool m_askingAboutDisk = false;
    QWidget *m_readOnlyBar = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QList<QAction *> m_editActions;
    std::function<void(class ReportDialog &)> m_reportHook;
    std::function<QString()> m_savePathHook;
    std::function<QMessageBox::StandardButton(const QString &)> m_questionHook;
    bool saveTo(const QString &path);
};

} // namespace ui

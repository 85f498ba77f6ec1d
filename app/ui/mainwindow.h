#pragma once

#include "ui/session.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QDockWidget;
class QMenu;
class QSplitter;

namespace ui {

class AnalysisPanel;
class ChartPanel;
class ComparisonEditor;
class DocumentController;
class EditActions;
class LiveWorkshopController;
class EngineSelector;
class EvidencePanel;
class PresentationView;
class ReadOnlyBar;
class ScoreMatrixView;
class SelectionBar;
class Prompts;
class ScoreMatrixModel;
class VerdictPanel;
class WeightPanel;

// The window: lays out the views, builds the menus and connects them.  The
// document (open, save, recent files, outside changes, recovery) lives in
// DocumentController, dialog-driven edits in EditActions, the state in
// Session; every question goes through Prompts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    DocumentController *document() const { return m_document; }
    EditActions *editing() const { return m_editing; }
    LiveWorkshopController *liveWorkshop() const { return m_live; }
    // Message boxes and file dialogs by default; tests script the answers,
    // --screenshot runs with nobody to ask.
    void setPrompts(std::shared_ptr<Prompts> prompts);
    Prompts *prompts() const { return m_prompts.get(); }
    std::shared_ptr<Prompts> sharedPrompts() const { return m_prompts; }

    WeightPanel *weightPanel() const { return m_weights; }
    VerdictPanel *verdictPanel() const { return m_verdict; }
    ChartPanel *rankingChart() const { return m_ranking; }
    ChartPanel *contributionChart() const { return m_contribution; }
    ChartPanel *radarChart() const { return m_radar; }
    ScoreMatrixView *matrixView() const { return m_matrixView; }
    ScoreMatrixModel *matrixModel() const { return m_matrix; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    SelectionBar *selectionBar() const { return m_selection; }
    EngineSelector *engineSelector() const { return m_engine; }
    AnalysisPanel *analysisPanel() const { return m_analysis; }
    // Built the first time it is shown or asked for (start-up does not pay for it).
    ComparisonEditor *comparisonEditor();
    QDockWidget *editorDock() const { return m_editorDock; }
    ReadOnlyBar *readOnlyBar() const { return m_readOnlyBar; }

    // Edits the rationale and evidence of the score selected in the matrix.
    bool editCurrentCell();
    // File > Export Report and Print, of what the window shows now.
    void exportReport();
    void printReport();

    // Workshop mode (View > Present, F5): a full-screen view driven by keys.
    void present();
    PresentationView *presentationView() const;

Q_SIGNALS:
    // The user picked another interface language ("" follows the system).
    void languageRequested(const QString &code);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

public:
    void setVisible(bool visible) override;

protected:
private:
    // Splitter positions for the window's size and font, set just before it
    // is first shown (estimated from size hints, so that the first layout is
    // the only one): the whole verdict where there is room, the matrix's
    // option columns whole.
    void arrange();
    void buildLayout();
    QWidget *buildSelectors();
    QWidget *buildMatrix();
    void buildFileMenu();
    void buildEditMenu();
    void buildComparisonMenu();
    void buildViewMenus();
    void rebuildRecentMenu();
    void updateEditability();
    void updateTitle();
    void onComparisonChanged();
    void onResultChanged();
    void showCell(const QModelIndex &index);
    // A presentation on this window's screen that hides all of it: the
    // views wait (nothing of them can be seen) until it leaves.
    bool coveredByPresentation() const;
    bool m_resultPending = false;
    void showError(const QString &message);
    void showStatus(const QString &message, int timeout);

    Session *m_session = nullptr;
    DocumentController *m_document = nullptr;
    EditActions *m_editing = nullptr;
    LiveWorkshopController *m_live = nullptr;
    std::shared_ptr<Prompts> m_prompts;
    WeightPanel *m_weights = nullptr;
    VerdictPanel *m_verdict = nullptr;
    ChartPanel *m_ranking = nullptr;
    ChartPanel *m_contribution = nullptr;
    ChartPanel *m_radar = nullptr;
    ScoreMatrixModel *m_matrix = nullptr;
    ScoreMatrixView *m_matrixView = nullptr;
    EvidencePanel *m_evidence = nullptr;
    SelectionBar *m_selection = nullptr;
    EngineSelector *m_engine = nullptr;
    AnalysisPanel *m_analysis = nullptr;
    QMenu *m_recentMenu = nullptr;
    ComparisonEditor *m_editor = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QPointer<PresentationView> m_presentation;
    ReadOnlyBar *m_readOnlyBar = nullptr;
    QList<QAction *> m_editActions;
    QSplitter *m_mainSplit = nullptr;
    QSplitter *m_rightSplit = nullptr;
    QSplitter *m_bottomSplit = nullptr;
    QWidget *m_left = nullptr;
    bool m_arranged = false;
};

} // namespace ui

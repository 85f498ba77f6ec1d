#pragma once

#include <QTabWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QSpinBox;
class QTableWidget;

namespace ui {

class AcceptabilityChart;
class CodePanel;
class SnapshotPanel;
class StakeholderPanel;
class EvidencePanel;
class Session;
class SweepChart;
class TornadoChart;

// The tabs beside the score matrix: the evidence behind a score, and the
// analyses that say how far to trust the verdict (sensitivity, rank
// acceptability, agreement between methods).  Extra analysis is computed
// only while its tab is shown, and a tab (with its charts) is built the first
// time it is shown or asked for, so start-up pays for the visible one only.
class AnalysisPanel : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        EvidenceTab,
        SensitivityTab,
        AcceptabilityTab,
        MethodsTab,
        CodeTab,
        StakeholdersTab,
        SnapshotsTab
    };
    // The tabs' keys for --tab ("evidence", "sensitivity", ...).
    static std::optional<Tab> tabFromKey(const QString &key);
    static QStringList tabKeys();

    AnalysisPanel(Session *session, EvidencePanel *evidence, QWidget *parent = nullptr);

    void onComparisonChanged();
    void onResultChanged();

    // Each builds its tab first if it has not been shown yet.
    TornadoChart *tornadoChart();
    SweepChart *sweepChart();
    AcceptabilityChart *acceptabilityChart();
    QTableWidget *methodsTable();
    QTableWidget *centralWeightsTable();
    QPushButton *runButton();
    QComboBox *sweepCriterion();
    CodePanel *codePanel();
    StakeholderPanel *stakeholderPanel();
    SnapshotPanel *snapshotPanel();
    bool isTabBuilt(Tab tab) const { return m_built.value(tab); }
    // The level the charts speak at (0: each criterion, 1: the top groups,
    // ...): a selector beside the tabs, shown when the comparison has a
    // criteria tree (explicit groups).
    QComboBox *levelBox() const { return m_level; }
    int treeLevel() const;

Q_SIGNALS:
    // Forwarded from the Code and Stakeholders tabs (which may not exist yet
    // when the window connects to them).
    void exampleEditRequested(int task, int option);
    void stakeholderMessage(const QString &text);
    void treeLevelChanged(int level);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void ensureTab(int tab);
    // The "Speak at" label beside the level selector only while the tabs
    // keep at least half the room they ask for (long translations, large
    // fonts); the selector keeps its tooltip either way.
    void fitLevelLabel();
    StakeholderPanel *m_stakeholders = nullptr;
    SnapshotPanel *m_snapshots = nullptr;
    QWidget *buildSensitivityTab();
    QWidget *buildAcceptabilityTab();
    QWidget *buildMethodsTab();
    // What a tab shows of the comparison (its structure), for a tab built
    // late and on every comparison change.
    void loadComparison(int tab);
    QVector<bool> m_built;
    void updateAnalysisDemand();
    void updateAcceptabilityState();
    void run();

    Session *m_session;
    QWidget *m_levelCorner = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    void loadLevels();
    QComboBox *m_criterion = nullptr;
    SweepChart *m_sweep = nullptr;
    TornadoChart *m_tornado = nullptr;
    AcceptabilityChart *m_acceptability = nullptr;
    QSpinBox *m_samples = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_around = nullptr;
    QDoubleSpinBox *m_concentration = nullptr;
    QPushButton *m_run = nullptr;
    // Runs the Monte Carlo by itself once the weights settle while the tab
    // is shown, when it is cheap enough (see maybeRunByItself).
    QTimer *m_autoRun = nullptr;
    void maybeRunByItself();
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_acceptabilityStatus = nullptr;
    // SMAA-2's central weights and confidence factors under the chart.
    QLabel *m_centralTitle = nullptr;
    QTableWidget *m_central = nullptr;
    void showAcceptability();
    QTableWidget *m_methods = nullptr;
    CodePanel *m_code = nullptr;
};

} // namespace ui

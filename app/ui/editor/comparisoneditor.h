#pragma once

#include "ui/session.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLineEdit;
class QTabWidget;
class QTableView;

namespace ui {

class DecisionPage;
class ValueFunctionDialog;
class RecordModel;
class Session;

// Edits the structure of the current comparison: its name, options,
// criteria, criteria groups (the tree), profiles, sources, tasks and its
// decision record.  Every change is one undoable
// session edit; the editor holds no data of its own.
class ComparisonEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonEditor(Session *session, QWidget *parent = nullptr);

    enum Tab
    {
        ComparisonTab,
        OptionsTab,
        CriteriaTab,
        GroupsTab,
        ProfilesTab,
        SourcesTab,
        TasksTab,
        DecisionTab
    };
    // The pages' keys for --editor ("comparison", "options", ...).
    static std::optional<Tab> tabFromKey(const QString &key);
    static QStringList tabKeys();
    void showTab(Tab tab);
    // A new comparison is named first: its name, selected, with the focus.
    void startNaming();
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table(Tab tab) const;
    RecordModel *model(Tab tab) const;
    QLineEdit *nameEdit() const { return m_name; }
    DecisionPage *decisionPage() const { return m_decision; }

    // The actions behind the buttons, on the table's current row; tests call
    // them directly.  Each returns false when refused (a message is emitted).
    bool addOption();
    bool removeOption();
    bool moveOption(int step);
    bool addCriterion();
    bool removeCriterion();
    bool moveCriterion(int step);
    // Opens the value-function editor of the current criterion (not modal:
    // each change in it is an edit of its own); null without a criterion.
    ValueFunctionDialog *editValueFunction();
    bool addGroup();
    bool removeGroup();
    bool newProfileFromWeights();
    bool duplicateProfile();
    bool updateProfileFromWeights();
    bool removeProfile();
    bool addSource();
    bool removeSource();
    bool addTask();
    bool removeTask();
    bool moveTask(int step);
    void pickOptionColor();

Q_SIGNALS:
    // A short message for the status bar (a refused edit, what was done).
    void message(const QString &text);

private:
    // One undoable edit at the current row of a tab: the change edits a copy
    // of the comparison and names the edit, how criteria and profiles moved,
    // and the row to select afterwards; no value refuses it.
    struct RowEdit
    {
        QString text;
        Session::Remap remap;
        int select = -1;
    };
    using RowChange = std::function<std::optional<RowEdit>(core::Comparison &, int row)>;
    bool editRow(Tab tab, bool needsRow, const RowChange &change);
    QWidget *listTab(Tab tab, RecordModel *model,
                     const QList<QPair<QString, std::function<void()>>> &buttons);
    int currentRow(Tab tab) const;
    void select(Tab tab, int row);
    void syncComparisonFields();
    void commitName();
    void commitDescription();

    Session *m_session;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    DecisionPage *m_decision = nullptr;
    QVector<QTableView *> m_tables;
    QVector<RecordModel *> m_models;
};

} // namespace ui

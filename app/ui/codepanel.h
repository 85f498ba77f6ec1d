#pragma once

#include "core/comparison.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace ui {

class CodeView;

// The options' code examples for one task, side by side.
class CodePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CodePanel(QWidget *parent = nullptr);

    void setComparison(const core::Comparison &comparison);
    void showTask(int task);
    QComboBox *taskSelector() const { return m_task; }
    QVector<CodeView *> views() const { return m_views; }
    // Copies option `column`'s code to the clipboard.
    void copy(int column) const;
    int currentTask() const;

Q_SIGNALS:
    // The user asked to edit option `option`'s example for `task`.
    void editRequested(int task, int option);

private:
    core::Comparison m_comparison;
    QComboBox *m_task = nullptr;
    QLabel *m_description = nullptr;
    QHBoxLayout *m_columns = nullptr;
    QVector<QWidget *> m_columnWidgets;
    QVector<CodeView *> m_views;
};

} // namespace ui

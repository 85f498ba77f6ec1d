#pragma once

#include "core/comparison.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

class Session;
class ValueFunctionChart;

// Edits one criterion's value function live: the shape, the points in a
// table (keyboard) and on a chart (drag with the mouse).  Every change is
// one undoable session edit, checked first (json::valueFunctionProblem); a
// refused change leaves the function as it was and says why.
class ValueFunctionDialog : public QDialog
{
    Q_OBJECT
public:
    ValueFunctionDialog(Session *session, int criterion, QWidget *parent = nullptr);
    // An editor still open in the points table commits while the children
    // are destroyed: that must not reach this dialog any more.
    ~ValueFunctionDialog() override;

    QComboBox *shapeBox() const { return m_shape; }
    QTableWidget *pointTable() const { return m_points; }
    ValueFunctionChart *chart() const { return m_chart; }
    QLabel *problemLabel() const { return m_problem; }

    // The actions behind the controls; tests call them directly.  Each
    // returns false when refused.
    bool setShape(core::ValueShape shape);
    bool addPoint();
    bool removePoint();
    bool setPoint(int index, core::ValuePoint point);

private:
    const core::Criterion *criterion() const;
    bool apply(const core::ValueFunction &f, const QString &text);
    void refresh();
    void cellEdited(int row, int column);

    Session *m_session;
    int m_criterion;
    QString m_name; // the criterion's, to find it again after other edits
    QComboBox *m_shape = nullptr;
    QTableWidget *m_points = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    ValueFunctionChart *m_chart = nullptr;
    QLabel *m_problem = nullptr;
    bool m_refreshing = false;
};

} // namespace ui

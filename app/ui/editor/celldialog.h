#pragma once

#include "core/comparison.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace ui {

// Edits the rationale of one score and the claims behind it.  The result
// is applied by the caller as one undoable edit.
class CellDialog : public QDialog
{
    Q_OBJECT
public:
    CellDialog(const core::Comparison &comparison, int option, int criterion, QWidget *parent = nullptr);

    core::Cell cell() const;
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QTableWidget *evidenceTable() const { return m_evidence; }
    // The score: most likely, and low and high for a range (both or neither).
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *lowEdit() const { return m_low; }
    QLineEdit *highEdit() const { return m_high; }
    // Why the score fields cannot be taken, or empty.
    QString scoreProblem() const;
    void accept() override;
    void addClaim(const core::Evidence &evidence);
    void removeClaim(int row);

private:
    core::Cell m_cell;
    core::Criterion m_criterion;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_low = nullptr;
    QLineEdit *m_high = nullptr;
    QLabel *m_problem = nullptr;
    QStringList m_sources;
    QPlainTextEdit *m_rationale = nullptr;
    QTableWidget *m_evidence = nullptr;
};

} // namespace ui

#pragma once

#include "core/comparison.h"

#include <QDialog>

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
    void addClaim(const core::Evidence &evidence);
    void removeClaim(int row);

private:
    core::Cell m_cell;
    QStringList m_sources;
    QPlainTextEdit *m_rationale = nullptr;
    QTableWidget *m_evidence = nullptr;
};

} // namespace ui

#pragma once

#include "core/sync.h"

#include <QDialog>

class QTableWidget;

namespace ui {

// The parts two people changed at once: each row shows this user's version
// and theirs (who, when), and the user picks which to keep.  Nothing is
// written until the choice is made; Cancel keeps the document unsaved.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const QVector<core::Conflict> &conflicts, QWidget *parent = nullptr);

    // One per conflict: true keeps this user's version.
    QVector<bool> keepMine() const;
    void setKeepMine(int row, bool mine);
    int rowCount() const;

private:
    void setAll(bool mine);

    QTableWidget *m_table;
};

} // namespace ui

#pragma once

#include "core/comparison.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <functional>

namespace ui {

class Session;

// One editable column of a list in the current comparison (its options,
// criteria, profiles...).
struct RecordColumn
{
    QString title;
    // The value shown and edited; for a choice column the choice's index.
    std::function<QVariant(const core::Comparison &, int row)> value;
    // Applies an edited value to a copy of the comparison; returns why it is
    // refused, or an empty string.  Empty function: a read-only column.
    std::function<QString(core::Comparison &, int row, const QVariant &value)> set;
    QStringList choices; // non-empty: picked from a list
    bool color = false;  // the value is "#rrggbb", shown as a swatch too
};

// A list of the current comparison as a table whose edits become undoable
// session edits.  The model reads the session, never its own copy, and
// follows the session's signals.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    RecordModel(Session *session, std::function<int(const core::Comparison &)> rows,
                std::function<QString(const core::Comparison &, int row)> rowName,
                QVector<RecordColumn> columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void refused(const QString &problem);

private:
    void refresh();

    Session *m_session;
    std::function<int(const core::Comparison &)> m_rows;
    std::function<QString(const core::Comparison &, int)> m_rowName;
    QVector<RecordColumn> m_columns;
    int m_rowCount = 0;
    QString m_lastError;
};

// Edits choice columns with a combo box.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace ui

#include "ui/editor/recordmodel.h"

#include "ui/session.h"

#include <QColor>
#include <QComboBox>

namespace ui {

RecordModel::RecordModel(Session *session, std::function<int(const core::Comparison &)> rows,
                         std::function<QString(const core::Comparison &, int)> rowName,
                         QVector<RecordColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_rows(std::move(rows))
    , m_rowName(std::move(rowName))
    , m_columns(std::move(columns))
{
    m_rowCount = m_rows(m_session->comparison());
    connect(m_session, &Session::comparisonChanged, this, &RecordModel::refresh);
    connect(m_session, &Session::readOnlyChanged, this, &RecordModel::refresh);
}

void RecordModel::refresh()
{
    const int rows = m_rows(m_session->comparison());
    if (rows != m_rowCount) {
        beginResetModel();
        m_rowCount = rows;
        endResetModel();
    } else if (rows > 0) {
        // Same rows: keep the selection and the current cell.
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.row() >= m_rows(m_session->comparison()))
        return {};
    const RecordColumn &column = m_columns[index.column()];
    const QVariant value = column.value(m_session->comparison(), index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (!column.choices.isEmpty()) {
            const int i = value.toInt();
            return i >= 0 && i < column.choices.size() ? column.choices[i] : QVariant();
        }
        return value;
    case Qt::EditRole:
        return value;
    case Qt::DecorationRole:
        if (column.color) {
            const QColor color = QColor::fromString(value.toString());
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case ChoicesRole:
        return column.choices.isEmpty() ? QVariant() : QVariant(column.choices);
    default:
        return {};
    }
}

bool RecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rowCount ||
        index.row() >= m_rows(m_session->comparison()))
        return false;
    const RecordColumn &column = m_columns[index.column()];
    if (!column.set || m_session->isReadOnly())
        return false;
    if (column.value(m_session->comparison(), index.row()) == value)
        return false;
    core::Comparison after = m_session->comparison();
    const QString problem = column.set(after, index.row(), value);
    if (!problem.isEmpty()) {
        m_lastError = problem;
        Q_EMIT refused(problem);
        return false;
    }
    m_lastError.clear();
    // The session refuses edits that would make the comparison invalid (a
    // scale leaving existing scores outside it, say) and says why.
    const bool applied = m_session->editComparison(
        after, tr("Edit %1 of %2").arg(column.title, m_rowName(m_session->comparison(), index.row())));
    if (!applied)
        m_lastError = m_session->lastRefusal();
    return applied;
}

Qt::ItemFlags RecordModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_columns[index.column()].set && !m_session->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? m_columns[section].title : QVariant();
    return section + 1;
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList choices = index.data(RecordModel::ChoicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    box->addItems(choices);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor);
        box && !index.data(RecordModel::ChoicesRole).toStringList().isEmpty())
        box->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor);
        box && !index.data(RecordModel::ChoicesRole).toStringList().isEmpty())
        model->setData(index, box->currentIndex(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ui

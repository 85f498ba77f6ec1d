#include "ui/scorematrixmodel.h"

#include "core/editing.h"
#include "core/verdict.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {
bool contested(const core::Cell &cell)
{
    bool supports = false;
    bool opposes = false;
    bool disputed = false;
    for (const core::Evidence &e : cell.evidence) {
        supports = supports || e.stance == core::Stance::Supports;
        opposes = opposes || e.stance == core::Stance::Opposes;
        disputed = disputed || e.disputed;
    }
    return (supports && opposes) || disputed;
}
} // namespace

ScoreMatrixModel::ScoreMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScoreMatrixModel::setSource(Source source)
{
    m_source = std::move(source);
    reload();
}

void ScoreMatrixModel::reload()
{
    beginResetModel();
    m_shares.clear();
    m_normalized.clear();
    endResetModel();
}

void ScoreMatrixModel::setResult(const core::Result &result)
{
    if (!comparison() || rowCount() == 0)
        return;
    const bool allChanged = result.normalized != m_normalized;
    const QVector<double> before = m_shares;
    m_shares = result.weights;
    m_normalized = result.normalized;
    if (allChanged) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    // One signal per changed share: a view repaints a range by repainting
    // all it shows, a single cell by repainting that cell.
    const qsizetype rows = std::min<qsizetype>(rowCount(), m_shares.size());
    for (int row = 0; row < rows; ++row) {
        if (row >= before.size() || before[row] != m_shares[row])
            Q_EMIT dataChanged(index(row, kShareColumn), index(row, kShareColumn), {Qt::DisplayRole});
    }
}

int ScoreMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !comparison() ? 0 : comparison()->criterionCount();
}

int ScoreMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !comparison() ? 0 : comparison()->optionCount() + 1;
}

QVariant ScoreMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !comparison())
        return {};
    const int row = index.row();
    if (index.column() == kShareColumn) {
        if (role == Qt::DisplayRole)
            return row < m_shares.size() ? core::VerdictText::percent(m_shares[row]) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Share of the total weight");
        return {};
    }
    const int option = optionForColumn(index.column());
    const core::Cell &cell = comparison()->cell(option, row);
    switch (role) {
    case Qt::DisplayRole: {
        if (!cell.value)
            return tr("–", "missing score");
        QString text = core::edit::scoreDisplay(cell, QLocale());
        if (contested(cell))
            text += QStringLiteral(" ⚑");
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = cell.rationale;
        if (contested(cell))
            tip += QLatin1Char('\n') +
                   tr("Sources disagree or a claim is disputed: click to read the evidence.");
        if (!cell.value)
            tip.prepend(tr("Not scored.") + QLatin1Char('\n'));
        if (cell.isRange())
            tip.prepend(tr("Uncertain: most likely %1, from %2 to %3 (Monte Carlo draws it).")
                            .arg(QLocale().toString(*cell.value), QLocale().toString(*cell.low),
                                 QLocale().toString(*cell.high)) +
                        QLatin1Char('\n'));
        return tip.trimmed();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!cell.value || option >= m_normalized.size() || row >= m_normalized[option].size())
            return {};
        // Normalised scores are in [0, 1] except with normalisation "none".
        const double t = std::clamp(m_normalized[option][row], 0.0, 1.0);
        QColor c = QColor::fromHsvF(0.33 * t, 0.35, 1.0);
        return QBrush(c);
    }
    case Qt::ForegroundRole:
        return cell.value ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::EditRole:
        return core::edit::scoreEditText(cell, QLocale());
    case RawValueRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case NormalizedRole:
        return option < m_normalized.size() && row < m_normalized[option].size()
                   ? QVariant(m_normalized[option][row])
                   : QVariant();
    case ContestedRole:
        return contested(cell);
    default:
        return {};
    }
}

Qt::ItemFlags ScoreMatrixModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != kShareColumn && m_edit && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_error.clear();
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !comparison() ||
        !m_edit || index.column() == kShareColumn)
        return false;
    const int option = optionForColumn(index.column());
    const core::Criterion &k = comparison()->criteria[index.row()];
    QString problem;
    const auto parsed = core::edit::parseScoreText(value.toString(), k, QLocale(), &problem);
    if (!parsed)
        return refuse(problem);
    m_edit(option, index.row(), parsed->value, parsed->low, parsed->high);
    return true;
}

bool ScoreMatrixModel::refuse(const QString &reason)
{
    m_error = reason;
    Q_EMIT editRefused(reason);
    return false;
}

void ScoreMatrixModel::cellChanged(int option, int criterion)
{
    if (!comparison() || criterion < 0 || criterion >= rowCount() || option < 0 ||
        optionColumn(option) >= columnCount())
        return;
    const QModelIndex at = index(criterion, optionColumn(option));
    Q_EMIT dataChanged(at, at);
}

QVariant ScoreMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!comparison())
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= comparison()->criterionCount())
            return {};
        const core::Criterion &k = comparison()->criteria[section];
        if (role == Qt::DisplayRole)
            return k.direction == core::Direction::Cost ? k.name + QStringLiteral(" ↓") : k.name;
        if (role == Qt::ToolTipRole)
            return k.description;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == kShareColumn ? tr("Weight") : comparison()->options[optionForColumn(section)].name;
    if (role == Qt::ToolTipRole && section > 0)
        return comparison()->options[optionForColumn(section)].description;
    return {};
}

} // namespace ui

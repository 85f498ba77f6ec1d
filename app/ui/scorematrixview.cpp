#include "ui/scorematrixview.h"

#include "ui/livetext.h"

#include <QHeaderView>
#include <QScrollBar>
#include <algorithm>

namespace ui {

ScoreMatrixView::ScoreMatrixView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("scoreMatrix"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setWordWrap(false);
    // The weight column's shares change with every weight.
    preferNoShaping(this);
    // The analysis tabs beside it must not squeeze the matrix away.
    setMinimumWidth(fontMetrics().averageCharWidth() * 30);
}

void ScoreMatrixView::fitColumns(int optionCount)
{
    horizontalHeader()->setSectionResizeMode(optionCount <= 6 ? QHeaderView::Stretch
                                                              : QHeaderView::Interactive);
    if (optionCount > 6)
        resizeColumnsToContents();
}

int ScoreMatrixView::wantedWidth(int columns) const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return minimumWidth();
    const QFontMetrics fm(font());
    const QFontMetrics header(horizontalHeader()->font());
    int names = 0;
    for (int row = 0; row < m->rowCount(); ++row)
        names = std::max(names, fm.horizontalAdvance(m->headerData(row, Qt::Vertical).toString()));
    // A score with its disputed flag, e.g. "10 ⚑", is the widest cell.
    const int cell = fm.horizontalAdvance(QStringLiteral("100.0% ⚑")) + 12;
    // A few columns stretch to equal widths: each as wide as the widest.
    int column = cell;
    for (int c = 0; c < std::min(m->columnCount(), columns + 1); ++c)
        column = std::max(column, header.horizontalAdvance(m->headerData(c, Qt::Horizontal).toString()) + 16);
    const int width = names + 16 + 2 * frameWidth() + verticalScrollBar()->sizeHint().width() +
                      column * std::min(m->columnCount(), columns + 1);
    return std::max(width, minimumWidth());
}

} // namespace ui

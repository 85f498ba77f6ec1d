#include "ui/scorematrixview.h"

#include <QHeaderView>

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

} // namespace ui

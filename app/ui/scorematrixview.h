#pragma once

#include <QTableView>

namespace ui {

// The table showing the score matrix: one cell selected at a time, edited by
// typing or double-clicking, fixed row heights (measuring every row again on
// each weight change costs tens of milliseconds for 200 criteria).
class ScoreMatrixView : public QTableView
{
    Q_OBJECT
public:
    explicit ScoreMatrixView(QWidget *parent = nullptr);
    // A few options share the width; many get readable columns and a scroll bar.
    void fitColumns(int optionCount);
    // The width that shows the names, the weight and up to `columns` option
    // columns whole (headers and scores), frame and scroll bar included.
    int wantedWidth(int columns) const;
};

} // namespace ui

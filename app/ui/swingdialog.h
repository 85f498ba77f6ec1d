#pragma once

#include "core/comparison.h"
#include "core/swing.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace ui {

// Swing weighting in three steps.  1: each criterion's swing from its worst
// to its best value among the options; the user puts them in order, most
// important first (Alt+Up / Alt+Down).  2: each swing rated against the
// first (100) with spin boxes.  3: the weights, rating / sum of ratings, and
// why (swing, rank, rating, weight).  The caller applies weights() as one
// undoable step.
class SwingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SwingDialog(const core::Comparison &comparison, QWidget *parent = nullptr);

    int step() const;
    // Criteria in the user's order, most important swing first.
    const QVector<int> &order() const { return m_order; }
    // Moves the swing in row `row` of step 1 by `by` rows; false at an end.
    bool move(int row, int by);
    // Rating of the swing ranked `rank` (0 is the first, fixed at 100).
    bool setRating(int rank, int rating);
    QVector<double> ratings() const; // indexed like the criteria
    QVector<double> weights() const; // rating / sum, indexed like the criteria
    QTableWidget *orderTable() const { return m_orderTable; }
    QTableWidget *ratingTable() const { return m_ratingTable; }
    QTableWidget *resultTable() const { return m_resultTable; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    // The swing of criterion j in words: "from 200 ms (value 0) to 50 ms (value 1)".
    QString swingText(int criterion) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Enter goes to the next step (and applies on the last), wherever the
    // focus is: the tables and spin boxes pass it on.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void goTo(int step);
    void fillOrder();
    void fillRatings();
    void fillResult();

    core::Comparison m_comparison;
    QVector<core::swing::Swing> m_swings;
    QVector<int> m_order;
    QVector<int> m_ratings;    // by rank
    QVector<int> m_ratedOrder; // the order the rating table shows
    QStackedWidget *m_steps = nullptr;
    QLabel *m_stepTitle = nullptr;
    QTableWidget *m_orderTable = nullptr;
    QTableWidget *m_ratingTable = nullptr;
    QTableWidget *m_resultTable = nullptr;
    QLabel *m_ratingNote = nullptr;
    QLabel *m_sumNote = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace ui

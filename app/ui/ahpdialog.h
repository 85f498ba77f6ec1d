#pragma once

#include "core/ahp.h"
#include "core/comparison.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ui {

// Weights from pairwise comparisons (AHP): the user says, for each pair of
// criteria, how much more important the row is than the column on Saaty's
// 1-9 scale; the dialog keeps the matrix reciprocal, shows the priorities,
// the consistency ratio and the three most inconsistent judgements, and
// hands the priorities back as weights.
class AhpDialog : public QDialog
{
    Q_OBJECT
public:
    AhpDialog(const core::Comparison &comparison, const QVector<double> &weights, QWidget *parent = nullptr);

    // Sets judgement (row, column); the mirror cell gets the reciprocal.
    bool setJudgement(int row, int column, double value);
    const core::ahp::Analysis *analysis() const { return m_ok ? &m_analysis : nullptr; }
    // Priorities scaled so the largest weight is 10 (the sliders' range).
    QVector<double> weights() const;
    QTableWidget *table() const { return m_table; }
    QString consistencyText() const;

    // Saaty's scale as text: 3, 1/3, ...
    static QString judgementText(double value);
    static std::optional<double> parseJudgement(const QString &text);

private:
    void recompute();
    void describeCurrent();

    QStringList m_names;
    QVector<QVector<double>> m_matrix;
    core::ahp::Analysis m_analysis;
    bool m_ok = false;
    bool m_updating = false;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_priorities = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_consistency = nullptr;
};

} // namespace ui

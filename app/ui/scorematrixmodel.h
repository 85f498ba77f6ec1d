#pragma once

#include "comparison.h"
#include "engine.h"

#include <QAbstractTableModel>

namespace ui {

// The score matrix: one row per criterion, column 0 the criterion's weight
// share, then one column per option.  Shading follows the normalised score.
class ScoreMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        NormalizedRole,
        ContestedRole
    };
    static constexpr int kShareColumn = 0;

    explicit ScoreMatrixModel(QObject *parent = nullptr);

    void setComparison(const core::Comparison *comparison);
    // Only changed cells are announced: the share column on a weight change,
    // everything when the normalised values change (method, normalisation).
    void setResult(const core::Result &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static int optionColumn(int option) { return option + 1; }
    static int optionForColumn(int column) { return column - 1; }

private:
    const core::Comparison *m_comparison = nullptr;
    QVector<double> m_shares;
    QVector<QVector<double>> m_normalized;
};

} // namespace ui

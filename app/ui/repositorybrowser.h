#pragma once

#include "core/repository.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ui {

// The comparisons of a team repository as the browser lists them.
class RepositoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        Decided,
        Owner,
        ChangedBy,
        ChangedAt,
        Columns
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setComparisons(const QVector<core::repo::ComparisonInfo> &comparisons);
    const core::repo::ComparisonInfo &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<core::repo::ComparisonInfo> m_rows;
};

// File > Browse Team Repository: every comparison with its decision status,
// owner and last change, searchable; opens the one picked.
class RepositoryBrowser final : public QDialog
{
    Q_OBJECT
public:
    explicit RepositoryBrowser(const QVector<core::repo::ComparisonInfo> &comparisons,
                               QWidget *parent = nullptr);

    void setSearch(const QString &text);
    int visibleCount() const;
    // The comparison picked (the current row), empty when none.
    QString chosen() const;
    void choose(int visibleRow);

private:
    RepositoryModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
};

} // namespace ui

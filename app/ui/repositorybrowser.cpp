#include "ui/repositorybrowser.h"

#include "core/decision.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

void RepositoryModel::setComparisons(const QVector<core::repo::ComparisonInfo> &comparisons)
{
    beginResetModel();
    m_rows = comparisons;
    endResetModel();
}

int RepositoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepositoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant RepositoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::repo::ComparisonInfo &c = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return c.name;
        case Status:
            return core::decisionStatusName(c.status);
        case Decided:
            return c.decided.isValid() ? locale.toString(c.decided, QLocale::ShortFormat) : QString();
        case Owner:
            return c.owner;
        case ChangedBy:
            return c.changedBy;
        case ChangedAt:
            return locale.toString(c.changedAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    // Sorting by date sorts by the date, not by its text.
    if (role == Qt::UserRole) {
        if (index.column() == ChangedAt)
            return c.changedAt;
        if (index.column() == Decided)
            return c.decided;
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant RepositoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Comparison");
    case Status:
        return tr("Status");
    case Decided:
        return tr("Decided");
    case Owner:
        return tr("Owner");
    case ChangedBy:
        return tr("Last changed by");
    case ChangedAt:
        return tr("Last change");
    }
    return {};
}

RepositoryBrowser::RepositoryBrowser(const QVector<core::repo::ComparisonInfo> &comparisons, QWidget *parent)
    : QDialog(parent)
    , m_model(new RepositoryModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Team Repository"));
    m_model->setComparisons(comparisons);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // any column: name, status, owner...
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(Qt::UserRole);
    m_search->setPlaceholderText(tr("Search by name, status, owner or who changed it"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &RepositoryBrowser::setSearch);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RepositoryModel::ChangedAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RepositoryModel::Name, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *search = new QHBoxLayout;
    search->addWidget(searchLabel);
    search->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    if (m_filter->rowCount() > 0)
        choose(0);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 24);
}

void RepositoryBrowser::setSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setFilterFixedString(text);
    if (m_filter->rowCount() > 0 && !m_view->currentIndex().isValid())
        choose(0);
}

int RepositoryBrowser::visibleCount() const
{
    return m_filter->rowCount();
}

QString RepositoryBrowser::chosen() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->at(m_filter->mapToSource(current).row()).name;
}

void RepositoryBrowser::choose(int visibleRow)
{
    m_view->setCurrentIndex(m_filter->index(visibleRow, 0));
}

} // namespace ui

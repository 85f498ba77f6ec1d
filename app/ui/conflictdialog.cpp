#include "ui/conflictdialog.h"

#include "core/parts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Column
{
    What,
    Mine,
    Theirs,
    Keep,
    Columns
};
} // namespace

ConflictDialog::ConflictDialog(const QVector<core::Conflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(conflicts.size()), Columns, this))
{
    setWindowTitle(tr("Changes That Collide"));
    auto *intro =
        new QLabel(tr("Someone else saved a different version of what you changed. Pick the version to "
                      "keep for each; the rest of your changes and theirs are kept together."),
                   this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Your version"), tr("Their version"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Mine, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Theirs, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Keep, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (int row = 0; row < conflicts.size(); ++row) {
        const core::Conflict &c = conflicts[row];
        const bool whole = c.key.isEmpty();
        m_table->setItem(row, What, new QTableWidgetItem(c.what()));
        const QString mine = whole ? (c.mine.isNull() ? tr("removed") : tr("your version"))
                                   : core::repo::readable(c.key, c.mine);
        QString theirs = whole ? (c.theirs.isNull() ? tr("removed") : tr("their version"))
                               : core::repo::readable(c.key, c.theirs);
        if (!c.theirsBy.isEmpty())
            theirs =
                tr("%1 (by %2, %3)")
                    .arg(theirs, c.theirsBy, locale.toString(c.theirsAt.toLocalTime(), QLocale::ShortFormat));
        m_table->setItem(row, Mine, new QTableWidgetItem(mine));
        m_table->setItem(row, Theirs, new QTableWidgetItem(theirs));
        auto *keep = new QComboBox(m_table);
        keep->addItem(tr("Mine"));
        keep->addItem(tr("Theirs"));
        keep->setAccessibleName(tr("Keep for %1").arg(c.what()));
        m_table->setCellWidget(row, Keep, keep);
    }
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save With These"));
    QPushButton *allMine = buttons->addButton(tr("Keep All Mine"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("Take All Theirs"), QDialogButtonBox::ActionRole);
    connect(allMine, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 20);
}

int ConflictDialog::rowCount() const
{
    return m_table->rowCount();
}

QVector<bool> ConflictDialog::keepMine() const
{
    QVector<bool> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append(static_cast<QComboBox *>(m_table->cellWidget(row, Keep))->currentIndex() == 0);
    return out;
}

void ConflictDialog::setKeepMine(int row, bool mine)
{
    if (auto *keep = qobject_cast<QComboBox *>(m_table->cellWidget(row, Keep)))
        keep->setCurrentIndex(mine ? 0 : 1);
}

void ConflictDialog::setAll(bool mine)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        setKeepMine(row, mine);
}

} // namespace ui

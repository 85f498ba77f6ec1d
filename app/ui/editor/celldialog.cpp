#include "ui/editor/celldialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
enum Column
{
    ClaimColumn,
    SourceColumn,
    StanceColumn,
    DisputedColumn,
    CorrectionColumn,
    ColumnCount
};
}

CellDialog::CellDialog(const core::Comparison &c, int option, int criterion, QWidget *parent)
    : QDialog(parent)
    , m_cell(c.cell(option, criterion))
{
    setObjectName(QStringLiteral("cellDialog"));
    setWindowTitle(tr("%1 on %2").arg(c.options[option].name, c.criteria[criterion].name));
    for (const core::Source &s : c.sources)
        m_sources.append(s.title);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Rationale: why this score")));
    m_rationale = new QPlainTextEdit(m_cell.rationale);
    m_rationale->setTabChangesFocus(true);
    layout->addWidget(m_rationale, 1);
    layout->addWidget(new QLabel(tr("Claims it rests on")));
    m_evidence = new QTableWidget(0, ColumnCount);
    m_evidence->setHorizontalHeaderLabels(
        {tr("Claim"), tr("Source"), tr("Stance"), tr("Disputed"), tr("Correction")});
    m_evidence->horizontalHeader()->setSectionResizeMode(ClaimColumn, QHeaderView::Stretch);
    m_evidence->horizontalHeader()->setSectionResizeMode(CorrectionColumn, QHeaderView::Stretch);
    m_evidence->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_evidence, 2);
    for (const core::Evidence &e : std::as_const(m_cell.evidence))
        addClaim(e);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Claim"));
    auto *remove = new QPushButton(tr("Remove Claim"));
    connect(add, &QPushButton::clicked, this, [this] {
        addClaim({});
        m_evidence->setCurrentCell(m_evidence->rowCount() - 1, ClaimColumn);
        m_evidence->editItem(m_evidence->item(m_evidence->rowCount() - 1, ClaimColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeClaim(m_evidence->currentRow()); });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(760, 480);
}

void CellDialog::addClaim(const core::Evidence &e)
{
    const int row = m_evidence->rowCount();
    m_evidence->insertRow(row);
    m_evidence->setItem(row, ClaimColumn, new QTableWidgetItem(e.claim));
    auto *source = new QComboBox;
    source->addItem(tr("(uncited)"), -1);
    for (int i = 0; i < m_sources.size(); ++i)
        source->addItem(m_sources[i], i);
    source->setCurrentIndex(std::max(0, source->findData(e.source)));
    m_evidence->setCellWidget(row, SourceColumn, source);
    auto *stance = new QComboBox;
    stance->addItem(tr("Supports"), int(core::Stance::Supports));
    stance->addItem(tr("Opposes"), int(core::Stance::Opposes));
    stance->addItem(tr("Context"), int(core::Stance::Context));
    stance->setCurrentIndex(std::max(0, stance->findData(int(e.stance))));
    m_evidence->setCellWidget(row, StanceColumn, stance);
    auto *disputed = new QCheckBox;
    disputed->setChecked(e.disputed);
    m_evidence->setCellWidget(row, DisputedColumn, disputed);
    m_evidence->setItem(row, CorrectionColumn, new QTableWidgetItem(e.correction));
}

void CellDialog::removeClaim(int row)
{
    if (row >= 0 && row < m_evidence->rowCount())
        m_evidence->removeRow(row);
}

core::Cell CellDialog::cell() const
{
    core::Cell out = m_cell;
    out.rationale = m_rationale->toPlainText();
    out.evidence.clear();
    for (int row = 0; row < m_evidence->rowCount(); ++row) {
        core::Evidence e;
        e.claim = m_evidence->item(row, ClaimColumn)->text().trimmed();
        e.source =
            qobject_cast<QComboBox *>(m_evidence->cellWidget(row, SourceColumn))->currentData().toInt();
        e.stance = core::Stance(
            qobject_cast<QComboBox *>(m_evidence->cellWidget(row, StanceColumn))->currentData().toInt());
        e.disputed = qobject_cast<QCheckBox *>(m_evidence->cellWidget(row, DisputedColumn))->isChecked();
        e.correction = m_evidence->item(row, CorrectionColumn)->text().trimmed();
        if (e.claim.isEmpty() && e.correction.isEmpty())
            continue; // an empty row the user added and left
        out.evidence.append(e);
    }
    return out;
}

} // namespace ui

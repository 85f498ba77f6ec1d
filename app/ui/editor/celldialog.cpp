#include "ui/editor/celldialog.h"

#include "core/editing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_criterion(c.criteria[criterion])
{
    setObjectName(QStringLiteral("cellDialog"));
    setWindowTitle(tr("%1 on %2").arg(c.options[option].name, c.criteria[criterion].name));
    for (const core::Source &s : c.sources)
        m_sources.append(s.title);

    auto *layout = new QVBoxLayout(this);
    // The score, and for an uncertain one its range (drawn by the Monte Carlo).
    auto *score = new QHBoxLayout;
    const QLocale locale;
    auto field = [&](const QString &label, const std::optional<double> &v, QLineEdit **edit) {
        auto *l = new QLabel(label);
        *edit = new QLineEdit(v ? locale.toString(*v, 'g', 10) : QString());
        l->setBuddy(*edit);
        score->addWidget(l);
        score->addWidget(*edit);
    };
    field(tr("&Score:"), m_cell.value, &m_value);
    field(tr("&Low:"), m_cell.isRange() ? m_cell.low : std::nullopt, &m_low);
    field(tr("&High:"), m_cell.isRange() ? m_cell.high : std::nullopt, &m_high);
    m_low->setToolTip(tr("An uncertain score: the lowest and highest plausible values around the score "
                         "(both or neither)"));
    m_high->setToolTip(m_low->toolTip());
    layout->addLayout(score);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
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

QString CellDialog::scoreProblem() const
{
    const QString value = m_value->text().trimmed();
    const QString low = m_low->text().trimmed();
    const QString high = m_high->text().trimmed();
    if (low.isEmpty() != high.isEmpty() || (!low.isEmpty() && value.isEmpty()))
        return tr("A range needs a score, a low and a high value.");
    QString problem;
    const QString text =
        low.isEmpty() ? value : low + QLatin1String("..") + value + QLatin1String("..") + high;
    if (!core::edit::parseScoreText(text, m_criterion, QLocale(), &problem))
        return problem;
    return {};
}

void CellDialog::accept()
{
    const QString problem = scoreProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

core::Cell CellDialog::cell() const
{
    core::Cell out = m_cell;
    const QString low = m_low->text().trimmed();
    const QString text = low.isEmpty() ? m_value->text()
                                       : low + QLatin1String("..") + m_value->text().trimmed() +
                                             QLatin1String("..") + m_high->text().trimmed();
    QString problem;
    if (const auto score = core::edit::parseScoreText(text, m_criterion, QLocale(), &problem)) {
        out.value = score->value;
        out.low = score->low;
        out.high = score->high;
    }
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

#include "ui/ahpdialog.h"

#include "core/verdict.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace ui {

namespace {
// The nearest value on Saaty's scale (1..9 and their reciprocals).
double nearestSaaty(double ratio)
{
    if (!std::isfinite(ratio) || ratio <= 0)
        return ratio > 0 ? 9.0 : 1.0 / 9.0;
    const double r = std::clamp(ratio, 1.0 / 9.0, 9.0);
    return r >= 1.0 ? std::round(r) : 1.0 / std::round(1.0 / r);
}
} // namespace

QString AhpDialog::judgementText(double value)
{
    if (value >= 1.0 - 1e-9)
        return QLocale().toString(value, 'g', 3);
    return QStringLiteral("1/%1").arg(QLocale().toString(1.0 / value, 'g', 3));
}

std::optional<double> AhpDialog::parseJudgement(const QString &raw)
{
    const QString text = raw.trimmed();
    bool ok = false;
    if (const auto slash = text.indexOf(QLatin1Char('/')); slash > 0) {
        const double a = QLocale().toDouble(text.left(slash).trimmed(), &ok);
        if (!ok)
            return std::nullopt;
        const double b = QLocale().toDouble(text.mid(slash + 1).trimmed(), &ok);
        if (!ok || b == 0)
            return std::nullopt;
        return a / b;
    }
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

AhpDialog::AhpDialog(const core::Comparison &c, const QVector<double> &weights, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ahpDialog"));
    setWindowTitle(tr("Weights from Pairwise Comparisons (AHP)"));
    const int n = std::min(c.criterionCount(), core::ahp::kMaxItems);
    for (int j = 0; j < n; ++j)
        m_names.append(c.criteria[j].name);
    // Start from the current weights, rounded onto Saaty's scale.
    m_matrix = QVector<QVector<double>>(n, QVector<double>(n, 1.0));
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double wi = weights.value(i);
            const double wj = weights.value(j);
            const double ratio = wj > 0 ? wi / wj : (wi > 0 ? 9.0 : 1.0);
            m_matrix[i][j] = nearestSaaty(ratio);
            m_matrix[j][i] = 1.0 / m_matrix[i][j];
        }
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("For each pair, how much more important is the <b>row</b> than the <b>column</b>? "
                      "1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; "
                      "1/3, 1/5, ... when the column matters more. The mirror cell follows."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(n, n, this);
    m_table->setObjectName(QStringLiteral("pairwiseTable"));
    // Numbered columns: full names would not fit above narrow cells.
    QStringList rows;
    QStringList columns;
    for (int i = 0; i < n; ++i) {
        rows.append(QStringLiteral("%1. %2").arg(i + 1).arg(m_names[i]));
        columns.append(QString::number(i + 1));
    }
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
    for (int i = 0; i < n; ++i)
        m_table->horizontalHeaderItem(i)->setToolTip(m_names[i]);
    m_table->horizontalHeader()->setDefaultSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("1/9 ")) + 24);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            auto *item = new QTableWidgetItem(judgementText(m_matrix[i][j]));
            item->setTextAlignment(Qt::AlignCenter);
            if (i >= j) {
                // The diagonal and lower triangle follow the upper one.
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setForeground(palette().color(QPalette::PlaceholderText));
            }
            m_table->setItem(i, j, item);
        }
    }
    m_reading = new QLabel(this);
    m_reading->setWordWrap(true);
    m_reading->setObjectName(QStringLiteral("ahpReading"));
    m_priorities = new QTableWidget(n, 2, this);
    m_priorities->setHorizontalHeaderLabels({tr("Criterion"), tr("Priority (%1)").arg(core::ahpVariant())});
    m_priorities->verticalHeader()->hide();
    m_priorities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_priorities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_consistency = new QLabel(this);
    m_consistency->setObjectName(QStringLiteral("ahpConsistency"));
    m_consistency->setWordWrap(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_priorities);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(m_reading);
    layout->addWidget(m_consistency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("Apply as Weights"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("ahpApply"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating)
            return;
        const auto v = parseJudgement(item->text());
        if (!v || !setJudgement(item->row(), item->column(), *v)) {
            const QSignalBlocker block(m_table);
            item->setText(judgementText(m_matrix[item->row()][item->column()]));
            m_reading->setText(tr("Enter a number from 1 to 9 or a fraction from 1/2 to 1/9."));
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &AhpDialog::describeCurrent);
    recompute();
    resize(900, 560);
}

bool AhpDialog::setJudgement(int row, int column, double value)
{
    const int n = int(m_names.size());
    if (row < 0 || column < 0 || row >= n || column >= n || row == column || !std::isfinite(value) ||
        value < 1.0 / 9.0 - 1e-9 || value > 9.0 + 1e-9)
        return false;
    m_matrix[row][column] = value;
    m_matrix[column][row] = 1.0 / value;
    m_updating = true;
    m_table->item(row, column)->setText(judgementText(value));
    m_table->item(column, row)->setText(judgementText(1.0 / value));
    m_updating = false;
    recompute();
    describeCurrent();
    return true;
}

void AhpDialog::recompute()
{
    auto result = core::ahp::analyse(m_names, m_matrix);
    m_ok = result.ok();
    if (!m_ok) {
        m_consistency->setText(result.error());
        return;
    }
    m_analysis = *result;
    // Backgrounds and tooltips change items too: not a judgement.
    const QSignalBlocker block(m_table);
    for (int i = 0; i < m_names.size(); ++i) {
        m_priorities->setItem(i, 0, new QTableWidgetItem(m_names[i]));
        auto *value = new QTableWidgetItem(QLocale().toString(m_analysis.priorities[i] * 100.0, 'f', 1) +
                                           QLocale().percent());
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_priorities->setItem(i, 1, value);
    }
    // Clear old highlights, mark the most inconsistent judgements.
    for (int i = 0; i < m_table->rowCount(); ++i)
        for (int j = 0; j < m_table->columnCount(); ++j)
            m_table->item(i, j)->setBackground(QBrush());
    for (const core::ahp::Judgement &j : m_analysis.mostInconsistent) {
        const QColor warn = m_analysis.consistent() ? QColor(255, 236, 179) : QColor(255, 204, 188);
        m_table->item(j.row, j.column)->setBackground(warn);
        m_table->item(j.row, j.column)
            ->setToolTip(tr("Among the least consistent judgements: the other judgements imply about %1")
                             .arg(judgementText(nearestSaaty(m_analysis.priorities[j.row] /
                                                             m_analysis.priorities[j.column]))));
    }
    m_consistency->setText(consistencyText());
}

QString AhpDialog::consistencyText() const
{
    if (!m_ok)
        return m_consistency->text();
    const QLocale l;
    QString text =
        tr("Consistency ratio %1 (index %2, random index %3 from %4, lambda max %5): %6")
            .arg(l.toString(m_analysis.consistencyRatio, 'f', 3),
                 l.toString(m_analysis.consistencyIndex, 'f', 3), l.toString(m_analysis.randomIndex, 'f', 2),
                 core::ahp::randomIndexSource(int(m_names.size())), l.toString(m_analysis.lambdaMax, 'f', 3),
                 m_analysis.consistent() ? tr("consistent enough (below 0.10).")
                                         : tr("inconsistent: revise the highlighted judgements."));
    return text;
}

void AhpDialog::describeCurrent()
{
    const int i = m_table->currentRow();
    const int j = m_table->currentColumn();
    if (i < 0 || j < 0 || i == j || i >= m_names.size() || j >= m_names.size()) {
        m_reading->clear();
        return;
    }
    const double v = m_matrix[i][j];
    // Spelled out, so a transposed reading is caught before it counts.
    if (v >= 1.0)
        m_reading->setText(
            tr("Reads: %1 is %2 times as important as %3.").arg(m_names[i], judgementText(v), m_names[j]));
    else
        m_reading->setText(tr("Reads: %1 is %2 times as important as %3.")
                               .arg(m_names[j], judgementText(1.0 / v), m_names[i]));
}

QVector<double> AhpDialog::weights() const
{
    if (!m_ok)
        return {};
    const double top = *std::max_element(m_analysis.priorities.cbegin(), m_analysis.priorities.cend());
    QVector<double> out;
    for (double p : m_analysis.priorities)
        out.append(top > 0 ? std::round(p / top * 1000.0) / 100.0 : 0.0);
    return out;
}

} // namespace ui

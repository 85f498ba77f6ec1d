#include "ui/swingdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace ui {

namespace {

QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

SwingDialog::SwingDialog(const core::Comparison &comparison, QWidget *parent)
    : QDialog(parent)
    , m_comparison(comparison)
    , m_swings(core::swing::swings(comparison))
{
    setObjectName(QStringLiteral("swingDialog"));
    setWindowTitle(tr("Swing Weighting"));
    // Start from the current order of the criteria, the ones that do not
    // move (all options alike) last.
    for (int pass = 0; pass < 2; ++pass) {
        for (int j = 0; j < m_swings.size(); ++j) {
            if (m_swings[j].moves() == (pass == 0))
                m_order.append(j);
        }
    }
    // Default ratings fall evenly from 100 with the rank.
    const int m = int(m_order.size());
    for (int r = 0; r < m; ++r)
        m_ratings.append(int(std::lround(100.0 * (m - r) / std::max(1, m))));

    auto *layout = new QVBoxLayout(this);
    m_stepTitle = new QLabel;
    QFont bold = m_stepTitle->font();
    bold.setBold(true);
    m_stepTitle->setFont(bold);
    layout->addWidget(m_stepTitle);
    m_steps = new QStackedWidget;
    layout->addWidget(m_steps, 1);

    // Step 1: rank the swings.
    auto *rankPage = new QWidget;
    auto *rankLayout = new QVBoxLayout(rankPage);
    rankLayout->setContentsMargins(0, 0, 0, 0);
    rankLayout->addWidget(wrapped(tr(
        "Imagine an option that is the worst of these options on every criterion. You may improve it on one "
        "criterion only, from its worst to its best value below. Which swing would you choose first? Put the "
        "swings in that order, most valuable first: select one and press Alt+Up or Alt+Down.")));
    rankLayout->addWidget(wrapped(tr(
        "Why swings: asked directly how important a criterion is, people ignore how far apart the options "
        "are on it; a swing weight depends on that range, so a criterion on which the options barely differ "
        "gets little weight (Monat 2009; Edwards & Barron 1994).")));
    m_orderTable = makeTable({tr("Rank"), tr("Criterion"), tr("Swing from worst to best")});
    m_orderTable->setObjectName(QStringLiteral("swingOrder"));
    m_orderTable->installEventFilter(this);
    rankLayout->addWidget(m_orderTable, 1);
    auto *moveRow = new QHBoxLayout;
    auto *up = new QPushButton(tr("Move &Up"));
    auto *down = new QPushButton(tr("Move &Down"));
    up->setToolTip(tr("Alt+Up"));
    down->setToolTip(tr("Alt+Down"));
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    moveRow->addStretch();
    rankLayout->addLayout(moveRow);
    connect(up, &QPushButton::clicked, this, [this] { move(m_orderTable->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { move(m_orderTable->currentRow(), 1); });
    m_steps->addWidget(rankPage);

    // Step 2: rate them.
    auto *ratePage = new QWidget;
    auto *rateLayout = new QVBoxLayout(ratePage);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->addWidget(wrapped(
        tr("The first swing is worth 100. How much is each other swing worth next to it, from 0 (nothing) "
           "to 100 (as much)? 50 means half as much.")));
    m_ratingTable = makeTable({tr("Rank"), tr("Criterion"), tr("Swing from worst to best"), tr("Rating")});
    m_ratingTable->setObjectName(QStringLiteral("swingRatings"));
    rateLayout->addWidget(m_ratingTable, 1);
    m_ratingNote = new QLabel;
    m_ratingNote->setWordWrap(true);
    rateLayout->addWidget(m_ratingNote);
    m_steps->addWidget(ratePage);

    // Step 3: the weights and why.
    auto *resultPage = new QWidget;
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_sumNote = new QLabel;
    m_sumNote->setWordWrap(true);
    resultLayout->addWidget(m_sumNote);
    m_resultTable =
        makeTable({tr("Criterion"), tr("Swing from worst to best"), tr("Rank"), tr("Rating"), tr("Weight")});
    m_resultTable->setObjectName(QStringLiteral("swingWeights"));
    resultLayout->addWidget(m_resultTable, 1);
    m_steps->addWidget(resultPage);

    auto *buttons = new QDialogButtonBox;
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_next = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    m_next->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (step() == 2)
            accept();
        else
            goTo(step() + 1);
    });
    fillOrder();
    goTo(0);
    resize(760, 460);
}

int SwingDialog::step() const
{
    return m_steps->currentIndex();
}

QString SwingDialog::swingText(int j) const
{
    const core::swing::Swing &s = m_swings[j];
    const core::Criterion &k = m_comparison.criteria[j];
    if (!s.best)
        return tr("no option is scored");
    const QLocale locale;
    auto amount = [&](double x) {
        const QString n = locale.toString(x, 'g', 6);
        return k.unit.isEmpty() ? n : tr("%1 %2", "number and unit").arg(n, k.unit);
    };
    if (!s.moves())
        return tr("all options alike (%1)").arg(amount(*s.best));
    if (k.valueFunction.isLinear())
        return tr("from %1 to %2").arg(amount(*s.worst), amount(*s.best));
    return tr("from %1 (value %2) to %3 (value %4)")
        .arg(amount(*s.worst), locale.toString(s.worstValue, 'g', 3), amount(*s.best),
             locale.toString(s.bestValue, 'g', 3));
}

bool SwingDialog::move(int row, int by)
{
    const int to = row + by;
    if (row < 0 || row >= m_order.size() || to < 0 || to >= m_order.size())
        return false;
    m_order.move(row, to);
    fillOrder();
    m_orderTable->setCurrentCell(to, 1);
    return true;
}

bool SwingDialog::setRating(int rank, int rating)
{
    if (rank <= 0 || rank >= m_ratings.size() || rating < 0 || rating > 100)
        return false;
    m_ratings[rank] = rating;
    if (auto *spin = qobject_cast<QSpinBox *>(m_ratingTable->cellWidget(rank, 3));
        spin && spin->value() != rating)
        spin->setValue(rating);
    fillRatings();
    return true;
}

QVector<double> SwingDialog::ratings() const
{
    QVector<double> r(m_comparison.criterionCount(), 0.0);
    for (int rank = 0; rank < m_order.size(); ++rank)
        r[m_order[rank]] = rank == 0 ? 100.0 : m_ratings[rank];
    return r;
}

QVector<double> SwingDialog::weights() const
{
    return core::swing::weightsFromRatings(ratings());
}

bool SwingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_orderTable && event->type() == QEvent::KeyPress) {
        auto *e = static_cast<QKeyEvent *>(event);
        const bool modified = e->modifiers() & (Qt::AltModifier | Qt::ControlModifier);
        if (modified && (e->key() == Qt::Key_Up || e->key() == Qt::Key_Down)) {
            move(m_orderTable->currentRow(), e->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SwingDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == 0) {
        if (step() == 2)
            accept();
        else
            goTo(step() + 1);
        return;
    }
    QDialog::keyPressEvent(event);
}

void SwingDialog::goTo(int step)
{
    step = std::clamp(step, 0, 2);
    if (step == 1)
        fillRatings();
    if (step == 2)
        fillResult();
    m_steps->setCurrentIndex(step);
    const QString titles[] = {tr("Step 1 of 3: rank the swings"), tr("Step 2 of 3: rate the swings"),
                              tr("Step 3 of 3: the weights")};
    m_stepTitle->setText(titles[step]);
    m_back->setEnabled(step > 0);
    m_next->setText(step == 2 ? tr("&Apply Weights") : tr("&Next >"));
    QWidget *focus = step == 2 ? static_cast<QWidget *>(m_next) : step == 1 ? m_ratingTable : m_orderTable;
    if (step == 1 && m_ratingTable->rowCount() > 1)
        focus = m_ratingTable->cellWidget(1, 3);
    if (focus)
        focus->setFocus();
}

void SwingDialog::fillOrder()
{
    m_orderTable->setRowCount(int(m_order.size()));
    const QLocale locale;
    for (int r = 0; r < m_order.size(); ++r) {
        const int j = m_order[r];
        m_orderTable->setItem(r, 0, cell(locale.toString(r + 1), true));
        m_orderTable->setItem(r, 1, cell(m_comparison.criteria[j].name));
        m_orderTable->setItem(r, 2, cell(swingText(j)));
    }
    m_orderTable->resizeColumnsToContents();
    if (m_orderTable->currentRow() < 0 && !m_order.isEmpty())
        m_orderTable->setCurrentCell(0, 1);
}

void SwingDialog::fillRatings()
{
    const QLocale locale;
    const bool rebuild = m_ratedOrder != m_order;
    m_ratedOrder = m_order;
    m_ratingTable->setRowCount(int(m_order.size()));
    QStringList inconsistent;
    for (int r = 0; r < m_order.size(); ++r) {
        const int j = m_order[r];
        m_ratingTable->setItem(r, 0, cell(locale.toString(r + 1), true));
        m_ratingTable->setItem(r, 1, cell(m_comparison.criteria[j].name));
        m_ratingTable->setItem(r, 2, cell(swingText(j)));
        auto *spin = qobject_cast<QSpinBox *>(m_ratingTable->cellWidget(r, 3));
        if (!spin || rebuild) {
            spin = new QSpinBox;
            spin->setRange(0, 100);
            spin->setAccessibleName(tr("Rating of %1").arg(m_comparison.criteria[j].name));
            m_ratingTable->setCellWidget(r, 3, spin);
            connect(spin, &QSpinBox::valueChanged, this, [this, r](int v) {
                if (r > 0 && r < m_ratings.size() && m_ratings[r] != v)
                    setRating(r, v);
            });
        }
        const int value = r == 0 ? 100 : m_ratings[r];
        if (spin->value() != value)
            spin->setValue(value);
        spin->setEnabled(r > 0);
        if (r > 0 && value > (r == 1 ? 100 : m_ratings[r - 1]))
            inconsistent.append(m_comparison.criteria[j].name);
    }
    m_ratingTable->resizeColumnsToContents();
    m_ratingNote->setText(
        inconsistent.isEmpty()
            ? QString()
            : tr("Rated above a swing you ranked higher: %1. Check the order or the ratings.")
                  .arg(inconsistent.join(QLatin1String(", "))));
}

void SwingDialog::fillResult()
{
    const QLocale locale;
    const QVector<double> r = ratings();
    const QVector<double> w = weights();
    double sum = 0.0;
    for (double x : r)
        sum += x;
    m_sumNote->setText(
        tr("Each weight is the swing's rating over the sum of all ratings (%1), so the weights "
           "add up to 100%. Applying them replaces the weights being explored; Edit > Undo "
           "puts the old ones back.")
            .arg(locale.toString(sum, 'g', 6)));
    m_resultTable->setRowCount(int(m_order.size()));
    for (int rank = 0; rank < m_order.size(); ++rank) {
        const int j = m_order[rank];
        m_resultTable->setItem(rank, 0, cell(m_comparison.criteria[j].name));
        m_resultTable->setItem(rank, 1, cell(swingText(j)));
        m_resultTable->setItem(rank, 2, cell(locale.toString(rank + 1), true));
        m_resultTable->setItem(rank, 3, cell(locale.toString(r[j], 'g', 6), true));
        m_resultTable->setItem(rank, 4, cell(locale.toString(w[j] * 100.0, 'f', 1) + QLatin1Char('%'), true));
    }
    m_resultTable->resizeColumnsToContents();
}

} // namespace ui

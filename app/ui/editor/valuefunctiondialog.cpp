#include "ui/editor/valuefunctiondialog.h"

#include "core/jsonio.h"
#include "ui/charts/chartpanel.h"
#include "ui/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace ui {

ValueFunctionDialog::ValueFunctionDialog(Session *session, int criterion, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_criterion(criterion)
{
    setObjectName(QStringLiteral("valueFunctionDialog"));
    if (const core::Criterion *k = this->criterion())
        m_name = k->name;
    setWindowTitle(tr("Value Function of %1").arg(m_name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A value function turns a score into a value from 0 (worst) to 1 (best) before weighting. "
           "Linear keeps the usual normalisation. With piecewise or step, the points decide what is "
           "better: for a cost, let the values fall as the score grows."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_shape = new QComboBox;
    m_shape->setObjectName(QStringLiteral("valueShape"));
    m_shape->addItem(tr("Linear"), int(core::ValueShape::Linear));
    m_shape->addItem(tr("Piecewise linear"), int(core::ValueShape::Piecewise));
    m_shape->addItem(tr("Step"), int(core::ValueShape::Step));
    form->addRow(tr("&Shape:"), m_shape);
    layout->addLayout(form);

    auto *body = new QHBoxLayout;
    m_chart = createValueFunctionChart(this);
    m_chart->setMinimumSize(360, 260);
    body->addWidget(m_chart, 3);
    auto *side = new QVBoxLayout;
    m_points = new QTableWidget(0, 2);
    m_points->setObjectName(QStringLiteral("valuePoints"));
    m_points->setHorizontalHeaderLabels({tr("Score"), tr("Value (0–1)")});
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_points->verticalHeader()->setVisible(false);
    m_points->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_points->setSelectionMode(QAbstractItemView::SingleSelection);
    side->addWidget(m_points);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add Point"));
    m_remove = new QPushButton(tr("&Remove Point"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    side->addLayout(buttons);
    body->addLayout(side, 2);
    layout->addLayout(body, 1);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("valueProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    connect(m_shape, &QComboBox::activated, this,
            [this](int index) { setShape(core::ValueShape(m_shape->itemData(index).toInt())); });
    connect(m_add, &QPushButton::clicked, this, &ValueFunctionDialog::addPoint);
    connect(m_remove, &QPushButton::clicked, this, &ValueFunctionDialog::removePoint);
    connect(m_points, &QTableWidget::cellChanged, this, &ValueFunctionDialog::cellEdited);
    connect(m_chart, &ValueFunctionChart::pointDropped, this,
            [this](int index, core::ValuePoint to) { setPoint(index, to); });
    connect(m_session, &Session::comparisonChanged, this, &ValueFunctionDialog::refresh);
    refresh();
    m_shape->setFocus();
}

ValueFunctionDialog::~ValueFunctionDialog()
{
    m_points->disconnect(this);
    m_chart->disconnect(this);
}

const core::Criterion *ValueFunctionDialog::criterion() const
{
    if (m_session->isEmpty())
        return nullptr;
    const core::Comparison &c = m_session->comparison();
    // Follow the criterion by name when other edits moved it.
    if (!m_name.isEmpty() && (m_criterion >= c.criterionCount() || c.criteria[m_criterion].name != m_name)) {
        const int j = c.criterionIndex(m_name);
        if (j >= 0)
            const_cast<ValueFunctionDialog *>(this)->m_criterion = j;
    }
    return m_criterion >= 0 && m_criterion < c.criterionCount() ? &c.criteria[m_criterion] : nullptr;
}

bool ValueFunctionDialog::apply(const core::ValueFunction &f, const QString &text)
{
    const core::Criterion *k = criterion();
    if (!k)
        return false;
    if (const QString problem = core::json::valueFunctionProblem(f); !problem.isEmpty()) {
        m_problem->setText(tr("Not changed: %1.").arg(problem));
        refresh();
        return false;
    }
    if (f == k->valueFunction)
        return false;
    core::Comparison after = m_session->comparison();
    after.criteria[m_criterion].valueFunction = f;
    if (!m_session->editComparison(after, text)) {
        refresh();
        return false;
    }
    m_problem->clear();
    return true;
}

bool ValueFunctionDialog::setShape(core::ValueShape shape)
{
    const core::Criterion *k = criterion();
    if (!k)
        return false;
    core::ValueFunction f = k->valueFunction;
    if (shape == f.shape)
        return false;
    if (shape == core::ValueShape::Linear) {
        f = {};
    } else if (f.points.isEmpty()) {
        // Start from the linear normalisation: worst to best over the scale
        // or the options' values.
        const core::Comparison &c = m_session->comparison();
        double lo = k->hasScale() ? *k->scaleMin : 0.0;
        double hi = k->hasScale() ? *k->scaleMax : 0.0;
        bool any = k->hasScale();
        for (int o = 0; o < c.optionCount() && !k->hasScale(); ++o) {
            if (const auto v = c.value(o, m_criterion); v && std::isfinite(*v)) {
                lo = any ? std::min(lo, *v) : *v;
                hi = any ? std::max(hi, *v) : *v;
                any = true;
            }
        }
        if (!(hi > lo))
            hi = lo + 1.0;
        const bool benefit = k->direction == core::Direction::Benefit;
        f.points = {{lo, benefit ? 0.0 : 1.0}, {hi, benefit ? 1.0 : 0.0}};
    }
    f.shape = shape;
    return apply(f, tr("Set the value function of %1 to %2")
                        .arg(k->name, m_shape->itemText(m_shape->findData(int(shape)))));
}

bool ValueFunctionDialog::addPoint()
{
    const core::Criterion *k = criterion();
    if (!k || k->valueFunction.isLinear())
        return false;
    core::ValueFunction f = k->valueFunction;
    const int row = std::clamp(m_points->currentRow(), 0, int(f.points.size()) - 1);
    core::ValuePoint p;
    if (row + 1 < f.points.size()) {
        // Halfway to the next point.
        p = {(f.points[row].x + f.points[row + 1].x) / 2, (f.points[row].y + f.points[row + 1].y) / 2};
    } else {
        const double span = f.points.size() > 1 ? f.points.back().x - f.points.front().x : 1.0;
        p = {f.points.back().x + span / 4, f.points.back().y};
    }
    f.points.insert(row + 1, p);
    if (!apply(f, tr("Add a point to the value function of %1").arg(k->name)))
        return false;
    m_points->setCurrentCell(row + 1, 0);
    return true;
}

bool ValueFunctionDialog::removePoint()
{
    const core::Criterion *k = criterion();
    const int row = m_points->currentRow();
    if (!k || row < 0 || row >= k->valueFunction.points.size())
        return false;
    core::ValueFunction f = k->valueFunction;
    f.points.removeAt(row);
    if (!apply(f, tr("Remove a point from the value function of %1").arg(k->name)))
        return false;
    m_points->setCurrentCell(std::min(row, int(f.points.size()) - 1), 0);
    return true;
}

bool ValueFunctionDialog::setPoint(int index, core::ValuePoint point)
{
    const core::Criterion *k = criterion();
    if (!k || index < 0 || index >= k->valueFunction.points.size())
        return false;
    core::ValueFunction f = k->valueFunction;
    f.points[index] = point;
    if (!apply(f, tr("Move a point of the value function of %1").arg(k->name)))
        return false;
    m_points->setCurrentCell(index, m_points->currentColumn() < 0 ? 0 : m_points->currentColumn());
    return true;
}

void ValueFunctionDialog::cellEdited(int row, int column)
{
    if (m_refreshing)
        return;
    const core::Criterion *k = criterion();
    if (!k || row >= k->valueFunction.points.size())
        return;
    const QString text = m_points->item(row, column)->text().trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v)) {
        m_problem->setText(tr("Not changed: '%1' is not a number.").arg(text.left(40)));
        refresh();
        return;
    }
    core::ValuePoint p = k->valueFunction.points[row];
    (column == 0 ? p.x : p.y) = v;
    setPoint(row, p);
}

void ValueFunctionDialog::refresh()
{
    const core::Criterion *k = criterion();
    if (!k) {
        setEnabled(false);
        return;
    }
    m_refreshing = true;
    const core::ValueFunction &f = k->valueFunction;
    m_shape->setCurrentIndex(m_shape->findData(int(f.shape)));
    const int row = m_points->currentRow();
    const int column = m_points->currentColumn();
    m_points->setRowCount(int(f.points.size()));
    const QLocale locale;
    for (int i = 0; i < f.points.size(); ++i) {
        for (int c = 0; c < 2; ++c) {
            const double v = c == 0 ? f.points[i].x : f.points[i].y;
            // Items are kept, not replaced: refresh() may run inside the
            // edit of one of them.
            if (QTableWidgetItem *item = m_points->item(i, c)) {
                item->setText(locale.toString(v, 'g', 6));
                continue;
            }
            auto *item = new QTableWidgetItem(locale.toString(v, 'g', 6));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_points->setItem(i, c, item);
        }
    }
    if (row >= 0 && row < f.points.size())
        m_points->setCurrentCell(row, std::max(0, column));
    const bool editable = !m_session->isReadOnly();
    m_points->setEnabled(!f.isLinear());
    m_points->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                       : QAbstractItemView::NoEditTriggers);
    m_shape->setEnabled(editable);
    m_add->setEnabled(editable && !f.isLinear() && f.points.size() < core::kMaxValuePoints);
    m_remove->setEnabled(editable && !f.isLinear());
    m_chart->setFunction(m_session->comparison(), m_criterion, f);
    m_refreshing = false;
}

} // namespace ui

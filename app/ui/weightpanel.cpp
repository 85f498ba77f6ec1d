#include "ui/weightpanel.h"

#include "core/verdict.h"
#include "ui/sharelabel.h"

#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace ui {

namespace {

// "&&": a name such as "R&D" is text, not a keyboard shortcut.
QString literal(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

WeightPanel::WeightPanel(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

double WeightPanel::scaleMaximum(const core::Comparison &c)
{
    double top = 10.0;
    for (const core::Profile &p : c.profiles) {
        for (double w : p.weights)
            top = std::max(top, std::ceil(w));
    }
    return top;
}

void WeightPanel::addCriterionRow(const core::Comparison &c, int j, QWidget *box, QGridLayout *grid, int line,
                                  double maxWeight)
{
    const core::Criterion &k = c.criteria[j];
    QString text = k.name;
    if (k.direction == core::Direction::Cost)
        text += QStringLiteral(" ↓");
    auto *name = new QLabel(text, box);
    name->setWordWrap(true);
    name->setMinimumWidth(90);
    QString tip = k.description;
    if (k.direction == core::Direction::Cost)
        tip += QLatin1Char('\n') + tr("Cost criterion: lower values are better.");
    if (k.userScored)
        tip += QLatin1Char('\n') + tr("Score this one for your own team.");
    name->setToolTip(tip.trimmed());
    auto *slider = new QSlider(Qt::Horizontal, box);
    slider->setObjectName(QStringLiteral("weightSlider%1").arg(j));
    slider->setRange(0, int(maxWeight) * kStepsPerUnit);
    slider->setPageStep(kStepsPerUnit);
    slider->setMinimumWidth(80);
    slider->setAccessibleName(tr("Weight of %1").arg(k.name));
    auto *spin = new QDoubleSpinBox(box);
    spin->setObjectName(QStringLiteral("weightSpin%1").arg(j));
    spin->setRange(0.0, maxWeight);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setAccessibleName(tr("Weight of %1").arg(k.name));
    auto *share = new ShareLabel(box);
    share->setObjectName(QStringLiteral("weightShare%1").arg(j));
    share->setToolTip(tr("Share of the total weight"));
    grid->addWidget(name, line, 0, 1, 3);
    grid->addWidget(slider, line + 1, 0, 1, 2);
    grid->addWidget(spin, line + 1, 2);
    grid->addWidget(share, line + 1, 3);
    connect(slider, &QSlider::valueChanged, this, [this, j](int v) {
        const double w = double(v) / kStepsPerUnit;
        {
            const QSignalBlocker block(m_rows[j].spin);
            m_rows[j].spin->setValue(w);
        }
        Q_EMIT weightEdited(j, w);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, j](double w) {
        {
            const QSignalBlocker block(m_rows[j].slider);
            m_rows[j].slider->setValue(int(std::lround(w * kStepsPerUnit)));
        }
        Q_EMIT weightEdited(j, w);
    });
    m_rows[j] = {slider, spin, share};
}

void WeightPanel::setComparison(const core::Comparison &c)
{
    delete m_content;
    m_rows.clear();
    m_rows.resize(c.criterionCount());
    m_groups.clear();
    m_tree = core::CriteriaTree(c);
    m_treeShown = !c.groups.isEmpty();
    m_weights.clear();
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    m_maxWeight = scaleMaximum(c);
    if (m_treeShown) {
        // The tree: top groups framed, deeper ones indented inside them;
        // criteria at the top in a box of their own, as in the flat panel.
        auto *legend = new QLabel(tr("A group's slider sets its share within the group above it. Beside it: "
                                     "that share · its share of the total weight."),
                                  m_content);
        legend->setObjectName(QStringLiteral("treeLegend"));
        legend->setWordWrap(true);
        contentLayout->addWidget(legend);
        QVector<int> topCriteria;
        for (int n : m_tree.node(core::CriteriaTree::kRoot).children) {
            if (m_tree.node(n).isGroup())
                contentLayout->addWidget(addGroup(c, n, m_content, m_maxWeight));
            else
                topCriteria.append(m_tree.node(n).criterion);
        }
        if (!topCriteria.isEmpty()) {
            auto *box = new QGroupBox(tr("Criteria"), m_content);
            auto *grid = new QGridLayout(box);
            grid->setColumnStretch(1, 1);
            grid->setHorizontalSpacing(6);
            grid->setVerticalSpacing(2);
            int line = 0;
            for (int j : topCriteria) {
                addCriterionRow(c, j, box, grid, line, m_maxWeight);
                line += 2;
            }
            contentLayout->addWidget(box);
        }
    } else {
        for (const QString &category : c.categories()) {
            auto *box = new QGroupBox(category.isEmpty() ? tr("Criteria") : literal(category), m_content);
            auto *grid = new QGridLayout(box);
            grid->setColumnStretch(1, 1);
            grid->setHorizontalSpacing(6);
            grid->setVerticalSpacing(2);
            int line = 0;
            for (int j = 0; j < c.criterionCount(); ++j) {
                if (c.criteria[j].category != category)
                    continue;
                addCriterionRow(c, j, box, grid, line, m_maxWeight);
                line += 2;
            }
            contentLayout->addWidget(box);
        }
    }
    contentLayout->addStretch(1);
    m_layout->addWidget(m_content);
}

QWidget *WeightPanel::addGroup(const core::Comparison &c, int node, QWidget *parent, double maxWeight)
{
    const core::CriteriaTree::Node &g = m_tree.node(node);
    auto *frame = new QFrame(parent);
    if (g.depth == 1)
        frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(g.depth == 1 ? 6 : 0, g.depth == 1 ? 4 : 2, g.depth == 1 ? 6 : 0, 4);
    layout->setSpacing(2);

    const int index = int(m_groups.size());
    m_groups.append(GroupRow{});
    GroupRow row;
    row.node = node;
    row.header = new QToolButton(frame);
    row.header->setObjectName(QStringLiteral("groupHeader%1").arg(index));
    row.header->setText(literal(g.name));
    row.header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row.header->setAutoRaise(true);
    row.header->setFocusPolicy(Qt::StrongFocus);
    row.header->setAccessibleName(tr("Group %1").arg(g.name));
    QString tip = g.description;
    tip += QLatin1Char('\n') +
           tr("Left and Right (or - and +, or Space) collapse and expand the group; Up and Down move between "
              "groups.");
    row.header->setToolTip(tip.trimmed());
    QFont bold = row.header->font();
    bold.setBold(true);
    row.header->setFont(bold);
    row.header->installEventFilter(this);

    row.slider = new QSlider(Qt::Horizontal, frame);
    row.slider->setObjectName(QStringLiteral("groupSlider%1").arg(index));
    row.slider->setRange(0, kShareSteps);
    row.slider->setSingleStep(1);
    row.slider->setPageStep(10);
    row.slider->setMinimumWidth(60);
    row.slider->setEnabled(!g.criteria.isEmpty()); // nothing to weigh yet
    const QString parentName =
        g.parent > core::CriteriaTree::kRoot ? m_tree.node(g.parent).name : tr("all criteria");
    row.slider->setAccessibleName(tr("Share of %1 within %2").arg(g.name, parentName));
    row.slider->setToolTip(
        tr("Share of %1 within %2: moving it scales the criteria of %1 together and its siblings' to take up "
           "the rest.")
            .arg(g.name, parentName));
    row.share = new ShareLabel(frame);
    row.share->setObjectName(QStringLiteral("groupShare%1").arg(index));
    row.share->setToolTip(tr("Local share (within %1) · global share (of the total weight)").arg(parentName));
    // As wide as the widest text it shows (shares from 10 % have no decimals).
    row.share->setWidthSample(
        tr("%1 · %2").arg(core::VerdictText::percent(1.0), core::VerdictText::percent(1.0)));

    // The name on its own line, the slider beside its shares, as a
    // criterion's slider sits beside its share.
    layout->addWidget(row.header, 0, Qt::AlignLeft);
    auto *sliderLine = new QHBoxLayout;
    sliderLine->setSpacing(6);
    sliderLine->addWidget(row.slider, 1);
    sliderLine->addWidget(row.share);
    layout->addLayout(sliderLine);

    row.body = new QWidget(frame);
    auto *bodyLayout = new QVBoxLayout(row.body);
    bodyLayout->setContentsMargins(14, 0, 0, 0);
    bodyLayout->setSpacing(2);
    QGridLayout *grid = nullptr;
    int line = 0;
    for (int child : g.children) {
        if (m_tree.node(child).isGroup()) {
            bodyLayout->addWidget(addGroup(c, child, row.body, maxWeight));
            continue;
        }
        if (!grid) {
            auto *holder = new QWidget(row.body);
            grid = new QGridLayout(holder);
            grid->setContentsMargins(0, 2, 0, 0);
            grid->setColumnStretch(1, 1);
            grid->setHorizontalSpacing(6);
            grid->setVerticalSpacing(2);
            bodyLayout->addWidget(holder);
        }
        addCriterionRow(c, m_tree.node(child).criterion, grid->parentWidget(), grid, line, maxWeight);
        line += 2;
    }
    layout->addWidget(row.body);
    const bool expanded = !m_collapsed.contains(g.name);
    row.header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    row.header->setAccessibleDescription(expanded ? tr("expanded") : tr("collapsed"));
    row.body->setVisible(expanded);
    // A click (or Space) toggles the group.
    connect(row.header, &QToolButton::clicked, this, [this, index] {
        const QString name = m_tree.node(m_groups[index].node).name;
        setExpanded(name, !isExpanded(name));
    });
    connect(row.slider, &QSlider::valueChanged, this, [this, index](int v) { moveGroup(index, v); });
    m_groups[index] = row;
    return frame;
}

void WeightPanel::moveGroup(int index, int percent)
{
    if (m_weights.size() != m_rows.size())
        return;
    const QVector<double> after =
        m_tree.withLocalShare(m_groups[index].node, double(percent) / kShareSteps, m_weights, m_maxWeight);
    if (after == m_weights)
        return;
    Q_EMIT weightsEdited(after);
}

void WeightPanel::setWeights(const QVector<double> &weights)
{
    m_weights = weights;
    m_weights.resize(m_rows.size());
    for (int j = 0; j < m_rows.size() && j < weights.size(); ++j) {
        const Row &r = m_rows[j];
        const QSignalBlocker b1(r.slider);
        const QSignalBlocker b2(r.spin);
        if (r.spin->value() != weights[j])
            r.spin->setValue(weights[j]);
        const int pos = int(std::lround(weights[j] * kStepsPerUnit));
        // Do not fight the user's drag: only move the slider when it differs.
        if (r.slider->value() != pos && !r.slider->isSliderDown())
            r.slider->setValue(pos);
    }
    updateGroups();
}

void WeightPanel::updateGroups()
{
    if (m_groups.isEmpty())
        return;
    const QVector<double> nodeWeights = m_tree.nodeWeights(m_weights);
    const double total = nodeWeights.value(core::CriteriaTree::kRoot);
    for (const GroupRow &g : std::as_const(m_groups)) {
        const double local = m_tree.localShare(g.node, m_weights);
        const double global = total > 0 ? nodeWeights[g.node] / total : m_tree.globalShare(g.node, m_weights);
        g.share->setText(
            tr("%1 · %2").arg(core::VerdictText::percent(local), core::VerdictText::percent(global)));
        const int pos = int(std::lround(local * kShareSteps));
        if (g.slider->value() != pos && !g.slider->isSliderDown()) {
            const QSignalBlocker block(g.slider);
            g.slider->setValue(pos);
        }
    }
}

void WeightPanel::setShares(const QVector<double> &normalized)
{
    for (int j = 0; j < m_rows.size() && j < normalized.size(); ++j)
        m_rows[j].share->setText(core::VerdictText::percent(normalized[j]));
}

bool WeightPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    int index = -1;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].header == watched)
            index = i;
    }
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    const GroupRow &g = m_groups[index];
    const QString name = m_tree.node(g.node).name;
    auto visible = [this](int i) {
        for (int at = m_tree.node(m_groups[i].node).parent; at > core::CriteriaTree::kRoot;
             at = m_tree.node(at).parent) {
            if (m_collapsed.contains(m_tree.node(at).name))
                return false;
        }
        return true;
    };
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Plus:
        setExpanded(name, true);
        return true;
    case Qt::Key_Minus:
        setExpanded(name, false);
        return true;
    case Qt::Key_Right:
        if (!isExpanded(name))
            setExpanded(name, true);
        else
            g.slider->setFocus(Qt::OtherFocusReason);
        return true;
    case Qt::Key_Left:
        if (isExpanded(name)) {
            setExpanded(name, false);
        } else {
            // Collapsed already: up to the group it sits in.
            const int parent = m_tree.node(g.node).parent;
            for (const GroupRow &other : std::as_const(m_groups)) {
                if (other.node == parent)
                    other.header->setFocus(Qt::OtherFocusReason);
            }
        }
        return true;
    case Qt::Key_Up:
        for (int i = index - 1; i >= 0; --i) {
            if (visible(i)) {
                m_groups[i].header->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return true;
    case Qt::Key_Down:
        for (int i = index + 1; i < m_groups.size(); ++i) {
            if (visible(i)) {
                m_groups[i].header->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QToolButton *WeightPanel::groupHeader(const QString &group) const
{
    for (const GroupRow &g : m_groups) {
        if (m_tree.node(g.node).name == group)
            return g.header;
    }
    return nullptr;
}

QSlider *WeightPanel::groupSlider(const QString &group) const
{
    for (const GroupRow &g : m_groups) {
        if (m_tree.node(g.node).name == group)
            return g.slider;
    }
    return nullptr;
}

ShareLabel *WeightPanel::groupShareLabel(const QString &group) const
{
    for (const GroupRow &g : m_groups) {
        if (m_tree.node(g.node).name == group)
            return g.share;
    }
    return nullptr;
}

bool WeightPanel::isExpanded(const QString &group) const
{
    return groupHeader(group) && !m_collapsed.contains(group);
}

void WeightPanel::setExpanded(const QString &group, bool expanded)
{
    for (const GroupRow &g : std::as_const(m_groups)) {
        if (m_tree.node(g.node).name != group)
            continue;
        if (expanded)
            m_collapsed.remove(group);
        else
            m_collapsed.insert(group);
        g.header->setAccessibleDescription(expanded ? tr("expanded") : tr("collapsed"));
        g.header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        g.body->setVisible(expanded);
    }
}

QSlider *WeightPanel::slider(int criterion) const
{
    return m_rows.value(criterion).slider;
}
QDoubleSpinBox *WeightPanel::spinBox(int criterion) const
{
    return m_rows.value(criterion).spin;
}
ShareLabel *WeightPanel::shareLabel(int criterion) const
{
    return m_rows.value(criterion).share;
}

} // namespace ui

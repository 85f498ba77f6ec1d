#include "ui/weightpanel.h"

#include "core/verdict.h"
#include "ui/sharelabel.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace ui {

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

void WeightPanel::setComparison(const core::Comparison &c)
{
    delete m_content;
    m_rows.clear();
    m_rows.resize(c.criterionCount());
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    const double maxWeight = scaleMaximum(c);
    for (const QString &category : c.categories()) {
        // "&&": a category such as "R&D" is text, not a keyboard shortcut.
        auto *box = new QGroupBox(category.isEmpty()
                                      ? tr("Criteria")
                                      : QString(category).replace(QLatin1Char('&'), QStringLiteral("&&")),
                                  m_content);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(2);
        int line = 0;
        for (int j = 0; j < c.criterionCount(); ++j) {
            const core::Criterion &k = c.criteria[j];
            if (k.category != category)
                continue;
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
            line += 2;
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
        contentLayout->addWidget(box);
    }
    contentLayout->addStretch(1);
    m_layout->addWidget(m_content);
}

void WeightPanel::setWeights(const QVector<double> &weights)
{
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
}

void WeightPanel::setShares(const QVector<double> &normalized)
{
    for (int j = 0; j < m_rows.size() && j < normalized.size(); ++j)
        m_rows[j].share->setText(core::VerdictText::percent(normalized[j]));
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

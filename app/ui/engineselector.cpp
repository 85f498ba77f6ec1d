#include "ui/engineselector.h"

#include "core/verdict.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace ui {

EngineSelector::EngineSelector(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Method:"), this));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodSelector"));
    for (const core::MethodInfo &m : core::methods())
        m_method->addItem(core::methodTitle(m.method), int(m.method));
    row->addWidget(m_method);
    row->addSpacing(6);
    row->addWidget(new QLabel(tr("Normalisation:"), this));
    m_normalization = new QComboBox(this);
    m_normalization->setObjectName(QStringLiteral("normalizationSelector"));
    for (core::Normalization n :
         {core::Normalization::Scale, core::Normalization::MinMax, core::Normalization::Vector,
          core::Normalization::Sum, core::Normalization::Max, core::Normalization::None})
        m_normalization->addItem(core::normalizationName(n), int(n));
    row->addWidget(m_normalization);
    row->addSpacing(6);
    row->addWidget(new QLabel(tr("Missing scores:"), this));
    m_missing = new QComboBox(this);
    m_missing->setObjectName(QStringLiteral("missingSelector"));
    for (core::MissingPolicy p :
         {core::MissingPolicy::Worst, core::MissingPolicy::Mean, core::MissingPolicy::Exclude})
        m_missing->addItem(core::missingPolicyName(p), int(p));
    row->addWidget(m_missing);
    row->addSpacing(6);
    m_vikorVLabel = new QLabel(tr("VIKOR v:"), this);
    row->addWidget(m_vikorVLabel);
    m_vikorV = new QDoubleSpinBox(this);
    m_vikorV->setObjectName(QStringLiteral("vikorVSelector"));
    m_vikorV->setRange(0.0, 1.0);
    m_vikorV->setDecimals(2);
    m_vikorV->setSingleStep(0.05);
    m_vikorV->setValue(core::kDefaultVikorV);
    m_vikorV->setToolTip(tr("The weight of the group utility S against the largest single regret R "
                            "in VIKOR's Q: 1 follows the majority, 0 the worst criterion."));
    m_vikorVLabel->setBuddy(m_vikorV);
    row->addWidget(m_vikorV);
    row->addStretch(1);
    showVariantControls();

    connect(m_method, &QComboBox::currentIndexChanged, this, &EngineSelector::onMethodChanged);
    for (QComboBox *box : {m_normalization, m_missing})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT optionsEdited(options()); });
    connect(m_vikorV, &QDoubleSpinBox::valueChanged, this, [this] { Q_EMIT optionsEdited(options()); });
}

void EngineSelector::showVariantControls()
{
    const bool vikor = core::Method(m_method->currentData().toInt()) == core::Method::Vikor;
    m_vikorVLabel->setVisible(vikor);
    m_vikorV->setVisible(vikor);
}

core::EngineOptions EngineSelector::options() const
{
    core::EngineOptions o = m_options;
    o.method = core::Method(m_method->currentData().toInt());
    o.normalization = core::Normalization(m_normalization->currentData().toInt());
    o.missing = core::MissingPolicy(m_missing->currentData().toInt());
    o.vikorV = m_vikorV->value();
    return o;
}

void EngineSelector::setOptions(const core::EngineOptions &options)
{
    m_options = options;
    const QSignalBlocker b1(m_method);
    const QSignalBlocker b2(m_normalization);
    const QSignalBlocker b3(m_missing);
    const QSignalBlocker b4(m_vikorV);
    m_method->setCurrentIndex(m_method->findData(int(options.method)));
    m_normalization->setCurrentIndex(m_normalization->findData(int(options.normalization)));
    m_missing->setCurrentIndex(m_missing->findData(int(options.missing)));
    m_vikorV->setValue(core::validVikorV(options.vikorV) ? options.vikorV : core::kDefaultVikorV);
    showVariantControls();
}

void EngineSelector::onMethodChanged()
{
    // Each method comes with its usual normalisation.
    const core::Method method = core::Method(m_method->currentData().toInt());
    {
        const QSignalBlocker block(m_normalization);
        m_normalization->setCurrentIndex(m_normalization->findData(int(core::defaultNormalization(method))));
    }
    showVariantControls();
    Q_EMIT optionsEdited(options());
}

} // namespace ui

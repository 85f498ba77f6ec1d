#include "ui/engineselector.h"

#include "core/verdict.h"

#include <QComboBox>
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
    row->addStretch(1);

    connect(m_method, &QComboBox::currentIndexChanged, this, &EngineSelector::onMethodChanged);
    for (QComboBox *box : {m_normalization, m_missing})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT optionsEdited(options()); });
}

core::EngineOptions EngineSelector::options() const
{
    core::EngineOptions o = m_options;
    o.method = core::Method(m_method->currentData().toInt());
    o.normalization = core::Normalization(m_normalization->currentData().toInt());
    o.missing = core::MissingPolicy(m_missing->currentData().toInt());
    return o;
}

void EngineSelector::setOptions(const core::EngineOptions &options)
{
    m_options = options;
    const QSignalBlocker b1(m_method);
    const QSignalBlocker b2(m_normalization);
    const QSignalBlocker b3(m_missing);
    m_method->setCurrentIndex(m_method->findData(int(options.method)));
    m_normalization->setCurrentIndex(m_normalization->findData(int(options.normalization)));
    m_missing->setCurrentIndex(m_missing->findData(int(options.missing)));
}

void EngineSelector::onMethodChanged()
{
    // Each method comes with its usual normalisation.
    const core::Method method = core::Method(m_method->currentData().toInt());
    {
        const QSignalBlocker block(m_normalization);
        m_normalization->setCurrentIndex(m_normalization->findData(int(core::defaultNormalization(method))));
    }
    Q_EMIT optionsEdited(options());
}

} // namespace ui

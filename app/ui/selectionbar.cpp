#include "ui/selectionbar.h"

#include "core/decision.h"
#include "ui/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace ui {

SelectionBar::SelectionBar(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Comparison:"), this));
    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(QStringLiteral("comparisonSelector"));
    m_comparison->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comparison->setMinimumContentsLength(16);
    row->addWidget(m_comparison);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Profile:"), this));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileSelector"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profile->setMinimumContentsLength(14);
    row->addWidget(m_profile);
    auto *reset = new QPushButton(tr("Reset weights"), this);
    reset->setObjectName(QStringLiteral("resetWeights"));
    reset->setToolTip(tr("Set every weight back to the selected profile's"));
    row->addWidget(reset);
    row->addSpacing(12);
    // Changes only with the comparison, never during a drag.  It gives way
    // (cut, the whole line in its tooltip) rather than widen the window.
    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("decisionStatus"));
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_decision, 1);

    // Parented by whoever lays it out.
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("profileDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setContentsMargins(6, 4, 6, 4);

    connect(m_comparison, &QComboBox::currentIndexChanged, session, &Session::selectComparison);
    connect(m_profile, &QComboBox::currentIndexChanged, session, &Session::selectProfile);
    connect(reset, &QPushButton::clicked, session, &Session::resetToProfile);
    connect(session, &Session::comparisonChanged, this, &SelectionBar::onComparisonChanged);
    connect(session, &Session::profileChanged, this, &SelectionBar::onProfileChanged);
    connect(session, &Session::weightsChanged, this, &SelectionBar::showWhetherChanged);
}

void SelectionBar::onComparisonChanged()
{
    m_shown = {-2, false}; // new items: say it all again
    const core::Comparison &c = m_session->comparison();
    {
        const QSignalBlocker block(m_comparison);
        m_comparison->clear();
        for (const core::Comparison &each : m_session->comparisons())
            m_comparison->addItem(each.name);
        m_comparison->setCurrentIndex(m_session->comparisonIndex());
        m_comparison->setEnabled(m_session->comparisons().size() > 1);
    }
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    for (const core::Profile &p : c.profiles) {
        m_profile->addItem(p.name);
        QString tip = p.description;
        if (p.source >= 0 && p.source < c.sources.size())
            tip += QLatin1Char('\n') + tr("Source: %1").arg(c.sources[p.source].title);
        m_profile->setItemData(m_profile->count() - 1, tip.trimmed(), Qt::ToolTipRole);
    }
    m_profile->setEnabled(!c.profiles.isEmpty());
    const QString decision =
        m_session->isEmpty() ? QString() : tr("Decision: %1").arg(core::decisionSummary(c.decision));
    m_decision->setText(decision);
    m_decision->setToolTip(decision);
}

void SelectionBar::onProfileChanged(int index)
{
    {
        const QSignalBlocker block(m_profile);
        m_profile->setCurrentIndex(index);
    }
    showWhetherChanged();
}

void SelectionBar::showWhetherChanged()
{
    const core::Comparison &c = m_session->comparison();
    const int index = m_session->profileIndex();
    const bool valid = index >= 0 && index < c.profiles.size();
    const bool changed = valid && c.profiles[index].weights != m_session->weights();
    // Called on every weight change of a drag: the combo box and label are
    // only touched when what they say changes.
    if (m_shown == std::pair{index, changed})
        return;
    m_shown = {index, changed};
    // Every other entry shows its own name; the selected one says whether
    // the weights shown are still its.
    const QSignalBlocker block(m_profile);
    for (int i = 0; i < m_profile->count() && i < c.profiles.size(); ++i) {
        const QString name = c.profiles[i].name;
        m_profile->setItemText(i, i == index && changed ? tr("%1 (changed)").arg(name) : name);
    }
    QString description = valid ? c.profiles[index].description : QString();
    if (changed)
        description = tr("The weights differ from the profile %1; Reset weights returns to it.")
                          .arg(c.profiles[index].name);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
}

} // namespace ui

#include "ui/editor/decisionpage.h"

#include "core/decision.h"
#include "core/store.h"
#include "ui/session.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <algorithm>

namespace ui {

namespace {
constexpr core::DecisionStatus kStatuses[] = {
    core::DecisionStatus::Proposed, core::DecisionStatus::Accepted, core::DecisionStatus::Rejected,
    core::DecisionStatus::Deprecated, core::DecisionStatus::Superseded};
} // namespace

DecisionPage::DecisionPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("decisionPage"));
    auto *form = new QFormLayout(this);
    // Long German labels wrap under their field rather than widen the dock.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("decisionStatus"));
    for (const core::DecisionStatus status : kStatuses)
        m_status->addItem(core::decisionStatusName(status), int(status));
    form->addRow(tr("&Status:"), m_status);

    m_supersededBy = new QComboBox;
    m_supersededBy->setObjectName(QStringLiteral("decisionSupersededBy"));
    m_supersededBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_supersededBy->setMinimumContentsLength(16);
    form->addRow(tr("Superseded &by:"), m_supersededBy);

    // "Not decided" is a state of its own, not a date far in the past.
    auto *dateRow = new QHBoxLayout;
    m_isDecided = new QCheckBox(tr("Decided &on"));
    m_isDecided->setObjectName(QStringLiteral("decisionIsDecided"));
    m_decided = new QDateEdit;
    m_decided->setObjectName(QStringLiteral("decisionDate"));
    m_decided->setCalendarPopup(true);
    m_decided->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_decided->setMinimumDate(QDate(1900, 1, 1));
    m_decided->setMaximumDate(QDate(9999, 12, 31));
    m_decided->setAccessibleName(tr("Date decided"));
    dateRow->addWidget(m_isDecided);
    dateRow->addWidget(m_decided);
    dateRow->addStretch();
    form->addRow(tr("Date:"), dateRow);

    auto people = [&](const QString &label, const QString &name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(tr("Names, separated by commas"));
        form->addRow(label, edit);
        connect(edit, &QLineEdit::editingFinished, this, &DecisionPage::commit);
        return edit;
    };
    m_deciders = people(tr("&Deciders:"), QStringLiteral("decisionDeciders"));
    m_consulted = people(tr("Co&nsulted:"), QStringLiteral("decisionConsulted"));
    m_informed = people(tr("&Informed:"), QStringLiteral("decisionInformed"));

    auto *hint =
        new QLabel(tr("The decision record of this comparison, as the Markdown (MADR) report writes it. "
                      "Every change here can be undone with Edit > Undo."));
    hint->setWordWrap(true);
    form->addRow(hint);

    connect(m_status, &QComboBox::activated, this, &DecisionPage::commit);
    connect(m_supersededBy, &QComboBox::activated, this, &DecisionPage::commit);
    connect(m_isDecided, &QCheckBox::toggled, this, [this](bool on) {
        m_decided->setEnabled(on && m_isDecided->isEnabled());
        if (on)
            m_decided->setFocus();
        commit();
    });
    connect(m_decided, &QDateEdit::editingFinished, this, &DecisionPage::commit);
    // A day picked in the calendar is set after the click is handled.
    connect(m_decided->calendarWidget(), &QCalendarWidget::clicked, this,
            [this] { QTimer::singleShot(0, this, &DecisionPage::commit); });
    connect(m_session, &Session::comparisonChanged, this, &DecisionPage::sync);
    connect(m_session, &Session::readOnlyChanged, this, &DecisionPage::sync);
    sync();
}

core::DecisionRecord DecisionPage::shownRecord() const
{
    core::DecisionRecord d;
    d.status = core::DecisionStatus(m_status->currentData().toInt());
    if (d.status == core::DecisionStatus::Superseded)
        d.supersededBy = m_supersededBy->currentData().toString();
    if (m_isDecided->isChecked())
        d.decided = m_decided->date();
    d.deciders = core::peopleFromText(m_deciders->text());
    d.consulted = core::peopleFromText(m_consulted->text());
    d.informed = core::peopleFromText(m_informed->text());
    return d;
}

bool DecisionPage::commit()
{
    if (m_session->isEmpty() || m_session->isReadOnly())
        return false;
    const core::Comparison &c = m_session->comparison();
    const core::DecisionRecord record = shownRecord();
    if (record == c.decision) {
        sync(); // tidy what was typed ("Ada,, Ada" shows as "Ada")
        return false;
    }
    core::Comparison after = c;
    after.decision = record;
    if (!m_session->editComparison(after, tr("Edit the decision record of %1").arg(c.name))) {
        if (!m_session->lastRefusal().isEmpty())
            Q_EMIT message(m_session->lastRefusal());
        sync();
        return false;
    }
    return true;
}

void DecisionPage::sync()
{
    const bool empty = m_session->isEmpty();
    const core::DecisionRecord d = empty ? core::DecisionRecord{} : m_session->comparison().decision;
    const bool editable = !empty && !m_session->isReadOnly();
    const QSignalBlocker b1(m_status), b2(m_supersededBy), b3(m_isDecided), b4(m_decided);

    m_status->setCurrentIndex(m_status->findData(int(d.status)));

    // The other comparisons of the file, and the name the record holds even
    // when this file lacks it (a record pulled from a team repository).
    m_supersededBy->clear();
    m_supersededBy->addItem(tr("(not named)"), QString());
    if (!empty) {
        for (int i = 0; i < m_session->comparisons().size(); ++i) {
            if (i != m_session->comparisonIndex())
                m_supersededBy->addItem(m_session->comparisons()[i].name, m_session->comparisons()[i].name);
        }
    }
    if (!d.supersededBy.isEmpty() && m_supersededBy->findData(d.supersededBy) < 0)
        m_supersededBy->addItem(d.supersededBy, d.supersededBy);
    m_supersededBy->setCurrentIndex(std::max(0, m_supersededBy->findData(d.supersededBy)));

    m_isDecided->setChecked(d.decided.isValid());
    m_decided->setDate(d.decided.isValid() ? d.decided : QDate::currentDate());

    for (const auto &[edit, list] : {std::pair{m_deciders, &d.deciders}, std::pair{m_consulted, &d.consulted},
                                     std::pair{m_informed, &d.informed}}) {
        const QString text = core::peopleToText(*list);
        if (edit->text() != text)
            edit->setText(text);
        edit->setReadOnly(!editable);
    }
    m_status->setEnabled(editable);
    m_supersededBy->setEnabled(editable && d.status == core::DecisionStatus::Superseded);
    m_isDecided->setEnabled(editable);
    m_decided->setEnabled(editable && d.decided.isValid());
}

} // namespace ui

#include "ui/liveworkshopcontroller.h"

#include "core/repository.h"
#include "ui/documentcontroller.h"
#include "ui/prompts.h"
#include "ui/session.h"

#include <QInputDialog>

namespace ui {

LiveWorkshopController::LiveWorkshopController(Session *session, DocumentController *document,
                                               QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_document(document)
    , m_window(window)
{
    connect(m_session, &Session::weightsChanged, this, [this] {
        if (m_workshop && !m_facilitator)
            sendWeights();
    });
    // Another document or comparison: the workshop was about the old one.
    connect(m_document, &DocumentController::locationChanged, this, [this] {
        if (m_workshop && m_document->location() != m_url)
            leave();
    });
}

LiveWorkshopController::~LiveWorkshopController() = default;

QString LiveWorkshopController::start()
{
    const QString url = m_document->location();
    if (!core::repo::isUrl(url)) {
        Q_EMIT failed(
            tr("A live workshop runs on a team repository: open one with File > Open Team Repository."));
        return {};
    }
    leave();
    auto workshop = core::LiveWorkshop::open(url, m_session->comparison().name, m_document->typedPassword());
    if (!workshop) {
        Q_EMIT failed(tr("The workshop cannot start: %1").arg(workshop.error()));
        return {};
    }
    auto code = (*workshop)->start();
    if (!code) {
        Q_EMIT failed(tr("The workshop cannot start: %1").arg(code.error()));
        return {};
    }
    m_workshop = std::move(*workshop);
    m_url = url;
    m_facilitator = true;
    m_code = *code;
    connect(m_workshop.get(), &core::LiveWorkshop::participantsChanged, this,
            &LiveWorkshopController::showParticipants);
    connect(m_workshop.get(), &core::LiveWorkshop::failed, this, &LiveWorkshopController::failed);
    if (auto now = m_workshop->participants())
        showParticipants(*now);
    Q_EMIT activeChanged(true);
    Q_EMIT status(
        tr("Live workshop on %1: participants join with code %2").arg(m_session->comparison().name, m_code),
        0);
    return m_code;
}

bool LiveWorkshopController::join(const QString &given)
{
    const QString url = m_document->location();
    if (!core::repo::isUrl(url)) {
        Q_EMIT failed(
            tr("A live workshop runs on a team repository: open one with File > Open Team Repository."));
        return false;
    }
    QString codeOrName = given;
    if (codeOrName.isEmpty()) {
        QInputDialog dialog(m_window);
        dialog.setWindowTitle(tr("Join Live Workshop"));
        dialog.setLabelText(tr("Join code (or the comparison's name):"));
        if (m_document->prompts()->exec(dialog) != QDialog::Accepted)
            return false;
        codeOrName = dialog.textValue().trimmed();
    }
    auto name = core::LiveWorkshop::comparisonFor(url, codeOrName, m_document->typedPassword());
    if (!name) {
        Q_EMIT failed(tr("Cannot join: %1").arg(name.error()));
        return false;
    }
    const int index = [&] {
        for (int i = 0; i < m_session->comparisons().size(); ++i) {
            if (m_session->comparisons()[i].name == *name)
                return i;
        }
        return -1;
    }();
    if (index < 0) {
        Q_EMIT failed(tr("Cannot join: %1 is not in this document; reopen the repository.").arg(*name));
        return false;
    }
    leave();
    auto workshop = core::LiveWorkshop::open(url, *name, m_document->typedPassword());
    if (!workshop) {
        Q_EMIT failed(tr("Cannot join: %1").arg(workshop.error()));
        return false;
    }
    if (m_session->comparisonIndex() != index)
        m_session->selectComparison(index);
    m_workshop = std::move(*workshop);
    m_url = url;
    m_facilitator = false;
    m_code = codeOrName;
    connect(m_workshop.get(), &core::LiveWorkshop::failed, this, &LiveWorkshopController::failed);
    sendWeights();
    Q_EMIT activeChanged(true);
    Q_EMIT status(tr("In the live workshop on %1 as %2: your weights are shared as you move them")
                      .arg(*name, m_workshop->participant()),
                  0);
    return true;
}

void LiveWorkshopController::leave()
{
    if (!m_workshop)
        return;
    if (!m_facilitator)
        m_workshop->leave();
    m_workshop.reset();
    m_code.clear();
    m_session->setLiveStakeholders({});
    Q_EMIT activeChanged(false);
    Q_EMIT status(tr("Left the live workshop"), 5000);
}

void LiveWorkshopController::sendWeights()
{
    QStringList criteria;
    for (const core::Criterion &k : m_session->comparison().criteria)
        criteria.append(k.name);
    m_workshop->publish(criteria, m_session->weights());
}

void LiveWorkshopController::showParticipants(const QVector<core::LiveWeights> &participants)
{
    const core::Comparison &c = m_session->comparison();
    if (c.name != m_workshop->comparison())
        return; // the facilitator looks at another comparison for now
    QVector<core::Profile> profiles;
    for (const core::LiveWeights &p : participants) {
        core::Profile profile;
        profile.name = tr("%1 (live)").arg(p.participant);
        profile.kind = core::ProfileKind::Stakeholder;
        profile.weights = QVector<double>(c.criterionCount(), 0.0);
        for (int j = 0; j < c.criterionCount(); ++j)
            profile.weights[j] = p.weights.value(c.criteria[j].name, 0.0);
        profiles.append(profile);
    }
    m_session->setLiveStakeholders(profiles);
}

} // namespace ui

#pragma once

#include "core/liveworkshop.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace ui {

class DocumentController;
class Session;

// The window's side of a live workshop on a team repository.  The
// facilitator starts one on the comparison shown and sees every
// participant's weights arrive in the Stakeholders tab as they drag; a
// participant joins by the join code (or the comparison's name) and their
// weights go out as they move their sliders.
class LiveWorkshopController final : public QObject
{
    Q_OBJECT
public:
    LiveWorkshopController(Session *session, DocumentController *document, QWidget *window,
                           QObject *parent = nullptr);
    ~LiveWorkshopController() override;

    // Facilitator: on the comparison shown; returns the join code.
    QString start();
    // Participant: asks for the code (or name) unless given.
    bool join(const QString &codeOrName = {});
    void leave();
    bool isActive() const { return bool(m_workshop); }
    bool isFacilitator() const { return m_facilitator; }
    const QString &code() const { return m_code; }

Q_SIGNALS:
    void status(const QString &message, int timeout);
    void failed(const QString &message);
    void activeChanged(bool active);

private:
    void showParticipants(const QVector<core::LiveWeights> &participants);
    void sendWeights();

    Session *m_session;
    DocumentController *m_document;
    QPointer<QWidget> m_window;
    std::unique_ptr<core::LiveWorkshop> m_workshop;
    QString m_code;
    QString m_url;
    bool m_facilitator = false;
};

} // namespace ui

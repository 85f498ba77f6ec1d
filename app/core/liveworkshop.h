#pragma once

#include "core/comparison.h"
#include "core/expected.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace core {

namespace repo {
class Connection;
}

// One participant's weights in a live workshop, by criterion name.
struct LiveWeights
{
    QString participant;
    QHash<QString, double> weights;
    QDateTime changedAt;
};

// A live workshop on one comparison of a team repository.  Every participant
// writes only their own weights (the database's row-level security holds
// them to it); the facilitator follows everyone's as they change, announced
// by the server.  A connection of its own, so a burst of weights never waits
// behind a save of the document.  A participant who leaves, or whose laptop
// drops, simply stops sending: nobody waits for them.
class LiveWorkshop final : public QObject
{
    Q_OBJECT
public:
    ~LiveWorkshop() override;

    static Expected<std::unique_ptr<LiveWorkshop>> open(const QString &url, const QString &comparison,
                                                        const QString &password = {});
    // The comparison a participant joins: by its join code or its name.
    static Expected<QString> comparisonFor(const QString &url, const QString &codeOrName,
                                           const QString &password = {});

    const QString &comparison() const { return m_comparison; }
    const QString &participant() const; // this connection's role

    // Facilitator (an owner): gives the workshop a short join code and
    // starts following everyone's weights.
    Expected<QString> start();
    // Follows the participants' weights (participantsChanged).
    void follow();
    Expected<QVector<LiveWeights>> participants();

    // Participant: sends these weights; a burst of changes sends the latest
    // at most every `interval` milliseconds.
    void publish(const QStringList &criteria, const QVector<double> &weights);
    Expected<void> publishNow(const QStringList &criteria, const QVector<double> &weights);
    void setInterval(int milliseconds) { m_interval = milliseconds; }
    // Removes this participant's weights (leaving for good).
    Expected<void> leave();

Q_SIGNALS:
    void participantsChanged(const QVector<core::LiveWeights> &participants);
    void failed(const QString &message);

private:
    LiveWorkshop() = default;
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void fetch();

    std::unique_ptr<repo::Connection> m_connection;
    QString m_comparison;
    qint64 m_id = 0;
    QTimer m_throttle;
    QTimer m_fetch;
    QStringList m_pendingCriteria;
    QVector<double> m_pendingWeights;
    bool m_pending = false;
    int m_interval = 50;
};

} // namespace core

#pragma once

#include "core/documentstore.h"

#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace core {

namespace repo {
class Repository;
}

// A document in a team repository on PostgreSQL.  Saves merge (see
// repo::Repository); others' saves are announced by the server (LISTEN /
// NOTIFY) and reported as changedOutside within moments, so the window
// brings them in.  A server that goes away is noticed by a heartbeat,
// reported through reachableChanged, and connected again when it returns;
// nothing the user did is dropped meanwhile (the window keeps it, and its
// recovery copies keep it on disk).
class PgStore final : public DocumentStore
{
    Q_OBJECT
public:
    explicit PgStore(const QString &url, QObject *parent = nullptr);
    ~PgStore() override;

    QString location() const override;
    QString displayName() const override;
    bool canSaveInPlace() const override { return !m_readOnly; }
    bool isReadOnly() const override { return m_readOnly; }
    Expected<QStringList> list() override;
    Expected<QVector<Comparison>> load() override;
    Expected<void> save(const QVector<Comparison> &comparisons) override;
    void setWatching(bool watching) override;
    void checkNow() override;
    bool isStale() override { return false; } // saves merge instead
    void markSeen() override {}

    bool isShared() const override { return true; }
    Expected<SyncResult> sync(const QVector<Comparison> &mine, bool write) override;
    Expected<QVector<Comparison>> resolve(const QVector<Comparison> &mine, const QVector<Conflict> &conflicts,
                                          const QVector<bool> &keepMine) override;
    bool needsPassword(const QString &error) const override;
    void setPassword(const QString &password) override { m_password = password; }

    bool isReachable() const { return m_reachable; }
    // How often the heartbeat looks at the server.
    void setHeartbeat(int milliseconds) { m_heartbeat.setInterval(milliseconds); }

Q_SIGNALS:
    // A participant's weights changed in a live workshop (comparison id).
    void stakeholderWeightsChanged(qint64 comparison, const QString &participant);

private:
    Expected<repo::Repository *> repository();
    void subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void beat();
    void setReachable(bool reachable, const QString &detail);

    QString m_url;
    QString m_password;
    std::unique_ptr<repo::Repository> m_repository;
    QTimer m_heartbeat;
    QTimer m_debounce;
    bool m_watching = false;
    bool m_subscribed = false;
    bool m_reachable = true;
    bool m_readOnly = false;
};

} // namespace core

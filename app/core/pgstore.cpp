#include "core/pgstore.h"

#include "core/repository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};
const QString kChannel = QStringLiteral("tradeoff");
} // namespace

PgStore::PgStore(const QString &url, QObject *parent)
    : DocumentStore(parent)
    , m_url(url)
{
    m_heartbeat.setInterval(3000);
    connect(&m_heartbeat, &QTimer::timeout, this, &PgStore::beat);
    // Several notifications of one save (or of a burst of saves) become one
    // refresh.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentStore::changedOutside);
}

PgStore::~PgStore() = default;

QString PgStore::location() const
{
    return repo::withoutPassword(m_url);
}

QString PgStore::displayName() const
{
    const QUrl u(m_url);
    const QString host = u.host().isEmpty() ? QStringLiteral("localhost") : u.host();
    return Tr::tr("%1 on %2").arg(u.path().mid(1), host);
}

bool PgStore::needsPassword(const QString &error) const
{
    return repo::needsPassword(error);
}

Expected<repo::Repository *> PgStore::repository()
{
    if (!m_repository) {
        auto opened = repo::openRepository(m_url, m_password);
        if (!opened)
            return Error{opened.error()};
        m_repository = std::move(*opened);
        QSqlQuery q(m_repository->connection().sql());
        // A participant reads comparisons and writes only their own weights.
        m_readOnly = q.exec(QStringLiteral("SELECT has_table_privilege('parts', 'INSERT')")) && q.next() &&
                     !q.value(0).toBool();
        if (m_watching)
            subscribe();
    }
    return m_repository.get();
}

Expected<QStringList> PgStore::list()
{
    auto r = repository();
    if (!r)
        return Error{r.error()};
    auto all = (*r)->list();
    if (!all)
        return Error{all.error()};
    QStringList names;
    for (const repo::ComparisonInfo &info : *all)
        names.append(info.name);
    return names;
}

Expected<QVector<Comparison>> PgStore::load()
{
    auto r = repository();
    if (!r)
        return Error{r.error()};
    return (*r)->load();
}

Expected<void> PgStore::save(const QVector<Comparison> &comparisons)
{
    auto synced = sync(comparisons, true);
    if (!synced)
        return Error{synced.error()};
    if (!synced->conflicts.isEmpty())
        return Error{Tr::tr("%n change(s) collide with changes others saved; nothing was saved", nullptr,
                            int(synced->conflicts.size()))};
    return {};
}

Expected<SyncResult> PgStore::sync(const QVector<Comparison> &mine, bool write)
{
    auto r = repository();
    if (!r)
        return Error{r.error()};
    auto result = write ? (*r)->save(mine) : (*r)->refresh(mine);
    if (!result && !(*r)->connection().reconnect())
        setReachable(false, result.error());
    return result;
}

Expected<QVector<Comparison>> PgStore::resolve(const QVector<Comparison> &mine,
                                               const QVector<Conflict> &conflicts,
                                               const QVector<bool> &keepMine)
{
    auto r = repository();
    if (!r)
        return Error{r.error()};
    return (*r)->resolve(mine, conflicts, keepMine);
}

void PgStore::setWatching(bool watching)
{
    m_watching = watching;
    if (watching) {
        m_heartbeat.start();
        if (m_repository)
            subscribe();
    } else {
        m_heartbeat.stop();
        if (m_repository && m_subscribed)
            m_repository->connection().sql().driver()->unsubscribeFromNotification(kChannel);
        m_subscribed = false;
    }
}

void PgStore::subscribe()
{
    QSqlDriver *driver = m_repository->connection().sql().driver();
    if (m_subscribed)
        driver->unsubscribeFromNotification(kChannel);
    m_subscribed = driver->subscribeToNotification(kChannel);
    // One connection per driver object: connecting again is harmless with
    // UniqueConnection.
    connect(driver, &QSqlDriver::notification, this, &PgStore::onNotification, Qt::UniqueConnection);
}

void PgStore::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                             const QVariant &payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return; // this document's own saves are not news
    const QJsonObject what = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (what.value(QLatin1String("kind")).toString() == QLatin1String("weights")) {
        Q_EMIT stakeholderWeightsChanged(what.value(QLatin1String("comparison")).toInteger(),
                                         what.value(QLatin1String("participant")).toString());
        return;
    }
    m_debounce.start();
}

void PgStore::checkNow()
{
    beat();
}

void PgStore::beat()
{
    if (!m_repository)
        return;
    repo::Connection &c = m_repository->connection();
    {
        QSqlQuery ping(c.sql());
        if (ping.exec(QStringLiteral("SELECT 1"))) {
            setReachable(true, {});
            return;
        }
    }
    const QString error = c.sql().lastError().text();
    if (c.reconnect()) {
        subscribe();
        setReachable(true, {});
        // What others saved while this window could not hear them.
        Q_EMIT changedOutside();
        return;
    }
    setReachable(false, error);
}

void PgStore::setReachable(bool reachable, const QString &detail)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable, detail);
}

} // namespace core

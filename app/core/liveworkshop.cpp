#include "core/liveworkshop.h"

#include "core/repository.h"
#include "core/repositorysql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

// A code people can read out loud: no 0/O, 1/I.
QString newCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 6; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]));
    return code;
}
} // namespace

LiveWorkshop::~LiveWorkshop() = default;

const QString &LiveWorkshop::participant() const
{
    return m_connection->user();
}

Expected<std::unique_ptr<LiveWorkshop>> LiveWorkshop::open(const QString &url, const QString &comparison,
                                                           const QString &password)
{
    auto repository = repo::openRepository(url, password); // checks the schema
    if (!repository)
        return Error{repository.error()};
    auto connection = repo::Connection::open(url, password);
    if (!connection)
        return Error{connection.error()};
    QSqlQuery q((*connection)->sql());
    q.prepare(QStringLiteral("SELECT id FROM comparisons WHERE name = ?"));
    q.addBindValue(comparison);
    if (!q.exec())
        return Error{repo::sql::error(q.lastError())};
    if (!q.next())
        return Error{Tr::tr("no comparison named '%1' in the repository").arg(comparison.left(60))};
    std::unique_ptr<LiveWorkshop> w(new LiveWorkshop);
    w->m_id = q.value(0).toLongLong();
    w->m_comparison = comparison;
    w->m_connection = std::move(*connection);
    w->m_throttle.setSingleShot(true);
    connect(&w->m_throttle, &QTimer::timeout, w.get(), [raw = w.get()] {
        if (!raw->m_pending)
            return;
        raw->m_pending = false;
        if (auto r = raw->publishNow(raw->m_pendingCriteria, raw->m_pendingWeights); !r)
            Q_EMIT raw->failed(r.error());
        raw->m_throttle.start(raw->m_interval); // the next change waits out the interval
    });
    // Notifications that arrive together are read with one query.
    w->m_fetch.setSingleShot(true);
    w->m_fetch.setInterval(0);
    connect(&w->m_fetch, &QTimer::timeout, w.get(), &LiveWorkshop::fetch);
    return w;
}

Expected<QString> LiveWorkshop::comparisonFor(const QString &url, const QString &codeOrName,
                                              const QString &password)
{
    auto connection = repo::Connection::open(url, password);
    if (!connection)
        return Error{connection.error()};
    QSqlQuery q((*connection)->sql());
    q.prepare(QStringLiteral("SELECT name FROM comparisons WHERE workshop_code = upper(?) OR name = ? "
                             "ORDER BY workshop_code IS NULL LIMIT 1"));
    q.addBindValue(codeOrName.trimmed());
    q.addBindValue(codeOrName);
    if (!q.exec())
        return Error{repo::sql::error(q.lastError())};
    if (!q.next())
        return Error{Tr::tr("no workshop or comparison called '%1'").arg(codeOrName.left(60))};
    return q.value(0).toString();
}

Expected<QString> LiveWorkshop::start()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString code = newCode();
        QSqlQuery q(m_connection->sql());
        q.prepare(QStringLiteral("UPDATE comparisons SET workshop_code = ? WHERE id = ?"));
        q.addBindValue(code);
        q.addBindValue(m_id);
        if (q.exec()) {
            if (q.numRowsAffected() != 1)
                return Error{Tr::tr("only an owner of '%1' can run its workshop").arg(m_comparison.left(60))};
            follow();
            return code;
        }
        if (!q.lastError().nativeErrorCode().startsWith(QLatin1String("23505"))) // not a taken code
            return Error{repo::sql::error(q.lastError())};
    }
    return Error{Tr::tr("cannot find a free join code")};
}

void LiveWorkshop::follow()
{
    QSqlDriver *driver = m_connection->sql().driver();
    driver->subscribeToNotification(QStringLiteral("tradeoff"));
    connect(driver, &QSqlDriver::notification, this, &LiveWorkshop::onNotification, Qt::UniqueConnection);
    fetch();
}

void LiveWorkshop::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                  const QVariant &payload)
{
    if (name != QLatin1String("tradeoff"))
        return;
    const QJsonObject what = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (what.value(QLatin1String("kind")).toString() == QLatin1String("weights") &&
        what.value(QLatin1String("comparison")).toInteger() == m_id && !m_fetch.isActive())
        m_fetch.start();
}

void LiveWorkshop::fetch()
{
    auto all = participants();
    if (!all) {
        if (!m_connection->reconnect()) {
            Q_EMIT failed(all.error());
            return;
        }
        follow(); // subscriptions end with the old connection
        return;
    }
    Q_EMIT participantsChanged(*all);
}

Expected<QVector<LiveWeights>> LiveWorkshop::participants()
{
    QSqlQuery q(m_connection->sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT participant, weights, changed_at FROM stakeholder_weights "
                             "WHERE comparison = ? ORDER BY participant"));
    q.addBindValue(m_id);
    if (!q.exec())
        return Error{repo::sql::error(q.lastError())};
    QVector<LiveWeights> out;
    while (q.next()) {
        LiveWeights w;
        w.participant = q.value(0).toString();
        const QJsonObject weights = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
            const double v = it.value().toDouble(-1);
            // What a hand-written client may have put there is checked as a
            // weight is anywhere else.
            if (it.value().isDouble() && std::isfinite(v) && v >= 0 && v <= 1000)
                w.weights.insert(it.key(), v);
        }
        w.changedAt = q.value(2).toDateTime();
        out.append(w);
    }
    return out;
}

void LiveWorkshop::publish(const QStringList &criteria, const QVector<double> &weights)
{
    m_pendingCriteria = criteria;
    m_pendingWeights = weights;
    m_pending = true;
    if (!m_throttle.isActive())
        m_throttle.start(0);
}

Expected<void> LiveWorkshop::publishNow(const QStringList &criteria, const QVector<double> &weights)
{
    QJsonObject json;
    for (int j = 0; j < criteria.size() && j < weights.size(); ++j)
        json.insert(criteria[j], weights[j]);
    QSqlQuery q(m_connection->sql());
    q.prepare(
        QStringLiteral("INSERT INTO stakeholder_weights (comparison, weights) VALUES (?, ?) "
                       "ON CONFLICT (comparison, participant) DO UPDATE SET weights = EXCLUDED.weights, "
                       "changed_at = now()"));
    q.addBindValue(m_id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        const QString error = repo::sql::error(q.lastError());
        m_connection->reconnect(); // the next change tries again
        return Error{error};
    }
    return {};
}

Expected<void> LiveWorkshop::leave()
{
    m_pending = false;
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral(
        "DELETE FROM stakeholder_weights WHERE comparison = ? AND participant = current_user"));
    q.addBindValue(m_id);
    if (!q.exec())
        return Error{repo::sql::error(q.lastError())};
    return {};
}

} // namespace core

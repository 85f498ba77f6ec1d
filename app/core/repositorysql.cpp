#include "core/repositorysql.h"

#include "core/database.h"

namespace core::repo::sql {

QString error(const QSqlError &e)
{
    return core::reason(e);
}

QString statusOf(const Comparison &c)
{
    return decisionStatusKey(c.decision.status);
}

QVariant decidedOf(const Comparison &c)
{
    return c.decision.decided.isValid() ? QVariant(c.decision.decided)
                                        : QVariant(QMetaType(QMetaType::QDate));
}

// Runs `statement` with `values` bound in order; the error is one line.
Expected<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: sent as it is (some statements cannot be prepared).
        if (!q.exec(statement))
            return Error{error(q.lastError())};
        return q;
    }
    if (!q.prepare(statement))
        return Error{error(q.lastError())};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{error(q.lastError())};
    return q;
}

Conflict conflictOf(const QString &comparison, const QString &key, const QByteArray &mine,
                    const QByteArray &theirs)
{
    Conflict c;
    c.comparison = comparison;
    c.key = key;
    c.mine = mine;
    c.theirs = theirs;
    return c;
}

} // namespace core::repo::sql

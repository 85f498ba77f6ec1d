// The merging half of Repository: save, refresh and resolve.  What each
// user last saw of each part (the base) decides what is theirs to send,
// what others changed meanwhile, and what collides.
#include "core/repository.h"
#include "core/repositorysql.h"

#include <QCoreApplication>
#include <QSet>

namespace core::repo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

using sql::run;

} // namespace

namespace {

// The parts whose bodies differ between `base` and `mine`; a removed part
// has a null body.
template<typename BaseParts>
QHash<QString, QByteArray> difference(const BaseParts &base, const Parts &mine)
{
    QHash<QString, QByteArray> changed;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const auto b = base.constFind(it.key());
        if (b == base.constEnd() || b->body != *it)
            changed.insert(it.key(), *it);
    }
    for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
        if (!mine.contains(it.key()))
            changed.insert(it.key(), QByteArray());
    }
    return changed;
}

} // namespace

Expected<SyncResult> Repository::save(const QVector<Comparison> &mine)
{
    QSqlDatabase &db = m_connection->sql();
    m_connection->reconnect();
    if (!db.transaction())
        return Error{connectionLost(sql::error(db.lastError()))};
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    SyncResult result;
    QHash<QString, Base> newBase = m_base;
    qint64 revision = 0;
    auto stamp = [&]() -> Expected<qint64> {
        if (revision == 0) {
            auto q = run(db, QStringLiteral("SELECT nextval('tradeoff_revision')"));
            if (!q || !q->next())
                return Error{q ? Tr::tr("cannot number the change") : q.error()};
            revision = q->value(0).toLongLong();
        }
        return revision;
    };
    auto failed = [&](const QString &comparison, const QString &error) {
        // A server that went away mid-save rolled the transaction back.
        QSqlQuery ping(db);
        if (!ping.exec(QStringLiteral("SELECT 1")))
            return Error{Tr::tr("%1; nothing was saved").arg(connectionLost(error))};
        return Error{Tr::tr("cannot save '%1': %2").arg(comparison.left(60), error)};
    };
    QSet<QString> names;
    for (const Comparison &c : mine) {
        names.insert(c.name);
        const Parts parts = split(c);
        if (!m_base.contains(c.name)) {
            auto q = run(db,
                         QStringLiteral("SELECT id, changed_by, changed_at, revision FROM comparisons "
                                        "WHERE name = ? FOR UPDATE"),
                         {c.name});
            if (!q)
                return failed(c.name, q.error());
            if (q->next()) {
                Conflict conflict =
                    sql::conflictOf(c.name, {}, QByteArrayLiteral("added"), QByteArrayLiteral("added"));
                conflict.theirsRevision = q->value(3).toLongLong();
                conflict.theirsBy = q->value(1).toString();
                conflict.theirsAt = q->value(2).toDateTime();
                result.conflicts.append(conflict);
                result.comparisons.append(c);
                continue;
            }
            auto r = stamp();
            if (!r)
                return failed(c.name, r.error());
            auto insert = run(db,
                              QStringLiteral("INSERT INTO comparisons (name, revision, status, decided) "
                                             "VALUES (?, ?, ?, ?) RETURNING id"),
                              {c.name, *r, sql::statusOf(c), sql::decidedOf(c)});
            if (!insert || !insert->next())
                return failed(c.name, insert ? Tr::tr("no row was added") : insert.error());
            const qint64 id = insert->value(0).toLongLong();
            QHash<QString, QByteArray> all;
            for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
                all.insert(it.key(), *it);
            if (auto w = write(id, *r, all); !w)
                return failed(c.name, w.error());
            Base b{id, *r, {}};
            for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
                b.parts.insert(it.key(), {*it, *r});
            newBase.insert(c.name, b);
            result.comparisons.append(c);
            continue;
        }
        Base &base = newBase[c.name];
        QHash<QString, QByteArray> changed = difference(base.parts, parts);
        auto q = run(db,
                     QStringLiteral("SELECT revision, changed_by, changed_at FROM comparisons "
                                    "WHERE id = ? FOR UPDATE"),
                     {base.id});
        if (!q)
            return failed(c.name, q.error());
        if (!q->next()) {
            // Hidden from FOR UPDATE by row-level security: this user may read
            // the comparison but not change it.
            auto visible = run(db, QStringLiteral("SELECT 1 FROM comparisons WHERE id = ?"), {base.id});
            if (!visible)
                return failed(c.name, visible.error());
            if (visible->next()) {
                if (changed.isEmpty()) {
                    result.comparisons.append(c);
                    continue;
                }
                return failed(c.name, Tr::tr("only its owners may change it"));
            }
            // Removed by someone else.
            if (changed.isEmpty()) {
                result.merged.append({c.name, {}, {}});
                newBase.remove(c.name);
            } else {
                Conflict conflict = sql::conflictOf(c.name, {}, QByteArrayLiteral("changed"), QByteArray());
                result.conflicts.append(conflict);
                result.comparisons.append(c);
            }
            continue;
        }
        const qint64 serverRevision = q->value(0).toLongLong();
        QHash<QString, ServerPart> concurrent;
        if (serverRevision != base.revision) {
            auto since = partsSince(base.id, base.revision);
            if (!since)
                return failed(c.name, since.error());
            concurrent = *since;
        }
        Parts merged = parts;
        bool conflicted = false;
        for (auto it = concurrent.constBegin(); it != concurrent.constEnd(); ++it) {
            const auto known = base.parts.constFind(it.key());
            if (known != base.parts.constEnd() && known->revision >= it->revision)
                continue; // already seen (a refresh merged it)
            const bool removed = it->body.isNull();
            if (changed.contains(it.key())) {
                if (changed.value(it.key()) == it->body) {
                    changed.remove(it.key()); // both made the same change
                } else {
                    Conflict conflict = sql::conflictOf(c.name, it.key(), changed.value(it.key()), it->body);
                    conflict.theirsRevision = it->revision;
                    conflict.theirsBy = it->by;
                    conflict.theirsAt = it->at;
                    result.conflicts.append(conflict);
                    conflicted = true;
                    continue;
                }
            } else {
                if (removed)
                    merged.remove(it.key());
                else
                    merged.insert(it.key(), it->body);
                result.merged.append({c.name, it.key(), it->by});
            }
            if (removed)
                base.parts.remove(it.key());
            else
                base.parts.insert(it.key(), {it->body, it->revision});
        }
        if (!changed.isEmpty() && !conflicted) {
            auto r = stamp();
            if (!r)
                return failed(c.name, r.error());
            if (auto w = write(base.id, *r, changed); !w)
                return failed(c.name, w.error());
            auto u = run(db,
                         QStringLiteral("UPDATE comparisons SET revision = ?, changed_by = current_user, "
                                        "changed_at = now(), status = ?, decided = ? WHERE id = ?"),
                         {*r, sql::statusOf(c), sql::decidedOf(c), base.id});
            if (!u)
                return failed(c.name, u.error());
            if (u->numRowsAffected() != 1)
                return failed(c.name, Tr::tr("only its owners may change it"));
            for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
                if (it->isNull())
                    base.parts.remove(it.key());
                else
                    base.parts.insert(it.key(), {*it, *r});
            }
            base.revision = *r;
        } else if (!conflicted) {
            base.revision = serverRevision;
        }
        if (concurrent.isEmpty() || conflicted) {
            result.comparisons.append(c);
        } else {
            auto m = assemble(c.name, merged);
            if (!m)
                return failed(c.name, m.error());
            result.comparisons.append(*m);
        }
    }
    for (auto it = m_base.constBegin(); it != m_base.constEnd(); ++it) {
        if (names.contains(it.key()))
            continue;
        // This user removed the comparison.
        auto q = run(db,
                     QStringLiteral("SELECT revision, changed_by, changed_at FROM comparisons "
                                    "WHERE id = ? FOR UPDATE"),
                     {it->id});
        if (!q)
            return failed(it.key(), q.error());
        if (q->next()) {
            if (q->value(0).toLongLong() != it->revision) {
                Conflict conflict = sql::conflictOf(it.key(), {}, QByteArray(), QByteArrayLiteral("changed"));
                conflict.theirsRevision = q->value(0).toLongLong();
                conflict.theirsBy = q->value(1).toString();
                conflict.theirsAt = q->value(2).toDateTime();
                result.conflicts.append(conflict);
                continue;
            }
            auto d = run(db, QStringLiteral("DELETE FROM comparisons WHERE id = ?"), {it->id});
            if (!d)
                return failed(it.key(), d.error());
            if (d->numRowsAffected() != 1)
                return failed(it.key(), Tr::tr("only its owner may remove it"));
        }
        newBase.remove(it.key());
    }
    if (!result.conflicts.isEmpty()) {
        result.comparisons = mine;
        result.merged.clear();
        return result; // rolled back: nothing written
    }
    rollback.dismiss();
    if (!db.commit()) {
        const QString error = sql::error(db.lastError());
        db.rollback();
        return Error{connectionLost(error)};
    }
    m_base = newBase;
    return result;
}

Expected<SyncResult> Repository::refresh(const QVector<Comparison> &mine)
{
    QSqlDatabase &db = m_connection->sql();
    if (!m_connection->reconnect())
        return Error{connectionLost(sql::error(db.lastError()))};
    auto q = run(db, QStringLiteral("SELECT id, name, revision, changed_by FROM comparisons"));
    if (!q)
        return Error{q.error()};
    struct Row
    {
        qint64 id;
        qint64 revision;
        QString by;
    };
    QHash<QString, Row> server;
    while (q->next())
        server.insert(q->value(1).toString(),
                      {q->value(0).toLongLong(), q->value(2).toLongLong(), q->value(3).toString()});
    SyncResult result;
    QSet<QString> names;
    for (const Comparison &c : mine) {
        names.insert(c.name);
        if (!m_base.contains(c.name) || !server.contains(c.name)) {
            if (m_base.contains(c.name) && split(c) == bodies(m_base[c.name])) {
                // Removed by someone else, unchanged here: it goes.
                result.merged.append({c.name, {}, {}});
                m_base.remove(c.name);
                continue;
            }
            result.comparisons.append(c);
            continue;
        }
        Base &base = m_base[c.name];
        const Row row = server.value(c.name);
        if (row.revision == base.revision) {
            result.comparisons.append(c);
            continue;
        }
        auto since = partsSince(base.id, base.revision);
        if (!since)
            return Error{since.error()};
        Parts parts = split(c);
        bool conflicted = false;
        bool changed = false;
        for (auto it = since->constBegin(); it != since->constEnd(); ++it) {
            const auto known = base.parts.constFind(it.key());
            if (known != base.parts.constEnd() && known->revision >= it->revision)
                continue;
            const QByteArray baseBody = known == base.parts.constEnd() ? QByteArray() : known->body;
            const QByteArray myBody = parts.value(it.key());
            if (myBody != baseBody && myBody != it->body) {
                Conflict conflict = sql::conflictOf(c.name, it.key(), myBody, it->body);
                conflict.theirsRevision = it->revision;
                conflict.theirsBy = it->by;
                conflict.theirsAt = it->at;
                result.conflicts.append(conflict);
                conflicted = true;
                continue; // the base keeps the old version: saving will ask
            }
            if (myBody == baseBody) {
                if (it->body.isNull())
                    parts.remove(it.key());
                else
                    parts.insert(it.key(), it->body);
                changed = true;
                result.merged.append({c.name, it.key(), it->by});
            }
            if (it->body.isNull())
                base.parts.remove(it.key());
            else
                base.parts.insert(it.key(), {it->body, it->revision});
        }
        if (!conflicted)
            base.revision = row.revision;
        if (!changed) {
            result.comparisons.append(c);
            continue;
        }
        auto merged = assemble(c.name, parts);
        if (!merged)
            return Error{Tr::tr("comparison '%1' in the repository is damaged: %2")
                             .arg(c.name.left(60), merged.error())};
        result.comparisons.append(*merged);
    }
    // Comparisons others added.
    for (auto it = server.constBegin(); it != server.constEnd(); ++it) {
        if (names.contains(it.key()) || m_base.contains(it.key()))
            continue;
        auto b = fetch(it->id, it->revision);
        if (!b)
            return Error{b.error()};
        auto c = assembled(it.key(), *b);
        if (!c)
            return Error{c.error()};
        m_base.insert(it.key(), *b);
        result.comparisons.append(*c);
        result.merged.append({it.key(), {}, it->by});
    }
    return result;
}

Expected<QVector<Comparison>> Repository::resolve(const QVector<Comparison> &mine,
                                                  const QVector<Conflict> &conflicts,
                                                  const QVector<bool> &keepMine)
{
    QVector<Comparison> out = mine;
    for (int i = 0; i < conflicts.size(); ++i) {
        const Conflict &conflict = conflicts[i];
        const bool mineWins = keepMine.value(i, true);
        int index = -1;
        for (int k = 0; k < out.size(); ++k) {
            if (out[k].name == conflict.comparison)
                index = k;
        }
        if (conflict.key.isEmpty()) {
            // The comparison as a whole: take the server's version as the base
            // (keep mine: the next save writes mine over it).
            auto q = run(m_connection->sql(),
                         QStringLiteral("SELECT id, revision FROM comparisons WHERE name = ?"),
                         {conflict.comparison});
            if (!q)
                return Error{q.error()};
            if (q->next()) {
                auto b = fetch(q->value(0).toLongLong(), q->value(1).toLongLong());
                if (!b)
                    return Error{b.error()};
                m_base.insert(conflict.comparison, *b);
                if (!mineWins || index < 0) {
                    auto theirs = assembled(conflict.comparison, *b);
                    if (!theirs)
                        return Error{theirs.error()};
                    if (index >= 0)
                        out[index] = *theirs;
                    else if (!mineWins)
                        out.append(*theirs);
                }
            } else {
                m_base.remove(conflict.comparison);
                if (!mineWins && index >= 0)
                    out.removeAt(index);
            }
            continue;
        }
        if (index < 0 || !m_base.contains(conflict.comparison))
            continue;
        Base &base = m_base[conflict.comparison];
        if (conflict.theirs.isNull())
            base.parts.remove(conflict.key);
        else
            base.parts.insert(conflict.key, {conflict.theirs, conflict.theirsRevision});
        if (!mineWins) {
            Parts parts = split(out[index]);
            if (conflict.theirs.isNull())
                parts.remove(conflict.key);
            else
                parts.insert(conflict.key, conflict.theirs);
            auto theirs = assemble(conflict.comparison, parts);
            if (!theirs)
                return Error{theirs.error()};
            out[index] = *theirs;
        }
    }
    return out;
}

} // namespace core::repo

#include "core/documentstore.h"

#include "core/filestore.h"
#include "core/pgstore.h"
#include "core/repository.h"

namespace core {

DocumentStore::~DocumentStore() = default;

Expected<SyncResult> DocumentStore::sync(const QVector<Comparison> &mine, bool write)
{
    if (write) {
        if (auto saved = save(mine); !saved)
            return Error{saved.error()};
    }
    return SyncResult{mine, {}, {}};
}

Expected<QVector<Comparison>> DocumentStore::resolve(const QVector<Comparison> &mine,
                                                     const QVector<Conflict> &, const QVector<bool> &)
{
    return mine;
}

bool DocumentStore::needsPassword(const QString &) const
{
    return false;
}

void DocumentStore::setPassword(const QString &) {}

std::unique_ptr<DocumentStore> openStore(const QString &location)
{
    if (repo::isUrl(location))
        return std::make_unique<PgStore>(location);
    return std::make_unique<FileStore>(location);
}

} // namespace core

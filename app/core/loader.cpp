#include "core/loader.h"

#include "core/csvmatrix.h"
#include "core/fileinput.h"
#include "core/jsonio.h"
#include "core/repository.h"
#include "core/store.h"

#include <QFileInfo>

namespace core {

Expected<QVector<Comparison>> loadComparisons(const QString &path)
{
    if (repo::isUrl(path)) {
        auto repository = repo::openRepository(path);
        if (!repository)
            return Error{repository.error()};
        return (*repository)->load();
    }
    // A pipe, a device or a folder is refused before anything opens it.
    if (auto r = checkReadableFile(path); !r)
        return Error{r.error()};
    const QFileInfo info(path);
    if (info.isFile() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        auto c = json::readFile(path);
        if (!c)
            return Error{c.error()};
        // The limits of a Tradeoff file, so a JSON comparison opens only if
        // it could be saved.
        QVector<Comparison> all{*c};
        if (auto r = store::checkSize(store::sizeOf(all)); !r)
            return Error{r.error()};
        return all;
    }
    if (info.isFile() && info.size() > 0 && !store::looksLikeSqlite(path)) {
        // Not SQLite: a CSV matrix by name, or by content when the name says
        // nothing; otherwise report it as a foreign file.
        auto matrix = csv::read(path);
        if (matrix)
            return QVector<Comparison>{*matrix};
        if (csv::looksLikeCsv(path))
            return Error{matrix.error()};
    }
    return store::load(path);
}

} // namespace core

#include "core/loader.h"

#include "core/csvmatrix.h"
#include "core/fileinput.h"
#include "core/jsonio.h"
#include "core/repository.h"
#include "core/store.h"

#include <QFile>
#include <QFileInfo>

namespace core {

namespace {

// Whether the file's first character (after a byte order mark and white
// space) opens a JSON object.
bool startsLikeJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed().startsWith('{');
}

// A comparison read from JSON, held to the limits of a Tradeoff file, so it
// opens only if it could be saved.
Expected<QVector<Comparison>> withinLimits(const Expected<Comparison> &c)
{
    if (!c)
        return Error{c.error()};
    QVector<Comparison> all{*c};
    if (auto r = store::checkSize(store::sizeOf(all)); !r)
        return Error{r.error()};
    return all;
}

} // namespace

Expected<QVector<Comparison>> loadComparisons(const QString &path, InputFormat *format)
{
    InputFormat ignored;
    InputFormat &kind = format ? *format : ignored;
    if (repo::isUrl(path)) {
        kind = InputFormat::Repository;
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
        kind = InputFormat::Json;
        return withinLimits(json::readFile(path));
    }
    if (info.isFile() && info.size() > 0 && !store::looksLikeSqlite(path)) {
        // Not SQLite: a CSV matrix by name, or by content when the name says
        // nothing; otherwise report it as a foreign file.
        auto matrix = csv::read(path);
        kind = InputFormat::Csv;
        if (matrix)
            return QVector<Comparison>{*matrix};
        // A JSON file under another name (a report saved as .csv, a
        // download renamed) is read as what it holds: a Tradeoff
        // comparison opens, any other JSON object says why it is not one,
        // and text that is not JSON keeps the CSV reader's message.
        if (startsLikeJson(path)) {
            bool isJsonObject = false;
            auto c = json::readFile(path, &isJsonObject);
            if (isJsonObject) {
                kind = InputFormat::Json;
                return withinLimits(c);
            }
        }
        if (csv::looksLikeCsv(path))
            return Error{matrix.error()};
    }
    kind = InputFormat::TradeoffFile;
    return store::load(path);
}

} // namespace core

#include "core/loader.h"

#include "core/csvmatrix.h"
#include "core/fileinput.h"
#include "core/jsonio.h"
#include "core/repository.h"
#include "core/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace core {

namespace {

// Whether the file holds a JSON object (within the JSON reader's 64 MB):
// one that is not valid JSON is left to the CSV reader's message.
bool holdsJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return false;
    QByteArray head = file.peek(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (!head.trimmed().startsWith('{'))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
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
    auto readJson = [&path, &kind]() -> Expected<QVector<Comparison>> {
        kind = InputFormat::Json;
        auto c = json::readFile(path);
        if (!c)
            return Error{c.error()};
        // The limits of a Tradeoff file, so a JSON comparison opens only if
        // it could be saved.
        QVector<Comparison> all{*c};
        if (auto r = store::checkSize(store::sizeOf(all)); !r)
            return Error{r.error()};
        return all;
    };
    if (info.isFile() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return readJson();
    if (info.isFile() && info.size() > 0 && !store::looksLikeSqlite(path)) {
        // Not SQLite: a CSV matrix by name, or by content when the name says
        // nothing; otherwise report it as a foreign file.
        auto matrix = csv::read(path);
        kind = InputFormat::Csv;
        if (matrix)
            return QVector<Comparison>{*matrix};
        // A JSON file under another name (a report saved as .csv, a
        // download renamed) is read as what it holds: a Tradeoff
        // comparison opens, any other JSON says why it is not one.
        if (holdsJsonObject(path))
            return readJson();
        if (csv::looksLikeCsv(path))
            return Error{matrix.error()};
    }
    kind = InputFormat::TradeoffFile;
    return store::load(path);
}

} // namespace core

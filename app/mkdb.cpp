// Builds the shipped comparison database at build time: the SQL in data/
// and the code examples in data/examples/*/ (task.json plus one source file
// per option, the very files tests/run_code_examples.py runs).
#include "core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

bool addTasks(core::Comparison &c, const QString &folder, QTextStream &err)
{
    const QDir root(folder);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(name));
        QFile file(dir.filePath(QStringLiteral("task.json")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << file.fileName() << ": " << file.errorString() << '\n';
            return false;
        }
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
        if (error.error != QJsonParseError::NoError) {
            err << file.fileName() << ": " << error.errorString() << '\n';
            return false;
        }
        core::Task task;
        task.name = json[QStringLiteral("name")].toString();
        task.description = json[QStringLiteral("description")].toString();
        for (const QJsonValue &v : json[QStringLiteral("examples")].toArray()) {
            const QJsonObject e = v.toObject();
            const int option = c.optionIndex(e[QStringLiteral("option")].toString());
            QFile source(dir.filePath(e[QStringLiteral("file")].toString()));
            if (option < 0 || !source.open(QIODevice::ReadOnly)) {
                err << file.fileName() << ": unknown option or unreadable file in "
                    << e[QStringLiteral("file")].toString() << '\n';
                return false;
            }
            task.examples.append({option, e[QStringLiteral("language")].toString(),
                                  QString::fromUtf8(source.readAll()).trimmed() + QLatin1Char('\n'),
                                  e[QStringLiteral("note")].toString()});
        }
        c.tasks.append(task);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3 && args.size() != 4) {
        err << "usage: tradeoff_mkdb DATA.sql OUT.tradeoff [EXAMPLES_DIR]\n";
        return 1;
    }
    QFile sql(args[1]);
    if (!sql.open(QIODevice::ReadOnly)) {
        err << args[1] << ": " << sql.errorString() << '\n';
        return 1;
    }
    if (auto r = core::store::buildFromScript(args[2], QString::fromUtf8(sql.readAll())); !r) {
        err << args[1] << ": " << r.error() << '\n';
        return 1;
    }
    // Read it back through the same checks a user's file goes through.
    auto loaded = core::store::load(args[2]);
    if (!loaded || loaded->isEmpty()) {
        err << args[2] << ": " << (loaded ? QStringLiteral("no comparison") : loaded.error()) << '\n';
        QFile::remove(args[2]);
        return 1;
    }
    if (args.size() == 4) {
        if (!addTasks(loaded->first(), args[3], err)) {
            QFile::remove(args[2]);
            return 1;
        }
        if (auto r = core::store::save(args[2], *loaded); !r) {
            err << args[2] << ": " << r.error() << '\n';
            QFile::remove(args[2]);
            return 1;
        }
    }
    return 0;
}

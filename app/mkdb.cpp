// Builds the shipped comparison database from SQL at build time.
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: tradeoff_mkdb DATA.sql OUT.tradeoff\n";
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
    if (!loaded) {
        err << args[2] << ": " << loaded.error() << '\n';
        QFile::remove(args[2]);
        return 1;
    }
    return 0;
}

// Hostile inputs, generated into a temporary folder and given to the built
// `tradeoff` executable: for each command, whether the input was refused or
// accepted, the message, the wall time and the child's peak memory (its
// maximum resident set, from wait4 in a small measuring process).  A command that runs past its time limit
// is killed and reported as hung.
//
//   cmake --build --preset dev --target tradeoff bench_inputs && ./build/dev/tests/bench/bench_inputs
//
// Optional arguments: names (or parts of names) of the cases to run.  The
// environment variable TRADEOFF_BENCH_EXE runs another build of `tradeoff`
// (a copy of an older one, to compare).
#include "core/database.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Outcome
{
    QString verdict; // accepted, refused (exit N), hung, crashed
    QString message;
    double seconds = 0;
    double peakMb = 0;
};

QByteArray firstLine(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf('\n');
    return end < 0 ? trimmed : trimmed.left(end);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(64 * 1024) : QByteArray();
}

QByteArray executable()
{
    const QByteArray other = qgetenv("TRADEOFF_BENCH_EXE");
    return other.isEmpty() ? QByteArray(TRADEOFF_EXE) : other;
}

// The measuring process: `bench_inputs --measure OUT ERR TIMEOUT_MS EXE
// ARGS...` runs EXE with stdin from /dev/null and its output in OUT and ERR,
// and prints "killed signal exit peak_kb seconds".  It is a fresh, small
// process because Linux counts a child's peak memory from at least its
// parent's at the time of the fork or exec: spawned from the bench itself,
// which holds generated inputs, every figure would include the bench's size.
// Plain POSIX only, so it stays small.
int measure(char **argv)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, argv[3], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const long timeoutMs = std::strtol(argv[4], nullptr, 10);
    timespec start{}, now{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    auto elapsed = [&] {
        clock_gettime(CLOCK_MONOTONIC, &now);
        return double(now.tv_sec - start.tv_sec) + double(now.tv_nsec - start.tv_nsec) / 1e9;
    };
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[5], &actions, nullptr, argv + 5, environ) != 0)
        return 1;
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    bool killed = false;
    for (;;) {
        if (wait4(pid, &status, WNOHANG, &usage) == pid)
            break;
        if (elapsed() * 1000 > double(timeoutMs)) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            killed = true;
            break;
        }
        const timespec pause{0, 5'000'000};
        nanosleep(&pause, nullptr);
    }
    std::printf("%d %d %d %ld %.3f\n", killed ? 1 : 0, WIFSIGNALED(status) ? WTERMSIG(status) : 0,
                WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss, elapsed());
    return 0;
}

// Runs `tradeoff args...` through the measuring process.
Outcome run(const QStringList &args, const QString &scratch, int timeoutMs)
{
    const QString outPath = scratch + QStringLiteral("/child.out");
    const QString errPath = scratch + QStringLiteral("/child.err");
    const QByteArray report = QFile::encodeName(scratch + QStringLiteral("/measure.txt"));
    QList<QByteArray> storage{QFile::encodeName(QCoreApplication::applicationFilePath()),
                              "--measure",
                              QFile::encodeName(outPath),
                              QFile::encodeName(errPath),
                              QByteArray::number(timeoutMs),
                              executable()};
    for (const QString &a : args)
        storage.append(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, report.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Outcome o;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    if (spawned != 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        o.verdict = QStringLiteral("not run");
        return o;
    }
    const QList<QByteArray> figures = readFile(QFile::decodeName(report)).trimmed().split(' ');
    if (figures.size() != 5) {
        o.verdict = QStringLiteral("not run");
        return o;
    }
    const int signal = figures[1].toInt();
    const int exitCode = figures[2].toInt();
    o.peakMb = figures[3].toLongLong() / 1024.0;
    o.seconds = figures[4].toDouble();
    if (figures[0] == "1")
        o.verdict = QStringLiteral("HUNG");
    else if (signal != 0)
        o.verdict = QStringLiteral("CRASHED (signal %1)").arg(signal);
    else if (exitCode == 0)
        o.verdict = QStringLiteral("accepted");
    else
        o.verdict = QStringLiteral("refused (%1)").arg(exitCode);
    const QByteArray err = firstLine(readFile(errPath));
    const QByteArray out = firstLine(readFile(outPath));
    o.message = QString::fromUtf8(err.isEmpty() ? out : err);
    // Paths of the scratch folder say nothing; keep the message itself.
    o.message.replace(QFileInfo(scratch).absoluteFilePath() + QLatin1Char('/'), QString());
    if (o.message.size() > 150)
        o.message = o.message.left(147) + QStringLiteral("...");
    return o;
}

// Writes `total` rows produced by `row` in large blocks.
bool writeCsv(const QString &path, const QByteArray &head, int total,
              const std::function<QByteArray(int)> &row)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(head);
    QByteArray block;
    for (int i = 0; i < total; ++i) {
        block += row(i);
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    f.write(block);
    return f.error() == QFileDevice::NoError;
}

QByteArray header(int criteria)
{
    QByteArray h = "option";
    for (int j = 0; j < criteria; ++j)
        h += ",C" + QByteArray::number(j);
    return h + '\n';
}

QByteArray optionRow(int i, int criteria)
{
    QByteArray r = "O" + QByteArray::number(i);
    for (int j = 0; j < criteria; ++j)
        r += ",5";
    return r + '\n';
}

// A fresh Tradeoff file of the current schema filled by `script`.
bool makeDatabase(const QString &path, const QString &script)
{
    auto db = core::Database::open(path, core::Database::Mode::Create);
    if (!db || !core::migrate(**db))
        return false;
    auto r = (*db)->execScript(QStringLiteral("BEGIN;") + script + QStringLiteral("COMMIT;"));
    if (!r)
        QTextStream(stderr) << "cannot build " << path << ": " << r.error() << '\n';
    return r.ok();
}

QString numbers(int n)
{
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
        .arg(n);
}

// An index that misses one row of its table: PRAGMA integrity_check sees it,
// quick_check does not.  Needs writable_schema, which the hardened
// connection forbids, so a plain one is used.
bool makeIndexMismatch(const QString &path, const QString &table, const QString &column)
{
    if (!QFile::copy(testsupport::bundledPath(), path))
        return false;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString name = QStringLiteral("bench-index-mismatch");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            // A partial index leaves the last option out; its definition is
            // then rewritten to claim every row.
            const QString index =
                QStringLiteral("idx_%1_%2").arg(table, column.section(QLatin1Char('_'), 0, 0));
            ok = q.exec(QStringLiteral("DROP INDEX IF EXISTS ") + index);
            QSqlQuery maxId(db);
            ok = ok && maxId.exec(QStringLiteral("SELECT max(id) FROM ") + table) && maxId.next();
            const qint64 last = maxId.value(0).toLongLong();
            const QString create = QStringLiteral("CREATE INDEX %1 ON %2(%3)").arg(index, table, column);
            ok = ok && q.exec(create + QStringLiteral(" WHERE id <> %1").arg(last));
            ok = ok && q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
            ok = ok && q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = '%1' WHERE name = '%2'")
                                  .arg(create, index));
            ok = ok && q.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
            if (!ok)
                QTextStream(stderr) << "index mismatch: " << q.lastError().text() << '\n';
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString scoredScript()
{
    return QStringLiteral("INSERT INTO comparison (id, name) VALUES (1, 'm');") + numbers(1000) +
           QStringLiteral(
               "INSERT INTO option (id, comparison_id, name, position) SELECT i, 1, 'o' || i, i FROM n;") +
           numbers(1000) +
           QStringLiteral(
               "INSERT INTO criterion (id, comparison_id, name, position) SELECT i, 1, 'k' || i, i FROM n;"
               "INSERT INTO score (option_id, criterion_id, value) SELECT o.id, k.id, 5 FROM option o, "
               "criterion k;");
}

struct Case
{
    const char *name;
    std::function<bool(const QString &dir)> make; // builds the input; false: skip
    QList<QStringList> commands;                  // FILE and OUT are replaced
    const char *file;
    int timeoutMs = 180'000;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc > 5 && std::strcmp(argv[1], "--measure") == 0)
        return measure(argv);
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList wanted = app.arguments().mid(1);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return 1;
    const QString d = scratch.path();
    const QStringList score{QStringLiteral("score"), QStringLiteral("FILE")};
    const QStringList validate{QStringLiteral("validate"), QStringLiteral("FILE")};
    const QStringList import{QStringLiteral("import-csv"), QStringLiteral("FILE"), QStringLiteral("-o"),
                             QStringLiteral("OUT")};
    const QStringList validateOut{QStringLiteral("validate"), QStringLiteral("OUT")};
    const QStringList scoreOut{QStringLiteral("score"), QStringLiteral("OUT")};

    const QList<Case> cases{
        {"bundled comparison (reference)",
         [](const QString &dir) {
             return QFile::copy(testsupport::bundledPath(), dir + QStringLiteral("/bundled.tradeoff"));
         },
         {score, validate},
         "bundled.tradeoff"},
        {"csv: one line of 32 million fields (64 MB)",
         [](const QString &dir) {
             return writeCsv(dir + QStringLiteral("/wide.csv"), "option", 32'000'000,
                             [](int) { return QByteArray(",x"); });
         },
         {score, import},
         "wide.csv"},
        {"csv: 2,000 rows x 15,000 fields (60 MB)",
         [](const QString &dir) {
             return writeCsv(dir + QStringLiteral("/rows15000.csv"), header(15'000), 2'000,
                             [](int i) { return optionRow(i, 15'000); });
         },
         {score, import},
         "rows15000.csv"},
        {"csv: 2,000 x 2,000 matrix",
         [](const QString &dir) {
             return writeCsv(dir + QStringLiteral("/m2000.csv"), header(2'000), 2'000,
                             [](int i) { return optionRow(i, 2'000); });
         },
         {import, validateOut, scoreOut},
         "m2000.csv"},
        {"csv: 3 options x 1,500 criteria",
         [](const QString &dir) {
             return writeCsv(dir + QStringLiteral("/c1500.csv"), header(1'500), 3,
                             [](int i) { return optionRow(i, 1'500); });
         },
         {import, validateOut},
         "c1500.csv"},
        {"csv: 1,000 x 1,000 matrix (largest accepted)",
         [](const QString &dir) {
             return writeCsv(dir + QStringLiteral("/m1000.csv"), header(1'000), 1'000,
                             [](int i) { return optionRow(i, 1'000); });
         },
         {score, import, validateOut},
         "m1000.csv"},
        {"csv: a 10 MB @description",
         [](const QString &dir) {
             return writeCsv(dir + QStringLiteral("/description.csv"),
                             "option,Speed\n@description," + QByteArray(10'000'000, 'd') + "\nA,1\n", 0,
                             [](int) { return QByteArray(); });
         },
         {import, validateOut},
         "description.csv"},
        {"csv: 60 MB of descriptions, then a bad cell (refused after reading)",
         [](const QString &dir) {
             QByteArray descriptions = "@description";
             for (int j = 0; j < 1'000; ++j)
                 descriptions += ',' + QByteArray(60'000, 'd');
             return writeCsv(dir + QStringLiteral("/descriptions.csv"), header(1'000) + descriptions + '\n',
                             1, [](int) -> QByteArray {
                                 return QByteArray("X") + QByteArray(",1").repeated(999) + ",bad\n";
                             });
         },
         {score, import},
         "descriptions.csv"},
        {"csv: two @weight rows",
         [](const QString &dir) {
             return writeCsv(dir + QStringLiteral("/twice.csv"),
                             "option,A,B\n@weight,1,2\n@weight,3,4\nX,1,2\n", 0,
                             [](int) { return QByteArray(); });
         },
         {score, import},
         "twice.csv"},
        {"named pipe (.csv)",
         [](const QString &dir) { return mkfifo(qPrintable(dir + QStringLiteral("/pipe.csv")), 0600) == 0; },
         {score, import},
         "pipe.csv",
         5'000},
        {"named pipe (.tradeoff)",
         [](const QString &dir) {
             return mkfifo(qPrintable(dir + QStringLiteral("/pipe.tradeoff")), 0600) == 0;
         },
         {score, validate},
         "pipe.tradeoff",
         5'000},
        {"character device /dev/zero",
         [](const QString &) { return true; },
         {score, validate},
         "/dev/zero",
         10'000},
        {"sqlite: 5 comparisons x 2,000 options x 1,000 criteria, no scores",
         [](const QString &dir) {
             return makeDatabase(
                 dir + QStringLiteral("/options.tradeoff"),
                 numbers(5) +
                     QStringLiteral("INSERT INTO comparison (id, name, position) SELECT i, 'c' || i, i FROM "
                                    "n;") +
                     numbers(2000) +
                     QStringLiteral(
                         "INSERT INTO option (comparison_id, name, position) SELECT c.id, 'o' || n.i, "
                         "n.i FROM comparison c, n;") +
                     numbers(1000) +
                     QStringLiteral(
                         "INSERT INTO criterion (comparison_id, name, position) SELECT c.id, 'k' || "
                         "n.i, n.i FROM comparison c, n;"));
         },
         {score, validate},
         "options.tradeoff"},
        {"sqlite: 100,000 empty profiles on 1,000 criteria",
         [](const QString &dir) {
             return makeDatabase(
                 dir + QStringLiteral("/profiles.tradeoff"),
                 QStringLiteral("INSERT INTO comparison (id, name) VALUES (1, 'p');"
                                "INSERT INTO option (comparison_id, name) VALUES (1, 'A'), (1, 'B');") +
                     numbers(1000) +
                     QStringLiteral(
                         "INSERT INTO criterion (comparison_id, name, position) SELECT 1, 'k' || i, i "
                         "FROM n;") +
                     numbers(100'000) +
                     QStringLiteral(
                         "INSERT INTO profile (comparison_id, name, position) SELECT 1, 'p' || i, i "
                         "FROM n;"));
         },
         {score, validate},
         "profiles.tradeoff"},
        {"sqlite: 1.9 million source rows",
         [](const QString &dir) {
             return makeDatabase(
                 dir + QStringLiteral("/sources.tradeoff"),
                 QStringLiteral("INSERT INTO comparison (id, name) VALUES (1, 's');"
                                "INSERT INTO option (comparison_id, name) VALUES (1, 'A');"
                                "INSERT INTO criterion (comparison_id, name) VALUES (1, 'K');") +
                     numbers(1'900'000) +
                     QStringLiteral("INSERT INTO source (comparison_id, title) SELECT 1, 't' FROM n;"));
         },
         {score, validate},
         "sources.tradeoff"},
        {"sqlite: 1,000 x 1,000 all scored (largest accepted)",
         [](const QString &dir) {
             return makeDatabase(dir + QStringLiteral("/scored.tradeoff"), scoredScript());
         },
         {score, validate},
         "scored.tradeoff"},
        {"sqlite: 1,000 x 1,000 all scored, the last score infinite",
         [](const QString &dir) {
             return makeDatabase(dir + QStringLiteral("/scored-inf.tradeoff"),
                                 scoredScript() +
                                     QStringLiteral("UPDATE score SET value = 9e999 WHERE id = (SELECT "
                                                    "max(id) FROM score);"));
         },
         {score, validate},
         "scored-inf.tradeoff"},
        {"sqlite: 60 MB of descriptions, the last score infinite (refused after reading)",
         [](const QString &dir) {
             return makeDatabase(
                 dir + QStringLiteral("/texts.tradeoff"),
                 QStringLiteral("INSERT INTO comparison (id, name) VALUES (1, 't');") + numbers(600) +
                     QStringLiteral(
                         "INSERT INTO option (id, comparison_id, name, description, position) SELECT i, 1, "
                         "'o' || i, printf('%.100000c', 'd'), i FROM n;"
                         "INSERT INTO criterion (id, comparison_id, name) VALUES (1, 1, 'k');"
                         "INSERT INTO score (option_id, criterion_id, value) SELECT id, 1, 5 FROM option;"
                         "UPDATE score SET value = 9e999 WHERE id = (SELECT max(id) FROM score);"));
         },
         {score, validate},
         "texts.tradeoff"},
        {"sqlite: the option index misses a row of its table",
         [](const QString &dir) {
             return makeIndexMismatch(dir + QStringLiteral("/index-option.tradeoff"),
                                      QStringLiteral("option"), QStringLiteral("comparison_id"));
         },
         {score, validate},
         "index-option.tradeoff"},
        {"sqlite: the evidence index misses a row of its table",
         [](const QString &dir) {
             return makeIndexMismatch(dir + QStringLiteral("/index-evidence.tradeoff"),
                                      QStringLiteral("evidence"), QStringLiteral("score_id"));
         },
         {score, validate},
         "index-evidence.tradeoff"},
    };

    out << "Hostile inputs through " << executable() << "\n"
        << "peak = the child's maximum resident set (wait4), time = wall clock\n\n";
    out.flush();
    int counter = 0;
    for (const Case &c : cases) {
        const QString name = QString::fromUtf8(c.name);
        if (!wanted.isEmpty() && std::none_of(wanted.begin(), wanted.end(), [&](const QString &w) {
                return name.contains(w, Qt::CaseInsensitive);
            }))
            continue;
        QElapsedTimer made;
        made.start();
        if (!c.make(d)) {
            out << "## " << name << ": could not be generated, skipped\n\n";
            continue;
        }
        const QString file = QString::fromUtf8(c.file).startsWith(QLatin1Char('/'))
                                 ? QString::fromUtf8(c.file)
                                 : d + QLatin1Char('/') + QString::fromUtf8(c.file);
        out << "## " << name
            << QStringLiteral(" (%1 MB on disk, made in %2 s)\n")
                   .arg(QFileInfo(file).isFile() ? QFileInfo(file).size() / 1e6 : 0.0, 0, 'f', 1)
                   .arg(made.elapsed() / 1000.0, 0, 'f', 1);
        const QString output = d + QStringLiteral("/out%1.tradeoff").arg(++counter);
        for (QStringList args : c.commands) {
            for (QString &a : args) {
                if (a == QLatin1String("FILE"))
                    a = file;
                else if (a == QLatin1String("OUT"))
                    a = output;
            }
            const Outcome o = run(args, d, c.timeoutMs);
            QStringList shown = args;
            for (QString &a : shown)
                a = QFileInfo(a).fileName();
            out << QStringLiteral("  %1 %2 %3 s %4 MB  %5\n")
                       .arg(shown.join(QLatin1Char(' ')), -34)
                       .arg(o.verdict, -12)
                       .arg(o.seconds, 7, 'f', 2)
                       .arg(o.peakMb, 7, 'f', 0)
                       .arg(o.message);
            out.flush();
        }
        out << '\n';
        // Big inputs are removed as soon as they are done with.
        if (QFileInfo(file).isFile() && QFileInfo(file).size() > 16 * 1024 * 1024)
            QFile::remove(file);
        QFile::remove(output);
    }
    return 0;
}

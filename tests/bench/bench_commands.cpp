// Every headless command as a whole process of the built `tradeoff`, on a
// generated 2,000 options x 300 criteria comparison (the CSV decision matrix
// and the Tradeoff file import-csv makes of it): wall time and the child's
// CPU time (user + system, from wait4), the median of a few runs, and the
// size of what it wrote.  Then start-up, and Monte Carlo rank acceptability
// as a process: `tradeoff sensitivity --samples 100000` on a 20 x 30 matrix
// against `tests/bench/smaa_numpy.py` sampling the same matrix.
//
//   cmake --preset bench && cmake --build --preset bench
//   ./build/bench/tests/bench/bench_commands [--runs N] [--only WORD] [--keep DIR]
//
// TRADEOFF_BENCH_BEFORE=/path/to/an/older/tradeoff adds its figures in a
// "before" column (a copy of a build made before a change).
// TRADEOFF_BENCH_PYTHON picks the Python interpreter (default: the first of
// python3 and /usr/bin/python3 that imports NumPy).
// `bench_commands --write-csv OUT.csv [OPTIONS CRITERIA]` only writes the
// generated matrix (2,000 x 300 unless told).
#include "core/csvmatrix.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

constexpr double kBudgetSeconds = 5.0;

struct Figures
{
    bool ok = false;
    int exitCode = -1;
    double wall = 0;    // seconds
    double cpu = 0;     // user + system seconds of the child
    qint64 written = 0; // bytes of the output file, if any
    QByteArray err;
};

QByteArray readAll(const QString &path, qint64 limit = 4096)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(limit) : QByteArray();
}

// One run: stdin from /dev/null, stdout to `outPath` (so its size can be
// seen), stderr kept; wall from a monotonic clock, CPU from wait4.
Figures runOnce(const QByteArray &exe, const QStringList &args, const QString &outPath,
                const QString &errPath, const QString &written)
{
    QList<QByteArray> storage{exe};
    for (const QString &a : args)
        storage.append(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray out = QFile::encodeName(outPath);
    const QByteArray err = QFile::encodeName(errPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    Figures f;
    if (!written.isEmpty())
        QFile::remove(written);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return f;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return f;
    clock_gettime(CLOCK_MONOTONIC, &end);
    f.wall = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    f.cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
            double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    f.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    f.ok = f.exitCode == 0;
    f.err = readAll(errPath).trimmed();
    f.written = QFileInfo(written.isEmpty() ? outPath : written).size();
    return f;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[v.size() / 2];
}

struct Measured
{
    bool ok = false;
    double wall = 0;
    double cpu = 0;
    double megabytes = 0;
    QString problem;
};

Measured measure(const QByteArray &exe, const QStringList &args, const QString &scratch,
                 const QString &written, int runs)
{
    QVector<double> walls;
    QVector<double> cpus;
    Measured m;
    for (int r = 0; r < runs; ++r) {
        const Figures f = runOnce(exe, args, scratch + QStringLiteral("/stdout"),
                                  scratch + QStringLiteral("/stderr"), written);
        if (!f.ok) {
            m.problem = QStringLiteral("exit %1: %2").arg(f.exitCode).arg(QString::fromUtf8(f.err.left(200)));
            return m;
        }
        walls.append(f.wall);
        cpus.append(f.cpu);
        m.megabytes = f.written / 1e6;
    }
    m.ok = true;
    m.wall = median(walls);
    m.cpu = median(cpus);
    return m;
}

QString load()
{
    const QList<QByteArray> parts = readAll(QStringLiteral("/proc/loadavg")).split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts[0] + ' ' + parts[1] + ' ' + parts[2])
                             : QStringLiteral("?");
}

bool writeMatrix(const QString &path, int options, int criteria)
{
    const core::Comparison c = testsupport::generated(options, criteria);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(core::csv::write(c, c.profiles.first().weights)) > 0 &&
           f.flush();
}

// A consistent-ish pairwise matrix of `n` items (Saaty 1-9), upper triangle.
bool writePairwise(const QString &path, int n)
{
    QByteArray text;
    for (int i = 0; i < n; ++i)
        text += ",I" + QByteArray::number(i + 1);
    text += '\n';
    for (int i = 0; i < n; ++i) {
        text += 'I' + QByteArray::number(i + 1);
        for (int j = 0; j < n; ++j) {
            text += ',';
            if (i == j)
                text += '1';
            else if (j > i)
                text += QByteArray::number(1 + (j - i) % 9);
        }
        text += '\n';
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// A Python interpreter that imports NumPy, or empty.
QString python()
{
    QStringList candidates{QString::fromLocal8Bit(qgetenv("TRADEOFF_BENCH_PYTHON")),
                           QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")};
    for (const QString &p : candidates) {
        if (p.isEmpty())
            continue;
        QProcess probe;
        probe.start(p, {QStringLiteral("-c"), QStringLiteral("import numpy")});
        if (probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return p;
    }
    return {};
}

QString absoluteExecutable(const QString &program)
{
    if (program.contains(QLatin1Char('/')))
        return program;
    for (const QString &dir : QString::fromLocal8Bit(qgetenv("PATH")).split(QLatin1Char(':'))) {
        const QFileInfo candidate(QDir(dir), program);
        if (candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return program;
}

struct Line
{
    QString label;
    QStringList args; // FILE, DB, OUT.ext, PAIR and MC are replaced
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments().mid(1);
    if (arguments.value(0) == QLatin1String("--write-csv") && arguments.size() >= 2) {
        const int options = arguments.value(2, QStringLiteral("2000")).toInt();
        const int criteria = arguments.value(3, QStringLiteral("300")).toInt();
        if (options <= 0 || criteria <= 0 || !writeMatrix(arguments[1], options, criteria)) {
            out << "cannot write " << arguments[1] << '\n';
            return 1;
        }
        return 0;
    }
    int runs = 3;
    QString only;
    QString keep;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--runs") && i + 1 < arguments.size())
            runs = std::max(1, arguments[++i].toInt());
        else if (arguments[i] == QLatin1String("--only") && i + 1 < arguments.size())
            only = arguments[++i];
        else if (arguments[i] == QLatin1String("--keep") && i + 1 < arguments.size())
            keep = arguments[++i];
        else {
            out << "usage: bench_commands [--runs N] [--only WORD] [--keep DIR] | --write-csv OUT.csv "
                   "[OPTIONS CRITERIA]\n";
            return 1;
        }
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C");
    qputenv("LANGUAGE", "en");
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return 1;
    const QString d = keep.isEmpty() ? temporary.path() : QDir(keep).absolutePath();
    QDir().mkpath(d);
    const QByteArray exe(TRADEOFF_EXE);
    const QByteArray before = qgetenv("TRADEOFF_BENCH_BEFORE");
    const QString big = d + QStringLiteral("/m2000x300.csv");
    const QString db = d + QStringLiteral("/m2000x300.tradeoff");
    const QString pair = d + QStringLiteral("/pairwise30.csv");
    const QString mc = d + QStringLiteral("/m20x30.csv");
    if (!writeMatrix(big, 2000, 300) || !writeMatrix(mc, 20, 30) || !writePairwise(pair, 30)) {
        out << "cannot write the generated inputs in " << d << '\n';
        return 1;
    }
    // The Tradeoff file the other commands read.
    const Figures imported = runOnce(exe, {QStringLiteral("import-csv"), big, QStringLiteral("-o"), db},
                                     d + QStringLiteral("/stdout"), d + QStringLiteral("/stderr"), db);
    if (!imported.ok) {
        out << "import-csv failed: " << imported.err << '\n';
        return 1;
    }
    out << "Headless commands as whole processes, generated 2,000 options x 300 criteria\n"
        << "  " << exe << (before.isEmpty() ? QByteArray() : "\n  before: " + before) << '\n'
        << "  CSV " << QString::number(QFileInfo(big).size() / 1e6, 'f', 1) << " MB, Tradeoff file "
        << QString::number(QFileInfo(db).size() / 1e6, 'f', 1) << " MB; median of " << runs
        << " runs; wall and CPU (user + system of the child) in seconds; budget " << kBudgetSeconds
        << " s wall\n"
        << "  load average at start: " << load() << "\n\n";
    out.flush();

    const QList<Line> lines{
        {QStringLiteral("score FILE.csv"), {QStringLiteral("score"), QStringLiteral("FILE")}},
        {QStringLiteral("score FILE.csv --format json"),
         {QStringLiteral("score"), QStringLiteral("FILE"), QStringLiteral("--format"),
          QStringLiteral("json")}},
        {QStringLiteral("score FILE.csv --format csv"),
         {QStringLiteral("score"), QStringLiteral("FILE"), QStringLiteral("--format"),
          QStringLiteral("csv")}},
        {QStringLiteral("score FILE.tradeoff --format json"),
         {QStringLiteral("score"), QStringLiteral("DB"), QStringLiteral("--format"), QStringLiteral("json")}},
        {QStringLiteral("score FILE.csv --method topsis"),
         {QStringLiteral("score"), QStringLiteral("FILE"), QStringLiteral("--method"),
          QStringLiteral("topsis")}},
        {QStringLiteral("score FILE.csv --method promethee2"),
         {QStringLiteral("score"), QStringLiteral("FILE"), QStringLiteral("--method"),
          QStringLiteral("promethee2")}},
        {QStringLiteral("list FILE.csv"), {QStringLiteral("list"), QStringLiteral("FILE")}},
        {QStringLiteral("list FILE.tradeoff --format json"),
         {QStringLiteral("list"), QStringLiteral("DB"), QStringLiteral("--format"), QStringLiteral("json")}},
        {QStringLiteral("validate FILE.csv"), {QStringLiteral("validate"), QStringLiteral("FILE")}},
        {QStringLiteral("validate FILE.tradeoff"), {QStringLiteral("validate"), QStringLiteral("DB")}},
        {QStringLiteral("import-csv FILE.csv -o OUT.tradeoff"),
         {QStringLiteral("import-csv"), QStringLiteral("FILE"), QStringLiteral("-o"),
          QStringLiteral("OUT.tradeoff")}},
        {QStringLiteral("export-csv FILE.tradeoff -o OUT.csv"),
         {QStringLiteral("export-csv"), QStringLiteral("DB"), QStringLiteral("-o"),
          QStringLiteral("OUT.csv")}},
        {QStringLiteral("sensitivity FILE.csv"), {QStringLiteral("sensitivity"), QStringLiteral("FILE")}},
        {QStringLiteral("sensitivity FILE.csv --format json"),
         {QStringLiteral("sensitivity"), QStringLiteral("FILE"), QStringLiteral("--format"),
          QStringLiteral("json")}},
        {QStringLiteral("sensitivity FILE.tradeoff --method topsis"),
         {QStringLiteral("sensitivity"), QStringLiteral("DB"), QStringLiteral("--method"),
          QStringLiteral("topsis")}},
        {QStringLiteral("ahp PAIRWISE.csv (30 items, its limit)"),
         {QStringLiteral("ahp"), QStringLiteral("PAIR"), QStringLiteral("--format"), QStringLiteral("json")}},
        {QStringLiteral("report FILE.csv -o OUT.pdf"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT.pdf")}},
        {QStringLiteral("report FILE.csv -o OUT.html"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"),
          QStringLiteral("OUT.html")}},
        {QStringLiteral("report FILE.csv -o OUT.md"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT.md")}},
        {QStringLiteral("report FILE.csv -o OUT.csv"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT.csv")}},
        {QStringLiteral("report FILE.csv -o OUT.json"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"),
          QStringLiteral("OUT.json")}},
        {QStringLiteral("report FILE.tradeoff -o OUT.json"),
         {QStringLiteral("report"), QStringLiteral("DB"), QStringLiteral("-o"), QStringLiteral("OUT.json")}},
        {QStringLiteral("report FILE.csv -o OUT.png"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT.png")}},
        {QStringLiteral("report FILE.csv -o OUT.svg"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT.svg")}},
        {QStringLiteral("report FILE.csv -o OUT.svg --chart sensitivity"),
         {QStringLiteral("report"), QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT.svg"),
          QStringLiteral("--chart"), QStringLiteral("sensitivity")}},
    };

    auto resolve = [&](QStringList args, QString *written) {
        for (QString &a : args) {
            if (a == QLatin1String("FILE"))
                a = big;
            else if (a == QLatin1String("DB"))
                a = db;
            else if (a == QLatin1String("PAIR"))
                a = pair;
            else if (a == QLatin1String("MC"))
                a = mc;
            else if (a.startsWith(QLatin1String("OUT."))) {
                a = d + QStringLiteral("/out") + a.mid(3);
                *written = a;
            }
        }
        return args;
    };
    auto cellMs = [](const Measured &m) {
        if (!m.ok)
            return QStringLiteral("failed");
        return QStringLiteral("%1 ms wall %2 ms CPU")
            .arg(m.wall * 1000, 7, 'f', 1)
            .arg(m.cpu * 1000, 7, 'f', 1);
    };
    auto cell = [](const Measured &m) {
        if (!m.ok)
            return QStringLiteral("%1").arg(QStringLiteral("failed"), -26);
        return QStringLiteral("%1 %2 %3 MB")
            .arg(m.wall, 6, 'f', 2)
            .arg(m.cpu, 6, 'f', 2)
            .arg(m.megabytes, 8, 'f', 1);
    };
    out << QStringLiteral("  %1 %2 %3\n")
               .arg(QStringLiteral("command"), -48)
               .arg(QStringLiteral("  wall    CPU   output"), -26)
               .arg(before.isEmpty() ? QString() : QStringLiteral("before: wall CPU output"));
    int over = 0;
    for (const Line &line : lines) {
        if (!only.isEmpty() && !line.label.contains(only, Qt::CaseInsensitive))
            continue;
        QString written;
        const QStringList args = resolve(line.args, &written);
        const Measured now = measure(exe, args, d, written, runs);
        QString row = QStringLiteral("  %1 %2").arg(line.label, -48).arg(cell(now));
        if (!before.isEmpty())
            row += QStringLiteral("   ") + cell(measure(before, args, d, written, runs));
        if (now.ok && now.wall > kBudgetSeconds) {
            row += QStringLiteral("  OVER BUDGET");
            ++over;
        }
        if (!now.ok)
            row += QStringLiteral("  ") + now.problem;
        out << row << '\n';
        out.flush();
    }
    out << "  load average at end: " << load() << "\n\n";

    // Start-up: the smallest commands, the process is nearly all of it.
    if (only.isEmpty() || QStringLiteral("start-up").contains(only, Qt::CaseInsensitive)) {
        out << "Start-up (whole process, median of " << std::max(runs, 5) << " runs)\n";
        const QList<Line> startup{
            {QStringLiteral("tradeoff --version"), {QStringLiteral("--version")}},
            {QStringLiteral("tradeoff score (bundled comparison)"), {QStringLiteral("score")}},
            {QStringLiteral("tradeoff report -o OUT.pdf (bundled)"),
             {QStringLiteral("report"), QStringLiteral("-o"), QStringLiteral("OUT.pdf")}}};
        for (const Line &line : startup) {
            QString written;
            const QStringList args = resolve(line.args, &written);
            QString row = QStringLiteral("  %1 %2")
                              .arg(line.label, -48)
                              .arg(cell(measure(exe, args, d, written, std::max(runs, 5))));
            if (!before.isEmpty())
                row += QStringLiteral("   ") + cell(measure(before, args, d, written, std::max(runs, 5)));
            out << row << '\n';
            out.flush();
        }
        out << '\n';
    }

    // Monte Carlo as a process: the whole sensitivity command with 100,000
    // samples, the same command with none (what the rest of it costs), and
    // NumPy doing the same sampling on the same matrix.
    if (only.isEmpty() || QStringLiteral("monte carlo").contains(only, Qt::CaseInsensitive)) {
        const int mcRuns = std::max(runs, 5);
        out << "Monte Carlo, 100,000 flat-Dirichlet samples, weighted sum, 20 x 30 (median of " << mcRuns
            << " runs; load " << load() << ")\n";
        const QStringList common{QStringLiteral("sensitivity"), mc,
                                 QStringLiteral("--method"),    QStringLiteral("wsm"),
                                 QStringLiteral("--format"),    QStringLiteral("json"),
                                 QStringLiteral("--seed"),      QStringLiteral("1")};
        const Measured with = measure(
            exe, common + QStringList{QStringLiteral("--samples"), QStringLiteral("100000")}, d, {}, mcRuns);
        const Measured without = measure(
            exe, common + QStringList{QStringLiteral("--samples"), QStringLiteral("0")}, d, {}, mcRuns);
        out << QStringLiteral("  %1 %2\n")
                   .arg(QStringLiteral("tradeoff sensitivity --samples 100000"), -48)
                   .arg(cellMs(with));
        out << QStringLiteral("  %1 %2\n")
                   .arg(QStringLiteral("tradeoff sensitivity --samples 0"), -48)
                   .arg(cellMs(without));
        if (with.ok && without.ok)
            out << QStringLiteral("  the 100,000 samples: %1 ms wall, %2 ms CPU (budget 25 ms CPU)\n")
                       .arg((with.wall - without.wall) * 1000, 0, 'f', 1)
                       .arg((with.cpu - without.cpu) * 1000, 0, 'f', 1);
        const QString py = python();
        const QString script = QStringLiteral(TRADEOFF_SOURCE_DIR "/tests/bench/smaa_numpy.py");
        if (py.isEmpty()) {
            out << "  NumPy: no python3 with numpy found (install python3-numpy); skipped\n";
        } else {
            const QByteArray pyExe = QFile::encodeName(absoluteExecutable(py));
            const QStringList pyArgs{script, QStringLiteral("--csv"), mc, QStringLiteral("--runs"),
                                     QStringLiteral("1")};
            const Measured numpy =
                measure(pyExe, pyArgs + QStringList{QStringLiteral("--samples"), QStringLiteral("100000")}, d,
                        {}, mcRuns);
            const Measured idle = measure(
                pyExe, pyArgs + QStringList{QStringLiteral("--samples"), QStringLiteral("0")}, d, {}, mcRuns);
            out << QStringLiteral("  %1 %2\n")
                       .arg(QStringLiteral("smaa_numpy.py --csv M --samples 100000"), -48)
                       .arg(cellMs(numpy));
            out << QStringLiteral("  %1 %2\n")
                       .arg(QStringLiteral("smaa_numpy.py --csv M --samples 0"), -48)
                       .arg(cellMs(idle));
            if (numpy.ok && idle.ok)
                out << QStringLiteral("  NumPy's 100,000 samples: %1 ms wall, %2 ms CPU\n")
                           .arg((numpy.wall - idle.wall) * 1000, 0, 'f', 1)
                           .arg((numpy.cpu - idle.cpu) * 1000, 0, 'f', 1);
        }
        out << '\n';
    }
    out << "load average at end: " << load() << '\n';
    return over == 0 ? 0 : 3;
}

// Start-up against the yardsticks: `tradeoff --screenshot`, bare_chart (a
// window with one Qt Charts view, painted once and saved) and plain_window
// (the content of Tradeoff's first frame in plain Qt, no Tradeoff code: the
// floor any window showing that content stands on) run as whole processes on
// the offscreen platform, alternately, N times each; prints the medians,
// their ratios, and the in-process time from main() to the saved first
// complete paint (TRADEOFF_STARTUP_TRACE marks) and the processes' CPU time
// (user + system, steadier than wall time on a loaded machine), with the
// load average.
//
//   cmake --preset bench && cmake --build --preset bench
//   ./build/bench/tests/bench/bench_startup [RUNS] [WxH] [-- extra tradeoff arguments]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <optional>
#include <sys/resource.h>

namespace {

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    double inProcessMs = 0;
    QMap<QString, double> marks;
    QMap<QString, double> cpuMarks; // the process's CPU time at each mark
};

// User + system time of the children waited for so far.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto ms = [](const timeval &t) {
        return t.tv_sec * 1e3 + t.tv_usec / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

std::optional<Run> runOnce(const QString &program, const QStringList &args, const QString &png,
                           QTextStream &err)
{
    QFile::remove(png);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TRADEOFF_STARTUP_TRACE"), QStringLiteral("1"));
    // Settings of their own: the user's saved language, theme and window
    // stay out of the figures (and the runs leave the user's alone).
    static const QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    p.setProcessEnvironment(env);
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 ||
        !QFile::exists(png)) {
        err << program << ": failed: " << p.readAllStandardError() << Qt::endl;
        return std::nullopt;
    }
    Run run;
    run.wallMs = t.nsecsElapsed() / 1e6;
    run.cpuMs = childrenCpuMs() - cpuBefore;
    static const QRegularExpression mark(QStringLiteral("^startup: (.+) ([0-9.]+) ms$"),
                                         QRegularExpression::MultilineOption);
    const QString trace = QString::fromLocal8Bit(p.readAllStandardError());
    for (auto it = mark.globalMatch(trace); it.hasNext();) {
        const auto m = it.next();
        run.marks[m.captured(1)] = m.captured(2).toDouble();
    }
    static const QRegularExpression cpuMark(QStringLiteral("^startup cpu: (.+) ([0-9.]+) ms$"),
                                            QRegularExpression::MultilineOption);
    for (auto it = cpuMark.globalMatch(trace); it.hasNext();) {
        const auto m = it.next();
        run.cpuMarks[m.captured(1)] = m.captured(2).toDouble();
    }
    run.inProcessMs = run.marks.value(QStringLiteral("saved"));
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    QStringList extra;
    if (const qsizetype dashes = args.indexOf(QStringLiteral("--")); dashes >= 0) {
        extra = args.mid(dashes + 1);
        args = args.mid(0, dashes);
    }
    const int runs = std::max(1, args.value(0, QStringLiteral("15")).toInt());
    const QString size = args.value(1, QStringLiteral("1000x500"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const QString tradeoff = qEnvironmentVariableIsSet("TRADEOFF_BENCH_EXE")
                                 ? qEnvironmentVariable("TRADEOFF_BENCH_EXE")
                                 : QStringLiteral(TRADEOFF_EXE);
    const QStringList tradeoffArgs =
        QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--size"), size} + extra;

    out << "start-up, whole processes, offscreen, " << size << ", " << runs << " runs each; load before "
        << loadAverage() << Qt::endl;
    // One of each first, not counted: the files come into the page cache.
    if (!runOnce(QStringLiteral(BARE_CHART_EXE), {png, size}, png, err) ||
        !runOnce(QStringLiteral(PLAIN_WINDOW_EXE), {png, size}, png, err) ||
        !runOnce(tradeoff, tradeoffArgs, png, err))
        return 1;
    QVector<double> bareWall, bareIn, bareCpu, plainWall, plainIn, plainCpu, ownWall, ownIn, ownCpu;
    QMap<QString, QVector<double>> marks;
    QMap<QString, QVector<double>> cpuMarks;
    for (int i = 0; i < runs; ++i) {
        const auto bare = runOnce(QStringLiteral(BARE_CHART_EXE), {png, size}, png, err);
        const auto plain = runOnce(QStringLiteral(PLAIN_WINDOW_EXE), {png, size}, png, err);
        const auto own = runOnce(tradeoff, tradeoffArgs, png, err);
        if (!bare || !plain || !own)
            return 1;
        plainWall.append(plain->wallMs);
        plainCpu.append(plain->cpuMs);
        plainIn.append(plain->inProcessMs);
        bareWall.append(bare->wallMs);
        bareCpu.append(bare->cpuMs);
        ownCpu.append(own->cpuMs);
        bareIn.append(bare->inProcessMs);
        ownWall.append(own->wallMs);
        ownIn.append(own->inProcessMs);
        for (auto it = own->marks.cbegin(); it != own->marks.cend(); ++it)
            marks[it.key()].append(it.value());
        for (auto it = own->cpuMarks.cbegin(); it != own->cpuMarks.cend(); ++it)
            cpuMarks[it.key()].append(it.value());
    }
    auto ms = [](double v) {
        return QString::number(v, 'f', 1);
    };
    out << "bare Qt Charts window:   whole process median " << ms(median(bareWall)) << " ms (min "
        << ms(*std::min_element(bareWall.cbegin(), bareWall.cend())) << "), main() to saved paint "
        << ms(median(bareIn)) << " ms, CPU " << ms(median(bareCpu)) << " ms" << Qt::endl;
    out << "plain Qt, same content:  whole process median " << ms(median(plainWall)) << " ms (min "
        << ms(*std::min_element(plainWall.cbegin(), plainWall.cend())) << "), main() to saved paint "
        << ms(median(plainIn)) << " ms, CPU " << ms(median(plainCpu)) << " ms" << Qt::endl;
    out << "tradeoff --screenshot:   whole process median " << ms(median(ownWall)) << " ms (min "
        << ms(*std::min_element(ownWall.cbegin(), ownWall.cend())) << "), main() to saved paint "
        << ms(median(ownIn)) << " ms, CPU " << ms(median(ownCpu)) << " ms" << Qt::endl;
    out << "ratio (whole process, medians): " << QString::number(median(ownWall) / median(bareWall), 'f', 2)
        << "; in process: " << QString::number(median(ownIn) / median(bareIn), 'f', 2)
        << "; CPU: " << QString::number(median(ownCpu) / median(bareCpu), 'f', 2) << " (target <= 1.30)"
        << Qt::endl;
    out << "floor, plain Qt to bare (whole process, medians): "
        << QString::number(median(plainWall) / median(bareWall), 'f', 2)
        << "; in process: " << QString::number(median(plainIn) / median(bareIn), 'f', 2)
        << "; CPU: " << QString::number(median(plainCpu) / median(bareCpu), 'f', 2) << Qt::endl;
    out << "tradeoff to plain Qt (whole process, medians): "
        << QString::number(median(ownWall) / median(plainWall), 'f', 2)
        << "; in process: " << QString::number(median(ownIn) / median(plainIn), 'f', 2)
        << "; CPU: " << QString::number(median(ownCpu) / median(plainCpu), 'f', 2) << Qt::endl;
    // Where tradeoff's time goes, in the order of its marks (medians, ms since main()).
    QVector<std::pair<double, QString>> ordered;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        ordered.append({median(it.value()), it.key()});
    std::sort(ordered.begin(), ordered.end());
    out << "tradeoff marks (median ms since main()):";
    for (const auto &[at, name] : ordered)
        out << "  " << name << " " << ms(at);
    out << Qt::endl;
    // The same marks in CPU time: steadier than wall time when the machine is busy.
    ordered.clear();
    for (auto it = cpuMarks.cbegin(); it != cpuMarks.cend(); ++it)
        ordered.append({median(it.value()), it.key()});
    std::sort(ordered.begin(), ordered.end());
    out << "tradeoff marks (median CPU ms of the process):";
    for (const auto &[at, name] : ordered)
        out << "  " << name << " " << ms(at);
    out << Qt::endl << "load after " << loadAverage() << Qt::endl;
    return 0;
}

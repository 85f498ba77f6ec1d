#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace testsupport {

QString bundledPath()
{
    return QStringLiteral(TRADEOFF_BUNDLED_DB);
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

core::Comparison generated(int options, int criteria, int categories, quint32 seed)
{
    QRandomGenerator rng(seed);
    core::Comparison c;
    c.name = QStringLiteral("Generated %1 x %2").arg(options).arg(criteria);
    for (int i = 0; i < options; ++i)
        c.options.append({QStringLiteral("Option %1").arg(i + 1), {}, {}});
    for (int j = 0; j < criteria; ++j) {
        core::Criterion k;
        k.name = QStringLiteral("Criterion %1").arg(j + 1);
        k.category = QStringLiteral("Category %1").arg(j % categories + 1);
        k.direction = j % 5 == 4 ? core::Direction::Cost : core::Direction::Benefit;
        k.scaleMin = 0.0;
        k.scaleMax = 10.0;
        c.criteria.append(k);
    }
    c.resizeCells();
    for (core::Cell &cell : c.cells)
        cell.value = rng.bounded(101) / 10.0;
    core::Profile p;
    p.name = QStringLiteral("Random");
    p.kind = core::ProfileKind::Custom;
    for (int j = 0; j < criteria; ++j)
        p.weights.append(rng.bounded(1, 101) / 10.0);
    c.profiles.append(p);
    return c;
}

core::Comparison small()
{
    core::Comparison c;
    c.name = QStringLiteral("Small");
    c.options = {{QStringLiteral("A"), {}, {}}, {QStringLiteral("B"), {}, {}}, {QStringLiteral("C"), {}, {}}};
    auto crit = [](const char *name, core::Direction d) {
        core::Criterion k;
        k.name = QString::fromLatin1(name);
        k.direction = d;
        k.category = QStringLiteral("General");
        return k;
    };
    c.criteria = {crit("Speed", core::Direction::Benefit), crit("Cost", core::Direction::Cost),
                  crit("Ecosystem", core::Direction::Benefit), crit("Safety", core::Direction::Benefit)};
    c.resizeCells();
    const double values[3][4] = {{8, 6, 9, 5}, {6, 5, 9, 7}, {4, 2, 3, 9}};
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 4; ++j)
            c.cell(i, j).value = values[i][j];
    }
    core::Profile p;
    p.name = QStringLiteral("Default");
    p.weights = {5, 2, 3, 0};
    c.profiles.append(p);
    return c;
}

core::Comparison matrix(const QVector<QVector<double>> &x, const QVector<bool> &benefit)
{
    core::Comparison c;
    for (int i = 0; i < x.size(); ++i)
        c.options.append({QStringLiteral("A%1").arg(i + 1), {}, {}});
    for (int j = 0; j < benefit.size(); ++j) {
        core::Criterion k;
        k.name = QStringLiteral("C%1").arg(j + 1);
        k.direction = benefit[j] ? core::Direction::Benefit : core::Direction::Cost;
        c.criteria.append(k);
    }
    c.resizeCells();
    for (int i = 0; i < x.size(); ++i)
        for (int j = 0; j < benefit.size(); ++j)
            c.cell(i, j).value = x[i][j];
    return c;
}

Run tradeoff(const QStringList &args, const QString &workingDirectory, const QString &limit)
{
    QProcess p;
    p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless means no display at all.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    if (limit.isEmpty())
        p.start(QStringLiteral(TRADEOFF_EXE), args);
    else
        p.start(QStringLiteral("prlimit"), QStringList{limit, QStringLiteral(TRADEOFF_EXE)} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace testsupport

#pragma once
// The sequence both start-up yardsticks (bare_chart, plain_window) end with,
// the one `tradeoff --screenshot` uses: the window resized and shown, the
// posted events of showing handled (not the window system's expose, which
// would paint the window a first time), one paint into the grab, saved with
// the PNG settings `tradeoff --screenshot` uses (quality 80, zlib's fastest
// level) so that all encode alike.  With TRADEOFF_STARTUP_TRACE set, the
// "saved" mark bench_startup reads.  Returns the process's exit code.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>
#include <QWidget>

inline int paintOnceAndSave(QWidget &window, const QString &size, const QString &out,
                            const QElapsedTimer &sinceMain)
{
    const QStringList wh = size.split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents();
    const bool saved = window.grab().save(out, "PNG", 80);
    if (qEnvironmentVariableIsSet("TRADEOFF_STARTUP_TRACE"))
        QTextStream(stderr) << "startup: saved " << sinceMain.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    return saved ? 0 : 1;
}

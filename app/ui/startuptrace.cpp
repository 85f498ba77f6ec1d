#include "ui/startuptrace.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QtGlobal>
#include <ctime>

namespace ui {

namespace {
QElapsedTimer &clock()
{
    static QElapsedTimer c;
    return c;
}
} // namespace

void startupClockStart()
{
    clock().start();
}

void startupMark(const char *name)
{
    static const bool tracing = qEnvironmentVariableIsSet("TRADEOFF_STARTUP_TRACE");
    if (!tracing || !clock().isValid())
        return;
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    // Wall time since main(), then the process's CPU time on a line of its
    // own (under load the CPU time tells where the work goes).
    QTextStream(stderr) << "startup: " << name << ' ' << clock().nsecsElapsed() / 1e6 << " ms\n"
                        << "startup cpu: " << name << ' ' << (cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6) << " ms"
                        << Qt::endl;
}

} // namespace ui

#include "ui/startuptrace.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QtGlobal>

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
    if (tracing && clock().isValid())
        QTextStream(stderr) << "startup: " << name << ' ' << clock().nsecsElapsed() / 1e6 << " ms"
                            << Qt::endl;
}

} // namespace ui

#pragma once

#include "testsupport.h"
#include "ui/mainwindow.h"

#include <QTest>

namespace testsupport {

// A window on the bundled comparison, without message boxes.
inline bool openBundled(ui::MainWindow &w)
{
    w.setInteractive(false);
    return w.openFile(bundledPath());
}

// ... shown at `size` and exposed.
inline bool showBundled(ui::MainWindow &w, QSize size)
{
    if (!openBundled(w))
        return false;
    w.resize(size);
    w.show();
    return QTest::qWaitForWindowExposed(&w);
}

} // namespace testsupport

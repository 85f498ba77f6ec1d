#pragma once

namespace ui {

// Start-up marks on stderr when TRADEOFF_STARTUP_TRACE is set: "startup:
// NAME MS ms", milliseconds since startupClockStart() (main() calls it
// first).  bench_startup reads them to show where start-up time goes.
void startupClockStart();
void startupMark(const char *name);

} // namespace ui

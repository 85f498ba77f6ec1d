#pragma once

class QWidget;

namespace ui {

// Text that changes with every weight change (shares, the verdict's
// numbers) is laid out again on each change, and shaping it with HarfBuzz
// was the largest part of a change's cost.  This asks Qt to skip shaping
// where the script does not need it (Latin, Greek, Cyrillic...: kerning
// still applies); scripts that need shaping are shaped as before.  Only the
// style strategy is set: size and family still follow the application font
// (View > font size, --font-scale).
void preferNoShaping(QWidget *widget);

} // namespace ui

#pragma once

#include "comparison.h"

#include <QColor>

namespace ui {

// Option colours: the comparison's own, else the Okabe-Ito palette, which
// stays distinguishable for the common forms of colour blindness.
QColor optionColor(const core::Comparison &c, int option);
// Colours for criteria or categories in stacked charts.
QColor seriesColor(int index);

} // namespace ui

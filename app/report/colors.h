#pragma once

#include "core/comparison.h"

#include <QColor>

namespace report {

// Option colours, the same in the window, every chart and every report, in
// every theme: the comparison's own, else the Okabe-Ito palette, which stays
// distinguishable for the common forms of colour blindness (its black is
// replaced by a mid grey that shows on light and dark backgrounds alike).
QColor optionColor(const core::Comparison &c, int option);
// Colours for criteria or categories in stacked charts (Tableau 20, ordered
// so that neighbours differ).
QColor seriesColor(int index);

} // namespace report

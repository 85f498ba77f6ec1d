#pragma once

#include "report/colors.h"

namespace ui {

// The window uses the reports' colours, so an option looks the same
// everywhere.
using report::optionColor;
using report::seriesColor;

} // namespace ui

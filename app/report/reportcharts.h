#pragma once

#include "report/report.h"

#include <QRectF>

class QPainter;

namespace report {

// Report charts drawn with QPainter, so the same code gives vectors in PDF
// and SVG and pixels in PNG.  (The window's live charts use Qt Charts; these
// are static, print-oriented and need no widgets.)
void paintChart(QPainter &painter, const QRectF &rect, const Report &report, Chart chart);
QString chartTitle(Chart chart);

// The chart as standalone SVG (for HTML reports and --format svg).
QByteArray chartSvg(const Report &report, Chart chart, const QSize &size);

} // namespace report

#pragma once

#include <QObject>
#include <QStringList>
#include <QVector>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;

namespace ui {

// Row labels for a horizontal bar chart, drawn as plain text items beside the
// plot instead of as category-axis labels.  Qt Charts lays out every axis
// label as rich text when categories change, which cost most of a frame each
// time two options swapped places during a drag; these are cheap to change.
// Row 0 is the top row.
class BarLabels : public QObject
{
public:
    // Sets up `axis` with one hidden category per row and reserves room on the
    // left for the longest of `widest` (capped at `maxWidth` pixels).
    BarLabels(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *axis, int rows,
              const QStringList &widest, int maxWidth = 180);

    int rows() const { return int(m_items.size()); }
    // The bar-set index that draws row `row` (categories run bottom-up).
    int categoryOf(int row) const { return rows() - 1 - row; }
    void setText(int row, const QString &text);
    QStringList texts() const { return m_texts; }
    // Room for the labels, for charts whose width changes: the longest of
    // `widest` up to `maxWidth` pixels; longer labels are elided.
    void setMaxWidth(int maxWidth);
    int width() const { return m_width; }

private:
    void place();

    QChart *m_chart;
    QAbstractBarSeries *m_series;
    QVector<QGraphicsSimpleTextItem *> m_items;
    QStringList m_texts;
    QStringList m_widest;
    int m_width = -1;
};

} // namespace ui

#include "ui/charts/barlabels.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <algorithm>

namespace ui {

BarLabels::BarLabels(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *axis, int rows,
                     const QStringList &widest, int maxWidth)
    : QObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_widest(widest)
{
    QStringList positions;
    for (int i = 0; i < rows; ++i)
        positions.append(QString::number(i + 1));
    axis->setCategories(positions);
    axis->setLabelsVisible(false);
    axis->setGridLineVisible(false);
    for (int i = 0; i < rows; ++i) {
        auto *item = new QGraphicsSimpleTextItem(chart);
        item->setBrush(chart->titleBrush()); // the theme's text colour (ChartPanel::applyPalette)
        item->setFont(chart->font());
        m_items.append(item);
    }
    m_texts = QStringList(rows, QString());
    setMaxWidth(maxWidth);
    connect(chart, &QChart::plotAreaChanged, this, &BarLabels::place);
}

void BarLabels::setMaxWidth(int maxWidth)
{
    const QFontMetrics fm(m_chart->font());
    int width = 0;
    for (const QString &text : std::as_const(m_widest))
        width = std::max(width, fm.horizontalAdvance(text));
    width = std::min(width, maxWidth);
    if (width == m_width)
        return;
    m_width = width;
    for (int row = 0; row < rows(); ++row)
        m_items[row]->setText(fm.elidedText(m_texts[row], Qt::ElideRight, m_width));
    QMargins margins = m_chart->margins();
    margins.setLeft(m_width + 10);
    m_chart->setMargins(margins);
    place();
}

void BarLabels::setText(int row, const QString &text)
{
    if (row < 0 || row >= rows() || m_texts[row] == text)
        return;
    m_texts[row] = text;
    m_items[row]->setText(QFontMetrics(m_chart->font()).elidedText(text, Qt::ElideRight, m_width));
    m_items[row]->setToolTip(text);
    place();
}

void BarLabels::place()
{
    const QRectF plot = m_chart->plotArea();
    for (int row = 0; row < rows(); ++row) {
        const QPointF at = m_chart->mapToPosition(QPointF(0, categoryOf(row)), m_series);
        const QRectF box = m_items[row]->boundingRect();
        m_items[row]->setPos(plot.left() - 6 - box.width(), at.y() - box.height() / 2);
    }
}

} // namespace ui

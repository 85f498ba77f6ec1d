#include "ui/sharelabel.h"

#include "ui/livetext.h"

#include <QEvent>
#include <QPainter>

namespace ui {

ShareLabel::ShareLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Opaque: a new share repaints these pixels only, not the group box
    // behind them.
    setAttribute(Qt::WA_OpaquePaintEvent);
    preferNoShaping(this);
}

void ShareLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void ShareLabel::setWidthSample(const QString &sample)
{
    m_sample = sample;
    updateGeometry();
}

QSize ShareLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(m_sample) + 6, fm.height() + 2};
}

void ShareLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(backgroundRole()));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(rect(), Qt::AlignRight | Qt::AlignVCenter, m_text);
}

void ShareLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace ui

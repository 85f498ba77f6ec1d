#include "chartpanel.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

namespace ui {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(220, 180);
    layout->addWidget(m_view);
}

ChartPanel::~ChartPanel() = default;

QChart *ChartPanel::chart() const { return m_view->chart(); }

void ChartPanel::setChart(QChart *chart)
{
    // Live data: animations would lag behind a dragged slider.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace ui

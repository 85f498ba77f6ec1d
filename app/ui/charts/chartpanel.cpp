#include "chartpanel.h"

#include <QBarSet>
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
    // Bars are axis-aligned: antialiasing only costs time there.  The radar
    // turns it on for its polygons.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMinimumSize(220, 180);
    layout->addWidget(m_view);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::updateSet(QBarSet *set, const QVector<double> &wanted, const QVector<double> &current)
{
    int changed = 0;
    int last = -1;
    for (int i = 0; i < wanted.size(); ++i) {
        if (i >= current.size() || wanted[i] != current[i]) {
            ++changed;
            last = i;
        }
    }
    if (changed == 1) {
        set->replace(last, wanted[last]);
    } else if (changed > 1) {
        set->remove(0, set->count());
        set->append(QList<qreal>(wanted.begin(), wanted.end()));
    }
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setAntialiasing(bool on)
{
    m_view->setRenderHint(QPainter::Antialiasing, on);
}

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

#pragma once

#include "comparison.h"
#include "engine.h"

#include <QWidget>

class QChart;
class QChartView;

namespace ui {

// The chart layer's one interface: a widget that is given the comparison (to
// build its series once) and then each Result (to update them in place).
// Only files in this folder include QtCharts, so a move to Qt Graphs stays
// local.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    virtual void setComparison(const core::Comparison &comparison) = 0;
    virtual void setResult(const core::Result &result) = 0;
    // The values currently drawn, flattened (for tests and benchmarks).
    virtual QVector<double> values() const = 0;

protected:
    QChart *chart() const;
    void setChart(QChart *chart);

private:
    QChartView *m_view = nullptr;
};

ChartPanel *createRankingChart(QWidget *parent);
ChartPanel *createContributionChart(QWidget *parent);
ChartPanel *createRadarChart(QWidget *parent);

} // namespace ui

#pragma once

#include "core/comparison.h"

#include <QWidget>

class QDoubleSpinBox;
class QSlider;
class QVBoxLayout;

namespace ui {

class ShareLabel;

// One slider and spin box per criterion, grouped by category, with the
// criterion's normalised share.  Shows weights and forwards the user's edits;
// it holds no state of its own beyond the widgets.
class WeightPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WeightPanel(QWidget *parent = nullptr);

    void setComparison(const core::Comparison &comparison);
    void setWeights(const QVector<double> &weights);
    void setShares(const QVector<double> &normalized);

    // Slider steps per weight unit (0.1 resolution).
    static constexpr int kStepsPerUnit = 10;
    // The top of every weight scale in the window: 10, or more when a
    // profile weighs more (the presentation and the consensus use it too).
    static double scaleMaximum(const core::Comparison &comparison);
    QSlider *slider(int criterion) const;
    QDoubleSpinBox *spinBox(int criterion) const;
    ShareLabel *shareLabel(int criterion) const;
    int rowCount() const { return int(m_rows.size()); }

Q_SIGNALS:
    void weightEdited(int criterion, double weight);

private:
    struct Row
    {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        ShareLabel *share = nullptr;
    };
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
    QVector<Row> m_rows;
};

} // namespace ui

#pragma once

#include "core/comparison.h"
#include "core/criteriatree.h"

#include <QSet>
#include <QWidget>

class QDoubleSpinBox;
class QGridLayout;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace ui {

class ShareLabel;

// One slider and spin box per criterion, grouped by category, with the
// criterion's normalised share.  A comparison with a criteria tree (explicit
// groups) shows the groups nested, each with a header that expands and
// collapses it and a slider for its local share within its parent.  Shows
// weights and forwards the user's edits; it holds no state of its own beyond
// the widgets and the weights it was last shown.
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
    // A group slider's steps: its local share in percent.
    static constexpr int kShareSteps = 100;
    // The top of every weight scale in the window: 10, or more when a
    // profile weighs more (the presentation and the consensus use it too).
    static double scaleMaximum(const core::Comparison &comparison);
    QSlider *slider(int criterion) const;
    QDoubleSpinBox *spinBox(int criterion) const;
    ShareLabel *shareLabel(int criterion) const;
    int rowCount() const { return int(m_rows.size()); }

    // The tree shown (groups only when the comparison has explicit groups).
    bool showsTree() const { return m_treeShown; }
    const core::CriteriaTree &tree() const { return m_tree; }
    QToolButton *groupHeader(const QString &group) const;
    QSlider *groupSlider(const QString &group) const;
    ShareLabel *groupShareLabel(const QString &group) const;
    bool isExpanded(const QString &group) const;
    void setExpanded(const QString &group, bool expanded);

Q_SIGNALS:
    void weightEdited(int criterion, double weight);
    // A group slider moved: every weight at once (one change).
    void weightsEdited(const QVector<double> &weights);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        ShareLabel *share = nullptr;
    };
    struct GroupRow
    {
        int node = -1;
        QToolButton *header = nullptr;
        QSlider *slider = nullptr;
        ShareLabel *share = nullptr;
        QWidget *body = nullptr;
    };
    void addCriterionRow(const core::Comparison &c, int criterion, QWidget *box, QGridLayout *grid, int line,
                         double maxWeight);
    QWidget *addGroup(const core::Comparison &c, int node, QWidget *parent, double maxWeight);
    void moveGroup(int groupRow, int percent);
    void updateGroups();
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
    QVector<Row> m_rows;
    QVector<GroupRow> m_groups; // in display order
    core::CriteriaTree m_tree;
    bool m_treeShown = false;
    double m_maxWeight = 10.0;
    QVector<double> m_weights;
    QSet<QString> m_collapsed; // kept across rebuilds (an edit, undo)
};

} // namespace ui

#pragma once

#include <QRegion>
#include <QWidget>
#include <utility>

namespace ui {

class Session;

// Workshop mode: full screen, large type, only the weights, the ranking and
// the verdict, driven from the keyboard (or a presenter's clicker):
//   Up/Down, Page Up/Down  pick a criterion
//   Left/Right, -/+        lower or raise its weight by one step
//   1-9                    switch to that profile
//   R                      reset the weights to the profile
//   S                      take a snapshot
//   Esc, F5                leave
// Everything is painted in one pass from the session's state: nothing
// animates, so the numbers are always the current ones.  A weight change
// repaints only what it changes (the numbers, bars, ranking and verdict);
// names, header and footer stay as painted unless the layout moves.
class PresentationView : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationView(Session *session, QWidget *parent = nullptr);

    int currentCriterion() const { return m_current; }
    void setCurrentCriterion(int criterion);
    // The weight change one key press makes.
    double step() const;
    double maximumWeight() const;
    QString lastMessage() const { return m_message; }
    // With a live workshop running: how the room leans, as the footer shows it.
    QString roomText() const;

Q_SIGNALS:
    void leaveRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void changeWeight(int steps);
    // Repaints what a new result changes, or everything when the headline
    // needs another height (the body moves).
    void resultChanged();
    // The headline's font scale and height for the view's size.
    std::pair<double, int> headlineFit(const QString &headline) const;

    Session *m_session;
    int m_current = 0;
    QString m_message;
    // From the last full paint: what a result changes, and the headline's height.
    // What one weight row shows (weight, share, bar, focus) as text: a
    // change repaints the rows whose text differs from the last paint's.
    QStringList rowSignatures() const;
    static QString rowValueText(double raw, double share);
    QRegion m_dynamic; // headline, profile, ranking: repainted on every change
    QVector<QRect> m_rowRects;
    QStringList m_rowsPainted;
    QRect m_room; // where the live workshop's line is drawn
    int m_headlineHeight = -1;
    QSize m_paintedSize;
};

} // namespace ui

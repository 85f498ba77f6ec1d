#pragma once

#include <QWidget>

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
// animates, so the numbers are always the current ones.
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

Q_SIGNALS:
    void leaveRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void changeWeight(int steps);

    Session *m_session;
    int m_current = 0;
    QString m_message;
};

} // namespace ui

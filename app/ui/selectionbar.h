#pragma once

#include <QWidget>
#include <utility>

class QComboBox;
class QLabel;

namespace ui {

class Session;

// Which comparison of the file and which weight profile are shown, with
// "Reset weights", and where the comparison's decision stands; follows the session and forwards the user's
// picks.  The profile's description is a separate label (it sits above the weights).
class SelectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit SelectionBar(Session *session, QWidget *parent = nullptr);

    QComboBox *comparisonBox() const { return m_comparison; }
    QComboBox *profileBox() const { return m_profile; }
    QLabel *profileDescription() const { return m_description; }
    // Where the comparison's decision stands: "Decision: Accepted · 2026-11-30".
    QLabel *decisionLabel() const { return m_decision; }

private:
    void onComparisonChanged();
    void onProfileChanged(int index);
    // Says when the weights no longer are the profile's.
    void showWhetherChanged();

    Session *m_session;
    QComboBox *m_comparison = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_decision = nullptr;
    // What the selector says now, so a drag that keeps it changes nothing.
    std::pair<int, bool> m_shown{-2, false}; // (profile, changed)
};

} // namespace ui

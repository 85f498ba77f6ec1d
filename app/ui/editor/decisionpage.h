#pragma once

#include "core/comparison.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace ui {

class Session;

// The editor's page for the comparison's decision record (MADR 4): status,
// the comparison that supersedes it, the date decided, deciders, consulted
// and informed.  Each change is one undoable session edit; the page shows
// the session's record and holds none of its own.
class DecisionPage : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionPage(Session *session, QWidget *parent = nullptr);

    QComboBox *statusBox() const { return m_status; }
    QComboBox *supersededByBox() const { return m_supersededBy; }
    QCheckBox *decidedBox() const { return m_isDecided; }
    QDateEdit *decidedEdit() const { return m_decided; }
    QLineEdit *decidersEdit() const { return m_deciders; }
    QLineEdit *consultedEdit() const { return m_consulted; }
    QLineEdit *informedEdit() const { return m_informed; }

    // The record the fields show now, as it would be committed.
    core::DecisionRecord shownRecord() const;
    // Hands the fields to the session as one edit; false when nothing
    // changed or the session refused (the fields then show its record).
    bool commit();

Q_SIGNALS:
    void message(const QString &text);

private:
    void sync();

    Session *m_session;
    QComboBox *m_status = nullptr;
    QComboBox *m_supersededBy = nullptr;
    QCheckBox *m_isDecided = nullptr;
    QDateEdit *m_decided = nullptr;
    QLineEdit *m_deciders = nullptr;
    QLineEdit *m_consulted = nullptr;
    QLineEdit *m_informed = nullptr;
};

} // namespace ui

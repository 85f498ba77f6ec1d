#pragma once

#include "core/workshop.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace ui {

class Session;

// Named snapshots of the weights and results, and two of them (or one and
// the weights now) side by side: which weights moved, which ranks changed,
// whether the verdict flipped.
class SnapshotPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotPanel(Session *session, QWidget *parent = nullptr);

    QComboBox *beforeBox() const { return m_before; }
    QComboBox *afterBox() const { return m_after; } // the last entry is "now"
    QTableWidget *list() const { return m_list; }
    QTextBrowser *comparisonView() const { return m_view; }
    // The snapshots compared now (the "after" one may be the present state).
    core::workshop::SnapshotDiff diff() const { return m_diff; }
    bool take(const QString &name);
    bool removeSelected();
    void compare(int before, int after); // after == snapshot count: now

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void refresh();
    static QString html(const core::workshop::SnapshotDiff &d, const core::Snapshot &a,
                        const core::Snapshot &b);

    Session *m_session;
    QLineEdit *m_name = nullptr;
    QTableWidget *m_list = nullptr;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    QTextBrowser *m_view = nullptr;
    core::workshop::SnapshotDiff m_diff;
};

} // namespace ui

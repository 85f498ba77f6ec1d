#pragma once

#include <QFrame>

class QLabel;

namespace ui {

// The yellow notice above a read-only document, with "Edit Anyway".
class ReadOnlyBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReadOnlyBar(QWidget *parent = nullptr);
    void setFileName(const QString &name);

Q_SIGNALS:
    void editAnywayClicked();

private:
    QLabel *m_label = nullptr;
};

} // namespace ui

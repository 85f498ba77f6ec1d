#pragma once

#include <QWidget>

namespace ui {

// A fixed-size, right-aligned text that changes on every weight change.  It
// repaints itself only: unlike QLabel it never asks the layouts above it for
// a new size, which keeps a slider drag inside one frame.
class ShareLabel : public QWidget
{
    Q_OBJECT
public:
    explicit ShareLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    // The widest text it will show (its fixed width): "100.0 %" unless set.
    void setWidthSample(const QString &sample);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    QString m_sample = QStringLiteral("100.0 %");
};

} // namespace ui

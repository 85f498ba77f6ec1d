#include "ui/readonlybar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ui {

ReadOnlyBar::ReadOnlyBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("readOnlyBar"));
    setAutoFillBackground(true);
    QPalette warn = palette();
    warn.setColor(QPalette::Window, warn.color(QPalette::ToolTipBase));
    warn.setColor(QPalette::WindowText, warn.color(QPalette::ToolTipText));
    setPalette(warn);
    auto *bar = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    bar->addWidget(m_label, 1);
    auto *editCopy = new QPushButton(tr("Edit Anyway"), this);
    editCopy->setObjectName(QStringLiteral("editAnyway"));
    editCopy->setToolTip(tr("Edit in this window; Save will ask for a new file name"));
    connect(editCopy, &QPushButton::clicked, this, &ReadOnlyBar::editAnywayClicked);
    bar->addWidget(editCopy);
}

void ReadOnlyBar::setFileName(const QString &name)
{
    m_label->setText(
        tr("%1 is read-only: you can explore it and change weights, but not edit it.").arg(name));
}

} // namespace ui

#include "ui/prompts.h"

#include <QDialog>
#include <QFileDialog>

namespace ui {

Prompts::~Prompts() = default;

QMessageBox::StandardButton DialogPrompts::ask(QWidget *parent, const QString &title, const QString &question,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, question, buttons, defaultButton);
}

void DialogPrompts::warn(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::information(parent, title, message);
}

QString DialogPrompts::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString DialogPrompts::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                    const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

int DialogPrompts::exec(QDialog &dialog)
{
    return dialog.exec();
}

int UnattendedPrompts::exec(QDialog &)
{
    return QDialog::Rejected;
}

} // namespace ui

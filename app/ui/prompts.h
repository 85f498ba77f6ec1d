#pragma once

#include <QMessageBox>
#include <QString>

class QDialog;
class QWidget;

namespace ui {

// Everything the window asks the user: questions, messages, file names and
// modal dialogs.  The window asks through this one interface, so tests
// replace it with scripted answers and --screenshot runs with nobody to ask.
class Prompts
{
public:
    virtual ~Prompts();

    // Returns the button chosen, or QMessageBox::NoButton when nobody can
    // answer (callers then keep things as they are).
    virtual QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &question,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &message) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &message) = 0;
    // Empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter) = 0;
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                 const QString &filter) = 0;
    // Runs a modal dialog (editing, AHP, report export): what exec() returns.
    virtual int exec(QDialog &dialog) = 0;
};

// Message boxes and file dialogs.
class DialogPrompts final : public Prompts
{
public:
    QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &question,
                                    QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) override;
    void warn(QWidget *parent, const QString &title, const QString &message) override;
    void inform(QWidget *parent, const QString &title, const QString &message) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                         const QString &filter) override;
    QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                         const QString &filter) override;
    int exec(QDialog &dialog) override;
};

// Nobody to ask (--screenshot): no question is answered, nothing is shown,
// every dialog is cancelled.
class UnattendedPrompts final : public Prompts
{
public:
    QMessageBox::StandardButton ask(QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                                    QMessageBox::StandardButton) override
    {
        return QMessageBox::NoButton;
    }
    void warn(QWidget *, const QString &, const QString &) override {}
    void inform(QWidget *, const QString &, const QString &) override {}
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    int exec(QDialog &) override;
};

} // namespace ui

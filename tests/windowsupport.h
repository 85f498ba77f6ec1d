#pragma once

#include "testsupport.h"
#include "ui/documentcontroller.h"
#include "ui/editactions.h"
#include "ui/engineselector.h"
#include "ui/mainwindow.h"
#include "ui/prompts.h"
#include "ui/readonlybar.h"
#include "ui/scorematrixview.h"
#include "ui/selectionbar.h"

#include <QDialog>
#include <QTest>
#include <functional>

namespace testsupport {

// Answers the window's questions from the test: each answer is a function
// the test sets; without one, nobody answers (as with --screenshot).  Every
// question and message is recorded.
class ScriptedPrompts final : public ui::Prompts
{
public:
    std::function<QMessageBox::StandardButton(const QString &question)> answer;
    std::function<QString()> savePath;
    std::function<QString()> openPath;
    std::function<int(QDialog &)> dialog;
    QStringList asked;
    QStringList warnings;

    QMessageBox::StandardButton ask(QWidget *, const QString &, const QString &question,
                                    QMessageBox::StandardButtons, QMessageBox::StandardButton) override
    {
        asked.append(question);
        return answer ? answer(question) : QMessageBox::NoButton;
    }
    void warn(QWidget *, const QString &, const QString &message) override { warnings.append(message); }
    void inform(QWidget *, const QString &, const QString &) override {}
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return savePath ? savePath() : QString();
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openPath ? openPath() : QString();
    }
    int exec(QDialog &d) override { return dialog ? dialog(d) : int(QDialog::Rejected); }
};

// The window's scripted prompts, installed on first use.
inline ScriptedPrompts &script(ui::MainWindow &w)
{
    if (auto *existing = dynamic_cast<ScriptedPrompts *>(w.prompts()))
        return *existing;
    auto prompts = std::make_shared<ScriptedPrompts>();
    w.setPrompts(prompts);
    return *prompts;
}

// Runs `fill` on the dialog when it is a T, then accepts it.
template<typename T>
std::function<int(QDialog &)> accepting(std::function<void(T &)> fill)
{
    return [fill](QDialog &d) {
        if (auto *typed = qobject_cast<T *>(&d)) {
            fill(*typed);
            return int(QDialog::Accepted);
        }
        return int(QDialog::Rejected);
    };
}

// A window on the bundled comparison, without message boxes.
inline bool openBundled(ui::MainWindow &w)
{
    script(w);
    return w.document()->open(bundledPath());
}

// ... shown at `size` and exposed.
inline bool showBundled(ui::MainWindow &w, QSize size)
{
    if (!openBundled(w))
        return false;
    w.resize(size);
    w.show();
    return QTest::qWaitForWindowExposed(&w);
}

} // namespace testsupport

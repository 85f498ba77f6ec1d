#pragma once

#include "core/comparison.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ui {

class CodeView;

// Edits one option's code example for a task: language, code and note.
// Emptying the code and the note removes the example.
class ExampleDialog : public QDialog
{
    Q_OBJECT
public:
    ExampleDialog(const core::Comparison &comparison, int task, int option, QWidget *parent = nullptr);

    core::CodeExample example() const;
    QComboBox *languageBox() const { return m_language; }
    CodeView *codeEdit() const { return m_code; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    int m_option;
    QComboBox *m_language = nullptr;
    CodeView *m_code = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace ui

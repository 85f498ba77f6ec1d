#pragma once

#include "core/codetokens.h"

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

namespace ui {

// Colours code through core::code::tokenize, in colours that follow the
// palette (light or dark).
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    CodeHighlighter(QTextDocument *document, core::code::Language language);
    void setLanguage(core::code::Language language);
    void setDark(bool dark);
    // The format used for a kind of token (for tests).
    QTextCharFormat formatFor(core::code::Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    core::code::Language m_language;
    bool m_dark = false;
};

// A read-only code editor with line numbers.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    void setCode(const QString &code, const QString &language);
    CodeHighlighter *highlighter() const { return m_highlighter; }
    int lineNumberWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumbers;
    void paintLineNumbers(QPaintEvent *event);
    QWidget *m_lineNumbers = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
};

} // namespace ui

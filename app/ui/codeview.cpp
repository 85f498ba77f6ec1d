#include "ui/codeview.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace ui {

CodeHighlighter::CodeHighlighter(QTextDocument *document, core::code::Language language)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
}

void CodeHighlighter::setLanguage(core::code::Language language)
{
    m_language = language;
    rehighlight();
}

void CodeHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rehighlight();
}

QTextCharFormat CodeHighlighter::formatFor(core::code::Kind kind) const
{
    QTextCharFormat f;
    switch (kind) {
    case core::code::Kind::Keyword:
        f.setForeground(m_dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x00, 0x33, 0xb3));
        f.setFontWeight(QFont::Bold);
        break;
    case core::code::Kind::String:
        f.setForeground(m_dark ? QColor(0xc3, 0xe8, 0x8d) : QColor(0x06, 0x7d, 0x17));
        break;
    case core::code::Kind::Comment:
        f.setForeground(m_dark ? QColor(0x8c, 0x8c, 0x8c) : QColor(0x6a, 0x6a, 0x6a));
        f.setFontItalic(true);
        break;
    case core::code::Kind::Number:
        f.setForeground(m_dark ? QColor(0xf7, 0x8c, 0x6c) : QColor(0x17, 0x50, 0xeb));
        break;
    case core::code::Kind::Builtin:
        f.setForeground(m_dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0x87, 0x10, 0x94));
        break;
    }
    return f;
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    int end = 0;
    const int start = std::max(0, previousBlockState());
    for (const core::code::Token &t : core::code::tokenize(m_language, text, start, &end))
        setFormat(t.start, t.length, formatFor(t.kind));
    setCurrentBlockState(end);
}

class LineNumbers : public QWidget
{
public:
    explicit LineNumbers(CodeView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override { return {m_view->lineNumberWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    CodeView *m_view;
};

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lineNumbers = new LineNumbers(this);
    m_highlighter = new CodeHighlighter(document(), core::code::Language::Text);
    m_highlighter->setDark(palette().color(QPalette::Base).lightness() < 128);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

void CodeView::setCode(const QString &code, const QString &language)
{
    m_highlighter->setLanguage(core::code::languageFromName(language));
    setPlainText(code);
}

int CodeView::lineNumberWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(2, digits);
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberWidth(), r.height()));
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(palette().color(QPalette::Base).lightness() < 128);
}

void CodeView::paintLineNumbers(QPaintEvent *event)
{
    QPainter p(m_lineNumbers);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    p.setPen(palette().color(QPalette::PlaceholderText));
    QTextBlock block = firstVisibleBlock();
    int top = int(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = int(blockBoundingRect(block).height());
        if (block.isVisible())
            p.drawText(0, top, m_lineNumbers->width() - 4, height, Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(block.blockNumber() + 1));
        top += height;
        block = block.next();
    }
}

} // namespace ui

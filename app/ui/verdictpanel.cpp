#include "ui/verdictpanel.h"

#include "core/criteriatree.h"
#include "ui/livetext.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace ui {

VerdictPanel::VerdictPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("verdictPanel"));
    setOpenLinks(false);
    setFrameShape(QFrame::StyledPanel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::NoFocus);
    preferNoShaping(this);
    // Room for the headline and a few points on a small screen (the rest
    // scrolls); the window gives it the whole verdict where there is room.
    const int line = fontMetrics().lineSpacing();
    setMinimumHeight(line * 5 + 16);
    document()->setDocumentMargin(8);
    // The lines are edited in place on every weight change: nothing to undo,
    // and no history to grow during a long drag.
    document()->setUndoRedoEnabled(false);
}

// Puts `text` in place of block `block`'s text, keeping its character
// format.  Returns false when the document does not have that block.
static bool replaceBlockText(QTextDocument *document, int block, const QString &text)
{
    const QTextBlock b = document->findBlockByNumber(block);
    if (!b.isValid())
        return false;
    if (b.text() == text)
        return true;
    QTextCursor cursor(b);
    const QTextCharFormat format =
        b.begin().atEnd() ? cursor.charFormat() : b.begin().fragment().charFormat();
    // setPosition, not movePosition(EndOfBlock): the latter lays the block
    // out first, only for the layout to be thrown away by the new text.
    cursor.setPosition(b.position() + b.length() - 1, QTextCursor::KeepAnchor);
    cursor.insertText(text, format);
    return true;
}

bool VerdictPanel::resizeList(qsizetype lines)
{
    const int have = int(m_details.size());
    if (lines == have)
        return true;
    const QTextBlock last = document()->findBlockByNumber(have);
    if (!last.isValid() || !last.textList())
        return false;
    QTextCursor cursor(last);
    cursor.beginEditBlock();
    if (lines > have) {
        // New items join the list with the last item's formats; their text
        // comes with the changed lines.
        cursor.setPosition(last.position() + last.length() - 1);
        const QTextCharFormat format = cursor.charFormat();
        for (qsizetype i = have; i < lines; ++i)
            cursor.insertBlock(last.blockFormat(), format);
    } else {
        // From the end of the last item kept to the end of the list.
        cursor.setPosition(document()->findBlockByNumber(int(lines)).position() +
                           document()->findBlockByNumber(int(lines)).length() - 1);
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    cursor.endEditBlock();
    // Kept in step so that the lines compared next are the document's.
    m_details.resize(lines);
    return document()->blockCount() == lines + 2;
}

// The document's blocks, each with the rectangle it takes (document
// coordinates).
static QVector<QRectF> blockRects(QTextDocument *document)
{
    QVector<QRectF> rects;
    rects.reserve(document->blockCount());
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        rects.append(layout->blockBoundingRect(b));
    return rects;
}

bool VerdictPanel::editInPlace(const QString &headline, const QStringList &details)
{
    // The layout's own repaint requests would cover everything from the
    // headline down (its numbers change with every weight): they are held
    // back, and only the blocks whose text or place changed are repainted.
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QVector<QRectF> before = blockRects(document());
    const QSizeF sizeBefore = layout->documentSize();
    QVector<bool> rewritten(details.size() + 2, false);
    bool ok = true;
    {
        const QSignalBlocker quiet(layout);
        ok = resizeList(details.size());
        if (ok && headline != m_headline) {
            ok = replaceBlockText(document(), 0, headline);
            rewritten[0] = true;
        }
        for (qsizetype i = 0; ok && i < details.size(); ++i) {
            if (i < m_details.size() && details[i] == m_details[i])
                continue;
            ok = replaceBlockText(document(), int(i) + 1, details[i]);
            rewritten[i + 1] = true;
        }
    }
    m_headline = headline;
    m_details = details;
    const QVector<QRectF> after = blockRects(document());
    QRegion dirty;
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        const QRectF was = before.value(i);
        const QRectF now = after.value(i);
        if (rewritten.value(i) || was != now)
            dirty += (was | now).toAlignedRect().adjusted(-1, -1, 1, 1);
    }
    if (layout->documentSize() != sizeBefore)
        Q_EMIT layout->documentSizeChanged(layout->documentSize()); // the scroll bar's range
    viewport()->update(dirty.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value()));
    return ok;
}

QString VerdictPanel::levelDrivers(const core::Comparison &c, const core::Verdict &v,
                                   const core::Result &r) const
{
    if (m_level <= 0 || c.groups.isEmpty() || v.winners.size() != 1 || v.runnerUp < 0)
        return {};
    const core::CriteriaTree tree(c);
    const int level = std::min(m_level, tree.groupLevels());
    QVector<double> lead(c.criterionCount(), 0.0);
    for (int j = 0; j < c.criterionCount(); ++j)
        lead[j] = r.perOption[v.winners.first()].contributions.value(j) -
                  r.perOption[v.runnerUp].contributions.value(j);
    const QVector<double> sums = tree.sumPerNode(lead);
    QVector<int> nodes;
    for (int n : tree.nodesAtLevel(level)) {
        if (sums[n] > 0)
            nodes.append(n);
    }
    std::stable_sort(nodes.begin(), nodes.end(), [&sums](int a, int b) { return sums[a] > sums[b]; });
    QStringList names;
    for (int n : nodes.mid(0, 3))
        names.append(tree.node(n).name);
    if (names.isEmpty())
        return {};
    return tr("At level %1 of the criteria tree: driven by %2.")
        .arg(level)
        .arg(QLocale().createSeparatedList(names));
}

void VerdictPanel::setVerdict(const core::Comparison &c, const core::Verdict &v, const core::Result &r)
{
    const QString headline = core::VerdictText::headline(c, v, r);
    QStringList details = core::VerdictText::details(c, v, r);
    if (const QString drivers = levelDrivers(c, v, r); !drivers.isEmpty())
        details.prepend(drivers);
    const QString method =
        tr("Method: %1 · normalisation: %2 · missing scores: %3")
            .arg(core::methodLabel(c, r.options), core::normalizationName(r.options.normalization),
                 core::missingPolicyName(r.options.missing));
    if (m_fragile != v.fragile) {
        m_fragile = v.fragile;
        viewport()->update();
    }
    // A weight change mostly changes numbers within the same lines: those
    // blocks get their new text (and only they are laid out again) instead
    // of the whole document parsed from HTML and laid out.  A line more or
    // less is a list item added or removed in place.  Another shape (no
    // lines at all, another method) writes the document anew.
    const bool sameShape = m_written && !details.isEmpty() && !m_details.isEmpty() && method == m_method &&
                           document()->blockCount() == m_details.size() + 2;
    if (sameShape && editInPlace(headline, details))
        return;
    m_headline = headline;
    m_details = details;
    m_method = method;
    QString html = QStringLiteral("<p style='font-size:large; font-weight:bold; margin-bottom:4px'>%1</p>")
                       .arg(m_headline.toHtmlEscaped());
    if (!m_details.isEmpty()) {
        html += QStringLiteral("<ul style='margin-top:0; margin-bottom:4px'>");
        for (const QString &line : std::as_const(m_details))
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style='color:gray; margin-top:0'>%1</p>").arg(method.toHtmlEscaped());
    setHtml(html);
    m_written = true;
}

void VerdictPanel::paintEvent(QPaintEvent *event)
{
    // QTextEdit draws the bounding rectangle of what needs a repaint: the
    // headline and a changed line further down would repaint every line in
    // between.  Each rectangle of the region is drawn by itself instead.
    const QRegion region = event->region();
    if (region.rectCount() > 1) {
        for (const QRect &rect : region) {
            QPaintEvent part(rect);
            QTextBrowser::paintEvent(&part);
        }
    } else {
        QTextBrowser::paintEvent(event);
    }
    if (!m_fragile)
        return;
    // A fragile winner gets an orange frame (distinguishable for colour-blind
    // viewers); painted here rather than by a style sheet, which would
    // re-polish the panel on every weight change.
    QPainter p(viewport());
    p.setPen(QPen(QColor(0xd5, 0x5e, 0x00), 3));
    p.drawRect(QRectF(viewport()->rect()).adjusted(1.5, 1.5, -1.5, -1.5));
}

} // namespace ui

#include "ui/verdictpanel.h"

#include "core/criteriatree.h"

#include <QLocale>
#include <QPainter>
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
    setFocusPolicy(Qt::NoFocus);
    // Room for the headline and a few points on a small screen (the rest
    // scrolls); the window gives it the whole verdict where there is room.
    const int line = fontMetrics().lineSpacing();
    setMinimumHeight(line * 5 + 16);
    document()->setDocumentMargin(8);
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
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(text, format);
    return true;
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
    // of the whole document parsed from HTML and laid out.  Another shape
    // (more or fewer lines, another method) writes the document anew.
    const bool sameShape = m_written && details.size() == m_details.size() && method == m_method &&
                           document()->blockCount() == details.size() + 2;
    if (sameShape) {
        bool ok = headline == m_headline || replaceBlockText(document(), 0, headline);
        for (qsizetype i = 0; ok && i < details.size(); ++i)
            ok = details[i] == m_details[i] || replaceBlockText(document(), int(i) + 1, details[i]);
        m_headline = headline;
        m_details = details;
        if (ok)
            return;
    }
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
    QTextBrowser::paintEvent(event);
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

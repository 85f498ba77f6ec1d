#include "ui/verdictpanel.h"

#include <QPainter>

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

void VerdictPanel::setVerdict(const core::Comparison &c, const core::Verdict &v, const core::Result &r)
{
    m_headline = core::VerdictText::headline(c, v, r);
    m_details = core::VerdictText::details(c, v, r);
    QString html = QStringLiteral("<p style='font-size:large; font-weight:bold; margin-bottom:4px'>%1</p>")
                       .arg(m_headline.toHtmlEscaped());
    if (!m_details.isEmpty()) {
        html += QStringLiteral("<ul style='margin-top:0; margin-bottom:4px'>");
        for (const QString &line : std::as_const(m_details))
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html +=
        QStringLiteral("<p style='color:gray; margin-top:0'>%1</p>")
            .arg(tr("Method: %1 · normalisation: %2 · missing scores: %3")
                     .arg(core::methodLabel(c, r.options), core::normalizationName(r.options.normalization),
                          core::missingPolicyName(r.options.missing))
                     .toHtmlEscaped());
    if (html != m_html) {
        m_html = html;
        setHtml(html);
    }
    if (m_fragile != v.fragile) {
        m_fragile = v.fragile;
        viewport()->update();
    }
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

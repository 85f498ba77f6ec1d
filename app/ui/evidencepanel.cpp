#include "ui/evidencepanel.h"

#include <QDesktopServices>
#include <QLocale>
#include <QUrl>

namespace ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString sourceLine(const core::Comparison &c, int index)
{
    if (index < 0 || index >= c.sources.size())
        return EvidencePanel::tr("uncited");
    const core::Source &s = c.sources[index];
    QStringList parts{QStringLiteral("<i>%1</i>").arg(esc(s.title))};
    if (!s.publisher.isEmpty())
        parts.append(esc(s.publisher));
    if (!s.author.isEmpty())
        parts.append(esc(s.author));
    if (!s.published.isEmpty())
        parts.append(esc(s.published));
    return parts.join(QLatin1String(", "));
}
} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == QLatin1String("tradeoff:edit"))
            Q_EMIT editRequested();
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    setObjectName(QStringLiteral("evidencePanel"));
    showHint();
}

void EvidencePanel::showHint()
{
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(esc(tr("Click a score in the matrix to read its rationale and the claims behind it."))));
}

void EvidencePanel::showCell(const core::Comparison &c, int option, int criterion, bool editable)
{
    QString text = html(c, option, criterion);
    if (editable && !text.isEmpty())
        text += QStringLiteral("<p><a href='tradeoff:edit'>%1</a></p>")
                    .arg(esc(tr("Edit rationale and claims…")));
    setHtml(text);
}

QString EvidencePanel::html(const core::Comparison &c, int option, int criterion)
{
    if (option < 0 || option >= c.optionCount() || criterion < 0 || criterion >= c.criterionCount())
        return {};
    const core::Cell &cell = c.cell(option, criterion);
    const core::Criterion &k = c.criteria[criterion];
    QString out;
    out += QStringLiteral("<h3>%1 · %2</h3>").arg(esc(c.options[option].name), esc(k.name));
    QString value = cell.value ? QLocale().toString(*cell.value, 'g', 6) : tr("not scored");
    if (cell.value && k.hasScale())
        value =
            tr("%1 on a scale of %2 to %3")
                .arg(value, QLocale().toString(*k.scaleMin, 'g', 6), QLocale().toString(*k.scaleMax, 'g', 6));
    if (k.direction == core::Direction::Cost)
        value += QLatin1String(" · ") + tr("cost: lower is better");
    out += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Score:")), esc(value));
    if (!cell.rationale.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(cell.rationale));
    if (k.userScored && !cell.value)
        out += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Score this criterion for your own team.")));

    bool supports = false;
    bool opposes = false;
    for (const core::Evidence &e : cell.evidence) {
        supports = supports || (e.stance == core::Stance::Supports && !e.disputed);
        opposes = opposes || e.stance == core::Stance::Opposes;
    }
    if (supports && opposes)
        out += QStringLiteral("<p style='background:#fff3cd;color:#5c4400;padding:4px'><b>%1</b></p>")
                   .arg(esc(tr("Sources disagree on this score: both sides are listed below.")));
    if (cell.evidence.isEmpty()) {
        out += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No claims recorded.")));
        return out;
    }
    out += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Claims:")));
    for (const core::Evidence &e : cell.evidence) {
        QString stance;
        QString color;
        switch (e.stance) {
        case core::Stance::Supports:
            stance = tr("supports");
            color = QStringLiteral("#1b7a3a");
            break;
        case core::Stance::Opposes:
            stance = tr("opposes");
            color = QStringLiteral("#b3261e");
            break;
        case core::Stance::Context:
            stance = tr("context");
            color = QStringLiteral("#555555");
            break;
        }
        QString item = QStringLiteral("<span style='color:%1'>[%2]</span> ").arg(color, esc(stance));
        if (e.disputed)
            item += QStringLiteral("<s>%1</s>").arg(esc(e.claim));
        else
            item += esc(e.claim);
        item += QStringLiteral("<br/><small>— %1</small>").arg(sourceLine(c, e.source));
        if (e.disputed)
            item += QStringLiteral("<br/><small style='color:#b3261e'><b>%1</b> %2</small>")
                        .arg(esc(tr("Disputed:")),
                             esc(e.correction.isEmpty() ? tr("no correction given") : e.correction));
        out += QStringLiteral("<li style='margin-bottom:6px'>%1</li>").arg(item);
    }
    out += QStringLiteral("</ul>");
    return out;
}

} // namespace ui

#include "report/textutil.h"

#include "core/codetokens.h"
#include "core/criteriatree.h"
#include "core/decision.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

namespace {
// Whether the '&' at `at` starts what a Markdown renderer would read as an
// entity or a character reference ("&copy;", "&#169;"). Only those are
// written as "&amp;": a plain "Data & ML" stays readable in the raw record,
// which is how decision records are usually read.
bool startsReference(const QString &text, qsizetype at)
{
    qsizetype i = at + 1;
    if (i < text.size() && text.at(i) == QLatin1Char('#'))
        ++i;
    const qsizetype first = i;
    while (i < text.size() && i - first < 32 && text.at(i).isLetterOrNumber() && text.at(i).unicode() < 128)
        ++i;
    return i > first && i < text.size() && text.at(i) == QLatin1Char(';');
}
} // namespace

QString mdEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar ch = text.at(at);
        switch (ch.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += startsReference(text, at) ? QLatin1String("&amp;") : QLatin1String("&");
            break;
        case '\n':
        case '\r':
        case '\t':
            out += QLatin1Char(' ');
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '#':
        case '|':
        case '~':
            out += QLatin1Char('\\');
            out += ch;
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString percent(double share)
{
    return core::VerdictText::percent(share);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

int standing(const Report &r, int option, int criterion)
{
    const int n = int(r.analysis.result.normalized.size());
    if (n < 2 || !r.comparison().value(option, criterion))
        return 0;
    double others = 0;
    for (int o = 0; o < n; ++o) {
        if (o != option)
            others += r.analysis.result.normalized[o][criterion];
    }
    others /= n - 1;
    const double mine = r.analysis.result.normalized[option][criterion];
    const double scale = std::max(1e-9, std::abs(others) + std::abs(mine));
    if (mine - others > 0.05 * scale)
        return 1;
    if (others - mine > 0.05 * scale)
        return -1;
    return 0;
}

QVector<int> citedSources(const core::Comparison &c)
{
    QVector<int> out;
    for (const core::Cell &cell : c.cells) {
        for (const core::Evidence &e : cell.evidence) {
            if (e.source >= 0 && e.source < c.sources.size() && !out.contains(e.source))
                out.append(e.source);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QVector<int> detailedOptions(const Report &r)
{
    const core::Comparison &c = r.comparison();
    QVector<int> out;
    if (qint64(c.optionCount()) * c.criterionCount() <= kDetailCells) {
        for (int o = 0; o < c.optionCount(); ++o)
            out.append(o);
        return out;
    }
    const int fit = std::clamp(kDetailCells / std::max(1, c.criterionCount()), 1, 20);
    out = r.analysis.result.order.mid(0, fit);
    return out;
}

QString omittedNote(const Report &r, int shown)
{
    const int total = r.comparison().optionCount();
    if (shown >= total)
        return {};
    return QCoreApplication::translate("Report",
                                       "Showing the %1 leading options of %2; the CSV and JSON reports "
                                       "hold every score.")
        .arg(shown)
        .arg(total);
}

QString highlightedCode(const QString &language, const QString &code)
{
    const core::code::Language lang = core::code::languageFromName(language);
    QString out;
    int state = 0;
    const QStringList lines = code.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        const QString &line = lines[l];
        int end = 0;
        const QVector<core::code::Token> tokens = core::code::tokenize(lang, line, state, &end);
        state = end;
        int at = 0;
        for (const core::code::Token &t : tokens) {
            out += line.mid(at, t.start - at).toHtmlEscaped();
            const char *style = "";
            switch (t.kind) {
            case core::code::Kind::Keyword:
                style = "color:#0033b3;font-weight:bold";
                break;
            case core::code::Kind::String:
                style = "color:#067d17";
                break;
            case core::code::Kind::Comment:
                style = "color:#6a6a6a;font-style:italic";
                break;
            case core::code::Kind::Number:
                style = "color:#1750eb";
                break;
            case core::code::Kind::Builtin:
                style = "color:#871094";
                break;
            }
            out += QStringLiteral("<span style=\"%1\">%2</span>")
                       .arg(QLatin1String(style), line.mid(t.start, t.length).toHtmlEscaped());
            at = t.start + t.length;
        }
        out += line.mid(at).toHtmlEscaped();
        if (l + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

QString decisionLine(const core::DecisionRecord &record)
{
    QStringList parts{QCoreApplication::translate("Report", "Status: %1").arg(core::decisionSummary(record))};
    const std::pair<const char *, const QStringList *> people[] = {
        {QT_TRANSLATE_NOOP("Report", "Deciders: %1"), &record.deciders},
        {QT_TRANSLATE_NOOP("Report", "Consulted: %1"), &record.consulted},
        {QT_TRANSLATE_NOOP("Report", "Informed: %1"), &record.informed}};
    for (const auto &[text, list] : people) {
        if (!list->isEmpty())
            parts.append(QCoreApplication::translate("Report", text).arg(core::peopleToText(*list)));
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList valueFunctionLines(const core::Comparison &c)
{
    QStringList lines;
    for (const core::Criterion &k : c.criteria) {
        if (k.valueFunction.isLinear())
            continue;
        const QString name = k.unit.isEmpty() ? k.name : QStringLiteral("%1 (%2)").arg(k.name, k.unit);
        lines.append(Tr::tr("Value function of %1: %2").arg(name, core::valueFunctionText(k.valueFunction)));
    }
    return lines;
}

QVector<TreeRow> treeRows(const core::Comparison &c, const QVector<double> &weights)
{
    QVector<TreeRow> rows;
    if (c.groups.isEmpty())
        return rows;
    const core::CriteriaTree tree(c);
    const QVector<double> nodeWeights = tree.nodeWeights(weights);
    const double total = nodeWeights[core::CriteriaTree::kRoot];
    // Node order is depth first with groups before criteria.
    for (int n = 1; n < tree.nodeCount(); ++n) {
        const core::CriteriaTree::Node &k = tree.node(n);
        rows.append({k.depth, k.name, k.isGroup(), tree.localShare(n, weights),
                     total > 0 ? nodeWeights[n] / total : tree.globalShare(n, weights)});
    }
    return rows;
}

namespace {
class TreeTr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};
} // namespace

QString treeTableHtml(const core::Comparison &c, const QVector<double> &weights, bool rich)
{
    const QVector<TreeRow> rows = treeRows(c, weights);
    if (rows.isEmpty())
        return {};
    auto esc = [](const QString &t) {
        return t.toHtmlEscaped();
    };
    const QString table =
        rich ? QStringLiteral("<table>")
             : QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
    const QString num = rich ? QStringLiteral("class=\"num\"") : QStringLiteral("align='right'");
    QString out = QStringLiteral("<h2>%1</h2>\n%5<tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                      .arg(esc(TreeTr::tr("Criteria tree")), esc(TreeTr::tr("Group or criterion")),
                           esc(TreeTr::tr("Local share")), esc(TreeTr::tr("Global share")), table);
    for (const TreeRow &row : rows) {
        QString name = QString(QStringLiteral("&nbsp;")).repeated(4 * (row.depth - 1)) + esc(row.name);
        if (row.group)
            name = QStringLiteral("<b>%1</b>").arg(name);
        out += QStringLiteral("<tr><td>%1</td><td %4>%2</td><td %4>%3</td></tr>\n")
                   .arg(name, percent(row.local), percent(row.global), num);
    }
    out += QStringLiteral("</table>\n");
    return out;
}

} // namespace report

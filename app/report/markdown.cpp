// Markdown report in the MADR layout (Markdown Architectural Decision
// Records): context and problem, drivers, options, outcome, pros and cons.
#include "core/codetokens.h"
#include "core/decision.h"
#include "report/report.h"
#include "report/textutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace report {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)
};

QString sourceRef(const core::Comparison &c, const QVector<int> &cited, const core::Cell &cell)
{
    QStringList refs;
    for (const core::Evidence &e : cell.evidence) {
        const int n = int(cited.indexOf(e.source)) + 1;
        const QString ref = QStringLiteral("\\[%1\\]").arg(n);
        if (n > 0 && !refs.contains(ref))
            refs.append(ref);
    }
    Q_UNUSED(c);
    return refs.isEmpty() ? QString() : QLatin1Char(' ') + refs.join(QLatin1Char(' '));
}

// A score as the pros and cons state it inside their parentheses: "7", or
// "12, range 8–20" for an estimate (the app's "12 (8–20)" would nest them).
QString scoreWords(const core::Cell &cell)
{
    if (!cell.value)
        return Tr::tr("not scored");
    const QLocale locale;
    const QString value = locale.toString(*cell.value, 'g', 6);
    if (!cell.isRange())
        return value;
    return Tr::tr("%1, range %2–%3")
        .arg(value, locale.toString(*cell.low, 'g', 6), locale.toString(*cell.high, 'g', 6));
}

// A YAML double-quoted scalar: any name stays one value, whatever it holds.
QString yamlQuote(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"') || ch == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += ch;
        } else if (core::breaksLine(ch)) {
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    return out + QLatin1Char('"');
}

QString yamlList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(yamlQuote(name));
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

// The front matter of MADR 4: status, date, decision-makers, consulted,
// informed.  Keys and the status stay English (tools read them); lists
// nobody is in are left out, as MADR's optional elements are.
QString frontMatter(const Report &r)
{
    const core::DecisionRecord &d = r.comparison().decision;
    QString status = core::decisionStatusKey(d.status);
    if (d.status == core::DecisionStatus::Superseded && !d.supersededBy.isEmpty())
        status += QStringLiteral(" by ") + d.supersededBy;
    // The date the decision was taken; until then the date of this record.
    const QDate date = d.decided.isValid() ? d.decided : r.date;
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("status: %1\n").arg(yamlQuote(status));
    out += QStringLiteral("date: %1\n").arg(date.toString(Qt::ISODate));
    const std::pair<const char *, const QStringList *> people[] = {
        {"decision-makers", &d.deciders}, {"consulted", &d.consulted}, {"informed", &d.informed}};
    for (const auto &[key, list] : people) {
        if (!list->isEmpty())
            out += QStringLiteral("%1: %2\n").arg(QLatin1String(key), yamlList(*list));
    }
    return out + QStringLiteral("---\n\n");
}
} // namespace

QString markdown(const Report &r)
{
    const core::Comparison &c = r.comparison();
    const core::Verdict &v = r.analysis.verdict;
    const QVector<int> cited = citedSources(c);
    QString out;
    QString title;
    if (v.winners.size() == 1)
        title = Tr::tr("Choose %1 for %2").arg(mdEscape(c.options[v.winners.first()].name), mdEscape(c.name));
    else
        title = Tr::tr("Decision: %1").arg(mdEscape(c.name));
    out += frontMatter(r);
    out += QStringLiteral("# %1\n\n").arg(title);
    // The status for the reader, in their language, where the front matter
    // is not shown.
    out += QStringLiteral("%1: %2\n\n").arg(Tr::tr("Status"), mdEscape(core::decisionSummary(c.decision)));

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Context and Problem Statement"));
    if (!c.description.isEmpty())
        out += mdEscape(c.description) + QStringLiteral("\n\n");
    out += Tr::tr("Which of %n option(s) fits best, weighed against %1 criteria?", nullptr, c.optionCount())
               .arg(c.criterionCount()) +
           QStringLiteral("\n\n");

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Decision Drivers"));
    const QString profile =
        r.input.profileName.isEmpty() ? Tr::tr("custom weights") : mdEscape(r.input.profileName);
    out += Tr::tr("Weights: %1. The criteria that weigh most:").arg(profile) + QStringLiteral("\n\n");
    QVector<int> byWeight;
    for (int j = 0; j < c.criterionCount(); ++j) {
        if (r.analysis.result.weights[j] > 0)
            byWeight.append(j);
    }
    std::stable_sort(byWeight.begin(), byWeight.end(), [&](int a, int b) {
        return r.analysis.result.weights[a] > r.analysis.result.weights[b];
    });
    for (int j : byWeight.mid(0, 8))
        out += QStringLiteral("- %1 (%2)\n")
                   .arg(mdEscape(c.criteria[j].name), percent(r.analysis.result.weights[j]));
    out += QLatin1Char('\n');
    // The criteria tree: each group and criterion under its parent, with its
    // share within the parent and of the whole.
    if (const QVector<TreeRow> tree = treeRows(c, r.analysis.result.weights); !tree.isEmpty()) {
        out += Tr::tr("The criteria tree (share within the group · share of the whole):") +
               QStringLiteral("\n\n");
        for (const TreeRow &row : tree) {
            const QString name =
                row.group ? QStringLiteral("**%1**").arg(mdEscape(row.name)) : mdEscape(row.name);
            out += QString(2 * (row.depth - 1), QLatin1Char(' ')) +
                   QStringLiteral("- %1 (%2 · %3)\n").arg(name, percent(row.local), percent(row.global));
        }
        out += QLatin1Char('\n');
    }

    const QVector<int> detailed = detailedOptions(r);
    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Considered Options"));
    for (int o : detailed)
        out += QStringLiteral("- %1\n").arg(mdEscape(c.options[o].name));
    if (const QString note = omittedNote(r, int(detailed.size())); !note.isEmpty())
        out += QLatin1Char('\n') + mdEscape(note) + QLatin1Char('\n');
    out += QLatin1Char('\n');

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Decision Outcome"));
    if (v.winners.size() == 1) {
        QStringList drivers;
        for (const core::Driver &d : v.drivers)
            drivers.append(mdEscape(c.criteria[d.criterion].name));
        out +=
            Tr::tr("Chosen option: \"%1\", because it ranks first under the weights above (%2).")
                .arg(mdEscape(c.options[v.winners.first()].name),
                     drivers.isEmpty() ? Tr::tr("no single criterion dominates")
                                       : Tr::tr("driven by %1").arg(QLocale().createSeparatedList(drivers))) +
            QStringLiteral("\n\n");
    } else {
        out += Tr::tr("No option is chosen: the leading options tie under these weights.") +
               QStringLiteral("\n\n");
    }
    out += QStringLiteral("| %1 | %2 | %3 |\n|---:|---|---:|\n")
               .arg(Tr::tr("Rank"), Tr::tr("Option"), Tr::tr("Score"));
    const int decimals = r.analysis.result.scoreDecimals(3);
    for (int o : r.analysis.result.order.mid(0, std::max<qsizetype>(detailed.size(), 20)))
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(r.analysis.result.perOption[o].rank)
                   .arg(mdEscape(c.options[o].name), number(r.analysis.result.perOption[o].score, decimals));
    out += QLatin1Char('\n');
    out += QStringLiteral("### %1\n\n").arg(Tr::tr("Consequences"));
    for (const QString &line : core::VerdictText::details(c, v, r.analysis.result))
        out += QStringLiteral("- %1\n").arg(mdEscape(line));
    out += QLatin1Char('\n');

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("Pros and Cons of the Options"));
    for (int o : detailed) {
        out += QStringLiteral("### %1\n\n").arg(mdEscape(c.options[o].name));
        if (!c.options[o].description.isEmpty())
            out += mdEscape(c.options[o].description) + QStringLiteral("\n\n");
        QStringList good, neutral, bad;
        for (int j : byWeight) {
            const core::Cell &cell = c.cell(o, j);
            QString text = QStringLiteral("%1 (%2)").arg(mdEscape(c.criteria[j].name), scoreWords(cell));
            if (!cell.rationale.isEmpty())
                text += QStringLiteral(": ") + mdEscape(cell.rationale);
            text += sourceRef(c, cited, cell);
            switch (standing(r, o, j)) {
            case 1:
                good.append(Tr::tr("Good, because %1").arg(text));
                break;
            case -1:
                bad.append(Tr::tr("Bad, because %1").arg(text));
                break;
            default:
                neutral.append(Tr::tr("Neutral, because %1").arg(text));
            }
        }
        for (const QString &line : good + neutral + bad)
            out += QStringLiteral("- %1\n").arg(line);
        out += QLatin1Char('\n');
    }

    if (!c.tasks.isEmpty()) {
        out += QStringLiteral("## %1\n\n").arg(Tr::tr("Code Examples"));
        for (const core::Task &t : c.tasks) {
            out += QStringLiteral("### %1\n\n").arg(mdEscape(t.name));
            if (!t.description.isEmpty())
                out += mdEscape(t.description) + QStringLiteral("\n\n");
            for (const core::CodeExample &e : t.examples) {
                if (e.option < 0 || e.option >= c.optionCount())
                    continue;
                out += QStringLiteral("**%1**\n\n").arg(mdEscape(c.options[e.option].name));
                // A fence longer than any backtick run inside the code.
                int longest = 0;
                int run = 0;
                for (const QChar ch : e.code) {
                    run = ch == QLatin1Char('`') ? run + 1 : 0;
                    longest = std::max(longest, run);
                }
                const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
                QString code = e.code;
                if (!code.endsWith(QLatin1Char('\n')))
                    code += QLatin1Char('\n');
                out += fence + core::code::fenceTag(e.language) + QLatin1Char('\n') + code + fence +
                       QStringLiteral("\n\n");
                if (!e.note.isEmpty())
                    out += mdEscape(e.note) + QStringLiteral("\n\n");
            }
        }
    }

    out += QStringLiteral("## %1\n\n").arg(Tr::tr("More Information"));
    out += Tr::tr("Method: %1; normalisation: %2; missing scores: %3. Generated by Tradeoff %4 on %5; data "
                  "checksum %6.")
               .arg(core::methodKeyLabel(c, r.analysis.result.options),
                    core::normalizationKey(r.analysis.result.options.normalization),
                    core::missingPolicyKey(r.analysis.result.options.missing), r.version,
                    r.date.toString(Qt::ISODate), r.checksum) +
           QStringLiteral("\n\n");
    if (const QStringList functions = valueFunctionLines(c); !functions.isEmpty()) {
        for (const QString &line : functions)
            out += QStringLiteral("- %1\n").arg(mdEscape(line));
        out += QLatin1Char('\n');
    }
    if (!cited.isEmpty()) {
        out += Tr::tr("Sources:") + QStringLiteral("\n\n");
        for (int i = 0; i < cited.size(); ++i) {
            const core::Source &s = c.sources[cited[i]];
            QStringList parts{QStringLiteral("*%1*").arg(mdEscape(s.title))};
            for (const QString &p : {s.publisher, s.author, s.published}) {
                if (!p.isEmpty())
                    parts.append(mdEscape(p));
            }
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(parts.join(QLatin1String(", ")));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace report

#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/output.h"
#include "cli/selection.h"
#include "core/analysis.h"
#include "core/csvmatrix.h"
#include "core/resultjson.h"
#include "core/verdict.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage =
    QT_TRANSLATE_NOOP("Cli", "  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]\n"
                             "      Rank the options. Without FILE, the bundled comparison.\n");

// Ranks the options: a table with the verdict, the JSON analysis, or CSV.
class Score final : public Command
{
public:
    Score()
        : Command({.name = QStringLiteral("score"),
                   .usage = kUsage,
                   .options = selectorOptions(),
                   .formats = {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        Selection s;
        if (auto f = select(call, &s))
            return call.fail(*f);
        const core::Analysis analysis = core::analyse(s.comparison, s.weights, s.options);
        if (call.format == QLatin1String("json"))
            writeBytes(call.out, QJsonDocument(core::json::analysisToJson(s.comparison, analysis,
                                                                          displayName(s.file), s.profileName))
                                     .toJson(QJsonDocument::Indented));
        else if (call.format == QLatin1String("csv"))
            printCsv(call.out, s.comparison, analysis.result);
        else
            printTable(call.out, s, analysis);
        return call.done();
    }

private:
    static void printCsv(QTextStream &out, const core::Comparison &c, const core::Result &r)
    {
        out << "rank,option,score\r\n";
        for (int o : r.order)
            out << r.perOption[o].rank << ',' << core::csv::field(c.options[o].name) << ','
                << QLocale::c().toString(r.perOption[o].score, 'g', 12) << "\r\n";
    }

    static void printTable(QTextStream &out, const Selection &s, const core::Analysis &analysis)
    {
        const core::Result &r = analysis.result;
        out << s.comparison.name << '\n';
        out << Tr::tr("Profile: %1 | method: %2 | normalization: %3 | missing scores: %4")
                   .arg(s.profileName.isEmpty() ? Tr::tr("custom weights") : s.profileName,
                        core::methodKeyLabel(s.comparison, r.options),
                        core::normalizationKey(r.options.normalization),
                        core::missingPolicyKey(r.options.missing))
            << "\n\n";
        QVector<QStringList> rows;
        const int decimals = r.scoreDecimals(4);
        for (int o : r.order)
            rows.append({QString::number(r.perOption[o].rank), s.comparison.options[o].name,
                         QLocale::c().toString(r.perOption[o].score, 'f', decimals)});
        out << table({Tr::tr("Rank"), Tr::tr("Option"), Tr::tr("Score")}, rows) << '\n';
        out << core::VerdictText::plainText(s.comparison, analysis.verdict, r) << '\n';
    }
};

} // namespace

const Command &scoreCommand()
{
    static const Score command;
    return command;
}

} // namespace cli

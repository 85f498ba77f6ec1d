#include "report/report.h"

#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/output.h"
#include "cli/selection.h"

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli", "  tradeoff report [FILE] -o OUT.{pdf,html,md,csv,json,png,svg} [SELECTORS]\n"
           "                  [--page a4|letter] [--chart ranking|contributions|radar|sensitivity]\n"
           "      Write a report: PDF (A4 or Letter), self-contained HTML, a Markdown decision\n"
           "      record (MADR), CSV, JSON, or one chart as PNG or SVG (--chart, default ranking).\n");

const QString kPage = QStringLiteral("page");
const QString kChart = QStringLiteral("chart");

// -o's format from its extension, --page and --chart: checked before the
// input is read.
std::optional<Failure> reportOptions(const Invocation &call, report::Format *format, report::Options *options)
{
    const QCommandLineParser &a = call.options;
    const QString &outPath = call.output;
    if (outPath.isEmpty())
        return Failure{
            UsageError,
            Tr::tr("report needs -o OUT.{%1}").arg(report::formatSuffixes().join(QLatin1Char(',')))};
    const auto chosen = report::formatForPath(outPath);
    if (!chosen)
        return Failure{UsageError,
                       Tr::tr("unknown report format (expected .%1)")
                           .arg(report::formatSuffixes().join(QLatin1String(", ."))),
                       outPath};
    *format = *chosen;
    if (a.isSet(kPage)) {
        const QString page = a.value(kPage).toLower();
        if (page == QLatin1String("a4"))
            options->page = QPageSize::A4;
        else if (page == QLatin1String("letter"))
            options->page = QPageSize::Letter;
        else
            return Failure{UsageError,
                           Tr::tr("unknown page size '%1' (expected a4 or letter)").arg(page.left(20))};
    }
    return lookUpOption(a, kChart, report::chartFromKey, report::chartKeys(),
                        Tr::tr("unknown chart '%1' (expected %2)"), &options->chart);
}

// Writes a report (PDF, HTML, Markdown, CSV, JSON or one chart) of the
// chosen comparison; the output's extension says which.
class Report final : public Command
{
public:
    Report()
        : Command({.name = QStringLiteral("report"),
                   .usage = kUsage,
                   .options = selectorOptions() << QCommandLineOption(kPage, QString(), kPage)
                                                << QCommandLineOption(kChart, QString(), kChart),
                   .output = true,
                   .paints = true})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        report::Format format{};
        report::Options options;
        if (auto f = reportOptions(call, &format, &options))
            return call.fail(*f);
        Selection s;
        if (auto f = select(call, &s))
            return call.fail(*f);
        const report::Input input{s.comparison, s.profileName, s.weights, s.options, displayName(s.file)};
        const auto bytes = report::render(report::build(input), format, options);
        if (!bytes)
            return call.fail({OutputError, bytes.error(), call.output});
        return call.done(writeOutput(call.output, *bytes));
    }
};

} // namespace

const Command &reportCommand()
{
    static const Report command;
    return command;
}

} // namespace cli

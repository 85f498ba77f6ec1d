#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/output.h"
#include "cli/selection.h"
#include "core/csvmatrix.h"

#include <QTextStream>

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli", "  tradeoff export-csv [FILE] [-o OUT.csv] [SELECTORS]\n"
           "      Write the decision matrix with @weight and @direction rows (stdout without -o).\n");

// Writes the chosen comparison as a CSV decision matrix with the chosen
// weights, to stdout or a file.
class ExportCsv final : public Command
{
public:
    ExportCsv()
        : Command({.name = QStringLiteral("export-csv"),
                   .usage = kUsage,
                   .options = selectorOptions(),
                   .output = true})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        Selection s;
        if (auto f = select(call, &s))
            return call.fail(*f);
        const QByteArray bytes = core::csv::write(s.comparison, s.weights);
        if (call.output.isEmpty() || call.output == QLatin1String("-")) {
            call.out << QString::fromUtf8(bytes);
            return call.done();
        }
        return call.done(writeOutput(call.output, bytes));
    }
};

} // namespace

const Command &exportCsvCommand()
{
    static const ExportCsv command;
    return command;
}

} // namespace cli

#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/output.h"
#include "core/csvmatrix.h"
#include "core/store.h"

#include <algorithm>

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage =
    QT_TRANSLATE_NOOP("Cli", "  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]\n"
                             "      Turn a CSV decision matrix into a Tradeoff file (written atomically).\n");

const QString kName = QStringLiteral("name");

// Turns a CSV decision matrix into a Tradeoff file.
class ImportCsv final : public Command
{
public:
    ImportCsv()
        : Command({.name = QStringLiteral("import-csv"),
                   .usage = kUsage,
                   .options = {QCommandLineOption(kName, QString(), kName)},
                   .output = true,
                   .fileRequired = true})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        if (call.output.isEmpty())
            return call.fail({UsageError, Tr::tr("import-csv needs -o OUT.tradeoff")});
        if (auto f = checkNotInput(call.file, call.output))
            return call.fail(*f);
        auto c = core::csv::read(call.file);
        if (!c)
            return call.fail({InputError, c.error(), call.file});
        if (call.options.isSet(kName)) {
            const QString name = call.options.value(kName).trimmed();
            if (name.isEmpty() || name.size() > core::store::kMaxNameLength)
                return call.fail(
                    {UsageError,
                     Tr::tr("--name must be 1 to %1 characters").arg(core::store::kMaxNameLength)});
            // A name is one line: it heads lists, menus and reports.
            if (std::any_of(name.cbegin(), name.cend(), core::breaksLine))
                return call.fail(
                    {UsageError, Tr::tr("--name must not contain line breaks or control characters")});
            c->name = name;
        }
        // Without --name, the file's name (the CSV reader's, one line).
        if (c->name.trimmed().isEmpty())
            c->name = Tr::tr("Imported comparison");
        if (auto f = saveOutput(call.output, {*c}))
            return call.fail(*f);
        return Ok;
    }
};

} // namespace

const Command &importCsvCommand()
{
    static const ImportCsv command;
    return command;
}

} // namespace cli

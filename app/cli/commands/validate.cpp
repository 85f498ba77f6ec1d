#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/selection.h"
#include "core/repository.h"
#include "core/store.h"

#include <QTextStream>

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage =
    QT_TRANSLATE_NOOP("Cli", "  tradeoff validate FILE\n"
                             "      Check integrity, schema version and value ranges.\n");

// Every error is one line: the first problems, then how many more.
QString oneLine(const QStringList &problems)
{
    constexpr int kShown = 5;
    QString line = problems.mid(0, kShown).join(QLatin1String("; "));
    if (problems.size() > kShown)
        line += Tr::tr("; and %1 more").arg(problems.size() - kShown);
    return line;
}

// Checks a Tradeoff file's integrity, schema version and value ranges, or
// that a CSV decision matrix reads.
class Validate final : public Command
{
public:
    Validate()
        : Command({.name = QStringLiteral("validate"), .usage = kUsage, .fileRequired = true})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        const QString &file = call.file;
        if (core::repo::isUrl(file)) {
            QVector<core::Comparison> all;
            if (auto f = loadComparisons(file, &all))
                return call.fail(*f);
            QStringList problems;
            for (const core::Comparison &c : all) {
                for (const QString &p : core::store::checkValues(c))
                    problems.append(c.name.left(60) + QLatin1String(": ") + p);
            }
            if (!problems.isEmpty())
                return call.fail({InvalidData, oneLine(problems), displayName(file)});
            call.out << Tr::tr("%1: valid Tradeoff repository (schema version %2, %n comparison(s))", nullptr,
                               int(all.size()))
                            .arg(displayName(file), QString::number(core::repo::kSchemaVersion))
                     << '\n';
            return call.done();
        }
        if (!core::store::looksLikeSqlite(file)) {
            QVector<core::Comparison> all;
            core::InputFormat format = core::InputFormat::Csv;
            if (auto f = loadComparisons(file, &all, &format))
                return call.fail(*f);
            // Named as the loader read it (a JSON file may have any name).
            const bool json = format == core::InputFormat::Json;
            // Each count with its own plural ("1 criterion", "17 criteria").
            call.out << (json ? Tr::tr("%1: valid JSON comparison (%2, %3)")
                              : Tr::tr("%1: valid CSV decision matrix (%2, %3)"))
                            .arg(file, Tr::tr("%n option(s)", nullptr, all.first().optionCount()),
                                 Tr::tr("%n criterion(s)", nullptr, all.first().criterionCount()))
                     << '\n';
            return call.done();
        }
        auto v = core::store::validate(file);
        if (!v)
            return call.fail({InputError, v.error(), file});
        if (!v->problems.isEmpty())
            return call.fail({InvalidData, oneLine(v->problems), file});
        call.out << Tr::tr("%1: valid Tradeoff file (schema version %2, %n comparison(s))", nullptr,
                           v->comparisons)
                        .arg(file, QString::number(v->schemaVersion))
                 << '\n';
        return call.done();
    }
};

} // namespace

const Command &validateCommand()
{
    static const Validate command;
    return command;
}

} // namespace cli

#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/selection.h"
#include "core/decision.h"
#include "core/jsonio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage =
    QT_TRANSLATE_NOOP("Cli", "  tradeoff list [FILE] [--format table|json]\n"
                             "      The comparisons in FILE with their options, criteria and profiles.\n");

template<typename Items>
QStringList namesOf(const Items &items)
{
    QStringList out;
    for (const auto &item : items)
        out.append(item.name);
    return out;
}

// The comparisons of a file with their options, criteria and profiles, so
// scripts can find what to pass to --comparison and --profile.
class List final : public Command
{
public:
    List()
        : Command({.name = QStringLiteral("list"),
                   .usage = kUsage,
                   .formats = {QStringLiteral("table"), QStringLiteral("json")}})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        QVector<core::Comparison> all;
        if (auto f = loadComparisons(call.file, &all))
            return call.fail(*f);
        if (call.format == QLatin1String("json")) {
            QJsonArray comparisons;
            for (const core::Comparison &c : all) {
                comparisons.append(
                    QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("options"), QJsonArray::fromStringList(namesOf(c.options))},
                                {QStringLiteral("criteria"), QJsonArray::fromStringList(namesOf(c.criteria))},
                                {QStringLiteral("profiles"), QJsonArray::fromStringList(namesOf(c.profiles))},
                                {QStringLiteral("decision"), core::json::decisionToJson(c.decision)}});
            }
            call.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), displayName(call.file)},
                                                  {QStringLiteral("comparisons"), comparisons}})
                            .toJson(QJsonDocument::Indented);
        } else {
            for (const core::Comparison &c : all) {
                const QStringList options = namesOf(c.options);
                const QStringList criteria = namesOf(c.criteria);
                const QStringList profiles = namesOf(c.profiles);
                call.out
                    << c.name << '\n'
                    << "  "
                    << Tr::tr("Options (%1): %2").arg(options.size()).arg(options.join(QLatin1String(", ")))
                    << '\n'
                    << "  "
                    << Tr::tr("Criteria (%1): %2")
                           .arg(criteria.size())
                           .arg(criteria.join(QLatin1String(", ")))
                    << '\n'
                    << "  "
                    << Tr::tr("Profiles (%1): %2")
                           .arg(profiles.size())
                           .arg(profiles.join(QLatin1String(", ")))
                    << '\n';
                // Only a record that says something: other files list as before.
                if (!c.decision.isEmpty())
                    call.out << "  " << Tr::tr("Decision: %1").arg(core::decisionSummary(c.decision)) << '\n';
            }
        }
        return call.done();
    }
};

} // namespace

const Command &listCommand()
{
    static const List command;
    return command;
}

} // namespace cli

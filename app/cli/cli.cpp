#include "cli/cli.h"

#include "cli/command.h"
#include "cli/registry.h"
#include "core/method.h"

#include <QFileInfo>
#include <QTextStream>

namespace cli {

namespace {

const QString kHelpCommand = QStringLiteral("help");

// "scale for wsm, max for wpm, ...", from the one method table.
QString defaultNormalizations()
{
    QStringList parts;
    for (const core::MethodInfo &m : core::methods())
        parts.append(Tr::tr("%1 for %2").arg(core::normalizationKey(m.normalization), QLatin1String(m.key)));
    return parts.join(QLatin1String(", "));
}

bool asksForHelp(const QStringList &args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

bool asksForVersion(const QStringList &args)
{
    return args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"));
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments[1];
    if (first == kHelpCommand || findCommand(first))
        return true;
    // A bare word that is no file is a mistyped command, not a document:
    // answer on stderr instead of opening a window.
    if (!first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first) &&
        !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char('/')))
        return true;
    const QStringList rest = arguments.mid(1);
    return asksForHelp(rest) || asksForVersion(rest);
}

bool paints(const QStringList &arguments)
{
    const Command *command = arguments.size() > 1 ? findCommand(arguments[1]) : nullptr;
    return command && command->paints();
}

QString helpText()
{
    QString text = Tr::tr(
        "Usage:\n"
        "  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]\n"
        "      Open the window on FILE (a Tradeoff file or a CSV decision matrix), or on the\n"
        "      bundled Node.js vs Python comparison. --screenshot saves the window to a PNG and exits.\n");
    for (const Command *command : commands())
        text += command->usage();
    text +=
        Tr::tr(
            "\n"
            "Selectors:\n"
            "  --comparison NAME      which comparison of the file (default: the first)\n"
            "  --profile NAME         a weight profile of the comparison (default: the first)\n"
            "  --weights C=W,...      explicit weights; criteria not named weigh 0\n"
            "  --swing C=R,...        swing ratings 0-100 (the most valuable swing from worst to best 100);\n"
            "                         weights are rating / sum of ratings, criteria not named weigh 0;\n"
            "                         names alone (C1,C2,...), most valuable first: rank-order centroid "
            "weights\n"
            "  --method M             %1 (default: %2)\n"
            "  --normalization N      %3\n"
            "                         (default: %4)\n"
            "  --missing P            missing scores: worst (default), mean, exclude\n"
            "  --vikor-v V            VIKOR's weight of group utility against regret, 0 to 1 (default: 0.5)\n"
            "\n"
            "CSV decision matrix: a header 'option,CRITERION,...', optional rows @weight, @direction\n"
            "(benefit|cost), @category, @unit, @description, @min, @max, then one row per option.\n"
            "Comma or semicolon separated (semicolon files may use decimal commas), UTF-8.\n"
            "\n"
            "Exit codes:\n"
            "  0  success\n"
            "  1  usage error: unknown command or option, unknown comparison, profile or criterion, bad "
            "weights\n"
            "  2  the input cannot be read, is damaged, or is not a Tradeoff file or CSV matrix\n"
            "  3  the output cannot be written\n"
            "  4  validate: the file opens but holds invalid values\n"
            "  5  repo push/pull: the target holds another version of a comparison (nothing copied)\n"
            "\n"
            "Options:\n"
            "  -h, --help     show this help\n"
            "  -v, --version  show the version\n")
            .arg(core::methodKeys().join(QLatin1String(", ")), core::methodKey(core::Method::WeightedSum),
                 core::normalizationKeys().join(QLatin1String(", ")), defaultNormalizations());
    text += Tr::tr("\nWindow options:\n"
                   "  --profile NAME, --comparison NAME   start with this profile or comparison\n"
                   "  --tab evidence|sensitivity|acceptability|methods|code|stakeholders|snapshots\n"
                   "                                      the analysis tab to show\n"
                   "  --editor comparison|options|criteria|groups|profiles|sources|tasks|decision\n"
                   "                                      open the editor on this page\n"
                   "  --present                           start in presentation mode\n"
                   "  --theme system|light|dark|high-contrast   the colours\n"
                   "  --language de|fr|es                 the interface language (also for commands)\n");
    return text;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == kHelpCommand || asksForHelp(args)) {
        out << helpText();
        out.flush();
        return Ok;
    }
    if (asksForVersion(args)) {
        out << "tradeoff " << TRADEOFF_VERSION << Qt::endl;
        return Ok;
    }
    const Command *command = findCommand(args.first());
    if (!command)
        return fail(err, {UsageError,
                          Tr::tr("unknown command '%1' (see tradeoff --help)").arg(args.first().left(40))});
    return command->execute(args.mid(1), out, err);
}

} // namespace cli

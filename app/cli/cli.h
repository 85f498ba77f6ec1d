#pragma once

#include <QStringList>

class QTextStream;

namespace cli {

// Documented exit codes (README, --help).
enum ExitCode
{
    Ok = 0,
    UsageError = 1,  // unknown command or option, unknown comparison/profile/criterion, bad weights
    InputError = 2,  // the input file cannot be read, is damaged or is not a Tradeoff file or CSV matrix
    OutputError = 3, // the output cannot be written
    InvalidData = 4, // validate: the file opens but holds invalid values
    Conflict = 5,    // repo push/pull: the target holds a different version of a comparison
};

// True when the arguments ask for a headless command (or --help/--version),
// so main() can start without a display.
bool isHeadless(const QStringList &arguments);

// True when the command the arguments name paints (report: fonts and
// charts), so main() must create a QGuiApplication rather than a
// QCoreApplication.
bool paints(const QStringList &arguments);

// Runs a headless command; arguments[0] is the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// --help: the window's usage, each command's usage from the registry, then
// the selectors, the CSV matrix, the exit codes and the options.
QString helpText();

} // namespace cli

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
};

// True when the arguments ask for a headless command (or --help/--version),
// so main() can start without a display.
bool isHeadless(const QStringList &arguments);

// Runs a headless command; arguments[0] is the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

QString helpText();

} // namespace cli

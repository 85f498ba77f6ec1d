#pragma once

#include "cli/cli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QTextStream;

namespace cli {

// Every command's messages share the "Cli" translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A step that went wrong: the exit code (cli::ExitCode) and the one line
// `NAME: message` for stderr, NAME being the file concerned ("tradeoff"
// when none is).
struct Failure
{
    int code;
    QString message;
    QString name = {};
};

// Prints the failure's one line on `err` and returns its exit code.
int fail(QTextStream &err, const Failure &failure);

// One run of a command: its options parsed, its FILE argument and its
// --format checked, its -o OUT read.
struct Invocation
{
    const QCommandLineParser &options; // names without dashes: isSet("profile")
    QString file;                      // the one positional argument, "" when none was given
    QString format;                    // --format, or the command's first (default) format
    QString output;                    // -o/--output, "" when not given
    QTextStream &out;
    QTextStream &err;
    QStringList arguments = {}; // every positional argument (commands that take several)

    // Prints the failure's one line and returns its exit code.
    int fail(const Failure &failure) const;
    // The end of a run: flushes `out`; Ok, or the failure's exit code after
    // its line.
    int done(const std::optional<Failure> &failure = std::nullopt) const;
};

// The value of option `name` looked up in a key table (method, chart...),
// unless the option is not given; an unknown key fails with `message`, %1
// the key and %2 the known keys.
template<typename T>
std::optional<Failure> lookUpOption(const QCommandLineParser &options, const QString &name,
                                    std::optional<T> (*lookUp)(const QString &), const QStringList &keys,
                                    const QString &message, T *value)
{
    if (!options.isSet(name))
        return std::nullopt;
    const QString key = options.value(name);
    const std::optional<T> found = lookUp(key);
    if (!found)
        return Failure{UsageError, message.arg(key.left(40), keys.join(QLatin1String(", ")))};
    *value = *found;
    return std::nullopt;
}

// A headless command, `tradeoff NAME [FILE] [OPTIONS]`: one subclass per
// command under commands/, listed once in the registry, which drives the
// dispatch, headless detection and --help.
class Command
{
public:
    struct Spec
    {
        QString name;
        const char *usage = nullptr;            // its lines of --help, marked QT_TRANSLATE_NOOP("Cli", ...)
        QList<QCommandLineOption> options = {}; // take a value; -f/--format comes from `formats`
        QStringList flags = {};                 // options without a value (--replace)
        int arguments = 1;                      // how many positional arguments it takes at most
        QStringList formats = {};               // --format values, the default first; none: no --format
        bool output = false;                    // takes -o/--output OUT
        bool fileRequired = false;              // FILE must be given (else the bundled comparison)
        bool paints = false;                    // renders fonts and charts: needs a QGuiApplication
    };

    explicit Command(Spec spec);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_spec.name; }
    QString usage() const; // translated
    bool paints() const { return m_spec.paints; }
    QList<QCommandLineOption> options() const;

    // Parses `arguments` (what follows the command's name), checks FILE and
    // --format, then runs; returns the exit code.  Every option takes a
    // value; -f/--format and -o/--output are the short aliases.
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

protected:
    virtual int run(const Invocation &call) const = 0;

private:
    Spec m_spec;
};

} // namespace cli

#include "cli/command.h"

#include <QTextStream>

namespace cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");

// The option QCommandLineParser reports as `name`, as the user wrote it:
// "--name" (without "=value") or "-name".
QString asWritten(const QStringList &arguments, const QString &name)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1String("--"))) {
            if (a.mid(2).section(QLatin1Char('='), 0, 0) == name)
                return QLatin1String("--") + name;
        } else if (a.startsWith(QLatin1Char('-')) && a.mid(1).section(QLatin1Char('='), 0, 0) == name) {
            return a;
        }
    }
    return QLatin1String("--") + name;
}

// The first / last `n` UTF-16 units of `text`, one less where the cut
// would split a surrogate pair (a character outside the BMP, an emoji).
QString left(const QString &text, qsizetype n)
{
    return text.left(n > 0 && text.at(n - 1).isHighSurrogate() ? n - 1 : n);
}

QString right(const QString &text, qsizetype n)
{
    const qsizetype from = text.size() - n;
    return text.right(from > 0 && text.at(from).isLowSurrogate() ? n - 1 : n);
}

} // namespace

int fail(QTextStream &err, const Failure &failure)
{
    // One line, whatever a lower layer's message held (the contract: a
    // script reads stderr line by line).
    QString message = failure.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    message.replace(QLatin1Char('\r'), QLatin1Char(' '));
    // A name of thousands of characters is cut in its middle: both ends
    // (where it starts, what the file is called) still tell it apart.
    constexpr qsizetype kEnd = 120;
    QString name = failure.name.isEmpty() ? QStringLiteral("tradeoff") : failure.name;
    if (name.size() > 2 * kEnd + 1)
        name = left(name, kEnd) + QChar(0x2026) + right(name, kEnd);
    message = message.simplified();
    if (message.size() > 2000)
        message = left(message, 2000) + QChar(0x2026);
    err << name << ": " << message << Qt::endl;
    return failure.code;
}

int Invocation::fail(const Failure &failure) const
{
    return cli::fail(err, failure);
}

int Invocation::done(const std::optional<Failure> &failure) const
{
    out.flush();
    return failure ? fail(*failure) : Ok;
}

Command::Command(Spec spec)
    : m_spec(std::move(spec))
{
}

Command::~Command() = default;

QString Command::usage() const
{
    return QCoreApplication::translate("Cli", m_spec.usage);
}

QList<QCommandLineOption> Command::options() const
{
    QList<QCommandLineOption> all = m_spec.options;
    for (const QString &flag : m_spec.flags)
        all.append(QCommandLineOption(flag));
    if (!m_spec.formats.isEmpty())
        all.append(QCommandLineOption({QStringLiteral("f"), kFormat}, QString(), kFormat));
    if (m_spec.output)
        all.append(QCommandLineOption({QStringLiteral("o"), kOutput}, QString(), kOutput));
    return all;
}

int Command::execute(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    QCommandLineParser parser;
    // "-abc" is one (unknown) option, not three.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options());
    // parse() neither prints nor exits (it wants the program's name first);
    // its error text is translated, so the messages are made here.
    const bool parsed = parser.parse(QStringList{m_spec.name} + arguments);
    if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty())
        return fail(err,
                    {UsageError, Tr::tr("unknown option %1").arg(asWritten(arguments, unknown.first()))});
    // Every option but the flags takes a value, so the one other failure is
    // the last argument being an option without its value.
    if (!parsed)
        return fail(err, {UsageError, Tr::tr("option %1 needs a value").arg(arguments.last())});

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > m_spec.arguments)
        return fail(err, {UsageError,
                          Tr::tr("too many arguments: %1").arg(positional.join(QLatin1Char(' ')).left(120))});
    if (m_spec.fileRequired && positional.isEmpty())
        return fail(err, {UsageError, Tr::tr("missing FILE argument")});
    QString format = m_spec.formats.value(0);
    if (!m_spec.formats.isEmpty() && parser.isSet(kFormat)) {
        format = parser.value(kFormat);
        if (!m_spec.formats.contains(format))
            return fail(err,
                        {UsageError, Tr::tr("unknown format '%1' (expected %2)")
                                         .arg(format.left(40), m_spec.formats.join(QLatin1String(", ")))});
    }
    const QString output = m_spec.output ? parser.value(kOutput) : QString();
    return run({parser, positional.value(0), format, output, out, err, positional});
}

} // namespace cli

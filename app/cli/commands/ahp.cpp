#include "core/ahp.h"

#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/output.h"
#include "core/fileinput.h"
#include "core/verdict.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace cli {

namespace {

// Its lines of --help.
const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli", "  tradeoff ahp PAIRWISE.csv [--format table|json]\n"
           "      AHP priorities from a pairwise comparison matrix (Saaty 1-9 scale), with lambda_max,\n"
           "      consistency index and ratio, and the most inconsistent judgements.\n");

// The pairwise matrix's text: a small file that is no binary.
std::optional<Failure> readMatrix(const QString &file, QByteArray *data)
{
    // Pipes, devices, sockets and folders are refused before anything opens
    // them, as every other input is (core/fileinput.h).
    QFile in;
    if (auto opened = core::openReadableFile(file, in); !opened)
        return Failure{InputError, opened.error(), file};
    if (in.size() > 1024 * 1024)
        return Failure{InputError, Tr::tr("too large for a pairwise comparison matrix"), file};
    *data = in.read(1024 * 1024 + 1);
    if (data->contains('\0'))
        return Failure{InputError, Tr::tr("the file contains NUL bytes (binary data, not CSV text)"), file};
    return std::nullopt;
}

QJsonObject toJson(const QString &file, const core::ahp::Analysis &x)
{
    QJsonArray items;
    QJsonObject priorities;
    for (int i = 0; i < x.names.size(); ++i) {
        items.append(
            QJsonObject{{QStringLiteral("name"), x.names[i]}, {QStringLiteral("priority"), x.priorities[i]}});
        priorities.insert(x.names[i], x.priorities[i]);
    }
    QJsonArray worst;
    for (const core::ahp::Judgement &j : x.mostInconsistent)
        worst.append(QJsonObject{{QStringLiteral("row"), x.names[j.row]},
                                 {QStringLiteral("column"), x.names[j.column]},
                                 {QStringLiteral("value"), j.value},
                                 {QStringLiteral("implied"), x.priorities[j.row] / x.priorities[j.column]},
                                 {QStringLiteral("deviation"), j.deviation}});
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("method"), QStringLiteral("principal eigenvector")},
        {QStringLiteral("items"), items},
        {QStringLiteral("priorities"), priorities},
        {QStringLiteral("lambda_max"), x.lambdaMax},
        {QStringLiteral("consistency_index"), x.consistencyIndex},
        {QStringLiteral("random_index"), x.randomIndex},
        {QStringLiteral("random_index_source"), core::ahp::randomIndexSource(int(x.names.size()))},
        {QStringLiteral("consistency_ratio"), x.consistencyRatio},
        {QStringLiteral("consistent"), x.consistent()},
        {QStringLiteral("most_inconsistent"), worst}};
}

void printTable(QTextStream &out, const core::ahp::Analysis &x)
{
    const QLocale c = QLocale::c();
    QVector<QStringList> rows;
    for (int i = 0; i < x.names.size(); ++i)
        rows.append({x.names[i], c.toString(x.priorities[i], 'f', 4)});
    out << table({Tr::tr("Item"), Tr::tr("Priority (%1)").arg(core::ahpVariant())}, rows) << '\n';
    out << Tr::tr("lambda_max %1, CI %2, RI %3 (%4), CR %5: %6")
               .arg(c.toString(x.lambdaMax, 'f', 4), c.toString(x.consistencyIndex, 'f', 4),
                    c.toString(x.randomIndex, 'f', 2), core::ahp::randomIndexSource(int(x.names.size())),
                    c.toString(x.consistencyRatio, 'f', 4),
                    x.consistent() ? Tr::tr("consistent (below 0.10)")
                                   : Tr::tr("inconsistent (0.10 or more): revise the judgements below"))
        << '\n';
    for (const core::ahp::Judgement &j : x.mostInconsistent)
        out << Tr::tr("  %1 vs %2: judged %3, the priorities imply %4")
                   .arg(x.names[j.row], x.names[j.column], c.toString(j.value, 'g', 3),
                        c.toString(x.priorities[j.row] / x.priorities[j.column], 'f', 2))
            << '\n';
}

// AHP priorities and consistency from a pairwise comparison matrix.
class Ahp final : public Command
{
public:
    Ahp()
        : Command({.name = QStringLiteral("ahp"),
                   .usage = kUsage,
                   .formats = {QStringLiteral("table"), QStringLiteral("json")},
                   .fileRequired = true})
    {
    }

protected:
    int run(const Invocation &call) const override
    {
        QByteArray data;
        if (auto f = readMatrix(call.file, &data))
            return call.fail(*f);
        const auto analysis = core::ahp::analyseCsv(data);
        if (!analysis)
            return call.fail({InputError, analysis.error(), call.file});
        if (call.format == QLatin1String("json"))
            call.out << QJsonDocument(toJson(call.file, *analysis)).toJson(QJsonDocument::Indented);
        else
            printTable(call.out, *analysis);
        return call.done();
    }
};

} // namespace

const Command &ahpCommand()
{
    static const Ahp command;
    return command;
}

} // namespace cli

#include "cli/cli.h"

#include "core/ahp.h"
#include "core/analysis.h"
#include "core/bundled.h"
#include "core/csvmatrix.h"
#include "core/engine.h"
#include "core/loader.h"
#include "core/montecarlo.h"
#include "core/resultjson.h"
#include "core/store.h"
#include "core/verdict.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>
#include <cmath>

namespace cli {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QStringList kCommands{QStringLiteral("score"),      QStringLiteral("list"),
                            QStringLiteral("validate"),   QStringLiteral("import-csv"),
                            QStringLiteral("export-csv"), QStringLiteral("help")};

// A tiny option parser: QCommandLineParser prints and exits on errors, and
// the contract wants our own one-line messages and exit codes.
struct Args
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;

    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};

Args parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Args out;
    for (int i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (a == QLatin1String("--")) {
            out.positional += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            out.positional.append(a);
            continue;
        }
        QString name = a;
        QString inlineValue;
        bool hasInline = false;
        if (const auto eq = a.indexOf(QLatin1Char('=')); a.startsWith(QLatin1String("--")) && eq > 0) {
            name = a.left(eq);
            inlineValue = a.mid(eq + 1);
            hasInline = true;
        }
        if (name == QLatin1String("-o"))
            name = QStringLiteral("--output");
        if (name == QLatin1String("-f"))
            name = QStringLiteral("--format");
        if (valueOptions.contains(name)) {
            if (hasInline) {
                out.values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                out.values.insert(name, args[++i]);
            } else {
                out.error = Tr::tr("option %1 needs a value").arg(name);
                return out;
            }
        } else if (flagOptions.contains(name) && !hasInline) {
            out.flags.insert(name);
        } else {
            out.error = Tr::tr("unknown option %1").arg(name);
            return out;
        }
    }
    return out;
}

struct Failure
{
    int code;
    QString message;
};

struct Selection
{
    QString file; // as the user named it ("bundled" when none)
    core::Comparison comparison;
    QString profileName; // empty when weights came from --weights or equal weights
    QVector<double> weights;
    core::EngineOptions options;
};

QString displayName(const QString &file)
{
    return file.isEmpty() ? Tr::tr("(bundled comparison)") : file;
}

std::optional<Failure> loadFile(const QString &file, QVector<core::Comparison> *out)
{
    QString path = file;
    if (path.isEmpty()) {
        auto copy = core::bundledDatabaseCopy();
        if (!copy)
            return Failure{InputError, copy.error()};
        path = *copy;
    }
    auto loaded = core::loadComparisons(path);
    if (!loaded)
        return Failure{InputError, loaded.error()};
    if (loaded->isEmpty())
        return Failure{InputError, Tr::tr("the file holds no comparison")};
    *out = *loaded;
    return std::nullopt;
}

std::optional<Failure> parseWeights(const QString &spec, const core::Comparison &c, QVector<double> *weights)
{
    *weights = QVector<double>(c.criterionCount(), 0.0);
    QVector<bool> seen(c.criterionCount(), false);
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Failure{UsageError, Tr::tr("--weights needs CRITERION=WEIGHT pairs")};
    for (const QString &part : parts) {
        const auto eq = part.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return Failure{UsageError, Tr::tr("--weights: '%1' is not CRITERION=WEIGHT").arg(part.left(80))};
        const QString name = part.left(eq).trimmed();
        const QString number = part.mid(eq + 1).trimmed();
        const int j = c.criterionIndex(name);
        if (j < 0)
            return Failure{
                UsageError,
                Tr::tr("--weights: no criterion '%1' in comparison '%2'").arg(name.left(80), c.name)};
        if (seen[j])
            return Failure{UsageError,
                           Tr::tr("--weights: criterion '%1' is given twice").arg(c.criteria[j].name)};
        bool ok = false;
        const double w = QLocale::c().toDouble(number, &ok);
        if (!ok || !std::isfinite(w))
            return Failure{UsageError, Tr::tr("--weights: '%1' is not a finite number").arg(number.left(40))};
        if (w < 0)
            return Failure{UsageError,
                           Tr::tr("--weights: the weight of '%1' is negative").arg(c.criteria[j].name)};
        seen[j] = true;
        (*weights)[j] = w;
    }
    return std::nullopt;
}

std::optional<Failure> parseEngineOptions(const Args &a, core::EngineOptions *options)
{
    if (a.has(QStringLiteral("--method"))) {
        const auto m = core::methodFromKey(a.value(QStringLiteral("--method")));
        if (!m)
            return Failure{UsageError, Tr::tr("unknown method '%1' (expected %2)")
                                           .arg(a.value(QStringLiteral("--method")).left(40),
                                                core::methodKeys().join(QLatin1String(", ")))};
        options->method = *m;
    }
    options->normalization = core::defaultNormalization(options->method);
    if (a.has(QStringLiteral("--normalization"))) {
        const auto n = core::normalizationFromKey(a.value(QStringLiteral("--normalization")));
        if (!n)
            return Failure{UsageError, Tr::tr("unknown normalization '%1' (expected %2)")
                                           .arg(a.value(QStringLiteral("--normalization")).left(40),
                                                core::normalizationKeys().join(QLatin1String(", ")))};
        options->normalization = *n;
    }
    if (a.has(QStringLiteral("--missing"))) {
        const auto p = core::missingPolicyFromKey(a.value(QStringLiteral("--missing")));
        if (!p)
            return Failure{UsageError,
                           Tr::tr("unknown missing-score policy '%1' (expected worst, mean, exclude)")
                               .arg(a.value(QStringLiteral("--missing")).left(40))};
        options->missing = *p;
    }
    return std::nullopt;
}

std::optional<Failure> select(const Args &a, const QVector<core::Comparison> &all, Selection *s)
{
    const QString wanted = a.value(QStringLiteral("--comparison"));
    int index = 0;
    if (a.has(QStringLiteral("--comparison"))) {
        index = -1;
        for (int i = 0; i < all.size(); ++i) {
            if (all[i].name == wanted)
                index = i;
        }
        for (int i = 0; index < 0 && i < all.size(); ++i) {
            if (all[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0) {
            QStringList names;
            for (const auto &c : all)
                names.append(QLatin1Char('\'') + c.name + QLatin1Char('\''));
            return Failure{UsageError, Tr::tr("no comparison '%1' (the file has %2)")
                                           .arg(wanted.left(80), names.join(QLatin1String(", ")))};
        }
    }
    s->comparison = all[index];
    const core::Comparison &c = s->comparison;
    if (c.optionCount() == 0)
        return Failure{InputError, Tr::tr("comparison '%1' has no options to rank").arg(c.name)};
    if (c.criterionCount() == 0)
        return Failure{InputError, Tr::tr("comparison '%1' has no criteria to rank on").arg(c.name)};
    if (a.has(QStringLiteral("--profile")) && a.has(QStringLiteral("--weights")))
        return Failure{UsageError, Tr::tr("give either --profile or --weights, not both")};
    if (a.has(QStringLiteral("--weights"))) {
        if (auto f = parseWeights(a.value(QStringLiteral("--weights")), c, &s->weights))
            return f;
    } else if (a.has(QStringLiteral("--profile"))) {
        const int p = c.profileIndex(a.value(QStringLiteral("--profile")));
        if (p < 0) {
            QStringList names;
            for (const auto &pr : c.profiles)
                names.append(QLatin1Char('\'') + pr.name + QLatin1Char('\''));
            return Failure{UsageError,
                           Tr::tr("no profile '%1' in comparison '%2' (it has %3)")
                               .arg(a.value(QStringLiteral("--profile")).left(80), c.name,
                                    names.isEmpty() ? Tr::tr("none") : names.join(QLatin1String(", ")))};
        }
        s->profileName = c.profiles[p].name;
        s->weights = c.profiles[p].weights;
    } else if (!c.profiles.isEmpty()) {
        s->profileName = c.profiles.first().name;
        s->weights = c.profiles.first().weights;
    } else {
        s->weights = c.equalWeights();
    }
    return parseEngineOptions(a, &s->options);
}

QString formatScore(double v)
{
    return QLocale::c().toString(v, 'f', 4);
}

QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - int(s.size())), QLatin1Char(' '));
}

QString table(const QStringList &header, const QVector<QStringList> &rows)
{
    QVector<int> widths(header.size(), 0);
    for (int i = 0; i < header.size(); ++i)
        widths[i] = int(header[i].size());
    for (const QStringList &r : rows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(r[i].size()));
    }
    QString out;
    auto line = [&](const QStringList &cells) {
        QString l;
        for (int i = 0; i < cells.size(); ++i)
            l += i + 1 < cells.size() ? pad(cells[i], widths[i] + 2) : cells[i];
        out += l + QLatin1Char('\n');
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

int fail(QTextStream &err, const QString &file, const Failure &f)
{
    err << (file.isEmpty() ? QStringLiteral("tradeoff") : file) << ": " << f.message << Qt::endl;
    return f.code;
}

const QStringList kSelectorOptions{QStringLiteral("--comparison"),    QStringLiteral("--profile"),
                                   QStringLiteral("--weights"),       QStringLiteral("--method"),
                                   QStringLiteral("--normalization"), QStringLiteral("--missing"),
                                   QStringLiteral("--format")};

std::optional<Failure> checkFormat(const Args &a, const QStringList &allowed)
{
    if (a.has(QStringLiteral("--format")) && !allowed.contains(a.value(QStringLiteral("--format"))))
        return Failure{UsageError, Tr::tr("unknown format '%1' (expected %2)")
                                       .arg(a.value(QStringLiteral("--format")).left(40),
                                            allowed.join(QLatin1String(", ")))};
    return std::nullopt;
}

std::optional<Failure> singleFile(const Args &a, QString *file, bool required)
{
    if (a.positional.size() > 1)
        return Failure{UsageError,
                       Tr::tr("too many arguments: %1").arg(a.positional.join(QLatin1Char(' ')).left(120))};
    if (required && a.positional.isEmpty())
        return Failure{UsageError, Tr::tr("missing FILE argument")};
    *file = a.positional.value(0);
    return std::nullopt;
}

int cmdScore(const QStringList &rest, QTextStream &out, QTextStream &err)
{
    const Args a = parseArgs(rest, kSelectorOptions, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    Selection s;
    if (auto f = singleFile(a, &s.file, false))
        return fail(err, {}, *f);
    if (auto f = checkFormat(a, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}))
        return fail(err, {}, *f);
    QVector<core::Comparison> all;
    if (auto f = loadFile(s.file, &all))
        return fail(err, displayName(s.file), *f);
    if (auto f = select(a, all, &s))
        return fail(err, displayName(s.file), *f);
    const core::Analysis analysis = core::analyse(s.comparison, s.weights, s.options);
    const core::Result &r = analysis.result;
    const core::Verdict &v = analysis.verdict;
    const QString format =
        a.has(QStringLiteral("--format")) ? a.value(QStringLiteral("--format")) : QStringLiteral("table");
    if (format == QLatin1String("json")) {
        out << QJsonDocument(
                   core::json::analysisToJson(s.comparison, analysis, displayName(s.file), s.profileName))
                   .toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv")) {
        out << "rank,option,score\r\n";
        for (int o : r.order)
            out << r.perOption[o].rank << ',' << core::csv::field(s.comparison.options[o].name) << ','
                << QLocale::c().toString(r.perOption[o].score, 'g', 12) << "\r\n";
    } else {
        out << s.comparison.name << '\n';
        out << Tr::tr("Profile: %1 | method: %2 | normalization: %3 | missing scores: %4")
                   .arg(s.profileName.isEmpty() ? Tr::tr("custom weights") : s.profileName,
                        core::methodKey(r.options.method), core::normalizationKey(r.options.normalization),
                        core::missingPolicyKey(r.options.missing))
            << "\n\n";
        QVector<QStringList> rows;
        for (int o : r.order)
            rows.append({QString::number(r.perOption[o].rank), s.comparison.options[o].name,
                         formatScore(r.perOption[o].score)});
        out << table({Tr::tr("Rank"), Tr::tr("Option"), Tr::tr("Score")}, rows) << '\n';
        out << core::VerdictText::plainText(s.comparison, v, r) << '\n';
    }
    out.flush();
    return Ok;
}

template<typename Items>
QStringList namesOf(const Items &items)
{
    QStringList out;
    for (const auto &item : items)
        out.append(item.name);
    return out;
}

int cmdList(const QStringList &rest, QTextStream &out, QTextStream &err)
{
    const Args a = parseArgs(rest, {QStringLiteral("--format")}, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    QString file;
    if (auto f = singleFile(a, &file, false))
        return fail(err, {}, *f);
    if (auto f = checkFormat(a, {QStringLiteral("table"), QStringLiteral("json")}))
        return fail(err, {}, *f);
    QVector<core::Comparison> all;
    if (auto f = loadFile(file, &all))
        return fail(err, displayName(file), *f);
    if (a.value(QStringLiteral("--format")) == QLatin1String("json")) {
        QJsonArray comparisons;
        for (const core::Comparison &c : all) {
            comparisons.append(
                QJsonObject{{QStringLiteral("name"), c.name},
                            {QStringLiteral("options"), QJsonArray::fromStringList(namesOf(c.options))},
                            {QStringLiteral("criteria"), QJsonArray::fromStringList(namesOf(c.criteria))},
                            {QStringLiteral("profiles"), QJsonArray::fromStringList(namesOf(c.profiles))}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("file"), displayName(file)},
                                         {QStringLiteral("comparisons"), comparisons}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const core::Comparison &c : all) {
            const QStringList options = namesOf(c.options);
            const QStringList criteria = namesOf(c.criteria);
            const QStringList profiles = namesOf(c.profiles);
            out << c.name << '\n'
                << "  "
                << Tr::tr("Options (%1): %2").arg(options.size()).arg(options.join(QLatin1String(", ")))
                << '\n'
                << "  "
                << Tr::tr("Criteria (%1): %2").arg(criteria.size()).arg(criteria.join(QLatin1String(", ")))
                << '\n'
                << "  "
                << Tr::tr("Profiles (%1): %2").arg(profiles.size()).arg(profiles.join(QLatin1String(", ")))
                << '\n';
        }
    }
    out.flush();
    return Ok;
}

int cmdValidate(const QStringList &rest, QTextStream &out, QTextStream &err)
{
    const Args a = parseArgs(rest, {}, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    QString file;
    if (auto f = singleFile(a, &file, true))
        return fail(err, {}, *f);
    if (!core::store::looksLikeSqlite(file)) {
        QVector<core::Comparison> all;
        if (auto f = loadFile(file, &all))
            return fail(err, file, *f);
        out << Tr::tr("%1: valid CSV decision matrix (%2 options, %3 criteria)")
                   .arg(file)
                   .arg(all.first().optionCount())
                   .arg(all.first().criterionCount())
            << Qt::endl;
        return Ok;
    }
    auto v = core::store::validate(file);
    if (!v)
        return fail(err, file, {InputError, v.error()});
    if (!v->problems.isEmpty()) {
        for (const QString &p : v->problems)
            err << file << ": " << p << '\n';
        err.flush();
        return InvalidData;
    }
    out << Tr::tr("%1: valid Tradeoff file (schema version %2, %n comparison(s))", nullptr, v->comparisons)
               .arg(file)
               .arg(v->schemaVersion)
        << Qt::endl;
    return Ok;
}

int writeOutput(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(err, path, {OutputError, Tr::tr("cannot write: %1").arg(f.errorString())});
    return Ok;
}

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

int cmdImportCsv(const QStringList &rest, QTextStream &err)
{
    const Args a = parseArgs(rest, {QStringLiteral("--output"), QStringLiteral("--name")}, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    QString in;
    if (auto f = singleFile(a, &in, true))
        return fail(err, {}, *f);
    const QString outPath = a.value(QStringLiteral("--output"));
    if (outPath.isEmpty())
        return fail(err, {}, {UsageError, Tr::tr("import-csv needs -o OUT.tradeoff")});
    if (samePath(in, outPath))
        return fail(err, outPath, {UsageError, Tr::tr("the output would overwrite the input")});
    auto c = core::csv::read(in);
    if (!c)
        return fail(err, in, {InputError, c.error()});
    if (a.has(QStringLiteral("--name"))) {
        const QString name = a.value(QStringLiteral("--name")).trimmed();
        if (name.isEmpty() || name.size() > core::store::kMaxNameLength)
            return fail(
                err, {},
                {UsageError, Tr::tr("--name must be 1 to %1 characters").arg(core::store::kMaxNameLength)});
        c->name = name;
    }
    if (c->name.trimmed().isEmpty())
        c->name = Tr::tr("Imported comparison");
    if (auto r = core::store::save(outPath, {*c}); !r)
        return fail(err, outPath, {OutputError, r.error()});
    return Ok;
}

int cmdExportCsv(const QStringList &rest, QTextStream &out, QTextStream &err)
{
    QStringList valueOptions = kSelectorOptions;
    valueOptions.removeAll(QStringLiteral("--format"));
    valueOptions.append(QStringLiteral("--output"));
    const Args a = parseArgs(rest, valueOptions, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    Selection s;
    if (auto f = singleFile(a, &s.file, false))
        return fail(err, {}, *f);
    QVector<core::Comparison> all;
    if (auto f = loadFile(s.file, &all))
        return fail(err, displayName(s.file), *f);
    if (auto f = select(a, all, &s))
        return fail(err, displayName(s.file), *f);
    const QString outPath = a.value(QStringLiteral("--output"));
    if (!outPath.isEmpty() && samePath(s.file, outPath))
        return fail(err, outPath, {UsageError, Tr::tr("the output would overwrite the input")});
    const QByteArray bytes = core::csv::write(s.comparison, s.weights);
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return Ok;
    }
    return writeOutput(outPath, bytes, err);
}

int cmdReport(const QStringList &rest, QTextStream &err)
{
    QStringList valueOptions = kSelectorOptions;
    valueOptions.removeAll(QStringLiteral("--format"));
    valueOptions << QStringLiteral("--output") << QStringLiteral("--page") << QStringLiteral("--chart");
    const Args a = parseArgs(rest, valueOptions, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    Selection s;
    if (auto f = singleFile(a, &s.file, false))
        return fail(err, {}, *f);
    const QString outPath = a.value(QStringLiteral("--output"));
    if (outPath.isEmpty())
        return fail(
            err, {},
            {UsageError,
             Tr::tr("report needs -o OUT.{%1}").arg(report::formatSuffixes().join(QLatin1Char(',')))});
    const auto format = report::formatForPath(outPath);
    if (!format)
        return fail(err, outPath,
                    {UsageError, Tr::tr("unknown report format (expected .%1)")
                                     .arg(report::formatSuffixes().join(QLatin1String(", .")))});
    report::Options options;
    if (a.has(QStringLiteral("--page"))) {
        const QString page = a.value(QStringLiteral("--page")).toLower();
        if (page == QLatin1String("a4"))
            options.page = QPageSize::A4;
        else if (page == QLatin1String("letter"))
            options.page = QPageSize::Letter;
        else
            return fail(
                err, {},
                {UsageError, Tr::tr("unknown page size '%1' (expected a4 or letter)").arg(page.left(20))});
    }
    if (a.has(QStringLiteral("--chart"))) {
        const auto chart = report::chartFromKey(a.value(QStringLiteral("--chart")));
        if (!chart)
            return fail(err, {},
                        {UsageError, Tr::tr("unknown chart '%1' (expected %2)")
                                         .arg(a.value(QStringLiteral("--chart")).left(40),
                                              report::chartKeys().join(QLatin1String(", ")))});
        options.chart = *chart;
    }
    QVector<core::Comparison> all;
    if (auto f = loadFile(s.file, &all))
        return fail(err, displayName(s.file), *f);
    if (auto f = select(a, all, &s))
        return fail(err, displayName(s.file), *f);
    if (!s.file.isEmpty() && samePath(s.file, outPath))
        return fail(err, outPath, {UsageError, Tr::tr("the output would overwrite the input")});
    report::Input input{s.comparison, s.profileName, s.weights, s.options,
                        s.file.isEmpty() ? Tr::tr("bundled comparison") : s.file};
    const report::Report r = report::build(input);
    auto bytes = report::render(r, *format, options);
    if (!bytes)
        return fail(err, outPath, {OutputError, bytes.error()});
    return writeOutput(outPath, *bytes, err);
}

QJsonArray rankingJson(const core::Comparison &c, const core::Result &r)
{
    QJsonArray out;
    for (int o : r.order)
        out.append(QJsonObject{{QStringLiteral("option"), c.options[o].name},
                               {QStringLiteral("score"), r.perOption[o].score},
                               {QStringLiteral("rank"), r.perOption[o].rank}});
    return out;
}

QVector<int> rankVector(const core::Result &r)
{
    QVector<int> out;
    for (const core::OptionResult &o : r.perOption)
        out.append(o.rank);
    return out;
}

int cmdSensitivity(const QStringList &rest, QTextStream &out, QTextStream &err)
{
    QStringList valueOptions = kSelectorOptions;
    valueOptions << QStringLiteral("--samples") << QStringLiteral("--seed")
                 << QStringLiteral("--concentration");
    const Args a = parseArgs(rest, valueOptions, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    Selection s;
    if (auto f = singleFile(a, &s.file, false))
        return fail(err, {}, *f);
    if (auto f = checkFormat(a, {QStringLiteral("table"), QStringLiteral("json")}))
        return fail(err, {}, *f);
    core::MonteCarloOptions mc;
    bool ok = true;
    if (a.has(QStringLiteral("--samples"))) {
        mc.samples = a.value(QStringLiteral("--samples")).toInt(&ok);
        if (!ok || mc.samples < 0 || mc.samples > 10'000'000)
            return fail(err, {}, {UsageError, Tr::tr("--samples must be a whole number from 0 to 10000000")});
    }
    if (a.has(QStringLiteral("--seed"))) {
        mc.seed = a.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return fail(err, {}, {UsageError, Tr::tr("--seed must be a non-negative whole number")});
    }
    if (a.has(QStringLiteral("--concentration"))) {
        mc.concentration = QLocale::c().toDouble(a.value(QStringLiteral("--concentration")), &ok);
        if (!ok || !std::isfinite(mc.concentration) || mc.concentration < 0)
            return fail(err, {},
                        {UsageError, Tr::tr("--concentration must be 0 (flat) or a positive number")});
    }
    QVector<core::Comparison> all;
    if (auto f = loadFile(s.file, &all))
        return fail(err, displayName(s.file), *f);
    if (auto f = select(a, all, &s))
        return fail(err, displayName(s.file), *f);
    const core::Comparison &c = s.comparison;
    const core::Acceptability acceptability = core::rankAcceptability(c, s.weights, s.options, mc);
    core::AnalysisScope scope;
    scope.acceptability = &acceptability;
    const core::Analysis analysis = core::analyse(c, s.weights, s.options, scope);
    const core::Result &r = analysis.result;
    const core::Verdict &v = analysis.verdict;
    const QVector<core::StabilityInterval> &stability = analysis.stability;
    // Every method's ranking side by side, and how much they agree.
    const QVector<core::Result> &byMethod = analysis.byMethod;
    const QStringList methods = core::methodKeys();

    if (a.value(QStringLiteral("--format")) == QLatin1String("json")) {
        QJsonArray intervals;
        for (const core::StabilityInterval &i : stability) {
            intervals.append(QJsonObject{
                {QStringLiteral("criterion"), c.criteria[i.criterion].name},
                {QStringLiteral("weight"), i.current},
                {QStringLiteral("lower"), i.lower},
                {QStringLiteral("upper"), i.upper},
                {QStringLiteral("below"),
                 i.challengerBelow >= 0 ? QJsonValue(c.options[i.challengerBelow].name) : QJsonValue()},
                {QStringLiteral("above"),
                 i.challengerAbove >= 0 ? QJsonValue(c.options[i.challengerAbove].name) : QJsonValue()}});
        }
        QJsonArray crossovers;
        for (const core::StabilityInterval &i : stability) {
            if (i.challengerAbove >= 0)
                crossovers.append(QJsonObject{{QStringLiteral("criterion"), c.criteria[i.criterion].name},
                                              {QStringLiteral("option"), c.options[i.challengerAbove].name},
                                              {QStringLiteral("when"), QStringLiteral("above")},
                                              {QStringLiteral("weight"), i.upper}});
            if (i.challengerBelow >= 0)
                crossovers.append(QJsonObject{{QStringLiteral("criterion"), c.criteria[i.criterion].name},
                                              {QStringLiteral("option"), c.options[i.challengerBelow].name},
                                              {QStringLiteral("when"), QStringLiteral("below")},
                                              {QStringLiteral("weight"), i.lower}});
        }
        QJsonArray ranks;
        for (int o = 0; o < c.optionCount(); ++o) {
            QJsonArray shares;
            for (double x : acceptability.shares[o])
                shares.append(x);
            ranks.append(QJsonObject{{QStringLiteral("option"), c.options[o].name},
                                     {QStringLiteral("first"), acceptability.firstRank(o)},
                                     {QStringLiteral("shares"), shares}});
        }
        QJsonArray methodRankings;
        QJsonObject tau;
        for (int m = 0; m < methods.size(); ++m) {
            methodRankings.append(QJsonObject{
                {QStringLiteral("method"), methods[m]},
                {QStringLiteral("normalization"), core::normalizationKey(byMethod[m].options.normalization)},
                {QStringLiteral("results"), rankingJson(c, byMethod[m])}});
            QJsonObject row;
            for (int k = 0; k < methods.size(); ++k)
                row.insert(methods[k], core::kendallTau(rankVector(byMethod[m]), rankVector(byMethod[k])));
            tau.insert(methods[m], row);
        }
        QJsonObject weights;
        for (int j = 0; j < c.criterionCount(); ++j)
            weights.insert(c.criteria[j].name, r.weights[j]);
        QJsonArray details;
        for (const QString &d : core::VerdictText::details(c, v, r))
            details.append(d);
        const QJsonObject root{
            {QStringLiteral("file"), displayName(s.file)},
            {QStringLiteral("comparison"), c.name},
            {QStringLiteral("profile"), s.profileName.isEmpty() ? QJsonValue() : QJsonValue(s.profileName)},
            {QStringLiteral("method"), core::methodKey(r.options.method)},
            {QStringLiteral("normalization"), core::normalizationKey(r.options.normalization)},
            {QStringLiteral("missing"), core::missingPolicyKey(r.options.missing)},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("results"), rankingJson(c, r)},
            {QStringLiteral("stability"), intervals},
            {QStringLiteral("crossovers"), crossovers},
            {QStringLiteral("acceptability"),
             QJsonObject{{QStringLiteral("samples"), acceptability.samples},
                         {QStringLiteral("seed"), QString::number(acceptability.seed)},
                         {QStringLiteral("concentration"), acceptability.concentration},
                         {QStringLiteral("distribution"), mc.concentration > 0
                                                              ? QStringLiteral("dirichlet around the weights")
                                                              : QStringLiteral("flat dirichlet")},
                         {QStringLiteral("ranks"), ranks}}},
            {QStringLiteral("methods"), methodRankings},
            {QStringLiteral("kendall_tau"), tau},
            {QStringLiteral("verdict"),
             QJsonObject{{QStringLiteral("headline"), core::VerdictText::headline(c, v, r)},
                         {QStringLiteral("details"), details},
                         {QStringLiteral("fragile"), v.fragile}}}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        out.flush();
        return Ok;
    }

    out << c.name << '\n' << core::VerdictText::plainText(c, v, r) << "\n\n";
    QVector<QStringList> rows;
    for (const core::StabilityInterval &i : stability)
        rows.append({c.criteria[i.criterion].name, core::VerdictText::percent(i.current),
                     core::VerdictText::percent(i.lower) + QStringLiteral(" – ") +
                         core::VerdictText::percent(i.upper),
                     i.challengerBelow >= 0 ? c.options[i.challengerBelow].name : QStringLiteral("–"),
                     i.challengerAbove >= 0 ? c.options[i.challengerAbove].name : QStringLiteral("–")});
    out << table({Tr::tr("Criterion"), Tr::tr("Weight"), Tr::tr("Winner stays first"),
                  Tr::tr("Below: winner"), Tr::tr("Above: winner")},
                 rows)
        << '\n';
    rows.clear();
    for (int o : r.order) {
        QStringList row{c.options[o].name};
        for (int k = 0; k < c.optionCount() && k < 6; ++k)
            row.append(core::VerdictText::percent(acceptability.shares[o][k]));
        rows.append(row);
    }
    QStringList header{Tr::tr("Option")};
    for (int k = 0; k < c.optionCount() && k < 6; ++k)
        header.append(Tr::tr("Rank %1").arg(k + 1));
    out << Tr::tr("Rank acceptability over %1 random weightings (seed %2):")
               .arg(acceptability.samples)
               .arg(acceptability.seed)
        << '\n'
        << table(header, rows) << '\n';
    rows.clear();
    for (int m = 0; m < methods.size(); ++m) {
        QStringList ranking;
        for (int o : byMethod[m].order)
            ranking.append(
                QStringLiteral("%1. %2").arg(byMethod[m].perOption[o].rank).arg(c.options[o].name));
        rows.append({methods[m],
                     QLocale::c().toString(core::kendallTau(rankVector(byMethod[0]), rankVector(byMethod[m])),
                                           'f', 2),
                     ranking.join(QLatin1String(", "))});
    }
    out << table({Tr::tr("Method"), Tr::tr("Kendall tau vs wsm"), Tr::tr("Ranking")}, rows);
    out.flush();
    return Ok;
}

int cmdAhp(const QStringList &rest, QTextStream &out, QTextStream &err)
{
    const Args a = parseArgs(rest, {QStringLiteral("--format")}, {});
    if (!a.error.isEmpty())
        return fail(err, {}, {UsageError, a.error});
    QString file;
    if (auto f = singleFile(a, &file, true))
        return fail(err, {}, *f);
    if (auto f = checkFormat(a, {QStringLiteral("table"), QStringLiteral("json")}))
        return fail(err, {}, *f);
    QFile in(file);
    const QFileInfo info(file);
    if (!info.isFile())
        return fail(
            err, file,
            {InputError, info.exists() ? Tr::tr("is a directory, not a file") : Tr::tr("no such file")});
    if (info.size() > 1024 * 1024)
        return fail(err, file, {InputError, Tr::tr("too large for a pairwise comparison matrix")});
    if (!in.open(QIODevice::ReadOnly))
        return fail(err, file, {InputError, Tr::tr("cannot read: %1").arg(in.errorString())});
    const QByteArray data = in.readAll();
    if (data.contains('\0'))
        return fail(err, file,
                    {InputError, Tr::tr("the file contains NUL bytes (binary data, not CSV text)")});
    auto analysis = core::ahp::analyseCsv(data);
    if (!analysis)
        return fail(err, file, {InputError, analysis.error()});
    const core::ahp::Analysis &x = *analysis;
    if (a.value(QStringLiteral("--format")) == QLatin1String("json")) {
        QJsonArray items;
        QJsonObject priorities;
        for (int i = 0; i < x.names.size(); ++i) {
            items.append(QJsonObject{{QStringLiteral("name"), x.names[i]},
                                     {QStringLiteral("priority"), x.priorities[i]}});
            priorities.insert(x.names[i], x.priorities[i]);
        }
        QJsonArray worst;
        for (const core::ahp::Judgement &j : x.mostInconsistent)
            worst.append(
                QJsonObject{{QStringLiteral("row"), x.names[j.row]},
                            {QStringLiteral("column"), x.names[j.column]},
                            {QStringLiteral("value"), j.value},
                            {QStringLiteral("implied"), x.priorities[j.row] / x.priorities[j.column]},
                            {QStringLiteral("deviation"), j.deviation}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                         {QStringLiteral("method"), QStringLiteral("principal eigenvector")},
                                         {QStringLiteral("items"), items},
                                         {QStringLiteral("priorities"), priorities},
                                         {QStringLiteral("lambda_max"), x.lambdaMax},
                                         {QStringLiteral("consistency_index"), x.consistencyIndex},
                                         {QStringLiteral("random_index"), x.randomIndex},
                                         {QStringLiteral("random_index_source"),
                                          core::ahp::randomIndexSource(int(x.names.size()))},
                                         {QStringLiteral("consistency_ratio"), x.consistencyRatio},
                                         {QStringLiteral("consistent"), x.consistent()},
                                         {QStringLiteral("most_inconsistent"), worst}})
                   .toJson(QJsonDocument::Indented);
    } else {
        QVector<QStringList> rows;
        for (int i = 0; i < x.names.size(); ++i)
            rows.append({x.names[i], QLocale::c().toString(x.priorities[i], 'f', 4)});
        out << table({Tr::tr("Item"), Tr::tr("Priority")}, rows) << '\n';
        out << Tr::tr("lambda_max %1, CI %2, RI %3 (%4), CR %5: %6")
                   .arg(QLocale::c().toString(x.lambdaMax, 'f', 4),
                        QLocale::c().toString(x.consistencyIndex, 'f', 4),
                        QLocale::c().toString(x.randomIndex, 'f', 2),
                        core::ahp::randomIndexSource(int(x.names.size())),
                        QLocale::c().toString(x.consistencyRatio, 'f', 4),
                        x.consistent() ? Tr::tr("consistent (below 0.10)")
                                       : Tr::tr("inconsistent (0.10 or more): revise the judgements below"))
            << '\n';
        for (const core::ahp::Judgement &j : x.mostInconsistent)
            out << Tr::tr("  %1 vs %2: judged %3, the priorities imply %4")
                       .arg(x.names[j.row], x.names[j.column], QLocale::c().toString(j.value, 'g', 3),
                            QLocale::c().toString(x.priorities[j.row] / x.priorities[j.column], 'f', 2))
                << '\n';
    }
    out.flush();
    return Ok;
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments[1];
    if (kCommands.contains(first))
        return true;
    // A bare word that is no file is a mistyped command, not a document:
    // answer on stderr instead of opening a window.
    if (!first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first) &&
        !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char('/')))
        return true;
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version") ||
            a == QLatin1String("-v"))
            return true;
    }
    return false;
}

QString helpText()
{
    QString text = Tr::tr(
        "Usage:\n"
        "  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]\n"
        "      Open the window on FILE (a Tradeoff file or a CSV decision matrix), or on the\n"
        "      bundled Node.js vs Python comparison. --screenshot saves the window to a PNG and exits.\n"
        "  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]\n"
        "      Rank the options. Without FILE, the bundled comparison.\n"
        "  tradeoff report [FILE] -o OUT.{pdf,html,md,csv,json,png,svg} [SELECTORS]\n"
        "                  [--page a4|letter] [--chart ranking|contributions|radar|sensitivity]\n"
        "      Write a report: PDF (A4 or Letter), self-contained HTML, a Markdown decision\n"
        "      record (MADR), CSV, JSON, or one chart as PNG or SVG (--chart, default ranking).\n"
        "  tradeoff sensitivity [FILE] [SELECTORS] [--samples N] [--seed S] [--concentration K]\n"
        "                       [--format table|json]\n"
        "      Stability intervals and crossovers per criterion, Monte Carlo rank acceptability\n"
        "      (weights drawn from the simplex, flat or around the current weights with K > 0),\n"
        "      and every method's ranking with Kendall's tau.\n"
        "  tradeoff ahp PAIRWISE.csv [--format table|json]\n"
        "      AHP priorities from a pairwise comparison matrix (Saaty 1-9 scale), with lambda_max,\n"
        "      consistency index and ratio, and the most inconsistent judgements.\n"
        "  tradeoff list [FILE] [--format table|json]\n"
        "      The comparisons in FILE with their options, criteria and profiles.\n"
        "  tradeoff validate FILE\n"
        "      Check integrity, schema version and value ranges.\n"
        "  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]\n"
        "      Turn a CSV decision matrix into a Tradeoff file (written atomically).\n"
        "  tradeoff export-csv [FILE] [-o OUT.csv] [--comparison NAME] [--profile NAME | --weights C=W,...]\n"
        "      Write the decision matrix with @weight and @direction rows (stdout without -o).\n"
        "\n"
        "Selectors:\n"
        "  --comparison NAME      which comparison of the file (default: the first)\n"
        "  --profile NAME         a weight profile of the comparison (default: the first)\n"
        "  --weights C=W,...      explicit weights; criteria not named weigh 0\n"
        "  --method M             wsm (default), wpm, topsis, promethee2\n"
        "  --normalization N      scale, none, minmax, vector, sum, max\n"
        "                         (default: scale for wsm, max for wpm, vector for topsis, none for "
        "promethee2)\n"
        "  --missing P            missing scores: worst (default), mean, exclude\n"
        "\n"
        "CSV decision matrix: a header 'option,CRITERION,...', optional rows @weight, @direction\n"
        "(benefit|cost), @category, @unit, @description, @min, @max, then one row per option.\n"
        "Comma or semicolon separated (semicolon files may use decimal commas), UTF-8.\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  usage error: unknown command or option, unknown comparison, profile or criterion, bad weights\n"
        "  2  the input cannot be read, is damaged, or is not a Tradeoff file or CSV matrix\n"
        "  3  the output cannot be written\n"
        "  4  validate: the file opens but holds invalid values\n"
        "\n"
        "Options:\n"
        "  -h, --help     show this help\n"
        "  -v, --version  show the version\n");
    text += Tr::tr("\nWindow options:\n"
                   "  --profile NAME, --comparison NAME   start with this profile or comparison\n"
                   "  --tab evidence|sensitivity|acceptability|methods|code|stakeholders|snapshots\n"
                   "                                      the analysis tab to show\n"
                   "  --editor comparison|options|criteria|profiles|sources|tasks   open the editor\n"
                   "  --present                           start in presentation mode\n"
                   "  --theme system|light|dark|high-contrast   the colours\n"
                   "  --language de|fr|es                 the interface language (also for commands)\n");
    return text;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("help") || args.contains(QStringLiteral("--help")) ||
        args.contains(QStringLiteral("-h"))) {
        out << helpText();
        out.flush();
        return Ok;
    }
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        out << "tradeoff " << TRADEOFF_VERSION << Qt::endl;
        return Ok;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("score"))
        return cmdScore(rest, out, err);
    if (command == QLatin1String("report"))
        return cmdReport(rest, err);
    if (command == QLatin1String("sensitivity"))
        return cmdSensitivity(rest, out, err);
    if (command == QLatin1String("ahp"))
        return cmdAhp(rest, out, err);
    if (command == QLatin1String("list"))
        return cmdList(rest, out, err);
    if (command == QLatin1String("validate"))
        return cmdValidate(rest, out, err);
    if (command == QLatin1String("import-csv"))
        return cmdImportCsv(rest, err);
    if (command == QLatin1String("export-csv"))
        return cmdExportCsv(rest, out, err);
    return fail(err, {},
                {UsageError, Tr::tr("unknown command '%1' (see tradeoff --help)").arg(command.left(40))});
}

} // namespace cli

#include "cli/selection.h"

#include "cli/cli.h"
#include "cli/output.h"
#include "core/bundled.h"
#include "core/loader.h"
#include "core/repository.h"
#include "core/swing.h"

#include <QLocale>
#include <cmath>
#include <numeric>

namespace cli {

namespace {

const QString kComparison = QStringLiteral("comparison");
const QString kProfile = QStringLiteral("profile");
const QString kWeights = QStringLiteral("weights");
const QString kSwing = QStringLiteral("swing");
const QString kMethod = QStringLiteral("method");
const QString kNormalization = QStringLiteral("normalization");
const QString kMissing = QStringLiteral("missing");
const QString kVikorV = QStringLiteral("vikor-v");

QString quotedNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('\'') + name + QLatin1Char('\''));
    return quoted.join(QLatin1String(", "));
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
    // Shares are weights over their sum: none at all ranks every option
    // alike, and a sum past the largest number leaves no share.
    const double sum = std::accumulate(weights->cbegin(), weights->cend(), 0.0);
    if (sum <= 0)
        return Failure{UsageError,
                       Tr::tr("--weights: every weight is 0 (give one criterion a positive weight)")};
    if (!std::isfinite(sum))
        return Failure{UsageError, Tr::tr("--weights: the weights add up to more than a number can hold")};
    return std::nullopt;
}

std::optional<Failure> parseEngineOptions(const QCommandLineParser &a, core::EngineOptions *options)
{
    if (auto f = lookUpOption(a, kMethod, core::methodFromKey, core::methodKeys(),
                              Tr::tr("unknown method '%1' (expected %2)"), &options->method))
        return f;
    options->normalization = core::defaultNormalization(options->method);
    if (auto f = lookUpOption(a, kNormalization, core::normalizationFromKey, core::normalizationKeys(),
                              Tr::tr("unknown normalization '%1' (expected %2)"), &options->normalization))
        return f;
    if (a.isSet(kMissing)) {
        const auto p = core::missingPolicyFromKey(a.value(kMissing));
        if (!p)
            return Failure{UsageError,
                           Tr::tr("unknown missing-score policy '%1' (expected worst, mean, exclude)")
                               .arg(a.value(kMissing).left(40))};
        options->missing = *p;
    }
    if (a.isSet(kVikorV)) {
        bool ok = false;
        const double v = QLocale::c().toDouble(a.value(kVikorV).trimmed(), &ok);
        if (!ok || !core::validVikorV(v))
            return Failure{
                UsageError,
                Tr::tr("--vikor-v: '%1' is not a number from 0 to 1").arg(a.value(kVikorV).left(40))};
        // Another method would ignore it: say so rather than let the user
        // believe it changed the result.
        if (options->method != core::Method::Vikor)
            return Failure{UsageError, Tr::tr("--vikor-v applies only to --method vikor")};
        options->vikorV = v;
    }
    return std::nullopt;
}

// --comparison: the exact name, else the name in any case; the first without it.
std::optional<Failure> pickComparison(const QCommandLineParser &a, const QVector<core::Comparison> &all,
                                      Selection *s)
{
    int index = 0;
    if (a.isSet(kComparison)) {
        const QString wanted = a.value(kComparison);
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
                names.append(c.name);
            return Failure{
                UsageError,
                Tr::tr("no comparison '%1' (the file has %2)").arg(wanted.left(80), quotedNames(names))};
        }
    }
    s->comparison = all[index];
    const core::Comparison &c = s->comparison;
    if (c.optionCount() == 0)
        return Failure{InputError, Tr::tr("comparison '%1' has no options to rank").arg(c.name)};
    if (c.criterionCount() == 0)
        return Failure{InputError, Tr::tr("comparison '%1' has no criteria to rank on").arg(c.name)};
    return std::nullopt;
}

// --weights, else --profile, else the first profile, else equal weights.
std::optional<Failure> pickWeights(const QCommandLineParser &a, Selection *s)
{
    const core::Comparison &c = s->comparison;
    if (a.isSet(kProfile) && a.isSet(kWeights))
        return Failure{UsageError, Tr::tr("give either --profile or --weights, not both")};
    if (a.isSet(kSwing) && (a.isSet(kProfile) || a.isSet(kWeights)))
        return Failure{UsageError, Tr::tr("give --swing without --profile or --weights")};
    if (a.isSet(kSwing)) {
        // Swing ratings: each weight is the rating over the sum of ratings.
        const auto ratings = core::swing::parseRatings(c, a.value(kSwing));
        if (!ratings)
            return Failure{UsageError, ratings.error()};
        s->weights = core::swing::weightsFromRatings(*ratings);
        return std::nullopt;
    }
    if (a.isSet(kWeights))
        return parseWeights(a.value(kWeights), c, &s->weights);
    if (a.isSet(kProfile)) {
        const int p = c.profileIndex(a.value(kProfile));
        if (p < 0) {
            QStringList names;
            for (const auto &pr : c.profiles)
                names.append(pr.name);
            return Failure{UsageError, Tr::tr("no profile '%1' in comparison '%2' (it has %3)")
                                           .arg(a.value(kProfile).left(80), c.name,
                                                names.isEmpty() ? Tr::tr("none") : quotedNames(names))};
        }
        s->profileName = c.profiles[p].name;
        s->weights = c.profiles[p].weights;
    } else if (!c.profiles.isEmpty()) {
        s->profileName = c.profiles.first().name;
        s->weights = c.profiles.first().weights;
    } else {
        s->weights = c.equalWeights();
    }
    return std::nullopt;
}

} // namespace

QList<QCommandLineOption> selectorOptions()
{
    QList<QCommandLineOption> options;
    for (const QString &name :
         {kComparison, kProfile, kWeights, kSwing, kMethod, kNormalization, kMissing, kVikorV})
        options.append(QCommandLineOption(name, QString(), name));
    return options;
}

QString displayName(const QString &file)
{
    if (core::repo::isUrl(file))
        return core::repo::withoutPassword(file);
    return file.isEmpty() ? Tr::tr("(bundled comparison)") : file;
}

std::optional<Failure> loadComparisons(const QString &file, QVector<core::Comparison> *out,
                                       core::InputFormat *format)
{
    QString path = file;
    if (path.isEmpty()) {
        auto copy = core::bundledDatabaseCopy();
        if (!copy)
            return Failure{InputError, copy.error(), displayName(file)};
        path = *copy;
    }
    auto loaded = core::loadComparisons(path, format);
    if (!loaded)
        return Failure{InputError, loaded.error(), displayName(file)};
    if (loaded->isEmpty())
        return Failure{
            InputError,
            core::repo::isUrl(file)
                ? Tr::tr("the repository holds no comparison yet (add one with: tradeoff repo push FILE URL)")
                : Tr::tr("the file holds no comparison"),
            displayName(file)};
    *out = *loaded;
    return std::nullopt;
}

std::optional<Failure> select(const Invocation &call, Selection *s)
{
    s->file = call.file;
    QVector<core::Comparison> all;
    if (auto f = loadComparisons(s->file, &all))
        return f;
    auto f = pickComparison(call.options, all, s);
    if (!f)
        f = pickWeights(call.options, s);
    if (!f)
        f = parseEngineOptions(call.options, &s->options);
    if (f) {
        f->name = displayName(s->file);
        return f;
    }
    return checkNotInput(s->file, call.output);
}

} // namespace cli

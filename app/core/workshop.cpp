#include "core/workshop.h"

#include "core/atomicfile.h"
#include "core/fileinput.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace core::workshop {

QVector<double> shares(const QVector<double> &weights)
{
    QVector<double> out(weights.size(), 0.0);
    double sum = 0;
    for (int j = 0; j < weights.size(); ++j) {
        const double w = weights[j];
        out[j] = std::isfinite(w) && w > 0 ? w : 0.0;
        sum += out[j];
    }
    if (sum <= 0) {
        std::fill(out.begin(), out.end(), weights.isEmpty() ? 0.0 : 1.0 / double(weights.size()));
        return out;
    }
    for (double &x : out)
        x /= sum;
    return out;
}

namespace {
// Every stakeholder's shares over the criteria the shortest list covers.
QVector<QVector<double>> allShares(const QVector<QVector<double>> &weights, int *criteria)
{
    *criteria = weights.isEmpty() ? 0 : int(weights.first().size());
    for (const QVector<double> &w : weights)
        *criteria = std::min(*criteria, int(w.size()));
    QVector<QVector<double>> out;
    out.reserve(weights.size());
    for (const QVector<double> &w : weights)
        out.append(shares(w.mid(0, *criteria)));
    return out;
}

QVector<double> arithmetic(const QVector<QVector<double>> &s, int n)
{
    QVector<double> out(n, 0.0);
    for (const QVector<double> &each : s) {
        for (int j = 0; j < n; ++j)
            out[j] += each[j] / double(s.size());
    }
    return shares(out);
}
} // namespace

Consensus consensus(const QVector<QVector<double>> &weights, Mean mean)
{
    int n = 0;
    const QVector<QVector<double>> s = allShares(weights, &n);
    Consensus out;
    if (s.isEmpty() || n == 0)
        return out;
    if (mean == Mean::Arithmetic) {
        out.weights = arithmetic(s, n);
        return out;
    }
    QVector<double> g(n, 0.0);
    bool any = false;
    for (int j = 0; j < n; ++j) {
        double logSum = 0;
        bool zero = false;
        for (const QVector<double> &each : s) {
            if (each[j] <= 0) {
                zero = true;
                break;
            }
            logSum += std::log(each[j]);
        }
        g[j] = zero ? 0.0 : std::exp(logSum / double(s.size()));
        any = any || g[j] > 0;
    }
    if (!any) {
        out.weights = arithmetic(s, n);
        out.fellBackToArithmetic = true;
        return out;
    }
    out.weights = shares(g);
    return out;
}

QVector<Spread> disagreement(const QVector<QVector<double>> &weights)
{
    int n = 0;
    const QVector<QVector<double>> s = allShares(weights, &n);
    QVector<Spread> out(s.isEmpty() ? 0 : n);
    for (int j = 0; j < out.size(); ++j) {
        Spread &sp = out[j];
        sp.min = sp.max = s.first()[j];
        double sum = 0;
        for (const QVector<double> &each : s) {
            sp.min = std::min(sp.min, each[j]);
            sp.max = std::max(sp.max, each[j]);
            sum += each[j];
        }
        sp.mean = sum / double(s.size());
        double squares = 0;
        for (const QVector<double> &each : s)
            squares += (each[j] - sp.mean) * (each[j] - sp.mean);
        sp.stddev = std::sqrt(squares / double(s.size()));
    }
    return out;
}

Snapshot takeSnapshot(const Comparison &c, const QVector<double> &weights, const Result &result,
                      const QString &verdict, const QString &name, const QDateTime &taken)
{
    Snapshot s;
    s.name = name;
    s.taken = taken.toUTC();
    s.method = result.options.method;
    s.normalization = result.options.normalization;
    s.missing = result.options.missing;
    // v means something only for VIKOR, and only then is it stored.
    s.vikorV = s.method == Method::Vikor ? result.options.vikorV : kDefaultVikorV;
    for (int j = 0; j < c.criterionCount(); ++j) {
        s.criteria.append(c.criteria[j].name);
        s.weights.append(j < weights.size() && std::isfinite(weights[j]) ? weights[j] : 0.0);
    }
    for (int i = 0; i < c.optionCount(); ++i) {
        s.options.append(c.options[i].name);
        const bool known = i < result.perOption.size();
        s.scores.append(known && std::isfinite(result.perOption[i].score) ? result.perOption[i].score : 0.0);
        s.ranks.append(known ? result.perOption[i].rank : c.optionCount());
    }
    s.verdict = verdict;
    return s;
}

QStringList winnerNames(const Comparison &c, const Result &result)
{
    QStringList out;
    for (int o : result.winners()) {
        if (o >= 0 && o < c.optionCount())
            out.append(c.options[o].name);
    }
    out.sort();
    return out;
}

QStringList winnerNames(const Snapshot &s)
{
    QStringList out;
    for (int i = 0; i < s.options.size() && i < s.ranks.size(); ++i) {
        if (s.ranks[i] == 1)
            out.append(s.options[i]);
    }
    out.sort();
    return out;
}

SnapshotDiff compare(const Snapshot &before, const Snapshot &after)
{
    SnapshotDiff d;
    const QVector<double> a = shares(before.weights);
    const QVector<double> b = shares(after.weights);
    for (int j = 0; j < after.criteria.size(); ++j) {
        SnapshotDiff::Weight w{after.criteria[j], std::nullopt, b.value(j)};
        const int k = int(before.criteria.indexOf(after.criteria[j]));
        if (k >= 0)
            w.before = a.value(k);
        d.weights.append(w);
    }
    for (int k = 0; k < before.criteria.size(); ++k) {
        if (!after.criteria.contains(before.criteria[k]))
            d.weights.append({before.criteria[k], a.value(k), std::nullopt});
    }
    for (int i = 0; i < after.options.size(); ++i) {
        SnapshotDiff::Rank r{after.options[i], after.ranks.value(i), std::nullopt, std::nullopt,
                             after.scores.value(i)};
        const int k = int(before.options.indexOf(after.options[i]));
        if (k >= 0) {
            r.before = before.ranks.value(k);
            r.scoreBefore = before.scores.value(k);
        }
        d.ranks.append(r);
    }
    for (int k = 0; k < before.options.size(); ++k) {
        if (!after.options.contains(before.options[k]))
            d.ranks.append({before.options[k], before.ranks.value(k), std::nullopt, before.scores.value(k),
                            std::nullopt});
    }
    std::stable_sort(d.ranks.begin(), d.ranks.end(),
                     [](const SnapshotDiff::Rank &x, const SnapshotDiff::Rank &y) {
                         return x.after.value_or(INT_MAX) < y.after.value_or(INT_MAX);
                     });
    d.winnersBefore = winnerNames(before);
    d.winnersAfter = winnerNames(after);
    d.winnerChanged = d.winnersBefore != d.winnersAfter;
    d.methodChanged = before.method != after.method || before.normalization != after.normalization ||
                      before.missing != after.missing;
    return d;
}

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)
};
const QString kFormat = QStringLiteral("tradeoff-profile");
constexpr int kFormatVersion = 1;
} // namespace

QByteArray profileToJson(const Comparison &c, const Profile &profile)
{
    QJsonObject weights;
    for (int j = 0; j < c.criterionCount() && j < profile.weights.size(); ++j)
        weights.insert(c.criteria[j].name, profile.weights[j]);
    const QJsonObject json{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("comparison"), c.name},
                           {QStringLiteral("name"), profile.name},
                           {QStringLiteral("kind"), profileKindKey(profile.kind)},
                           {QStringLiteral("description"), profile.description},
                           {QStringLiteral("weights"), weights}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Expected<void> writeProfileFile(const QString &path, const Comparison &c, const Profile &profile)
{
    return atomicfile::write(path, profileToJson(c, profile));
}

Expected<ImportedProfile> profileFromJson(const QByteArray &data, const Comparison &c)
{
    if (data.size() > kMaxProfileFileSize)
        return Error{Tr::tr("the file is larger than a profile can be")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Tr::tr("not a Tradeoff profile: it is not JSON")};
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return Error{Tr::tr("not a Tradeoff profile: it has no \"format\": \"%1\"").arg(kFormat)};
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return Error{Tr::tr("not a Tradeoff profile: its version is missing")};
    if (version > kFormatVersion)
        return Error{
            Tr::tr("the profile was written by a newer version of Tradeoff (format %1)").arg(version)};
    ImportedProfile out;
    out.comparison = json.value(QStringLiteral("comparison")).toString().left(store::kMaxNameLength);
    Profile &p = out.profile;
    p.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        return Error{Tr::tr("the profile has no name")};
    if (p.name.size() > store::kMaxNameLength)
        return Error{Tr::tr("the profile's name is longer than %1 characters").arg(store::kMaxNameLength)};
    p.kind =
        profileKindFromKey(json.value(QStringLiteral("kind")).toString()).value_or(ProfileKind::Stakeholder);
    p.description = json.value(QStringLiteral("description")).toString();
    if (p.description.size() > store::kMaxTextLength)
        return Error{
            Tr::tr("the profile's description is longer than %1 characters").arg(store::kMaxTextLength)};
    const QJsonValue weightsValue = json.value(QStringLiteral("weights"));
    if (!weightsValue.isObject())
        return Error{Tr::tr("the profile has no weights")};
    const QJsonObject weights = weightsValue.toObject();
    p.weights = QVector<double>(c.criterionCount(), 0.0);
    QVector<bool> seen(c.criterionCount(), false);
    int matched = 0;
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        const QString criterion = it.key().left(store::kMaxNameLength);
        const double w = it.value().toDouble(-1);
        if (!it.value().isDouble() || !std::isfinite(w) || w < 0 || w > store::kMaxWeight)
            return Error{Tr::tr("the weight of '%1' is not a number from 0 to %2")
                             .arg(criterion.left(60))
                             .arg(store::kMaxWeight)};
        const int j = c.criterionIndex(it.key());
        if (j < 0) {
            out.unknownCriteria.append(criterion);
            continue;
        }
        p.weights[j] = w;
        seen[j] = true;
        ++matched;
    }
    if (matched == 0)
        return Error{Tr::tr("none of its criteria are in '%1' (it was made for '%2')")
                         .arg(c.name.left(60), out.comparison.left(60))};
    for (int j = 0; j < c.criterionCount(); ++j) {
        if (!seen[j])
            out.missingCriteria.append(c.criteria[j].name);
    }
    return out;
}

Expected<ImportedProfile> readProfileFile(const QString &path, const Comparison &c)
{
    QFile file;
    if (auto opened = openReadableFile(path, file); !opened)
        return Error{opened.error()};
    if (file.size() > kMaxProfileFileSize)
        return Error{Tr::tr("the file is larger than a profile can be")};
    return profileFromJson(file.read(kMaxProfileFileSize + 1), c);
}

} // namespace core::workshop

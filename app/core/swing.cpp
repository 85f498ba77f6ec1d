#include "core/swing.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace core::swing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Swing)
};
} // namespace

QVector<Swing> swings(const Comparison &c)
{
    QVector<Swing> out;
    out.reserve(c.criterionCount());
    for (int j = 0; j < c.criterionCount(); ++j) {
        const Criterion &k = c.criteria[j];
        const bool valued = !k.valueFunction.isLinear();
        const bool benefit = k.direction == Direction::Benefit;
        Swing s;
        s.criterion = j;
        // The best and worst option by value (valued) or by raw value in the
        // criterion's direction (linear).
        double bestKey = 0.0;
        double worstKey = 0.0;
        for (int o = 0; o < c.optionCount(); ++o) {
            const auto v = c.value(o, j);
            if (!v || !std::isfinite(*v))
                continue;
            const double key = valued ? valueAt(k.valueFunction, *v) : (benefit ? *v : -*v);
            if (!s.best || key > bestKey) {
                s.best = *v;
                bestKey = key;
            }
            if (!s.worst || key < worstKey) {
                s.worst = *v;
                worstKey = key;
            }
        }
        if (s.best) {
            s.bestValue = valued ? bestKey : (bestKey > worstKey ? 1.0 : 0.0);
            s.worstValue = valued ? worstKey : 0.0;
        }
        out.append(s);
    }
    return out;
}

QVector<double> weightsFromRatings(const QVector<double> &ratings)
{
    double sum = 0.0;
    for (double r : ratings)
        sum += r > 0.0 && std::isfinite(r) ? r : 0.0;
    QVector<double> w(ratings.size(), 0.0);
    for (int i = 0; i < ratings.size() && sum > 0.0; ++i)
        w[i] = ratings[i] > 0.0 && std::isfinite(ratings[i]) ? ratings[i] / sum : 0.0;
    return w;
}

QVector<double> rankOrderCentroid(int count)
{
    QVector<double> w(qMax(count, 0), 0.0);
    for (int k = 0; k < count; ++k) {
        for (int i = k; i < count; ++i)
            w[k] += 1.0 / (i + 1);
        w[k] /= count;
    }
    return w;
}

Expected<QVector<double>> parseRatings(const Comparison &c, const QString &spec)
{
    QVector<double> ratings(c.criterionCount(), 0.0);
    QVector<bool> seen(c.criterionCount(), false);
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error{Tr::tr("--swing needs CRITERION=RATING pairs")};
    auto criterion = [&](const QString &name) {
        int j = c.criterionIndex(name);
        for (int k = 0; j < 0 && k < c.criterionCount(); ++k) {
            if (c.criteria[k].name.compare(name, Qt::CaseInsensitive) == 0)
                j = k;
        }
        return j;
    };
    // Names alone, most valuable swing first: the ranking is all there is,
    // and the ratings are the rank-order centroid's (SMARTER).
    if (std::none_of(parts.begin(), parts.end(),
                     [](const QString &p) { return p.contains(QLatin1Char('=')); })) {
        const QVector<double> roc = rankOrderCentroid(int(parts.size()));
        for (int k = 0; k < parts.size(); ++k) {
            const QString name = parts[k].trimmed();
            const int j = criterion(name);
            if (j < 0)
                return Error{
                    Tr::tr("--swing: no criterion '%1' in comparison '%2'").arg(name.left(80), c.name)};
            if (seen[j])
                return Error{Tr::tr("--swing: criterion '%1' is given twice").arg(c.criteria[j].name)};
            seen[j] = true;
            ratings[j] = kMaxRating * roc[k] / roc[0];
        }
        return ratings;
    }
    bool anyPositive = false;
    for (const QString &part : parts) {
        const auto eq = part.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{Tr::tr("--swing: '%1' is not CRITERION=RATING").arg(part.left(80))};
        const QString name = part.left(eq).trimmed();
        const QString number = part.mid(eq + 1).trimmed();
        const int j = criterion(name);
        if (j < 0)
            return Error{Tr::tr("--swing: no criterion '%1' in comparison '%2'").arg(name.left(80), c.name)};
        if (seen[j])
            return Error{Tr::tr("--swing: criterion '%1' is given twice").arg(c.criteria[j].name)};
        bool ok = false;
        const double r = QLocale::c().toDouble(number, &ok);
        if (!ok || !std::isfinite(r) || r < 0.0 || r > kMaxRating)
            return Error{Tr::tr("--swing: the rating of '%1' must be a number from 0 to 100, not '%2'")
                             .arg(c.criteria[j].name, number.left(40))};
        seen[j] = true;
        ratings[j] = r;
        anyPositive = anyPositive || r > 0.0;
    }
    if (!anyPositive)
        return Error{Tr::tr("--swing: at least one rating must be above 0")};
    return ratings;
}

} // namespace core::swing

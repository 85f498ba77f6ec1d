#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace core {

enum class Method
{
    WeightedSum,
    WeightedProduct,
    Topsis,
    Promethee2,
    Vikor
};

// How raw values become comparable, benefit-oriented numbers (higher is
// better after normalisation for every criterion).
enum class Normalization
{
    Scale,  // linear on the declared rating scale (or 0..largest observed value when none is declared)
    None,   // raw values; cost criteria are negated
    MinMax, // (v - min) / (max - min) over the options
    Vector, // v / sqrt(sum v^2)
    Sum,    // v / sum v
    Max,    // v / max (cost: min / v)
};

enum class MissingPolicy
{
    Worst,   // a missing score counts as the worst value of the criterion
    Mean,    // ... as the mean of the scored options
    Exclude, // the criterion is dropped for that option and its other weights rescaled (weighted sum only)
};

// Every method Tradeoff ranks with, in the order every view, report and
// command lists them, with its key and the normalisation it uses unless told
// otherwise.  The one list: a new method is a new line in engine.cpp.
struct MethodInfo
{
    Method method;
    const char *key;
    Normalization normalization; // the default
};
std::span<const MethodInfo> methods();
int methodIndex(Method method); // its position in methods(), -1 if unknown

QString methodKey(Method m);
std::optional<Method> methodFromKey(const QString &key);
QString normalizationKey(Normalization n);
std::optional<Normalization> normalizationFromKey(const QString &key);
QString missingPolicyKey(MissingPolicy p);
std::optional<MissingPolicy> missingPolicyFromKey(const QString &key);
QStringList methodKeys();
QStringList normalizationKeys();
// The normalisation each method uses unless told otherwise.
Normalization defaultNormalization(Method m);

// VIKOR's v, the weight of the group utility S against the individual
// regret R in Q; valid in [0, 1] (NaN and infinities are not).
inline constexpr double kDefaultVikorV = 0.5;
bool validVikorV(double v);

} // namespace core

#include "core/csvcells.h"

#include "core/jsonio.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace core::csv::detail {

namespace {
// The reader's texts: one translation context with the rest of it.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
} // namespace

std::optional<double> parseNumber(QString text, bool decimalComma)
{
    text = text.trimmed();
    if (decimalComma)
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

Expected<ValueFunction> parseValueCell(const QString &cell, bool decimalComma)
{
    const QStringList words = cell.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return ValueFunction{};
    const auto shape = valueShapeFromKey(words.first().toLower());
    if (!shape)
        return Error{Tr::tr("is not 'linear', 'piecewise X:Y ...' or 'step X:Y ...'")};
    if (words.size() - 1 > kMaxValuePoints)
        return Error{Tr::tr("has more than %1 points").arg(kMaxValuePoints)};
    ValueFunction f;
    f.shape = *shape;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QStringList xy = words[i].split(QLatin1Char(':'));
        const auto x = xy.size() == 2 ? parseNumber(xy[0], decimalComma) : std::nullopt;
        const auto y = xy.size() == 2 ? parseNumber(xy[1], decimalComma) : std::nullopt;
        if (!x || !y)
            return Error{Tr::tr("has a point '%1' that is not X:Y").arg(words[i].left(40))};
        f.points.append({*x, *y});
    }
    if (const QString problem = json::valueFunctionProblem(f); !problem.isEmpty())
        return Error{Tr::tr("is refused: %1").arg(problem)};
    return f;
}

std::optional<Directive> directiveFromKey(const QString &key)
{
    static const QHash<QString, Directive> keys{{QStringLiteral("@weight"), Directive::Weight},
                                                {QStringLiteral("@weights"), Directive::Weight},
                                                {QStringLiteral("@direction"), Directive::Direction},
                                                {QStringLiteral("@category"), Directive::Category},
                                                {QStringLiteral("@unit"), Directive::Unit},
                                                {QStringLiteral("@description"), Directive::Description},
                                                {QStringLiteral("@preference"), Directive::Preference},
                                                {QStringLiteral("@q"), Directive::Q},
                                                {QStringLiteral("@p"), Directive::P},
                                                {QStringLiteral("@min"), Directive::Min},
                                                {QStringLiteral("@max"), Directive::Max},
                                                {QStringLiteral("@value"), Directive::Value},
                                                {QStringLiteral("@parent"), Directive::Parent}};
    const auto it = keys.constFind(key);
    return it == keys.constEnd() ? std::nullopt : std::optional<Directive>(*it);
}

} // namespace core::csv::detail

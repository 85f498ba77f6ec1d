#include "core/criteriatree.h"
#include "core/csvmatrix.h"
#include "core/csvsplitter.h"

#include <QLocale>

namespace core::csv {

QString field(const QString &value)
{
    QString v = value;
    // Formula injection: spreadsheets evaluate cells starting with these.  A
    // leading ' gets one too, so reading removes exactly one (see unguard).
    if (!v.isEmpty() && kFormulaStarts.contains(v[0]))
        v.prepend(QLatin1Char('\''));
    // Quoted when a reader could split it or take its edges for padding.
    const bool blankEdge = !v.isEmpty() && (v.front().isSpace() || v.back().isSpace());
    if (blankEdge || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char(';')) ||
        v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

namespace {
QString number(double v)
{
    return QLocale::c().toString(v, 'g', 15);
}

// A @value cell: "piecewise 0:0 3:0.8 10:1", "step 2:0.25 5:1" or "linear".
QString valueCell(const ValueFunction &f)
{
    QStringList words{valueShapeKey(f.shape)};
    for (const ValuePoint &p : f.points)
        words.append(number(p.x) + QLatin1Char(':') + number(p.y));
    return words.join(QLatin1Char(' '));
}
} // namespace

QByteArray write(const Comparison &c, const QVector<double> &weights)
{
    QString out;
    auto line = [&out](const QStringList &fields) {
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    QStringList header{QStringLiteral("option")};
    QStringList weightRow{QStringLiteral("@weight")};
    QStringList directionRow{QStringLiteral("@direction")};
    QStringList categoryRow{QStringLiteral("@category")};
    QStringList minRow{QStringLiteral("@min")};
    QStringList maxRow{QStringLiteral("@max")};
    QStringList preferenceRow{QStringLiteral("@preference")};
    QStringList qRow{QStringLiteral("@q")};
    QStringList pRow{QStringLiteral("@p")};
    QStringList valueRow{QStringLiteral("@value")};
    bool anyValue = false;
    bool anyPreference = false;
    bool anyCategory = false;
    bool anyScale = false;
    for (int j = 0; j < c.criterionCount(); ++j) {
        const Criterion &k = c.criteria[j];
        header.append(field(k.name));
        weightRow.append(number(j < weights.size() ? weights[j] : 1.0));
        directionRow.append(directionKey(k.direction));
        categoryRow.append(field(k.category));
        anyCategory = anyCategory || !k.category.isEmpty();
        anyScale = anyScale || k.hasScale();
        minRow.append(k.hasScale() ? number(*k.scaleMin) : QString());
        maxRow.append(k.hasScale() ? number(*k.scaleMax) : QString());
        preferenceRow.append(preferenceKey(k.preference));
        qRow.append(k.indifference ? number(*k.indifference) : QString());
        pRow.append(k.preferenceThreshold ? number(*k.preferenceThreshold) : QString());
        valueRow.append(k.valueFunction.isLinear() ? QString() : valueCell(k.valueFunction));
        anyValue = anyValue || !k.valueFunction.isLinear();
        anyPreference =
            anyPreference || k.preference != Preference::Usual || k.indifference || k.preferenceThreshold;
    }
    line(header);
    line(weightRow);
    line(directionRow);
    // A tree deeper than one level: each criterion's path of groups.
    const CriteriaTree tree(c);
    if (tree.groupLevels() > 1) {
        QStringList parentRow{QStringLiteral("@parent")};
        for (int j = 0; j < c.criterionCount(); ++j)
            parentRow.append(field(tree.groupPath(j).join(QStringLiteral(" > "))));
        line(parentRow);
    } else if (anyCategory) {
        line(categoryRow);
    }
    if (anyScale) {
        line(minRow);
        line(maxRow);
    }
    if (anyPreference) {
        line(preferenceRow);
        line(qRow);
        line(pRow);
    }
    if (anyValue)
        line(valueRow);
    for (int i = 0; i < c.optionCount(); ++i) {
        QStringList row{field(c.options[i].name)};
        for (int j = 0; j < c.criterionCount(); ++j) {
            const Cell &cell = c.cell(i, j);
            if (cell.isRange()) // an uncertain score: low..most likely..high
                row.append(number(*cell.low) + QLatin1String("..") + number(*cell.value) +
                           QLatin1String("..") + number(*cell.high));
            else
                row.append(cell.value ? number(*cell.value) : QString());
        }
        line(row);
    }
    return out.toUtf8();
}

} // namespace core::csv

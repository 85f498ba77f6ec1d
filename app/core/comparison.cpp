#include "core/comparison.h"

#include "core/keytable.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace core {

namespace {
const std::pair<Direction, const char *> kDirections[] = {{Direction::Benefit, "benefit"},
                                                          {Direction::Cost, "cost"}};
const std::pair<Stance, const char *> kStances[] = {
    {Stance::Supports, "supports"}, {Stance::Opposes, "opposes"}, {Stance::Context, "context"}};
const std::pair<ProfileKind, const char *> kKinds[] = {{ProfileKind::Scenario, "scenario"},
                                                       {ProfileKind::Stakeholder, "stakeholder"},
                                                       {ProfileKind::Custom, "custom"}};
const std::pair<Preference, const char *> kPreferences[] = {
    {Preference::Usual, "usual"}, {Preference::Linear, "linear"}, {Preference::VShape, "vshape"}};
const std::pair<ValueShape, const char *> kShapes[] = {
    {ValueShape::Linear, "linear"}, {ValueShape::Piecewise, "piecewise"}, {ValueShape::Step, "step"}};
const std::pair<DecisionStatus, const char *> kStatuses[] = {{DecisionStatus::Proposed, "proposed"},
                                                             {DecisionStatus::Accepted, "accepted"},
                                                             {DecisionStatus::Rejected, "rejected"},
                                                             {DecisionStatus::Deprecated, "deprecated"},
                                                             {DecisionStatus::Superseded, "superseded"}};
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};
} // namespace

QString decisionStatusKey(DecisionStatus s)
{
    return keyName(s, kStatuses);
}
std::optional<DecisionStatus> decisionStatusFromKey(const QString &key)
{
    return keyLookup(key, kStatuses);
}
QStringList decisionStatusKeys()
{
    return keyNames(kStatuses);
}

bool breaksLine(QChar ch)
{
    const QChar::Category c = ch.category();
    return c == QChar::Other_Control || c == QChar::Separator_Line || c == QChar::Separator_Paragraph;
}

QString valueShapeKey(ValueShape s)
{
    return keyName(s, kShapes);
}
std::optional<ValueShape> valueShapeFromKey(const QString &key)
{
    return keyLookup(key, kShapes);
}

double valueAt(const ValueFunction &f, double x)
{
    const QVector<ValuePoint> &p = f.points;
    if (f.isLinear() || p.isEmpty() || x != x)
        return x;
    if (x <= p.front().x)
        return p.front().y;
    if (x >= p.back().x)
        return p.back().y;
    // The first point with its x above x: x lies in [p[i - 1].x, p[i].x).
    const auto above =
        std::upper_bound(p.cbegin(), p.cend(), x, [](double v, const ValuePoint &q) { return v < q.x; });
    const ValuePoint &b = *above;
    const ValuePoint &a = *(above - 1);
    if (f.shape == ValueShape::Step)
        return a.y;
    return a.y + (b.y - a.y) * ((x - a.x) / (b.x - a.x));
}

QString valueFunctionText(const ValueFunction &f)
{
    auto number = [](double v) {
        return QString::number(v, 'g', 6);
    };
    QStringList points;
    for (const ValuePoint &p : f.points) {
        points.append(f.shape == ValueShape::Step ? Tr::tr("from %1: %2").arg(number(p.x), number(p.y))
                                                  : QStringLiteral("(%1, %2)").arg(number(p.x), number(p.y)));
    }
    switch (f.shape) {
    case ValueShape::Linear:
        return Tr::tr("linear");
    case ValueShape::Piecewise:
        return Tr::tr("piecewise through %1").arg(points.join(QLatin1String(", ")));
    case ValueShape::Step:
        return Tr::tr("step %1").arg(points.join(QLatin1String(", ")));
    }
    return {};
}

QString preferenceKey(Preference p)
{
    return keyName(p, kPreferences);
}
std::optional<Preference> preferenceFromKey(const QString &key)
{
    return keyLookup(key, kPreferences);
}
QString directionKey(Direction d)
{
    return keyName(d, kDirections);
}
std::optional<Direction> directionFromKey(const QString &key)
{
    return keyLookup(key, kDirections);
}
QString stanceKey(Stance s)
{
    return keyName(s, kStances);
}
std::optional<Stance> stanceFromKey(const QString &key)
{
    return keyLookup(key, kStances);
}
QString profileKindKey(ProfileKind k)
{
    return keyName(k, kKinds);
}
std::optional<ProfileKind> profileKindFromKey(const QString &key)
{
    return keyLookup(key, kKinds);
}

void Comparison::resizeCells()
{
    cells.resize(qsizetype(optionCount()) * criterionCount());
    for (Profile &p : profiles)
        p.weights.resize(criterionCount());
}

namespace {
template<typename Items>
int indexByName(const Items &items, const QString &name)
{
    for (int i = 0; i < int(items.size()); ++i) {
        if (items[i].name == name)
            return i;
    }
    for (int i = 0; i < int(items.size()); ++i) {
        if (items[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
} // namespace

int Comparison::criterionIndex(const QString &wanted) const
{
    return indexByName(criteria, wanted);
}
int Comparison::optionIndex(const QString &wanted) const
{
    return indexByName(options, wanted);
}
int Comparison::profileIndex(const QString &wanted) const
{
    return indexByName(profiles, wanted);
}

QStringList Comparison::categories() const
{
    QStringList result;
    for (const Criterion &c : criteria) {
        if (!result.contains(c.category))
            result.append(c.category);
    }
    return result;
}

} // namespace core

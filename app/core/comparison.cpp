#include "core/comparison.h"

#include "core/keytable.h"

#include <QStringList>

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

QString valueShapeKey(ValueShape s)
{
    return keyName(s, kShapes);
}
std::optional<ValueShape> valueShapeFromKey(const QString &key)
{
    return keyLookup(key, kShapes);
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

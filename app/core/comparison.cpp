#include "comparison.h"

#include <QStringList>

namespace core {

namespace {
template<typename E, std::size_t N>
std::optional<E> fromKey(const QString &key, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}
template<typename E, std::size_t N>
QString toKey(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

const std::pair<Direction, const char *> kDirections[] = {{Direction::Benefit, "benefit"},
                                                          {Direction::Cost, "cost"}};
const std::pair<Stance, const char *> kStances[] = {
    {Stance::Supports, "supports"}, {Stance::Opposes, "opposes"}, {Stance::Context, "context"}};
const std::pair<ProfileKind, const char *> kKinds[] = {{ProfileKind::Scenario, "scenario"},
                                                       {ProfileKind::Stakeholder, "stakeholder"},
                                                       {ProfileKind::Custom, "custom"}};
const std::pair<Preference, const char *> kPreferences[] = {
    {Preference::Usual, "usual"}, {Preference::Linear, "linear"}, {Preference::VShape, "vshape"}};
} // namespace

QString preferenceKey(Preference p)
{
    return toKey(p, kPreferences);
}
std::optional<Preference> preferenceFromKey(const QString &key)
{
    return fromKey(key, kPreferences);
}
QString directionKey(Direction d)
{
    return toKey(d, kDirections);
}
std::optional<Direction> directionFromKey(const QString &key)
{
    return fromKey(key, kDirections);
}
QString stanceKey(Stance s)
{
    return toKey(s, kStances);
}
std::optional<Stance> stanceFromKey(const QString &key)
{
    return fromKey(key, kStances);
}
QString profileKindKey(ProfileKind k)
{
    return toKey(k, kKinds);
}
std::optional<ProfileKind> profileKindFromKey(const QString &key)
{
    return fromKey(key, kKinds);
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

#pragma once

#include <QString>
#include <QStringList>
#include <cstddef>
#include <optional>
#include <utility>

namespace core {

// Enum <-> stable key tables ({value, "key"} arrays) used in files, JSON
// and command-line options.
template<typename E, std::size_t N>
std::optional<E> keyLookup(const QString &key, const std::pair<E, const char *> (&table)[N],
                           Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const auto &[value, name] : table) {
        if (key.compare(QLatin1String(name), cs) == 0)
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString keyName(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
QStringList keyNames(const std::pair<E, const char *> (&table)[N])
{
    QStringList out;
    for (const auto &entry : table)
        out.append(QString::fromLatin1(entry.second));
    return out;
}

} // namespace core

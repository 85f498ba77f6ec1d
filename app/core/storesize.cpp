#include "core/database.h"
#include "core/jsonio.h"
#include "core/store.h"
#include "core/storeio.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace core::store {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// One heap block: the allocator's own bytes plus Qt's array header.
constexpr qint64 kBlock = 48;
// One entry of a hash from a row id to its place, kept while reading.
constexpr qint64 kIndexEntry = 40;
// A snapshot's JSON becomes lists of names and numbers: one byte of it can
// take up to about this many bytes in memory (a one-letter name in a list).
constexpr qint64 kSnapshotExpansion = 24;

qint64 sum(const QVector<Size::Part> &parts, qint64 Size::Part::*field)
{
    qint64 total = 0;
    for (const Size::Part &p : parts)
        total += p.*field;
    return total;
}
} // namespace

qint64 Size::cells() const
{
    qint64 total = 0;
    for (const Part &p : parts)
        total += p.options * p.criteria;
    return total;
}

qint64 Size::weights() const
{
    qint64 total = 0;
    for (const Part &p : parts)
        total += p.profiles * p.criteria;
    return total;
}

qint64 Size::memory() const
{
    const qint64 options = sum(parts, &Part::options);
    const qint64 criteria = sum(parts, &Part::criteria);
    const qint64 profiles = sum(parts, &Part::profiles);
    const qint64 sources = sum(parts, &Part::sources);
    const qint64 tasks = sum(parts, &Part::tasks);
    const qint64 snapshots = sum(parts, &Part::snapshots);
    qint64 bytes = comparisons * (qint64(sizeof(Comparison)) + kIndexEntry + 7 * kBlock);
    bytes += options * (qint64(sizeof(Option)) + kIndexEntry);
    bytes += criteria * (qint64(sizeof(Criterion)) + kIndexEntry);
    bytes += cells() * qint64(sizeof(Cell));
    bytes += evidence * (qint64(sizeof(Evidence)) + kBlock);
    bytes += sources * (qint64(sizeof(Source)) + kIndexEntry);
    bytes += profiles * (qint64(sizeof(Profile)) + kIndexEntry + kBlock);
    bytes += weights() * qint64(sizeof(double));
    bytes += tasks * (qint64(sizeof(Task)) + kIndexEntry + kBlock);
    bytes += examples * qint64(sizeof(CodeExample));
    bytes += snapshots * (qint64(sizeof(Snapshot)) + 6 * kBlock);
    bytes += snapshotBytes * kSnapshotExpansion;
    bytes += people * (qint64(sizeof(QString)) + kBlock);
    // A QString holds UTF-16: at most two bytes for each byte of UTF-8.
    bytes += texts * kBlock + textBytes * 2;
    return bytes;
}

Expected<void> checkSize(const Size &size)
{
    if (size.comparisons > kMaxComparisons)
        return Error{
            Tr::tr("too large: %1 comparisons (at most %2)").arg(size.comparisons).arg(kMaxComparisons)};
    for (const Size::Part &p : size.parts) {
        if (p.options > kMaxOptions)
            return Error{Tr::tr("too large: comparison '%1' has %2 options (at most %3)")
                             .arg(p.name)
                             .arg(p.options)
                             .arg(kMaxOptions)};
        if (p.criteria > kMaxCriteria)
            return Error{Tr::tr("too large: comparison '%1' has %2 criteria (at most %3)")
                             .arg(p.name)
                             .arg(p.criteria)
                             .arg(kMaxCriteria)};
        if (p.options * p.criteria > kMaxCells)
            return Error{
                Tr::tr("too large: comparison '%1' has %2 options x %3 criteria = %4 cells (at most %5)")
                    .arg(p.name)
                    .arg(p.options)
                    .arg(p.criteria)
                    .arg(p.options * p.criteria)
                    .arg(kMaxCells)};
    }
    if (size.cells() > kMaxCells)
        return Error{Tr::tr("too large: %1 cells (options x criteria) in all comparisons (at most %2)")
                         .arg(size.cells())
                         .arg(kMaxCells)};
    if (size.weights() > kMaxWeights)
        return Error{
            Tr::tr("too large: %1 profile weights (profiles x criteria) in all comparisons (at most %2)")
                .arg(size.weights())
                .arg(kMaxWeights)};
    if (size.rows > kMaxRows)
        return Error{Tr::tr("too large: %1 rows in all tables (at most %2)").arg(size.rows).arg(kMaxRows)};
    if (size.memory() > kMaxMemory)
        return Error{Tr::tr("too large: opening it would take about %1 MB of memory (at most %2 MB)")
                         .arg((size.memory() + (1 << 20) - 1) >> 20)
                         .arg(kMaxMemory >> 20)};
    return {};
}

qint64 utf8Length(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        // A surrogate pair is four bytes of UTF-8: two for each half.
        bytes += u < 0x80 ? 1 : (u < 0x800 || ch.isSurrogate()) ? 2 : 3;
    }
    return bytes;
}

Size sizeOf(const QVector<Comparison> &comparisons)
{
    Size size;
    size.comparisons = comparisons.size();
    auto text = [&size](const QString &t) {
        if (!t.isEmpty()) {
            ++size.texts;
            size.textBytes += utf8Length(t);
        }
    };
    for (const Comparison &c : comparisons) {
        Size::Part part;
        part.name = c.name.left(kMaxNameLength);
        part.options = c.options.size();
        part.criteria = c.criteria.size();
        part.profiles = c.profiles.size();
        part.sources = c.sources.size();
        part.tasks = c.tasks.size();
        part.snapshots = c.snapshots.size();
        size.parts.append(part);
        size.rows +=
            1 + part.options + part.criteria + part.profiles + part.sources + part.tasks + part.snapshots;
        text(c.name);
        text(c.description);
        for (const Source &s : c.sources) {
            for (const QString *t : {&s.title, &s.publisher, &s.author, &s.published, &s.url, &s.note})
                text(*t);
        }
        for (const Option &o : c.options) {
            text(o.name);
            text(o.description);
            text(o.color);
        }
        for (const Criterion &k : c.criteria) {
            text(k.name);
            text(k.category);
            text(k.description);
            text(k.unit);
            text(json::valueFunctionToText(k.valueFunction));
        }
        size.rows += c.groups.size();
        for (const CriterionGroup &g : c.groups) {
            text(g.name);
            text(g.parent);
            text(g.description);
        }
        // The cells save() writes: a value, a rationale or evidence.
        for (const Cell &cell : c.cells) {
            if (!cell.value && cell.rationale.isEmpty() && cell.evidence.isEmpty())
                continue;
            ++size.scores;
            text(cell.rationale);
            size.evidence += cell.evidence.size();
            for (const Evidence &e : cell.evidence) {
                text(e.claim);
                text(e.correction);
            }
        }
        for (const Profile &p : c.profiles) {
            text(p.name);
            text(p.description);
            size.rows += std::min<qint64>(p.weights.size(), part.criteria);
        }
        for (const Task &t : c.tasks) {
            text(t.name);
            text(t.description);
            for (const CodeExample &e : t.examples) {
                if (e.option < 0 || e.option >= c.options.size())
                    continue;
                ++size.examples;
                text(e.language);
                text(e.code);
                text(e.note);
            }
        }
        if (!c.decision.isEmpty()) {
            const DecisionRecord &d = c.decision;
            const qint64 people = d.deciders.size() + d.consulted.size() + d.informed.size();
            size.rows += 1 + people;
            size.people += people;
            text(d.supersededBy);
            for (const QStringList *list : {&d.deciders, &d.consulted, &d.informed}) {
                for (const QString &name : *list)
                    text(name);
            }
        }
        for (const Snapshot &sn : c.snapshots) {
            text(sn.name);
            QJsonObject data = json::snapshotToJson(sn);
            data.remove(QStringLiteral("name"));
            data.remove(QStringLiteral("taken"));
            size.snapshotBytes += QJsonDocument(data).toJson(QJsonDocument::Compact).size();
        }
    }
    size.rows += size.scores + size.evidence + size.examples;
    return size;
}

namespace detail {

namespace {
struct Table
{
    const char *name;
    QStringList texts; // text columns read into a QString
};

// total() of an expression over a table, 0 for an empty one.
QString totalOf(const QStringList &columns, const char *expression)
{
    QStringList parts;
    for (const QString &c : columns)
        parts.append(QStringLiteral("total(") + QString::fromLatin1(expression).arg(c) + QLatin1Char(')'));
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QLatin1String(" + "));
}
} // namespace

Expected<Size> measure(Database &db)
{
    Size size;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto failed = [&q] {
        return Error{Tr::tr("cannot read the file: %1").arg(reason(q.lastError()))};
    };

    // The comparisons: how many, then their names and how much each holds.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM comparison")) || !q.next())
        return failed();
    size.comparisons = q.value(0).toLongLong();
    if (auto r = checkSize(size); !r)
        return Error{r.error()};
    QHash<qint64, int> index;
    if (!q.exec(QStringLiteral("SELECT id, substr(name, 1, %1) FROM comparison ORDER BY position, id")
                    .arg(kMaxNameLength)))
        return failed();
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(size.parts.size()));
        size.parts.append({q.value(1).toString(), 0, 0, 0, 0, 0, 0});
    }
    const std::pair<const char *, qint64 Size::Part::*> perComparison[] = {
        {"option", &Size::Part::options},   {"criterion", &Size::Part::criteria},
        {"profile", &Size::Part::profiles}, {"source", &Size::Part::sources},
        {"task", &Size::Part::tasks},       {"snapshot", &Size::Part::snapshots}};
    for (const auto &[table, field] : perComparison) {
        if (!q.exec(QStringLiteral("SELECT comparison_id, count(*) FROM %1 GROUP BY comparison_id")
                        .arg(QLatin1String(table))))
            return failed();
        while (q.next()) {
            const int at = index.value(q.value(0).toLongLong(), -1);
            if (at >= 0)
                size.parts[at].*field = q.value(1).toLongLong();
        }
        if (auto r = checkSize(size); !r)
            return Error{r.error()};
    }

    // Every table's rows and texts.  Counting rows is cheap; measuring the
    // texts reads them, so it comes once the counts are known to fit.
    const Table tables[] = {
        {"comparison", {QStringLiteral("name"), QStringLiteral("description")}},
        {"source",
         {QStringLiteral("title"), QStringLiteral("publisher"), QStringLiteral("author"),
          QStringLiteral("published"), QStringLiteral("url"), QStringLiteral("note")}},
        {"option", {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("color")}},
        {"criterion",
         {QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("description"),
          QStringLiteral("unit"), QStringLiteral("value_function")}},
        {"criterion_group",
         {QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("description")}},
        {"score", {QStringLiteral("rationale")}},
        {"evidence", {QStringLiteral("claim"), QStringLiteral("correction")}},
        {"profile", {QStringLiteral("name"), QStringLiteral("description")}},
        {"profile_weight", {}},
        {"task", {QStringLiteral("name"), QStringLiteral("description")}},
        {"code_example", {QStringLiteral("language"), QStringLiteral("code"), QStringLiteral("note")}},
        {"snapshot", {QStringLiteral("name")}},
        {"decision", {QStringLiteral("superseded_by")}},
        {"decision_person", {QStringLiteral("name")}}};
    for (const Table &t : tables) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(t.name)) || !q.next())
            return failed();
        const qint64 rows = q.value(0).toLongLong();
        size.rows += rows;
        if (qstrcmp(t.name, "score") == 0)
            size.scores = rows;
        else if (qstrcmp(t.name, "evidence") == 0)
            size.evidence = rows;
        else if (qstrcmp(t.name, "code_example") == 0)
            size.examples = rows;
        else if (qstrcmp(t.name, "decision_person") == 0)
            size.people = rows;
    }
    if (auto r = checkSize(size); !r)
        return Error{r.error()};
    for (const Table &t : tables) {
        QStringList columns = t.texts;
        const bool snapshot = qstrcmp(t.name, "snapshot") == 0;
        if (columns.isEmpty())
            continue;
        const QString sql =
            QStringLiteral("SELECT %1, %2, %3 FROM %4")
                .arg(totalOf(columns, "length(%1) > 0"), totalOf(columns, "length(CAST(%1 AS BLOB))"),
                     snapshot ? totalOf({QStringLiteral("data")}, "length(CAST(%1 AS BLOB))")
                              : QStringLiteral("0"),
                     QLatin1String(t.name));
        if (!q.exec(sql) || !q.next())
            return failed();
        size.texts += q.value(0).toLongLong();
        size.textBytes += q.value(1).toLongLong();
        size.snapshotBytes += q.value(2).toLongLong();
        if (auto r = checkSize(size); !r)
            return Error{r.error()};
    }
    return size;
}

} // namespace detail
} // namespace core::store

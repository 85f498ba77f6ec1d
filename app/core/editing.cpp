#include "core/editing.h"

#include "core/store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace core::edit {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Editing)
};

int clampedInsert(int at, qsizetype size)
{
    return at < 0 || at > size ? int(size) : at;
}

template<typename T>
QStringList namesOf(const QVector<T> &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const T &each : list)
        out.append(each.name);
    return out;
}

// The index map of moving one entry of `count` from `from` to `to`.
IndexMap moveMap(int count, int from, int to)
{
    IndexMap order = identity(count);
    const int moved = order.takeAt(from);
    order.insert(to, moved);
    return order;
}

// Rebuilds the matrix after the criteria (columns) changed: column j of the
// result is column map[j] before, or empty when new.
void remapColumns(Comparison &c, int oldCriteria, const IndexMap &map)
{
    const QVector<Cell> old = c.cells;
    c.cells = QVector<Cell>(qsizetype(c.optionCount()) * c.criterionCount());
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j) {
            if (map[j] >= 0)
                c.cells[qsizetype(i) * c.criterionCount() + j] = old[qsizetype(i) * oldCriteria + map[j]];
        }
    }
}

void remapProfileWeights(Comparison &c, const IndexMap &map)
{
    for (Profile &p : c.profiles) {
        const double mean = meanWeight(p.weights);
        QVector<double> w(c.criterionCount());
        for (int j = 0; j < c.criterionCount(); ++j)
            w[j] = map[j] >= 0 && map[j] < p.weights.size() ? p.weights[map[j]] : mean;
        p.weights = w;
    }
}

// Rows of the matrix and the option of every code example.
void remapRows(Comparison &c, int oldOptions, const IndexMap &map)
{
    const int n = c.criterionCount();
    const QVector<Cell> old = c.cells;
    c.cells = QVector<Cell>(qsizetype(c.optionCount()) * n);
    for (int i = 0; i < c.optionCount(); ++i) {
        if (map[i] >= 0)
            std::copy_n(old.cbegin() + qsizetype(map[i]) * n, n, c.cells.begin() + qsizetype(i) * n);
    }
    const IndexMap back = inverse(map, oldOptions);
    for (Task &t : c.tasks) {
        QVector<CodeExample> kept;
        for (CodeExample e : t.examples) {
            if (e.option < 0 || e.option >= oldOptions || back[e.option] < 0)
                continue;
            e.option = back[e.option];
            kept.append(e);
        }
        t.examples = kept;
    }
}
} // namespace

IndexMap identity(int count)
{
    IndexMap map(count);
    std::iota(map.begin(), map.end(), 0);
    return map;
}

IndexMap inverse(const IndexMap &map, int before)
{
    IndexMap back(before, -1);
    for (int i = 0; i < map.size(); ++i) {
        if (map[i] >= 0 && map[i] < before)
            back[map[i]] = i;
    }
    return back;
}

QString uniqueName(const QStringList &taken, const QString &base)
{
    // The number is kept and the base shortened when a name would grow past
    // what the file format allows.
    const QString start = base.left(store::kMaxNameLength);
    if (!taken.contains(start))
        return start;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" %1").arg(n);
        const QString candidate = base.left(store::kMaxNameLength - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

QStringList names(const QVector<Option> &options)
{
    return namesOf(options);
}
QStringList names(const QVector<Criterion> &criteria)
{
    return namesOf(criteria);
}
QStringList names(const QVector<Profile> &profiles)
{
    return namesOf(profiles);
}
QStringList names(const QVector<Task> &tasks)
{
    return namesOf(tasks);
}

QString nameProblem(const QStringList &taken, int self, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("A name cannot be empty.");
    if (trimmed.size() > store::kMaxNameLength)
        return Tr::tr("A name can have at most %1 characters.").arg(store::kMaxNameLength);
    for (int i = 0; i < taken.size(); ++i) {
        if (i != self && taken[i] == trimmed)
            return Tr::tr("The name '%1' is already used here.").arg(trimmed);
    }
    return {};
}

QStringList names(const QVector<CriterionGroup> &groups)
{
    QStringList out;
    for (const CriterionGroup &g : groups)
        out.append(g.name);
    return out;
}

int insertGroup(Comparison &c, int at, const CriterionGroup &group)
{
    at = clampedInsert(at, c.groups.size());
    c.groups.insert(at, group);
    return at;
}

void removeGroup(Comparison &c, int index)
{
    if (index < 0 || index >= c.groups.size())
        return;
    const CriterionGroup gone = c.groups.takeAt(index);
    for (Criterion &k : c.criteria) {
        if (k.category == gone.name)
            k.category = gone.parent;
    }
    for (CriterionGroup &g : c.groups) {
        if (g.parent == gone.name)
            g.parent = gone.parent;
    }
}

void renameGroup(Comparison &c, int index, const QString &name)
{
    if (index < 0 || index >= c.groups.size())
        return;
    const QString old = c.groups[index].name;
    c.groups[index].name = name;
    for (Criterion &k : c.criteria) {
        if (k.category == old)
            k.category = name;
    }
    for (CriterionGroup &g : c.groups) {
        if (g.parent == old)
            g.parent = name;
    }
}

int insertOption(Comparison &c, int at, const Option &option)
{
    at = clampedInsert(at, c.options.size());
    const int before = c.optionCount();
    IndexMap map = identity(before);
    map.insert(at, -1);
    c.options.insert(at, option);
    remapRows(c, before, map);
    return at;
}

void removeOption(Comparison &c, int index)
{
    if (index < 0 || index >= c.optionCount())
        return;
    const int before = c.optionCount();
    IndexMap map = identity(before);
    map.removeAt(index);
    c.options.removeAt(index);
    remapRows(c, before, map);
}

void moveOption(Comparison &c, int from, int to)
{
    if (from < 0 || from >= c.optionCount() || to < 0 || to >= c.optionCount() || from == to)
        return;
    const IndexMap map = moveMap(c.optionCount(), from, to);
    c.options.move(from, to);
    remapRows(c, c.optionCount(), map);
}

IndexMap insertCriterion(Comparison &c, int at, const Criterion &criterion)
{
    at = clampedInsert(at, c.criteria.size());
    const int before = c.criterionCount();
    IndexMap map = identity(before);
    map.insert(at, -1);
    c.criteria.insert(at, criterion);
    remapColumns(c, before, map);
    remapProfileWeights(c, map);
    return map;
}

IndexMap removeCriterion(Comparison &c, int index)
{
    const int before = c.criterionCount();
    IndexMap map = identity(before);
    if (index < 0 || index >= before)
        return map;
    map.removeAt(index);
    c.criteria.removeAt(index);
    remapColumns(c, before, map);
    remapProfileWeights(c, map);
    return map;
}

IndexMap moveCriterion(Comparison &c, int from, int to)
{
    const int n = c.criterionCount();
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return identity(n);
    const IndexMap map = moveMap(n, from, to);
    c.criteria.move(from, to);
    remapColumns(c, n, map);
    remapProfileWeights(c, map);
    return map;
}

IndexMap insertProfile(Comparison &c, int at, const Profile &profile)
{
    at = clampedInsert(at, c.profiles.size());
    IndexMap map = identity(int(c.profiles.size()));
    map.insert(at, -1);
    Profile p = profile;
    p.weights.resize(c.criterionCount());
    c.profiles.insert(at, p);
    return map;
}

IndexMap removeProfile(Comparison &c, int index)
{
    IndexMap map = identity(int(c.profiles.size()));
    if (index < 0 || index >= c.profiles.size())
        return map;
    map.removeAt(index);
    c.profiles.removeAt(index);
    return map;
}

IndexMap moveProfile(Comparison &c, int from, int to)
{
    const int n = int(c.profiles.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return identity(n);
    c.profiles.move(from, to);
    return moveMap(n, from, to);
}

int insertSource(Comparison &c, int at, const Source &source)
{
    at = clampedInsert(at, c.sources.size());
    auto shift = [at](int &ref) {
        if (ref >= at)
            ++ref;
    };
    for (Cell &cell : c.cells) {
        for (Evidence &e : cell.evidence)
            shift(e.source);
    }
    for (Profile &p : c.profiles)
        shift(p.source);
    c.sources.insert(at, source);
    return at;
}

void removeSource(Comparison &c, int index)
{
    if (index < 0 || index >= c.sources.size())
        return;
    auto fix = [index](int &ref) {
        if (ref == index)
            ref = -1;
        else if (ref > index)
            --ref;
    };
    for (Cell &cell : c.cells) {
        for (Evidence &e : cell.evidence)
            fix(e.source);
    }
    for (Profile &p : c.profiles)
        fix(p.source);
    c.sources.removeAt(index);
}

int insertTask(Comparison &c, int at, const Task &task)
{
    at = clampedInsert(at, c.tasks.size());
    c.tasks.insert(at, task);
    return at;
}

void removeTask(Comparison &c, int index)
{
    if (index >= 0 && index < c.tasks.size())
        c.tasks.removeAt(index);
}

void moveTask(Comparison &c, int from, int to)
{
    const int n = int(c.tasks.size());
    if (from >= 0 && from < n && to >= 0 && to < n && from != to)
        c.tasks.move(from, to);
}

void setExample(Task &task, const CodeExample &example)
{
    const bool empty = example.code.isEmpty() && example.note.isEmpty();
    for (qsizetype i = 0; i < task.examples.size(); ++i) {
        if (task.examples[i].option != example.option)
            continue;
        if (empty)
            task.examples.removeAt(i);
        else
            task.examples[i] = example;
        return;
    }
    if (empty)
        return;
    // Keep examples in option order, as files list them.
    auto at = std::find_if(task.examples.begin(), task.examples.end(),
                           [&](const CodeExample &e) { return e.option > example.option; });
    task.examples.insert(at, example);
}

Comparison blank(const QString &name)
{
    Comparison c;
    c.name = name;
    c.options = {Option{Tr::tr("Option A"), {}, {}}, Option{Tr::tr("Option B"), {}, {}}};
    Criterion first;
    first.name = Tr::tr("Criterion 1");
    first.scaleMin = 1;
    first.scaleMax = 5;
    Criterion second = first;
    second.name = Tr::tr("Criterion 2");
    c.criteria = {first, second};
    c.resizeCells();
    Profile equal;
    equal.name = Tr::tr("Equal weights");
    equal.kind = ProfileKind::Custom;
    equal.weights = c.equalWeights();
    c.profiles = {equal};
    return c;
}

double meanWeight(const QVector<double> &weights)
{
    if (weights.isEmpty())
        return 1.0;
    const double sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    return sum > 0 ? sum / double(weights.size()) : 1.0;
}

namespace {
class EditText
{
    Q_DECLARE_TR_FUNCTIONS(core::edit::EditText)
};

std::optional<double> number(const QString &text, const QLocale &locale)
{
    bool ok = false;
    double v = locale.toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}
} // namespace

std::optional<ScoreText> parseScoreText(const QString &input, const Criterion &k, const QLocale &locale,
                                        QString *problem)
{
    const QString text = input.trimmed();
    ScoreText out;
    if (text.isEmpty())
        return out;
    // Three numbers apart by "..", a dash or blanks, or "likely (low–high)".
    static const QString num = QStringLiteral(R"([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?)");
    static const QRegularExpression three(
        QStringLiteral(R"(^(%1)\s*(?:\.\.|[-–—]|\s)\s*(%1)\s*(?:\.\.|[-–—]|\s)\s*(%1)$)").arg(num));
    static const QRegularExpression shown(
        QStringLiteral(R"(^(%1)\s*\(\s*(%1)\s*(?:\.\.|[-–—])\s*(%1)\s*\)$)").arg(num));
    std::optional<double> parts[3];
    if (const auto m = three.match(text); m.hasMatch()) {
        for (int i = 0; i < 3; ++i)
            parts[i] = number(m.captured(i + 1), locale);
    } else if (const auto s = shown.match(text); s.hasMatch()) {
        parts[0] = number(s.captured(2), locale);
        parts[1] = number(s.captured(1), locale);
        parts[2] = number(s.captured(3), locale);
    } else {
        out.value = number(text, locale);
        if (!out.value) {
            *problem =
                EditText::tr("'%1' is not a number or a range low..most likely..high").arg(text.left(40));
            return std::nullopt;
        }
    }
    if (parts[0] || parts[1] || parts[2]) {
        if (!parts[0] || !parts[1] || !parts[2]) {
            *problem = EditText::tr("'%1' is not a range of three numbers").arg(text.left(40));
            return std::nullopt;
        }
        if (!(*parts[0] <= *parts[1] && *parts[1] <= *parts[2])) {
            *problem = EditText::tr("'%1' is not in order: low <= most likely <= high").arg(text.left(40));
            return std::nullopt;
        }
        out.low = parts[0];
        out.value = parts[1];
        out.high = parts[2];
    }
    for (const std::optional<double> &v : {out.low, out.value, out.high}) {
        if (v && k.hasScale() && (*v < *k.scaleMin || *v > *k.scaleMax)) {
            *problem = EditText::tr("%1 is outside the scale of %2 (%3 to %4)")
                           .arg(locale.toString(*v), k.name, locale.toString(*k.scaleMin),
                                locale.toString(*k.scaleMax));
            return std::nullopt;
        }
    }
    return out;
}

QString scoreDisplay(const Cell &cell, const QLocale &locale)
{
    if (!cell.value)
        return {};
    const QString value = locale.toString(*cell.value, 'g', 6);
    if (!cell.isRange())
        return value;
    return QStringLiteral("%1 (%2–%3)")
        .arg(value, locale.toString(*cell.low, 'g', 6), locale.toString(*cell.high, 'g', 6));
}

QString scoreEditText(const Cell &cell, const QLocale &locale)
{
    if (!cell.value)
        return {};
    const QString value = locale.toString(*cell.value, 'g', 10);
    if (!cell.isRange())
        return value;
    return locale.toString(*cell.low, 'g', 10) + QLatin1String("..") + value + QLatin1String("..") +
           locale.toString(*cell.high, 'g', 10);
}

} // namespace core::edit

#include "core/csvmatrix.h"

#include "core/csvcells.h"
#include "core/csvsplitter.h"
#include "core/fileinput.h"
#include "core/jsonio.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <vector>

namespace core::csv {

using namespace detail;

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// The longest field worth keeping: kMaxTextLength characters take at most
// three bytes each in UTF-8.  Longer fields are refused, not kept.
constexpr qsizetype kMaxFieldBytes = 3 * qsizetype(store::kMaxTextLength) + 4;
// The header holds names of at most kMaxNameLength characters.
constexpr qsizetype kMaxHeaderFieldBytes = 3 * qsizetype(store::kMaxNameLength) + 4;
// Files are read in chunks of this size; the separator is chosen from the
// first record within the first chunk, for read() and parse() alike.
constexpr qsizetype kChunk = 1 << 20;

char detectSeparator(QByteArrayView head)
{
    // Count separators on the first record, outside quotes.
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char ch : head.first(std::min(head.size(), kChunk))) {
        if (ch == '"')
            quoted = !quoted;
        else if (!quoted && (ch == '\n' || ch == '\r'))
            break;
        else if (!quoted && ch == ',')
            ++commas;
        else if (!quoted && ch == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

// Builds the comparison from the splitter's fields, one at a time, and
// measures it as it grows with the limits a Tradeoff file has
// (store::checkSize), so an oversized file is refused while it is read.
class Builder final : public Splitter::Sink
{
public:
    Builder(const QString &name, bool decimalComma)
        : m_decimalComma(decimalComma)
    {
        m_c.name = name;
        m_size.comparisons = 1;
        m_size.parts.append({name, 0, 0, 1, 0, 0, 0});
        countText(name);
    }
    void setSplitter(Splitter *splitter)
    {
        m_splitter = splitter;
        m_splitter->setMaxFields(store::kMaxCriteria + 1);
        m_splitter->setMaxFieldBytes(kMaxHeaderFieldBytes);
    }

    Expected<void> field(const Splitter::Field &f) override;
    Expected<void> endRecord(int line, qsizetype fields) override;
    // The comparison once the splitter is done (or failed with `split`).
    Expected<Comparison> finish(const Expected<void> &split);

private:
    struct HeaderName
    {
        QString name;
        bool overlong = false;
    };
    enum class Kind
    {
        Directive,
        Option
    };

    Expected<void> endHeader(int line, qsizetype fields);
    Expected<void> label(int line, const QString &text, bool overlong);
    Expected<void> directiveCell(const Splitter::Field &f, const QString &cell);
    Expected<void> optionCell(const Splitter::Field &f, const QString &cell);
    Expected<void> parentCell(const Splitter::Field &f, const QString &cell);
    Expected<void> buildTree();
    Expected<void> rangeCell(const Splitter::Field &f, const QString &cell, qsizetype at);
    void countText(const QString &text)
    {
        if (!text.isEmpty()) {
            ++m_size.texts;
            m_size.textBytes += store::utf8Length(text);
        }
    }
    QString cellError(int line, int column, const QString &value, const QString &what) const
    {
        return Tr::tr("line %1, column '%2': '%3' %4")
            .arg(line)
            .arg(m_c.criteria[column].name.left(60), value.left(40), what);
    }

    Splitter *m_splitter = nullptr;
    bool m_decimalComma = false;
    Comparison m_c;
    store::Size m_size;
    int m_columns = 0; // 0 until the header is read
    QVector<HeaderName> m_header;
    Kind m_kind = Kind::Option;
    Directive m_directive = Directive::Weight;
    QHash<int, int> m_directiveLines; // Directive -> the line where it was given
    QHash<QString, int> m_optionNames;
    std::vector<std::optional<double>> m_values;          // row major, as the cells will be
    QHash<qsizetype, std::pair<double, double>> m_ranges; // cell -> (low, high), for "low..likely..high"
    qint64 m_scored = 0;
    QVector<double> m_weights;
    QVector<std::optional<double>> m_mins, m_maxs;
    QVector<QStringList> m_paths; // @parent: each criterion's groups from the top
    // Once a limit is passed, the rest is only counted, so the refusal
    // gives the same numbers loading such a file would.
    std::optional<Error> m_tooLarge;
};

Expected<void> Builder::field(const Splitter::Field &f)
{
    if (m_tooLarge) {
        if (f.index == 0 && !QString::fromUtf8(f.bytes).trimmed().startsWith(QLatin1Char('@')))
            ++m_size.parts[0].options;
        return {};
    }
    if (!f.overlong && !f.bytes.isValidUtf8())
        return Error{Tr::tr("line %1: the file is not valid UTF-8 text").arg(f.line)};
    const QString text = QString::fromUtf8(f.bytes);
    if (m_columns == 0) {
        if (f.index > 0)
            m_header.append({text, f.overlong});
        return {};
    }
    if (f.index == 0)
        return label(f.line, text, f.overlong);
    return m_kind == Kind::Directive ? directiveCell(f, text) : optionCell(f, text);
}

Expected<void> Builder::endHeader(int line, qsizetype fields)
{
    if (fields < 2)
        return Error{
            Tr::tr("line %1: the header needs an option column and at least one criterion").arg(line)};
    // The count first: a header of 15,000 names is refused for its size
    // whatever the names are.
    m_size.parts[0].criteria = fields - 1;
    if (auto r = store::checkSize(m_size); !r)
        return r;
    QHash<QString, int> names;
    for (qsizetype j = 0; j < m_header.size(); ++j) {
        const QString name = unguard(m_header[j].name);
        if (name.trimmed().isEmpty())
            return Error{Tr::tr("line %1: criterion %2 has no name").arg(line).arg(j + 1)};
        if (m_header[j].overlong || name.size() > store::kMaxNameLength)
            return Error{Tr::tr("line %1: a criterion name is longer than %2 characters")
                             .arg(line)
                             .arg(store::kMaxNameLength)};
        if (names.contains(name))
            return Error{Tr::tr("line %1: criterion '%2' appears twice").arg(line).arg(name.left(60))};
        names.insert(name, int(j));
        Criterion k;
        k.name = name;
        m_c.criteria.append(k);
        countText(name);
    }
    m_header = {};
    m_columns = int(fields);
    m_mins.resize(m_columns - 1);
    m_maxs.resize(m_columns - 1);
    m_splitter->setMaxFields(m_columns);
    m_splitter->setMaxFieldBytes(kMaxFieldBytes);
    return {};
}

Expected<void> Builder::label(int line, const QString &text, bool overlong)
{
    const QString key = text.trimmed().toLower();
    if (key.startsWith(QLatin1Char('@'))) {
        const auto directive = directiveFromKey(key);
        if (!directive)
            return Error{
                Tr::tr("line %1: unknown row '%2' (expected @weight, @direction, @category, @parent, "
                       "@unit, @description, @min, @max, @preference, @q, @p or @value)")
                    .arg(line)
                    .arg(text.left(40))};
        const int first = m_directiveLines.value(int(*directive), 0);
        if (first > 0)
            return Error{Tr::tr("line %1: a second %2 row (the first is on line %3)")
                             .arg(line)
                             .arg(text.trimmed().left(40))
                             .arg(first)};
        // @parent gives the category too (its last group): one or the other.
        const int other = m_directiveLines.value(
            int(*directive == Directive::Parent ? Directive::Category : Directive::Parent), 0);
        if ((*directive == Directive::Parent || *directive == Directive::Category) && other > 0)
            return Error{Tr::tr("line %1: both a @parent and a @category row (the other is on line %2); "
                                "@parent gives each criterion's category as its last group")
                             .arg(line)
                             .arg(other)};
        m_directiveLines.insert(int(*directive), line);
        m_kind = Kind::Directive;
        m_directive = *directive;
        return {};
    }
    const QString name = unguard(text);
    if (name.trimmed().isEmpty())
        return Error{Tr::tr("line %1: the option has no name").arg(line)};
    if (overlong || name.size() > store::kMaxNameLength)
        return Error{Tr::tr("line %1: an option name is longer than %2 characters")
                         .arg(line)
                         .arg(store::kMaxNameLength)};
    if (m_optionNames.contains(name))
        return Error{Tr::tr("line %1: option '%2' appears twice").arg(line).arg(name.left(60))};
    ++m_size.parts[0].options;
    countText(name);
    if (auto r = store::checkSize(m_size); !r) {
        m_tooLarge = Error{r.error()};
        m_splitter->setMaxFields(1);
        return {};
    }
    m_optionNames.insert(name, int(m_c.options.size()));
    Option o;
    o.name = name;
    m_c.options.append(o);
    m_values.resize(m_values.size() + (m_columns - 1));
    m_kind = Kind::Option;
    return {};
}

Expected<void> Builder::directiveCell(const Splitter::Field &f, const QString &cell)
{
    const int j = f.index - 1;
    Criterion &k = m_c.criteria[j];
    auto text = [&](QString *out, qsizetype limit, const QString &what) -> Expected<void> {
        const QString value = unguard(cell);
        if (f.overlong || value.size() > limit)
            return Error{Tr::tr("line %1, column '%2': %3 is longer than %4 characters")
                             .arg(f.line)
                             .arg(k.name.left(60), what)
                             .arg(limit)};
        *out = value;
        countText(value);
        return store::checkSize(m_size);
    };
    const bool blank = cell.trimmed().isEmpty();
    switch (m_directive) {
    case Directive::Weight: {
        const auto w = f.overlong ? std::nullopt : parseNumber(cell, m_decimalComma);
        if (!w)
            return Error{cellError(f.line, j, cell, Tr::tr("is not a finite number"))};
        if (*w < 0)
            return Error{cellError(f.line, j, cell, Tr::tr("is a negative weight"))};
        m_weights.resize(m_columns - 1);
        m_weights[j] = *w;
        return {};
    }
    case Directive::Direction: {
        const auto d = directionFromKey(cell.trimmed().toLower());
        if (!d)
            return Error{cellError(f.line, j, cell, Tr::tr("is not 'benefit' or 'cost'"))};
        k.direction = *d;
        return {};
    }
    case Directive::Category:
        return text(&k.category, store::kMaxNameLength, Tr::tr("the category"));
    case Directive::Unit:
        return text(&k.unit, store::kMaxNameLength, Tr::tr("the unit"));
    case Directive::Description:
        return text(&k.description, store::kMaxTextLength, Tr::tr("the description"));
    case Directive::Preference: {
        if (blank)
            return {};
        const auto pref = preferenceFromKey(cell.trimmed().toLower());
        if (!pref)
            return Error{cellError(f.line, j, cell, Tr::tr("is not 'usual', 'linear' or 'vshape'"))};
        k.preference = *pref;
        return {};
    }
    case Directive::Q:
    case Directive::P: {
        if (blank)
            return {};
        const auto v = f.overlong ? std::nullopt : parseNumber(cell, m_decimalComma);
        if (!v || *v < 0)
            return Error{cellError(f.line, j, cell, Tr::tr("is not a non-negative number"))};
        (m_directive == Directive::Q ? k.indifference : k.preferenceThreshold) = v;
        return {};
    }
    case Directive::Parent:
        return parentCell(f, cell);
    case Directive::Min:
    case Directive::Max: {
        if (blank)
            return {};
        const auto v = f.overlong ? std::nullopt : parseNumber(cell, m_decimalComma);
        if (!v)
            return Error{cellError(f.line, j, cell, Tr::tr("is not a finite number"))};
        (m_directive == Directive::Min ? m_mins : m_maxs)[j] = v;
        return {};
    }
    case Directive::Value: {
        if (f.overlong)
            return Error{cellError(f.line, j, cell, Tr::tr("is too long"))};
        auto function = parseValueCell(cell, m_decimalComma);
        if (!function)
            return Error{cellError(f.line, j, cell, function.error())};
        k.valueFunction = *function;
        countText(json::valueFunctionToText(k.valueFunction));
        return store::checkSize(m_size);
    }
    }
    return {};
}

// A criterion's path of groups from the top, "Performance > I/O"; empty at
// the top.
Expected<void> Builder::parentCell(const Splitter::Field &f, const QString &cell)
{
    const int j = f.index - 1;
    m_paths.resize(m_columns - 1);
    const QString value = unguard(cell);
    if (f.overlong || value.trimmed().isEmpty())
        return f.overlong ? Error{cellError(f.line, j, cell, Tr::tr("is too long for a path of groups"))}
                          : Expected<void>{};
    QStringList path;
    for (const QString &part : value.split(QLatin1Char('>'))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            return Error{
                cellError(f.line, j, cell, Tr::tr("has an empty group name (separate groups with ' > ')"))};
        if (name.size() > store::kMaxNameLength)
            return Error{
                cellError(f.line, j, cell,
                          Tr::tr("names a group longer than %1 characters").arg(store::kMaxNameLength))};
        if (path.contains(name))
            return Error{cellError(f.line, j, cell, Tr::tr("names the group '%1' twice").arg(name.left(60)))};
        path.append(name);
    }
    if (path.size() > kMaxTreeDepth)
        return Error{
            cellError(f.line, j, cell, Tr::tr("is deeper than %1 levels of groups").arg(kMaxTreeDepth))};
    m_c.criteria[j].category = path.last();
    m_paths[j] = path;
    return {};
}

// The groups the @parent paths name: a one-level tree is categories alone
// (as @category gives it); a deeper one becomes group rows in first
// appearance, each group under one parent wherever it appears.
Expected<void> Builder::buildTree()
{
    const int line = m_directiveLines.value(int(Directive::Parent), 0);
    if (line == 0)
        return {};
    bool deep = false;
    for (const QStringList &path : std::as_const(m_paths))
        deep = deep || path.size() > 1;
    if (!deep)
        return {};
    QHash<QString, int> row;
    for (int j = 0; j < m_paths.size(); ++j) {
        const QStringList &path = m_paths[j];
        for (int d = 0; d < path.size(); ++d) {
            const QString parent = d > 0 ? path[d - 1] : QString();
            const auto it = row.constFind(path[d]);
            if (it == row.constEnd()) {
                row.insert(path[d], int(m_c.groups.size()));
                m_c.groups.append({path[d], parent, {}});
                countText(path[d]);
                ++m_size.rows;
            } else if (m_c.groups[*it].parent != parent) {
                const QString top = Tr::tr("the top");
                return Error{Tr::tr("line %1, column '%2': the group '%3' sits under %4 here but under %5 "
                                    "in an earlier column")
                                 .arg(line)
                                 .arg(m_c.criteria[j].name.left(60), path[d].left(60),
                                      parent.isEmpty() ? top : QStringLiteral("'%1'").arg(parent.left(60)),
                                      m_c.groups[*it].parent.isEmpty()
                                          ? top
                                          : QStringLiteral("'%1'").arg(m_c.groups[*it].parent.left(60)))};
            }
        }
    }
    for (const QString &problem : store::checkTree(m_c))
        return Error{Tr::tr("line %1: %2").arg(line).arg(problem)};
    return store::checkSize(m_size);
}

Expected<void> Builder::optionCell(const Splitter::Field &f, const QString &cell)
{
    if (cell.trimmed().isEmpty() && !f.overlong)
        return {};
    const int j = f.index - 1;
    const qsizetype at = (m_c.options.size() - 1) * (m_columns - 1) + j;
    if (!f.overlong && cell.contains(QLatin1String("..")))
        return rangeCell(f, cell, at);
    const auto v = f.overlong ? std::nullopt : parseNumber(cell, m_decimalComma);
    if (!v)
        return Error{cellError(f.line, j, cell, Tr::tr("is not a finite number"))};
    m_values[at] = v;
    ++m_scored;
    return {};
}

// An uncertain score: low..most likely..high, three finite numbers in order.
Expected<void> Builder::rangeCell(const Splitter::Field &f, const QString &cell, qsizetype at)
{
    const int j = f.index - 1;
    const QStringList parts = cell.split(QLatin1String(".."));
    if (parts.size() != 3)
        return Error{cellError(f.line, j, cell, Tr::tr("is not a range low..most likely..high"))};
    std::optional<double> v[3];
    for (int k = 0; k < 3; ++k) {
        v[k] = parseNumber(parts[k], m_decimalComma);
        if (!v[k])
            return Error{cellError(f.line, j, cell, Tr::tr("is not a range of three finite numbers"))};
    }
    if (!(*v[0] <= *v[1] && *v[1] <= *v[2]))
        return Error{cellError(f.line, j, cell, Tr::tr("is not ordered low <= most likely <= high"))};
    m_values[std::size_t(at)] = v[1];
    m_ranges.insert(at, {*v[0], *v[2]});
    ++m_scored;
    return {};
}

Expected<void> Builder::endRecord(int line, qsizetype fields)
{
    if (m_tooLarge)
        return {};
    if (m_columns == 0)
        return endHeader(line, fields);
    if (fields != m_columns)
        return Error{Tr::tr("line %1: %2 fields, the header has %3").arg(line).arg(fields).arg(m_columns)};
    return {};
}

Expected<Comparison> Builder::finish(const Expected<void> &split)
{
    if (m_tooLarge) {
        // Counting went on to the end: the numbers are the whole file's.
        if (auto r = store::checkSize(m_size); !r)
            return Error{r.error()};
        return *m_tooLarge;
    }
    if (!split)
        return Error{split.error()};
    if (m_columns == 0)
        return Error{Tr::tr("the file has no rows")};
    if (m_c.options.isEmpty())
        return Error{Tr::tr("no option rows (only a header)")};
    for (int j = 0; j < m_c.criterionCount(); ++j) {
        if (m_mins[j] && m_maxs[j]) {
            if (!(*m_mins[j] < *m_maxs[j]))
                return Error{
                    Tr::tr("criterion '%1': @min must be below @max").arg(m_c.criteria[j].name.left(60))};
            m_c.criteria[j].scaleMin = m_mins[j];
            m_c.criteria[j].scaleMax = m_maxs[j];
        }
    }
    if (auto tree = buildTree(); !tree)
        return Error{tree.error()};
    Profile p;
    p.name = m_weights.isEmpty() ? Tr::tr("Equal weights") : Tr::tr("CSV weights");
    p.kind = ProfileKind::Custom;
    p.weights = m_weights.isEmpty() ? m_c.equalWeights() : m_weights;
    // What save() would write: the comparison, its options and criteria,
    // one score a value, one profile and its weights.
    countText(p.name);
    m_size.scores = m_scored;
    m_size.rows = 1 + m_c.options.size() + m_c.criteria.size() + m_scored + 1 + m_c.criteria.size();
    if (auto r = store::checkSize(m_size); !r)
        return Error{r.error()};
    m_c.resizeCells();
    for (qsizetype i = 0; i < m_c.cells.size(); ++i)
        m_c.cells[i].value = m_values[std::size_t(i)];
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        m_c.cells[it.key()].low = it->first;
        m_c.cells[it.key()].high = it->second;
    }
    m_values = {};
    m_ranges = {};
    m_c.profiles.append(p);
    for (const QString &problem : store::checkValues(m_c))
        return Error{problem};
    return std::move(m_c);
}

// Splits `head` and then every chunk `next` hands out, until it hands out
// an empty one, into a comparison named `name`.
QString nulBytes(qsizetype line)
{
    return Tr::tr("line %1: a NUL byte (binary data, not CSV text)").arg(line);
}

template<typename Next>
Expected<Comparison> build(const QString &name, QByteArrayView head, Next next)
{
    if (name.size() > store::kMaxNameLength)
        return Error{Tr::tr("the file's name is longer than %1 characters, too long for a comparison's name")
                         .arg(store::kMaxNameLength)};
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const char separator = detectSeparator(head);
    Builder builder(name, separator == ';');
    Splitter splitter(separator, builder);
    builder.setSplitter(&splitter);
    qsizetype linesBefore = 0; // newlines in the chunks fed so far
    auto feed = [&splitter, &linesBefore](QByteArrayView chunk) -> Expected<void> {
        if (const qsizetype at = chunk.indexOf('\0'); at >= 0)
            return Error{nulBytes(linesBefore + chunk.first(at).count('\n') + 1)};
        linesBefore += chunk.count('\n');
        return splitter.feed(chunk);
    };
    Expected<void> split = feed(head);
    while (split) {
        auto chunk = next();
        if (!chunk) {
            split = Error{chunk.error()};
            break;
        }
        if (chunk->isEmpty())
            break;
        split = feed(*chunk);
    }
    if (split)
        split = splitter.finish();
    return builder.finish(split);
}

QString tooLarge()
{
    return Tr::tr("the file is larger than %1 MB").arg(kMaxBytes / (1024 * 1024));
}

} // namespace

bool looksLikeCsv(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}

Expected<Comparison> parse(const QByteArray &data, const QString &name)
{
    if (data.isEmpty())
        return Error{Tr::tr("the file is empty")};
    if (data.size() > kMaxBytes)
        return Error{tooLarge()};
    if (const qsizetype at = data.indexOf('\0'); at >= 0)
        return Error{nulBytes(QByteArrayView(data).first(at).count('\n') + 1)};
    return build(name, data, [] { return Expected<QByteArray>(QByteArray()); });
}

Expected<Comparison> read(const QString &path)
{
    QFile f;
    if (auto r = openReadableFile(path, f); !r)
        return Error{r.error()};
    if (f.size() == 0)
        return Error{Tr::tr("the file is empty")};
    if (f.size() > kMaxBytes)
        return Error{tooLarge()};
    // Read a chunk at a time: no more than one chunk and one field of the
    // file is in memory besides what the comparison keeps.
    const QByteArray head = f.read(kChunk);
    qint64 total = head.size();
    auto next = [&]() -> Expected<QByteArray> {
        QByteArray chunk = f.read(kChunk);
        total += chunk.size();
        if (f.error() != QFileDevice::NoError)
            return Error{Tr::tr("cannot read: %1").arg(f.errorString())};
        if (total > kMaxBytes)
            return Error{tooLarge()};
        return chunk;
    };
    // The comparison is named after the file; a line break in the file's
    // name becomes a space.
    QString name = QFileInfo(path).completeBaseName();
    std::replace_if(name.begin(), name.end(), breaksLine, QLatin1Char(' '));
    return build(name, head, next);
}

} // namespace core::csv

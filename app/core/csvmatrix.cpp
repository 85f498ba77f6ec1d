#include "core/csvmatrix.h"

#include "core/fileinput.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <cmath>

namespace core::csv {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

struct Row
{
    int line = 0; // 1-based line where the record starts
    QStringList fields;
};

QChar detectSeparator(const QString &text)
{
    // Count separators on the first record, outside quotes.
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar ch : text) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')))
            break;
        else if (!quoted && ch == QLatin1Char(','))
            ++commas;
        else if (!quoted && ch == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

Expected<QVector<Row>> split(const QString &text, QChar sep)
{
    QVector<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    row.line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(ch);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty())
                return Error{Tr::tr("line %1: a quote in the middle of an unquoted field").arg(line)};
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
        } else if (ch == sep) {
            row.fields.append(fieldWasQuoted ? field : field.trimmed());
            field.clear();
            fieldWasQuoted = false;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.fields.append(fieldWasQuoted ? field : field.trimmed());
            field.clear();
            fieldWasQuoted = false;
            const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
            if (!blank)
                rows.append(row);
            if (rows.size() > kMaxRows)
                return Error{Tr::tr("more than %1 rows").arg(kMaxRows)};
            row = Row{};
            ++line;
            row.line = line;
        } else {
            if (fieldWasQuoted && !ch.isSpace())
                return Error{Tr::tr("line %1: text after a closing quote").arg(line)};
            field.append(ch);
        }
    }
    if (quoted)
        return Error{Tr::tr("line %1: a quoted field is never closed").arg(row.line)};
    if (!field.isEmpty() || !row.fields.isEmpty() || fieldWasQuoted) {
        row.fields.append(fieldWasQuoted ? field : field.trimmed());
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!blank)
            rows.append(row);
    }
    return rows;
}

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

QString cellError(const Row &row, const QString &column, const QString &value, const QString &what)
{
    return Tr::tr("line %1, column '%2': '%3' %4").arg(row.line).arg(column.left(60), value.left(40), what);
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
        return Error{Tr::tr("the file is larger than %1 MB").arg(kMaxBytes / (1024 * 1024))};
    if (data.contains('\0'))
        return Error{Tr::tr("the file contains NUL bytes (binary data, not CSV text)")};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error{Tr::tr("the file is not valid UTF-8 text")};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar sep = detectSeparator(text);
    const bool decimalComma = sep == QLatin1Char(';');
    auto rows = split(text, sep);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return Error{Tr::tr("the file has no rows")};

    const Row &header = rows->first();
    const int columns = int(header.fields.size());
    if (columns < 2)
        return Error{
            Tr::tr("line %1: the header needs an option column and at least one criterion").arg(header.line)};
    if (columns - 1 > kMaxColumns)
        return Error{Tr::tr("more than %1 criteria").arg(kMaxColumns)};

    Comparison c;
    c.name = name.left(store::kMaxNameLength);
    for (int j = 1; j < columns; ++j) {
        const QString n = header.fields[j];
        if (n.isEmpty())
            return Error{Tr::tr("line %1: criterion %2 has no name").arg(header.line).arg(j)};
        if (n.size() > store::kMaxNameLength)
            return Error{Tr::tr("line %1: a criterion name is longer than %2 characters")
                             .arg(header.line)
                             .arg(store::kMaxNameLength)};
        for (const Criterion &k : c.criteria) {
            if (k.name == n)
                return Error{
                    Tr::tr("line %1: criterion '%2' appears twice").arg(header.line).arg(n.left(60))};
        }
        Criterion k;
        k.name = n;
        c.criteria.append(k);
    }

    QVector<double> weights;
    QVector<QVector<std::optional<double>>> values;
    QVector<std::optional<double>> mins(columns - 1), maxs(columns - 1);
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const Row &row = (*rows)[r];
        if (row.fields.size() != columns)
            return Error{Tr::tr("line %1: %2 fields, the header has %3")
                             .arg(row.line)
                             .arg(row.fields.size())
                             .arg(columns)};
        const QString label = row.fields.first();
        const QString key = label.toLower();
        if (key.startsWith(QLatin1Char('@'))) {
            for (int j = 1; j < columns; ++j) {
                const QString cell = row.fields[j];
                const QString column = c.criteria[j - 1].name;
                if (key == QLatin1String("@weight") || key == QLatin1String("@weights")) {
                    const auto w = parseNumber(cell, decimalComma);
                    if (!w)
                        return Error{cellError(row, column, cell, Tr::tr("is not a finite number"))};
                    if (*w < 0)
                        return Error{cellError(row, column, cell, Tr::tr("is a negative weight"))};
                    weights.resize(columns - 1);
                    weights[j - 1] = *w;
                } else if (key == QLatin1String("@direction")) {
                    const auto d = directionFromKey(cell.trimmed().toLower());
                    if (!d)
                        return Error{cellError(row, column, cell, Tr::tr("is not 'benefit' or 'cost'"))};
                    c.criteria[j - 1].direction = *d;
                } else if (key == QLatin1String("@category")) {
                    c.criteria[j - 1].category = cell.left(store::kMaxNameLength);
                } else if (key == QLatin1String("@unit")) {
                    c.criteria[j - 1].unit = cell.left(store::kMaxNameLength);
                } else if (key == QLatin1String("@description")) {
                    c.criteria[j - 1].description = cell.left(store::kMaxTextLength);
                } else if (key == QLatin1String("@preference")) {
                    if (cell.trimmed().isEmpty())
                        continue;
                    const auto pref = preferenceFromKey(cell.trimmed().toLower());
                    if (!pref)
                        return Error{
                            cellError(row, column, cell, Tr::tr("is not 'usual', 'linear' or 'vshape'"))};
                    c.criteria[j - 1].preference = *pref;
                } else if (key == QLatin1String("@q") || key == QLatin1String("@p")) {
                    if (cell.trimmed().isEmpty())
                        continue;
                    const auto v = parseNumber(cell, decimalComma);
                    if (!v || *v < 0)
                        return Error{cellError(row, column, cell, Tr::tr("is not a non-negative number"))};
                    (key == QLatin1String("@q") ? c.criteria[j - 1].indifference
                                                : c.criteria[j - 1].preferenceThreshold) = v;
                } else if (key == QLatin1String("@min") || key == QLatin1String("@max")) {
                    if (cell.isEmpty())
                        continue;
                    const auto v = parseNumber(cell, decimalComma);
                    if (!v)
                        return Error{cellError(row, column, cell, Tr::tr("is not a finite number"))};
                    (key == QLatin1String("@min") ? mins : maxs)[j - 1] = v;
                } else {
                    return Error{
                        Tr::tr("line %1: unknown row '%2' (expected @weight, @direction, @category, @unit, "
                               "@description, @min, @max, @preference, @q or @p)")
                            .arg(row.line)
                            .arg(label.left(40))};
                }
            }
            continue;
        }
        if (label.isEmpty())
            return Error{Tr::tr("line %1: the option has no name").arg(row.line)};
        if (label.size() > store::kMaxNameLength)
            return Error{Tr::tr("line %1: an option name is longer than %2 characters")
                             .arg(row.line)
                             .arg(store::kMaxNameLength)};
        if (c.optionIndex(label) >= 0 && c.options[c.optionIndex(label)].name == label)
            return Error{Tr::tr("line %1: option '%2' appears twice").arg(row.line).arg(label.left(60))};
        if (c.options.size() >= store::kMaxOptions)
            return Error{Tr::tr("more than %1 options").arg(store::kMaxOptions)};
        Option o;
        o.name = label;
        c.options.append(o);
        QVector<std::optional<double>> rowValues(columns - 1);
        for (int j = 1; j < columns; ++j) {
            const QString cell = row.fields[j];
            if (cell.trimmed().isEmpty())
                continue;
            const auto v = parseNumber(cell, decimalComma);
            if (!v)
                return Error{cellError(row, c.criteria[j - 1].name, cell, Tr::tr("is not a finite number"))};
            rowValues[j - 1] = v;
        }
        values.append(rowValues);
    }
    if (c.options.isEmpty())
        return Error{Tr::tr("no option rows (only a header)")};
    for (int j = 0; j < c.criterionCount(); ++j) {
        if (mins[j] && maxs[j]) {
            if (!(*mins[j] < *maxs[j]))
                return Error{
                    Tr::tr("criterion '%1': @min must be below @max").arg(c.criteria[j].name.left(60))};
            c.criteria[j].scaleMin = mins[j];
            c.criteria[j].scaleMax = maxs[j];
        }
    }
    c.resizeCells();
    for (int i = 0; i < c.optionCount(); ++i) {
        for (int j = 0; j < c.criterionCount(); ++j)
            c.cell(i, j).value = values[i][j];
    }
    for (const QString &problem : store::checkValues(c))
        return Error{problem};
    Profile p;
    p.name = weights.isEmpty() ? Tr::tr("Equal weights") : Tr::tr("CSV weights");
    p.kind = ProfileKind::Custom;
    p.weights = weights.isEmpty() ? c.equalWeights() : weights;
    c.profiles.append(p);
    return c;
}

Expected<Comparison> read(const QString &path)
{
    QFile f;
    if (auto r = openReadableFile(path, f); !r)
        return Error{r.error()};
    if (f.size() > kMaxBytes)
        return Error{Tr::tr("the file is larger than %1 MB").arg(kMaxBytes / (1024 * 1024))};
    return parse(f.read(kMaxBytes + 1), QFileInfo(path).completeBaseName());
}

QString field(const QString &value)
{
    QString v = value;
    // Formula injection: spreadsheets evaluate cells starting with these.
    if (!v.isEmpty() && (v[0] == QLatin1Char('=') || v[0] == QLatin1Char('+') || v[0] == QLatin1Char('-') ||
                         v[0] == QLatin1Char('@') || v[0] == QLatin1Char('\t') || v[0] == QLatin1Char('\r')))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '))) {
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
        anyPreference =
            anyPreference || k.preference != Preference::Usual || k.indifference || k.preferenceThreshold;
    }
    line(header);
    line(weightRow);
    line(directionRow);
    if (anyCategory)
        line(categoryRow);
    if (anyScale) {
        line(minRow);
        line(maxRow);
    }
    if (anyPreference) {
        line(preferenceRow);
        line(qRow);
        line(pRow);
    }
    for (int i = 0; i < c.optionCount(); ++i) {
        QStringList row{field(c.options[i].name)};
        for (int j = 0; j < c.criterionCount(); ++j) {
            const auto v = c.value(i, j);
            row.append(v ? number(*v) : QString());
        }
        line(row);
    }
    return out.toUtf8();
}

} // namespace core::csv

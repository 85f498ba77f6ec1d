#include "core/ahp.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace core::ahp {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ahp)
};

std::optional<double> parseJudgement(QString text)
{
    text = text.trimmed();
    bool ok = false;
    if (const auto slash = text.indexOf(QLatin1Char('/')); slash > 0) {
        const double a = QLocale::c().toDouble(text.left(slash).trimmed(), &ok);
        if (!ok)
            return std::nullopt;
        const double b = QLocale::c().toDouble(text.mid(slash + 1).trimmed(), &ok);
        if (!ok || b == 0.0)
            return std::nullopt;
        return a / b;
    }
    const double v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString fmt(double v)
{
    return QLocale::c().toString(v, 'g', 4);
}
} // namespace

double randomIndex(int n)
{
    static const double table[] = {0.0,  0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32,
                                   1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
    if (n < 0)
        return 0.0;
    if (n < 16)
        return table[n];
    return (1.7699 * n - 4.3513) / (n - 1);
}

QString randomIndexSource(int n)
{
    return n <= 15 ? QStringLiteral("Saaty (1980) random index table")
                   : QStringLiteral("Alonso & Lamata (2006) random index regression");
}

Expected<Analysis> analyse(const QStringList &names, const QVector<QVector<double>> &matrix)
{
    const int n = int(matrix.size());
    if (n < 2)
        return Error{Tr::tr("a pairwise comparison needs at least two items")};
    if (n > kMaxItems)
        return Error{Tr::tr("more than %1 items: too many judgements to make consistently").arg(kMaxItems)};
    if (names.size() != n)
        return Error{Tr::tr("%1 names for a %2 x %2 matrix").arg(names.size()).arg(n)};
    for (int i = 0; i < n; ++i) {
        if (matrix[i].size() != n)
            return Error{
                Tr::tr("row '%1' has %2 values, expected %3").arg(names[i]).arg(matrix[i].size()).arg(n)};
    }
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double a = matrix[i][j];
            if (!std::isfinite(a) || a <= 0.0)
                return Error{
                    Tr::tr("(%1, %2): '%3' is not a positive number").arg(names[i], names[j], fmt(a))};
            if (i == j && std::abs(a - 1.0) > 1e-9)
                return Error{Tr::tr("(%1, %1): an item compared with itself must be 1").arg(names[i])};
            if (a < 1.0 / 9.0 - 1e-9 || a > 9.0 + 1e-9)
                return Error{Tr::tr("(%1, %2) = %3 is outside Saaty's scale 1/9 to 9")
                                 .arg(names[i], names[j], fmt(a))};
            const double product = a * matrix[j][i];
            if (std::abs(product - 1.0) > 0.02)
                return Error{
                    Tr::tr("(%1, %2) = %3 and (%2, %1) = %4 are not reciprocals: the second should be %5 "
                           "(is the matrix transposed or mistyped?)")
                        .arg(names[i], names[j], fmt(a), fmt(matrix[j][i]), fmt(1.0 / a))};
        }
    }

    Analysis out;
    out.names = names;
    out.matrix = matrix;
    // Power iteration converges for positive matrices (Perron-Frobenius).
    QVector<double> w(n, 1.0 / n);
    for (int iteration = 0; iteration < 1000; ++iteration) {
        QVector<double> next(n, 0.0);
        double sum = 0.0;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j)
                next[i] += matrix[i][j] * w[j];
            sum += next[i];
        }
        double change = 0.0;
        for (int i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - w[i]));
        }
        w = next;
        if (change < 1e-14)
            break;
    }
    out.priorities = w;
    double lambda = 0.0;
    for (int i = 0; i < n; ++i) {
        double row = 0.0;
        for (int j = 0; j < n; ++j)
            row += matrix[i][j] * w[j];
        lambda += row / w[i];
    }
    out.lambdaMax = lambda / n;
    out.consistencyIndex = n > 1 ? std::max(0.0, (out.lambdaMax - n) / (n - 1)) : 0.0;
    out.randomIndex = randomIndex(n);
    out.consistencyRatio = out.randomIndex > 0 ? out.consistencyIndex / out.randomIndex : 0.0;

    QVector<Judgement> judgements;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j)
            judgements.append({i, j, matrix[i][j], std::abs(std::log(matrix[i][j] * w[j] / w[i]))});
    }
    std::stable_sort(judgements.begin(), judgements.end(),
                     [](const Judgement &a, const Judgement &b) { return a.deviation > b.deviation; });
    for (const Judgement &j : judgements) {
        if (out.mostInconsistent.size() < 3 && j.deviation > 1e-9)
            out.mostInconsistent.append(j);
    }
    return out;
}

Expected<Analysis> analyseCsv(const QByteArray &data)
{
    // Tolerates a BOM, CRLF, semicolons and quoted cells (names must not
    // contain the separator).
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar sep = text.section(QLatin1Char('\n'), 0, 0).count(QLatin1Char(';')) >
                              text.section(QLatin1Char('\n'), 0, 0).count(QLatin1Char(','))
                          ? QLatin1Char(';')
                          : QLatin1Char(',');
    QVector<QStringList> rows;
    int line = 0;
    QVector<int> lines;
    for (QString raw : text.split(QLatin1Char('\n'))) {
        ++line;
        raw = raw.trimmed();
        if (raw.isEmpty())
            continue;
        QStringList cells = raw.split(sep);
        for (QString &c : cells) {
            c = c.trimmed();
            if (c.size() >= 2 && c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"')))
                c = c.mid(1, c.size() - 2);
        }
        rows.append(cells);
        lines.append(line);
    }
    if (rows.size() < 3)
        return Error{Tr::tr("expected a header and at least two rows")};
    const QStringList header = rows.first().mid(1);
    const int n = int(header.size());
    QStringList names;
    QVector<QVector<std::optional<double>>> cells(n, QVector<std::optional<double>>(n));
    if (rows.size() - 1 != n)
        return Error{Tr::tr("%1 columns but %2 rows: the matrix must be square").arg(n).arg(rows.size() - 1)};
    // Priorities are reported per name: each must be there and be one of a kind.
    for (int j = 0; j < n; ++j) {
        if (header[j].isEmpty())
            return Error{Tr::tr("line %1: column %2 has no name").arg(lines.first()).arg(j + 2)};
        if (header.indexOf(header[j]) != j)
            return Error{Tr::tr("line %1: '%2' is named twice").arg(lines.first()).arg(header[j].left(40))};
    }
    for (int i = 0; i < n; ++i) {
        const QStringList &row = rows[i + 1];
        if (row.size() != n + 1)
            return Error{
                Tr::tr("line %1: %2 fields, expected %3").arg(lines[i + 1]).arg(row.size()).arg(n + 1)};
        if (row.first() != header[i])
            return Error{
                Tr::tr("line %1: row '%2' does not match column '%3' (rows and columns must be in the same "
                       "order)")
                    .arg(lines[i + 1])
                    .arg(row.first().left(40), header[i].left(40))};
        names.append(row.first());
        for (int j = 0; j < n; ++j) {
            if (row[j + 1].isEmpty())
                continue;
            const auto v = parseJudgement(row[j + 1]);
            if (v && (!std::isfinite(*v) || *v <= 0.0))
                return Error{Tr::tr("line %1, column '%2': '%3' is not a positive number")
                                 .arg(lines[i + 1])
                                 .arg(header[j].left(40), row[j + 1].left(20))};
            if (!v)
                return Error{Tr::tr("line %1, column '%2': '%3' is not a number or fraction")
                                 .arg(lines[i + 1])
                                 .arg(header[j].left(40), row[j + 1].left(20))};
            cells[i][j] = v;
        }
    }
    QVector<QVector<double>> matrix(n, QVector<double>(n, 1.0));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i == j)
                matrix[i][j] = cells[i][j].value_or(1.0);
            else if (cells[i][j])
                matrix[i][j] = *cells[i][j];
            else if (cells[j][i] && *cells[j][i] != 0.0)
                matrix[i][j] = 1.0 / *cells[j][i];
            else
                return Error{Tr::tr("(%1, %2) and (%2, %1) are both empty").arg(names[i], names[j])};
        }
    }
    return analyse(names, matrix);
}

} // namespace core::ahp

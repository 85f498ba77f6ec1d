#include "textutil.h"

#include <QLocale>
#include <algorithm>

namespace report {

QString mdEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '\n':
        case '\r':
        case '\t':
            out += QLatin1Char(' ');
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '#':
        case '|':
        case '~':
            out += QLatin1Char('\\');
            out += ch;
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString percent(double share)
{
    return core::VerdictText::percent(share);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

int standing(const Report &r, int option, int criterion)
{
    const int n = int(r.result.normalized.size());
    if (n < 2 || !r.comparison().value(option, criterion))
        return 0;
    double others = 0;
    for (int o = 0; o < n; ++o) {
        if (o != option)
            others += r.result.normalized[o][criterion];
    }
    others /= n - 1;
    const double mine = r.result.normalized[option][criterion];
    const double scale = std::max(1e-9, std::abs(others) + std::abs(mine));
    if (mine - others > 0.05 * scale)
        return 1;
    if (others - mine > 0.05 * scale)
        return -1;
    return 0;
}

QVector<int> citedSources(const core::Comparison &c)
{
    QVector<int> out;
    for (const core::Cell &cell : c.cells) {
        for (const core::Evidence &e : cell.evidence) {
            if (e.source >= 0 && e.source < c.sources.size() && !out.contains(e.source))
                out.append(e.source);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace report

#include "cli/output.h"

#include "cli/cli.h"

#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace cli {

namespace {

QString pad(const QString &s, int width)
{
    return s + QString(std::max(0, width - int(s.size())), QLatin1Char(' '));
}

} // namespace

QString table(const QStringList &header, const QVector<QStringList> &rows)
{
    QVector<int> widths(header.size(), 0);
    for (int i = 0; i < header.size(); ++i)
        widths[i] = int(header[i].size());
    for (const QStringList &r : rows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(r[i].size()));
    }
    QString out;
    auto line = [&](const QStringList &cells) {
        QString l;
        for (int i = 0; i < cells.size(); ++i)
            l += i + 1 < cells.size() ? pad(cells[i], widths[i] + 2) : cells[i];
        out += l + QLatin1Char('\n');
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

std::optional<Failure> checkNotInput(const QString &input, const QString &output)
{
    const QFileInfo in(input), out(output);
    if (in.exists() && out.exists() && in.canonicalFilePath() == out.canonicalFilePath())
        return Failure{UsageError, Tr::tr("the output would overwrite the input"), output};
    return std::nullopt;
}

std::optional<Failure> writeOutput(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Failure{OutputError, Tr::tr("cannot write: %1").arg(f.errorString()), path};
    return std::nullopt;
}

} // namespace cli

#include "cli/output.h"

#include "cli/cli.h"
#include "core/atomicfile.h"
#include "core/store.h"

#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>
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

void writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    if (QIODevice *device = out.device())
        device->write(bytes);
    else
        out << bytes;
}

std::optional<Failure> writeOutput(const QString &path, const QByteArray &bytes)
{
    // A temporary file beside the target, checked, renamed over it: the
    // old file stays whole when anything fails (a full disk says so).
    if (auto written = core::atomicfile::write(path, bytes); !written)
        return Failure{OutputError, Tr::tr("cannot write: %1").arg(written.error()), path};
    return std::nullopt;
}

std::optional<Failure> saveOutput(const QString &path, const QVector<core::Comparison> &comparisons)
{
    if (auto saved = core::store::save(path, comparisons); !saved)
        return Failure{OutputError, Tr::tr("cannot write: %1").arg(saved.error()), path};
    return std::nullopt;
}

} // namespace cli

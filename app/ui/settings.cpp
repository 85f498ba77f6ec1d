#include "ui/settings.h"

#include <QSettings>
#include <algorithm>

namespace ui::settings {

namespace {
// The keys as stored since the first release: renaming one loses users' settings.
const QString kLanguage = QStringLiteral("language");
const QString kTheme = QStringLiteral("theme");
const QString kRecentFiles = QStringLiteral("recentFiles");
const QString kWindowGeometry = QStringLiteral("window/geometry");
} // namespace

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QString theme()
{
    return QSettings().value(kTheme).toString();
}

void setTheme(const QString &key)
{
    QSettings().setValue(kTheme, key);
}

QStringList recentFiles()
{
    QStringList files = QSettings().value(kRecentFiles).toStringList();
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    return files;
}

void setRecentFiles(const QStringList &files)
{
    if (files.isEmpty())
        QSettings().remove(kRecentFiles);
    else
        QSettings().setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

QStringList addRecentFile(const QString &location)
{
    QStringList files = recentFiles();
    files.removeAll(location);
    files.prepend(location);
    setRecentFiles(files);
    return recentFiles();
}

QByteArray windowGeometry()
{
    return QSettings().value(kWindowGeometry).toByteArray();
}

QRect firstStartGeometry(const QRect &available)
{
    if (available.width() < 1440 || available.height() < 900)
        return available;
    const QSize size(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    return QRect(QPoint(), size).translated(available.center() - QRect(QPoint(), size).center());
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kWindowGeometry, geometry);
}

} // namespace ui::settings

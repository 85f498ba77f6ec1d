#pragma once

#include <QByteArray>
#include <QRect>
#include <QString>
#include <QStringList>

namespace ui::settings {

// Every value Tradeoff keeps between runs, typed, with its key in one place
// (settings.cpp).  Passwords and documents are never stored here.

// The interface language ("" follows the system).
QString language();
void setLanguage(const QString &code);

// The theme's key (ui/theme.h turns it into a Theme).
QString theme();
void setTheme(const QString &key);

// Most recent first, at most kMaxRecentFiles.
inline constexpr int kMaxRecentFiles = 8;
QStringList recentFiles();
void setRecentFiles(const QStringList &files);
// Puts `location` first, dropping older entries beyond the limit.
QStringList addRecentFile(const QString &location);

QByteArray windowGeometry();
// Where the window opens when no geometry is saved: large enough for the
// matrix's option columns and readable charts (the layout's own size hint is
// far smaller), and the whole of a laptop's screen, where a window that size
// would not fit anyway.  A geometry, not the maximised state, which a later
// resize (--screenshot --size) would not undo.
QRect firstStartGeometry(const QRect &availableScreen);
void setWindowGeometry(const QByteArray &geometry);

} // namespace ui::settings

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QMenu;
class QWidget;

namespace ui {

// The window's colours.  "System" follows the desktop (light or dark);
// the others use the Fusion style with a palette of their own.  Option
// colours do not change with the theme: an option looks the same in every
// chart, report and theme.
enum class Theme
{
    System,
    Light,
    Dark,
    HighContrast
};

QString themeKey(Theme theme); // "system", "light", "dark", "high-contrast"
std::optional<Theme> themeFromKey(const QString &key);
QStringList themeKeys();
QString themeName(Theme theme); // translated, for the View menu

// Applies a theme to the whole application (call after QApplication exists).
void applyTheme(Theme theme);
Theme currentTheme();
Theme savedTheme();
void saveTheme(Theme theme);

// View > Theme: one checkable entry per theme; picking one applies and saves it.
QMenu *createThemeMenu(QWidget *parent);

} // namespace ui

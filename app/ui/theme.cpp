#include "ui/theme.h"

#include "core/keytable.h"
#include "ui/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace ui {

namespace {
const std::pair<Theme, const char *> kThemes[] = {{Theme::System, "system"},
                                                  {Theme::Light, "light"},
                                                  {Theme::Dark, "dark"},
                                                  {Theme::HighContrast, "high-contrast"}};
Theme g_current = Theme::System;

struct Initial
{
    QPalette palette;
    QString style;
};
// The desktop's own look, captured before any theme replaces it.
const Initial &initial()
{
    static const Initial i{QApplication::palette(), QApplication::style()->name()};
    return i;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x21), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x44, 0x22));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x48));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// White on black, yellow for what has focus or is selected: the contrast
// ratios stay above 7:1 (WCAG AAA).
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xeb, 0x3b);
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ToolTipBase, black);
    p.setColor(QPalette::ToolTipText, yellow);
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, black);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Dark, white);
    p.setColor(QPalette::Shadow, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0xc1, 0x07));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}
} // namespace

QString themeKey(Theme theme)
{
    return core::keyName(theme, kThemes);
}

std::optional<Theme> themeFromKey(const QString &key)
{
    return core::keyLookup(key, kThemes);
}

QStringList themeKeys()
{
    QStringList keys;
    for (const auto &[theme, key] : kThemes)
        keys.append(QString::fromLatin1(key));
    return keys;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QCoreApplication::translate("ui::Theme", "Follow the Desktop");
    case Theme::Light:
        return QCoreApplication::translate("ui::Theme", "Light");
    case Theme::Dark:
        return QCoreApplication::translate("ui::Theme", "Dark");
    case Theme::HighContrast:
        return QCoreApplication::translate("ui::Theme", "High Contrast");
    }
    return {};
}

void applyTheme(Theme theme)
{
    const Initial &desktop = initial();
    g_current = theme;
    // Fusion draws groove and handle outlines a shade darker than the window,
    // which vanishes on black: high contrast draws sliders itself.
    qApp->setStyleSheet(
        theme == Theme::HighContrast
            ? QStringLiteral("QSlider::groove:horizontal { border: 1px solid white; height: 6px; "
                             "background: #333333; }"
                             "QSlider::sub-page:horizontal { background: #ffeb3b; }"
                             "QSlider::handle:horizontal { background: #ffeb3b; border: 2px "
                             "solid white; width: 12px; margin: -6px 0; }")
            : QString());
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(desktop.style));
        QApplication::setPalette(desktop.palette);
        return;
    }
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    switch (theme) {
    case Theme::Light:
        QApplication::setPalette(fusion->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::HighContrast:
        QApplication::setPalette(highContrastPalette());
        break;
    case Theme::System:
        break;
    }
}

Theme currentTheme()
{
    return g_current;
}

Theme savedTheme()
{
    return themeFromKey(settings::theme()).value_or(Theme::System);
}

void saveTheme(Theme theme)
{
    settings::setTheme(themeKey(theme));
}

QMenu *createThemeMenu(QWidget *parent)
{
    auto *themes = new QMenu(QCoreApplication::translate("ui::MainWindow", "&Theme"), parent);
    auto *group = new QActionGroup(themes);
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast}) {
        QAction *a = themes->addAction(themeName(theme));
        a->setCheckable(true);
        a->setChecked(theme == currentTheme());
        a->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, themes, [theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }
    return themes;
}

} // namespace ui

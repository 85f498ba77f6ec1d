#include "ui/language.h"

#include "ui/autosave.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace ui {

QVector<Language> languages()
{
    return {{QString(), QString()},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

void applyLanguage(const QString &code)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    static const QLocale system = QLocale::system();
    const QLocale locale = code.isEmpty() ? system : QLocale(code);
    QLocale::setDefault(locale);
    for (auto *t : {own.get(), qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    own = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    if (own->load(locale, QStringLiteral("tradeoff"), QStringLiteral("_"), QStringLiteral(":/tradeoff/i18n")))
        QCoreApplication::installTranslator(own.get());
}

WindowHost::WindowHost()
{
    adopt(new MainWindow);
}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::adopt(MainWindow *window)
{
    m_window = window;
    connect(window, &MainWindow::languageRequested, this, &WindowHost::switchLanguage);
}

void WindowHost::switchLanguage(const QString &code)
{
    MainWindow *old = m_window;
    const MainWindow::State state = old->state();
    const bool visible = old->isVisible();
    // The new window keeps the recovery copy of unsaved work from now on.
    old->autosave()->discard();
    applyLanguage(code);
    adopt(new MainWindow);
    m_window->setInteractive(old->isInteractive());
    m_window->restore(state);
    if (visible)
        m_window->show();
    old->hide();
    // The old window may be inside its own menu's signal right now.
    old->deleteLater();
    Q_EMIT windowReplaced(m_window);
}

} // namespace ui

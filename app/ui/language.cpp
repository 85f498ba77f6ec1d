#include "ui/language.h"

#include "ui/analysispanel.h"
#include "ui/autosave.h"
#include "ui/documentcontroller.h"
#include "ui/engineselector.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QTranslator>
#include <algorithm>
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

bool isShipped(const QString &code)
{
    const QLocale::Language asked = QLocale(code).language();
    const QStringList codes = shippedCodes();
    return std::any_of(codes.cbegin(), codes.cend(), [&](const QString &shipped) {
        return shipped == code || (asked != QLocale::C && asked == QLocale(shipped).language());
    });
}

QStringList shippedCodes()
{
    QStringList codes;
    for (const Language &l : languages()) {
        if (!l.code.isEmpty())
            codes.append(l.code);
    }
    return codes;
}

QString savedLanguage()
{
    return settings::language();
}

void saveLanguage(const QString &code)
{
    settings::setLanguage(code);
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
    if (loadOwnTranslation(*own, locale))
        QCoreApplication::installTranslator(own.get());
}

bool loadOwnTranslation(QTranslator &translator, const QLocale &locale)
{
    // A language Tradeoff does not ship shows the English texts, with
    // English plurals ("1 score", not "1 score(s)").
    return translator.load(locale, QStringLiteral("tradeoff"), QStringLiteral("_"),
                           QStringLiteral(":/tradeoff/i18n")) ||
           translator.load(QStringLiteral(":/tradeoff/i18n/tradeoff_en.qm"));
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

QMenu *createLanguageMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("ui::MainWindow", "&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = savedLanguage();
    for (const Language &l : languages()) {
        QAction *a = menu->addAction(
            l.code.isEmpty() ? QCoreApplication::translate("ui::MainWindow", "System Default") : l.native);
        a->setCheckable(true);
        a->setChecked(l.code == current);
        a->setData(l.code);
        group->addAction(a);
    }
    return menu;
}

struct WindowHost::State
{
    QVector<core::Comparison> comparisons;
    DocumentController::State document;
    int comparison = -1;
    int profile = -1;
    QVector<double> weights;
    core::EngineOptions options;
    QByteArray geometry;
    int tab = 0;
    bool modified = false;
    bool readOnly = false;
};

WindowHost::State WindowHost::capture(const MainWindow &w)
{
    const Session *session = w.session();
    State s;
    s.comparisons = session->comparisons();
    s.document = w.document()->state();
    s.comparison = session->comparisonIndex();
    s.profile = session->profileIndex();
    s.weights = session->weights();
    s.options = session->engineOptions();
    s.geometry = w.saveGeometry();
    s.tab = w.analysisPanel()->currentIndex();
    s.modified = session->isModified();
    s.readOnly = session->isReadOnly();
    return s;
}

void WindowHost::restore(MainWindow &w, const State &s)
{
    Session *session = w.session();
    session->setComparisons(s.comparisons, s.document.location);
    if (s.comparison >= 0)
        session->selectComparison(s.comparison);
    if (s.profile >= 0)
        session->selectProfile(s.profile);
    session->setWeights(s.weights);
    w.engineSelector()->setOptions(s.options);
    session->setEngineOptions(s.options);
    session->flush();
    w.analysisPanel()->setCurrentIndex(s.tab);
    w.restoreGeometry(s.geometry);
    session->setReadOnly(s.readOnly);
    w.document()->adopt(s.document, s.modified);
}

void WindowHost::switchLanguage(const QString &code)
{
    MainWindow *old = m_window;
    const State state = capture(*old);
    const bool visible = old->isVisible();
    // The new window keeps the recovery copy of unsaved work from now on.
    old->document()->autosave()->discard();
    applyLanguage(code);
    adopt(new MainWindow);
    m_window->setPrompts(old->sharedPrompts());
    restore(*m_window, state);
    if (visible)
        m_window->show();
    old->hide();
    // The old window may be inside its own menu's signal right now.
    old->deleteLater();
    Q_EMIT windowReplaced(m_window);
}

} // namespace ui

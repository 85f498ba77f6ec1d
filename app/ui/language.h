#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QMenu;
class QTranslator;
class QWidget;

namespace ui {

// Interface languages shipped with Tradeoff (translations/tradeoff_*.ts).
struct Language
{
    QString code;   // "" follows the system, else "en", "de", "fr", "es"
    QString native; // the language's name in itself, never translated
};
QVector<Language> languages();

// Whether `code` is a shipped language's code or a locale of one ("de",
// "de_AT", "fr_CA"), and the shipped codes, for a message when it is not.
bool isShipped(const QString &code);
QStringList shippedCodes();

// The saved choice ("" = follow the system).
QString savedLanguage();
void saveLanguage(const QString &code);

// Makes `code` the language of everything created from now on: the default
// QLocale (numbers, percentages, dates) and the installed translators (ours
// and Qt's own).  Replaces the previously installed ones.
void applyLanguage(const QString &code);

// Loads Tradeoff's translation for `locale` into `translator`; for a
// language not shipped, the English plural forms.  False if neither loads.
bool loadOwnTranslation(QTranslator &translator, const QLocale &locale);

class MainWindow;

// The Language menu: each language in its own name (the menu must be usable
// by someone who cannot read the current one), the saved choice checked.
// Each action's data is the language code.
QMenu *createLanguageMenu(QWidget *parent);

// Owns the main window and rebuilds it when the user picks another language:
// every widget is created again with the new translations while the
// document, weights and options carry over (simpler and more complete than
// retranslating each widget by hand).
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost();
    ~WindowHost() override;
    MainWindow *window() const { return m_window; }
    void switchLanguage(const QString &code);

    // What a window shows, so its replacement in another language carries on.
    struct State;
    static State capture(const MainWindow &window);
    static void restore(MainWindow &window, const State &state);

Q_SIGNALS:
    void windowReplaced(MainWindow *window);

private:
    void adopt(MainWindow *window);
    MainWindow *m_window = nullptr;
};

} // namespace ui

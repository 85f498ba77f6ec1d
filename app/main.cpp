#include "cli/cli.h"
#include "core/atomicfile.h"
#include "ui/analysispanel.h"
#include "ui/documentcontroller.h"
#include "ui/editor/comparisoneditor.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/presentationview.h"
#include "ui/prompts.h"
#include "ui/startuptrace.h"
#include "ui/theme.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDevice>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>

namespace {

using ui::startupMark;

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

// Where `--language CODE` stands (the last one wins), -1 when absent: the
// one reading of the option, for the headless commands and the window.
qsizetype languageOptionAt(const QStringList &args)
{
    for (qsizetype i = args.size() - 2; i >= 1; --i) {
        if (args[i] == QLatin1String("--language"))
            return i;
    }
    return -1;
}

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (ui::loadOwnTranslation(*own, locale))
        QCoreApplication::installTranslator(own);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tradeoff"));
    QCoreApplication::setApplicationName(QStringLiteral("tradeoff"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADEOFF_VERSION));
}

// Headless commands keep stderr for their one-line errors: Qt's own
// warnings (runtime folder, platform plugin notes) are dropped there.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << "tradeoff: " << message << Qt::endl;
}

// Whether what a command wrote to standard output arrived: a full disk or a
// closed descriptor behind it is a failed write, said in one line (exit
// code 3), not a silent success with the matrix or the report lost.  (A
// closed pipe ends the process with SIGPIPE first, as for any Unix tool.)
bool standardOutputArrived(QTextStream &out, QTextStream &err)
{
    errno = 0;
    out.flush();
    // Some commands write their bytes to the device itself (writeBytes).
    auto *device = qobject_cast<QFileDevice *>(out.device());
    if (device)
        device->flush();
    const int flushError = std::fflush(stdout) == 0 && !std::ferror(stdout) ? 0 : (errno != 0 ? errno : EIO);
    if (out.status() == QTextStream::Ok && flushError == 0 &&
        (!device || device->error() == QFileDevice::NoError))
        return true;
    // Qt reports a full disk as a resource error (ENOSPC).
    const QString reason = device && device->error() == QFileDevice::ResourceError
                               ? core::atomicfile::errorText(ENOSPC)
                           : device && device->error() != QFileDevice::NoError
                               ? device->errorString()
                               : core::atomicfile::errorText(flushError != 0 ? flushError : EIO);
    err << "tradeoff: " << QObject::tr("cannot write to standard output: %1").arg(reason) << Qt::endl;
    return false;
}

int runGui(int argc, char **argv, const std::optional<QString> &languageCode)
{
    // Without a display, --screenshot still works (offscreen); opening a
    // window nobody can see would only hang, so say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        bool screenshot = false;
        for (int i = 1; i < argc; ++i)
            screenshot = screenshot || qstrcmp(argv[i], "--screenshot") == 0;
        if (!screenshot) {
            QTextStream(stderr)
                << "tradeoff: no display (DISPLAY and WAYLAND_DISPLAY are unset). Run it in a desktop "
                   "session or under xvfb-run, save the window with --screenshot OUT.png, or use a "
                   "headless command (tradeoff --help)."
                << Qt::endl;
            return cli::UsageError;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    startupMark("application");
    setIdentity();
    // --language wins; otherwise the language chosen in the menu, else the system's.
    ui::applyLanguage(languageCode.value_or(ui::savedLanguage()));
    startupMark("language");
    QApplication::setApplicationDisplayName(QObject::tr("Tradeoff"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tradeoff.Tradeoff"));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QObject::tr("A Tradeoff file or CSV decision matrix."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QObject::tr("Save the window to a PNG and exit."),
                                  QStringLiteral("out.png"));
    QCommandLineOption size(QStringLiteral("size"), QObject::tr("Window size for the screenshot."),
                            QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    QCommandLineOption fontScale(QStringLiteral("font-scale"), QObject::tr("Scale every font (e.g. 1.5)."),
                                 QStringLiteral("factor"));
    QCommandLineOption language(QStringLiteral("language"), QObject::tr("Interface language (e.g. de)."),
                                QStringLiteral("code"));
    QCommandLineOption profile(QStringLiteral("profile"), QObject::tr("Weight profile to start with."),
                               QStringLiteral("name"));
    QCommandLineOption comparison(QStringLiteral("comparison"), QObject::tr("Comparison to start with."),
                                  QStringLiteral("name"));
    QCommandLineOption tab(
        QStringLiteral("tab"),
        QObject::tr(
            "Analysis tab to show: evidence, sensitivity, acceptability, methods, code, stakeholders or "
            "snapshots."),
        QStringLiteral("name"));
    QCommandLineOption editor(
        QStringLiteral("editor"),
        QObject::tr("Open the comparison editor on a page: comparison, options, criteria, profiles, sources, "
                    "tasks or decision."),
        QStringLiteral("page"));
    QCommandLineOption theme(
        QStringLiteral("theme"),
        QObject::tr("Colours: system, light, dark or high-contrast (saved for next time)."),
        QStringLiteral("name"));
    QCommandLineOption present(QStringLiteral("present"),
                               QObject::tr("Start in presentation mode (with --screenshot: grab it)."));
    parser.addOptions(
        {screenshot, size, fontScale, language, profile, comparison, tab, editor, theme, present});
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << "tradeoff: " << parser.errorText() << Qt::endl;
        return cli::UsageError;
    }
    if (parser.isSet(fontScale)) {
        bool ok = false;
        const double scale = parser.value(fontScale).toDouble(&ok);
        if (ok && scale > 0.3 && scale < 5) {
            QFont f = QApplication::font();
            f.setPointSizeF(f.pointSizeF() * scale);
            QApplication::setFont(f);
        }
    }

    if (parser.isSet(theme)) {
        const auto chosen = ui::themeFromKey(parser.value(theme));
        if (!chosen) {
            QTextStream(stderr) << "tradeoff: "
                                << QObject::tr("unknown theme '%1' (use %2)")
                                       .arg(parser.value(theme), ui::themeKeys().join(QLatin1String(", ")))
                                << Qt::endl;
            return cli::UsageError;
        }
        ui::applyTheme(*chosen);
        if (!parser.isSet(screenshot))
            ui::saveTheme(*chosen);
    } else {
        ui::applyTheme(ui::savedTheme());
    }

    if (parser.isSet(screenshot)) {
        // Where the picture cannot go is said before the window is built.
        const QString out = parser.value(screenshot);
        if (auto target = core::atomicfile::target(out); !target) {
            QTextStream(stderr) << out << ": " << QObject::tr("cannot write the screenshot") << ": "
                                << target.error() << Qt::endl;
            return cli::OutputError;
        }
    }
    startupMark("options");
    ui::WindowHost host;
    ui::MainWindow &window = *host.window();
    startupMark("window");
    const bool grabbing = parser.isSet(screenshot);
    if (grabbing)
        window.setPrompts(std::make_shared<ui::UnattendedPrompts>());
    const QStringList files = parser.positionalArguments();
    bool opened = files.isEmpty() ? window.document()->openBundled() : window.document()->open(files.first());
    if (!opened && grabbing) {
        // The window names the file by its name; the line names it as
        // given, as commands do.
        const QString why = files.isEmpty() ? QString() : window.document()->openError(files.first());
        QTextStream(stderr) << (why.isEmpty() ? window.document()->lastError() : why) << Qt::endl;
        return cli::InputError;
    }
    startupMark("opened");
    if (parser.isSet(comparison)) {
        for (int i = 0; i < window.session()->comparisons().size(); ++i) {
            if (window.session()->comparisons()[i].name == parser.value(comparison))
                window.session()->selectComparison(i);
        }
    }
    if (parser.isSet(profile)) {
        const int p = window.session()->comparison().profileIndex(parser.value(profile));
        if (p >= 0)
            window.session()->selectProfile(p);
    }

    if (parser.isSet(tab)) {
        const auto index = ui::AnalysisPanel::tabFromKey(parser.value(tab));
        if (!index) {
            QTextStream(stderr) << "tradeoff: " << QObject::tr("unknown tab '%1'").arg(parser.value(tab))
                                << Qt::endl;
            return cli::UsageError;
        }
        window.analysisPanel()->setCurrentIndex(*index);
        if (*index == ui::AnalysisPanel::AcceptabilityTab && grabbing) {
            QEventLoop wait;
            QObject::connect(window.session(), &ui::Session::acceptabilityFinished, &wait, &QEventLoop::quit);
            window.analysisPanel()->runButton()->click();
            wait.exec();
        }
    }
    if (parser.isSet(editor)) {
        const auto page = ui::ComparisonEditor::tabFromKey(parser.value(editor));
        if (!page) {
            QTextStream(stderr) << "tradeoff: "
                                << QObject::tr("unknown editor page '%1'").arg(parser.value(editor))
                                << Qt::endl;
            return cli::UsageError;
        }
        window.comparisonEditor()->showTab(*page);
        window.editorDock()->show();
    }
    if (grabbing) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt();
        const int h = wh.value(1).toInt();
        window.resize(w > 200 ? w : 1600, h > 200 ? h : 1000);
        window.show();
        window.session()->flush();
        startupMark("shown");
        QWidget *shown = &window;
        if (parser.isSet(present)) {
            window.present();
            shown = window.presentationView();
            shown->showNormal();
            shown->resize(window.size());
        }
        const QString out = parser.value(screenshot);
        int code = 0;
        // The first complete state, without waiting a fixed time: the events
        // that showing posts (layouts, the charts' geometry updates) are
        // handled, then the window is drawn once, into the picture.  The
        // window system's expose is left alone: handling it would paint the
        // whole window into its backing store first, a second painting that
        // the picture does not use.
        for (int round = 0; round < 3; ++round)
            QCoreApplication::sendPostedEvents();
        startupMark("laid out");
        const QPixmap picture = shown->grab();
        startupMark("painted");
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        // zlib's fastest level (Qt maps quality 80 to level 1): the encoding
        // was a quarter of start-up at the default level.
        if (!picture.save(&buffer, "PNG", 80)) {
            QTextStream(stderr) << out << ": " << QObject::tr("cannot write the screenshot") << Qt::endl;
            code = cli::OutputError;
        } else if (auto written = core::atomicfile::write(out, png); !written) {
            QTextStream(stderr) << out << ": " << QObject::tr("cannot write the screenshot") << ": "
                                << written.error() << Qt::endl;
            code = cli::OutputError;
        }
        startupMark("saved");
        // The picture is written and nothing of the window is kept (settings
        // are not saved from a screenshot run): the teardown of the window
        // and the application, several per cent of such a run, is skipped.
        std::fflush(nullptr);
        std::_Exit(code);
    }
    // Only a window on a desktop shows the icon (a screenshot holds the
    // window's contents): loading it takes the SVG icon engine and image
    // plugins, which the screenshot run does without.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tradeoff/icons/tradeoff.svg")));
    window.show();
    if (parser.isSet(present))
        window.present();
    // Work a crashed session left behind is offered back once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.document()->offerRecovery(); });
    // `window` may be replaced (Language menu) while the loop runs.
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    ui::startupClockStart();
    const QStringList args = rawArguments(argc, argv);
    // --language before the application object exists, so both the CLI and
    // the window start in that language.
    std::optional<QString> language;
    // What decides between a command and the window, without --language
    // (`tradeoff --language de score x.csv` is the command).
    QStringList commandArgs = args;
    if (const qsizetype at = languageOptionAt(args); at > 0) {
        language = args[at + 1];
        commandArgs.remove(at, 2);
        if (!ui::isShipped(*language)) {
            std::fprintf(stderr, "tradeoff: unknown language '%s' (expected %s)\n",
                         qPrintable(language->left(40)),
                         qPrintable(ui::shippedCodes().join(QLatin1String(", "))));
            return 1;
        }
        QLocale::setDefault(QLocale(*language));
    }
    if (cli::isHeadless(commandArgs)) {
        qInstallMessageHandler(quietMessages);
        // Reports paint charts and text (fonts need a QGuiApplication); with
        // no display they render through the offscreen platform.
        const bool painting = cli::paints(commandArgs);
        if (painting && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app(painting ? new QGuiApplication(argc, argv)
                                                       : new QCoreApplication(argc, argv));
        setIdentity();
        installTranslators(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        // --language is handled above for every mode; the commands never see it.
        QStringList arguments = QCoreApplication::arguments();
        if (const qsizetype at = languageOptionAt(arguments); at > 0)
            arguments.remove(at, 2);
        const int code = cli::run(arguments, out, err);
        return standardOutputArrived(out, err) ? code : (code == 0 ? cli::OutputError : code);
    }
    // A screenshot run's stderr holds its error alone: Qt's notes (runtime
    // folder, offscreen platform) are dropped from the start.
    if (commandArgs.contains(QLatin1String("--screenshot")))
        qInstallMessageHandler(quietMessages);
    return runGui(argc, argv, language);
}

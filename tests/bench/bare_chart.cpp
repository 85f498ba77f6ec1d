// The yardstick for start-up: the least a Qt Charts window can do.  A main
// window with one chart view (a bar series), shown, painted once, grabbed to
// a PNG, exit.  bench_startup runs it beside `tradeoff --screenshot`.
//
//   bare_chart OUT.png [WxH]
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTextStream>
#include <QValueAxis>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bare_chart OUT.png [WxH]" << Qt::endl;
        return 1;
    }
    const QStringList wh = args.value(2, QStringLiteral("1000x500")).split(QLatin1Char('x'));

    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Ranking"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QBarSeries;
    auto *set = new QBarSet(QStringLiteral("Score"));
    *set << 0.71 << 0.64 << 0.52 << 0.48;
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(
        {QStringLiteral("Node.js"), QStringLiteral("Python"), QStringLiteral("Go"), QStringLiteral("Java")});
    auto *values = new QValueAxis;
    values->setRange(0, 1);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    // The same sequence `tradeoff --screenshot` uses: the posted events of
    // showing handled (not the window system's expose, which would paint
    // the window a first time), then one paint into the grab.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents();
    // The PNG settings `tradeoff --screenshot` uses (quality 80, zlib's
    // fastest level), so that the two encode alike.
    const bool saved = window.grab().save(args[1], "PNG", 80);
    if (qEnvironmentVariableIsSet("TRADEOFF_STARTUP_TRACE"))
        QTextStream(stderr) << "startup: saved " << sinceMain.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    return saved ? 0 : 1;
}

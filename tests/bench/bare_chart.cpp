// The yardstick for start-up: the least a Qt Charts window can do.  A main
// window with one chart view (a bar series), shown, painted once, grabbed to
// a PNG, exit.  bench_startup runs it beside `tradeoff --screenshot`.
//
//   bare_chart OUT.png [WxH]
#include "paintonce.h"

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
    return paintOnceAndSave(window, args.value(2, QStringLiteral("1000x500")), args[1], sinceMain);
}

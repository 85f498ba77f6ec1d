// The floor under start-up: the content of Tradeoff's first frame built with
// plain Qt and nothing of Tradeoff's (no database, no engine, no session, no
// own widgets), shown, painted once, grabbed to a PNG, exit, exactly as
// bare_chart does.  Menus, two tool bars of combo boxes, 17 weight rows
// (label, slider, spin box, share), a rich-text verdict, the three charts
// (ranking bars, stacked contributions with a legend, a radar), the score
// matrix as a table and the evidence tabs, filled with fixed numbers.
//
// bench_startup runs it beside bare_chart and `tradeoff --screenshot`: if
// this program alone is over the 1.3x budget, the budget cannot be met by
// any window that shows this content with Qt Widgets and Qt Charts, and
// what Tradeoff spends beyond it is its own.  With --charts-only the window
// holds the three charts and nothing else: what three Qt Charts views cost
// against bare_chart's one.
//
//   plain_window OUT.png [WxH] [--charts-only]
#include "paintonce.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPolarChart>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextStream>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>
#include <array>

namespace {

struct Criterion
{
    const char *name;
    const char *group;
    double node;
    double python;
};

// The bundled comparison's criteria and scores (out of 10), fixed here.
constexpr std::array<Criterion, 17> kCriteria{{
    {"I/O-bound performance", "Performance", 9, 6},
    {"CPU-bound performance", "Performance", 5, 6},
    {"Memory use", "Performance", 6, 4},
    {"Concurrency model", "Performance", 9, 5},
    {"Scalability", "Performance", 8, 6},
    {"Package ecosystem", "Ecosystem", 9, 8},
    {"Web frameworks", "Ecosystem", 8, 8},
    {"Data & ML libraries", "Ecosystem", 3, 10},
    {"Community & hiring", "Ecosystem", 8, 9},
    {"Learning curve", "People", 6, 9},
    {"Team expertise", "People", 0, 0},
    {"Tooling & debugging", "People", 6, 7},
    {"Full-stack JavaScript", "Use case", 10, 2},
    {"Real-time suitability", "Use case", 9, 4},
    {"Data processing", "Use case", 5, 9},
    {"Automation & scripting", "Use case", 5, 9},
    {"Rapid prototyping", "Use case", 7, 8},
}};

QComboBox *combo(const QStringList &items)
{
    auto *box = new QComboBox;
    box->addItems(items);
    return box;
}

QWidget *weights()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    QGroupBox *group = nullptr;
    QFormLayout *rows = nullptr;
    for (const Criterion &c : kCriteria) {
        if (!group || group->title() != QLatin1String(c.group)) {
            group = new QGroupBox(QString::fromUtf8(c.group));
            rows = new QFormLayout(group);
            layout->addWidget(group);
        }
        auto *row = new QWidget;
        auto *line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setRange(0, 1000);
        slider->setValue(100);
        auto *spin = new QDoubleSpinBox;
        spin->setRange(0, 10);
        spin->setValue(1);
        line->addWidget(slider, 1);
        line->addWidget(spin);
        line->addWidget(new QLabel(QStringLiteral("5.9%")));
        rows->addRow(new QLabel(QString::fromUtf8(c.name)));
        rows->addRow(row);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(column);
    scroll->setWidgetResizable(true);
    return scroll;
}

QChartView *view(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *v = new QChartView(chart);
    v->setRenderHint(QPainter::Antialiasing);
    return v;
}

// Horizontal bars: the options down the left, the score 0 to 1 along the bottom.
void addBarAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &options)
{
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(options);
    auto *values = new QValueAxis;
    values->setRange(0, 1);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
}

QChartView *ranking()
{
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Ranking"));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(QStringLiteral("Score"));
    *set << 0.647 << 0.665;
    series->append(set);
    addBarAxes(chart, series, {QStringLiteral("2. Python"), QStringLiteral("1. Node.js")});
    chart->legend()->hide();
    return view(chart);
}

QChartView *contributions()
{
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Contribution of each criterion"));
    auto *series = new QHorizontalStackedBarSeries;
    for (const Criterion &c : kCriteria) {
        auto *set = new QBarSet(QString::fromUtf8(c.name));
        *set << c.python / 170 << c.node / 170;
        series->append(set);
    }
    addBarAxes(chart, series, {QStringLiteral("Python"), QStringLiteral("Node.js")});
    chart->legend()->setAlignment(Qt::AlignRight);
    return view(chart);
}

QChartView *radar()
{
    auto *chart = new QPolarChart;
    chart->setTitle(QStringLiteral("Scores (normalised)"));
    auto *angles = new QValueAxis;
    angles->setRange(0, int(kCriteria.size()));
    angles->setLabelsVisible(false);
    angles->setTickCount(int(kCriteria.size()) + 1);
    auto *radius = new QValueAxis;
    radius->setRange(0, 10);
    radius->setLabelsVisible(false);
    chart->addAxis(angles, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radius, QPolarChart::PolarOrientationRadial);
    for (int option = 0; option < 2; ++option) {
        auto *line = new QLineSeries;
        line->setName(option ? QStringLiteral("Python") : QStringLiteral("Node.js"));
        for (int i = 0; i <= int(kCriteria.size()); ++i) {
            const Criterion &c = kCriteria[size_t(i) % kCriteria.size()];
            line->append(i, option ? c.python : c.node);
        }
        chart->addSeries(line);
        line->attachAxis(angles);
        line->attachAxis(radius);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return view(chart);
}

QWidget *matrix()
{
    auto *model = new QStandardItemModel(int(kCriteria.size()), 3);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Weight"), QStringLiteral("Node.js"), QStringLiteral("Python")});
    for (int row = 0; row < int(kCriteria.size()); ++row) {
        const Criterion &c = kCriteria[size_t(row)];
        model->setVerticalHeaderItem(row, new QStandardItem(QString::fromUtf8(c.name)));
        model->setItem(row, 0, new QStandardItem(QStringLiteral("5.9%")));
        model->setItem(row, 1, new QStandardItem(QString::number(c.node)));
        model->setItem(row, 2, new QStandardItem(QString::number(c.python)));
        model->item(row, 1)->setBackground(QColor(c.node >= c.python ? 0xb8e6a0 : 0xf5e6a0));
        model->item(row, 2)->setBackground(QColor(c.python >= c.node ? 0xb8e6a0 : 0xf5e6a0));
    }
    auto *table = new QTableView;
    table->setModel(model);
    table->resizeColumnsToContents();
    return table;
}

QWidget *verdict()
{
    auto *text = new QTextBrowser;
    text->setHtml(QStringLiteral(
        "<p><b>Node.js ranks first with 0.665, ahead of Python (0.647) by 2.7%.</b></p><ul>"
        "<li>Driven by Full-stack JavaScript, Real-time suitability, Concurrency model.</li>"
        "<li>Python leads on Data &amp; ML libraries, Automation &amp; scripting, Data processing.</li>"
        "<li>Python would win if Full-stack JavaScript weighed less than 3.8% (now 5.9%).</li>"
        "<li>Python would win if Data &amp; ML libraries weighed more than 8.2% (now 5.9%).</li>"
        "<li>Fragile: a small change of weights changes the winner.</li>"
        "<li>The method decides: PROMETHEE II ranks Python first.</li></ul>"));
    return text;
}

// Everything of the first frame: menus, tool bars, weights, verdict, charts,
// matrix and evidence tabs.
void fill(QMainWindow &window)
{
    for (const char *menu : {"File", "Edit", "Comparison", "View", "Tools", "Language", "Help"}) {
        QMenu *m = window.menuBar()->addMenu(QString::fromLatin1(menu));
        m->addAction(QStringLiteral("Open…"));
        m->addAction(QStringLiteral("Save"));
    }
    QToolBar *top = window.addToolBar(QStringLiteral("Comparison"));
    top->addWidget(new QLabel(QStringLiteral("Comparison:")));
    top->addWidget(combo({QStringLiteral("Node.js vs Python (backend)")}));
    top->addWidget(new QLabel(QStringLiteral("Profile:")));
    top->addWidget(
        combo({QStringLiteral("Balanced"), QStringLiteral("Real-time app"), QStringLiteral("ML pipeline")}));
    top->addWidget(new QPushButton(QStringLiteral("Reset weights")));
    top->addWidget(new QLabel(QStringLiteral("Decision: Proposed")));
    window.addToolBarBreak();
    QToolBar *method = window.addToolBar(QStringLiteral("Method"));
    method->addWidget(new QLabel(QStringLiteral("Method:")));
    method->addWidget(combo(
        {QStringLiteral("Weighted sum"), QStringLiteral("Weighted product"), QStringLiteral("TOPSIS")}));
    method->addWidget(new QLabel(QStringLiteral("Normalisation:")));
    method->addWidget(
        combo({QStringLiteral("Rating scale"), QStringLiteral("Min–max"), QStringLiteral("Vector")}));
    method->addWidget(new QLabel(QStringLiteral("Missing scores:")));
    method->addWidget(
        combo({QStringLiteral("Worst value"), QStringLiteral("Neutral"), QStringLiteral("Skip")}));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLabel(QStringLiteral("Every criterion weighs the same.")));
    leftLayout->addWidget(weights(), 1);

    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(ranking());
    charts->addWidget(contributions());
    charts->addWidget(radar());
    charts->setSizes({1, 1, 1});
    auto *tabs = new QTabWidget;
    tabs->addTab(new QLabel(QStringLiteral("Click a score in the matrix to read its rationale.")),
                 QStringLiteral("Evidence"));
    tabs->addTab(new QWidget, QStringLiteral("Sensitivity"));
    tabs->addTab(new QWidget, QStringLiteral("Acceptability"));
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(matrix());
    bottom->addWidget(tabs);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(verdict());
    right->addWidget(charts);
    right->addWidget(bottom);
    right->setSizes({110, 170, 130});
    auto *main = new QSplitter(Qt::Horizontal);
    main->addWidget(left);
    main->addWidget(right);
    main->setSizes({300, 700});
    window.setCentralWidget(main);
    window.statusBar()->showMessage(QStringLiteral("Opened the bundled comparison"));
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const bool chartsOnly = args.removeAll(QStringLiteral("--charts-only")) > 0;
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: plain_window OUT.png [WxH] [--charts-only]" << Qt::endl;
        return 1;
    }

    QMainWindow window;
    if (chartsOnly) {
        auto *charts = new QSplitter(Qt::Horizontal);
        charts->addWidget(ranking());
        charts->addWidget(contributions());
        charts->addWidget(radar());
        charts->setSizes({1, 1, 1});
        window.setCentralWidget(charts);
    } else {
        fill(window);
    }
    return paintOnceAndSave(window, args.value(2, QStringLiteral("1000x500")), args[1], sinceMain);
}

#include "ui/charts/chartpanel.h"

#include "core/atomicfile.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSignalBlocker>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <utility>

namespace ui {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    // Bars are axis-aligned: antialiasing only costs time there.  The radar
    // turns it on for its polygons.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    // A chart's few hundred items move on every change: a BSP index would be
    // rebuilt for each moved bar, a linear look-up (for hovering) costs less.
    if (m_view->scene())
        m_view->scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_view->setMinimumSize(220, 180);
    layout->addWidget(m_view);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(tr("Save Chart As…"), this, [this] {
            const QString title = chart() ? chart()->title() : QString();
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Chart"), (title.isEmpty() ? objectName() : title) + QStringLiteral(".png"),
                tr("PNG image (*.png);;SVG drawing (*.svg)"));
            if (path.isEmpty())
                return;
            QString error;
            if (!saveImage(path, &error))
                QMessageBox::warning(this, tr("Save Chart"),
                                     tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), error));
        });
        menu.addAction(tr("Copy Chart"), this, &ChartPanel::copyToClipboard);
        menu.exec(mapToGlobal(at));
    });
}

QImage ChartPanel::image() const
{
    attachPending();
    // Twice the on-screen size, so a pasted chart stays sharp.
    QImage img(m_view->size() * 2, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(2.0);
    img.fill(palette().color(QPalette::Base));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    m_view->render(&p);
    return img;
}

bool ChartPanel::saveImage(const QString &path, QString *error) const
{
    // Drawn into memory, then written like every other file (atomicfile).
    attachPending();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(m_view->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        svg.setTitle(chart() ? chart()->title() : QString());
        QPainter p(&svg);
        m_view->render(&p);
        p.end();
    } else if (!image().save(&buffer, "PNG")) {
        *error = tr("cannot encode the image");
        return false;
    }
    if (auto written = core::atomicfile::write(path, bytes); !written) {
        *error = written.error();
        return false;
    }
    return true;
}

void ChartPanel::copyToClipboard() const
{
    QGuiApplication::clipboard()->setImage(image());
}

ChartPanel::~ChartPanel()
{
    delete m_pending;
}

void ChartPanel::updateSet(QBarSet *set, const QVector<double> &wanted, const QVector<double> &current)
{
    updateSets({set}, {wanted}, {current});
}

// The object inside a bar set that tells its series a value changed (Qt
// Charts' QBarSetPrivate, a child of the set), or null if there is none.
static QObject *valueNotifier(QBarSet *set)
{
    for (QObject *child : set->children()) {
        if (QLatin1String(child->metaObject()->className()).endsWith(QLatin1String("QBarSetPrivate")))
            return child;
    }
    return nullptr;
}

void ChartPanel::updateSets(const QList<QBarSet *> &sets, const QVector<QVector<double>> &wanted,
                            const QVector<QVector<double>> &current)
{
    struct Change
    {
        QBarSet *set;
        int index;
        double value;
    };
    QVector<Change> changes;
    for (qsizetype k = 0; k < sets.size(); ++k) {
        QBarSet *set = sets[k];
        const QVector<double> &to = wanted[k];
        const QVector<double> from = current.value(k);
        if (to.size() != set->count()) {
            // Another number of bars: the set is rebuilt.
            set->remove(0, set->count());
            set->append(QList<qreal>(to.begin(), to.end()));
            continue;
        }
        for (int i = 0; i < to.size(); ++i) {
            if (i >= from.size() || to[i] != from[i])
                changes.append({set, i, to[i]});
        }
    }
    // Each replace() lays the whole series out again: a weight change that
    // moves every segment of a stacked chart would lay it out once per
    // segment (34 times for the bundled comparison).  All but the last
    // change are made with the set's notifier quiet; the last lays the
    // series out once, from every new value.  Should Qt Charts keep its
    // notifier elsewhere, each change lays it out as before.
    for (qsizetype n = 0; n < changes.size(); ++n) {
        const Change &change = changes[n];
        const QSignalBlocker quiet(n + 1 < changes.size() ? valueNotifier(change.set) : nullptr);
        change.set->replace(change.index, change.value);
    }
}

QChart *ChartPanel::chart() const
{
    return m_pending ? m_pending : m_view->chart();
}

void ChartPanel::attachPending() const
{
    if (!m_given) {
        // The empty chart, built only now that it is needed (see m_given):
        // what is drawn, not what the panel holds, changes here.
        const_cast<ChartPanel *>(this)->setComparison({});
    }
    if (!m_pending)
        return;
    QChart *old = m_view->chart();
    QChart *chart = std::exchange(m_pending, nullptr);
    m_view->setChart(chart);
    delete old;
}

void ChartPanel::showEvent(QShowEvent *event)
{
    // The layout has given the view its size by now: the chart is laid out
    // once, at the size it is drawn at.
    attachPending();
    QWidget::showEvent(event);
}

void ChartPanel::setAntialiasing(bool on)
{
    m_view->setRenderHint(QPainter::Antialiasing, on);
}

void ChartPanel::fitTicks(QValueAxis *axis, Qt::Orientation orientation, const QString &widestLabel,
                          int maxTicks)
{
    QChart *c = chart();
    auto fit = [c, axis, orientation, widestLabel, maxTicks] {
        const QRectF plot = c->plotArea();
        const QFontMetrics fm(axis->labelsFont());
        // Each label gets the plot's length divided by the number of ticks.
        const qreal room = orientation == Qt::Horizontal ? plot.width() : plot.height();
        const qreal each =
            orientation == Qt::Horizontal ? fm.horizontalAdvance(widestLabel) + 12 : fm.height() * 1.5;
        const int ticks = std::clamp(int(room / each), 2, maxTicks);
        if (axis->tickCount() != ticks)
            axis->setTickCount(ticks);
    };
    connect(c, &QChart::plotAreaChanged, axis, fit);
    axis->setTickCount(maxTicks);
}

void ChartPanel::setChart(QChart *chart)
{
    // Live data: animations would lag behind a dragged slider.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_given = true;
    if (isVisible()) {
        QChart *old = m_view->chart();
        m_view->setChart(chart);
        delete old;
    } else {
        delete m_pending;
        m_pending = chart;
    }
    applyPalette();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartPanel::applyPalette()
{
    QChart *c = chart();
    if (!c)
        return;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(45);
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    m_view->setBackgroundBrush(pal.color(QPalette::Base));
    // Grid and axis lines one device pixel wide (a cosmetic pen, as wide as
    // Qt Charts' default on screen): a line item with a pen of any other
    // width computes its outline whenever the view asks where it is, which
    // was a tenth of a weight change's repaint.
    auto thin = [](QPen pen, const QColor &color) {
        pen.setColor(color);
        pen.setWidthF(0);
        return pen;
    };
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLinePen(thin(axis->gridLinePen(), grid));
        axis->setMinorGridLinePen(thin(axis->minorGridLinePen(), grid));
        axis->setLinePen(thin(axis->linePen(), pal.color(QPalette::Mid)));
    }
    for (QGraphicsItem *item : c->childItems()) {
        if (auto *label = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            label->setBrush(text);
    }
}

} // namespace ui

// PDF report: a QTextDocument laid out on A4 or Letter pages, with the charts
// as text objects painted by QPainter straight into the PDF (vectors), and a
// footer on every page: version, date, data checksum, page number.
#include "core/editing.h"
#include "report/report.h"
#include "report/reportcharts.h"
#include "report/textutil.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace report {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartProperty = QTextFormat::UserProperty + 1;

class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(const Report &report, qreal width)
        : m_report(report)
        , m_width(width)
    {
    }
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override
    {
        return {m_width, m_width * 0.5};
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        paintChart(*painter, rect, m_report, Chart(format.intProperty(kChartProperty)));
    }

private:
    const Report &m_report;
    qreal m_width;
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Where a chart goes: an image element with a name of our own scheme.  It
// is found by its format, not by searching text, so nothing a comparison's
// author writes (escaped into text) can place or imitate a chart.
const QString kChartScheme = QStringLiteral("tradeoff-chart:");

QString chartPlaceholder(Chart chart)
{
    return QStringLiteral("<p><img src=\"%1%2\"/></p>").arg(kChartScheme).arg(int(chart));
}

// Replaces each placeholder image with a chart object painted by `charts`.
void placeCharts(QTextDocument &doc)
{
    QVector<std::pair<int, int>> found; // (position, chart), collected before editing
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (image.isValid() && image.name().startsWith(kChartScheme))
                found.append({fragment.position(), image.name().mid(kChartScheme.size()).toInt()});
        }
    }
    // From the end, so earlier positions stay valid.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        QTextCursor cursor(&doc);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(kChartObject);
        format.setProperty(kChartProperty, it->second);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QString printHtml(const Report &r)
{
    const core::Comparison &c = r.comparison();
    const core::Verdict &v = r.analysis.verdict;
    QString out = QStringLiteral("<h1>%1</h1>").arg(esc(c.name));
    const QString profile = r.input.profileName.isEmpty() ? Tr::tr("custom weights") : r.input.profileName;
    out += QStringLiteral("<p style='color:#555'>%1</p>")
               .arg(esc(Tr::tr("Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4")
                            .arg(profile, core::methodKeyLabel(c, r.analysis.result.options),
                                 core::normalizationKey(r.analysis.result.options.normalization),
                                 core::missingPolicyKey(r.analysis.result.options.missing))));
    if (const QStringList functions = valueFunctionLines(c); !functions.isEmpty())
        out += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(functions.join(QStringLiteral(" · "))));
    out += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(decisionLine(c.decision)));
    out += QStringLiteral("<h2>%1</h2><p><b>%2</b></p><ul>")
               .arg(esc(Tr::tr("Verdict")), esc(core::VerdictText::headline(c, v, r.analysis.result)));
    for (const QString &line : core::VerdictText::details(c, v, r.analysis.result))
        out += QStringLiteral("<li>%1</li>").arg(esc(line));
    out += QStringLiteral("</ul>");
    out += QStringLiteral(
               "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%1</th><th>%2</th>"
               "<th>%3</th></tr>")
               .arg(esc(Tr::tr("Rank")), esc(Tr::tr("Option")), esc(Tr::tr("Score")));
    const int decimals = r.analysis.result.scoreDecimals(3);
    for (int o : r.analysis.result.order)
        out += QStringLiteral("<tr><td align='right'>%1</td><td>%2</td><td align='right'>%3</td></tr>")
                   .arg(r.analysis.result.perOption[o].rank)
                   .arg(esc(c.options[o].name), number(r.analysis.result.perOption[o].score, decimals));
    out += QStringLiteral("</table>");
    out += chartPlaceholder(Chart::Ranking) + chartPlaceholder(Chart::Contributions);

    out += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                          "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(esc(Tr::tr("Weights")), esc(Tr::tr("Criterion")), esc(Tr::tr("Category")),
                    esc(Tr::tr("Share")));
    for (int j = 0; j < c.criterionCount(); ++j) {
        const core::Criterion &k = c.criteria[j];
        out +=
            QStringLiteral("<tr><td>%1%2</td><td>%3</td><td align='right'>%4</td></tr>")
                .arg(esc(k.name),
                     k.direction == core::Direction::Cost ? QStringLiteral(" (%1)").arg(esc(Tr::tr("cost")))
                                                          : QString(),
                     esc(k.category), percent(r.analysis.result.weights[j]));
    }
    out += QStringLiteral("</table>");
    out += treeTableHtml(c, r.analysis.result.weights, false);
    out += chartPlaceholder(Chart::Radar) + chartPlaceholder(Chart::Sensitivity);

    const QVector<int> cited = citedSources(c);
    out += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Scores and rationale")));
    const QVector<int> detailed = detailedOptions(r);
    if (const QString note = omittedNote(r, int(detailed.size())); !note.isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>").arg(esc(note));
    for (int j = 0; j < c.criterionCount(); ++j) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(esc(c.criteria[j].name));
        for (int o : detailed) {
            const core::Cell &cell = c.cell(o, j);
            const QString value =
                cell.value ? core::edit::scoreDisplay(cell, QLocale()) : Tr::tr("not scored");
            QString refs;
            for (const core::Evidence &e : cell.evidence) {
                const int n = int(cited.indexOf(e.source)) + 1;
                if (n > 0 && !refs.contains(QStringLiteral("[%1]").arg(n)))
                    refs += QStringLiteral(" [%1]").arg(n);
                if (e.disputed)
                    refs += QStringLiteral(" (%1 %2)").arg(Tr::tr("disputed claim:"), e.correction);
            }
            out += QStringLiteral("<li><b>%1: %2</b> %3<i>%4</i></li>")
                       .arg(esc(c.options[o].name), esc(value), esc(cell.rationale), esc(refs));
        }
        out += QStringLiteral("</ul>");
    }
    if (!c.tasks.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Code examples")));
        for (const core::Task &t : c.tasks) {
            out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(t.name), esc(t.description));
            for (const core::CodeExample &e : t.examples) {
                if (e.option < 0 || e.option >= c.optionCount())
                    continue;
                out += QStringLiteral("<p><b>%1</b> <i>%2</i></p><pre style='font-size:8pt'>%3</pre>")
                           .arg(esc(c.options[e.option].name), esc(e.language),
                                highlightedCode(e.language, e.code));
                if (!e.note.isEmpty())
                    out += QStringLiteral("<p><small>%1</small></p>").arg(esc(e.note));
            }
        }
    }
    if (!cited.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2><ol>").arg(esc(Tr::tr("Sources")));
        for (int s : cited) {
            const core::Source &src = c.sources[s];
            QStringList parts{QStringLiteral("<i>%1</i>").arg(esc(src.title))};
            for (const QString &p : {src.publisher, src.author, src.published}) {
                if (!p.isEmpty())
                    parts.append(esc(p));
            }
            out += QStringLiteral("<li>%1</li>").arg(parts.join(QLatin1String(", ")));
        }
        out += QStringLiteral("</ol>");
    }
    return out;
}
} // namespace

void paintPages(QPagedPaintDevice *device, const Report &r)
{
    // Lay out in 96-dpi units whatever the device's resolution (a PDF
    // writer, a printer, a print preview), then scale the painter.
    const qreal dpi = device->logicalDpiX() > 0 ? device->logicalDpiX() : 96;
    const qreal scale = dpi / 96.0;
    const QRectF paintRect = device->pageLayout().paintRectPixels(96);
    const qreal footer = 28;
    const QSizeF body(paintRect.width(), paintRect.height() - footer);

    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setPageSize(body);
    doc.setHtml(printHtml(r));
    ChartObject charts(r, body.width() * 0.95);
    doc.documentLayout()->registerHandler(kChartObject, &charts);
    placeCharts(doc);
    doc.setPageSize(body); // re-layout with the objects in place

    QPainter painter(device);
    painter.scale(scale, scale);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        doc.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
        painter.setPen(QColor(0x55, 0x55, 0x55));
        QFont small = font;
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.drawLine(QPointF(0, body.height() + 6), QPointF(body.width(), body.height() + 6));
        painter.drawText(QRectF(0, body.height() + 8, body.width(), footer - 8),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         Tr::tr("Tradeoff %1 · %2 · data checksum %3")
                             .arg(r.version, r.date.toString(Qt::ISODate), r.checksum));
        painter.drawText(QRectF(0, body.height() + 8, body.width(), footer - 8),
                         Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
}

QByteArray pdf(const Report &r, QPageSize::PageSizeId page)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(page));
    writer.setResolution(96);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(r.comparison().name);
    writer.setCreator(QStringLiteral("Tradeoff %1").arg(r.version));
    paintPages(&writer, r);
    return bytes;
}

} // namespace report

#include "pdf.moc"

#include "ui/reportdialog.h"

#include "core/atomicfile.h"
#include "ui/documentcontroller.h"
#include "ui/prompts.h"
#include "ui/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

ReportDialog::ReportDialog(const report::Report &r, QWidget *parent)
    : QDialog(parent)
    , m_report(r)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Format:"), this));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF document"), int(report::Format::Pdf));
    m_format->addItem(tr("HTML page (self-contained, interactive)"), int(report::Format::Html));
    m_format->addItem(tr("Markdown decision record (MADR)"), int(report::Format::Markdown));
    m_format->addItem(tr("CSV table"), int(report::Format::Csv));
    m_format->addItem(tr("JSON data"), int(report::Format::Json));
    row->addWidget(m_format);
    row->addWidget(new QLabel(tr("Page:"), this));
    m_page = new QComboBox(this);
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    row->addWidget(m_page);
    row->addStretch(1);
    layout->addLayout(row);

    m_stack = new QStackedWidget(this);
    m_printer = new QPrinter(QPrinter::ScreenResolution);
    m_printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    m_pdf = new QPrintPreviewWidget(m_printer, m_stack);
    connect(m_pdf, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter *printer) { report::paintPages(printer, m_report); });
    m_text = new QTextBrowser(m_stack);
    m_text->setOpenLinks(false);
    m_stack->addWidget(m_pdf);
    m_stack->addWidget(m_text);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save As…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ReportDialog::saveAs);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePreview);
    connect(m_page, &QComboBox::currentIndexChanged, this, [this] {
        m_printer->setPageSize(QPageSize(QPageSize::PageSizeId(m_page->currentData().toInt())));
        m_pdf->updatePreview();
    });
    updatePreview();
    resize(900, 760);
}

ReportDialog::~ReportDialog()
{
    delete m_pdf;
    delete m_printer;
}

void ReportDialog::setFormat(report::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

report::Format ReportDialog::format() const
{
    return report::Format(m_format->currentData().toInt());
}

QString ReportDialog::previewText() const
{
    return m_text->toPlainText();
}

void ReportDialog::updatePreview()
{
    const report::Format f = format();
    m_page->setEnabled(f == report::Format::Pdf);
    if (f == report::Format::Pdf) {
        m_stack->setCurrentWidget(m_pdf);
        m_pdf->updatePreview();
        return;
    }
    m_stack->setCurrentWidget(m_text);
    switch (f) {
    case report::Format::Markdown:
        m_text->setMarkdown(report::markdown(m_report));
        break;
    case report::Format::Html:
        // QTextBrowser shows the text and tables; charts and the interactive
        // section need a web browser.
        m_text->setHtml(report::html(m_report));
        break;
    case report::Format::Csv:
        m_text->setPlainText(QString::fromUtf8(report::csv(m_report)));
        break;
    default:
        m_text->setPlainText(QString::fromUtf8(report::json(m_report)));
        break;
    }
}

bool ReportDialog::saveTo(const QString &path, QString *error)
{
    report::Options options;
    options.page = QPageSize::PageSizeId(m_page->currentData().toInt());
    auto bytes = report::render(m_report, format(), options);
    if (!bytes) {
        *error = bytes.error();
        return false;
    }
    if (auto written = core::atomicfile::write(path, *bytes); !written) {
        *error = written.error();
        return false;
    }
    return true;
}

void ReportDialog::saveAs()
{
    static const char *suffixes[] = {"pdf", "html", "md", "csv", "json"};
    const QString suffix = QString::fromLatin1(suffixes[std::clamp(m_format->currentIndex(), 0, 4)]);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"),
                                                      m_report.comparison().name + QLatin1Char('.') + suffix,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Export Report"),
                             tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), error));
}

report::Report windowReport(Session &session, const DocumentController &document)
{
    const int p = session.profileIndex();
    const core::Comparison &c = session.comparison();
    // The profile's name only while its weights are untouched.
    const bool profileWeights = p >= 0 && p < c.profiles.size() && c.profiles[p].weights == session.weights();
    report::Input input{c, profileWeights ? c.profiles[p].name : QString(), session.weights(),
                        session.engineOptions(),
                        document.isBundled() ? ReportDialog::tr("bundled comparison") : document.location()};
    session.completeAnalysis();
    return report::build(input, session.analysis());
}

void printPreview(const report::Report &report, QWidget *parent, Prompts &prompts)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
                     [&report](QPrinter *device) { report::paintPages(device, report); });
    prompts.exec(preview);
}

} // namespace ui

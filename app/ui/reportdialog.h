#pragma once

#include "report/report.h"

#include <QDialog>

class QComboBox;
class QPrintPreviewWidget;
class QPrinter;
class QStackedWidget;
class QTextBrowser;

namespace ui {

class DocumentController;
class Prompts;
class Session;

// The report of what a window shows now: its weights, method and Monte Carlo
// run (the session's analysis, completed), named after its document.
report::Report windowReport(Session &session, const DocumentController &document);
// File > Print: the PDF layout in a print preview.
void printPreview(const report::Report &report, QWidget *parent, Prompts &prompts);

// File > Export Report: pick a format, see it, save it.  PDF is previewed
// page by page with the same painting code that writes the file; the text
// formats are shown as they will read.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const report::Report &report, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setFormat(report::Format format);
    report::Format format() const;
    QString previewText() const;
    // Writes the current format to `path` (atomically); false and a message on failure.
    bool saveTo(const QString &path, QString *error);

private:
    void updatePreview();
    void saveAs();

    report::Report m_report;
    QComboBox *m_format = nullptr;
    QComboBox *m_page = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_text = nullptr;
    QPrinter *m_printer = nullptr;
    QPrintPreviewWidget *m_pdf = nullptr;
};

} // namespace ui

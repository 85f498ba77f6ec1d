#pragma once

#include "core/analysis.h"
#include "core/comparison.h"
#include "core/engine.h"
#include "core/expected.h"
#include "core/sensitivity.h"
#include "core/verdict.h"

#include <QDate>
#include <QPageSize>

class QPagedPaintDevice;

namespace report {

// What a report is made from: the comparison, the weights and how they were
// chosen, and the engine options.
struct Input
{
    core::Comparison comparison;
    QString profileName; // empty: explicit weights
    QVector<double> weights;
    core::EngineOptions options;
    QString sourceName; // the file as the user named it
};

// Everything computed once and shared by every format.
struct Report
{
    Input input;
    core::Analysis analysis;
    QString checksum;
    QDate date;
    QString version;

    const core::Comparison &comparison() const { return input.comparison; }
};

// Analyses the input (core::analyse) and stamps the report.
Report build(const Input &input);
// A report of an analysis already made (the window's, with its Monte Carlo
// run folded into the verdict), so the report says what the window shows.
Report build(const Input &input, const core::Analysis &analysis);

enum class Format
{
    Pdf,
    Html,
    Markdown,
    Csv,
    Json,
    Png,
    Svg
};
std::optional<Format> formatForPath(const QString &path);
QStringList formatSuffixes();

enum class Chart
{
    Ranking,
    Contributions,
    Radar,
    Sensitivity
};
std::optional<Chart> chartFromKey(const QString &key);
QStringList chartKeys();

struct Options
{
    QPageSize::PageSizeId page = QPageSize::A4;
    Chart chart = Chart::Ranking; // for PNG and SVG
};

// The report's bytes.  PDF, PNG and SVG need a QGuiApplication (fonts).
core::Expected<QByteArray> render(const Report &report, Format format, const Options &options = {});

// The PDF layout painted on any paged device: a PDF writer, a printer or a
// print preview.  Margins come from the device's page layout.
void paintPages(QPagedPaintDevice *device, const Report &report);

QString markdown(const Report &report);
QString html(const Report &report);
QByteArray csv(const Report &report);
QByteArray json(const Report &report);

} // namespace report

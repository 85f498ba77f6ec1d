#pragma once

#include "report/report.h"

namespace report {

// Escapes user text for Markdown: markup characters are backslash-escaped
// and < > & become entities, so a name like <script> stays text.
QString mdEscape(const QString &text);
QString percent(double share);
QString number(double value, int decimals = 3);

// How an option fares on a criterion compared with the others: +1 clearly
// better than their mean, -1 clearly worse, 0 in between.
int standing(const Report &r, int option, int criterion);

// Distinct source indices cited by an option's scores, in first-citation order.
QVector<int> citedSources(const core::Comparison &c);

// Options whose every score is written out in a report: all of them up to
// kDetailCells scores, else the leaders (by rank) that fit, at least one.
// Large matrices stay complete in the CSV and JSON reports.
inline constexpr int kDetailCells = 5000;
QVector<int> detailedOptions(const Report &r);
QString omittedNote(const Report &r, int shown);

// "Value function of Latency (ms): piecewise through (0, 1), (200, 0)", one
// line per criterion with a non-linear value function; empty when none has
// one (so reports of such comparisons stay as they were).
QStringList valueFunctionLines(const core::Comparison &c);
// The criteria tree as the reports list it, when the comparison has one
// (explicit groups; empty otherwise): depth first, groups before their
// criteria, each with its depth (1 at the top), local share (within its
// parent) and global share of the weights.
struct TreeRow
{
    int depth = 1;
    QString name;
    bool group = false;
    double local = 0;
    double global = 0;
};
QVector<TreeRow> treeRows(const core::Comparison &c, const QVector<double> &weights);
// The tree as an HTML table (for the HTML report, or with `rich` false the
// subset QTextDocument reads for the PDF); empty without one.
QString treeTableHtml(const core::Comparison &c, const QVector<double> &weights, bool rich = true);

// The decision record in one line of plain text for the HTML and PDF
// reports: "Status: Accepted · 2026-11-30 · Deciders: Ada, Grace · ...".
QString decisionLine(const core::DecisionRecord &record);

// Code as HTML with coloured spans (inline styles, so it works in browsers
// and in QTextDocument for the PDF); every character escaped.
QString highlightedCode(const QString &language, const QString &code);

} // namespace report

// Self-contained HTML report: inline CSS and SVG charts, no network, readable
// printed, and a section where a reader moves weights and sees the weighted
// sum ranking change (plain embedded JavaScript).  The markup is also
// well-formed XML, so tests (and XML tools) can parse it strictly.
#include "core/editing.h"
#include "report/report.h"
#include "report/reportcharts.h"
#include "report/textutil.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace report {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString inlineSvg(const Report &r, Chart chart)
{
    // Charts need fonts, hence a QGuiApplication; without one the report
    // still has every number in its tables.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QString svg = QString::fromUtf8(chartSvg(r, chart, QSize(720, 400)));
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    return start >= 0 ? svg.mid(start) : QString();
}

// Data for the interactive section: normalised scores and weights.  '<' is
// escaped so no string can close the script element.
QString interactiveData(const Report &r)
{
    const core::Comparison &c = r.comparison();
    QJsonArray criteria;
    for (int j = 0; j < c.criterionCount(); ++j) {
        criteria.append(
            QJsonObject{{QStringLiteral("name"), c.criteria[j].name},
                        {QStringLiteral("weight"), j < r.input.weights.size() ? r.input.weights[j] : 0.0}});
    }
    QJsonArray options;
    for (int o = 0; o < c.optionCount(); ++o) {
        QJsonArray values;
        for (int j = 0; j < c.criterionCount(); ++j)
            values.append(r.analysis.result.normalized[o][j]);
        options.append(
            QJsonObject{{QStringLiteral("name"), c.options[o].name}, {QStringLiteral("values"), values}});
    }
    QString json = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("criteria"), criteria},
                                                               {QStringLiteral("options"), options}})
                                         .toJson(QJsonDocument::Compact));
    json.replace(QLatin1String("<"), QLatin1String("\\u003c"));
    json.replace(QLatin1String(">"), QLatin1String("\\u003e"));
    json.replace(QLatin1String("&"), QLatin1String("\\u0026"));
    return json;
}

const char *kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.meta{color:#555;font-size:.9em}.verdict{border:2px solid #0072B2;border-radius:6px;padding:.8em 1em;background:#f4f9fd}
.verdict.fragile{border-color:#D55E00;background:#fdf6f1}.headline{font-size:1.2em;font-weight:bold;margin:0 0 .4em}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;white-space:nowrap}.chart svg{max-width:100%;height:auto}
.disputed{text-decoration:line-through;color:#666}.correction{color:#b3261e}.stance{font-size:.85em;color:#555}
#play label{display:grid;grid-template-columns:14em 1fr 4em;gap:.5em;align-items:center;margin:.2em 0}
#play .bar{height:1.2em;background:#0072B2;border-radius:2px}#play .row{display:grid;grid-template-columns:14em 1fr 5em;gap:.5em;align-items:center;margin:.15em 0}
.code-row{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:1em}
pre{background:#f6f8fa;border:1px solid #ddd;border-radius:4px;padding:.6em;overflow-x:auto;font-size:.85em;line-height:1.35}
footer{margin-top:2em;color:#555;font-size:.85em;border-top:1px solid #ddd;padding-top:.5em}
@media print{#play{display:none}.chart{page-break-inside:avoid}body{margin:0;max-width:none}}
)";

const char *kScript = R"(
(function(){
  var data = JSON.parse(document.getElementById('tradeoff-data').textContent);
  var sliders = document.getElementById('play-weights');
  var ranking = document.getElementById('play-ranking');
  var weights = data.criteria.map(function(c){ return c.weight; });
  function render(){
    var total = weights.reduce(function(a,b){ return a+b; }, 0);
    var scores = data.options.map(function(o){
      var s = 0;
      for (var j = 0; j < weights.length; j++) s += total > 0 ? weights[j] / total * o.values[j] : 0;
      return {name:o.name, score:s};
    });
    scores.sort(function(a,b){ return b.score - a.score; });
    var max = Math.max(1e-9, scores.length ? Math.abs(scores[0].score) : 1);
    ranking.textContent = '';
    scores.forEach(function(s){
      var row = document.createElement('div'); row.className = 'row';
      var name = document.createElement('span'); name.textContent = s.name;
      var track = document.createElement('span');
      var bar = document.createElement('div'); bar.className = 'bar';
      bar.style.width = Math.max(0, s.score / max * 100) + '%';
      track.appendChild(bar);
      var value = document.createElement('span'); value.textContent = s.score.toFixed(3);
      row.appendChild(name); row.appendChild(track); row.appendChild(value);
      ranking.appendChild(row);
    });
  }
  data.criteria.forEach(function(c, j){
    var label = document.createElement('label');
    var name = document.createElement('span'); name.textContent = c.name;
    var input = document.createElement('input');
    input.type = 'range'; input.min = 0; input.max = Math.max(10, Math.ceil(c.weight)); input.step = 0.1; input.value = c.weight;
    var shown = document.createElement('span'); shown.textContent = c.weight;
    input.addEventListener('input', function(){ weights[j] = parseFloat(input.value); shown.textContent = input.value; render(); });
    label.appendChild(name); label.appendChild(input); label.appendChild(shown);
    sliders.appendChild(label);
  });
  render();
})();
)";
} // namespace

QString html(const Report &r)
{
    const core::Comparison &c = r.comparison();
    const core::Verdict &v = r.analysis.verdict;
    const QVector<int> cited = citedSources(c);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                          "<meta name=\"generator\" content=\"Tradeoff "
                          "%2\"/><title>%3</title><style>%4</style></head><body>\n")
               .arg(QLocale().name().left(2), esc(r.version), esc(c.name), QString::fromUtf8(kStyle));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(c.name));
    const QString profile = r.input.profileName.isEmpty() ? Tr::tr("custom weights") : r.input.profileName;
    out += QStringLiteral("<p class=\"meta\">%1</p>\n")
               .arg(esc(Tr::tr("Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4")
                            .arg(profile, core::methodKeyLabel(c, r.analysis.result.options),
                                 core::normalizationKey(r.analysis.result.options.normalization),
                                 core::missingPolicyKey(r.analysis.result.options.missing))));
    if (const QStringList functions = valueFunctionLines(c); !functions.isEmpty())
        out += QStringLiteral("<p class=\"meta\" id=\"value-functions\">%1</p>\n")
                   .arg(esc(functions.join(QStringLiteral(" · "))));
    out += QStringLiteral("<p class=\"meta\" id=\"decision\">%1</p>\n").arg(esc(decisionLine(c.decision)));
    if (!c.description.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(esc(c.description));

    out += QStringLiteral("<section class=\"verdict%1\" id=\"verdict\"><p class=\"headline\">%2</p><ul>")
               .arg(v.fragile ? QStringLiteral(" fragile") : QString(),
                    esc(core::VerdictText::headline(c, v, r.analysis.result)));
    for (const QString &line : core::VerdictText::details(c, v, r.analysis.result))
        out += QStringLiteral("<li>%1</li>").arg(esc(line));
    out += QStringLiteral("</ul></section>\n");

    out += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(Tr::tr("Ranking")), esc(Tr::tr("Rank")), esc(Tr::tr("Option")), esc(Tr::tr("Score")));
    const int decimals = r.analysis.result.scoreDecimals(3);
    for (int o : r.analysis.result.order)
        out += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td class=\"num\">%3</td></tr>\n")
                   .arg(r.analysis.result.perOption[o].rank)
                   .arg(esc(c.options[o].name), number(r.analysis.result.perOption[o].score, decimals));
    out += QStringLiteral("</table>\n");
    for (Chart chart : {Chart::Ranking, Chart::Contributions, Chart::Radar, Chart::Sensitivity}) {
        const QString svg = inlineSvg(r, chart);
        if (!svg.isEmpty())
            out += QStringLiteral("<figure class=\"chart\">%1</figure>\n").arg(svg);
    }

    out += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(Tr::tr("Weights")), esc(Tr::tr("Criterion")), esc(Tr::tr("Category")),
                    esc(Tr::tr("Share")));
    for (int j = 0; j < c.criterionCount(); ++j) {
        const core::Criterion &k = c.criteria[j];
        const QString name =
            k.direction == core::Direction::Cost
                ? esc(k.name) + QStringLiteral(" <small>(%1)</small>").arg(esc(Tr::tr("cost")))
                : esc(k.name);
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td></tr>\n")
                   .arg(name, esc(k.category), percent(r.analysis.result.weights[j]));
    }
    out += QStringLiteral("</table>\n");
    out += treeTableHtml(c, r.analysis.result.weights);

    const QVector<int> detailed = detailedOptions(r);
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Scores")));
    if (const QString note = omittedNote(r, int(detailed.size())); !note.isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(note));
    out += QStringLiteral("<table><tr><th>%1</th>").arg(esc(Tr::tr("Criterion")));
    for (int o : detailed)
        out += QStringLiteral("<th>%1</th>").arg(esc(c.options[o].name));
    out += QStringLiteral("</tr>\n");
    for (int j = 0; j < c.criterionCount(); ++j) {
        out += QStringLiteral("<tr><td>%1</td>").arg(esc(c.criteria[j].name));
        for (int o : detailed) {
            const core::Cell &cell = c.cell(o, j);
            QString text = cell.value
                               ? QStringLiteral("<b>%1</b>").arg(core::edit::scoreDisplay(cell, QLocale()))
                               : esc(Tr::tr("not scored"));
            if (!cell.rationale.isEmpty())
                text += QStringLiteral("<br/><small>%1</small>").arg(esc(cell.rationale));
            for (const core::Evidence &e : cell.evidence) {
                const int n = int(cited.indexOf(e.source)) + 1;
                text += QStringLiteral("<br/><small class=\"stance\">[%1]</small> <small%2>%3</small>%4%5")
                            .arg(esc(core::stanceKey(e.stance)),
                                 e.disputed ? QStringLiteral(" class=\"disputed\"") : QString(), esc(e.claim),
                                 n > 0 ? QStringLiteral(" <small><a href=\"#src%1\">[%1]</a></small>").arg(n)
                                       : QString(),
                                 e.disputed ? QStringLiteral(" <small class=\"correction\">%1 %2</small>")
                                                  .arg(esc(Tr::tr("Disputed:")), esc(e.correction))
                                            : QString());
            }
            out += QStringLiteral("<td>%1</td>").arg(text);
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");

    if (!cited.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<ol>").arg(esc(Tr::tr("Sources")));
        for (int i = 0; i < cited.size(); ++i) {
            const core::Source &s = c.sources[cited[i]];
            QStringList parts{QStringLiteral("<i>%1</i>").arg(esc(s.title))};
            for (const QString &p : {s.publisher, s.author, s.published}) {
                if (!p.isEmpty())
                    parts.append(esc(p));
            }
            out += QStringLiteral("<li id=\"src%1\">%2</li>").arg(i + 1).arg(parts.join(QLatin1String(", ")));
        }
        out += QStringLiteral("</ol>\n");
    }

    if (!c.tasks.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Code examples")));
        for (const core::Task &t : c.tasks) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(t.name));
            if (!t.description.isEmpty())
                out += QStringLiteral("<p>%1</p>\n").arg(esc(t.description));
            out += QStringLiteral("<div class=\"code-row\">");
            for (const core::CodeExample &e : t.examples) {
                if (e.option < 0 || e.option >= c.optionCount())
                    continue;
                out += QStringLiteral(
                           "<div class=\"code\"><p><b>%1</b> <small>%2</small></p><pre><code>%3</code></pre>")
                           .arg(esc(c.options[e.option].name), esc(e.language),
                                highlightedCode(e.language, e.code));
                if (!e.note.isEmpty())
                    out += QStringLiteral("<p><small>%1</small></p>").arg(esc(e.note));
                out += QStringLiteral("</div>");
            }
            out += QStringLiteral("</div>\n");
        }
    }

    if (qint64(c.optionCount()) * c.criterionCount() > 20 * kDetailCells) {
        out += QStringLiteral("<footer>%1</footer>\n</body></html>\n")
                   .arg(esc(Tr::tr("Tradeoff %1 · %2 · data checksum %3")
                                .arg(r.version, r.date.toString(Qt::ISODate), r.checksum)));
        return out; // too large to recompute in a page; the tables above stay
    }
    out += QStringLiteral("<section id=\"play\"><h2>%1</h2><p>%2</p><div id=\"play-weights\"></div>"
                          "<h3>%3</h3><div id=\"play-ranking\"></div></section>\n")
               .arg(esc(Tr::tr("Try other weights")),
                    esc(Tr::tr(
                        "Move a weight and the weighted-sum ranking follows, computed in this page from the "
                        "normalised scores above.")),
                    esc(Tr::tr("Weighted-sum ranking")));
    out += QStringLiteral("<script type=\"application/json\" "
                          "id=\"tradeoff-data\">%1</script>\n<script>//<![CDATA[\n%2\n//]]></script>\n")
               .arg(interactiveData(r), QString::fromUtf8(kScript));
    out += QStringLiteral("<footer>%1</footer>\n</body></html>\n")
               .arg(esc(Tr::tr("Tradeoff %1 · %2 · data checksum %3")
                            .arg(r.version, r.date.toString(Qt::ISODate), r.checksum)));
    return out;
}

} // namespace report

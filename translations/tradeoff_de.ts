<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ahp</name>
    <message>
        <source>a pairwise comparison needs at least two items</source>
        <translation>ein Paarvergleich braucht mindestens zwei Elemente</translation>
    </message>
    <message>
        <source>more than %1 items: too many judgements to make consistently</source>
        <translation>mehr als %1 Elemente: zu viele Einschätzungen, um konsistent zu bleiben</translation>
    </message>
    <message>
        <source>%1 names for a %2 x %2 matrix</source>
        <translation>%1 Namen für eine %2 x %2-Matrix</translation>
    </message>
    <message>
        <source>row &apos;%1&apos; has %2 values, expected %3</source>
        <translation>Zeile &apos;%1&apos; hat %2 Werte, erwartet: %3</translation>
    </message>
    <message>
        <source>(%1, %2): &apos;%3&apos; is not a positive number</source>
        <translation>(%1, %2): &apos;%3&apos; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>(%1, %1): an item compared with itself must be 1</source>
        <translation>(%1, %1): ein Element im Vergleich mit sich selbst muss 1 sein</translation>
    </message>
    <message>
        <source>(%1, %2) = %3 is outside Saaty&apos;s scale 1/9 to 9</source>
        <translation>(%1, %2) = %3 liegt außerhalb der Saaty-Skala 1/9 bis 9</translation>
    </message>
    <message>
        <source>(%1, %2) = %3 and (%2, %1) = %4 are not reciprocals: the second should be %5 (is the matrix transposed or mistyped?)</source>
        <translation>(%1, %2) = %3 und (%2, %1) = %4 sind nicht reziprok: der zweite Wert müsste %5 sein (ist die Matrix transponiert oder vertippt?)</translation>
    </message>
    <message>
        <source>expected a header and at least two rows</source>
        <translation>erwartet: eine Kopfzeile und mindestens zwei Zeilen</translation>
    </message>
    <message>
        <source>%1 columns but %2 rows: the matrix must be square</source>
        <translation>%1 Spalten, aber %2 Zeilen: die Matrix muss quadratisch sein</translation>
    </message>
    <message>
        <source>line %1: %2 fields, expected %3</source>
        <translation>Zeile %1: %2 Felder, erwartet: %3</translation>
    </message>
    <message>
        <source>line %1: row &apos;%2&apos; does not match column &apos;%3&apos; (rows and columns must be in the same order)</source>
        <translation>Zeile %1: Zeile &apos;%2&apos; passt nicht zu Spalte &apos;%3&apos; (Zeilen und Spalten müssen in derselben Reihenfolge stehen)</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; is not a positive number</source>
        <translation>Zeile %1, Spalte &apos;%2&apos;: &apos;%3&apos; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; is not a number or fraction</source>
        <translation>Zeile %1, Spalte &apos;%2&apos;: &apos;%3&apos; ist weder Zahl noch Bruch</translation>
    </message>
    <message>
        <source>(%1, %2) and (%2, %1) are both empty</source>
        <translation>(%1, %2) und (%2, %1) sind beide leer</translation>
    </message>
    <message>
        <source>line %1: column %2 has no name</source>
        <translation>Zeile %1: Spalte %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is named twice</source>
        <translation>Zeile %1: &apos;%2&apos; kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation>in %1 kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>die Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the folder %1 is not writable (%2)</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Bundled</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>this build has no bundled comparison</source>
        <translation>dieser Build enthält keinen mitgelieferten Vergleich</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>(bundled comparison)</source>
        <translation>(mitgelieferter Vergleich)</translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation>die Datei enthält keinen Vergleich</translation>
    </message>
    <message>
        <source>--weights needs CRITERION=WEIGHT pairs</source>
        <translation>--weights erwartet Paare der Form KRITERIUM=GEWICHT</translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not CRITERION=WEIGHT</source>
        <translation>--weights: &apos;%1&apos; hat nicht die Form KRITERIUM=GEWICHT</translation>
    </message>
    <message>
        <source>--weights: no criterion &apos;%1&apos; in comparison &apos;%2&apos;</source>
        <translation>--weights: kein Kriterium &apos;%1&apos; im Vergleich &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--weights: criterion &apos;%1&apos; is given twice</source>
        <translation>--weights: Kriterium &apos;%1&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not a finite number</source>
        <translation>--weights: &apos;%1&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>--weights: the weight of &apos;%1&apos; is negative</source>
        <translation>--weights: das Gewicht von &apos;%1&apos; ist negativ</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (expected %2)</source>
        <translation>unbekannte Methode &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>unknown normalization &apos;%1&apos; (expected %2)</source>
        <translation>unbekannte Normalisierung &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>unknown missing-score policy &apos;%1&apos; (expected worst, mean, exclude)</source>
        <translation>unbekannte Regel für fehlende Bewertungen &apos;%1&apos; (erwartet: worst, mean, exclude)</translation>
    </message>
    <message>
        <source>no comparison &apos;%1&apos; (the file has %2)</source>
        <translation>kein Vergleich &apos;%1&apos; (die Datei enthält %2)</translation>
    </message>
    <message>
        <source>give either --profile or --weights, not both</source>
        <translation>entweder --profile oder --weights angeben, nicht beides</translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; in comparison &apos;%2&apos; (it has %3)</source>
        <translation>kein Profil &apos;%1&apos; im Vergleich &apos;%2&apos; (vorhanden: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>unbekanntes Format &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>zu viele Argumente: %1</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>Argument FILE fehlt</translation>
    </message>
    <message>
        <source>Profile: %1 | method: %2 | normalization: %3 | missing scores: %4</source>
        <translation>Profil: %1 | Methode: %2 | Normalisierung: %3 | fehlende Bewertungen: %4</translation>
    </message>
    <message>
        <source>custom weights</source>
        <translation>eigene Gewichte</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Options (%1): %2</source>
        <translation>Optionen (%1): %2</translation>
    </message>
    <message>
        <source>Criteria (%1): %2</source>
        <translation>Kriterien (%1): %2</translation>
    </message>
    <message>
        <source>Profiles (%1): %2</source>
        <translation>Profile (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff file (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1: gültige Tradeoff-Datei (Schemaversion %2, %n Vergleich)</numerusform>
            <numerusform>%1: gültige Tradeoff-Datei (Schemaversion %2, %n Vergleiche)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>import-csv needs -o OUT.tradeoff</source>
        <translation>import-csv erfordert -o OUT.tradeoff</translation>
    </message>
    <message>
        <source>the output would overwrite the input</source>
        <translation>die Ausgabe würde die Eingabe überschreiben</translation>
    </message>
    <message>
        <source>--name must be 1 to %1 characters</source>
        <translation>--name muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Imported comparison</source>
        <translation>Importierter Vergleich</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see tradeoff --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe tradeoff --help)</translation>
    </message>
    <message>
        <source>report needs -o OUT.{%1}</source>
        <translation>report erfordert -o OUT.{%1}</translation>
    </message>
    <message>
        <source>unknown report format (expected .%1)</source>
        <translation>unbekanntes Berichtsformat (erwartet: .%1)</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (expected a4 or letter)</source>
        <translation>unbekanntes Seitenformat &apos;%1&apos; (erwartet: a4 oder letter)</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (expected %2)</source>
        <translation>unbekanntes Diagramm &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>--samples must be a whole number from 0 to 10000000</source>
        <translation>--samples muss eine ganze Zahl von 0 bis 10000000 sein</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Winner stays first</source>
        <translation>Sieger bleibt vorn</translation>
    </message>
    <message>
        <source>Below: winner</source>
        <translation>Darunter: Sieger</translation>
    </message>
    <message>
        <source>Above: winner</source>
        <translation>Darüber: Sieger</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <source>Rank acceptability over %1 random weightings (seed %2):</source>
        <translation>Rangakzeptanz über %1 Zufallsgewichtungen (Seed %2):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kendall tau vs wsm</source>
        <translation>Kendalls Tau vs. wsm</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>too large for a pairwise comparison matrix</source>
        <translation>zu groß für eine Paarvergleichsmatrix</translation>
    </message>
    <message>
        <source>the file contains NUL bytes (binary data, not CSV text)</source>
        <translation>die Datei enthält NUL-Bytes (Binärdaten, kein CSV-Text)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>lambda_max %1, CI %2, RI %3 (%4), CR %5: %6</source>
        <translation>lambda_max %1, CI %2, RI %3 (%4), CR %5: %6</translation>
    </message>
    <message>
        <source>consistent (below 0.10)</source>
        <translation>konsistent (unter 0.10)</translation>
    </message>
    <message>
        <source>inconsistent (0.10 or more): revise the judgements below</source>
        <translation>inkonsistent (0.10 oder mehr): überarbeiten Sie die Einschätzungen unten</translation>
    </message>
    <message>
        <source>  %1 vs %2: judged %3, the priorities imply %4</source>
        <translation>  %1 vs. %2: eingeschätzt %3, die Prioritäten ergeben %4</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no options to rank</source>
        <translation>Vergleich &apos;%1&apos; hat keine Optionen zum Einordnen</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no criteria to rank on</source>
        <translation>Vergleich &apos;%1&apos; hat keine Kriterien zum Einordnen</translation>
    </message>
    <message>
        <source>Usage:
  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]
      Open the window on FILE (a Tradeoff file or a CSV decision matrix), or on the
      bundled Node.js vs Python comparison. --screenshot saves the window to a PNG and exits.
</source>
        <translation>Aufruf:
  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]
      Öffnet das Fenster mit FILE (Tradeoff-Datei oder CSV-Entscheidungsmatrix) oder dem
      mitgelieferten Vergleich Node.js vs Python. --screenshot speichert ein PNG und beendet sich.
</translation>
    </message>
    <message>
        <source>  tradeoff ahp PAIRWISE.csv [--format table|json]
      AHP priorities from a pairwise comparison matrix (Saaty 1-9 scale), with lambda_max,
      consistency index and ratio, and the most inconsistent judgements.
</source>
        <translation>  tradeoff ahp PAIRWISE.csv [--format table|json]
      AHP-Prioritäten aus einer Paarvergleichsmatrix (Saaty-Skala 1-9) mit lambda_max,
      Konsistenzindex und -verhältnis sowie den am wenigsten konsistenten Einschätzungen.
</translation>
    </message>
    <message>
        <source>  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]
      Turn a CSV decision matrix into a Tradeoff file (written atomically).
</source>
        <translation>  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]
      Wandelt eine CSV-Entscheidungsmatrix in eine Tradeoff-Datei um (atomar geschrieben).
</translation>
    </message>
    <message>
        <source>  tradeoff list [FILE] [--format table|json]
      The comparisons in FILE with their options, criteria and profiles.
</source>
        <translation>  tradeoff list [FILE] [--format table|json]
      Die Vergleiche in FILE mit ihren Optionen, Kriterien und Profilen.
</translation>
    </message>
    <message>
        <source>  tradeoff report [FILE] -o OUT.{pdf,html,md,csv,json,png,svg} [SELECTORS]
                  [--page a4|letter] [--chart ranking|contributions|radar|sensitivity]
      Write a report: PDF (A4 or Letter), self-contained HTML, a Markdown decision
      record (MADR), CSV, JSON, or one chart as PNG or SVG (--chart, default ranking).
</source>
        <translation>  tradeoff report [FILE] -o OUT.{pdf,html,md,csv,json,png,svg} [SELECTORS]
                  [--page a4|letter] [--chart ranking|contributions|radar|sensitivity]
      Schreibt einen Bericht: PDF (A4 oder Letter), eigenständiges HTML, Entscheidungsprotokoll
      in Markdown (MADR), CSV, JSON oder ein Diagramm als PNG oder SVG (--chart, Standard: ranking).
</translation>
    </message>
    <message>
        <source>  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]
      Rank the options. Without FILE, the bundled comparison.
</source>
        <translation>  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]
      Ordnet die Optionen nach Rang. Ohne FILE: der mitgelieferte Vergleich.
</translation>
    </message>
    <message>
        <source>  tradeoff sensitivity [FILE] [SELECTORS] [--samples N] [--seed S] [--concentration K]
                       [--format table|json]
      Stability intervals and crossovers per criterion, Monte Carlo rank acceptability
      (weights drawn from the simplex, flat or around the current weights with K &gt; 0),
      and every method&apos;s ranking with Kendall&apos;s tau.
</source>
        <translation>  tradeoff sensitivity [FILE] [SELECTORS] [--samples N] [--seed S] [--concentration K]
                       [--format table|json]
      Stabilitätsintervalle und Schnittpunkte je Kriterium, Monte-Carlo-Rangakzeptanz
      (Gewichte aus dem Simplex gezogen, gleichverteilt oder mit K &gt; 0 um die aktuellen Gewichte)
      und die Rangfolge jeder Methode mit Kendalls Tau.
</translation>
    </message>
    <message>
        <source>  tradeoff validate FILE
      Check integrity, schema version and value ranges.
</source>
        <translation>  tradeoff validate FILE
      Prüft Integrität, Schemaversion und Wertebereiche.
</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>  tradeoff repo init URL
      Create a team repository in an empty PostgreSQL database, or upgrade an older one.
  tradeoff repo push FILE URL [--comparison NAME] [--replace]
      Copy the comparisons of FILE into the repository.  A comparison the repository
      holds in another version is refused unless --replace is given.
  tradeoff repo pull URL -o FILE [--comparison NAME] [--replace]
      Copy the repository&apos;s comparisons into a Tradeoff file (written atomically).
      A comparison FILE holds in another version is refused unless --replace is given.
      URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]; the password comes
      from ~/.pgpass, PGPASSWORD or a service file.
</source>
        <translation>  tradeoff repo init URL
      Legt ein Team-Repository in einer leeren PostgreSQL-Datenbank an oder aktualisiert ein älteres.
  tradeoff repo push FILE URL [--comparison NAME] [--replace]
      Kopiert die Vergleiche aus FILE in das Repository. Ein Vergleich, den das Repository
      in einer anderen Version enthält, wird abgelehnt, außer mit --replace.
  tradeoff repo pull URL -o FILE [--comparison NAME] [--replace]
      Kopiert die Vergleiche des Repositorys in eine Tradeoff-Datei (atomar geschrieben).
      Ein Vergleich, den FILE in einer anderen Version enthält, wird abgelehnt, außer mit --replace.
      URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]; das Passwort kommt
      aus ~/.pgpass, PGPASSWORD oder einer Servicedatei.
</translation>
    </message>
    <message>
        <source>no comparison named &apos;%1&apos;</source>
        <translation>kein Vergleich namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 already holds another version of %2; nothing was copied (--replace copies over it)</source>
        <translation>%1 enthält bereits eine andere Version von %2; nichts wurde kopiert (--replace überschreibt sie)</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>repo needs init, push or pull</source>
        <translation>repo erfordert init, push oder pull</translation>
    </message>
    <message>
        <source>unknown repo action &apos;%1&apos; (expected init, push or pull)</source>
        <translation>unbekannte repo-Aktion &apos;%1&apos; (erwartet: init, push oder pull)</translation>
    </message>
    <message>
        <source>usage: tradeoff repo push FILE URL</source>
        <translation>Aufruf: tradeoff repo push FILE URL</translation>
    </message>
    <message>
        <source>usage: tradeoff repo pull URL -o FILE</source>
        <translation>Aufruf: tradeoff repo pull URL -o FILE</translation>
    </message>
    <message>
        <source>usage: tradeoff repo init URL</source>
        <translation>Aufruf: tradeoff repo init URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a repository URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>&apos;%1&apos; ist keine Repository-URL (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>%1: repository ready (schema version %2)</source>
        <translation>%1: Repository bereit (Schemaversion %2)</translation>
    </message>
    <message>
        <source>push copies a file into a repository: FILE must be a file</source>
        <translation>push kopiert eine Datei in ein Repository: FILE muss eine Datei sein</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>das Repository</translation>
    </message>
    <message>
        <source>%1 changed while pushing; nothing was copied, try again</source>
        <translation>%1 wurde während des Kopierens geändert; nichts wurde kopiert, bitte erneut versuchen</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>repo pull needs -o FILE</source>
        <translation>repo pull erfordert -o FILE</translation>
    </message>
    <message>
        <source>pull writes a file: -o must name a file</source>
        <translation>pull schreibt eine Datei: -o muss eine Datei angeben</translation>
    </message>
    <message>
        <source>the repository holds no comparison</source>
        <translation>das Repository enthält keinen Vergleich</translation>
    </message>
    <message>
        <source>exists and is not a Tradeoff file; nothing was written</source>
        <translation>existiert und ist keine Tradeoff-Datei; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff repository (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1: gültiges Tradeoff-Repository (Schemaversion %2, %n Vergleich)</numerusform>
            <numerusform>%1: gültiges Tradeoff-Repository (Schemaversion %2, %n Vergleiche)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Priority (%1)</source>
        <translation>Priorität (%1)</translation>
    </message>
    <message>
        <source>--vikor-v: &apos;%1&apos; is not a number from 0 to 1</source>
        <translation>--vikor-v: &apos;%1&apos; ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>the repository holds no comparison yet (add one with: tradeoff repo push FILE URL)</source>
        <translation>das Repository enthält noch keinen Vergleich (einen hinzufügen mit: tradeoff repo push FILE URL)</translation>
    </message>
    <message>
        <source>
Window options:
  --profile NAME, --comparison NAME   start with this profile or comparison
  --tab evidence|sensitivity|acceptability|methods|code|stakeholders|snapshots
                                      the analysis tab to show
  --editor comparison|options|criteria|groups|profiles|sources|tasks|decision
                                      open the editor on this page
  --present                           start in presentation mode
  --theme system|light|dark|high-contrast   the colours
  --language de|fr|es                 the interface language (also for commands)
</source>
        <translation>
Fensteroptionen:
  --profile NAME, --comparison NAME   mit diesem Profil oder Vergleich starten
  --tab evidence|sensitivity|acceptability|methods|code|stakeholders|snapshots
                                      der anzuzeigende Analyse-Reiter
  --editor comparison|options|criteria|groups|profiles|sources|tasks|decision
                                      den Editor auf dieser Seite öffnen
  --present                           im Präsentationsmodus starten
  --theme system|light|dark|high-contrast   das Farbschema
  --language de|fr|es                 die Sprache der Oberfläche (auch für Befehle)
</translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation>Konfidenzfaktor</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors (%1 score ranges, %2 score draws):</source>
        <translation>SMAA-2-Zentralgewichte und Konfidenzfaktoren (%1 Bewertungsspannen, %2 Bewertungsziehungen):</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors:</source>
        <translation>SMAA-2-Zentralgewichte und Konfidenzfaktoren:</translation>
    </message>
    <message>
        <source>give --swing without --profile or --weights</source>
        <translation>--swing ohne --profile oder --weights angeben</translation>
    </message>
    <message>
        <source>--concentration must be 0 (flat) or a positive number up to %1</source>
        <translation>--concentration muss 0 (gleichverteilt) oder eine positive Zahl bis %1 sein</translation>
    </message>
    <message>
        <source>
Selectors:
  --comparison NAME      which comparison of the file (default: the first)
  --profile NAME         a weight profile of the comparison (default: the first)
  --weights C=W,...      explicit weights; criteria not named weigh 0
  --swing C=R,...        swing ratings 0-100 (the most valuable swing from worst to best 100);
                         weights are rating / sum of ratings, criteria not named weigh 0;
                         names alone (C1,C2,...), most valuable first: rank-order centroid weights
  --method M             %1 (default: %2)
  --normalization N      %3
                         (default: %4)
  --missing P            missing scores: worst (default), mean, exclude
  --vikor-v V            VIKOR&apos;s weight of group utility against regret, 0 to 1 (default: 0.5)

CSV decision matrix: a header &apos;option,CRITERION,...&apos;, optional rows @weight, @direction
(benefit|cost), @category, @unit, @description, @min, @max, then one row per option.
Comma or semicolon separated (semicolon files may use decimal commas), UTF-8.

Exit codes:
  0  success
  1  usage error: unknown command or option, unknown comparison, profile or criterion, bad weights
  2  the input cannot be read, is damaged, or is not a Tradeoff file or CSV matrix
  3  the output cannot be written
  4  validate: the file opens but holds invalid values
  5  repo push/pull: the target holds another version of a comparison (nothing copied)

Options:
  -h, --help     show this help
  -v, --version  show the version
</source>
        <translation>
Selektoren:
  --comparison NAME      welcher Vergleich der Datei (Standard: der erste)
  --profile NAME         ein Gewichtungsprofil des Vergleichs (Standard: das erste)
  --weights C=W,...      explizite Gewichte; nicht genannte Kriterien wiegen 0
  --swing C=R,...        Swing-Einstufungen 0-100 (der wertvollste Swing vom schlechtesten zum besten Wert: 100);
                         Gewicht = Einstufung / Summe der Einstufungen, nicht genannte Kriterien wiegen 0;
                         nur Namen (C1,C2,...), wertvollster zuerst: ROC-Gewichte (Rank Order Centroid)
  --method M             %1 (Standard: %2)
  --normalization N      %3
                         (Standard: %4)
  --missing P            fehlende Bewertungen: worst (Standard), mean, exclude
  --vikor-v V            VIKORs Gewicht des Gruppennutzens gegenüber dem Bedauern, 0 bis 1 (Standard: 0.5)

CSV-Entscheidungsmatrix: eine Kopfzeile &apos;option,CRITERION,...&apos;, optionale Zeilen @weight,
@direction (benefit|cost), @category, @unit, @description, @min, @max, dann eine Zeile je Option.
Komma- oder semikolongetrennt (Semikolon-Dateien dürfen Dezimalkommas nutzen), UTF-8.

Exit-Codes:
  0  Erfolg
  1  Aufruffehler: unbekannter Befehl, Option, Vergleich, Profil oder Kriterium; ungültige Gewichte
  2  die Eingabe ist nicht lesbar, beschädigt oder weder Tradeoff-Datei noch CSV-Matrix
  3  die Ausgabe kann nicht geschrieben werden
  4  validate: die Datei lässt sich öffnen, enthält aber ungültige Werte
  5  repo push/pull: das Ziel enthält eine andere Version eines Vergleichs (nichts kopiert)

Optionen:
  -h, --help     diese Hilfe anzeigen
  -v, --version  die Version anzeigen
</translation>
    </message>
    <message>
        <source>  tradeoff export-csv [FILE] [-o OUT.csv] [SELECTORS]
      Write the decision matrix with @weight and @direction rows (stdout without -o).
</source>
        <translation>  tradeoff export-csv [FILE] [-o OUT.csv] [SELECTORS]
      Schreibt die Entscheidungsmatrix mit Zeilen @weight und @direction (ohne -o nach stdout).
</translation>
    </message>
    <message>
        <source>--name must not contain line breaks or control characters</source>
        <translation>--name darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>--weights: every weight is 0 (give one criterion a positive weight)</source>
        <translation>--weights: jedes Gewicht ist 0 (geben Sie einem Kriterium ein positives Gewicht)</translation>
    </message>
    <message>
        <source>--weights: the weights add up to more than a number can hold</source>
        <translation>--weights: die Gewichte ergeben zusammen mehr, als eine Zahl fassen kann</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <source>--vikor-v applies only to --method vikor</source>
        <translation>--vikor-v gilt nur für --method vikor</translation>
    </message>
    <message>
        <source>%1: valid JSON comparison (%2, %3)</source>
        <translation>%1: gültiger JSON-Vergleich (%2, %3)</translation>
    </message>
    <message>
        <source>%1: valid CSV decision matrix (%2, %3)</source>
        <translation>%1: gültige CSV-Entscheidungsmatrix (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>from %1: %2</source>
        <translation>ab %1: %2</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>piecewise through %1</source>
        <translation>stückweise linear durch %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Stufenfunktion %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quote in the middle of an unquoted field</source>
        <translation>Zeile %1: Anführungszeichen mitten in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; %4</source>
        <translation>Zeile %1, Spalte &apos;%2&apos;: &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>die Datei hat keine Zeilen</translation>
    </message>
    <message>
        <source>line %1: the header needs an option column and at least one criterion</source>
        <translation>Zeile %1: die Kopfzeile braucht eine Optionsspalte und mindestens ein Kriterium</translation>
    </message>
    <message>
        <source>line %1: criterion %2 has no name</source>
        <translation>Zeile %1: Kriterium %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>line %1: a criterion name is longer than %2 characters</source>
        <translation>Zeile %1: ein Kriteriumsname ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>line %1: criterion &apos;%2&apos; appears twice</source>
        <translation>Zeile %1: Kriterium &apos;%2&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>is a negative weight</source>
        <translation>ist ein negatives Gewicht</translation>
    </message>
    <message>
        <source>is not &apos;benefit&apos; or &apos;cost&apos;</source>
        <translation>ist weder &apos;benefit&apos; noch &apos;cost&apos;</translation>
    </message>
    <message>
        <source>line %1: the option has no name</source>
        <translation>Zeile %1: die Option hat keinen Namen</translation>
    </message>
    <message>
        <source>line %1: an option name is longer than %2 characters</source>
        <translation>Zeile %1: ein Optionsname ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>line %1: option &apos;%2&apos; appears twice</source>
        <translation>Zeile %1: Option &apos;%2&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>no option rows (only a header)</source>
        <translation>keine Optionszeilen (nur eine Kopfzeile)</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: @min must be below @max</source>
        <translation>Kriterium &apos;%1&apos;: @min muss kleiner als @max sein</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Gleiche Gewichte</translation>
    </message>
    <message>
        <source>CSV weights</source>
        <translation>CSV-Gewichte</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>is not &apos;usual&apos;, &apos;linear&apos; or &apos;vshape&apos;</source>
        <translation>ist weder &apos;usual&apos;, &apos;linear&apos; noch &apos;vshape&apos;</translation>
    </message>
    <message>
        <source>is not a non-negative number</source>
        <translation>ist keine nicht negative Zahl</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8 text</source>
        <translation>Zeile %1: die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1: a second %2 row (the first is on line %3)</source>
        <translation>Zeile %1: eine zweite Zeile %2 (die erste steht in Zeile %3)</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3 is longer than %4 characters</source>
        <translation>Zeile %1, Spalte &apos;%2&apos;: %3 ist länger als %4 Zeichen</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>die Kategorie</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>die Einheit</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the file&apos;s name is longer than %1 characters, too long for a comparison&apos;s name</source>
        <translation>der Dateiname ist länger als %1 Zeichen und damit zu lang für den Namen eines Vergleichs</translation>
    </message>
    <message>
        <source>is not &apos;linear&apos;, &apos;piecewise X:Y ...&apos; or &apos;step X:Y ...&apos;</source>
        <translation>ist weder &apos;linear&apos;, &apos;piecewise X:Y ...&apos; noch &apos;step X:Y ...&apos;</translation>
    </message>
    <message>
        <source>has more than %1 points</source>
        <translation>hat mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>has a point &apos;%1&apos; that is not X:Y</source>
        <translation>hat einen Punkt &apos;%1&apos;, der nicht die Form X:Y hat</translation>
    </message>
    <message>
        <source>is refused: %1</source>
        <translation>wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>line %1: unknown row &apos;%2&apos; (expected @weight, @direction, @category, @parent, @unit, @description, @min, @max, @preference, @q, @p or @value)</source>
        <translation>Zeile %1: unbekannte Zeile &apos;%2&apos; (erwartet: @weight, @direction, @category, @parent, @unit, @description, @min, @max, @preference, @q, @p oder @value)</translation>
    </message>
    <message>
        <source>line %1: both a @parent and a @category row (the other is on line %2); @parent gives each criterion&apos;s category as its last group</source>
        <translation>Zeile %1: sowohl eine @parent- als auch eine @category-Zeile (die andere steht in Zeile %2); @parent gibt die Kategorie jedes Kriteriums als seine letzte Gruppe an</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>is too long for a path of groups</source>
        <translation>ist zu lang für einen Gruppenpfad</translation>
    </message>
    <message>
        <source>has an empty group name (separate groups with &apos; &gt; &apos;)</source>
        <translation>hat einen leeren Gruppennamen (Gruppen mit &apos; &gt; &apos; trennen)</translation>
    </message>
    <message>
        <source>names a group longer than %1 characters</source>
        <translation>nennt eine Gruppe mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>names the group &apos;%1&apos; twice</source>
        <translation>nennt die Gruppe &apos;%1&apos; zweimal</translation>
    </message>
    <message>
        <source>is deeper than %1 levels of groups</source>
        <translation>ist tiefer als %1 Gruppenebenen</translation>
    </message>
    <message>
        <source>the top</source>
        <translation>der Wurzel</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: the group &apos;%3&apos; sits under %4 here but under %5 in an earlier column</source>
        <translation>Zeile %1, Spalte &apos;%2&apos;: die Gruppe &apos;%3&apos; liegt hier unter %4, in einer früheren Spalte aber unter %5</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>is not a range low..most likely..high</source>
        <translation>ist keine Spanne niedrig..wahrscheinlichster Wert..hoch</translation>
    </message>
    <message>
        <source>is not a range of three finite numbers</source>
        <translation>ist keine Spanne aus drei endlichen Zahlen</translation>
    </message>
    <message>
        <source>is not ordered low &lt;= most likely &lt;= high</source>
        <translation>ist nicht geordnet: niedrig &lt;= wahrscheinlichster Wert &lt;= hoch</translation>
    </message>
    <message>
        <source>line %1: a NUL byte (binary data, not CSV text)</source>
        <translation>Zeile %1: ein NUL-Byte (Binärdaten, kein CSV-Text)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber für Qt ist nicht installiert (Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the SQLite driver did not give access to its connection</source>
        <translation>der SQLite-Treiber gibt keinen Zugriff auf seine Verbindung</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Tradeoff (schema %1, this version reads up to %2)</source>
        <translation>die Datei wurde von einer neueren Tradeoff-Version geschrieben (Schema %1, diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>schema step %1 is missing from the application</source>
        <translation>Schemaschritt %1 fehlt in der Anwendung</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>Schemaschritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the database gives no reason</source>
        <translation>die Datenbank nennt keinen Grund</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Superseded by %1</source>
        <translation>Ersetzt durch %1</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is already used here.</source>
        <translation>Der Name &apos;%1&apos; wird hier bereits verwendet.</translation>
    </message>
    <message>
        <source>Option A</source>
        <translation>Option A</translation>
    </message>
    <message>
        <source>Option B</source>
        <translation>Option B</translation>
    </message>
    <message>
        <source>Criterion 1</source>
        <translation>Kriterium 1</translation>
    </message>
    <message>
        <source>Criterion 2</source>
        <translation>Kriterium 2</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Gleiche Gewichte</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>no such file (a part of the path is not a folder)</source>
        <translation>Datei nicht gefunden (ein Teil des Pfads ist kein Ordner)</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>ist eine Schleife symbolischer Links</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>der Pfad ist zu lang</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe, not a file</source>
        <translation>ist eine benannte Pipe, keine Datei</translation>
    </message>
    <message>
        <source>is a character device, not a file</source>
        <translation>ist ein zeichenorientiertes Gerät, keine Datei</translation>
    </message>
    <message>
        <source>is a block device, not a file</source>
        <translation>ist ein blockorientiertes Gerät, keine Datei</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>custom weights</source>
        <translation>eigene Gewichte</translation>
    </message>
    <message>
        <source>Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4</source>
        <translation>Gewichte: %1 · Methode: %2 · Normalisierung: %3 · fehlende Bewertungen: %4</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>Strittig:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Try other weights</source>
        <translation>Andere Gewichte ausprobieren</translation>
    </message>
    <message>
        <source>Move a weight and the weighted-sum ranking follows, computed in this page from the normalised scores above.</source>
        <translation>Verschieben Sie ein Gewicht, und die Rangfolge nach gewichteter Summe folgt, direkt auf dieser Seite aus den normalisierten Bewertungen oben berechnet.</translation>
    </message>
    <message>
        <source>Weighted-sum ranking</source>
        <translation>Rangfolge nach gewichteter Summe</translation>
    </message>
    <message>
        <source>Tradeoff %1 · %2 · data checksum %3</source>
        <translation>Tradeoff %1 · %2 · Datenprüfsumme %3</translation>
    </message>
    <message>
        <source>Code examples</source>
        <translation>Codebeispiele</translation>
    </message>
    <message>
        <source>Criteria tree</source>
        <translation>Kriterienbaum</translation>
    </message>
    <message>
        <source>Group or criterion</source>
        <translation>Gruppe oder Kriterium</translation>
    </message>
    <message>
        <source>Local share</source>
        <translation>Lokaler Anteil</translation>
    </message>
    <message>
        <source>Global share</source>
        <translation>Globaler Anteil</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>&apos;%1&apos; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a finite number</source>
        <translation>&apos;%1&apos; muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown value &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat einen unbekannten Wert &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; appears twice</source>
        <translation>Option &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; appears twice</source>
        <translation>Kriterium &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>too many options or criteria</source>
        <translation>zu viele Optionen oder Kriterien</translation>
    </message>
    <message>
        <source>a score names an unknown option or criterion</source>
        <translation>eine Bewertung nennt eine unbekannte Option oder ein unbekanntes Kriterium</translation>
    </message>
    <message>
        <source>a claim cites source %1, which does not exist</source>
        <translation>eine Behauptung verweist auf Quelle %1, die nicht existiert</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; cites a source that does not exist</source>
        <translation>Profil &apos;%1&apos; verweist auf eine Quelle, die nicht existiert</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; weighs an unknown criterion &apos;%2&apos;</source>
        <translation>Profil &apos;%1&apos; gewichtet ein unbekanntes Kriterium &apos;%2&apos;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an invalid weight for &apos;%2&apos;</source>
        <translation>Profil &apos;%1&apos; hat ein ungültiges Gewicht für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has an example for an unknown option</source>
        <translation>Aufgabe &apos;%1&apos; hat ein Beispiel für eine unbekannte Option</translation>
    </message>
    <message>
        <source>the file is larger than 64 MB</source>
        <translation>die Datei ist größer als 64 MB</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>not a Tradeoff comparison (the JSON is not an object)</source>
        <translation>kein Tradeoff-Vergleich (das JSON ist kein Objekt)</translation>
    </message>
    <message>
        <source>not a Tradeoff comparison (no options and criteria)</source>
        <translation>kein Tradeoff-Vergleich (keine Optionen und Kriterien)</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; lists more than %2 %3</source>
        <translation>Momentaufnahme &apos;%1&apos; enthält mehr als %2 Einträge in &apos;%3&apos;</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has an invalid name in &apos;%2&apos;</source>
        <translation>Momentaufnahme &apos;%1&apos; hat einen ungültigen Namen in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a value in &apos;%2&apos; that is not a finite number</source>
        <translation>Momentaufnahme &apos;%1&apos; hat in &apos;%2&apos; einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has no valid time</source>
        <translation>Momentaufnahme &apos;%1&apos; hat keinen gültigen Zeitpunkt</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has lists of different lengths</source>
        <translation>Momentaufnahme &apos;%1&apos; hat Listen unterschiedlicher Länge</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a weight out of range</source>
        <translation>Momentaufnahme &apos;%1&apos; hat ein Gewicht außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; names an unknown %2 &apos;%3&apos;</source>
        <translation>Momentaufnahme &apos;%1&apos; nennt in &apos;%2&apos; den unbekannten Wert &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;decision&apos; must be an object</source>
        <translation>&apos;decision&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;decided&apos; is not a date (use YYYY-MM-DD): &apos;%1&apos;</source>
        <translation>&apos;decided&apos; ist kein Datum (Format JJJJ-MM-TT): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lists more than %2 people</source>
        <translation>&apos;%1&apos; nennt mehr als %2 Personen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds something that is not a name of 1 to %2 characters</source>
        <translation>&apos;%1&apos; enthält etwas, das kein Name mit 1 bis %2 Zeichen ist</translation>
    </message>
    <message>
        <source>&apos;score_matrix&apos; must have one row per option</source>
        <translation>&apos;score_matrix&apos; muss eine Zeile je Option haben</translation>
    </message>
    <message>
        <source>&apos;score_matrix&apos; must have one value per criterion in every row</source>
        <translation>&apos;score_matrix&apos; muss in jeder Zeile einen Wert je Kriterium haben</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a VIKOR v outside 0 to 1</source>
        <translation>Momentaufnahme &apos;%1&apos; hat ein VIKOR-v außerhalb von 0 bis 1</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: %2</source>
        <translation>Kriterium &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>too many criteria groups</source>
        <translation>zu viele Kriteriengruppen</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; must be an object</source>
        <translation>&apos;value_function&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; has an unknown shape &apos;%1&apos; (expected linear, piecewise or step)</source>
        <translation>&apos;value_function&apos; hat eine unbekannte Form &apos;%1&apos; (erwartet: linear, piecewise oder step)</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; points must be a list of [x, y] pairs</source>
        <translation>die Punkte von &apos;value_function&apos; müssen eine Liste von [x, y]-Paaren sein</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; has more than %1 points</source>
        <translation>&apos;value_function&apos; hat mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>its value function is not valid JSON</source>
        <translation>seine Wertfunktion ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>a linear value function takes no points</source>
        <translation>eine lineare Wertfunktion hat keine Punkte</translation>
    </message>
    <message>
        <source>a piecewise value function needs 2 to %1 points</source>
        <translation>eine stückweise lineare Wertfunktion braucht 2 bis %1 Punkte</translation>
    </message>
    <message>
        <source>a step value function needs 1 to %1 points</source>
        <translation>eine Stufenfunktion braucht 1 bis %1 Punkte</translation>
    </message>
    <message>
        <source>a value function point is not a finite number</source>
        <translation>ein Punkt der Wertfunktion ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>a value function&apos;s values must lie from 0 to 1 (found %1)</source>
        <translation>die Werte einer Wertfunktion müssen zwischen 0 und 1 liegen (gefunden: %1)</translation>
    </message>
    <message>
        <source>a value function&apos;s points must have strictly increasing x (%1 after %2)</source>
        <translation>die Punkte einer Wertfunktion müssen streng steigende x-Werte haben (%1 nach %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Choose %1 for %2</source>
        <translation>%1 für %2 wählen</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Context and Problem Statement</source>
        <translation>Kontext und Problemstellung</translation>
    </message>
    <message numerus="yes">
        <source>Which of %n option(s) fits best, weighed against %1 criteria?</source>
        <translation>
            <numerusform>Welche der %n Option passt am besten, abgewogen gegen %1 Kriterien?</numerusform>
            <numerusform>Welche der %n Optionen passt am besten, abgewogen gegen %1 Kriterien?</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision Drivers</source>
        <translation>Entscheidungstreiber</translation>
    </message>
    <message>
        <source>custom weights</source>
        <translation>eigene Gewichte</translation>
    </message>
    <message>
        <source>Weights: %1. The criteria that weigh most:</source>
        <translation>Gewichte: %1. Die am stärksten gewichteten Kriterien:</translation>
    </message>
    <message>
        <source>Considered Options</source>
        <translation>Betrachtete Optionen</translation>
    </message>
    <message>
        <source>Decision Outcome</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it ranks first under the weights above (%2).</source>
        <translation>Gewählte Option: &quot;%1&quot;, weil sie unter den obigen Gewichten auf Platz 1 liegt (%2).</translation>
    </message>
    <message>
        <source>no single criterion dominates</source>
        <translation>kein einzelnes Kriterium dominiert</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>ausschlaggebend: %1</translation>
    </message>
    <message>
        <source>No option is chosen: the leading options tie under these weights.</source>
        <translation>Keine Option gewählt: Die führenden Optionen liegen unter diesen Gewichten gleichauf.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Konsequenzen</translation>
    </message>
    <message>
        <source>Pros and Cons of the Options</source>
        <translation>Vor- und Nachteile der Optionen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Good, because %1</source>
        <translation>Gut, weil %1</translation>
    </message>
    <message>
        <source>Bad, because %1</source>
        <translation>Schlecht, weil %1</translation>
    </message>
    <message>
        <source>Neutral, because %1</source>
        <translation>Neutral, weil %1</translation>
    </message>
    <message>
        <source>More Information</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <source>Method: %1; normalisation: %2; missing scores: %3. Generated by Tradeoff %4 on %5; data checksum %6.</source>
        <translation>Methode: %1; Normalisierung: %2; fehlende Bewertungen: %3. Erstellt mit Tradeoff %4 am %5; Datenprüfsumme %6.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Code Examples</source>
        <translation>Codebeispiele</translation>
    </message>
    <message>
        <source>The criteria tree (share within the group · share of the whole):</source>
        <translation>Der Kriterienbaum (Anteil innerhalb der Gruppe · Anteil am Ganzen):</translation>
    </message>
    <message>
        <source>%1, range %2–%3</source>
        <translation>%1, Spanne %2–%3</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>custom weights</source>
        <translation>eigene Gewichte</translation>
    </message>
    <message>
        <source>Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4</source>
        <translation>Gewichte: %1 · Methode: %2 · Normalisierung: %3 · fehlende Bewertungen: %4</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Scores and rationale</source>
        <translation>Bewertungen und Begründungen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>disputed claim:</source>
        <translation>strittige Behauptung:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Tradeoff %1 · %2 · data checksum %3</source>
        <translation>Tradeoff %1 · %2 · Datenprüfsumme %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Code examples</source>
        <translation>Codebeispiele</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tradeoff</source>
        <translation>Tradeoff</translation>
    </message>
    <message>
        <source>A Tradeoff file or CSV decision matrix.</source>
        <translation>Eine Tradeoff-Datei oder CSV-Entscheidungsmatrix.</translation>
    </message>
    <message>
        <source>Save the window to a PNG and exit.</source>
        <translation>Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for the screenshot.</source>
        <translation>Fenstergröße für den Screenshot.</translation>
    </message>
    <message>
        <source>Scale every font (e.g. 1.5).</source>
        <translation>Alle Schriften skalieren (z. B. 1.5).</translation>
    </message>
    <message>
        <source>Interface language (e.g. de).</source>
        <translation>Sprache der Oberfläche (z. B. de).</translation>
    </message>
    <message>
        <source>Weight profile to start with.</source>
        <translation>Gewichtungsprofil beim Start.</translation>
    </message>
    <message>
        <source>Comparison to start with.</source>
        <translation>Vergleich beim Start.</translation>
    </message>
    <message>
        <source>cannot write the screenshot</source>
        <translation>der Screenshot kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos;</source>
        <translation>unbekannter Tab &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown editor page &apos;%1&apos;</source>
        <translation>unbekannte Editorseite &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Analysis tab to show: evidence, sensitivity, acceptability, methods, code, stakeholders or snapshots.</source>
        <translation>Anzuzeigender Analyse-Reiter: evidence, sensitivity, acceptability, methods, code, stakeholders oder snapshots.</translation>
    </message>
    <message>
        <source>Colours: system, light, dark or high-contrast (saved for next time).</source>
        <translation>Farben: system, light, dark oder high-contrast (wird für das nächste Mal gespeichert).</translation>
    </message>
    <message>
        <source>Start in presentation mode (with --screenshot: grab it).</source>
        <translation>Im Präsentationsmodus starten (mit --screenshot: diesen aufnehmen).</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes Farbschema &apos;%1&apos; (zulässig: %2)</translation>
    </message>
    <message>
        <source>Open the comparison editor on a page: comparison, options, criteria, profiles, sources, tasks or decision.</source>
        <translation>Vergleichseditor auf einer Seite öffnen: comparison, options, criteria, profiles, sources, tasks oder decision.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>this format needs the graphical libraries (a QGuiApplication)</source>
        <translation>dieses Format benötigt die Grafikbibliotheken (eine QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>das PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>Showing the %1 leading options of %2; the CSV and JSON reports hold every score.</source>
        <translation>Gezeigt werden die %1 führenden von %2 Optionen; die CSV- und JSON-Berichte enthalten jede Bewertung.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Deciders: %1</source>
        <translation>Entscheider: %1</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Konsultiert: %1</translation>
    </message>
    <message>
        <source>Informed: %1</source>
        <translation>Informiert: %1</translation>
    </message>
    <message>
        <source>Value function of %1: %2</source>
        <translation>Wertfunktion von %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No single winner, so there is no stability interval to show.</source>
        <translation>Kein eindeutiger Sieger, daher gibt es kein Stabilitätsintervall.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Contribution of each criterion</source>
        <translation>Beitrag je Kriterium</translation>
    </message>
    <message>
        <source>Scores (normalised)</source>
        <translation>Bewertungen (normalisiert)</translation>
    </message>
    <message>
        <source>Weight range over which the winner stays first (orange: current weight)</source>
        <translation>Gewichtsbereich, in dem der Sieger vorn bleibt (orange: aktuelles Gewicht)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>bundled comparison</source>
        <translation>mitgelieferter Vergleich</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no comparison named &apos;%1&apos; in the repository</source>
        <translation>kein Vergleich namens &apos;%1&apos; im Repository</translation>
    </message>
    <message>
        <source>no workshop or comparison called &apos;%1&apos;</source>
        <translation>kein Workshop und kein Vergleich namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only an owner of &apos;%1&apos; can run its workshop</source>
        <translation>nur ein Eigentümer von &apos;%1&apos; kann dessen Workshop leiten</translation>
    </message>
    <message>
        <source>cannot find a free join code</source>
        <translation>kein freier Beitrittscode zu finden</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the decision record</source>
        <translation>das Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>die Quellen</translation>
    </message>
    <message>
        <source>the code examples</source>
        <translation>die Codebeispiele</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>the score of %1 on %2</source>
        <translation>die Bewertung von %1 bei %2</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Momentaufnahme %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>(%n claim(s))</source>
        <translation>
            <numerusform>(%n Behauptung)</numerusform>
            <numerusform>(%n Behauptungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>Vergleich %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) collide with changes others saved; nothing was saved</source>
        <translation>
            <numerusform>%n Änderung kollidiert mit Änderungen, die andere gespeichert haben; nichts wurde gespeichert</numerusform>
            <numerusform>%n Änderungen kollidieren mit Änderungen, die andere gespeichert haben; nichts wurde gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>lost the connection to the repository (%1)</source>
        <translation>Verbindung zum Repository verloren (%1)</translation>
    </message>
    <message>
        <source>not a repository URL (expected postgresql://user@host:port/database)</source>
        <translation>keine Repository-URL (erwartet: postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>the repository URL names no database (postgresql://user@host:port/database)</source>
        <translation>die Repository-URL nennt keine Datenbank (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; in the repository URL</source>
        <translation>unbekannte Einstellung &apos;%1&apos; in der Repository-URL</translation>
    </message>
    <message>
        <source>invalid value for &apos;%1&apos; in the repository URL</source>
        <translation>ungültiger Wert für &apos;%1&apos; in der Repository-URL</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Debian: libqt6sql6-psql)</source>
        <translation>PostgreSQL-Unterstützung ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the repository has no schema version</source>
        <translation>das Repository hat keine Schemaversion</translation>
    </message>
    <message>
        <source>the repository was made by a newer version of Tradeoff (schema %1; this version reads up to %2)</source>
        <translation>das Repository wurde von einer neueren Tradeoff-Version angelegt (Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>the database holds other tables; a repository needs a database of its own</source>
        <translation>die Datenbank enthält andere Tabellen; ein Repository braucht eine eigene Datenbank</translation>
    </message>
    <message>
        <source>schema step %1 is missing from this build</source>
        <translation>Schemaschritt %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>cannot create schema version %1: %2</source>
        <translation>Schemaversion %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>not a Tradeoff repository (create one with: tradeoff repo init URL)</source>
        <translation>kein Tradeoff-Repository (anlegen mit: tradeoff repo init URL)</translation>
    </message>
    <message>
        <source>the repository has schema %1 and needs upgrading (run: tradeoff repo init URL)</source>
        <translation>das Repository hat Schema %1 und muss aktualisiert werden (ausführen: tradeoff repo init URL)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; in the repository is damaged: %2</source>
        <translation>Vergleich &apos;%1&apos; im Repository ist beschädigt: %2</translation>
    </message>
    <message>
        <source>cannot number the change</source>
        <translation>die Änderung kann nicht nummeriert werden</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>keine Zeile wurde hinzugefügt</translation>
    </message>
    <message>
        <source>only its owners may change it</source>
        <translation>nur seine Eigentümer dürfen ihn ändern</translation>
    </message>
    <message>
        <source>only its owner may remove it</source>
        <translation>nur sein Eigentümer darf ihn entfernen</translation>
    </message>
    <message>
        <source>criteria group %1</source>
        <translation>Kriteriengruppe %1</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (von %2 bis %3)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>das Schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a Tradeoff file: table &apos;%1&apos; is missing</source>
        <translation>keine Tradeoff-Datei: Tabelle &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>not a Tradeoff file: it contains views, triggers or virtual tables</source>
        <translation>keine Tradeoff-Datei: sie enthält Views, Trigger oder virtuelle Tabellen</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>die Datenbank ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a Tradeoff file (not an SQLite database)</source>
        <translation>keine Tradeoff-Datei (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>not a Tradeoff file (an SQLite database of another application)</source>
        <translation>keine Tradeoff-Datei (SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>written by a newer version of Tradeoff (schema %1; this version reads up to %2)</source>
        <translation>von einer neueren Tradeoff-Version geschrieben (Schema %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>not a Tradeoff file (no schema version)</source>
        <translation>keine Tradeoff-Datei (keine Schemaversion)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>too many options in comparison &apos;%1&apos;</source>
        <translation>zu viele Optionen im Vergleich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has an unknown direction</source>
        <translation>Kriterium &apos;%1&apos; hat eine unbekannte Richtung</translation>
    </message>
    <message>
        <source>too many criteria in comparison &apos;%1&apos;</source>
        <translation>zu viele Kriterien im Vergleich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a score refers to an option and a criterion of different comparisons</source>
        <translation>eine Bewertung verweist auf Option und Kriterium aus verschiedenen Vergleichen</translation>
    </message>
    <message>
        <source>a claim has an unknown stance &apos;%1&apos;</source>
        <translation>eine Behauptung hat eine unbekannte Haltung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an unknown kind</source>
        <translation>Profil &apos;%1&apos; hat eine unbekannte Art</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an invalid weight</source>
        <translation>Profil &apos;%1&apos; hat ein ungültiges Gewicht</translation>
    </message>
    <message>
        <source>inconsistent data: a row refers to a missing one</source>
        <translation>inkonsistente Daten: eine Zeile verweist auf eine fehlende</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is not a finite number</source>
        <translation>Vergleich &apos;%1&apos;: die Bewertung von &apos;%2&apos; bei &apos;%3&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is outside its scale %4 to %5</source>
        <translation>Vergleich &apos;%1&apos;: die Bewertung von &apos;%2&apos; bei &apos;%3&apos; liegt außerhalb der Skala %4 bis %5</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; has a scale that is not finite</source>
        <translation>Vergleich &apos;%1&apos;: Kriterium &apos;%2&apos; hat keine endliche Skala</translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation>die Datei enthält keinen Vergleich</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no options</source>
        <translation>Vergleich &apos;%1&apos; hat keine Optionen</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no criteria</source>
        <translation>Vergleich &apos;%1&apos; hat keine Kriterien</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to upgrade the file: %1</source>
        <translation>temporärer Ordner zum Aktualisieren der Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot copy the file to upgrade it</source>
        <translation>die Datei kann zum Aktualisieren nicht kopiert werden</translation>
    </message>
    <message>
        <source>cannot upgrade from schema %1: %2</source>
        <translation>Aktualisierung von Schema %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has an unknown preference function</source>
        <translation>Kriterium &apos;%1&apos; hat eine unbekannte Präferenzfunktion</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; has invalid preference thresholds (need 0 &lt;= q &lt;= p, p &gt; 0)</source>
        <translation>Vergleich &apos;%1&apos;: Kriterium &apos;%2&apos; hat ungültige Präferenzschwellen (nötig: 0 &lt;= q &lt;= p, p &gt; 0)</translation>
    </message>
    <message>
        <source>cannot back up the older file to %1</source>
        <translation>die ältere Datei kann nicht nach %1 gesichert werden</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: profile &apos;%2&apos; has a weight that is negative, above %3 or not a number</source>
        <translation>Vergleich &apos;%1&apos;: Profil &apos;%2&apos; hat ein Gewicht, das negativ, größer als %3 oder keine Zahl ist</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: %2 is longer than %3 characters</source>
        <translation>Vergleich &apos;%1&apos;: %2 ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a %2 has no name</source>
        <translation>Vergleich &apos;%1&apos;: ein Eintrag vom Typ %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>the name of a %1</source>
        <translation>der Name eines Eintrags vom Typ %1</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: two %2s are named &apos;%3&apos;</source>
        <translation>Vergleich &apos;%1&apos;: zwei Einträge vom Typ %2 heißen &apos;%3&apos;</translation>
    </message>
    <message>
        <source>a comparison has no name</source>
        <translation>ein Vergleich hat keinen Namen</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>sein Name</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>seine Beschreibung</translation>
    </message>
    <message>
        <source>the description of &apos;%1&apos;</source>
        <translation>die Beschreibung von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the colour of &apos;%1&apos;</source>
        <translation>die Farbe von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>the category of &apos;%1&apos;</source>
        <translation>die Kategorie von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the unit of &apos;%1&apos;</source>
        <translation>die Einheit von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>a language name in &apos;%1&apos;</source>
        <translation>ein Sprachname in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an example in &apos;%1&apos;</source>
        <translation>ein Beispiel in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a note in &apos;%1&apos;</source>
        <translation>eine Notiz in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>a field of the source &apos;%1&apos;</source>
        <translation>ein Feld der Quelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>eine Behauptung</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>eine Korrektur</translation>
    </message>
    <message>
        <source>two comparisons are named &apos;%1&apos;</source>
        <translation>zwei Vergleiche heißen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a snapshot has no name</source>
        <translation>Vergleich &apos;%1&apos;: eine Momentaufnahme hat keinen Namen</translation>
    </message>
    <message>
        <source>the name of a snapshot</source>
        <translation>der Name einer Momentaufnahme</translation>
    </message>
    <message>
        <source>the verdict of a snapshot</source>
        <translation>das Urteil einer Momentaufnahme</translation>
    </message>
    <message>
        <source>too large: %1 MB of data (at most %2 MB)</source>
        <translation>zu groß: %1 MB Daten (höchstens %2 MB)</translation>
    </message>
    <message>
        <source>the database is damaged: a row of table &apos;%1&apos; refers to a missing row of &apos;%2&apos;</source>
        <translation>die Datenbank ist beschädigt: eine Zeile der Tabelle &apos;%1&apos; verweist auf eine fehlende Zeile von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>too large: %1 comparisons (at most %2)</source>
        <translation>zu groß: %1 Vergleiche (höchstens %2)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 options (at most %3)</source>
        <translation>zu groß: Vergleich &apos;%1&apos; hat %2 Optionen (höchstens %3)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 criteria (at most %3)</source>
        <translation>zu groß: Vergleich &apos;%1&apos; hat %2 Kriterien (höchstens %3)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 options x %3 criteria = %4 cells (at most %5)</source>
        <translation>zu groß: Vergleich &apos;%1&apos; hat %2 Optionen x %3 Kriterien = %4 Zellen (höchstens %5)</translation>
    </message>
    <message>
        <source>too large: %1 cells (options x criteria) in all comparisons (at most %2)</source>
        <translation>zu groß: %1 Zellen (Optionen x Kriterien) in allen Vergleichen zusammen (höchstens %2)</translation>
    </message>
    <message>
        <source>too large: %1 profile weights (profiles x criteria) in all comparisons (at most %2)</source>
        <translation>zu groß: %1 Profilgewichte (Profile x Kriterien) in allen Vergleichen zusammen (höchstens %2)</translation>
    </message>
    <message>
        <source>too large: %1 rows in all tables (at most %2)</source>
        <translation>zu groß: %1 Zeilen in allen Tabellen zusammen (höchstens %2)</translation>
    </message>
    <message>
        <source>too large: opening it would take about %1 MB of memory (at most %2 MB)</source>
        <translation>zu groß: das Öffnen würde etwa %1 MB Arbeitsspeicher belegen (höchstens %2 MB)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: it names a comparison that supersedes it but its status is &apos;%2&apos;, not &apos;superseded&apos;</source>
        <translation>Vergleich &apos;%1&apos;: er nennt einen Vergleich, der ihn ersetzt, aber sein Status ist &apos;%2&apos;, nicht &apos;superseded&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: it cannot be superseded by itself</source>
        <translation>Vergleich &apos;%1&apos;: er kann nicht durch sich selbst ersetzt werden</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: its decision date is not a valid date</source>
        <translation>Vergleich &apos;%1&apos;: sein Entscheidungsdatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>the comparison that supersedes it</source>
        <translation>der Vergleich, der ihn ersetzt</translation>
    </message>
    <message>
        <source>decider</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>consulted person</source>
        <translation>konsultierte Person</translation>
    </message>
    <message>
        <source>informed person</source>
        <translation>informierte Person</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: more than %2 people in one list of its decision record</source>
        <translation>Vergleich &apos;%1&apos;: mehr als %2 Personen in einer Liste seines Entscheidungsprotokolls</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has two decision records</source>
        <translation>Vergleich &apos;%1&apos; hat zwei Entscheidungsprotokolle</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has an unknown decision status &apos;%2&apos;</source>
        <translation>Vergleich &apos;%1&apos; hat einen unbekannten Entscheidungsstatus &apos;%2&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has an invalid decision date &apos;%2&apos; (use YYYY-MM-DD)</source>
        <translation>Vergleich &apos;%1&apos; hat ein ungültiges Entscheidungsdatum &apos;%2&apos; (Format JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; names a person in an unknown role &apos;%2&apos;</source>
        <translation>Vergleich &apos;%1&apos; nennt eine Person in einer unbekannten Rolle &apos;%2&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; names more than %2 people in one list</source>
        <translation>Vergleich &apos;%1&apos; nennt mehr als %2 Personen in einer Liste</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos;</source>
        <translation>Vergleich &apos;%1&apos;: die Bewertung von &apos;%2&apos; bei &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 has a range without a low, a most likely and a high value</source>
        <translation>%1 hat eine Spanne ohne niedrigen, wahrscheinlichsten und hohen Wert</translation>
    </message>
    <message>
        <source>%1 has a range end that is not a finite number</source>
        <translation>%1 hat ein Spannenende, das keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>%1 needs low &lt;= most likely &lt;= high (found %2, %3, %4)</source>
        <translation>%1 erfordert niedrig &lt;= wahrscheinlichster Wert &lt;= hoch (gefunden: %2, %3, %4)</translation>
    </message>
    <message>
        <source>%1 has a range outside its scale %2 to %3</source>
        <translation>%1 hat eine Spanne außerhalb ihrer Skala %2 bis %3</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos;: %3</source>
        <translation>Vergleich &apos;%1&apos;: Kriterium &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a criteria group has no name</source>
        <translation>Vergleich &apos;%1&apos;: eine Kriteriengruppe hat keinen Namen</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; appears twice</source>
        <translation>Vergleich &apos;%1&apos;: Kriteriengruppe &apos;%2&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; is inside itself</source>
        <translation>Vergleich &apos;%1&apos;: Kriteriengruppe &apos;%2&apos; liegt in sich selbst</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; is more than %3 levels deep</source>
        <translation>Vergleich &apos;%1&apos;: Kriteriengruppe &apos;%2&apos; ist mehr als %3 Ebenen tief</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; is more than %3 levels deep</source>
        <translation>Vergleich &apos;%1&apos;: Kriterium &apos;%2&apos; ist mehr als %3 Ebenen tief</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: %2</source>
        <translation>Kriterium &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>too many criteria groups in comparison &apos;%1&apos;</source>
        <translation>zu viele Kriteriengruppen im Vergleich &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to read the file: %1</source>
        <translation>kann keinen temporären Ordner zum Lesen der Datei anlegen: %1</translation>
    </message>
    <message>
        <source>the database is damaged: its write-ahead log cannot be applied</source>
        <translation>die Datenbank ist beschädigt: ihr Write-Ahead-Log lässt sich nicht anwenden</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has a setting that is not a number</source>
        <translation>Kriterium &apos;%1&apos; hat eine Einstellung, die keine Zahl ist</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; on &apos;%2&apos; is not a number</source>
        <translation>die Bewertung von &apos;%1&apos; bei &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>a text field (&apos;%1&apos;) is longer than %2 characters</source>
        <translation>ein Textfeld (&apos;%1&apos;) ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>cannot copy the file to read it: %1</source>
        <translation>kann die Datei zum Lesen nicht kopieren: %1</translation>
    </message>
    <message>
        <source>cannot copy the file&apos;s write-ahead log to read it: %1</source>
        <translation>kann das Write-Ahead-Log der Datei zum Lesen nicht kopieren: %1</translation>
    </message>
    <message>
        <source>%1 holds changes another program has not yet written into the file (a write-ahead log): close that program or save elsewhere</source>
        <translation>%1 enthält Änderungen, die ein anderes Programm noch nicht in die Datei geschrieben hat (ein Write-Ahead-Log): Schließen Sie dieses Programm oder speichern Sie an einem anderen Ort</translation>
    </message>
</context>
<context>
    <name>Swing</name>
    <message>
        <source>--swing needs CRITERION=RATING pairs</source>
        <translation>--swing erwartet Paare der Form KRITERIUM=EINSTUFUNG</translation>
    </message>
    <message>
        <source>--swing: no criterion &apos;%1&apos; in comparison &apos;%2&apos;</source>
        <translation>--swing: kein Kriterium &apos;%1&apos; im Vergleich &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--swing: criterion &apos;%1&apos; is given twice</source>
        <translation>--swing: Kriterium &apos;%1&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>--swing: &apos;%1&apos; is not CRITERION=RATING</source>
        <translation>--swing: &apos;%1&apos; hat nicht die Form KRITERIUM=EINSTUFUNG</translation>
    </message>
    <message>
        <source>--swing: the rating of &apos;%1&apos; must be a number from 0 to 100, not &apos;%2&apos;</source>
        <translation>--swing: die Einstufung von &apos;%1&apos; muss eine Zahl von 0 bis 100 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--swing: at least one rating must be above 0</source>
        <translation>--swing: mindestens eine Einstufung muss über 0 liegen</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>This comparison has no options yet.</source>
        <translation>Dieser Vergleich hat noch keine Optionen.</translation>
    </message>
    <message>
        <source>Every weight is zero: no criterion decides, so all options tie.</source>
        <translation>Alle Gewichte sind null: Kein Kriterium entscheidet, daher liegen alle Optionen gleichauf.</translation>
    </message>
    <message>
        <source>%1 tie for first place at %2.</source>
        <translation>%1 teilen sich mit %2 den ersten Platz.</translation>
    </message>
    <message>
        <source>%1 is the only option.</source>
        <translation>%1 ist die einzige Option.</translation>
    </message>
    <message>
        <source>%1 ranks first with %2, ahead of %3 (%4) by %5.</source>
        <translation>%1 liegt mit %2 auf Platz 1, %5 vor %3 (%4).</translation>
    </message>
    <message>
        <source>Driven by %1.</source>
        <translation>Ausschlaggebend: %1.</translation>
    </message>
    <message>
        <source>%1 leads on %2.</source>
        <translation>%1 führt bei %2.</translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed more than %3 (now %4).</source>
        <translation>%1 würde gewinnen, wenn %2 mit mehr als %3 gewichtet wäre (jetzt %4).</translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed less than %3 (now %4).</source>
        <translation>%1 würde gewinnen, wenn %2 mit weniger als %3 gewichtet wäre (jetzt %4).</translation>
    </message>
    <message>
        <source>No single weight change hands first place to another option.</source>
        <translation>Keine einzelne Gewichtsänderung bringt eine andere Option auf Platz 1.</translation>
    </message>
    <message>
        <source>Fragile: a small change of weights changes the winner.</source>
        <translation>Instabil: Schon eine kleine Änderung der Gewichte ändert den Sieger.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the criterion&apos;s worst value.</source>
        <translation>
            <numerusform>%n Bewertung fehlt, gezählt als schlechtester Wert des Kriteriums.</numerusform>
            <numerusform>%n Bewertungen fehlen, gezählt als schlechtester Wert des jeweiligen Kriteriums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the mean of the scored options.</source>
        <translation>
            <numerusform>%n Bewertung fehlt, gezählt als Mittelwert der bewerteten Optionen.</numerusform>
            <numerusform>%n Bewertungen fehlen, gezählt als Mittelwert der bewerteten Optionen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, left out with their weight spread over the other criteria.</source>
        <translation>
            <numerusform>%n Bewertung fehlt; sie wird ausgelassen, ihr Gewicht auf die übrigen Kriterien verteilt.</numerusform>
            <numerusform>%n Bewertungen fehlen; sie werden ausgelassen, ihr Gewicht auf die übrigen Kriterien verteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted sum</source>
        <translation>gewichtete Summe</translation>
    </message>
    <message>
        <source>weighted product</source>
        <translation>gewichtetes Produkt</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>PROMETHEE II</source>
        <translation>PROMETHEE II</translation>
    </message>
    <message>
        <source>%1 ranks first in %2 of %3 random weightings.</source>
        <translation>%1 liegt in %2 von %3 Zufallsgewichtungen auf Platz 1.</translation>
    </message>
    <message>
        <source>The method decides: %1 ranks %2 first.</source>
        <translation>Die Methode entscheidet: %1 setzt %2 auf Platz 1.</translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>Gewichtete Summe</translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation>Gewichtetes Produkt</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>None (raw values)</source>
        <translation>Keine (Rohwerte)</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Worst value</source>
        <translation>Schlechtester Wert</translation>
    </message>
    <message>
        <source>Mean of the others</source>
        <translation>Mittelwert der übrigen</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>PROMETHEE II: %1 has no preference threshold p, so p is its largest difference between options, %2.</source>
        <translation>PROMETHEE II: %1 hat keine Präferenzschwelle p, daher ist p der größte Unterschied zwischen den Optionen bei diesem Kriterium, %2.</translation>
    </message>
    <message>
        <source>PROMETHEE II: %1 has no indifference threshold q, so q is 0.</source>
        <translation>PROMETHEE II: %1 hat keine Indifferenzschwelle q, daher ist q gleich 0.</translation>
    </message>
    <message>
        <source>Weighted product: a product cannot weigh zero or negative values, so the values of %1 were mapped linearly onto 1 (worst) to 2 (best).</source>
        <translation>Gewichtetes Produkt: Ein Produkt kann keine Werte gewichten, die null oder negativ sind, daher wurden die Werte von %1 linear auf 1 (schlechtester Wert) bis 2 (bester Wert) abgebildet.</translation>
    </message>
    <message>
        <source>Max normalisation needs positive values, so min–max was used for %1.</source>
        <translation>Die Max-Normalisierung braucht positive Werte, daher wurde für %1 Min–Max verwendet.</translation>
    </message>
    <message>
        <source>VIKOR</source>
        <translation>VIKOR</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>gewöhnlich</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>V-shape</source>
        <translation>V-Form</translation>
    </message>
    <message>
        <source>v = %1</source>
        <translation>v = %1</translation>
    </message>
    <message>
        <source>principal eigenvector</source>
        <translation>Haupteigenvektor</translation>
    </message>
    <message>
        <source>VIKOR: acceptable advantage holds (Q of the second differs by at least %1).</source>
        <translation>VIKOR: akzeptabler Vorteil gegeben (das Q der zweiten Option weicht um mindestens %1 ab).</translation>
    </message>
    <message>
        <source>VIKOR: no acceptable advantage (Q of the second differs by less than %1).</source>
        <translation>VIKOR: kein akzeptabler Vorteil (das Q der zweiten Option weicht um weniger als %1 ab).</translation>
    </message>
    <message>
        <source>VIKOR: acceptable stability holds (also first by S or R).</source>
        <translation>VIKOR: akzeptable Stabilität gegeben (auch nach S oder R auf Platz 1).</translation>
    </message>
    <message>
        <source>VIKOR: no acceptable stability (not first by S or by R).</source>
        <translation>VIKOR: keine akzeptable Stabilität (weder nach S noch nach R auf Platz 1).</translation>
    </message>
    <message>
        <source>VIKOR compromise solutions: %1.</source>
        <translation>VIKOR-Kompromisslösungen: %1.</translation>
    </message>
    <message>
        <source>%1 now above %2</source>
        <translation>%1 jetzt vor %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres Paar</numerusform>
            <numerusform>%n weitere Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank reversal: without %1 the order of the others changes (%2).</source>
        <translation>Rangumkehr: Ohne %1 ändert sich die Reihenfolge der übrigen (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Rank reversal: leaving out %n more option(s) also changes the order of the others.</source>
        <translation>
            <numerusform>Rangumkehr: Auch ohne %n weitere Option ändert sich die Reihenfolge der übrigen.</numerusform>
            <numerusform>Rangumkehr: Auch ohne jeweils eine von %n weiteren Optionen ändert sich die Reihenfolge der übrigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank reversal was not checked: ranking %1 options again without each one is too much work for this size.</source>
        <translation>Die Rangumkehr wurde nicht geprüft: %1 Optionen jeweils ohne eine von ihnen neu zu ordnen, ist bei dieser Größe zu aufwendig.</translation>
    </message>
    <message>
        <source>PROMETHEE II compares the values of %1&apos;s value function, so p is their largest difference between options, %2, and q is 0.</source>
        <translation>PROMETHEE II vergleicht die Werte der Wertfunktion von %1, daher ist p deren größter Unterschied zwischen den Optionen, %2, und q ist 0.</translation>
    </message>
    <message>
        <source>%1 as a whole drives it: without it %2 would not lead.</source>
        <translation>%1 als Ganzes ist ausschlaggebend: Ohne diese Gruppe läge %2 nicht vorn.</translation>
    </message>
    <message>
        <source>%1 as a whole drives it (%2 of %3&apos;s lead).</source>
        <translation>%1 als Ganzes ist ausschlaggebend (%2 des Vorsprungs von %3).</translation>
    </message>
    <message>
        <source>The score ranges cannot change the winner: %1 ranks first in all %2 score draws.</source>
        <translation>Die Bewertungsspannen können den Sieger nicht ändern: %1 liegt in allen %2 Bewertungsziehungen vorn.</translation>
    </message>
    <message>
        <source>The score ranges can change the winner: %1 wins in %2 of %3 score draws.</source>
        <translation>Die Bewertungsspannen können den Sieger ändern: %1 gewinnt in %2 von %3 Bewertungsziehungen.</translation>
    </message>
    <message>
        <source>At its central weights (most on %1), %2 stays first in %3 of %4 score draws (SMAA-2 confidence factor).</source>
        <translation>Mit den eigenen Zentralgewichten (am stärksten auf %1) bleibt %2 in %3 von %4 Bewertungsziehungen vorn (SMAA-2-Konfidenzfaktor).</translation>
    </message>
    <message numerus="yes">
        <source>Sources disagree on %n score(s).</source>
        <translation>
            <numerusform>Die Quellen widersprechen sich bei %n Bewertung.</numerusform>
            <numerusform>Die Quellen widersprechen sich bei %n Bewertungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed claim(s) are kept but do not drive a score.</source>
        <translation>
            <numerusform>%n umstrittene Aussage bleibt erhalten, bestimmt aber keine Bewertung.</numerusform>
            <numerusform>%n umstrittene Aussagen bleiben erhalten, bestimmen aber keine Bewertung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>the file is larger than a profile can be</source>
        <translation>die Datei ist zu groß für ein Profil</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: it is not JSON</source>
        <translation>kein Tradeoff-Profil: die Datei ist kein JSON</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: it has no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>kein Tradeoff-Profil: &quot;format&quot;: &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: its version is missing</source>
        <translation>kein Tradeoff-Profil: die Versionsangabe fehlt</translation>
    </message>
    <message>
        <source>the profile was written by a newer version of Tradeoff (format %1)</source>
        <translation>das Profil wurde von einer neueren Tradeoff-Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>das Profil hat keinen Namen</translation>
    </message>
    <message>
        <source>the profile&apos;s name is longer than %1 characters</source>
        <translation>der Name des Profils ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the profile&apos;s description is longer than %1 characters</source>
        <translation>die Beschreibung des Profils ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the profile has no weights</source>
        <translation>das Profil hat keine Gewichte</translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; is not a number from 0 to %2</source>
        <translation>das Gewicht von &apos;%1&apos; ist keine Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>none of its criteria are in &apos;%1&apos; (it was made for &apos;%2&apos;)</source>
        <translation>keines seiner Kriterien kommt in &apos;%1&apos; vor (das Profil wurde für &apos;%2&apos; erstellt)</translation>
    </message>
</context>
<context>
    <name>core::edit::EditText</name>
    <message>
        <source>&apos;%1&apos; is not a number or a range low..most likely..high</source>
        <translation>&apos;%1&apos; ist weder eine Zahl noch eine Spanne niedrig..wahrscheinlichster Wert..hoch</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of three numbers</source>
        <translation>&apos;%1&apos; ist keine Spanne aus drei Zahlen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in order: low &lt;= most likely &lt;= high</source>
        <translation>&apos;%1&apos; ist nicht geordnet: niedrig &lt;= wahrscheinlichster Wert &lt;= hoch</translation>
    </message>
    <message>
        <source>%1 is outside the scale of %2 (%3 to %4)</source>
        <translation>%1 liegt außerhalb der Skala von %2 (%3 bis %4)</translation>
    </message>
</context>
<context>
    <name>ui::AcceptabilityChartImpl</name>
    <message>
        <source>Rank acceptability</source>
        <translation>Rangakzeptanz</translation>
    </message>
    <message>
        <source>Rank %1 or lower</source>
        <translation>Rang %1 oder schlechter</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
</context>
<context>
    <name>ui::AhpDialog</name>
    <message>
        <source>Weights from Pairwise Comparisons (AHP)</source>
        <translation>Gewichte aus Paarvergleichen (AHP)</translation>
    </message>
    <message>
        <source>For each pair, how much more important is the &lt;b&gt;row&lt;/b&gt; than the &lt;b&gt;column&lt;/b&gt;? 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3, 1/5, ... when the column matters more. The mirror cell follows.</source>
        <translation>Wie viel wichtiger ist bei jedem Paar die &lt;b&gt;Zeile&lt;/b&gt; als die &lt;b&gt;Spalte&lt;/b&gt;? 1 gleich wichtig, 3 etwas, 5 deutlich, 7 sehr viel, 9 extrem viel wichtiger; 1/3, 1/5, ... wenn die Spalte wichtiger ist. Die gespiegelte Zelle passt sich an.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Apply as Weights</source>
        <translation>Als Gewichte übernehmen</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 9 or a fraction from 1/2 to 1/9.</source>
        <translation>Geben Sie eine Zahl von 1 bis 9 oder einen Bruch von 1/2 bis 1/9 ein.</translation>
    </message>
    <message>
        <source>Among the least consistent judgements: the other judgements imply about %1</source>
        <translation>Eine der am wenigsten konsistenten Einschätzungen: die übrigen Einschätzungen ergeben etwa %1</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (index %2, random index %3 from %4, lambda max %5): %6</source>
        <translation>Konsistenzverhältnis %1 (Index %2, Zufallsindex %3 nach %4, lambda max %5): %6</translation>
    </message>
    <message>
        <source>consistent enough (below 0.10).</source>
        <translation>ausreichend konsistent (unter 0,10).</translation>
    </message>
    <message>
        <source>inconsistent: revise the highlighted judgements.</source>
        <translation>inkonsistent: Überarbeiten Sie die markierten Einschätzungen.</translation>
    </message>
    <message>
        <source>Reads: %1 is %2 times as important as %3.</source>
        <translation>Bedeutet: %1 ist %2-mal so wichtig wie %3.</translation>
    </message>
    <message>
        <source>Priority (%1)</source>
        <translation>Priorität (%1)</translation>
    </message>
</context>
<context>
    <name>ui::AnalysisPanel</name>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Acceptability</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Stichproben:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Around current weights</source>
        <translation>Um aktuelle Gewichte</translation>
    </message>
    <message>
        <source>Draw weights near the current ones (a Dirichlet distribution) instead of anywhere on the simplex</source>
        <translation>Gewichte nahe den aktuellen ziehen (Dirichlet-Verteilung) statt irgendwo auf dem Simplex</translation>
    </message>
    <message>
        <source>Concentration: higher keeps the draws closer to the current weights</source>
        <translation>Konzentration: Höhere Werte halten die Ziehungen näher an den aktuellen Gewichten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kendall&apos;s tau</source>
        <translation>Kendalls Tau</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Every method&apos;s ranking under the current weights; Kendall&apos;s tau compares each with the method in use (1: same order, -1: reversed)</source>
        <translation>Die Rangfolge jeder Methode unter den aktuellen Gewichten; Kendalls Tau vergleicht jede mit der verwendeten Methode (1: gleiche Reihenfolge, -1: umgekehrt)</translation>
    </message>
    <message>
        <source>Drawing random weightings…</source>
        <translation>Zufallsgewichtungen werden gezogen…</translation>
    </message>
    <message>
        <source>How often does each option take each rank when the weights are drawn at random? Press Run.</source>
        <translation>Wie oft belegt jede Option welchen Rang, wenn die Gewichte zufällig gezogen werden? Klicken Sie auf „Starten“.</translation>
    </message>
    <message>
        <source>Weights or method changed since this run: press Run again.</source>
        <translation>Gewichte oder Methode seit diesem Lauf geändert: Klicken Sie erneut auf „Starten“.</translation>
    </message>
    <message>
        <source>%1 random weightings, seed %2%3.</source>
        <translation>%1 Zufallsgewichtungen, Seed %2%3.</translation>
    </message>
    <message>
        <source>, around the current weights</source>
        <translation>, um die aktuellen Gewichte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>Weights changed: drawing again once they settle…</source>
        <translation>Gewichte geändert: Es wird neu gezogen, sobald sie feststehen…</translation>
    </message>
    <message>
        <source>The level of the criteria tree the charts speak at: each criterion, or the groups at a level</source>
        <translation>Die Ebene des Kriterienbaums, auf der die Diagramme zusammenfassen: jedes Kriterium einzeln oder die Gruppen einer Ebene</translation>
    </message>
    <message>
        <source>&amp;Speak at:</source>
        <translation>&amp;Betrachtungsebene:</translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation>Konfidenzfaktor</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors (%1 score draws):</source>
        <translation>SMAA-2-Zentralgewichte und Konfidenzfaktoren (%1 Bewertungsziehungen):</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors:</source>
        <translation>SMAA-2-Zentralgewichte und Konfidenzfaktoren:</translation>
    </message>
    <message>
        <source>Central weights: the mean of the random weightings under which an option ranks first. Confidence factor: how often it stays first at those weights when the score ranges are drawn (with fixed scores, 100% or 0%).</source>
        <translation>Zentralgewichte: der Mittelwert der Zufallsgewichtungen, unter denen eine Option den ersten Rang belegt. Konfidenzfaktor: wie oft sie bei diesen Gewichten vorn bleibt, wenn die Bewertungsspannen gezogen werden (bei festen Bewertungen 100 % oder 0 %).</translation>
    </message>
    <message>
        <source>SMAA-2: each option&apos;s central weights (the mean of the random weightings under which it ranks first) and its confidence factor</source>
        <translation>SMAA-2: die Zentralgewichte jeder Option (der Mittelwert der Zufallsgewichtungen, unter denen sie den ersten Rang belegt) und ihr Konfidenzfaktor</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Speak at</source>
        <translation>Betrachtungsebene</translation>
    </message>
</context>
<context>
    <name>ui::Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another window is keeping a recovery copy of this file</source>
        <translation>ein anderes Fenster führt bereits eine Wiederherstellungskopie dieser Datei</translation>
    </message>
</context>
<context>
    <name>ui::CellDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Rationale: why this score</source>
        <translation>Begründung: warum diese Bewertung</translation>
    </message>
    <message>
        <source>Claims it rests on</source>
        <translation>Zugrunde liegende Behauptungen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Behauptung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation>Behauptung entfernen</translation>
    </message>
    <message>
        <source>(uncited)</source>
        <translation>(ohne Quelle)</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>&amp;Niedrig:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>&amp;Hoch:</translation>
    </message>
    <message>
        <source>An uncertain score: the lowest and highest plausible values around the score (both or neither)</source>
        <translation>Eine unsichere Bewertung: der niedrigste und der höchste plausible Wert um die Bewertung (beide oder keiner)</translation>
    </message>
    <message>
        <source>A range needs a score, a low and a high value.</source>
        <translation>Eine Spanne braucht eine Bewertung, einen niedrigen und einen hohen Wert.</translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <source>Save Chart As…</source>
        <translation>Diagramm speichern unter…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation>das Bild kann nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>ui::CodePanel</name>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this example to the clipboard</source>
        <translation>Dieses Beispiel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>no example</source>
        <translation>kein Beispiel</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit this example: its language, code and note</source>
        <translation>Dieses Beispiel bearbeiten: Sprache, Code und Notiz</translation>
    </message>
    <message>
        <source>This comparison has no code examples yet. Add a task in Comparison &gt; Edit Comparison &gt; Tasks.</source>
        <translation>Dieser Vergleich hat noch keine Codebeispiele. Fügen Sie unter Vergleich &gt; Vergleich bearbeiten &gt; Aufgaben eine Aufgabe hinzu.</translation>
    </message>
</context>
<context>
    <name>ui::ComparisonEditor</name>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>The lowest score must be below the highest.</source>
        <translation>Die niedrigste Bewertung muss unter der höchsten liegen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Every change here can be undone with Edit &gt; Undo.</source>
        <translation>Jede Änderung hier lässt sich mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour; use #rrggbb.</source>
        <translation>&apos;%1&apos; ist keine Farbe; verwenden Sie #rrggbb.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Niedrigste Bewertung</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Höchste Bewertung</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>New from Current Weights</source>
        <translation>Neu aus aktuellen Gewichten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Update with Current Weights</source>
        <translation>Mit aktuellen Gewichten aktualisieren</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Eine Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Rename the comparison to %1</source>
        <translation>Vergleich in %1 umbenennen</translation>
    </message>
    <message>
        <source>Edit the description of %1</source>
        <translation>Beschreibung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Neue Option</translation>
    </message>
    <message>
        <source>Add the option %1</source>
        <translation>Option %1 hinzufügen</translation>
    </message>
    <message>
        <source>A comparison needs at least one option.</source>
        <translation>Ein Vergleich braucht mindestens eine Option.</translation>
    </message>
    <message>
        <source>Remove the option %1</source>
        <translation>Option %1 entfernen</translation>
    </message>
    <message>
        <source>Move the option %1</source>
        <translation>Option %1 verschieben</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Add the criterion %1</source>
        <translation>Kriterium %1 hinzufügen</translation>
    </message>
    <message>
        <source>A comparison needs at least one criterion.</source>
        <translation>Ein Vergleich braucht mindestens ein Kriterium.</translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation>Kriterium %1 entfernen</translation>
    </message>
    <message>
        <source>Move the criterion %1</source>
        <translation>Kriterium %1 verschieben</translation>
    </message>
    <message>
        <source>My weights</source>
        <translation>Meine Gewichte</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate the profile %1</source>
        <translation>Profil %1 duplizieren</translation>
    </message>
    <message>
        <source>Store the current weights in %1</source>
        <translation>Aktuelle Gewichte in %1 speichern</translation>
    </message>
    <message>
        <source>Remove the profile %1</source>
        <translation>Profil %1 entfernen</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove the source %1</source>
        <translation>Quelle %1 entfernen</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Add the task %1</source>
        <translation>Aufgabe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the task %1</source>
        <translation>Aufgabe %1 entfernen</translation>
    </message>
    <message>
        <source>Move the task %1</source>
        <translation>Aufgabe %1 verschieben</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Value function</source>
        <translation>Wertfunktion</translation>
    </message>
    <message>
        <source>Value Function…</source>
        <translation>Wertfunktion…</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>Übergeordnete Gruppe</translation>
    </message>
    <message>
        <source>A group cannot sit in itself.</source>
        <translation>Eine Gruppe kann nicht in sich selbst liegen.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Pick a criterion first.</source>
        <translation>Wählen Sie zuerst ein Kriterium aus.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Add the group %1</source>
        <translation>Gruppe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the group %1</source>
        <translation>Gruppe %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ui::ConflictDialog</name>
    <message>
        <source>Changes That Collide</source>
        <translation>Kollidierende Änderungen</translation>
    </message>
    <message>
        <source>Someone else saved a different version of what you changed. Pick the version to keep for each; the rest of your changes and theirs are kept together.</source>
        <translation>Jemand anderes hat eine andere Version dessen gespeichert, was Sie geändert haben. Wählen Sie jeweils die Version, die bleiben soll; alle übrigen Änderungen, Ihre und die der anderen, bleiben zusammen erhalten.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>andere Version</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (von %2, %3)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Zu behaltende Version für %1</translation>
    </message>
    <message>
        <source>Save With These</source>
        <translation>Mit dieser Auswahl speichern</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Alle anderen übernehmen</translation>
    </message>
</context>
<context>
    <name>ui::ContributionChart</name>
    <message>
        <source>Contribution of each criterion</source>
        <translation>Beitrag je Kriterium</translation>
    </message>
    <message>
        <source>Contribution of each category</source>
        <translation>Beitrag je Kategorie</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Weitere Kategorien</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(top %1 of %2)</source>
        <translation>(beste %1 von %2)</translation>
    </message>
    <message>
        <source>Contribution at level %1 of the criteria tree</source>
        <translation>Beitrag auf Ebene %1 des Kriterienbaums</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Weitere Gruppen</translation>
    </message>
</context>
<context>
    <name>ui::DecisionPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation>Ersetzt &amp;durch:</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Entschieden &amp;am</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Deciders:</source>
        <translation>&amp;Entscheider:</translation>
    </message>
    <message>
        <source>Co&amp;nsulted:</source>
        <translation>&amp;Konsultiert:</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>&amp;Informiert:</translation>
    </message>
    <message>
        <source>The decision record of this comparison, as the Markdown (MADR) report writes it. Every change here can be undone with Edit &gt; Undo.</source>
        <translation>Das Entscheidungsprotokoll dieses Vergleichs, wie es der Markdown-Bericht (MADR) schreibt. Jede Änderung hier lässt sich mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Edit the decision record of %1</source>
        <translation>Entscheidungsprotokoll von %1 bearbeiten</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>ui::DisagreementChart</name>
    <message>
        <source>Choose at least one stakeholder profile to see how far apart their weights are.</source>
        <translation>Wählen Sie mindestens ein Stakeholder-Profil, um zu sehen, wie weit die Gewichte auseinanderliegen.</translation>
    </message>
    <message>
        <source>Share of the weight: each dot a stakeholder, ◆ the consensus</source>
        <translation>Anteil am Gewicht: jeder Punkt ein Stakeholder, ◆ der Konsens</translation>
    </message>
</context>
<context>
    <name>ui::DocumentController</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no comparison.</source>
        <translation>%1 enthält keinen Vergleich.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Vergleich öffnen</translation>
    </message>
    <message>
        <source>Tradeoff files, CSV matrices and JSON exports (*.tradeoff *.sqlite *.db *.csv *.json);;All files (*)</source>
        <translation>Tradeoff-Dateien, CSV-Matrizen und JSON-Exporte (*.tradeoff *.sqlite *.db *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The bundled comparison cannot be opened: %1</source>
        <translation>Der mitgelieferte Vergleich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Opened the bundled comparison (your copy: %1)</source>
        <translation>Mitgelieferter Vergleich geöffnet (Ihre Kopie: %1)</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>Tradeoff files (*.tradeoff)</source>
        <translation>Tradeoff-Dateien (*.tradeoff)</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened or saved it here. Save over it with your version and lose that change?</source>
        <translation>%1 wurde von einem anderen Programm geändert, seit Sie die Datei hier geöffnet oder gespeichert haben. Mit Ihrer Version überschreiben und diese Änderung verwerfen?</translation>
    </message>
    <message>
        <source>%1 was not saved: it was changed by another program. Reload it, or use Save As to keep both versions.</source>
        <translation>%1 wurde nicht gespeichert: Die Datei wurde von einem anderen Programm geändert. Laden Sie sie neu oder verwenden Sie „Speichern unter“, um beide Versionen zu behalten.</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program. Your version stays open; Save writes it again.</source>
        <translation>%1 wurde von einem anderen Programm gelöscht oder verschoben. Ihre Version bleibt geöffnet; Speichern schreibt sie erneut.</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep your version?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden und Ihre ungespeicherten Änderungen verwerfen oder Ihre Version behalten?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it, or keep the version shown?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden oder die angezeigte Version behalten?</translation>
    </message>
    <message>
        <source>%1 cannot be reloaded: %2. Your version stays open.</source>
        <translation>%1 kann nicht neu geladen werden: %2. Ihre Version bleibt geöffnet.</translation>
    </message>
    <message>
        <source>it holds no comparison</source>
        <translation>sie enthält keinen Vergleich</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>a new document</source>
        <translation>einem neuen Dokument</translation>
    </message>
    <message>
        <source>Tradeoff closed without saving changes to %1 (%2, %3). Restore them?</source>
        <translation>Tradeoff wurde beendet, ohne die Änderungen an %1 zu speichern (%2, %3). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>Die Wiederherstellungskopie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>The recovery copy cannot be kept: %1</source>
        <translation>Die Wiederherstellungskopie kann nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Restored unsaved changes to %1</source>
        <translation>Ungespeicherte Änderungen an %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1 (used for this connection only, never stored):</source>
        <translation>Passwort für %1 (nur für diese Verbindung verwendet, nie gespeichert):</translation>
    </message>
    <message>
        <source>%1 can be reached again.</source>
        <translation>%1 ist wieder erreichbar.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Your changes stay in this window and its recovery copy; save when it is back, or use Save As to keep them in a file.</source>
        <translation>%1 ist nicht erreichbar (%2). Ihre Änderungen bleiben in diesem Fenster und seiner Wiederherstellungskopie; speichern Sie, sobald das Repository wieder da ist, oder verwenden Sie „Speichern unter“, um sie in einer Datei aufzubewahren.</translation>
    </message>
    <message>
        <source>Open Team Repository</source>
        <translation>Team-Repository öffnen</translation>
    </message>
    <message>
        <source>Repository URL (postgresql://user@host:5432/database?sslmode=require).
The password comes from ~/.pgpass or PGPASSWORD, or is asked for and never stored.</source>
        <translation>Repository-URL (postgresql://user@host:5432/database?sslmode=require).
Das Passwort kommt aus ~/.pgpass oder PGPASSWORD oder wird abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not a repository URL (postgresql://user@host:port/database).</source>
        <translation>%1 ist keine Repository-URL (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>Open a team repository first (File &gt; Open Team Repository).</source>
        <translation>Öffnen Sie zuerst ein Team-Repository (Datei &gt; Team-Repository öffnen).</translation>
    </message>
    <message>
        <source>%1 cannot be listed: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the repository.</source>
        <translation>%1 ist nicht mehr im Repository.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. Your changes stay in this window and its recovery copy; save again when the repository is back, or use Save As to keep them in a file.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Ihre Änderungen bleiben in diesem Fenster und seiner Wiederherstellungskopie; speichern Sie erneut, sobald das Repository wieder da ist, oder verwenden Sie „Speichern unter“, um sie in einer Datei aufzubewahren.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 with %n change(s) by others</source>
        <translation>
            <numerusform>In %1 gespeichert, mit %n Änderung von anderen</numerusform>
            <numerusform>In %1 gespeichert, mit %n Änderungen von anderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not saved: %n change(s) collide with changes others saved. Save again to choose which to keep.</source>
        <translation>
            <numerusform>%1 wurde nicht gespeichert: %n Änderung kollidiert mit Änderungen, die andere gespeichert haben. Speichern Sie erneut, um auszuwählen, was bleiben soll.</numerusform>
            <numerusform>%1 wurde nicht gespeichert: %n Änderungen kollidieren mit Änderungen, die andere gespeichert haben. Speichern Sie erneut, um auszuwählen, was bleiben soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick between colliding changes</source>
        <translation>Zwischen kollidierenden Änderungen wählen</translation>
    </message>
    <message>
        <source>%1 was not saved: others keep changing the same parts. Try again.</source>
        <translation>%1 wurde nicht gespeichert: Andere ändern laufend dieselben Teile. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>Änderungen von anderen</translation>
    </message>
    <message>
        <source>Changes by %1</source>
        <translation>Änderungen von %1</translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>Vergleich %1</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 hat %2 geändert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %2 and %n more</source>
        <translation>
            <numerusform>%1 hat %2 und %n weiteren Teil geändert</numerusform>
            <numerusform>%1 hat %2 und %n weitere Teile geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed %2, which you changed too; saving asks which to keep</source>
        <translation>%1 hat %2 geändert, was Sie auch geändert haben; beim Speichern wählen Sie, was bleibt</translation>
    </message>
</context>
<context>
    <name>ui::EditActions</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <source>Duplicate the comparison %1</source>
        <translation>Vergleich %1 duplizieren</translation>
    </message>
    <message>
        <source>New comparison %1</source>
        <translation>Neuer Vergleich %1</translation>
    </message>
    <message>
        <source>A file keeps at least one comparison; add another before deleting this one.</source>
        <translation>Eine Datei enthält immer mindestens einen Vergleich; fügen Sie einen weiteren hinzu, bevor Sie diesen löschen.</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>%1 gelöscht. Bearbeiten &gt; Rückgängig stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Select a score in the matrix first.</source>
        <translation>Wählen Sie zuerst eine Bewertung in der Matrix aus.</translation>
    </message>
    <message>
        <source>This file is open read-only.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Edit the %1 example of %2</source>
        <translation>Beispiel von %1 für %2 bearbeiten</translation>
    </message>
    <message>
        <source>Weights set from pairwise comparisons (consistency ratio %1)</source>
        <translation>Gewichte aus Paarvergleichen gesetzt (Konsistenzverhältnis %1)</translation>
    </message>
    <message>
        <source>Swing weights</source>
        <translation>Swing-Gewichte</translation>
    </message>
    <message>
        <source>Weights set from swing ratings</source>
        <translation>Gewichte aus Swing-Einstufungen gesetzt</translation>
    </message>
</context>
<context>
    <name>ui::EngineSelector</name>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Normalisation:</source>
        <translation>Normalisierung:</translation>
    </message>
    <message>
        <source>Missing scores:</source>
        <translation>Fehlende Bewertungen:</translation>
    </message>
    <message>
        <source>VIKOR v:</source>
        <translation>VIKOR v:</translation>
    </message>
    <message>
        <source>The weight of the group utility S against the largest single regret R in VIKOR&apos;s Q: 1 follows the majority, 0 the worst criterion.</source>
        <translation>Das Gewicht des Gruppennutzens S gegenüber dem größten Einzelbedauern R im Q von VIKOR: 1 folgt der Mehrheit, 0 dem schlechtesten Kriterium.</translation>
    </message>
</context>
<context>
    <name>ui::EvidencePanel</name>
    <message>
        <source>uncited</source>
        <translation>ohne Quelle</translation>
    </message>
    <message>
        <source>Click a score in the matrix to read its rationale and the claims behind it.</source>
        <translation>Klicken Sie auf eine Bewertung in der Matrix, um ihre Begründung und die zugrunde liegenden Behauptungen zu lesen.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 on a scale of %2 to %3</source>
        <translation>%1 auf einer Skala von %2 bis %3</translation>
    </message>
    <message>
        <source>cost: lower is better</source>
        <translation>Kosten: niedriger ist besser</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Score this criterion for your own team.</source>
        <translation>Bewerten Sie dieses Kriterium für Ihr eigenes Team.</translation>
    </message>
    <message>
        <source>Sources disagree on this score: both sides are listed below.</source>
        <translation>Die Quellen widersprechen sich bei dieser Bewertung: Beide Seiten sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>No claims recorded.</source>
        <translation>Keine Behauptungen erfasst.</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Behauptungen:</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>Strittig:</translation>
    </message>
    <message>
        <source>no correction given</source>
        <translation>keine Korrektur angegeben</translation>
    </message>
    <message>
        <source>Edit rationale and claims…</source>
        <translation>Begründung und Behauptungen bearbeiten…</translation>
    </message>
</context>
<context>
    <name>ui::ExampleDialog</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>ui::LiveWorkshopController</name>
    <message>
        <source>A live workshop runs on a team repository: open one with File &gt; Open Team Repository.</source>
        <translation>Ein Live-Workshop läuft auf einem Team-Repository: Öffnen Sie eines mit Datei &gt; Team-Repository öffnen.</translation>
    </message>
    <message>
        <source>The workshop cannot start: %1</source>
        <translation>Der Workshop kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Live workshop on %1: participants join with code %2</source>
        <translation>Live-Workshop zu %1: Teilnehmende treten mit dem Code %2 bei</translation>
    </message>
    <message>
        <source>Join Live Workshop</source>
        <translation>Live-Workshop beitreten</translation>
    </message>
    <message>
        <source>Join code (or the comparison&apos;s name):</source>
        <translation>Beitrittscode (oder der Name des Vergleichs):</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>Beitritt nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot join: %1 is not in this document; reopen the repository.</source>
        <translation>Beitritt nicht möglich: %1 ist nicht in diesem Dokument; öffnen Sie das Repository erneut.</translation>
    </message>
    <message>
        <source>In the live workshop on %1 as %2: your weights are shared as you move them</source>
        <translation>Im Live-Workshop zu %1 als %2: Ihre Gewichte werden geteilt, während Sie sie verschieben</translation>
    </message>
    <message>
        <source>Left the live workshop</source>
        <translation>Sie haben den Live-Workshop verlassen</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (live)</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Comparison</source>
        <translation>&amp;Mitgelieferten Vergleich öffnen</translation>
    </message>
    <message>
        <source>Node.js vs Python (backend), shipped with Tradeoff</source>
        <translation>Node.js vs Python (Backend), mit Tradeoff ausgeliefert</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tradeoff</source>
        <translation>Ü&amp;ber Tradeoff</translation>
    </message>
    <message>
        <source>About Tradeoff</source>
        <translation>Über Tradeoff</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tradeoff %1&lt;/h3&gt;&lt;p&gt;Weigh technology options against criteria, see the ranking and verdict change live, and keep every score tied to its sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tradeoff %1&lt;/h3&gt;&lt;p&gt;Wägen Sie Technologieoptionen anhand von Kriterien ab, verfolgen Sie live, wie sich Rangfolge und Urteil ändern, und halten Sie jede Bewertung mit ihren Quellen verknüpft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Tradeoff</source>
        <translation>Tradeoff</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Weights from Pairwise Comparisons (AHP)…</source>
        <translation>&amp;Gewichte aus Paarvergleichen (AHP)…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1[*] — Tradeoff</source>
        <translation>%1[*] — Tradeoff</translation>
    </message>
    <message>
        <source>%1 (%2)[*] — Tradeoff</source>
        <translation>%1 (%2)[*] — Tradeoff</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Edit Comparison</source>
        <translation>Vergleich bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit Comparison…</source>
        <translation>Vergleich &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Edit &amp;Rationale and Evidence…</source>
        <translation>Be&amp;gründung und Belege bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New Comparison</source>
        <translation>&amp;Neuer Vergleich</translation>
    </message>
    <message>
        <source>&amp;Duplicate Comparison</source>
        <translation>Vergleich &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Comparison</source>
        <translation>Vergleich &amp;löschen</translation>
    </message>
    <message>
        <source>Select a score in the matrix first.</source>
        <translation>Wählen Sie zuerst eine Bewertung in der Matrix aus.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, large type, driven from the keyboard</source>
        <translation>Vollbild, große Schrift, per Tastatur gesteuert</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Open &amp;Team Repository…</source>
        <translation>&amp;Team-Repository öffnen…</translation>
    </message>
    <message>
        <source>Bro&amp;wse Team Repository…</source>
        <translation>Team-Repository du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Start Live Workshop</source>
        <translation>Live-Workshop &amp;starten</translation>
    </message>
    <message>
        <source>Live Workshop</source>
        <translation>Live-Workshop</translation>
    </message>
    <message>
        <source>Participants open this repository and join with the code %1 (Tools &gt; Join Live Workshop). Their weights appear in the Stakeholders tab as they move them.</source>
        <translation>Teilnehmende öffnen dieses Repository und treten mit dem Code %1 bei (Werkzeuge &gt; Live-Workshop beitreten). Ihre Gewichte erscheinen im Reiter „Stakeholder“, während sie sie verschieben.</translation>
    </message>
    <message>
        <source>&amp;Join Live Workshop…</source>
        <translation>Live-Workshop &amp;beitreten…</translation>
    </message>
    <message>
        <source>&amp;Leave Live Workshop</source>
        <translation>Live-Workshop &amp;verlassen</translation>
    </message>
    <message>
        <source>S&amp;wing Weighting…</source>
        <translation>S&amp;wing-Gewichtung…</translation>
    </message>
</context>
<context>
    <name>ui::PresentationView</name>
    <message>
        <source>Tradeoff — Presentation</source>
        <translation>Tradeoff — Präsentation</translation>
    </message>
    <message>
        <source>Weights reset</source>
        <translation>Gewichte zurückgesetzt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Eigene Gewichte</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, geändert</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>↑↓ criterion   ←→ weight   1–9 profile   R reset   S snapshot   Esc leave</source>
        <translation>↑↓ Kriterium   ←→ Gewicht   1–9 Profil   R zurücksetzen   S Momentaufnahme   Esc beenden</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n participant(s) · the room&apos;s consensus: %1 · %2 of them pick it</source>
        <translation>
            <numerusform>Live: %n teilnehmende Person · Konsens im Raum: %1 · von %2 davon gewählt</numerusform>
            <numerusform>Live: %n Teilnehmende · Konsens im Raum: %1 · von %2 davon gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RadarChart</name>
    <message>
        <source>Scores (normalised)</source>
        <translation>Bewertungen (normalisiert)</translation>
    </message>
    <message>
        <source>Scores (normalised, %1 of %2 options)</source>
        <translation>Bewertungen (normalisiert, %1 von %2 Optionen)</translation>
    </message>
</context>
<context>
    <name>ui::RankingChart</name>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Ranking (top %1 of %2)</source>
        <translation>Rangfolge (beste %1 von %2)</translation>
    </message>
</context>
<context>
    <name>ui::ReadOnlyBar</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>Edit in this window; Save will ask for a new file name</source>
        <translation>In diesem Fenster bearbeiten; beim Speichern wird nach einem neuen Dateinamen gefragt</translation>
    </message>
    <message>
        <source>%1 is read-only: you can explore it and change weights, but not edit it.</source>
        <translation>%1 ist schreibgeschützt: Sie können die Datei erkunden und Gewichte ändern, aber nicht bearbeiten.</translation>
    </message>
</context>
<context>
    <name>ui::RecordModel</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>HTML page (self-contained, interactive)</source>
        <translation>HTML-Seite (eigenständig, interaktiv)</translation>
    </message>
    <message>
        <source>Markdown decision record (MADR)</source>
        <translation>Markdown-Entscheidungsprotokoll (MADR)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ui::RepositoryBrowser</name>
    <message>
        <source>Team Repository</source>
        <translation>Team-Repository</translation>
    </message>
    <message>
        <source>Search by name, status, owner or who changed it</source>
        <translation>Nach Name, Status, Eigentümer oder Bearbeiter suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
</context>
<context>
    <name>ui::RepositoryModel</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Zuletzt geändert von</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>ui::ScoreMatrixModel</name>
    <message>
        <source>Share of the total weight</source>
        <translation>Anteil am Gesamtgewicht</translation>
    </message>
    <message>
        <source>–</source>
        <comment>missing score</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Sources disagree or a claim is disputed: click to read the evidence.</source>
        <translation>Quellen widersprechen sich oder eine Behauptung ist strittig: Klicken, um die Belege zu lesen.</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Nicht bewertet.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Uncertain: most likely %1, from %2 to %3 (Monte Carlo draws it).</source>
        <translation>Unsicher: wahrscheinlichster Wert %1, von %2 bis %3 (per Monte Carlo gezogen).</translation>
    </message>
</context>
<context>
    <name>ui::SelectionBar</name>
    <message>
        <source>Comparison:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Gewichte zurücksetzen</translation>
    </message>
    <message>
        <source>Set every weight back to the selected profile&apos;s</source>
        <translation>Alle Gewichte auf die des gewählten Profils zurücksetzen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>The weights differ from the profile %1; Reset weights returns to it.</source>
        <translation>Die Gewichte weichen vom Profil %1 ab; „Gewichte zurücksetzen“ stellt dessen Gewichte wieder her.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
</context>
<context>
    <name>ui::Session</name>
    <message>
        <source>Score %1 on %2: %3</source>
        <translation>Bewertung von %1 bei %2: %3</translation>
    </message>
    <message>
        <source>Clear the score of %1 on %2</source>
        <translation>Bewertung von %1 bei %2 löschen</translation>
    </message>
    <message>
        <source>A rationale, claim or correction can have at most %1 characters.</source>
        <translation>Eine Begründung, Behauptung oder Korrektur darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A claim cites a source that does not exist.</source>
        <translation>Eine Behauptung verweist auf eine Quelle, die nicht existiert.</translation>
    </message>
    <message>
        <source>Edit the evidence of %1 on %2</source>
        <translation>Belege von %1 bei %2 bearbeiten</translation>
    </message>
    <message>
        <source>Delete the comparison %1</source>
        <translation>Vergleich %1 löschen</translation>
    </message>
    <message>
        <source>Snapshots cannot be taken in a read-only file.</source>
        <translation>In einer schreibgeschützten Datei können keine Momentaufnahmen erstellt werden.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Momentaufnahme %1</translation>
    </message>
    <message>
        <source>Take the snapshot %1</source>
        <translation>Momentaufnahme %1 erstellen</translation>
    </message>
    <message>
        <source>A snapshot name can have at most %1 characters.</source>
        <translation>Der Name einer Momentaufnahme darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A range needs low &lt;= most likely &lt;= high.</source>
        <translation>Eine Spanne erfordert niedrig &lt;= wahrscheinlichster Wert &lt;= hoch.</translation>
    </message>
</context>
<context>
    <name>ui::SnapshotPanel</name>
    <message>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Keep the weights and results shown now (S in presentation mode)</source>
        <translation>Die jetzt angezeigten Gewichte und Ergebnisse festhalten (S im Präsentationsmodus)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Delete the snapshot %1</source>
        <translation>Momentaufnahme %1 löschen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Take a snapshot (here, or with S in presentation mode) to compare the weights and results of two moments of the discussion.</source>
        <translation>Erstellen Sie eine Momentaufnahme (hier oder mit S im Präsentationsmodus), um die Gewichte und Ergebnisse zweier Zeitpunkte der Diskussion zu vergleichen.</translation>
    </message>
    <message>
        <source>The verdict flipped: %1 → %2</source>
        <translation>Das Urteil hat sich gedreht: %1 → %2</translation>
    </message>
    <message>
        <source>Same winner: %1</source>
        <translation>Gleicher Sieger: %1</translation>
    </message>
    <message>
        <source>The method changed too: %1 → %2</source>
        <translation>Auch die Methode hat sich geändert: %1 → %2</translation>
    </message>
    <message>
        <source>No weight moved.</source>
        <translation>Kein Gewicht hat sich verändert.</translation>
    </message>
    <message>
        <source>Weights that moved</source>
        <translation>Veränderte Gewichte</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message numerus="yes">
        <source>up %n</source>
        <translation>
            <numerusform>%n Platz nach oben</numerusform>
            <numerusform>%n Plätze nach oben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n</source>
        <translation>
            <numerusform>%n Platz nach unten</numerusform>
            <numerusform>%n Plätze nach unten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StakeholderPanel</name>
    <message>
        <source>Consensus:</source>
        <translation>Konsens:</translation>
    </message>
    <message>
        <source>Arithmetic mean</source>
        <translation>Arithmetisches Mittel</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>Geometrisches Mittel</translation>
    </message>
    <message>
        <source>The geometric mean lets a stakeholder who gives a criterion no weight at all veto it</source>
        <translation>Beim geometrischen Mittel kann ein Stakeholder, der einem Kriterium gar kein Gewicht gibt, dieses per Veto ausschließen</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Set the weights to the consensus</source>
        <translation>Die Gewichte auf den Konsens setzen</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import profile files exported by participants</source>
        <translation>Von Teilnehmenden exportierte Profildateien importieren</translation>
    </message>
    <message>
        <source>Export My Weights…</source>
        <translation>Meine Gewichte exportieren…</translation>
    </message>
    <message>
        <source>Save the current weights as a profile file for the facilitator</source>
        <translation>Die aktuellen Gewichte als Profildatei für die Moderation speichern</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>Weighs most</source>
        <translation>Am stärksten gewichtet</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Tradeoff profiles (*.tradeoff-profile *.json);;All files (*)</source>
        <translation>Tradeoff-Profile (*.tradeoff-profile *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n Profil importiert.</numerusform>
            <numerusform>%n Profile importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>My weights</source>
        <translation>Meine Gewichte</translation>
    </message>
    <message>
        <source>Export My Weights</source>
        <translation>Meine Gewichte exportieren</translation>
    </message>
    <message>
        <source>Tradeoff profiles (*.tradeoff-profile)</source>
        <translation>Tradeoff-Profile (*.tradeoff-profile)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This comparison has no profiles yet: import participants&apos; profile files, or add profiles in Comparison &gt; Edit Comparison.</source>
        <translation>Dieser Vergleich hat noch keine Profile: Importieren Sie die Profildateien der Teilnehmenden, oder fügen Sie unter Vergleich &gt; Vergleich bearbeiten Profile hinzu.</translation>
    </message>
    <message>
        <source>Tick the profiles that take part.</source>
        <translation>Haken Sie die teilnehmenden Profile an.</translation>
    </message>
    <message>
        <source>With the consensus weights %1 wins; %2 of %3 stakeholders pick it on their own.</source>
        <translation>Mit den Konsensgewichten gewinnt %1; %2 von %3 Stakeholdern wählen diese Option auch mit ihren eigenen Gewichten.</translation>
    </message>
    <message>
        <source>Most disputed: %1.</source>
        <translation>Am umstrittensten: %1.</translation>
    </message>
    <message>
        <source>Every criterion was given no weight by someone, so the arithmetic mean is used.</source>
        <translation>Jedes Kriterium hat von mindestens einem Stakeholder kein Gewicht erhalten, daher wird das arithmetische Mittel verwendet.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Arithmetic mean of the stakeholders&apos; weights</source>
        <translation>Arithmetisches Mittel der Gewichte der Stakeholder</translation>
    </message>
    <message>
        <source>Geometric mean of the stakeholders&apos; weights</source>
        <translation>Geometrisches Mittel der Gewichte der Stakeholder</translation>
    </message>
    <message>
        <source>Save the consensus as %1</source>
        <translation>Konsens als %1 speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no weight for %2 (counted as 0)</source>
        <translation>%1: kein Gewicht für %2 (als 0 gezählt)</translation>
    </message>
    <message>
        <source>%1: ignored %2, not in this comparison</source>
        <translation>%1: %2 ignoriert, nicht in diesem Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>%n Profil importieren</numerusform>
            <numerusform>%n Profile importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SweepChartImpl</name>
    <message>
        <source>Current weight</source>
        <translation>Aktuelles Gewicht</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>Schnittpunkt</translation>
    </message>
    <message>
        <source>Scores as the weight of %1 changes</source>
        <translation>Punktzahlen abhängig vom Gewicht von %1</translation>
    </message>
    <message>
        <source>Scores by weight</source>
        <translation>Punktzahlen nach Gewicht</translation>
    </message>
</context>
<context>
    <name>ui::SwingDialog</name>
    <message>
        <source>Swing Weighting</source>
        <translation>Swing-Gewichtung</translation>
    </message>
    <message>
        <source>Imagine an option that is the worst of these options on every criterion. You may improve it on one criterion only, from its worst to its best value below. Which swing would you choose first? Put the swings in that order, most valuable first: select one and press Alt+Up or Alt+Down.</source>
        <translation>Stellen Sie sich eine Option vor, die bei jedem Kriterium die schlechteste dieser Optionen ist. Sie dürfen sie bei nur einem Kriterium verbessern, von ihrem schlechtesten zu ihrem besten Wert (siehe unten). Welchen Swing würden Sie zuerst wählen? Bringen Sie die Swings in diese Reihenfolge, den wertvollsten zuerst: Wählen Sie einen aus und drücken Sie Alt+Pfeil nach oben oder Alt+Pfeil nach unten.</translation>
    </message>
    <message>
        <source>Why swings: asked directly how important a criterion is, people ignore how far apart the options are on it; a swing weight depends on that range, so a criterion on which the options barely differ gets little weight (Monat 2009; Edwards &amp; Barron 1994).</source>
        <translation>Warum Swings: Direkt gefragt, wie wichtig ein Kriterium ist, übersehen Menschen, wie weit die Optionen darin auseinanderliegen; ein Swing-Gewicht hängt von dieser Spanne ab, sodass ein Kriterium, bei dem sich die Optionen kaum unterscheiden, wenig Gewicht erhält (Monat 2009; Edwards &amp; Barron 1994).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Swing from worst to best</source>
        <translation>Swing vom schlechtesten zum besten Wert</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Pfeil nach unten</translation>
    </message>
    <message>
        <source>The first swing is worth 100. How much is each other swing worth next to it, from 0 (nothing) to 100 (as much)? 50 means half as much.</source>
        <translation>Der erste Swing ist 100 wert. Wie viel ist jeder andere Swing im Vergleich dazu wert, von 0 (nichts) bis 100 (genauso viel)? 50 bedeutet halb so viel.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>no option is scored</source>
        <translation>keine Option ist bewertet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>all options alike (%1)</source>
        <translation>alle Optionen gleich (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1 (value %2) to %3 (value %4)</source>
        <translation>von %1 (Wert %2) bis %3 (Wert %4)</translation>
    </message>
    <message>
        <source>Step 1 of 3: rank the swings</source>
        <translation>Schritt 1 von 3: die Swings ordnen</translation>
    </message>
    <message>
        <source>Step 2 of 3: rate the swings</source>
        <translation>Schritt 2 von 3: die Swings einstufen</translation>
    </message>
    <message>
        <source>Step 3 of 3: the weights</source>
        <translation>Schritt 3 von 3: die Gewichte</translation>
    </message>
    <message>
        <source>&amp;Apply Weights</source>
        <translation>Gewichte &amp;übernehmen</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>Einstufung von %1</translation>
    </message>
    <message>
        <source>Rated above a swing you ranked higher: %1. Check the order or the ratings.</source>
        <translation>Höher eingestuft als ein Swing, den Sie weiter vorn eingeordnet haben: %1. Prüfen Sie die Reihenfolge oder die Einstufungen.</translation>
    </message>
    <message>
        <source>Each weight is the swing&apos;s rating over the sum of all ratings (%1), so the weights add up to 100%. Applying them replaces the weights being explored; Edit &gt; Undo puts the old ones back.</source>
        <translation>Jedes Gewicht ist die Einstufung des Swings geteilt durch die Summe aller Einstufungen (%1), daher ergeben die Gewichte zusammen 100 %. Übernehmen ersetzt die gerade erkundeten Gewichte; Bearbeiten &gt; Rückgängig stellt die alten wieder her.</translation>
    </message>
</context>
<context>
    <name>ui::Theme</name>
    <message>
        <source>Follow the Desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>ui::TornadoChartImpl</name>
    <message>
        <source>Most sensitive criteria: weights over which the winner stays first</source>
        <translation>Empfindlichste Kriterien: Gewichte, bei denen der Sieger vorn bleibt</translation>
    </message>
    <message>
        <source>Weights over which the winner stays first</source>
        <translation>Gewichte, bei denen der Sieger vorn bleibt</translation>
    </message>
    <message>
        <source>Winner stays first</source>
        <translation>Sieger bleibt vorn</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>Aktuelles Gewicht</translation>
    </message>
    <message>
        <source>Most sensitive criteria</source>
        <translation>Empfindlichste Kriterien</translation>
    </message>
    <message>
        <source>Where the winner stays</source>
        <translation>Wo der Sieger vorn bleibt</translation>
    </message>
    <message>
        <source>Most sensitive</source>
        <translation>Empfindlichste</translation>
    </message>
    <message>
        <source>Winner stays</source>
        <translation>Sieger bleibt vorn</translation>
    </message>
</context>
<context>
    <name>ui::ValueFunctionChartImpl</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value function</source>
        <translation>Wertfunktion</translation>
    </message>
    <message>
        <source>Points (drag)</source>
        <translation>Punkte (ziehen)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Value function of %1</source>
        <translation>Wertfunktion von %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Score (%1)</source>
        <translation>Bewertung (%1)</translation>
    </message>
</context>
<context>
    <name>ui::ValueFunctionDialog</name>
    <message>
        <source>Value Function of %1</source>
        <translation>Wertfunktion von %1</translation>
    </message>
    <message>
        <source>A value function turns a score into a value from 0 (worst) to 1 (best) before weighting. Linear keeps the usual normalisation. With piecewise or step, the points decide what is better: for a cost, let the values fall as the score grows.</source>
        <translation>Eine Wertfunktion wandelt vor der Gewichtung eine Bewertung in einen Wert von 0 (schlechtester) bis 1 (bester) um. Linear behält die übliche Normalisierung bei. Bei stückweise linear oder Stufen entscheiden die Punkte, was besser ist: Lassen Sie bei Kosten die Werte mit steigender Bewertung fallen.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Piecewise linear</source>
        <translation>Stückweise linear</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Value (0–1)</source>
        <translation>Wert (0–1)</translation>
    </message>
    <message>
        <source>&amp;Add Point</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>Nicht geändert: %1.</translation>
    </message>
    <message>
        <source>Set the value function of %1 to %2</source>
        <translation>Wertfunktion von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Add a point to the value function of %1</source>
        <translation>Punkt zur Wertfunktion von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove a point from the value function of %1</source>
        <translation>Punkt aus der Wertfunktion von %1 entfernen</translation>
    </message>
    <message>
        <source>Move a point of the value function of %1</source>
        <translation>Punkt der Wertfunktion von %1 verschieben</translation>
    </message>
    <message>
        <source>Not changed: &apos;%1&apos; is not a number.</source>
        <translation>Nicht geändert: &apos;%1&apos; ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>ui::VerdictPanel</name>
    <message>
        <source>Method: %1 · normalisation: %2 · missing scores: %3</source>
        <translation>Methode: %1 · Normalisierung: %2 · fehlende Bewertungen: %3</translation>
    </message>
    <message>
        <source>At level %1 of the criteria tree: driven by %2.</source>
        <translation>Auf Ebene %1 des Kriterienbaums ausschlaggebend: %2.</translation>
    </message>
</context>
<context>
    <name>ui::WeightPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Cost criterion: lower values are better.</source>
        <translation>Kostenkriterium: Niedrigere Werte sind besser.</translation>
    </message>
    <message>
        <source>Score this one for your own team.</source>
        <translation>Bewerten Sie dieses Kriterium für Ihr eigenes Team.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>Share of the total weight</source>
        <translation>Anteil am Gesamtgewicht</translation>
    </message>
    <message>
        <source>A group&apos;s slider sets its share within the group above it. Beside it: that share · its share of the total weight.</source>
        <translation>Der Schieberegler einer Gruppe legt ihren Anteil innerhalb der übergeordneten Gruppe fest. Daneben: dieser Anteil · ihr Anteil am Gesamtgewicht.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Left and Right (or - and +, or Space) collapse and expand the group; Up and Down move between groups.</source>
        <translation>Pfeil links und rechts (oder - und +, oder Leertaste) klappen die Gruppe zu und auf; Pfeil hoch und runter wechseln zwischen den Gruppen.</translation>
    </message>
    <message>
        <source>all criteria</source>
        <translation>allen Kriterien</translation>
    </message>
    <message>
        <source>Share of %1 within %2</source>
        <translation>Anteil von %1 an %2</translation>
    </message>
    <message>
        <source>Share of %1 within %2: moving it scales the criteria of %1 together and its siblings&apos; to take up the rest.</source>
        <translation>Anteil von %1 an %2: Das Verschieben skaliert die Kriterien von %1 gemeinsam; die der Geschwisterelemente teilen sich den Rest.</translation>
    </message>
    <message>
        <source>Local share (within %1) · global share (of the total weight)</source>
        <translation>Lokaler Anteil (an %1) · globaler Anteil (am Gesamtgewicht)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
</context>
</TS>

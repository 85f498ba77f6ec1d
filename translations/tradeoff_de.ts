<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Bundled</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no bundled comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bundled comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights needs CRITERION=WEIGHT pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not CRITERION=WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights: no criterion &apos;%1&apos; in comparison &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights: criterion &apos;%1&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights: the weight of &apos;%1&apos; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown normalization &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown missing-score policy &apos;%1&apos; (expected worst, mean, exclude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison &apos;%1&apos; (the file has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --profile or --weights, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; in comparison &apos;%2&apos; (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1 | method: %2 | normalization: %3 | missing scores: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid CSV decision matrix (%2 options, %3 criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff file (schema version %2, %n comparison(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-csv needs -o OUT.tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would overwrite the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name must be 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]
      Open the window on FILE (a Tradeoff file or a CSV decision matrix), or on the
      bundled Node.js vs Python comparison. --screenshot saves the window to a PNG and exits.
  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]
      Rank the options. Without FILE, the bundled comparison.
  tradeoff list [FILE] [--format table|json]
      The comparisons in FILE with their options, criteria and profiles.
  tradeoff validate FILE
      Check integrity, schema version and value ranges.
  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]
      Turn a CSV decision matrix into a Tradeoff file (written atomically).
  tradeoff export-csv [FILE] [-o OUT.csv] [--comparison NAME] [--profile NAME | --weights C=W,...]
      Write the decision matrix with @weight and @direction rows (stdout without -o).

Selectors:
  --comparison NAME      which comparison of the file (default: the first)
  --profile NAME         a weight profile of the comparison (default: the first)
  --weights C=W,...      explicit weights; criteria not named weigh 0
  --method M             wsm (default), wpm, topsis, promethee2
  --normalization N      scale, none, minmax, vector, sum, max
                         (default: scale for wsm, max for wpm, vector for topsis, none for promethee2)
  --missing P            missing scores: worst (default), mean, exclude

CSV decision matrix: a header &apos;option,CRITERION,...&apos;, optional rows @weight, @direction
(benefit|cost), @category, @unit, @description, @min, @max, then one row per option.
Comma or semicolon separated (semicolon files may use decimal commas), UTF-8.

Exit codes:
  0  success
  1  usage error: unknown command or option, unknown comparison, profile or criterion, bad weights
  2  the input cannot be read, is damaged, or is not a Tradeoff file or CSV matrix
  3  the output cannot be written
  4  validate: the file opens but holds invalid values

Options:
  -h, --help     show this help
  -v, --version  show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see tradeoff --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quote in the middle of an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes (binary data, not CSV text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header needs an option column and at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: criterion %2 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a criterion name is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: criterion &apos;%2&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a negative weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &apos;benefit&apos; or &apos;cost&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown row &apos;%2&apos; (expected @weight, @direction, @category, @unit, @description, @min or @max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the option has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: an option name is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: option &apos;%2&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no option rows (only a header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: @min must be below @max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver did not give access to its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer version of Tradeoff (schema %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema step %1 is missing from the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Tradeoff file or CSV decision matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale every font (e.g. 1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (e.g. de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight profile to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>a text field is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tradeoff file: table &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tradeoff file: it contains views, triggers or virtual tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tradeoff file (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tradeoff file (an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of Tradeoff (schema %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tradeoff file (no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: %1 rows in table &apos;%2&apos; (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many options in comparison &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has an unknown direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many criteria in comparison &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score refers to an option and a criterion of different comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim has an unknown stance &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an invalid weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent data: a row refers to a missing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is outside its scale %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; has a scale that is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: profile &apos;%2&apos; has a negative or non-finite weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row refers to a missing one (foreign key check failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>This comparison has no options yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight is zero: no criterion decides, so all options tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tie for first place at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranks first with %2, ahead of %3 (%4) by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driven by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed more than %3 (now %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed less than %3 (now %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single weight change hands first place to another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile: a small change of weights changes the winner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the criterion&apos;s worst value.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the mean of the scored options.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, left out with their weight spread over the other criteria.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sources disagree on %n score(s); %1 disputed claim(s) are kept but do not drive a score.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ContributionChart</name>
    <message>
        <source>Contribution of each criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution of each category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EvidencePanel</name>
    <message>
        <source>uncited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a score in the matrix to read its rationale and the claims behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on a scale of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score this criterion for your own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree on this score: both sides are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no correction given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every weight back to the selected profile&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMETHEE II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Bundled Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js vs Python (backend), shipped with Tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tradeoff %1&lt;/h3&gt;&lt;p&gt;Weigh technology options against criteria, see the ranking and verdict change live, and keep every score tied to its sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled comparison cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the bundled comparison (your copy: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradeoff files and CSV matrices (*.tradeoff *.sqlite *.db *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Tradeoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RadarChart</name>
    <message>
        <source>Scores (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RankingChart</name>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ScoreMatrixModel</name>
    <message>
        <source>Share of the total weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>missing score</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree or a claim is disputed: click to read the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::VerdictPanel</name>
    <message>
        <source>Method: %1 · normalisation: %2 · missing scores: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::WeightPanel</name>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost criterion: lower values are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score this one for your own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the total weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

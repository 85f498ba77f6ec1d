<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ahp</name>
    <message>
        <source>a pairwise comparison needs at least two items</source>
        <translation>une comparaison par paires nécessite au moins deux éléments</translation>
    </message>
    <message>
        <source>more than %1 items: too many judgements to make consistently</source>
        <translation>plus de %1 éléments : trop de jugements pour rester cohérent</translation>
    </message>
    <message>
        <source>%1 names for a %2 x %2 matrix</source>
        <translation>%1 noms pour une matrice %2 x %2</translation>
    </message>
    <message>
        <source>row &apos;%1&apos; has %2 values, expected %3</source>
        <translation>la ligne &apos;%1&apos; a %2 valeurs, %3 attendues</translation>
    </message>
    <message>
        <source>(%1, %2): &apos;%3&apos; is not a positive number</source>
        <translation>(%1, %2) : &apos;%3&apos; n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>(%1, %1): an item compared with itself must be 1</source>
        <translation>(%1, %1) : un élément comparé à lui-même doit valoir 1</translation>
    </message>
    <message>
        <source>(%1, %2) = %3 is outside Saaty&apos;s scale 1/9 to 9</source>
        <translation>(%1, %2) = %3 est hors de l&apos;échelle de Saaty (1/9 à 9)</translation>
    </message>
    <message>
        <source>(%1, %2) = %3 and (%2, %1) = %4 are not reciprocals: the second should be %5 (is the matrix transposed or mistyped?)</source>
        <translation>(%1, %2) = %3 et (%2, %1) = %4 ne sont pas réciproques : la seconde valeur devrait être %5 (la matrice est-elle transposée ou mal saisie ?)</translation>
    </message>
    <message>
        <source>expected a header and at least two rows</source>
        <translation>un en-tête et au moins deux lignes sont attendus</translation>
    </message>
    <message>
        <source>%1 columns but %2 rows: the matrix must be square</source>
        <translation>%1 colonnes mais %2 lignes : la matrice doit être carrée</translation>
    </message>
    <message>
        <source>line %1: %2 fields, expected %3</source>
        <translation>ligne %1 : %2 champs, %3 attendus</translation>
    </message>
    <message>
        <source>line %1: row &apos;%2&apos; does not match column &apos;%3&apos; (rows and columns must be in the same order)</source>
        <translation>ligne %1 : la ligne &apos;%2&apos; ne correspond pas à la colonne &apos;%3&apos; (lignes et colonnes doivent être dans le même ordre)</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; is not a positive number</source>
        <translation>ligne %1, colonne &apos;%2&apos; : &apos;%3&apos; n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; is not a number or fraction</source>
        <translation>ligne %1, colonne &apos;%2&apos; : &apos;%3&apos; n&apos;est ni un nombre ni une fraction</translation>
    </message>
    <message>
        <source>(%1, %2) and (%2, %1) are both empty</source>
        <translation>(%1, %2) et (%2, %1) sont toutes deux vides</translation>
    </message>
    <message>
        <source>line %1: column %2 has no name</source>
        <translation>ligne %1 : la colonne %2 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is named twice</source>
        <translation>ligne %1 : &apos;%2&apos; apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>disk full</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation>impossible de créer un fichier temporaire dans %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>impossible de remplacer le fichier : %1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the folder %1 is not writable (%2)</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture (%2)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
</context>
<context>
    <name>Bundled</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>this build has no bundled comparison</source>
        <translation>cette version ne contient pas de comparaison fournie</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>(bundled comparison)</source>
        <translation>(comparaison fournie)</translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation>le fichier ne contient aucune comparaison</translation>
    </message>
    <message>
        <source>--weights needs CRITERION=WEIGHT pairs</source>
        <translation>--weights attend des paires CRITÈRE=POIDS</translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not CRITERION=WEIGHT</source>
        <translation>--weights : &apos;%1&apos; n&apos;est pas de la forme CRITÈRE=POIDS</translation>
    </message>
    <message>
        <source>--weights: no criterion &apos;%1&apos; in comparison &apos;%2&apos;</source>
        <translation>--weights : aucun critère &apos;%1&apos; dans la comparaison &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--weights: criterion &apos;%1&apos; is given twice</source>
        <translation>--weights : le critère &apos;%1&apos; est indiqué deux fois</translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not a finite number</source>
        <translation>--weights : &apos;%1&apos; n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>--weights: the weight of &apos;%1&apos; is negative</source>
        <translation>--weights : le poids de &apos;%1&apos; est négatif</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (expected %2)</source>
        <translation>méthode inconnue &apos;%1&apos; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown normalization &apos;%1&apos; (expected %2)</source>
        <translation>normalisation inconnue &apos;%1&apos; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown missing-score policy &apos;%1&apos; (expected worst, mean, exclude)</source>
        <translation>règle inconnue pour les notes manquantes &apos;%1&apos; (attendu : worst, mean, exclude)</translation>
    </message>
    <message>
        <source>no comparison &apos;%1&apos; (the file has %2)</source>
        <translation>aucune comparaison &apos;%1&apos; (le fichier contient %2)</translation>
    </message>
    <message>
        <source>give either --profile or --weights, not both</source>
        <translation>indiquez --profile ou --weights, pas les deux</translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; in comparison &apos;%2&apos; (it has %3)</source>
        <translation>aucun profil &apos;%1&apos; dans la comparaison &apos;%2&apos; (disponibles : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>format inconnu &apos;%1&apos; (attendu : %2)</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>trop d&apos;arguments : %1</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>argument FILE manquant</translation>
    </message>
    <message>
        <source>Profile: %1 | method: %2 | normalization: %3 | missing scores: %4</source>
        <translation>Profil : %1 | méthode : %2 | normalisation : %3 | notes manquantes : %4</translation>
    </message>
    <message>
        <source>custom weights</source>
        <translation>poids personnalisés</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <source>Options (%1): %2</source>
        <translation>Options (%1) : %2</translation>
    </message>
    <message>
        <source>Criteria (%1): %2</source>
        <translation>Critères (%1) : %2</translation>
    </message>
    <message>
        <source>Profiles (%1): %2</source>
        <translation>Profils (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff file (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1 : fichier Tradeoff valide (version de schéma %2, %n comparaison)</numerusform>
            <numerusform>%1 : fichier Tradeoff valide (version de schéma %2, %n comparaisons)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>import-csv needs -o OUT.tradeoff</source>
        <translation>import-csv nécessite -o OUT.tradeoff</translation>
    </message>
    <message>
        <source>the output would overwrite the input</source>
        <translation>la sortie écraserait l&apos;entrée</translation>
    </message>
    <message>
        <source>--name must be 1 to %1 characters</source>
        <translation>--name doit compter de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>Imported comparison</source>
        <translation>Comparaison importée</translation>
    </message>
    <message>
        <source>report needs -o OUT.{%1}</source>
        <translation>report nécessite -o OUT.{%1}</translation>
    </message>
    <message>
        <source>unknown report format (expected .%1)</source>
        <translation>format de rapport inconnu (attendu : .%1)</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (expected a4 or letter)</source>
        <translation>format de page inconnu &apos;%1&apos; (attendu : a4 ou letter)</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (expected %2)</source>
        <translation>graphique inconnu &apos;%1&apos; (attendu : %2)</translation>
    </message>
    <message>
        <source>--samples must be a whole number from 0 to 10000000</source>
        <translation>--samples doit être un nombre entier de 0 à 10000000</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Winner stays first</source>
        <translation>Le gagnant reste premier</translation>
    </message>
    <message>
        <source>Below: winner</source>
        <translation>En dessous : gagnant</translation>
    </message>
    <message>
        <source>Above: winner</source>
        <translation>Au-dessus : gagnant</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <source>Rank acceptability over %1 random weightings (seed %2):</source>
        <translation>Acceptabilité des rangs sur %1 pondérations aléatoires (graine %2) :</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Kendall tau vs wsm</source>
        <translation>Tau de Kendall vs wsm</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>too large for a pairwise comparison matrix</source>
        <translation>trop grand pour une matrice de comparaison par paires</translation>
    </message>
    <message>
        <source>the file contains NUL bytes (binary data, not CSV text)</source>
        <translation>le fichier contient des octets NUL (données binaires, pas du texte CSV)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>lambda_max %1, CI %2, RI %3 (%4), CR %5: %6</source>
        <translation>lambda_max %1, CI %2, RI %3 (%4), CR %5 : %6</translation>
    </message>
    <message>
        <source>consistent (below 0.10)</source>
        <translation>cohérent (inférieur à 0.10)</translation>
    </message>
    <message>
        <source>inconsistent (0.10 or more): revise the judgements below</source>
        <translation>incohérent (0.10 ou plus) : révisez les jugements ci-dessous</translation>
    </message>
    <message>
        <source>  %1 vs %2: judged %3, the priorities imply %4</source>
        <translation>  %1 vs %2 : jugé %3, les priorités impliquent %4</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see tradeoff --help)</source>
        <translation>commande inconnue &apos;%1&apos; (voir tradeoff --help)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no options to rank</source>
        <translation>la comparaison &apos;%1&apos; n&apos;a aucune option à classer</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no criteria to rank on</source>
        <translation>la comparaison &apos;%1&apos; n&apos;a aucun critère pour classer</translation>
    </message>
    <message>
        <source>Usage:
  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]
      Open the window on FILE (a Tradeoff file or a CSV decision matrix), or on the
      bundled Node.js vs Python comparison. --screenshot saves the window to a PNG and exits.
</source>
        <translation>Utilisation :
  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]
      Ouvre la fenêtre sur FILE (fichier Tradeoff ou matrice de décision CSV), ou sur la
      comparaison fournie Node.js vs Python. --screenshot enregistre la fenêtre en PNG et quitte.
</translation>
    </message>
    <message>
        <source>  tradeoff ahp PAIRWISE.csv [--format table|json]
      AHP priorities from a pairwise comparison matrix (Saaty 1-9 scale), with lambda_max,
      consistency index and ratio, and the most inconsistent judgements.
</source>
        <translation>  tradeoff ahp PAIRWISE.csv [--format table|json]
      Priorités AHP à partir d&apos;une matrice de comparaison par paires (échelle de Saaty 1-9),
      avec lambda_max, indice et ratio de cohérence, et les jugements les moins cohérents.
</translation>
    </message>
    <message>
        <source>  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]
      Turn a CSV decision matrix into a Tradeoff file (written atomically).
</source>
        <translation>  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]
      Convertit une matrice de décision CSV en fichier Tradeoff (écrit de façon atomique).
</translation>
    </message>
    <message>
        <source>  tradeoff list [FILE] [--format table|json]
      The comparisons in FILE with their options, criteria and profiles.
</source>
        <translation>  tradeoff list [FILE] [--format table|json]
      Les comparaisons de FILE avec leurs options, critères et profils.
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
      Écrit un rapport : PDF (A4 ou Letter), HTML autonome, enregistrement de décision
      Markdown (MADR), CSV, JSON, ou un graphique en PNG ou SVG (--chart, par défaut ranking).
</translation>
    </message>
    <message>
        <source>  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]
      Rank the options. Without FILE, the bundled comparison.
</source>
        <translation>  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]
      Classe les options. Sans FILE : la comparaison fournie.
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
      Intervalles de stabilité et points de croisement par critère, acceptabilité des rangs
      Monte Carlo (poids tirés dans le simplexe, uniformément ou autour des poids actuels
      avec K &gt; 0), et le classement de chaque méthode avec le tau de Kendall.
</translation>
    </message>
    <message>
        <source>  tradeoff validate FILE
      Check integrity, schema version and value ranges.
</source>
        <translation>  tradeoff validate FILE
      Vérifie l&apos;intégrité, la version du schéma et les plages de valeurs.
</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
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
      Crée un dépôt d&apos;équipe dans une base de données PostgreSQL vide, ou met à niveau un dépôt plus ancien.
  tradeoff repo push FILE URL [--comparison NAME] [--replace]
      Copie les comparaisons de FILE dans le dépôt. Une comparaison que le dépôt contient
      dans une autre version est refusée, sauf avec --replace.
  tradeoff repo pull URL -o FILE [--comparison NAME] [--replace]
      Copie les comparaisons du dépôt dans un fichier Tradeoff (écrit de façon atomique).
      Une comparaison que FILE contient dans une autre version est refusée, sauf avec --replace.
      URL : postgresql://USER@HOST:PORT/DATABASE[?sslmode=require] ; le mot de passe provient
      de ~/.pgpass, de PGPASSWORD ou d&apos;un fichier de service.
</translation>
    </message>
    <message>
        <source>no comparison named &apos;%1&apos;</source>
        <translation>aucune comparaison nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 already holds another version of %2; nothing was copied (--replace copies over it)</source>
        <translation>%1 contient déjà une autre version de %2 ; rien n&apos;a été copié (--replace la remplace)</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>ajoutées : %1, mises à jour : %2, inchangées : %3</translation>
    </message>
    <message>
        <source>repo needs init, push or pull</source>
        <translation>repo nécessite init, push ou pull</translation>
    </message>
    <message>
        <source>unknown repo action &apos;%1&apos; (expected init, push or pull)</source>
        <translation>action repo inconnue &apos;%1&apos; (attendu : init, push ou pull)</translation>
    </message>
    <message>
        <source>usage: tradeoff repo push FILE URL</source>
        <translation>utilisation : tradeoff repo push FILE URL</translation>
    </message>
    <message>
        <source>usage: tradeoff repo pull URL -o FILE</source>
        <translation>utilisation : tradeoff repo pull URL -o FILE</translation>
    </message>
    <message>
        <source>usage: tradeoff repo init URL</source>
        <translation>utilisation : tradeoff repo init URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a repository URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL de dépôt (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>%1: repository ready (schema version %2)</source>
        <translation>%1 : dépôt prêt (version de schéma %2)</translation>
    </message>
    <message>
        <source>push copies a file into a repository: FILE must be a file</source>
        <translation>push copie un fichier dans un dépôt : FILE doit être un fichier</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>le dépôt</translation>
    </message>
    <message>
        <source>%1 changed while pushing; nothing was copied, try again</source>
        <translation>%1 a été modifié pendant la copie ; rien n&apos;a été copié, réessayez</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2 : %3</translation>
    </message>
    <message>
        <source>repo pull needs -o FILE</source>
        <translation>repo pull nécessite -o FILE</translation>
    </message>
    <message>
        <source>pull writes a file: -o must name a file</source>
        <translation>pull écrit un fichier : -o doit désigner un fichier</translation>
    </message>
    <message>
        <source>the repository holds no comparison</source>
        <translation>le dépôt ne contient aucune comparaison</translation>
    </message>
    <message>
        <source>exists and is not a Tradeoff file; nothing was written</source>
        <translation>existe et n&apos;est pas un fichier Tradeoff ; rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff repository (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1 : dépôt Tradeoff valide (version de schéma %2, %n comparaison)</numerusform>
            <numerusform>%1 : dépôt Tradeoff valide (version de schéma %2, %n comparaisons)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Priority (%1)</source>
        <translation>Priorité (%1)</translation>
    </message>
    <message>
        <source>--vikor-v: &apos;%1&apos; is not a number from 0 to 1</source>
        <translation>--vikor-v : &apos;%1&apos; n&apos;est pas un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>the repository holds no comparison yet (add one with: tradeoff repo push FILE URL)</source>
        <translation>le dépôt ne contient encore aucune comparaison (en ajouter une avec : tradeoff repo push FILE URL)</translation>
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
Options de la fenêtre :
  --profile NAME, --comparison NAME   démarrer avec ce profil ou cette comparaison
  --tab evidence|sensitivity|acceptability|methods|code|stakeholders|snapshots
                                      l&apos;onglet d&apos;analyse à afficher
  --editor comparison|options|criteria|groups|profiles|sources|tasks|decision
                                      ouvrir l&apos;éditeur sur cette page
  --present                           démarrer en mode présentation
  --theme system|light|dark|high-contrast   les couleurs
  --language de|fr|es                 la langue de l&apos;interface (aussi pour les commandes)
</translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation>Facteur de confiance</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors (%1 score ranges, %2 score draws):</source>
        <translation>Poids centraux SMAA-2 et facteurs de confiance (%1 plages de notes, %2 tirages de notes) :</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors:</source>
        <translation>Poids centraux SMAA-2 et facteurs de confiance :</translation>
    </message>
    <message>
        <source>give --swing without --profile or --weights</source>
        <translation>indiquez --swing sans --profile ni --weights</translation>
    </message>
    <message>
        <source>--concentration must be 0 (flat) or a positive number up to %1</source>
        <translation>--concentration doit valoir 0 (uniforme) ou un nombre positif jusqu&apos;à %1</translation>
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
Sélecteurs :
  --comparison NAME      la comparaison du fichier à utiliser (par défaut : la première)
  --profile NAME         un profil de poids de la comparaison (par défaut : le premier)
  --weights C=W,...      poids explicites ; les critères non nommés pèsent 0
  --swing C=R,...        évaluations de swing de 0 à 100 (le swing le plus précieux, du pire au meilleur : 100) ;
                         chaque poids vaut évaluation / somme des évaluations, les critères non nommés pèsent 0 ;
                         noms seuls (C1,C2,...), le plus précieux en premier : poids du centroïde des rangs (ROC)
  --method M             %1 (par défaut : %2)
  --normalization N      %3
                         (par défaut : %4)
  --missing P            notes manquantes : worst (par défaut), mean, exclude
  --vikor-v V            poids de l&apos;utilité de groupe face au regret dans VIKOR, de 0 à 1 (par défaut : 0.5)

Matrice de décision CSV : un en-tête &apos;option,CRITERION,...&apos;, des lignes facultatives @weight, @direction
(benefit|cost), @category, @unit, @description, @min, @max, puis une ligne par option.
Séparateur virgule ou point-virgule (les fichiers à point-virgule peuvent utiliser la virgule décimale), UTF-8.

Codes de sortie :
  0  succès
  1  erreur d&apos;utilisation : commande ou option inconnue, comparaison, profil ou critère inconnu, poids incorrects
  2  l&apos;entrée est illisible, endommagée, ou n&apos;est ni un fichier Tradeoff ni une matrice CSV
  3  la sortie ne peut pas être écrite
  4  validate : le fichier s&apos;ouvre mais contient des valeurs invalides
  5  repo push/pull : la cible contient une autre version d&apos;une comparaison (rien n&apos;est copié)

Options :
  -h, --help     affiche cette aide
  -v, --version  affiche la version
</translation>
    </message>
    <message>
        <source>  tradeoff export-csv [FILE] [-o OUT.csv] [SELECTORS]
      Write the decision matrix with @weight and @direction rows (stdout without -o).
</source>
        <translation>  tradeoff export-csv [FILE] [-o OUT.csv] [SELECTORS]
      Écrit la matrice de décision avec les lignes @weight et @direction (sur stdout sans -o).
</translation>
    </message>
    <message>
        <source>--name must not contain line breaks or control characters</source>
        <translation>--name ne doit contenir ni saut de ligne ni caractère de contrôle</translation>
    </message>
    <message>
        <source>--weights: every weight is 0 (give one criterion a positive weight)</source>
        <translation>--weights : tous les poids valent 0 (donnez un poids positif à un critère)</translation>
    </message>
    <message>
        <source>--weights: the weights add up to more than a number can hold</source>
        <translation>--weights : la somme des poids dépasse ce qu&apos;un nombre peut contenir</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; et %1 de plus</translation>
    </message>
    <message>
        <source>--vikor-v applies only to --method vikor</source>
        <translation>--vikor-v ne s&apos;applique qu&apos;à --method vikor</translation>
    </message>
    <message>
        <source>%1: valid JSON comparison (%2, %3)</source>
        <translation>%1 : comparaison JSON valide (%2, %3)</translation>
    </message>
    <message>
        <source>%1: valid CSV decision matrix (%2, %3)</source>
        <translation>%1 : matrice de décision CSV valide (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>from %1: %2</source>
        <translation>à partir de %1 : %2</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>piecewise through %1</source>
        <translation>linéaire par morceaux passant par %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>en escalier %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quote in the middle of an unquoted field</source>
        <translation>ligne %1 : guillemet au milieu d&apos;un champ sans guillemets</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>ligne %1 : texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>ligne %1 : un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; %4</source>
        <translation>ligne %1, colonne &apos;%2&apos; : &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>le fichier ne contient aucune ligne</translation>
    </message>
    <message>
        <source>line %1: the header needs an option column and at least one criterion</source>
        <translation>ligne %1 : l&apos;en-tête nécessite une colonne d&apos;options et au moins un critère</translation>
    </message>
    <message>
        <source>line %1: criterion %2 has no name</source>
        <translation>ligne %1 : le critère %2 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>line %1: a criterion name is longer than %2 characters</source>
        <translation>ligne %1 : un nom de critère dépasse %2 caractères</translation>
    </message>
    <message>
        <source>line %1: criterion &apos;%2&apos; appears twice</source>
        <translation>ligne %1 : le critère &apos;%2&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>ligne %1 : %2 champs, l&apos;en-tête en a %3</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>is a negative weight</source>
        <translation>est un poids négatif</translation>
    </message>
    <message>
        <source>is not &apos;benefit&apos; or &apos;cost&apos;</source>
        <translation>n&apos;est ni &apos;benefit&apos; ni &apos;cost&apos;</translation>
    </message>
    <message>
        <source>is not &apos;usual&apos;, &apos;linear&apos; or &apos;vshape&apos;</source>
        <translation>n&apos;est ni &apos;usual&apos;, ni &apos;linear&apos;, ni &apos;vshape&apos;</translation>
    </message>
    <message>
        <source>is not a non-negative number</source>
        <translation>n&apos;est pas un nombre positif ou nul</translation>
    </message>
    <message>
        <source>line %1: the option has no name</source>
        <translation>ligne %1 : l&apos;option n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>line %1: an option name is longer than %2 characters</source>
        <translation>ligne %1 : un nom d&apos;option dépasse %2 caractères</translation>
    </message>
    <message>
        <source>line %1: option &apos;%2&apos; appears twice</source>
        <translation>ligne %1 : l&apos;option &apos;%2&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>no option rows (only a header)</source>
        <translation>aucune ligne d&apos;option (seulement un en-tête)</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: @min must be below @max</source>
        <translation>critère &apos;%1&apos; : @min doit être inférieur à @max</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Poids égaux</translation>
    </message>
    <message>
        <source>CSV weights</source>
        <translation>Poids du CSV</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8 text</source>
        <translation>ligne %1 : le fichier n&apos;est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>line %1: a second %2 row (the first is on line %3)</source>
        <translation>ligne %1 : une deuxième ligne %2 (la première est à la ligne %3)</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3 is longer than %4 characters</source>
        <translation>ligne %1, colonne &apos;%2&apos; : %3 dépasse %4 caractères</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>l&apos;unité</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the file&apos;s name is longer than %1 characters, too long for a comparison&apos;s name</source>
        <translation>le nom du fichier dépasse %1 caractères, trop long pour le nom d&apos;une comparaison</translation>
    </message>
    <message>
        <source>is not &apos;linear&apos;, &apos;piecewise X:Y ...&apos; or &apos;step X:Y ...&apos;</source>
        <translation>n&apos;est pas &apos;linear&apos;, &apos;piecewise X:Y ...&apos; ni &apos;step X:Y ...&apos;</translation>
    </message>
    <message>
        <source>has more than %1 points</source>
        <translation>a plus de %1 points</translation>
    </message>
    <message>
        <source>has a point &apos;%1&apos; that is not X:Y</source>
        <translation>a un point &apos;%1&apos; qui n&apos;est pas de la forme X:Y</translation>
    </message>
    <message>
        <source>is refused: %1</source>
        <translation>est refusé : %1</translation>
    </message>
    <message>
        <source>line %1: unknown row &apos;%2&apos; (expected @weight, @direction, @category, @parent, @unit, @description, @min, @max, @preference, @q, @p or @value)</source>
        <translation>ligne %1 : ligne inconnue &apos;%2&apos; (attendu : @weight, @direction, @category, @parent, @unit, @description, @min, @max, @preference, @q, @p ou @value)</translation>
    </message>
    <message>
        <source>line %1: both a @parent and a @category row (the other is on line %2); @parent gives each criterion&apos;s category as its last group</source>
        <translation>ligne %1 : à la fois une ligne @parent et une ligne @category (l&apos;autre est à la ligne %2) ; @parent donne comme catégorie de chaque critère son dernier groupe</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>is too long for a path of groups</source>
        <translation>est trop long pour un chemin de groupes</translation>
    </message>
    <message>
        <source>has an empty group name (separate groups with &apos; &gt; &apos;)</source>
        <translation>contient un nom de groupe vide (séparez les groupes par &apos; &gt; &apos;)</translation>
    </message>
    <message>
        <source>names a group longer than %1 characters</source>
        <translation>nomme un groupe de plus de %1 caractères</translation>
    </message>
    <message>
        <source>names the group &apos;%1&apos; twice</source>
        <translation>nomme deux fois le groupe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is deeper than %1 levels of groups</source>
        <translation>dépasse %1 niveaux de groupes</translation>
    </message>
    <message>
        <source>the top</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: the group &apos;%3&apos; sits under %4 here but under %5 in an earlier column</source>
        <translation>ligne %1, colonne &apos;%2&apos; : le groupe &apos;%3&apos; se trouve ici sous %4 mais sous %5 dans une colonne précédente</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>is not a range low..most likely..high</source>
        <translation>n&apos;est pas une plage bas..plus probable..haut</translation>
    </message>
    <message>
        <source>is not a range of three finite numbers</source>
        <translation>n&apos;est pas une plage de trois nombres finis</translation>
    </message>
    <message>
        <source>is not ordered low &lt;= most likely &lt;= high</source>
        <translation>ne respecte pas l&apos;ordre bas &lt;= plus probable &lt;= haut</translation>
    </message>
    <message>
        <source>line %1: a NUL byte (binary data, not CSV text)</source>
        <translation>ligne %1 : un octet NUL (données binaires, pas du texte CSV)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite pour Qt n&apos;est pas installé (paquet libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>impossible d&apos;ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>the SQLite driver did not give access to its connection</source>
        <translation>le pilote SQLite ne donne pas accès à sa connexion</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Tradeoff (schema %1, this version reads up to %2)</source>
        <translation>le fichier a été écrit par une version plus récente de Tradeoff (schéma %1, cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>schema step %1 is missing from the application</source>
        <translation>l&apos;étape de schéma %1 est absente de l&apos;application</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>échec de l&apos;étape de schéma %1 : %2</translation>
    </message>
    <message>
        <source>the database gives no reason</source>
        <translation>la base de données ne donne aucune raison</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Superseded by %1</source>
        <translation>Remplacé par %1</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nom peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is already used here.</source>
        <translation>Le nom &apos;%1&apos; est déjà utilisé ici.</translation>
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
        <translation>Critère 1</translation>
    </message>
    <message>
        <source>Criterion 2</source>
        <translation>Critère 2</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Poids égaux</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>no such file (a part of the path is not a folder)</source>
        <translation>fichier introuvable (une partie du chemin n&apos;est pas un dossier)</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>est une boucle de liens symboliques</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>le chemin est trop long</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is a named pipe, not a file</source>
        <translation>est un tube nommé, pas un fichier</translation>
    </message>
    <message>
        <source>is a character device, not a file</source>
        <translation>est un périphérique en mode caractère, pas un fichier</translation>
    </message>
    <message>
        <source>is a block device, not a file</source>
        <translation>est un périphérique en mode bloc, pas un fichier</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>custom weights</source>
        <translation>poids personnalisés</translation>
    </message>
    <message>
        <source>Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4</source>
        <translation>Poids : %1 · méthode : %2 · normalisation : %3 · notes manquantes : %4</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>Contesté :</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Try other weights</source>
        <translation>Essayer d&apos;autres poids</translation>
    </message>
    <message>
        <source>Move a weight and the weighted-sum ranking follows, computed in this page from the normalised scores above.</source>
        <translation>Déplacez un poids et le classement par somme pondérée suit, calculé dans cette page à partir des notes normalisées ci-dessus.</translation>
    </message>
    <message>
        <source>Weighted-sum ranking</source>
        <translation>Classement par somme pondérée</translation>
    </message>
    <message>
        <source>Tradeoff %1 · %2 · data checksum %3</source>
        <translation>Tradeoff %1 · %2 · somme de contrôle des données %3</translation>
    </message>
    <message>
        <source>Code examples</source>
        <translation>Exemples de code</translation>
    </message>
    <message>
        <source>Criteria tree</source>
        <translation>Arbre des critères</translation>
    </message>
    <message>
        <source>Group or criterion</source>
        <translation>Groupe ou critère</translation>
    </message>
    <message>
        <source>Local share</source>
        <translation>Part locale</translation>
    </message>
    <message>
        <source>Global share</source>
        <translation>Part globale</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>&apos;%1&apos; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a finite number</source>
        <translation>&apos;%1&apos; doit être un nombre fini</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; doit être une liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown value &apos;%2&apos;</source>
        <translation>&apos;%1&apos; a une valeur inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; appears twice</source>
        <translation>l&apos;option &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; appears twice</source>
        <translation>le critère &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>too many options or criteria</source>
        <translation>trop d&apos;options ou de critères</translation>
    </message>
    <message>
        <source>a score names an unknown option or criterion</source>
        <translation>une note renvoie à une option ou à un critère inconnu</translation>
    </message>
    <message>
        <source>a claim cites source %1, which does not exist</source>
        <translation>une affirmation cite la source %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; cites a source that does not exist</source>
        <translation>le profil &apos;%1&apos; cite une source qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; weighs an unknown criterion &apos;%2&apos;</source>
        <translation>le profil &apos;%1&apos; pondère un critère inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an invalid weight for &apos;%2&apos;</source>
        <translation>le profil &apos;%1&apos; a un poids invalide pour &apos;%2&apos;</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has an example for an unknown option</source>
        <translation>la tâche &apos;%1&apos; a un exemple pour une option inconnue</translation>
    </message>
    <message>
        <source>the file is larger than 64 MB</source>
        <translation>le fichier dépasse 64 Mo</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>not a Tradeoff comparison (the JSON is not an object)</source>
        <translation>pas une comparaison Tradeoff (le JSON n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>not a Tradeoff comparison (no options and criteria)</source>
        <translation>pas une comparaison Tradeoff (ni options ni critères)</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; lists more than %2 %3</source>
        <translation>l&apos;instantané &apos;%1&apos; contient plus de %2 entrées dans &apos;%3&apos;</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has an invalid name in &apos;%2&apos;</source>
        <translation>l&apos;instantané &apos;%1&apos; a un nom invalide dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a value in &apos;%2&apos; that is not a finite number</source>
        <translation>l&apos;instantané &apos;%1&apos; a dans &apos;%2&apos; une valeur qui n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has no valid time</source>
        <translation>l&apos;instantané &apos;%1&apos; n&apos;a pas d&apos;horodatage valide</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has lists of different lengths</source>
        <translation>l&apos;instantané &apos;%1&apos; a des listes de longueurs différentes</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a weight out of range</source>
        <translation>l&apos;instantané &apos;%1&apos; a un poids hors limites</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; names an unknown %2 &apos;%3&apos;</source>
        <translation>l&apos;instantané &apos;%1&apos; indique dans &apos;%2&apos; une valeur inconnue &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;decision&apos; must be an object</source>
        <translation>&apos;decision&apos; doit être un objet</translation>
    </message>
    <message>
        <source>&apos;decided&apos; is not a date (use YYYY-MM-DD): &apos;%1&apos;</source>
        <translation>&apos;decided&apos; n&apos;est pas une date (format AAAA-MM-JJ) : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lists more than %2 people</source>
        <translation>&apos;%1&apos; cite plus de %2 personnes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds something that is not a name of 1 to %2 characters</source>
        <translation>&apos;%1&apos; contient un élément qui n&apos;est pas un nom de 1 à %2 caractères</translation>
    </message>
    <message>
        <source>&apos;score_matrix&apos; must have one row per option</source>
        <translation>&apos;score_matrix&apos; doit avoir une ligne par option</translation>
    </message>
    <message>
        <source>&apos;score_matrix&apos; must have one value per criterion in every row</source>
        <translation>&apos;score_matrix&apos; doit avoir une valeur par critère dans chaque ligne</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a VIKOR v outside 0 to 1</source>
        <translation>l&apos;instantané &apos;%1&apos; a un v de VIKOR hors de l&apos;intervalle 0 à 1</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: %2</source>
        <translation>critère &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>too many criteria groups</source>
        <translation>trop de groupes de critères</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; must be an object</source>
        <translation>&apos;value_function&apos; doit être un objet</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; has an unknown shape &apos;%1&apos; (expected linear, piecewise or step)</source>
        <translation>&apos;value_function&apos; a une forme inconnue &apos;%1&apos; (attendu : linear, piecewise ou step)</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; points must be a list of [x, y] pairs</source>
        <translation>les points de &apos;value_function&apos; doivent être une liste de paires [x, y]</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; has more than %1 points</source>
        <translation>&apos;value_function&apos; a plus de %1 points</translation>
    </message>
    <message>
        <source>its value function is not valid JSON</source>
        <translation>sa fonction de valeur n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>a linear value function takes no points</source>
        <translation>une fonction de valeur linéaire ne prend aucun point</translation>
    </message>
    <message>
        <source>a piecewise value function needs 2 to %1 points</source>
        <translation>une fonction de valeur linéaire par morceaux nécessite de 2 à %1 points</translation>
    </message>
    <message>
        <source>a step value function needs 1 to %1 points</source>
        <translation>une fonction de valeur en escalier nécessite de 1 à %1 points</translation>
    </message>
    <message>
        <source>a value function point is not a finite number</source>
        <translation>un point de la fonction de valeur n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>a value function&apos;s values must lie from 0 to 1 (found %1)</source>
        <translation>les valeurs d&apos;une fonction de valeur doivent être comprises entre 0 et 1 (trouvé : %1)</translation>
    </message>
    <message>
        <source>a value function&apos;s points must have strictly increasing x (%1 after %2)</source>
        <translation>les points d&apos;une fonction de valeur doivent avoir des x strictement croissants (%1 après %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Choose %1 for %2</source>
        <translation>Choisir %1 pour %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Context and Problem Statement</source>
        <translation>Contexte et énoncé du problème</translation>
    </message>
    <message numerus="yes">
        <source>Which of %n option(s) fits best, weighed against %1 criteria?</source>
        <translation>
            <numerusform>Laquelle des %n option convient le mieux, au regard de %1 critères ?</numerusform>
            <numerusform>Laquelle des %n options convient le mieux, au regard de %1 critères ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision Drivers</source>
        <translation>Facteurs de décision</translation>
    </message>
    <message>
        <source>custom weights</source>
        <translation>poids personnalisés</translation>
    </message>
    <message>
        <source>Weights: %1. The criteria that weigh most:</source>
        <translation>Poids : %1. Les critères les plus pondérés :</translation>
    </message>
    <message>
        <source>Considered Options</source>
        <translation>Options envisagées</translation>
    </message>
    <message>
        <source>Decision Outcome</source>
        <translation>Résultat de la décision</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it ranks first under the weights above (%2).</source>
        <translation>Option choisie : &quot;%1&quot;, parce qu&apos;elle arrive en tête avec les poids ci-dessus (%2).</translation>
    </message>
    <message>
        <source>no single criterion dominates</source>
        <translation>aucun critère ne domine à lui seul</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>porté par %1</translation>
    </message>
    <message>
        <source>No option is chosen: the leading options tie under these weights.</source>
        <translation>Aucune option n&apos;est choisie : les options en tête sont à égalité avec ces poids.</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Conséquences</translation>
    </message>
    <message>
        <source>Pros and Cons of the Options</source>
        <translation>Avantages et inconvénients des options</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Good, because %1</source>
        <translation>Bon, parce que %1</translation>
    </message>
    <message>
        <source>Bad, because %1</source>
        <translation>Mauvais, parce que %1</translation>
    </message>
    <message>
        <source>Neutral, because %1</source>
        <translation>Neutre, parce que %1</translation>
    </message>
    <message>
        <source>More Information</source>
        <translation>Plus d&apos;informations</translation>
    </message>
    <message>
        <source>Method: %1; normalisation: %2; missing scores: %3. Generated by Tradeoff %4 on %5; data checksum %6.</source>
        <translation>Méthode : %1 ; normalisation : %2 ; notes manquantes : %3. Généré par Tradeoff %4 le %5 ; somme de contrôle des données %6.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Code Examples</source>
        <translation>Exemples de code</translation>
    </message>
    <message>
        <source>The criteria tree (share within the group · share of the whole):</source>
        <translation>L&apos;arbre des critères (part au sein du groupe · part de l&apos;ensemble) :</translation>
    </message>
    <message>
        <source>%1, range %2–%3</source>
        <translation>%1, plage %2–%3</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>custom weights</source>
        <translation>poids personnalisés</translation>
    </message>
    <message>
        <source>Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4</source>
        <translation>Poids : %1 · méthode : %2 · normalisation : %3 · notes manquantes : %4</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>Scores and rationale</source>
        <translation>Notes et justifications</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>disputed claim:</source>
        <translation>affirmation contestée :</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tradeoff %1 · %2 · data checksum %3</source>
        <translation>Tradeoff %1 · %2 · somme de contrôle des données %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Code examples</source>
        <translation>Exemples de code</translation>
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
        <translation>Un fichier Tradeoff ou une matrice de décision CSV.</translation>
    </message>
    <message>
        <source>Save the window to a PNG and exit.</source>
        <translation>Enregistrer la fenêtre en PNG et quitter.</translation>
    </message>
    <message>
        <source>Window size for the screenshot.</source>
        <translation>Taille de la fenêtre pour la capture d&apos;écran.</translation>
    </message>
    <message>
        <source>Scale every font (e.g. 1.5).</source>
        <translation>Mettre à l&apos;échelle toutes les polices (p. ex. 1.5).</translation>
    </message>
    <message>
        <source>Interface language (e.g. de).</source>
        <translation>Langue de l&apos;interface (p. ex. fr).</translation>
    </message>
    <message>
        <source>Weight profile to start with.</source>
        <translation>Profil de poids au démarrage.</translation>
    </message>
    <message>
        <source>Comparison to start with.</source>
        <translation>Comparaison au démarrage.</translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos;</source>
        <translation>onglet inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write the screenshot</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran</translation>
    </message>
    <message>
        <source>unknown editor page &apos;%1&apos;</source>
        <translation>page d&apos;éditeur inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Analysis tab to show: evidence, sensitivity, acceptability, methods, code, stakeholders or snapshots.</source>
        <translation>Onglet d&apos;analyse à afficher : evidence, sensitivity, acceptability, methods, code, stakeholders ou snapshots.</translation>
    </message>
    <message>
        <source>Colours: system, light, dark or high-contrast (saved for next time).</source>
        <translation>Couleurs : system, light, dark ou high-contrast (mémorisé pour la prochaine fois).</translation>
    </message>
    <message>
        <source>Start in presentation mode (with --screenshot: grab it).</source>
        <translation>Démarrer en mode présentation (avec --screenshot : le capturer).</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (use %2)</source>
        <translation>thème inconnu &apos;%1&apos; (utilisez %2)</translation>
    </message>
    <message>
        <source>Open the comparison editor on a page: comparison, options, criteria, profiles, sources, tasks or decision.</source>
        <translation>Ouvrir l&apos;éditeur de comparaison sur une page : comparison, options, criteria, profiles, sources, tasks ou decision.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>this format needs the graphical libraries (a QGuiApplication)</source>
        <translation>ce format nécessite les bibliothèques graphiques (une QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>Showing the %1 leading options of %2; the CSV and JSON reports hold every score.</source>
        <translation>Affichage des %1 options en tête sur %2 ; les rapports CSV et JSON contiennent toutes les notes.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Deciders: %1</source>
        <translation>Décideurs : %1</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Consultés : %1</translation>
    </message>
    <message>
        <source>Informed: %1</source>
        <translation>Informés : %1</translation>
    </message>
    <message>
        <source>Value function of %1: %2</source>
        <translation>Fonction de valeur de %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No single winner, so there is no stability interval to show.</source>
        <translation>Pas de gagnant unique, donc aucun intervalle de stabilité à afficher.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Contribution of each criterion</source>
        <translation>Contribution de chaque critère</translation>
    </message>
    <message>
        <source>Scores (normalised)</source>
        <translation>Notes (normalisées)</translation>
    </message>
    <message>
        <source>Weight range over which the winner stays first (orange: current weight)</source>
        <translation>Plage de poids où le gagnant reste premier (orange : poids actuel)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>bundled comparison</source>
        <translation>comparaison fournie</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no comparison named &apos;%1&apos; in the repository</source>
        <translation>aucune comparaison nommée &apos;%1&apos; dans le dépôt</translation>
    </message>
    <message>
        <source>no workshop or comparison called &apos;%1&apos;</source>
        <translation>aucun atelier ni aucune comparaison ne s&apos;appelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only an owner of &apos;%1&apos; can run its workshop</source>
        <translation>seul un propriétaire de &apos;%1&apos; peut animer son atelier</translation>
    </message>
    <message>
        <source>cannot find a free join code</source>
        <translation>impossible de trouver un code de participation libre</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the decision record</source>
        <translation>l&apos;enregistrement de décision</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>les sources</translation>
    </message>
    <message>
        <source>the code examples</source>
        <translation>les exemples de code</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>option %1</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>critère %1</translation>
    </message>
    <message>
        <source>the score of %1 on %2</source>
        <translation>la note de %1 pour %2</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>instantané %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>partie %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message numerus="yes">
        <source>(%n claim(s))</source>
        <translation>
            <numerusform>(%n affirmation)</numerusform>
            <numerusform>(%n affirmations)</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>comparaison %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) collide with changes others saved; nothing was saved</source>
        <translation>
            <numerusform>%n modification entre en conflit avec des modifications enregistrées par d&apos;autres ; rien n&apos;a été enregistré</numerusform>
            <numerusform>%n modifications entrent en conflit avec des modifications enregistrées par d&apos;autres ; rien n&apos;a été enregistré</numerusform>
        </translation>
    </message>
    <message>
        <source>lost the connection to the repository (%1)</source>
        <translation>connexion au dépôt perdue (%1)</translation>
    </message>
    <message>
        <source>not a repository URL (expected postgresql://user@host:port/database)</source>
        <translation>pas une URL de dépôt (attendu : postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>the repository URL names no database (postgresql://user@host:port/database)</source>
        <translation>l&apos;URL du dépôt ne nomme aucune base de données (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; in the repository URL</source>
        <translation>paramètre inconnu &apos;%1&apos; dans l&apos;URL du dépôt</translation>
    </message>
    <message>
        <source>invalid value for &apos;%1&apos; in the repository URL</source>
        <translation>valeur invalide pour &apos;%1&apos; dans l&apos;URL du dépôt</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Debian: libqt6sql6-psql)</source>
        <translation>la prise en charge de PostgreSQL n&apos;est pas installée (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>impossible de lire la base de données</translation>
    </message>
    <message>
        <source>the repository has no schema version</source>
        <translation>le dépôt n&apos;a pas de version de schéma</translation>
    </message>
    <message>
        <source>the repository was made by a newer version of Tradeoff (schema %1; this version reads up to %2)</source>
        <translation>le dépôt a été créé par une version plus récente de Tradeoff (schéma %1 ; cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>the database holds other tables; a repository needs a database of its own</source>
        <translation>la base de données contient d&apos;autres tables ; un dépôt a besoin de sa propre base de données</translation>
    </message>
    <message>
        <source>schema step %1 is missing from this build</source>
        <translation>l&apos;étape de schéma %1 est absente de cette version</translation>
    </message>
    <message>
        <source>cannot create schema version %1: %2</source>
        <translation>impossible de créer la version de schéma %1 : %2</translation>
    </message>
    <message>
        <source>not a Tradeoff repository (create one with: tradeoff repo init URL)</source>
        <translation>pas un dépôt Tradeoff (pour en créer un : tradeoff repo init URL)</translation>
    </message>
    <message>
        <source>the repository has schema %1 and needs upgrading (run: tradeoff repo init URL)</source>
        <translation>le dépôt a le schéma %1 et doit être mis à niveau (exécutez : tradeoff repo init URL)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; in the repository is damaged: %2</source>
        <translation>la comparaison &apos;%1&apos; du dépôt est endommagée : %2</translation>
    </message>
    <message>
        <source>cannot number the change</source>
        <translation>impossible de numéroter la modification</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1 ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;enregistrer &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>aucune ligne n&apos;a été ajoutée</translation>
    </message>
    <message>
        <source>only its owners may change it</source>
        <translation>seuls ses propriétaires peuvent la modifier</translation>
    </message>
    <message>
        <source>only its owner may remove it</source>
        <translation>seul son propriétaire peut la supprimer</translation>
    </message>
    <message>
        <source>criteria group %1</source>
        <translation>groupe de critères %1</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (de %2 à %3)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>impossible de lire le schéma : %1</translation>
    </message>
    <message>
        <source>not a Tradeoff file: table &apos;%1&apos; is missing</source>
        <translation>pas un fichier Tradeoff : la table &apos;%1&apos; est absente</translation>
    </message>
    <message>
        <source>not a Tradeoff file: it contains views, triggers or virtual tables</source>
        <translation>pas un fichier Tradeoff : il contient des vues, des déclencheurs ou des tables virtuelles</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>la base de données est endommagée : %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to upgrade the file: %1</source>
        <translation>impossible de créer un dossier temporaire pour mettre à niveau le fichier : %1</translation>
    </message>
    <message>
        <source>cannot copy the file to upgrade it</source>
        <translation>impossible de copier le fichier pour le mettre à niveau</translation>
    </message>
    <message>
        <source>cannot upgrade from schema %1: %2</source>
        <translation>impossible de mettre à niveau depuis le schéma %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a Tradeoff file (not an SQLite database)</source>
        <translation>pas un fichier Tradeoff (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>not a Tradeoff file (an SQLite database of another application)</source>
        <translation>pas un fichier Tradeoff (base de données SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <source>written by a newer version of Tradeoff (schema %1; this version reads up to %2)</source>
        <translation>écrit par une version plus récente de Tradeoff (schéma %1 ; cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>not a Tradeoff file (no schema version)</source>
        <translation>pas un fichier Tradeoff (aucune version de schéma)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>too many options in comparison &apos;%1&apos;</source>
        <translation>trop d&apos;options dans la comparaison &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has an unknown direction</source>
        <translation>le critère &apos;%1&apos; a un sens inconnu</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has an unknown preference function</source>
        <translation>le critère &apos;%1&apos; a une fonction de préférence inconnue</translation>
    </message>
    <message>
        <source>too many criteria in comparison &apos;%1&apos;</source>
        <translation>trop de critères dans la comparaison &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a score refers to an option and a criterion of different comparisons</source>
        <translation>une note renvoie à une option et à un critère de comparaisons différentes</translation>
    </message>
    <message>
        <source>a claim has an unknown stance &apos;%1&apos;</source>
        <translation>une affirmation a une position inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an unknown kind</source>
        <translation>le profil &apos;%1&apos; est d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an invalid weight</source>
        <translation>le profil &apos;%1&apos; a un poids invalide</translation>
    </message>
    <message>
        <source>inconsistent data: a row refers to a missing one</source>
        <translation>données incohérentes : une ligne renvoie à une ligne absente</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is not a finite number</source>
        <translation>comparaison &apos;%1&apos; : la note de &apos;%2&apos; pour &apos;%3&apos; n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is outside its scale %4 to %5</source>
        <translation>comparaison &apos;%1&apos; : la note de &apos;%2&apos; pour &apos;%3&apos; est hors de son échelle %4 à %5</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; has invalid preference thresholds (need 0 &lt;= q &lt;= p, p &gt; 0)</source>
        <translation>comparaison &apos;%1&apos; : le critère &apos;%2&apos; a des seuils de préférence invalides (requis : 0 &lt;= q &lt;= p, p &gt; 0)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; has a scale that is not finite</source>
        <translation>comparaison &apos;%1&apos; : le critère &apos;%2&apos; a une échelle non finie</translation>
    </message>
    <message>
        <source>cannot back up the older file to %1</source>
        <translation>impossible de sauvegarder l&apos;ancien fichier dans %1</translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation>le fichier ne contient aucune comparaison</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no options</source>
        <translation>la comparaison &apos;%1&apos; n&apos;a aucune option</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no criteria</source>
        <translation>la comparaison &apos;%1&apos; n&apos;a aucun critère</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: profile &apos;%2&apos; has a weight that is negative, above %3 or not a number</source>
        <translation>comparaison &apos;%1&apos; : le profil &apos;%2&apos; a un poids négatif, supérieur à %3 ou qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: %2 is longer than %3 characters</source>
        <translation>comparaison &apos;%1&apos; : %2 dépasse %3 caractères</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a %2 has no name</source>
        <translation>comparaison &apos;%1&apos; : un élément de type %2 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the name of a %1</source>
        <translation>le nom d&apos;un élément de type %1</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: two %2s are named &apos;%3&apos;</source>
        <translation>comparaison &apos;%1&apos; : deux éléments de type %2 s&apos;appellent &apos;%3&apos;</translation>
    </message>
    <message>
        <source>a comparison has no name</source>
        <translation>une comparaison n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>sa description</translation>
    </message>
    <message>
        <source>the description of &apos;%1&apos;</source>
        <translation>la description de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the colour of &apos;%1&apos;</source>
        <translation>la couleur de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>the category of &apos;%1&apos;</source>
        <translation>la catégorie de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the unit of &apos;%1&apos;</source>
        <translation>l&apos;unité de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>a language name in &apos;%1&apos;</source>
        <translation>un nom de langage dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an example in &apos;%1&apos;</source>
        <translation>un exemple dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a note in &apos;%1&apos;</source>
        <translation>une remarque dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>a field of the source &apos;%1&apos;</source>
        <translation>un champ de la source &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>une justification</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>une affirmation</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>une correction</translation>
    </message>
    <message>
        <source>two comparisons are named &apos;%1&apos;</source>
        <translation>deux comparaisons s&apos;appellent &apos;%1&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a snapshot has no name</source>
        <translation>comparaison &apos;%1&apos; : un instantané n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the name of a snapshot</source>
        <translation>le nom d&apos;un instantané</translation>
    </message>
    <message>
        <source>the verdict of a snapshot</source>
        <translation>le verdict d&apos;un instantané</translation>
    </message>
    <message>
        <source>too large: %1 MB of data (at most %2 MB)</source>
        <translation>trop volumineux : %1 Mo de données (%2 Mo au maximum)</translation>
    </message>
    <message>
        <source>the database is damaged: a row of table &apos;%1&apos; refers to a missing row of &apos;%2&apos;</source>
        <translation>la base de données est endommagée : une ligne de la table &apos;%1&apos; renvoie à une ligne absente de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>too large: %1 comparisons (at most %2)</source>
        <translation>trop volumineux : %1 comparaisons (%2 au maximum)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 options (at most %3)</source>
        <translation>trop volumineux : la comparaison &apos;%1&apos; a %2 options (%3 au maximum)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 criteria (at most %3)</source>
        <translation>trop volumineux : la comparaison &apos;%1&apos; a %2 critères (%3 au maximum)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 options x %3 criteria = %4 cells (at most %5)</source>
        <translation>trop volumineux : la comparaison &apos;%1&apos; a %2 options x %3 critères = %4 cellules (%5 au maximum)</translation>
    </message>
    <message>
        <source>too large: %1 cells (options x criteria) in all comparisons (at most %2)</source>
        <translation>trop volumineux : %1 cellules (options x critères) dans l&apos;ensemble des comparaisons (%2 au maximum)</translation>
    </message>
    <message>
        <source>too large: %1 profile weights (profiles x criteria) in all comparisons (at most %2)</source>
        <translation>trop volumineux : %1 poids de profil (profils x critères) dans l&apos;ensemble des comparaisons (%2 au maximum)</translation>
    </message>
    <message>
        <source>too large: %1 rows in all tables (at most %2)</source>
        <translation>trop volumineux : %1 lignes dans l&apos;ensemble des tables (%2 au maximum)</translation>
    </message>
    <message>
        <source>too large: opening it would take about %1 MB of memory (at most %2 MB)</source>
        <translation>trop volumineux : l&apos;ouvrir occuperait environ %1 Mo de mémoire (%2 Mo au maximum)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: it names a comparison that supersedes it but its status is &apos;%2&apos;, not &apos;superseded&apos;</source>
        <translation>comparaison &apos;%1&apos; : elle nomme une comparaison qui la remplace, mais son statut est &apos;%2&apos; et non &apos;superseded&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: it cannot be superseded by itself</source>
        <translation>comparaison &apos;%1&apos; : elle ne peut pas être remplacée par elle-même</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: its decision date is not a valid date</source>
        <translation>comparaison &apos;%1&apos; : sa date de décision n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>the comparison that supersedes it</source>
        <translation>la comparaison qui la remplace</translation>
    </message>
    <message>
        <source>decider</source>
        <translation>décideur</translation>
    </message>
    <message>
        <source>consulted person</source>
        <translation>personne consultée</translation>
    </message>
    <message>
        <source>informed person</source>
        <translation>personne informée</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: more than %2 people in one list of its decision record</source>
        <translation>comparaison &apos;%1&apos; : plus de %2 personnes dans une liste de son enregistrement de décision</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has two decision records</source>
        <translation>la comparaison &apos;%1&apos; a deux enregistrements de décision</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has an unknown decision status &apos;%2&apos;</source>
        <translation>la comparaison &apos;%1&apos; a un statut de décision inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has an invalid decision date &apos;%2&apos; (use YYYY-MM-DD)</source>
        <translation>la comparaison &apos;%1&apos; a une date de décision invalide &apos;%2&apos; (format AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; names a person in an unknown role &apos;%2&apos;</source>
        <translation>la comparaison &apos;%1&apos; nomme une personne dans un rôle inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; names more than %2 people in one list</source>
        <translation>la comparaison &apos;%1&apos; nomme plus de %2 personnes dans une liste</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos;</source>
        <translation>comparaison &apos;%1&apos; : la note de &apos;%2&apos; pour &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 has a range without a low, a most likely and a high value</source>
        <translation>%1 a une plage sans valeur basse, valeur la plus probable et valeur haute</translation>
    </message>
    <message>
        <source>%1 has a range end that is not a finite number</source>
        <translation>%1 a une borne de plage qui n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1 needs low &lt;= most likely &lt;= high (found %2, %3, %4)</source>
        <translation>%1 nécessite bas &lt;= plus probable &lt;= haut (trouvé : %2, %3, %4)</translation>
    </message>
    <message>
        <source>%1 has a range outside its scale %2 to %3</source>
        <translation>%1 a une plage hors de son échelle %2 à %3</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos;: %3</source>
        <translation>comparaison &apos;%1&apos; : critère &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a criteria group has no name</source>
        <translation>comparaison &apos;%1&apos; : un groupe de critères n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; appears twice</source>
        <translation>comparaison &apos;%1&apos; : le groupe de critères &apos;%2&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; is inside itself</source>
        <translation>comparaison &apos;%1&apos; : le groupe de critères &apos;%2&apos; est contenu dans lui-même</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; is more than %3 levels deep</source>
        <translation>comparaison &apos;%1&apos; : le groupe de critères &apos;%2&apos; dépasse %3 niveaux de profondeur</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; is more than %3 levels deep</source>
        <translation>comparaison &apos;%1&apos; : le critère &apos;%2&apos; dépasse %3 niveaux de profondeur</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: %2</source>
        <translation>critère &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>too many criteria groups in comparison &apos;%1&apos;</source>
        <translation>trop de groupes de critères dans la comparaison &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to read the file: %1</source>
        <translation>impossible de créer un dossier temporaire pour lire le fichier : %1</translation>
    </message>
    <message>
        <source>the database is damaged: its write-ahead log cannot be applied</source>
        <translation>la base de données est endommagée : son journal d&apos;écriture anticipée ne peut pas être appliqué</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has a setting that is not a number</source>
        <translation>le critère &apos;%1&apos; a un réglage qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; on &apos;%2&apos; is not a number</source>
        <translation>la note de &apos;%1&apos; pour &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a text field (&apos;%1&apos;) is longer than %2 characters</source>
        <translation>un champ de texte (&apos;%1&apos;) dépasse %2 caractères</translation>
    </message>
    <message>
        <source>cannot copy the file to read it: %1</source>
        <translation>impossible de copier le fichier pour le lire : %1</translation>
    </message>
    <message>
        <source>cannot copy the file&apos;s write-ahead log to read it: %1</source>
        <translation>impossible de copier le journal d&apos;écriture anticipée du fichier pour le lire : %1</translation>
    </message>
    <message>
        <source>%1 holds changes another program has not yet written into the file (a write-ahead log): close that program or save elsewhere</source>
        <translation>%1 contient des modifications qu&apos;un autre programme n&apos;a pas encore écrites dans le fichier (un journal d&apos;écriture anticipée) : fermez ce programme ou enregistrez ailleurs</translation>
    </message>
</context>
<context>
    <name>Swing</name>
    <message>
        <source>--swing needs CRITERION=RATING pairs</source>
        <translation>--swing attend des paires CRITERION=RATING</translation>
    </message>
    <message>
        <source>--swing: no criterion &apos;%1&apos; in comparison &apos;%2&apos;</source>
        <translation>--swing : aucun critère &apos;%1&apos; dans la comparaison &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--swing: criterion &apos;%1&apos; is given twice</source>
        <translation>--swing : le critère &apos;%1&apos; est indiqué deux fois</translation>
    </message>
    <message>
        <source>--swing: &apos;%1&apos; is not CRITERION=RATING</source>
        <translation>--swing : &apos;%1&apos; n&apos;est pas de la forme CRITERION=RATING</translation>
    </message>
    <message>
        <source>--swing: the rating of &apos;%1&apos; must be a number from 0 to 100, not &apos;%2&apos;</source>
        <translation>--swing : l&apos;évaluation de &apos;%1&apos; doit être un nombre de 0 à 100, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--swing: at least one rating must be above 0</source>
        <translation>--swing : au moins une évaluation doit être supérieure à 0</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>weighted sum</source>
        <translation>somme pondérée</translation>
    </message>
    <message>
        <source>weighted product</source>
        <translation>produit pondéré</translation>
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
        <source>This comparison has no options yet.</source>
        <translation>Cette comparaison n&apos;a encore aucune option.</translation>
    </message>
    <message>
        <source>Every weight is zero: no criterion decides, so all options tie.</source>
        <translation>Tous les poids sont nuls : aucun critère ne décide, toutes les options sont donc à égalité.</translation>
    </message>
    <message>
        <source>%1 tie for first place at %2.</source>
        <translation>%1 sont à égalité en première place avec %2.</translation>
    </message>
    <message>
        <source>%1 is the only option.</source>
        <translation>%1 est la seule option.</translation>
    </message>
    <message>
        <source>%1 ranks first with %2, ahead of %3 (%4) by %5.</source>
        <translation>%1 arrive en tête avec %2, soit %5 de plus que %3 (%4).</translation>
    </message>
    <message>
        <source>Driven by %1.</source>
        <translation>Porté par %1.</translation>
    </message>
    <message>
        <source>%1 leads on %2.</source>
        <translation>%1 est en tête sur %2.</translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed more than %3 (now %4).</source>
        <translation>%1 gagnerait si %2 pesait plus de %3 (actuellement %4).</translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed less than %3 (now %4).</source>
        <translation>%1 gagnerait si %2 pesait moins de %3 (actuellement %4).</translation>
    </message>
    <message>
        <source>No single weight change hands first place to another option.</source>
        <translation>Aucun changement d&apos;un seul poids ne donne la première place à une autre option.</translation>
    </message>
    <message>
        <source>%1 ranks first in %2 of %3 random weightings.</source>
        <translation>%1 arrive en tête dans %2 des %3 pondérations aléatoires.</translation>
    </message>
    <message>
        <source>Fragile: a small change of weights changes the winner.</source>
        <translation>Fragile : un petit changement des poids change le gagnant.</translation>
    </message>
    <message>
        <source>The method decides: %1 ranks %2 first.</source>
        <translation>La méthode décide : %1 place %2 en tête.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the criterion&apos;s worst value.</source>
        <translation>
            <numerusform>%n note manquante, comptée comme la pire valeur du critère.</numerusform>
            <numerusform>%n notes manquantes, comptées comme la pire valeur de leur critère.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the mean of the scored options.</source>
        <translation>
            <numerusform>%n note manquante, comptée comme la moyenne des options notées.</numerusform>
            <numerusform>%n notes manquantes, comptées comme la moyenne des options notées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, left out with their weight spread over the other criteria.</source>
        <translation>
            <numerusform>%n note manquante, ignorée, son poids étant réparti sur les autres critères.</numerusform>
            <numerusform>%n notes manquantes, ignorées, leur poids étant réparti sur les autres critères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>Somme pondérée</translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation>Produit pondéré</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <source>None (raw values)</source>
        <translation>Aucune (valeurs brutes)</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vecteur</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Worst value</source>
        <translation>Pire valeur</translation>
    </message>
    <message>
        <source>Mean of the others</source>
        <translation>Moyenne des autres</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>PROMETHEE II: %1 has no preference threshold p, so p is its largest difference between options, %2.</source>
        <translation>PROMETHEE II : %1 n&apos;a pas de seuil de préférence p, p est donc son plus grand écart entre les options, soit %2.</translation>
    </message>
    <message>
        <source>PROMETHEE II: %1 has no indifference threshold q, so q is 0.</source>
        <translation>PROMETHEE II : %1 n&apos;a pas de seuil d&apos;indifférence q, q vaut donc 0.</translation>
    </message>
    <message>
        <source>Weighted product: a product cannot weigh zero or negative values, so the values of %1 were mapped linearly onto 1 (worst) to 2 (best).</source>
        <translation>Produit pondéré : un produit ne peut pas pondérer des valeurs nulles ou négatives, les valeurs de %1 ont donc été ramenées linéairement sur l&apos;intervalle de 1 (la pire) à 2 (la meilleure).</translation>
    </message>
    <message>
        <source>Max normalisation needs positive values, so min–max was used for %1.</source>
        <translation>La normalisation Max nécessite des valeurs positives, min–max a donc été utilisée pour %1.</translation>
    </message>
    <message>
        <source>VIKOR</source>
        <translation>VIKOR</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>usuel</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>V-shape</source>
        <translation>en V</translation>
    </message>
    <message>
        <source>v = %1</source>
        <translation>v = %1</translation>
    </message>
    <message>
        <source>principal eigenvector</source>
        <translation>vecteur propre principal</translation>
    </message>
    <message>
        <source>VIKOR: acceptable advantage holds (Q of the second differs by at least %1).</source>
        <translation>VIKOR : avantage acceptable vérifié (le Q de la deuxième option diffère d&apos;au moins %1).</translation>
    </message>
    <message>
        <source>VIKOR: no acceptable advantage (Q of the second differs by less than %1).</source>
        <translation>VIKOR : pas d&apos;avantage acceptable (le Q de la deuxième option diffère de moins de %1).</translation>
    </message>
    <message>
        <source>VIKOR: acceptable stability holds (also first by S or R).</source>
        <translation>VIKOR : stabilité acceptable vérifiée (également en tête selon S ou R).</translation>
    </message>
    <message>
        <source>VIKOR: no acceptable stability (not first by S or by R).</source>
        <translation>VIKOR : pas de stabilité acceptable (en tête ni selon S ni selon R).</translation>
    </message>
    <message>
        <source>VIKOR compromise solutions: %1.</source>
        <translation>Solutions de compromis VIKOR : %1.</translation>
    </message>
    <message>
        <source>%1 now above %2</source>
        <translation>%1 désormais devant %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre paire</numerusform>
            <numerusform>%n autres paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank reversal: without %1 the order of the others changes (%2).</source>
        <translation>Inversion de rang : sans %1, l&apos;ordre des autres change (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Rank reversal: leaving out %n more option(s) also changes the order of the others.</source>
        <translation>
            <numerusform>Inversion de rang : retirer %n autre option change aussi l&apos;ordre des autres.</numerusform>
            <numerusform>Inversion de rang : retirer l&apos;une de %n autres options change aussi l&apos;ordre des autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank reversal was not checked: ranking %1 options again without each one is too much work for this size.</source>
        <translation>L&apos;inversion de rang n&apos;a pas été vérifiée : reclasser %1 options en retirant chacune à tour de rôle demande trop de calcul pour cette taille.</translation>
    </message>
    <message>
        <source>PROMETHEE II compares the values of %1&apos;s value function, so p is their largest difference between options, %2, and q is 0.</source>
        <translation>PROMETHEE II compare les valeurs de la fonction de valeur de %1 : p est donc leur plus grand écart entre les options, %2, et q vaut 0.</translation>
    </message>
    <message>
        <source>%1 as a whole drives it: without it %2 would not lead.</source>
        <translation>%1, dans son ensemble, porte ce résultat : sans ce groupe, %2 ne serait pas en tête.</translation>
    </message>
    <message>
        <source>%1 as a whole drives it (%2 of %3&apos;s lead).</source>
        <translation>%1, dans son ensemble, porte ce résultat (%2 de l&apos;avance de %3).</translation>
    </message>
    <message>
        <source>The score ranges cannot change the winner: %1 ranks first in all %2 score draws.</source>
        <translation>Les plages de notes ne peuvent pas changer le gagnant : %1 arrive en tête dans les %2 tirages de notes.</translation>
    </message>
    <message>
        <source>The score ranges can change the winner: %1 wins in %2 of %3 score draws.</source>
        <translation>Les plages de notes peuvent changer le gagnant : %1 gagne dans %2 des %3 tirages de notes.</translation>
    </message>
    <message>
        <source>At its central weights (most on %1), %2 stays first in %3 of %4 score draws (SMAA-2 confidence factor).</source>
        <translation>Avec ses poids centraux (surtout sur %1), %2 reste en tête dans %3 des %4 tirages de notes (facteur de confiance SMAA-2).</translation>
    </message>
    <message numerus="yes">
        <source>Sources disagree on %n score(s).</source>
        <translation>
            <numerusform>Les sources divergent sur %n note.</numerusform>
            <numerusform>Les sources divergent sur %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed claim(s) are kept but do not drive a score.</source>
        <translation>
            <numerusform>%n affirmation contestée est conservée mais ne détermine aucune note.</numerusform>
            <numerusform>%n affirmations contestées sont conservées mais ne déterminent aucune note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>the file is larger than a profile can be</source>
        <translation>le fichier est trop volumineux pour un profil</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: it is not JSON</source>
        <translation>pas un profil Tradeoff : ce n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: it has no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>pas un profil Tradeoff : il ne contient pas &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: its version is missing</source>
        <translation>pas un profil Tradeoff : sa version est absente</translation>
    </message>
    <message>
        <source>the profile was written by a newer version of Tradeoff (format %1)</source>
        <translation>le profil a été écrit par une version plus récente de Tradeoff (format %1)</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>le profil n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the profile&apos;s name is longer than %1 characters</source>
        <translation>le nom du profil dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the profile&apos;s description is longer than %1 characters</source>
        <translation>la description du profil dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the profile has no weights</source>
        <translation>le profil n&apos;a aucun poids</translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; is not a number from 0 to %2</source>
        <translation>le poids de &apos;%1&apos; n&apos;est pas un nombre de 0 à %2</translation>
    </message>
    <message>
        <source>none of its criteria are in &apos;%1&apos; (it was made for &apos;%2&apos;)</source>
        <translation>aucun de ses critères ne figure dans &apos;%1&apos; (il a été créé pour &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>core::edit::EditText</name>
    <message>
        <source>&apos;%1&apos; is not a number or a range low..most likely..high</source>
        <translation>&apos;%1&apos; n&apos;est ni un nombre ni une plage bas..plus probable..haut</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of three numbers</source>
        <translation>&apos;%1&apos; n&apos;est pas une plage de trois nombres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in order: low &lt;= most likely &lt;= high</source>
        <translation>&apos;%1&apos; n&apos;est pas dans l&apos;ordre : bas &lt;= plus probable &lt;= haut</translation>
    </message>
    <message>
        <source>%1 is outside the scale of %2 (%3 to %4)</source>
        <translation>%1 est hors de l&apos;échelle de %2 (%3 à %4)</translation>
    </message>
</context>
<context>
    <name>ui::AcceptabilityChartImpl</name>
    <message>
        <source>Rank acceptability</source>
        <translation>Acceptabilité des rangs</translation>
    </message>
    <message>
        <source>Rank %1 or lower</source>
        <translation>Rang %1 ou au-delà</translation>
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
        <translation>Poids par comparaisons par paires (AHP)</translation>
    </message>
    <message>
        <source>For each pair, how much more important is the &lt;b&gt;row&lt;/b&gt; than the &lt;b&gt;column&lt;/b&gt;? 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3, 1/5, ... when the column matters more. The mirror cell follows.</source>
        <translation>Pour chaque paire, dans quelle mesure la &lt;b&gt;ligne&lt;/b&gt; est-elle plus importante que la &lt;b&gt;colonne&lt;/b&gt; ? 1 importance égale, 3 modérément, 5 fortement, 7 très fortement, 9 extrêmement plus importante ; 1/3, 1/5, ... quand la colonne compte davantage. La cellule symétrique suit.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Apply as Weights</source>
        <translation>Appliquer comme poids</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 9 or a fraction from 1/2 to 1/9.</source>
        <translation>Saisissez un nombre de 1 à 9 ou une fraction de 1/2 à 1/9.</translation>
    </message>
    <message>
        <source>Among the least consistent judgements: the other judgements imply about %1</source>
        <translation>Parmi les jugements les moins cohérents : les autres jugements impliquent environ %1</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (index %2, random index %3 from %4, lambda max %5): %6</source>
        <translation>Ratio de cohérence %1 (indice %2, indice aléatoire %3 selon %4, lambda max %5) : %6</translation>
    </message>
    <message>
        <source>consistent enough (below 0.10).</source>
        <translation>suffisamment cohérent (inférieur à 0,10).</translation>
    </message>
    <message>
        <source>inconsistent: revise the highlighted judgements.</source>
        <translation>incohérent : révisez les jugements mis en évidence.</translation>
    </message>
    <message>
        <source>Reads: %1 is %2 times as important as %3.</source>
        <translation>Se lit : %1 est %2 fois plus important que %3.</translation>
    </message>
    <message>
        <source>Priority (%1)</source>
        <translation>Priorité (%1)</translation>
    </message>
</context>
<context>
    <name>ui::AnalysisPanel</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Acceptability</source>
        <translation>Acceptabilité</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Critère :</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Échantillons :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Around current weights</source>
        <translation>Autour des poids actuels</translation>
    </message>
    <message>
        <source>Draw weights near the current ones (a Dirichlet distribution) instead of anywhere on the simplex</source>
        <translation>Tirer des poids proches des poids actuels (loi de Dirichlet) plutôt que n&apos;importe où sur le simplexe</translation>
    </message>
    <message>
        <source>Concentration: higher keeps the draws closer to the current weights</source>
        <translation>Concentration : plus elle est élevée, plus les tirages restent proches des poids actuels</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Kendall&apos;s tau</source>
        <translation>Tau de Kendall</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Every method&apos;s ranking under the current weights; Kendall&apos;s tau compares each with the method in use (1: same order, -1: reversed)</source>
        <translation>Le classement de chaque méthode avec les poids actuels ; le tau de Kendall compare chacun à la méthode utilisée (1 : même ordre, -1 : ordre inversé)</translation>
    </message>
    <message>
        <source>Drawing random weightings…</source>
        <translation>Tirage de pondérations aléatoires…</translation>
    </message>
    <message>
        <source>How often does each option take each rank when the weights are drawn at random? Press Run.</source>
        <translation>À quelle fréquence chaque option occupe-t-elle chaque rang lorsque les poids sont tirés au hasard ? Cliquez sur « Lancer ».</translation>
    </message>
    <message>
        <source>Weights or method changed since this run: press Run again.</source>
        <translation>Poids ou méthode modifiés depuis ce calcul : cliquez à nouveau sur « Lancer ».</translation>
    </message>
    <message>
        <source>%1 random weightings, seed %2%3.</source>
        <translation>%1 pondérations aléatoires, graine %2%3.</translation>
    </message>
    <message>
        <source>, around the current weights</source>
        <translation>, autour des poids actuels</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Weights changed: drawing again once they settle…</source>
        <translation>Poids modifiés : nouveau tirage dès qu&apos;ils seront stabilisés…</translation>
    </message>
    <message>
        <source>The level of the criteria tree the charts speak at: each criterion, or the groups at a level</source>
        <translation>Le niveau de l&apos;arbre des critères auquel les graphiques s&apos;expriment : chaque critère, ou les groupes d&apos;un niveau</translation>
    </message>
    <message>
        <source>&amp;Speak at:</source>
        <translation>&amp;Niveau d&apos;analyse :</translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation>Facteur de confiance</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors (%1 score draws):</source>
        <translation>Poids centraux SMAA-2 et facteurs de confiance (%1 tirages de notes) :</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors:</source>
        <translation>Poids centraux SMAA-2 et facteurs de confiance :</translation>
    </message>
    <message>
        <source>Central weights: the mean of the random weightings under which an option ranks first. Confidence factor: how often it stays first at those weights when the score ranges are drawn (with fixed scores, 100% or 0%).</source>
        <translation>Poids centraux : la moyenne des pondérations aléatoires pour lesquelles une option arrive en tête. Facteur de confiance : la fréquence à laquelle elle reste en tête avec ces poids lorsque les plages de notes sont tirées (avec des notes fixes, 100 % ou 0 %).</translation>
    </message>
    <message>
        <source>SMAA-2: each option&apos;s central weights (the mean of the random weightings under which it ranks first) and its confidence factor</source>
        <translation>SMAA-2 : les poids centraux de chaque option (la moyenne des pondérations aléatoires pour lesquelles elle arrive en tête) et son facteur de confiance</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Speak at</source>
        <translation>Niveau d&apos;analyse</translation>
    </message>
</context>
<context>
    <name>ui::Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>another window is keeping a recovery copy of this file</source>
        <translation>une autre fenêtre conserve déjà une copie de récupération de ce fichier</translation>
    </message>
</context>
<context>
    <name>ui::CellDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Rationale: why this score</source>
        <translation>Justification : pourquoi cette note</translation>
    </message>
    <message>
        <source>Claims it rests on</source>
        <translation>Affirmations qui la fondent</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>(uncited)</source>
        <translation>(sans source)</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Appuie</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>Valeur &amp;basse :</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>Valeur &amp;haute :</translation>
    </message>
    <message>
        <source>An uncertain score: the lowest and highest plausible values around the score (both or neither)</source>
        <translation>Une note incertaine : les valeurs plausibles la plus basse et la plus haute autour de la note (les deux ou aucune)</translation>
    </message>
    <message>
        <source>A range needs a score, a low and a high value.</source>
        <translation>Une plage nécessite une note, une valeur basse et une valeur haute.</translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <source>Save Chart As…</source>
        <translation>Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation>impossible d&apos;encoder l&apos;image</translation>
    </message>
</context>
<context>
    <name>ui::CodePanel</name>
    <message>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this example to the clipboard</source>
        <translation>Copier cet exemple dans le presse-papiers</translation>
    </message>
    <message>
        <source>no example</source>
        <translation>pas d&apos;exemple</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit this example: its language, code and note</source>
        <translation>Modifier cet exemple : son langage, son code et sa remarque</translation>
    </message>
    <message>
        <source>This comparison has no code examples yet. Add a task in Comparison &gt; Edit Comparison &gt; Tasks.</source>
        <translation>Cette comparaison n&apos;a encore aucun exemple de code. Ajoutez une tâche dans Comparaison &gt; Modifier la comparaison &gt; Tâches.</translation>
    </message>
</context>
<context>
    <name>ui::ComparisonEditor</name>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Le texte dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The lowest score must be below the highest.</source>
        <translation>La note minimale doit être inférieure à la note maximale.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Every change here can be undone with Edit &gt; Undo.</source>
        <translation>Toute modification faite ici peut être annulée avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour; use #rrggbb.</source>
        <translation>&apos;%1&apos; n&apos;est pas une couleur ; utilisez #rrggbb.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus élevé est meilleur</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas est meilleur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Note minimale</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>New from Current Weights</source>
        <translation>Nouveau à partir des poids actuels</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Update with Current Weights</source>
        <translation>Mettre à jour avec les poids actuels</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Une source doit avoir un titre.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Rename the comparison to %1</source>
        <translation>Renommer la comparaison en %1</translation>
    </message>
    <message>
        <source>Edit the description of %1</source>
        <translation>Modifier la description de %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <source>Add the option %1</source>
        <translation>Ajouter l&apos;option %1</translation>
    </message>
    <message>
        <source>A comparison needs at least one option.</source>
        <translation>Une comparaison nécessite au moins une option.</translation>
    </message>
    <message>
        <source>Remove the option %1</source>
        <translation>Supprimer l&apos;option %1</translation>
    </message>
    <message>
        <source>Move the option %1</source>
        <translation>Déplacer l&apos;option %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Add the criterion %1</source>
        <translation>Ajouter le critère %1</translation>
    </message>
    <message>
        <source>A comparison needs at least one criterion.</source>
        <translation>Une comparaison nécessite au moins un critère.</translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation>Supprimer le critère %1</translation>
    </message>
    <message>
        <source>Move the criterion %1</source>
        <translation>Déplacer le critère %1</translation>
    </message>
    <message>
        <source>My weights</source>
        <translation>Mes poids</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nouveau profil %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate the profile %1</source>
        <translation>Dupliquer le profil %1</translation>
    </message>
    <message>
        <source>Store the current weights in %1</source>
        <translation>Enregistrer les poids actuels dans %1</translation>
    </message>
    <message>
        <source>Remove the profile %1</source>
        <translation>Supprimer le profil %1</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove the source %1</source>
        <translation>Supprimer la source %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add the task %1</source>
        <translation>Ajouter la tâche %1</translation>
    </message>
    <message>
        <source>Remove the task %1</source>
        <translation>Supprimer la tâche %1</translation>
    </message>
    <message>
        <source>Move the task %1</source>
        <translation>Déplacer la tâche %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Value function</source>
        <translation>Fonction de valeur</translation>
    </message>
    <message>
        <source>Value Function…</source>
        <translation>Fonction de valeur…</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>Groupe parent</translation>
    </message>
    <message>
        <source>A group cannot sit in itself.</source>
        <translation>Un groupe ne peut pas se trouver dans lui-même.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nom peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Pick a criterion first.</source>
        <translation>Choisissez d&apos;abord un critère.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Add the group %1</source>
        <translation>Ajouter le groupe %1</translation>
    </message>
    <message>
        <source>Remove the group %1</source>
        <translation>Supprimer le groupe %1</translation>
    </message>
</context>
<context>
    <name>ui::ConflictDialog</name>
    <message>
        <source>Changes That Collide</source>
        <translation>Modifications en conflit</translation>
    </message>
    <message>
        <source>Someone else saved a different version of what you changed. Pick the version to keep for each; the rest of your changes and theirs are kept together.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré une autre version de ce que vous avez modifié. Choisissez pour chaque élément la version à conserver ; le reste de vos modifications et des leurs est conservé ensemble.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>your version</source>
        <translation>votre version</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>leur version</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (par %2, %3)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Version à conserver pour %1</translation>
    </message>
    <message>
        <source>Save With These</source>
        <translation>Enregistrer avec ces choix</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Conserver toutes les miennes</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Prendre toutes les leurs</translation>
    </message>
</context>
<context>
    <name>ui::ContributionChart</name>
    <message>
        <source>Contribution of each criterion</source>
        <translation>Contribution de chaque critère</translation>
    </message>
    <message>
        <source>Contribution of each category</source>
        <translation>Contribution de chaque catégorie</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Autres catégories</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(top %1 of %2)</source>
        <translation>(%1 premiers sur %2)</translation>
    </message>
    <message>
        <source>Contribution at level %1 of the criteria tree</source>
        <translation>Contribution au niveau %1 de l&apos;arbre des critères</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Autres groupes</translation>
    </message>
</context>
<context>
    <name>ui::DecisionPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation>Remplacé &amp;par :</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Décidé &amp;le</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Deciders:</source>
        <translation>&amp;Décideurs :</translation>
    </message>
    <message>
        <source>Co&amp;nsulted:</source>
        <translation>Co&amp;nsultés :</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>&amp;Informés :</translation>
    </message>
    <message>
        <source>The decision record of this comparison, as the Markdown (MADR) report writes it. Every change here can be undone with Edit &gt; Undo.</source>
        <translation>L&apos;enregistrement de décision de cette comparaison, tel que l&apos;écrit le rapport Markdown (MADR). Toute modification faite ici peut être annulée avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Edit the decision record of %1</source>
        <translation>Modifier l&apos;enregistrement de décision de %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non indiqué)</translation>
    </message>
</context>
<context>
    <name>ui::DisagreementChart</name>
    <message>
        <source>Choose at least one stakeholder profile to see how far apart their weights are.</source>
        <translation>Choisissez au moins un profil de partie prenante pour voir l&apos;écart entre les poids.</translation>
    </message>
    <message>
        <source>Share of the weight: each dot a stakeholder, ◆ the consensus</source>
        <translation>Part du poids : chaque point est une partie prenante, ◆ le consensus</translation>
    </message>
</context>
<context>
    <name>ui::DocumentController</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no comparison.</source>
        <translation>%1 ne contient aucune comparaison.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Ouvrir une comparaison</translation>
    </message>
    <message>
        <source>Tradeoff files, CSV matrices and JSON exports (*.tradeoff *.sqlite *.db *.csv *.json);;All files (*)</source>
        <translation>Fichiers Tradeoff, matrices CSV et exports JSON (*.tradeoff *.sqlite *.db *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The bundled comparison cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la comparaison fournie : %1</translation>
    </message>
    <message>
        <source>Opened the bundled comparison (your copy: %1)</source>
        <translation>Comparaison fournie ouverte (votre copie : %1)</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <source>Tradeoff files (*.tradeoff)</source>
        <translation>Fichiers Tradeoff (*.tradeoff)</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 ne peut pas être enregistré : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened or saved it here. Save over it with your version and lose that change?</source>
        <translation>%1 a été modifié par un autre programme depuis que vous l&apos;avez ouvert ou enregistré ici. L&apos;écraser avec votre version et perdre cette modification ?</translation>
    </message>
    <message>
        <source>%1 was not saved: it was changed by another program. Reload it, or use Save As to keep both versions.</source>
        <translation>%1 n&apos;a pas été enregistré : il a été modifié par un autre programme. Rechargez-le, ou utilisez « Enregistrer sous » pour conserver les deux versions.</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Enregistrer les modifications de %1 avant de le fermer ?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program. Your version stays open; Save writes it again.</source>
        <translation>%1 a été supprimé ou déplacé par un autre programme. Votre version reste ouverte ; « Enregistrer » l&apos;écrira de nouveau.</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep your version?</source>
        <translation>%1 a été modifié par un autre programme. Le recharger et perdre vos modifications non enregistrées, ou conserver votre version ?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it, or keep the version shown?</source>
        <translation>%1 a été modifié par un autre programme. Le recharger, ou conserver la version affichée ?</translation>
    </message>
    <message>
        <source>%1 cannot be reloaded: %2. Your version stays open.</source>
        <translation>Impossible de recharger %1 : %2. Votre version reste ouverte.</translation>
    </message>
    <message>
        <source>it holds no comparison</source>
        <translation>aucune comparaison n&apos;y figure</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 rechargé</translation>
    </message>
    <message>
        <source>a new document</source>
        <translation>un nouveau document</translation>
    </message>
    <message>
        <source>Tradeoff closed without saving changes to %1 (%2, %3). Restore them?</source>
        <translation>Tradeoff s&apos;est fermé sans enregistrer les modifications apportées à %1 (%2, %3). Les restaurer ?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>Impossible de lire la copie de récupération : %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>The recovery copy cannot be kept: %1</source>
        <translation>Impossible de conserver la copie de récupération : %1</translation>
    </message>
    <message>
        <source>Restored unsaved changes to %1</source>
        <translation>Modifications non enregistrées restaurées dans %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1 (used for this connection only, never stored):</source>
        <translation>Mot de passe pour %1 (utilisé pour cette connexion uniquement, jamais enregistré) :</translation>
    </message>
    <message>
        <source>%1 can be reached again.</source>
        <translation>%1 est de nouveau joignable.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Your changes stay in this window and its recovery copy; save when it is back, or use Save As to keep them in a file.</source>
        <translation>%1 est injoignable (%2). Vos modifications restent dans cette fenêtre et sa copie de récupération ; enregistrez quand le dépôt est de retour, ou utilisez « Enregistrer sous » pour les conserver dans un fichier.</translation>
    </message>
    <message>
        <source>Open Team Repository</source>
        <translation>Ouvrir le dépôt d&apos;équipe</translation>
    </message>
    <message>
        <source>Repository URL (postgresql://user@host:5432/database?sslmode=require).
The password comes from ~/.pgpass or PGPASSWORD, or is asked for and never stored.</source>
        <translation>URL du dépôt (postgresql://user@host:5432/database?sslmode=require).
Le mot de passe provient de ~/.pgpass ou de PGPASSWORD, ou il est demandé et jamais enregistré.</translation>
    </message>
    <message>
        <source>%1 is not a repository URL (postgresql://user@host:port/database).</source>
        <translation>%1 n&apos;est pas une URL de dépôt (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>Open a team repository first (File &gt; Open Team Repository).</source>
        <translation>Ouvrez d&apos;abord un dépôt d&apos;équipe (Fichier &gt; Ouvrir le dépôt d&apos;équipe).</translation>
    </message>
    <message>
        <source>%1 cannot be listed: %2</source>
        <translation>Impossible de lister %1 : %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the repository.</source>
        <translation>%1 n&apos;est plus dans le dépôt.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. Your changes stay in this window and its recovery copy; save again when the repository is back, or use Save As to keep them in a file.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2. Vos modifications restent dans cette fenêtre et sa copie de récupération ; enregistrez à nouveau quand le dépôt est de retour, ou utilisez « Enregistrer sous » pour les conserver dans un fichier.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 with %n change(s) by others</source>
        <translation>
            <numerusform>Enregistré dans %1 avec %n modification d&apos;autres personnes</numerusform>
            <numerusform>Enregistré dans %1 avec %n modifications d&apos;autres personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not saved: %n change(s) collide with changes others saved. Save again to choose which to keep.</source>
        <translation>
            <numerusform>%1 n&apos;a pas été enregistré : %n modification entre en conflit avec des modifications enregistrées par d&apos;autres. Enregistrez à nouveau pour choisir ce qu&apos;il faut conserver.</numerusform>
            <numerusform>%1 n&apos;a pas été enregistré : %n modifications entrent en conflit avec des modifications enregistrées par d&apos;autres. Enregistrez à nouveau pour choisir ce qu&apos;il faut conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick between colliding changes</source>
        <translation>Choisir entre des modifications en conflit</translation>
    </message>
    <message>
        <source>%1 was not saved: others keep changing the same parts. Try again.</source>
        <translation>%1 n&apos;a pas été enregistré : d&apos;autres modifient sans cesse les mêmes éléments. Réessayez.</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>Modifications d&apos;autres personnes</translation>
    </message>
    <message>
        <source>Changes by %1</source>
        <translation>Modifications de %1</translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>comparaison %1</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 a modifié %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %2 and %n more</source>
        <translation>
            <numerusform>%1 a modifié %2 et %n autre élément</numerusform>
            <numerusform>%1 a modifié %2 et %n autres éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed %2, which you changed too; saving asks which to keep</source>
        <translation>%1 a modifié %2, que vous avez modifié aussi ; l&apos;enregistrement vous demandera quoi conserver</translation>
    </message>
</context>
<context>
    <name>ui::EditActions</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>Nouvelle comparaison</translation>
    </message>
    <message>
        <source>Duplicate the comparison %1</source>
        <translation>Dupliquer la comparaison %1</translation>
    </message>
    <message>
        <source>New comparison %1</source>
        <translation>Nouvelle comparaison %1</translation>
    </message>
    <message>
        <source>A file keeps at least one comparison; add another before deleting this one.</source>
        <translation>Un fichier contient toujours au moins une comparaison ; ajoutez-en une autre avant de supprimer celle-ci.</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>Comparaison %1 supprimée. Édition &gt; Annuler la restaure.</translation>
    </message>
    <message>
        <source>Select a score in the matrix first.</source>
        <translation>Sélectionnez d&apos;abord une note dans la matrice.</translation>
    </message>
    <message>
        <source>This file is open read-only.</source>
        <translation>Ce fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Edit the %1 example of %2</source>
        <translation>Modifier l&apos;exemple %1 de la tâche %2</translation>
    </message>
    <message>
        <source>Weights set from pairwise comparisons (consistency ratio %1)</source>
        <translation>Poids définis par comparaisons par paires (ratio de cohérence %1)</translation>
    </message>
    <message>
        <source>Swing weights</source>
        <translation>Poids par swing</translation>
    </message>
    <message>
        <source>Weights set from swing ratings</source>
        <translation>Poids définis à partir des évaluations de swing</translation>
    </message>
</context>
<context>
    <name>ui::EngineSelector</name>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Normalisation:</source>
        <translation>Normalisation :</translation>
    </message>
    <message>
        <source>Missing scores:</source>
        <translation>Notes manquantes :</translation>
    </message>
    <message>
        <source>VIKOR v:</source>
        <translation>VIKOR v :</translation>
    </message>
    <message>
        <source>The weight of the group utility S against the largest single regret R in VIKOR&apos;s Q: 1 follows the majority, 0 the worst criterion.</source>
        <translation>Le poids de l&apos;utilité de groupe S face au plus grand regret individuel R dans le Q de VIKOR : 1 suit la majorité, 0 le pire critère.</translation>
    </message>
</context>
<context>
    <name>ui::EvidencePanel</name>
    <message>
        <source>uncited</source>
        <translation>sans source</translation>
    </message>
    <message>
        <source>Click a score in the matrix to read its rationale and the claims behind it.</source>
        <translation>Cliquez sur une note de la matrice pour lire sa justification et les affirmations qui la fondent.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1 on a scale of %2 to %3</source>
        <translation>%1 sur une échelle de %2 à %3</translation>
    </message>
    <message>
        <source>cost: lower is better</source>
        <translation>coût : une valeur plus basse est meilleure</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Score this criterion for your own team.</source>
        <translation>Notez ce critère pour votre propre équipe.</translation>
    </message>
    <message>
        <source>Sources disagree on this score: both sides are listed below.</source>
        <translation>Les sources divergent sur cette note : les deux points de vue sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>No claims recorded.</source>
        <translation>Aucune affirmation enregistrée.</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Affirmations :</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>appuie</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>Contesté :</translation>
    </message>
    <message>
        <source>no correction given</source>
        <translation>aucune correction indiquée</translation>
    </message>
    <message>
        <source>Edit rationale and claims…</source>
        <translation>Modifier la justification et les affirmations…</translation>
    </message>
</context>
<context>
    <name>ui::ExampleDialog</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langage :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque :</translation>
    </message>
</context>
<context>
    <name>ui::LiveWorkshopController</name>
    <message>
        <source>A live workshop runs on a team repository: open one with File &gt; Open Team Repository.</source>
        <translation>Un atelier en direct fonctionne sur un dépôt d&apos;équipe : ouvrez-en un avec Fichier &gt; Ouvrir le dépôt d&apos;équipe.</translation>
    </message>
    <message>
        <source>The workshop cannot start: %1</source>
        <translation>L&apos;atelier ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>Live workshop on %1: participants join with code %2</source>
        <translation>Atelier en direct sur %1 : les participants rejoignent avec le code %2</translation>
    </message>
    <message>
        <source>Join Live Workshop</source>
        <translation>Rejoindre un atelier en direct</translation>
    </message>
    <message>
        <source>Join code (or the comparison&apos;s name):</source>
        <translation>Code de participation (ou nom de la comparaison) :</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>Impossible de rejoindre : %1</translation>
    </message>
    <message>
        <source>Cannot join: %1 is not in this document; reopen the repository.</source>
        <translation>Impossible de rejoindre : %1 n&apos;est pas dans ce document ; rouvrez le dépôt.</translation>
    </message>
    <message>
        <source>In the live workshop on %1 as %2: your weights are shared as you move them</source>
        <translation>Dans l&apos;atelier en direct sur %1 en tant que %2 : vos poids sont partagés à mesure que vous les déplacez</translation>
    </message>
    <message>
        <source>Left the live workshop</source>
        <translation>Vous avez quitté l&apos;atelier en direct</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (en direct)</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Comparison</source>
        <translation>Ouvrir la comparaison &amp;fournie</translation>
    </message>
    <message>
        <source>Node.js vs Python (backend), shipped with Tradeoff</source>
        <translation>Node.js vs Python (backend), fourni avec Tradeoff</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Weights from Pairwise Comparisons (AHP)…</source>
        <translation>&amp;Poids par comparaisons par paires (AHP)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tradeoff</source>
        <translation>À &amp;propos de Tradeoff</translation>
    </message>
    <message>
        <source>About Tradeoff</source>
        <translation>À propos de Tradeoff</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tradeoff %1&lt;/h3&gt;&lt;p&gt;Weigh technology options against criteria, see the ranking and verdict change live, and keep every score tied to its sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tradeoff %1&lt;/h3&gt;&lt;p&gt;Évaluez des options technologiques selon des critères, voyez le classement et le verdict évoluer en direct, et gardez chaque note reliée à ses sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Tradeoff</source>
        <translation>Tradeoff</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
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
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>Edit Comparison</source>
        <translation>Modifier la comparaison</translation>
    </message>
    <message>
        <source>&amp;Edit Comparison…</source>
        <translation>&amp;Modifier la comparaison…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Edit &amp;Rationale and Evidence…</source>
        <translation>Modifier la &amp;justification et les preuves…</translation>
    </message>
    <message>
        <source>&amp;New Comparison</source>
        <translation>&amp;Nouvelle comparaison</translation>
    </message>
    <message>
        <source>&amp;Duplicate Comparison</source>
        <translation>&amp;Dupliquer la comparaison</translation>
    </message>
    <message>
        <source>De&amp;lete Comparison</source>
        <translation>&amp;Supprimer la comparaison</translation>
    </message>
    <message>
        <source>Select a score in the matrix first.</source>
        <translation>Sélectionnez d&apos;abord une note dans la matrice.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Full screen, large type, driven from the keyboard</source>
        <translation>Plein écran, grands caractères, piloté au clavier</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Open &amp;Team Repository…</source>
        <translation>Ouvrir le &amp;dépôt d&apos;équipe…</translation>
    </message>
    <message>
        <source>Bro&amp;wse Team Repository…</source>
        <translation>&amp;Parcourir le dépôt d&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Start Live Workshop</source>
        <translation>&amp;Démarrer un atelier en direct</translation>
    </message>
    <message>
        <source>Live Workshop</source>
        <translation>Atelier en direct</translation>
    </message>
    <message>
        <source>Participants open this repository and join with the code %1 (Tools &gt; Join Live Workshop). Their weights appear in the Stakeholders tab as they move them.</source>
        <translation>Les participants ouvrent ce dépôt et rejoignent l&apos;atelier avec le code %1 (Outils &gt; Rejoindre un atelier en direct). Leurs poids apparaissent dans l&apos;onglet « Parties prenantes » à mesure qu&apos;ils les déplacent.</translation>
    </message>
    <message>
        <source>&amp;Join Live Workshop…</source>
        <translation>&amp;Rejoindre un atelier en direct…</translation>
    </message>
    <message>
        <source>&amp;Leave Live Workshop</source>
        <translation>&amp;Quitter l&apos;atelier en direct</translation>
    </message>
    <message>
        <source>S&amp;wing Weighting…</source>
        <translation>Pondération par s&amp;wing…</translation>
    </message>
</context>
<context>
    <name>ui::PresentationView</name>
    <message>
        <source>Tradeoff — Presentation</source>
        <translation>Tradeoff — Présentation</translation>
    </message>
    <message>
        <source>Weights reset</source>
        <translation>Poids réinitialisés</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Instantané enregistré : %1</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Poids personnalisés</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, modifié</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>↑↓ criterion   ←→ weight   1–9 profile   R reset   S snapshot   Esc leave</source>
        <translation>↑↓ critère   ←→ poids   1–9 profil   R réinitialiser   S instantané   Esc quitter</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n participant(s) · the room&apos;s consensus: %1 · %2 of them pick it</source>
        <translation>
            <numerusform>En direct : %n participant · consensus de la salle : %1 · c&apos;est le choix de %2 d&apos;entre eux</numerusform>
            <numerusform>En direct : %n participants · consensus de la salle : %1 · c&apos;est le choix de %2 d&apos;entre eux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RadarChart</name>
    <message>
        <source>Scores (normalised)</source>
        <translation>Notes (normalisées)</translation>
    </message>
    <message>
        <source>Scores (normalised, %1 of %2 options)</source>
        <translation>Notes (normalisées, %1 options sur %2)</translation>
    </message>
</context>
<context>
    <name>ui::RankingChart</name>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Ranking (top %1 of %2)</source>
        <translation>Classement (%1 premiers sur %2)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ui::ReadOnlyBar</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Modifier quand même</translation>
    </message>
    <message>
        <source>Edit in this window; Save will ask for a new file name</source>
        <translation>Modifier dans cette fenêtre ; « Enregistrer » demandera un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>%1 is read-only: you can explore it and change weights, but not edit it.</source>
        <translation>%1 est en lecture seule : vous pouvez l&apos;explorer et changer les poids, mais pas le modifier.</translation>
    </message>
</context>
<context>
    <name>ui::RecordModel</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier le champ %1 de %2</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>HTML page (self-contained, interactive)</source>
        <translation>Page HTML (autonome, interactive)</translation>
    </message>
    <message>
        <source>Markdown decision record (MADR)</source>
        <translation>Enregistrement de décision Markdown (MADR)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Données JSON</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page :</translation>
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
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ui::RepositoryBrowser</name>
    <message>
        <source>Team Repository</source>
        <translation>Dépôt d&apos;équipe</translation>
    </message>
    <message>
        <source>Search by name, status, owner or who changed it</source>
        <translation>Rechercher par nom, statut, propriétaire ou auteur de la modification</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
</context>
<context>
    <name>ui::RepositoryModel</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Dernière modification par</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>ui::ScoreMatrixModel</name>
    <message>
        <source>Share of the total weight</source>
        <translation>Part du poids total</translation>
    </message>
    <message>
        <source>–</source>
        <comment>missing score</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Sources disagree or a claim is disputed: click to read the evidence.</source>
        <translation>Les sources divergent ou une affirmation est contestée : cliquez pour lire les preuves.</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Non noté.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Uncertain: most likely %1, from %2 to %3 (Monte Carlo draws it).</source>
        <translation>Incertaine : %1 au plus probable, de %2 à %3 (tirée par Monte Carlo).</translation>
    </message>
</context>
<context>
    <name>ui::SelectionBar</name>
    <message>
        <source>Comparison:</source>
        <translation>Comparaison :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Réinitialiser les poids</translation>
    </message>
    <message>
        <source>Set every weight back to the selected profile&apos;s</source>
        <translation>Remettre chaque poids à la valeur du profil sélectionné</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>The weights differ from the profile %1; Reset weights returns to it.</source>
        <translation>Les poids diffèrent du profil %1 ; « Réinitialiser les poids » rétablit ceux du profil.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
    </message>
</context>
<context>
    <name>ui::Session</name>
    <message>
        <source>Score %1 on %2: %3</source>
        <translation>Note de %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>Clear the score of %1 on %2</source>
        <translation>Effacer la note de %1 pour %2</translation>
    </message>
    <message>
        <source>A rationale, claim or correction can have at most %1 characters.</source>
        <translation>Une justification, une affirmation ou une correction peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A claim cites a source that does not exist.</source>
        <translation>Une affirmation cite une source qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Edit the evidence of %1 on %2</source>
        <translation>Modifier les preuves de %1 pour %2</translation>
    </message>
    <message>
        <source>Delete the comparison %1</source>
        <translation>Supprimer la comparaison %1</translation>
    </message>
    <message>
        <source>Snapshots cannot be taken in a read-only file.</source>
        <translation>Impossible de prendre des instantanés dans un fichier en lecture seule.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantané %1</translation>
    </message>
    <message>
        <source>Take the snapshot %1</source>
        <translation>Prendre l&apos;instantané %1</translation>
    </message>
    <message>
        <source>A snapshot name can have at most %1 characters.</source>
        <translation>Le nom d&apos;un instantané peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A range needs low &lt;= most likely &lt;= high.</source>
        <translation>Une plage nécessite bas &lt;= plus probable &lt;= haut.</translation>
    </message>
</context>
<context>
    <name>ui::SnapshotPanel</name>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Keep the weights and results shown now (S in presentation mode)</source>
        <translation>Conserver les poids et les résultats affichés (S en mode présentation)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Delete the snapshot %1</source>
        <translation>Supprimer l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Take a snapshot (here, or with S in presentation mode) to compare the weights and results of two moments of the discussion.</source>
        <translation>Prenez un instantané (ici, ou avec S en mode présentation) pour comparer les poids et les résultats à deux moments de la discussion.</translation>
    </message>
    <message>
        <source>The verdict flipped: %1 → %2</source>
        <translation>Le verdict a basculé : %1 → %2</translation>
    </message>
    <message>
        <source>Same winner: %1</source>
        <translation>Même gagnant : %1</translation>
    </message>
    <message>
        <source>The method changed too: %1 → %2</source>
        <translation>La méthode a aussi changé : %1 → %2</translation>
    </message>
    <message>
        <source>No weight moved.</source>
        <translation>Aucun poids n&apos;a bougé.</translation>
    </message>
    <message>
        <source>Weights that moved</source>
        <translation>Poids qui ont bougé</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message numerus="yes">
        <source>up %n</source>
        <translation>
            <numerusform>gagne %n place</numerusform>
            <numerusform>gagne %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n</source>
        <translation>
            <numerusform>perd %n place</numerusform>
            <numerusform>perd %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StakeholderPanel</name>
    <message>
        <source>Consensus:</source>
        <translation>Consensus :</translation>
    </message>
    <message>
        <source>Arithmetic mean</source>
        <translation>Moyenne arithmétique</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>Moyenne géométrique</translation>
    </message>
    <message>
        <source>The geometric mean lets a stakeholder who gives a criterion no weight at all veto it</source>
        <translation>La moyenne géométrique permet à une partie prenante qui n&apos;accorde aucun poids à un critère d&apos;y opposer son veto</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Set the weights to the consensus</source>
        <translation>Remplacer les poids par ceux du consensus</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import profile files exported by participants</source>
        <translation>Importer les fichiers de profil exportés par les participants</translation>
    </message>
    <message>
        <source>Export My Weights…</source>
        <translation>Exporter mes poids…</translation>
    </message>
    <message>
        <source>Save the current weights as a profile file for the facilitator</source>
        <translation>Enregistrer les poids actuels dans un fichier de profil pour l&apos;animateur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <source>Weighs most</source>
        <translation>Pèse le plus</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Tradeoff profiles (*.tradeoff-profile *.json);;All files (*)</source>
        <translation>Profils Tradeoff (*.tradeoff-profile *.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n profil importé.</numerusform>
            <numerusform>%n profils importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>My weights</source>
        <translation>Mes poids</translation>
    </message>
    <message>
        <source>Export My Weights</source>
        <translation>Exporter mes poids</translation>
    </message>
    <message>
        <source>Tradeoff profiles (*.tradeoff-profile)</source>
        <translation>Profils Tradeoff (*.tradeoff-profile)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>This comparison has no profiles yet: import participants&apos; profile files, or add profiles in Comparison &gt; Edit Comparison.</source>
        <translation>Cette comparaison n&apos;a encore aucun profil : importez les fichiers de profil des participants, ou ajoutez des profils dans Comparaison &gt; Modifier la comparaison.</translation>
    </message>
    <message>
        <source>Tick the profiles that take part.</source>
        <translation>Cochez les profils qui participent.</translation>
    </message>
    <message>
        <source>With the consensus weights %1 wins; %2 of %3 stakeholders pick it on their own.</source>
        <translation>Avec les poids du consensus, %1 l&apos;emporte ; c&apos;est aussi le choix de %2 des %3 parties prenantes avec leurs propres poids.</translation>
    </message>
    <message>
        <source>Most disputed: %1.</source>
        <translation>Critères les plus contestés : %1.</translation>
    </message>
    <message>
        <source>Every criterion was given no weight by someone, so the arithmetic mean is used.</source>
        <translation>Chaque critère a reçu un poids nul d&apos;au moins une partie prenante : la moyenne arithmétique est donc utilisée.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Arithmetic mean of the stakeholders&apos; weights</source>
        <translation>Moyenne arithmétique des poids des parties prenantes</translation>
    </message>
    <message>
        <source>Geometric mean of the stakeholders&apos; weights</source>
        <translation>Moyenne géométrique des poids des parties prenantes</translation>
    </message>
    <message>
        <source>Save the consensus as %1</source>
        <translation>Enregistrer le consensus sous le nom %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no weight for %2 (counted as 0)</source>
        <translation>%1 : aucun poids pour %2 (compté comme 0)</translation>
    </message>
    <message>
        <source>%1: ignored %2, not in this comparison</source>
        <translation>%1 : %2 ignoré(s), absent(s) de cette comparaison</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>Importer %n profil</numerusform>
            <numerusform>Importer %n profils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SweepChartImpl</name>
    <message>
        <source>Current weight</source>
        <translation>Poids actuel</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>Croisement</translation>
    </message>
    <message>
        <source>Scores as the weight of %1 changes</source>
        <translation>Scores selon le poids de %1</translation>
    </message>
    <message>
        <source>Scores by weight</source>
        <translation>Notes selon le poids</translation>
    </message>
</context>
<context>
    <name>ui::SwingDialog</name>
    <message>
        <source>Swing Weighting</source>
        <translation>Pondération par swing</translation>
    </message>
    <message>
        <source>Imagine an option that is the worst of these options on every criterion. You may improve it on one criterion only, from its worst to its best value below. Which swing would you choose first? Put the swings in that order, most valuable first: select one and press Alt+Up or Alt+Down.</source>
        <translation>Imaginez une option qui serait la pire de ces options sur chaque critère. Vous pouvez l&apos;améliorer sur un seul critère, de sa pire à sa meilleure valeur ci-dessous. Quel swing choisiriez-vous en premier ? Rangez les swings dans cet ordre, le plus précieux en premier : sélectionnez-en un et appuyez sur Alt+Haut ou Alt+Bas.</translation>
    </message>
    <message>
        <source>Why swings: asked directly how important a criterion is, people ignore how far apart the options are on it; a swing weight depends on that range, so a criterion on which the options barely differ gets little weight (Monat 2009; Edwards &amp; Barron 1994).</source>
        <translation>Pourquoi des swings : quand on leur demande directement l&apos;importance d&apos;un critère, les gens ignorent l&apos;écart entre les options sur ce critère ; un poids swing dépend de cette amplitude, si bien qu&apos;un critère sur lequel les options diffèrent à peine reçoit peu de poids (Monat 2009 ; Edwards &amp; Barron 1994).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Swing from worst to best</source>
        <translation>Swing du pire au meilleur</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Haut</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <source>The first swing is worth 100. How much is each other swing worth next to it, from 0 (nothing) to 100 (as much)? 50 means half as much.</source>
        <translation>Le premier swing vaut 100. Combien vaut chacun des autres swings par rapport à lui, de 0 (rien) à 100 (autant) ? 50 signifie moitié moins.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>no option is scored</source>
        <translation>aucune option n&apos;est notée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>all options alike (%1)</source>
        <translation>toutes les options sont identiques (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1 (value %2) to %3 (value %4)</source>
        <translation>de %1 (valeur %2) à %3 (valeur %4)</translation>
    </message>
    <message>
        <source>Step 1 of 3: rank the swings</source>
        <translation>Étape 1 sur 3 : classer les swings</translation>
    </message>
    <message>
        <source>Step 2 of 3: rate the swings</source>
        <translation>Étape 2 sur 3 : évaluer les swings</translation>
    </message>
    <message>
        <source>Step 3 of 3: the weights</source>
        <translation>Étape 3 sur 3 : les poids</translation>
    </message>
    <message>
        <source>&amp;Apply Weights</source>
        <translation>&amp;Appliquer les poids</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>Évaluation de %1</translation>
    </message>
    <message>
        <source>Rated above a swing you ranked higher: %1. Check the order or the ratings.</source>
        <translation>Évalué au-dessus d&apos;un swing que vous avez classé plus haut : %1. Vérifiez l&apos;ordre ou les évaluations.</translation>
    </message>
    <message>
        <source>Each weight is the swing&apos;s rating over the sum of all ratings (%1), so the weights add up to 100%. Applying them replaces the weights being explored; Edit &gt; Undo puts the old ones back.</source>
        <translation>Chaque poids est l&apos;évaluation du swing divisée par la somme de toutes les évaluations (%1), de sorte que les poids totalisent 100 %. Les appliquer remplace les poids en cours d&apos;exploration ; Édition &gt; Annuler rétablit les anciens.</translation>
    </message>
</context>
<context>
    <name>ui::Theme</name>
    <message>
        <source>Follow the Desktop</source>
        <translation>Suivre le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>ui::TornadoChartImpl</name>
    <message>
        <source>Most sensitive criteria: weights over which the winner stays first</source>
        <translation>Critères les plus sensibles : poids pour lesquels le gagnant reste premier</translation>
    </message>
    <message>
        <source>Weights over which the winner stays first</source>
        <translation>Poids pour lesquels le gagnant reste premier</translation>
    </message>
    <message>
        <source>Winner stays first</source>
        <translation>Le gagnant reste premier</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>Poids actuel</translation>
    </message>
    <message>
        <source>Most sensitive criteria</source>
        <translation>Critères les plus sensibles</translation>
    </message>
    <message>
        <source>Where the winner stays</source>
        <translation>Où le gagnant reste premier</translation>
    </message>
    <message>
        <source>Most sensitive</source>
        <translation>Plus sensibles</translation>
    </message>
    <message>
        <source>Winner stays</source>
        <translation>Gagnant en tête</translation>
    </message>
</context>
<context>
    <name>ui::ValueFunctionChartImpl</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value function</source>
        <translation>Fonction de valeur</translation>
    </message>
    <message>
        <source>Points (drag)</source>
        <translation>Points (à faire glisser)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Value function of %1</source>
        <translation>Fonction de valeur de %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score (%1)</source>
        <translation>Note (%1)</translation>
    </message>
</context>
<context>
    <name>ui::ValueFunctionDialog</name>
    <message>
        <source>Value Function of %1</source>
        <translation>Fonction de valeur de %1</translation>
    </message>
    <message>
        <source>A value function turns a score into a value from 0 (worst) to 1 (best) before weighting. Linear keeps the usual normalisation. With piecewise or step, the points decide what is better: for a cost, let the values fall as the score grows.</source>
        <translation>Une fonction de valeur transforme une note en une valeur de 0 (la pire) à 1 (la meilleure) avant la pondération. Linéaire conserve la normalisation habituelle. En linéaire par morceaux ou en escalier, ce sont les points qui décident de ce qui est meilleur : pour un coût, faites décroître les valeurs quand la note augmente.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Piecewise linear</source>
        <translation>Linéaire par morceaux</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>En escalier</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Value (0–1)</source>
        <translation>Valeur (0–1)</translation>
    </message>
    <message>
        <source>&amp;Add Point</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>&amp;Supprimer le point</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>Non modifié : %1.</translation>
    </message>
    <message>
        <source>Set the value function of %1 to %2</source>
        <translation>Définir la fonction de valeur de %1 sur %2</translation>
    </message>
    <message>
        <source>Add a point to the value function of %1</source>
        <translation>Ajouter un point à la fonction de valeur de %1</translation>
    </message>
    <message>
        <source>Remove a point from the value function of %1</source>
        <translation>Supprimer un point de la fonction de valeur de %1</translation>
    </message>
    <message>
        <source>Move a point of the value function of %1</source>
        <translation>Déplacer un point de la fonction de valeur de %1</translation>
    </message>
    <message>
        <source>Not changed: &apos;%1&apos; is not a number.</source>
        <translation>Non modifié : &apos;%1&apos; n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>ui::VerdictPanel</name>
    <message>
        <source>Method: %1 · normalisation: %2 · missing scores: %3</source>
        <translation>Méthode : %1 · normalisation : %2 · notes manquantes : %3</translation>
    </message>
    <message>
        <source>At level %1 of the criteria tree: driven by %2.</source>
        <translation>Au niveau %1 de l&apos;arbre des critères : porté par %2.</translation>
    </message>
</context>
<context>
    <name>ui::WeightPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Cost criterion: lower values are better.</source>
        <translation>Critère de coût : les valeurs basses sont meilleures.</translation>
    </message>
    <message>
        <source>Score this one for your own team.</source>
        <translation>Notez celui-ci pour votre propre équipe.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Share of the total weight</source>
        <translation>Part du poids total</translation>
    </message>
    <message>
        <source>A group&apos;s slider sets its share within the group above it. Beside it: that share · its share of the total weight.</source>
        <translation>Le curseur d&apos;un groupe règle sa part au sein du groupe parent. À côté : cette part · sa part du poids total.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Left and Right (or - and +, or Space) collapse and expand the group; Up and Down move between groups.</source>
        <translation>Gauche et Droite (ou - et +, ou Espace) replient et déplient le groupe ; Haut et Bas passent d&apos;un groupe à l&apos;autre.</translation>
    </message>
    <message>
        <source>all criteria</source>
        <translation>tous les critères</translation>
    </message>
    <message>
        <source>Share of %1 within %2</source>
        <translation>Part de %1 dans %2</translation>
    </message>
    <message>
        <source>Share of %1 within %2: moving it scales the criteria of %1 together and its siblings&apos; to take up the rest.</source>
        <translation>Part de %1 dans %2 : la modifier ajuste ensemble les critères de %1, et ceux des groupes voisins se partagent le reste.</translation>
    </message>
    <message>
        <source>Local share (within %1) · global share (of the total weight)</source>
        <translation>Part locale (dans %1) · part globale (du poids total)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>déplié</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>replié</translation>
    </message>
</context>
</TS>

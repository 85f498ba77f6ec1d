<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Ahp</name>
    <message>
        <source>a pairwise comparison needs at least two items</source>
        <translation>una comparación por pares necesita al menos dos elementos</translation>
    </message>
    <message>
        <source>more than %1 items: too many judgements to make consistently</source>
        <translation>más de %1 elementos: demasiados juicios para mantener la consistencia</translation>
    </message>
    <message>
        <source>%1 names for a %2 x %2 matrix</source>
        <translation>%1 nombres para una matriz de %2 x %2</translation>
    </message>
    <message>
        <source>row &apos;%1&apos; has %2 values, expected %3</source>
        <translation>la fila &apos;%1&apos; tiene %2 valores; se esperaban %3</translation>
    </message>
    <message>
        <source>(%1, %2): &apos;%3&apos; is not a positive number</source>
        <translation>(%1, %2): &apos;%3&apos; no es un número positivo</translation>
    </message>
    <message>
        <source>(%1, %1): an item compared with itself must be 1</source>
        <translation>(%1, %1): un elemento comparado consigo mismo debe valer 1</translation>
    </message>
    <message>
        <source>(%1, %2) = %3 is outside Saaty&apos;s scale 1/9 to 9</source>
        <translation>(%1, %2) = %3 está fuera de la escala de Saaty de 1/9 a 9</translation>
    </message>
    <message>
        <source>(%1, %2) = %3 and (%2, %1) = %4 are not reciprocals: the second should be %5 (is the matrix transposed or mistyped?)</source>
        <translation>(%1, %2) = %3 y (%2, %1) = %4 no son recíprocos: el segundo debería ser %5 (¿está la matriz transpuesta o mal escrita?)</translation>
    </message>
    <message>
        <source>expected a header and at least two rows</source>
        <translation>se esperaba una cabecera y al menos dos filas</translation>
    </message>
    <message>
        <source>%1 columns but %2 rows: the matrix must be square</source>
        <translation>%1 columnas pero %2 filas: la matriz debe ser cuadrada</translation>
    </message>
    <message>
        <source>line %1: %2 fields, expected %3</source>
        <translation>línea %1: %2 campos; se esperaban %3</translation>
    </message>
    <message>
        <source>line %1: row &apos;%2&apos; does not match column &apos;%3&apos; (rows and columns must be in the same order)</source>
        <translation>línea %1: la fila &apos;%2&apos; no coincide con la columna &apos;%3&apos; (las filas y las columnas deben estar en el mismo orden)</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; is not a positive number</source>
        <translation>línea %1, columna &apos;%2&apos;: &apos;%3&apos; no es un número positivo</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; is not a number or fraction</source>
        <translation>línea %1, columna &apos;%2&apos;: &apos;%3&apos; no es un número ni una fracción</translation>
    </message>
    <message>
        <source>(%1, %2) and (%2, %1) are both empty</source>
        <translation>(%1, %2) y (%2, %1) están vacías las dos</translation>
    </message>
    <message>
        <source>line %1: column %2 has no name</source>
        <translation>línea %1: la columna %2 no tiene nombre</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is named twice</source>
        <translation>línea %1: &apos;%2&apos; aparece dos veces</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>disk full</source>
        <translation>disco lleno</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation>no se puede crear un archivo temporal en %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the folder %1 is not writable (%2)</source>
        <translation>no se puede escribir en la carpeta %1 (%2)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
</context>
<context>
    <name>Bundled</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>this build has no bundled comparison</source>
        <translation>esta compilación no incluye ninguna comparación</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>(bundled comparison)</source>
        <translation>(comparación incluida)</translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation>el archivo no contiene ninguna comparación</translation>
    </message>
    <message>
        <source>--weights needs CRITERION=WEIGHT pairs</source>
        <translation>--weights necesita pares CRITERIO=PESO</translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not CRITERION=WEIGHT</source>
        <translation>--weights: &apos;%1&apos; no tiene la forma CRITERIO=PESO</translation>
    </message>
    <message>
        <source>--weights: no criterion &apos;%1&apos; in comparison &apos;%2&apos;</source>
        <translation>--weights: no hay ningún criterio &apos;%1&apos; en la comparación &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--weights: criterion &apos;%1&apos; is given twice</source>
        <translation>--weights: el criterio &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>--weights: &apos;%1&apos; is not a finite number</source>
        <translation>--weights: &apos;%1&apos; no es un número finito</translation>
    </message>
    <message>
        <source>--weights: the weight of &apos;%1&apos; is negative</source>
        <translation>--weights: el peso de &apos;%1&apos; es negativo</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (expected %2)</source>
        <translation>método desconocido &apos;%1&apos; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown normalization &apos;%1&apos; (expected %2)</source>
        <translation>normalización desconocida &apos;%1&apos; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown missing-score policy &apos;%1&apos; (expected worst, mean, exclude)</source>
        <translation>política de puntuaciones ausentes desconocida &apos;%1&apos; (se esperaba worst, mean, exclude)</translation>
    </message>
    <message>
        <source>no comparison &apos;%1&apos; (the file has %2)</source>
        <translation>no hay ninguna comparación &apos;%1&apos; (el archivo contiene %2)</translation>
    </message>
    <message>
        <source>give either --profile or --weights, not both</source>
        <translation>indique --profile o --weights, no ambos</translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; in comparison &apos;%2&apos; (it has %3)</source>
        <translation>no hay ningún perfil &apos;%1&apos; en la comparación &apos;%2&apos; (tiene %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>formato desconocido &apos;%1&apos; (se esperaba %2)</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>demasiados argumentos: %1</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>falta el argumento FILE</translation>
    </message>
    <message>
        <source>Profile: %1 | method: %2 | normalization: %3 | missing scores: %4</source>
        <translation>Perfil: %1 | método: %2 | normalización: %3 | puntuaciones ausentes: %4</translation>
    </message>
    <message>
        <source>custom weights</source>
        <translation>pesos personalizados</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Options (%1): %2</source>
        <translation>Opciones (%1): %2</translation>
    </message>
    <message>
        <source>Criteria (%1): %2</source>
        <translation>Criterios (%1): %2</translation>
    </message>
    <message>
        <source>Profiles (%1): %2</source>
        <translation>Perfiles (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff file (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1: archivo de Tradeoff válido (versión de esquema %2, %n comparación)</numerusform>
            <numerusform>%1: archivo de Tradeoff válido (versión de esquema %2, %n comparaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>import-csv needs -o OUT.tradeoff</source>
        <translation>import-csv requiere -o OUT.tradeoff</translation>
    </message>
    <message>
        <source>the output would overwrite the input</source>
        <translation>la salida sobrescribiría la entrada</translation>
    </message>
    <message>
        <source>--name must be 1 to %1 characters</source>
        <translation>--name debe tener entre 1 y %1 caracteres</translation>
    </message>
    <message>
        <source>Imported comparison</source>
        <translation>Comparación importada</translation>
    </message>
    <message>
        <source>report needs -o OUT.{%1}</source>
        <translation>report requiere -o OUT.{%1}</translation>
    </message>
    <message>
        <source>unknown report format (expected .%1)</source>
        <translation>formato de informe desconocido (se esperaba .%1)</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (expected a4 or letter)</source>
        <translation>tamaño de página desconocido &apos;%1&apos; (se esperaba a4 o letter)</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (expected %2)</source>
        <translation>gráfico desconocido &apos;%1&apos; (se esperaba %2)</translation>
    </message>
    <message>
        <source>--samples must be a whole number from 0 to 10000000</source>
        <translation>--samples debe ser un número entero de 0 a 10000000</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed debe ser un número entero no negativo</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Winner stays first</source>
        <translation>El ganador sigue primero</translation>
    </message>
    <message>
        <source>Below: winner</source>
        <translation>Por debajo: ganador</translation>
    </message>
    <message>
        <source>Above: winner</source>
        <translation>Por encima: ganador</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Puesto %1</translation>
    </message>
    <message>
        <source>Rank acceptability over %1 random weightings (seed %2):</source>
        <translation>Aceptabilidad de rango en %1 ponderaciones aleatorias (semilla %2):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Kendall tau vs wsm</source>
        <translation>Tau de Kendall vs. wsm</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>too large for a pairwise comparison matrix</source>
        <translation>demasiado grande para una matriz de comparación por pares</translation>
    </message>
    <message>
        <source>the file contains NUL bytes (binary data, not CSV text)</source>
        <translation>el archivo contiene bytes NUL (datos binarios, no texto CSV)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>lambda_max %1, CI %2, RI %3 (%4), CR %5: %6</source>
        <translation>lambda_max %1, CI %2, RI %3 (%4), CR %5: %6</translation>
    </message>
    <message>
        <source>consistent (below 0.10)</source>
        <translation>consistente (menor que 0.10)</translation>
    </message>
    <message>
        <source>inconsistent (0.10 or more): revise the judgements below</source>
        <translation>inconsistente (0.10 o más): revise los juicios siguientes</translation>
    </message>
    <message>
        <source>  %1 vs %2: judged %3, the priorities imply %4</source>
        <translation>  %1 vs. %2: juicio %3, las prioridades implican %4</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see tradeoff --help)</source>
        <translation>comando desconocido &apos;%1&apos; (consulte tradeoff --help)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no options to rank</source>
        <translation>la comparación &apos;%1&apos; no tiene opciones que clasificar</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no criteria to rank on</source>
        <translation>la comparación &apos;%1&apos; no tiene criterios con los que clasificar</translation>
    </message>
    <message>
        <source>Usage:
  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]
      Open the window on FILE (a Tradeoff file or a CSV decision matrix), or on the
      bundled Node.js vs Python comparison. --screenshot saves the window to a PNG and exits.
</source>
        <translation>Uso:
  tradeoff [FILE] [--screenshot OUT.png] [--size WxH] [--font-scale F] [--language CODE]
      Abre la ventana con FILE (un archivo de Tradeoff o una matriz de decisión CSV) o con la
      comparación incluida Node.js vs Python. --screenshot guarda la ventana en un PNG y sale.
</translation>
    </message>
    <message>
        <source>  tradeoff ahp PAIRWISE.csv [--format table|json]
      AHP priorities from a pairwise comparison matrix (Saaty 1-9 scale), with lambda_max,
      consistency index and ratio, and the most inconsistent judgements.
</source>
        <translation>  tradeoff ahp PAIRWISE.csv [--format table|json]
      Prioridades AHP a partir de una matriz de comparación por pares (escala de Saaty 1-9), con
      lambda_max, índice y razón de consistencia, y los juicios menos consistentes.
</translation>
    </message>
    <message>
        <source>  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]
      Turn a CSV decision matrix into a Tradeoff file (written atomically).
</source>
        <translation>  tradeoff import-csv IN.csv -o OUT.tradeoff [--name NAME]
      Convierte una matriz de decisión CSV en un archivo de Tradeoff (escrito de forma atómica).
</translation>
    </message>
    <message>
        <source>  tradeoff list [FILE] [--format table|json]
      The comparisons in FILE with their options, criteria and profiles.
</source>
        <translation>  tradeoff list [FILE] [--format table|json]
      Las comparaciones de FILE con sus opciones, criterios y perfiles.
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
      Escribe un informe: PDF (A4 o Carta), HTML autónomo, un registro de decisión en Markdown
      (MADR), CSV, JSON o un gráfico como PNG o SVG (--chart, por defecto ranking).
</translation>
    </message>
    <message>
        <source>  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]
      Rank the options. Without FILE, the bundled comparison.
</source>
        <translation>  tradeoff score [FILE] [SELECTORS] [--format table|json|csv]
      Clasifica las opciones. Sin FILE, la comparación incluida.
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
      Intervalos de estabilidad y puntos de cruce por criterio, aceptabilidad de rango Monte Carlo
      (pesos extraídos del símplex, uniformes o en torno a los pesos actuales con K &gt; 0)
      y la clasificación de cada método con la tau de Kendall.
</translation>
    </message>
    <message>
        <source>  tradeoff validate FILE
      Check integrity, schema version and value ranges.
</source>
        <translation>  tradeoff validate FILE
      Comprueba la integridad, la versión del esquema y los rangos de valores.
</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
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
      Crea un repositorio del equipo en una base de datos PostgreSQL vacía, o actualiza uno anterior.
  tradeoff repo push FILE URL [--comparison NAME] [--replace]
      Copia las comparaciones de FILE en el repositorio. Una comparación que el repositorio
      tiene en otra versión se rechaza, salvo con --replace.
  tradeoff repo pull URL -o FILE [--comparison NAME] [--replace]
      Copia las comparaciones del repositorio en un archivo de Tradeoff (escrito de forma atómica).
      Una comparación que FILE tiene en otra versión se rechaza, salvo con --replace.
      URL: postgresql://USER@HOST:PORT/DATABASE[?sslmode=require]; la contraseña se toma
      de ~/.pgpass, PGPASSWORD o un archivo de servicio.
</translation>
    </message>
    <message>
        <source>no comparison named &apos;%1&apos;</source>
        <translation>no hay ninguna comparación llamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 already holds another version of %2; nothing was copied (--replace copies over it)</source>
        <translation>%1 ya tiene otra versión de %2; no se ha copiado nada (--replace la sobrescribe)</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>añadidas: %1, actualizadas: %2, sin cambios: %3</translation>
    </message>
    <message>
        <source>repo needs init, push or pull</source>
        <translation>repo requiere init, push o pull</translation>
    </message>
    <message>
        <source>unknown repo action &apos;%1&apos; (expected init, push or pull)</source>
        <translation>acción de repo desconocida &apos;%1&apos; (se esperaba init, push o pull)</translation>
    </message>
    <message>
        <source>usage: tradeoff repo push FILE URL</source>
        <translation>uso: tradeoff repo push FILE URL</translation>
    </message>
    <message>
        <source>usage: tradeoff repo pull URL -o FILE</source>
        <translation>uso: tradeoff repo pull URL -o FILE</translation>
    </message>
    <message>
        <source>usage: tradeoff repo init URL</source>
        <translation>uso: tradeoff repo init URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a repository URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>&apos;%1&apos; no es una URL de repositorio (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>%1: repository ready (schema version %2)</source>
        <translation>%1: repositorio listo (versión de esquema %2)</translation>
    </message>
    <message>
        <source>push copies a file into a repository: FILE must be a file</source>
        <translation>push copia un archivo en un repositorio: FILE debe ser un archivo</translation>
    </message>
    <message>
        <source>the repository</source>
        <translation>el repositorio</translation>
    </message>
    <message>
        <source>%1 changed while pushing; nothing was copied, try again</source>
        <translation>%1 cambió durante la copia; no se ha copiado nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>repo pull needs -o FILE</source>
        <translation>repo pull requiere -o FILE</translation>
    </message>
    <message>
        <source>pull writes a file: -o must name a file</source>
        <translation>pull escribe un archivo: -o debe indicar un archivo</translation>
    </message>
    <message>
        <source>the repository holds no comparison</source>
        <translation>el repositorio no tiene ninguna comparación</translation>
    </message>
    <message>
        <source>exists and is not a Tradeoff file; nothing was written</source>
        <translation>existe y no es un archivo de Tradeoff; no se ha escrito nada</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid Tradeoff repository (schema version %2, %n comparison(s))</source>
        <translation>
            <numerusform>%1: repositorio de Tradeoff válido (versión de esquema %2, %n comparación)</numerusform>
            <numerusform>%1: repositorio de Tradeoff válido (versión de esquema %2, %n comparaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>Priority (%1)</source>
        <translation>Prioridad (%1)</translation>
    </message>
    <message>
        <source>--vikor-v: &apos;%1&apos; is not a number from 0 to 1</source>
        <translation>--vikor-v: &apos;%1&apos; no es un número de 0 a 1</translation>
    </message>
    <message>
        <source>the repository holds no comparison yet (add one with: tradeoff repo push FILE URL)</source>
        <translation>el repositorio aún no contiene ninguna comparación (añada una con: tradeoff repo push FILE URL)</translation>
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
Opciones de la ventana:
  --profile NAME, --comparison NAME   empezar con este perfil o comparación
  --tab evidence|sensitivity|acceptability|methods|code|stakeholders|snapshots
                                      la pestaña de análisis que mostrar
  --editor comparison|options|criteria|groups|profiles|sources|tasks|decision
                                      abrir el editor en esta página
  --present                           empezar en modo presentación
  --theme system|light|dark|high-contrast   los colores
  --language de|fr|es                 el idioma de la interfaz (también para los comandos)
</translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation>Factor de confianza</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors (%1 score ranges, %2 score draws):</source>
        <translation>Pesos centrales y factores de confianza SMAA-2 (%1 rangos de puntuación, %2 muestras de puntuaciones):</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors:</source>
        <translation>Pesos centrales y factores de confianza SMAA-2:</translation>
    </message>
    <message>
        <source>give --swing without --profile or --weights</source>
        <translation>indique --swing sin --profile ni --weights</translation>
    </message>
    <message>
        <source>--concentration must be 0 (flat) or a positive number up to %1</source>
        <translation>--concentration debe ser 0 (uniforme) o un número positivo de hasta %1</translation>
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
Selectores:
  --comparison NAME      qué comparación del archivo (por defecto: la primera)
  --profile NAME         un perfil de pesos de la comparación (por defecto: el primero)
  --weights C=W,...      pesos explícitos; los criterios no mencionados pesan 0
  --swing C=R,...        valoraciones swing de 0 a 100 (la mejora más valiosa, del peor al mejor valor, vale 100);
                         los pesos son valoración / suma de valoraciones, los criterios no mencionados pesan 0;
                         solo nombres (C1,C2,...), el más valioso primero: pesos de centroide de rango (ROC)
  --method M             %1 (por defecto: %2)
  --normalization N      %3
                         (por defecto: %4)
  --missing P            puntuaciones ausentes: worst (por defecto), mean, exclude
  --vikor-v V            peso de VIKOR de la utilidad de grupo frente al arrepentimiento, de 0 a 1 (por defecto: 0.5)

Matriz de decisión CSV: una cabecera &apos;option,CRITERION,...&apos;, filas opcionales @weight, @direction
(benefit|cost), @category, @unit, @description, @min, @max y después una fila por opción.
Separada por comas o por punto y coma (los archivos con punto y coma admiten coma decimal), UTF-8.

Códigos de salida:
  0  éxito
  1  error de uso: comando, opción, comparación, perfil o criterio desconocidos; pesos incorrectos
  2  la entrada no se puede leer, está dañada o no es un archivo de Tradeoff ni una matriz CSV
  3  la salida no se puede escribir
  4  validate: el archivo se abre, pero contiene valores no válidos
  5  repo push/pull: el destino tiene otra versión de una comparación (no se copia nada)

Opciones:
  -h, --help     muestra esta ayuda
  -v, --version  muestra la versión
</translation>
    </message>
    <message>
        <source>  tradeoff export-csv [FILE] [-o OUT.csv] [SELECTORS]
      Write the decision matrix with @weight and @direction rows (stdout without -o).
</source>
        <translation>  tradeoff export-csv [FILE] [-o OUT.csv] [SELECTORS]
      Escribe la matriz de decisión con las filas @weight y @direction (a stdout sin -o).
</translation>
    </message>
    <message>
        <source>--name must not contain line breaks or control characters</source>
        <translation>--name no debe contener saltos de línea ni caracteres de control</translation>
    </message>
    <message>
        <source>--weights: every weight is 0 (give one criterion a positive weight)</source>
        <translation>--weights: todos los pesos son 0 (dé un peso positivo a un criterio)</translation>
    </message>
    <message>
        <source>--weights: the weights add up to more than a number can hold</source>
        <translation>--weights: los pesos suman más de lo que cabe en un número</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; y %1 más</translation>
    </message>
    <message>
        <source>--vikor-v applies only to --method vikor</source>
        <translation>--vikor-v solo se aplica a --method vikor</translation>
    </message>
    <message>
        <source>%1: valid JSON comparison (%2, %3)</source>
        <translation>%1: comparación JSON válida (%2, %3)</translation>
    </message>
    <message>
        <source>%1: valid CSV decision matrix (%2, %3)</source>
        <translation>%1: matriz de decisión CSV válida (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterio</numerusform>
            <numerusform>%n criterios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>from %1: %2</source>
        <translation>desde %1: %2</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>piecewise through %1</source>
        <translation>lineal por tramos a través de %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>escalonada %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quote in the middle of an unquoted field</source>
        <translation>línea %1: una comilla en medio de un campo sin comillas</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>línea %1: texto después de la comilla de cierre</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>línea %1: un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: &apos;%3&apos; %4</source>
        <translation>línea %1, columna &apos;%2&apos;: &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>el archivo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>el archivo no tiene filas</translation>
    </message>
    <message>
        <source>line %1: the header needs an option column and at least one criterion</source>
        <translation>línea %1: la cabecera necesita una columna de opciones y al menos un criterio</translation>
    </message>
    <message>
        <source>line %1: criterion %2 has no name</source>
        <translation>línea %1: el criterio %2 no tiene nombre</translation>
    </message>
    <message>
        <source>line %1: a criterion name is longer than %2 characters</source>
        <translation>línea %1: un nombre de criterio tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>line %1: criterion &apos;%2&apos; appears twice</source>
        <translation>línea %1: el criterio &apos;%2&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>línea %1: %2 campos, la cabecera tiene %3</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>is a negative weight</source>
        <translation>es un peso negativo</translation>
    </message>
    <message>
        <source>is not &apos;benefit&apos; or &apos;cost&apos;</source>
        <translation>no es &apos;benefit&apos; ni &apos;cost&apos;</translation>
    </message>
    <message>
        <source>is not &apos;usual&apos;, &apos;linear&apos; or &apos;vshape&apos;</source>
        <translation>no es &apos;usual&apos;, &apos;linear&apos; ni &apos;vshape&apos;</translation>
    </message>
    <message>
        <source>is not a non-negative number</source>
        <translation>no es un número no negativo</translation>
    </message>
    <message>
        <source>line %1: the option has no name</source>
        <translation>línea %1: la opción no tiene nombre</translation>
    </message>
    <message>
        <source>line %1: an option name is longer than %2 characters</source>
        <translation>línea %1: un nombre de opción tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>line %1: option &apos;%2&apos; appears twice</source>
        <translation>línea %1: la opción &apos;%2&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>no option rows (only a header)</source>
        <translation>no hay filas de opciones (solo una cabecera)</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: @min must be below @max</source>
        <translation>criterio &apos;%1&apos;: @min debe ser menor que @max</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Pesos iguales</translation>
    </message>
    <message>
        <source>CSV weights</source>
        <translation>Pesos del CSV</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>line %1: the file is not valid UTF-8 text</source>
        <translation>línea %1: el archivo no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>line %1: a second %2 row (the first is on line %3)</source>
        <translation>línea %1: una segunda fila %2 (la primera está en la línea %3)</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3 is longer than %4 characters</source>
        <translation>línea %1, columna &apos;%2&apos;: %3 tiene más de %4 caracteres</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>la categoría</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>la unidad</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>the file&apos;s name is longer than %1 characters, too long for a comparison&apos;s name</source>
        <translation>el nombre del archivo tiene más de %1 caracteres, demasiado largo para el nombre de una comparación</translation>
    </message>
    <message>
        <source>is not &apos;linear&apos;, &apos;piecewise X:Y ...&apos; or &apos;step X:Y ...&apos;</source>
        <translation>no es &apos;linear&apos;, &apos;piecewise X:Y ...&apos; ni &apos;step X:Y ...&apos;</translation>
    </message>
    <message>
        <source>has more than %1 points</source>
        <translation>tiene más de %1 puntos</translation>
    </message>
    <message>
        <source>has a point &apos;%1&apos; that is not X:Y</source>
        <translation>tiene un punto &apos;%1&apos; que no es X:Y</translation>
    </message>
    <message>
        <source>is refused: %1</source>
        <translation>se rechaza: %1</translation>
    </message>
    <message>
        <source>line %1: unknown row &apos;%2&apos; (expected @weight, @direction, @category, @parent, @unit, @description, @min, @max, @preference, @q, @p or @value)</source>
        <translation>línea %1: fila desconocida &apos;%2&apos; (se esperaba @weight, @direction, @category, @parent, @unit, @description, @min, @max, @preference, @q, @p o @value)</translation>
    </message>
    <message>
        <source>line %1: both a @parent and a @category row (the other is on line %2); @parent gives each criterion&apos;s category as its last group</source>
        <translation>línea %1: hay a la vez una fila @parent y una fila @category (la otra está en la línea %2); @parent da la categoría de cada criterio como su último grupo</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>es demasiado largo</translation>
    </message>
    <message>
        <source>is too long for a path of groups</source>
        <translation>es demasiado largo para una ruta de grupos</translation>
    </message>
    <message>
        <source>has an empty group name (separate groups with &apos; &gt; &apos;)</source>
        <translation>tiene un nombre de grupo vacío (separe los grupos con &apos; &gt; &apos;)</translation>
    </message>
    <message>
        <source>names a group longer than %1 characters</source>
        <translation>menciona un grupo de más de %1 caracteres</translation>
    </message>
    <message>
        <source>names the group &apos;%1&apos; twice</source>
        <translation>menciona dos veces el grupo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is deeper than %1 levels of groups</source>
        <translation>tiene más de %1 niveles de grupos</translation>
    </message>
    <message>
        <source>the top</source>
        <translation>la raíz</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: the group &apos;%3&apos; sits under %4 here but under %5 in an earlier column</source>
        <translation>línea %1, columna &apos;%2&apos;: el grupo &apos;%3&apos; está aquí bajo %4, pero bajo %5 en una columna anterior</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>is not a range low..most likely..high</source>
        <translation>no es un rango bajo..más probable..alto</translation>
    </message>
    <message>
        <source>is not a range of three finite numbers</source>
        <translation>no es un rango de tres números finitos</translation>
    </message>
    <message>
        <source>is not ordered low &lt;= most likely &lt;= high</source>
        <translation>no está ordenado como bajo &lt;= más probable &lt;= alto</translation>
    </message>
    <message>
        <source>line %1: a NUL byte (binary data, not CSV text)</source>
        <translation>línea %1: un byte NUL (datos binarios, no texto CSV)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>el controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>no se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>the SQLite driver did not give access to its connection</source>
        <translation>el controlador SQLite no dio acceso a su conexión</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sin resultado</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Tradeoff (schema %1, this version reads up to %2)</source>
        <translation>el archivo lo escribió una versión más reciente de Tradeoff (esquema %1, esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>schema step %1 is missing from the application</source>
        <translation>falta el paso de esquema %1 en la aplicación</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>el paso de esquema %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>the database gives no reason</source>
        <translation>la base de datos no indica el motivo</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>Superseded by %1</source>
        <translation>Sustituido por %1</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is already used here.</source>
        <translation>El nombre &apos;%1&apos; ya se usa aquí.</translation>
    </message>
    <message>
        <source>Option A</source>
        <translation>Opción A</translation>
    </message>
    <message>
        <source>Option B</source>
        <translation>Opción B</translation>
    </message>
    <message>
        <source>Criterion 1</source>
        <translation>Criterio 1</translation>
    </message>
    <message>
        <source>Criterion 2</source>
        <translation>Criterio 2</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Pesos iguales</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>no such file (a part of the path is not a folder)</source>
        <translation>el archivo no existe (una parte de la ruta no es una carpeta)</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>es un bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>la ruta es demasiado larga</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a named pipe, not a file</source>
        <translation>es una tubería con nombre, no un archivo</translation>
    </message>
    <message>
        <source>is a character device, not a file</source>
        <translation>es un dispositivo de caracteres, no un archivo</translation>
    </message>
    <message>
        <source>is a block device, not a file</source>
        <translation>es un dispositivo de bloques, no un archivo</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>custom weights</source>
        <translation>pesos personalizados</translation>
    </message>
    <message>
        <source>Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4</source>
        <translation>Pesos: %1 · método: %2 · normalización: %3 · puntuaciones ausentes: %4</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>En disputa:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Try other weights</source>
        <translation>Pruebe otros pesos</translation>
    </message>
    <message>
        <source>Move a weight and the weighted-sum ranking follows, computed in this page from the normalised scores above.</source>
        <translation>Mueva un peso y la clasificación por suma ponderada se actualiza, calculada en esta misma página a partir de las puntuaciones normalizadas de arriba.</translation>
    </message>
    <message>
        <source>Weighted-sum ranking</source>
        <translation>Clasificación por suma ponderada</translation>
    </message>
    <message>
        <source>Tradeoff %1 · %2 · data checksum %3</source>
        <translation>Tradeoff %1 · %2 · suma de comprobación de los datos %3</translation>
    </message>
    <message>
        <source>Code examples</source>
        <translation>Ejemplos de código</translation>
    </message>
    <message>
        <source>Criteria tree</source>
        <translation>Árbol de criterios</translation>
    </message>
    <message>
        <source>Group or criterion</source>
        <translation>Grupo o criterio</translation>
    </message>
    <message>
        <source>Local share</source>
        <translation>Proporción local</translation>
    </message>
    <message>
        <source>Global share</source>
        <translation>Proporción global</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>falta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; debe ser texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>&apos;%1&apos; tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a finite number</source>
        <translation>&apos;%1&apos; debe ser un número finito</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown value &apos;%2&apos;</source>
        <translation>&apos;%1&apos; tiene un valor desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; appears twice</source>
        <translation>la opción &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; appears twice</source>
        <translation>el criterio &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>too many options or criteria</source>
        <translation>demasiadas opciones o criterios</translation>
    </message>
    <message>
        <source>a score names an unknown option or criterion</source>
        <translation>una puntuación remite a una opción o a un criterio desconocidos</translation>
    </message>
    <message>
        <source>a claim cites source %1, which does not exist</source>
        <translation>una afirmación cita la fuente %1, que no existe</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; cites a source that does not exist</source>
        <translation>el perfil &apos;%1&apos; cita una fuente que no existe</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; weighs an unknown criterion &apos;%2&apos;</source>
        <translation>el perfil &apos;%1&apos; pondera un criterio desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an invalid weight for &apos;%2&apos;</source>
        <translation>el perfil &apos;%1&apos; tiene un peso no válido para &apos;%2&apos;</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has an example for an unknown option</source>
        <translation>la tarea &apos;%1&apos; tiene un ejemplo para una opción desconocida</translation>
    </message>
    <message>
        <source>the file is larger than 64 MB</source>
        <translation>el archivo ocupa más de 64 MB</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>not a Tradeoff comparison (the JSON is not an object)</source>
        <translation>no es una comparación de Tradeoff (el JSON no es un objeto)</translation>
    </message>
    <message>
        <source>not a Tradeoff comparison (no options and criteria)</source>
        <translation>no es una comparación de Tradeoff (no tiene opciones ni criterios)</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; lists more than %2 %3</source>
        <translation>la instantánea &apos;%1&apos; tiene más de %2 elementos en &apos;%3&apos;</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has an invalid name in &apos;%2&apos;</source>
        <translation>la instantánea &apos;%1&apos; tiene un nombre no válido en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a value in &apos;%2&apos; that is not a finite number</source>
        <translation>la instantánea &apos;%1&apos; tiene en &apos;%2&apos; un valor que no es un número finito</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has no valid time</source>
        <translation>la instantánea &apos;%1&apos; no tiene una fecha y hora válidas</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has lists of different lengths</source>
        <translation>la instantánea &apos;%1&apos; tiene listas de longitudes distintas</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a weight out of range</source>
        <translation>la instantánea &apos;%1&apos; tiene un peso fuera de rango</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; names an unknown %2 &apos;%3&apos;</source>
        <translation>la instantánea &apos;%1&apos; indica en &apos;%2&apos; un valor desconocido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;decision&apos; must be an object</source>
        <translation>&apos;decision&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>&apos;decided&apos; is not a date (use YYYY-MM-DD): &apos;%1&apos;</source>
        <translation>&apos;decided&apos; no es una fecha (use AAAA-MM-DD): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lists more than %2 people</source>
        <translation>&apos;%1&apos; incluye más de %2 personas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds something that is not a name of 1 to %2 characters</source>
        <translation>&apos;%1&apos; contiene algo que no es un nombre de 1 a %2 caracteres</translation>
    </message>
    <message>
        <source>&apos;score_matrix&apos; must have one row per option</source>
        <translation>&apos;score_matrix&apos; debe tener una fila por opción</translation>
    </message>
    <message>
        <source>&apos;score_matrix&apos; must have one value per criterion in every row</source>
        <translation>&apos;score_matrix&apos; debe tener un valor por criterio en cada fila</translation>
    </message>
    <message>
        <source>snapshot &apos;%1&apos; has a VIKOR v outside 0 to 1</source>
        <translation>la instantánea &apos;%1&apos; tiene un v de VIKOR fuera del intervalo de 0 a 1</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: %2</source>
        <translation>criterio &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>too many criteria groups</source>
        <translation>demasiados grupos de criterios</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; must be an object</source>
        <translation>&apos;value_function&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; has an unknown shape &apos;%1&apos; (expected linear, piecewise or step)</source>
        <translation>&apos;value_function&apos; tiene una forma desconocida &apos;%1&apos; (se esperaba linear, piecewise o step)</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; points must be a list of [x, y] pairs</source>
        <translation>los puntos de &apos;value_function&apos; deben ser una lista de pares [x, y]</translation>
    </message>
    <message>
        <source>&apos;value_function&apos; has more than %1 points</source>
        <translation>&apos;value_function&apos; tiene más de %1 puntos</translation>
    </message>
    <message>
        <source>its value function is not valid JSON</source>
        <translation>su función de valor no es JSON válido</translation>
    </message>
    <message>
        <source>a linear value function takes no points</source>
        <translation>una función de valor lineal no admite puntos</translation>
    </message>
    <message>
        <source>a piecewise value function needs 2 to %1 points</source>
        <translation>una función de valor lineal por tramos necesita de 2 a %1 puntos</translation>
    </message>
    <message>
        <source>a step value function needs 1 to %1 points</source>
        <translation>una función de valor escalonada necesita de 1 a %1 puntos</translation>
    </message>
    <message>
        <source>a value function point is not a finite number</source>
        <translation>un punto de la función de valor no es un número finito</translation>
    </message>
    <message>
        <source>a value function&apos;s values must lie from 0 to 1 (found %1)</source>
        <translation>los valores de una función de valor deben estar entre 0 y 1 (se encontró %1)</translation>
    </message>
    <message>
        <source>a value function&apos;s points must have strictly increasing x (%1 after %2)</source>
        <translation>los puntos de una función de valor deben tener x estrictamente creciente (%1 después de %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Choose %1 for %2</source>
        <translation>Elegir %1 para %2</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Context and Problem Statement</source>
        <translation>Contexto y planteamiento del problema</translation>
    </message>
    <message numerus="yes">
        <source>Which of %n option(s) fits best, weighed against %1 criteria?</source>
        <translation>
            <numerusform>¿Cuál de las opciones (%n) encaja mejor, evaluada frente a %1 criterios?</numerusform>
            <numerusform>¿Cuál de las %n opciones encaja mejor, evaluada frente a %1 criterios?</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision Drivers</source>
        <translation>Factores de decisión</translation>
    </message>
    <message>
        <source>custom weights</source>
        <translation>pesos personalizados</translation>
    </message>
    <message>
        <source>Weights: %1. The criteria that weigh most:</source>
        <translation>Pesos: %1. Los criterios con más peso:</translation>
    </message>
    <message>
        <source>Considered Options</source>
        <translation>Opciones consideradas</translation>
    </message>
    <message>
        <source>Decision Outcome</source>
        <translation>Resultado de la decisión</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it ranks first under the weights above (%2).</source>
        <translation>Opción elegida: &quot;%1&quot;, porque ocupa el primer puesto con los pesos anteriores (%2).</translation>
    </message>
    <message>
        <source>no single criterion dominates</source>
        <translation>ningún criterio domina por sí solo</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>gracias sobre todo a %1</translation>
    </message>
    <message>
        <source>No option is chosen: the leading options tie under these weights.</source>
        <translation>No se elige ninguna opción: las opciones en cabeza empatan con estos pesos.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Pros and Cons of the Options</source>
        <translation>Pros y contras de las opciones</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Good, because %1</source>
        <translation>Bueno, porque %1</translation>
    </message>
    <message>
        <source>Bad, because %1</source>
        <translation>Malo, porque %1</translation>
    </message>
    <message>
        <source>Neutral, because %1</source>
        <translation>Neutral, porque %1</translation>
    </message>
    <message>
        <source>More Information</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>Method: %1; normalisation: %2; missing scores: %3. Generated by Tradeoff %4 on %5; data checksum %6.</source>
        <translation>Método: %1; normalización: %2; puntuaciones ausentes: %3. Generado por Tradeoff %4 el %5; suma de comprobación de los datos %6.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Code Examples</source>
        <translation>Ejemplos de código</translation>
    </message>
    <message>
        <source>The criteria tree (share within the group · share of the whole):</source>
        <translation>El árbol de criterios (proporción dentro del grupo · proporción del total):</translation>
    </message>
    <message>
        <source>%1, range %2–%3</source>
        <translation>%1, rango %2–%3</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>custom weights</source>
        <translation>pesos personalizados</translation>
    </message>
    <message>
        <source>Weights: %1 · method: %2 · normalisation: %3 · missing scores: %4</source>
        <translation>Pesos: %1 · método: %2 · normalización: %3 · puntuaciones ausentes: %4</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>Scores and rationale</source>
        <translation>Puntuaciones y justificación</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>disputed claim:</source>
        <translation>afirmación en disputa:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Tradeoff %1 · %2 · data checksum %3</source>
        <translation>Tradeoff %1 · %2 · suma de comprobación de los datos %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Code examples</source>
        <translation>Ejemplos de código</translation>
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
        <translation>Un archivo de Tradeoff o una matriz de decisión CSV.</translation>
    </message>
    <message>
        <source>Save the window to a PNG and exit.</source>
        <translation>Guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>Window size for the screenshot.</source>
        <translation>Tamaño de la ventana para la captura.</translation>
    </message>
    <message>
        <source>Scale every font (e.g. 1.5).</source>
        <translation>Escalar todos los tipos de letra (p. ej., 1.5).</translation>
    </message>
    <message>
        <source>Interface language (e.g. de).</source>
        <translation>Idioma de la interfaz (p. ej., es).</translation>
    </message>
    <message>
        <source>Weight profile to start with.</source>
        <translation>Perfil de pesos con el que empezar.</translation>
    </message>
    <message>
        <source>Comparison to start with.</source>
        <translation>Comparación con la que empezar.</translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos;</source>
        <translation>pestaña desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write the screenshot</source>
        <translation>no se puede escribir la captura de pantalla</translation>
    </message>
    <message>
        <source>unknown editor page &apos;%1&apos;</source>
        <translation>página del editor desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Analysis tab to show: evidence, sensitivity, acceptability, methods, code, stakeholders or snapshots.</source>
        <translation>Pestaña de análisis que mostrar: evidence, sensitivity, acceptability, methods, code, stakeholders o snapshots.</translation>
    </message>
    <message>
        <source>Colours: system, light, dark or high-contrast (saved for next time).</source>
        <translation>Colores: system, light, dark o high-contrast (se guarda para la próxima vez).</translation>
    </message>
    <message>
        <source>Start in presentation mode (with --screenshot: grab it).</source>
        <translation>Iniciar en modo de presentación (con --screenshot: capturarlo).</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (use %2)</source>
        <translation>tema desconocido &apos;%1&apos; (use %2)</translation>
    </message>
    <message>
        <source>Open the comparison editor on a page: comparison, options, criteria, profiles, sources, tasks or decision.</source>
        <translation>Abrir el editor de comparaciones en una página: comparison, options, criteria, profiles, sources, tasks o decision.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>no se puede escribir en la salida estándar: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>this format needs the graphical libraries (a QGuiApplication)</source>
        <translation>este formato necesita las bibliotecas gráficas (una QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>no se puede codificar la imagen PNG</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>Showing the %1 leading options of %2; the CSV and JSON reports hold every score.</source>
        <translation>Se muestran las %1 opciones principales de %2; los informes CSV y JSON contienen todas las puntuaciones.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Deciders: %1</source>
        <translation>Decisores: %1</translation>
    </message>
    <message>
        <source>Consulted: %1</source>
        <translation>Consultados: %1</translation>
    </message>
    <message>
        <source>Informed: %1</source>
        <translation>Informados: %1</translation>
    </message>
    <message>
        <source>Value function of %1: %2</source>
        <translation>Función de valor de %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n otro</numerusform>
            <numerusform>%n otros</numerusform>
        </translation>
    </message>
    <message>
        <source>No single winner, so there is no stability interval to show.</source>
        <translation>No hay un único ganador, así que no hay intervalo de estabilidad que mostrar.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Contribution of each criterion</source>
        <translation>Contribución de cada criterio</translation>
    </message>
    <message>
        <source>Scores (normalised)</source>
        <translation>Puntuaciones (normalizadas)</translation>
    </message>
    <message>
        <source>Weight range over which the winner stays first (orange: current weight)</source>
        <translation>Intervalo de pesos en el que el ganador sigue primero (naranja: peso actual)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>bundled comparison</source>
        <translation>comparación incluida</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no comparison named &apos;%1&apos; in the repository</source>
        <translation>no hay ninguna comparación llamada &apos;%1&apos; en el repositorio</translation>
    </message>
    <message>
        <source>no workshop or comparison called &apos;%1&apos;</source>
        <translation>no hay ningún taller ni comparación llamados &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only an owner of &apos;%1&apos; can run its workshop</source>
        <translation>solo un propietario de &apos;%1&apos; puede dirigir su taller</translation>
    </message>
    <message>
        <source>cannot find a free join code</source>
        <translation>no se encuentra ningún código de acceso libre</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 no es JSON válido</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>the decision record</source>
        <translation>el registro de decisión</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>las fuentes</translation>
    </message>
    <message>
        <source>the code examples</source>
        <translation>los ejemplos de código</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>opción %1</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>criterio %1</translation>
    </message>
    <message>
        <source>the score of %1 on %2</source>
        <translation>la puntuación de %1 en %2</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>instantánea %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>parte %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message numerus="yes">
        <source>(%n claim(s))</source>
        <translation>
            <numerusform>(%n afirmación)</numerusform>
            <numerusform>(%n afirmaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>comparación %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) collide with changes others saved; nothing was saved</source>
        <translation>
            <numerusform>%n cambio choca con cambios que otros han guardado; no se ha guardado nada</numerusform>
            <numerusform>%n cambios chocan con cambios que otros han guardado; no se ha guardado nada</numerusform>
        </translation>
    </message>
    <message>
        <source>lost the connection to the repository (%1)</source>
        <translation>se ha perdido la conexión con el repositorio (%1)</translation>
    </message>
    <message>
        <source>not a repository URL (expected postgresql://user@host:port/database)</source>
        <translation>no es una URL de repositorio (se esperaba postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>the repository URL names no database (postgresql://user@host:port/database)</source>
        <translation>la URL del repositorio no indica ninguna base de datos (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; in the repository URL</source>
        <translation>ajuste desconocido &apos;%1&apos; en la URL del repositorio</translation>
    </message>
    <message>
        <source>invalid value for &apos;%1&apos; in the repository URL</source>
        <translation>valor no válido para &apos;%1&apos; en la URL del repositorio</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Debian: libqt6sql6-psql)</source>
        <translation>la compatibilidad con PostgreSQL no está instalada (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>no se puede conectar: %1</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
    <message>
        <source>the repository has no schema version</source>
        <translation>el repositorio no tiene versión de esquema</translation>
    </message>
    <message>
        <source>the repository was made by a newer version of Tradeoff (schema %1; this version reads up to %2)</source>
        <translation>el repositorio lo creó una versión más reciente de Tradeoff (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>the database holds other tables; a repository needs a database of its own</source>
        <translation>la base de datos contiene otras tablas; un repositorio necesita una base de datos propia</translation>
    </message>
    <message>
        <source>schema step %1 is missing from this build</source>
        <translation>falta el paso de esquema %1 en esta compilación</translation>
    </message>
    <message>
        <source>cannot create schema version %1: %2</source>
        <translation>no se puede crear la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>not a Tradeoff repository (create one with: tradeoff repo init URL)</source>
        <translation>no es un repositorio de Tradeoff (cree uno con: tradeoff repo init URL)</translation>
    </message>
    <message>
        <source>the repository has schema %1 and needs upgrading (run: tradeoff repo init URL)</source>
        <translation>el repositorio tiene el esquema %1 y hay que actualizarlo (ejecute: tradeoff repo init URL)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; in the repository is damaged: %2</source>
        <translation>la comparación &apos;%1&apos; del repositorio está dañada: %2</translation>
    </message>
    <message>
        <source>cannot number the change</source>
        <translation>no se puede numerar el cambio</translation>
    </message>
    <message>
        <source>%1; nothing was saved</source>
        <translation>%1; no se ha guardado nada</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>no se puede guardar &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>no se ha añadido ninguna fila</translation>
    </message>
    <message>
        <source>only its owners may change it</source>
        <translation>solo sus propietarios pueden cambiarla</translation>
    </message>
    <message>
        <source>only its owner may remove it</source>
        <translation>solo su propietario puede eliminarla</translation>
    </message>
    <message>
        <source>criteria group %1</source>
        <translation>grupo de criterios %1</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (de %2 a %3)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>no se puede leer el esquema: %1</translation>
    </message>
    <message>
        <source>not a Tradeoff file: table &apos;%1&apos; is missing</source>
        <translation>no es un archivo de Tradeoff: falta la tabla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a Tradeoff file: it contains views, triggers or virtual tables</source>
        <translation>no es un archivo de Tradeoff: contiene vistas, disparadores o tablas virtuales</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>la base de datos está dañada: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to upgrade the file: %1</source>
        <translation>no se puede crear una carpeta temporal para actualizar el archivo: %1</translation>
    </message>
    <message>
        <source>cannot copy the file to upgrade it</source>
        <translation>no se puede copiar el archivo para actualizarlo</translation>
    </message>
    <message>
        <source>cannot upgrade from schema %1: %2</source>
        <translation>no se puede actualizar desde el esquema %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a Tradeoff file (not an SQLite database)</source>
        <translation>no es un archivo de Tradeoff (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>not a Tradeoff file (an SQLite database of another application)</source>
        <translation>no es un archivo de Tradeoff (es una base de datos SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>written by a newer version of Tradeoff (schema %1; this version reads up to %2)</source>
        <translation>escrito por una versión más reciente de Tradeoff (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>not a Tradeoff file (no schema version)</source>
        <translation>no es un archivo de Tradeoff (no tiene versión de esquema)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>too many options in comparison &apos;%1&apos;</source>
        <translation>demasiadas opciones en la comparación &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has an unknown direction</source>
        <translation>el criterio &apos;%1&apos; tiene una dirección desconocida</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has an unknown preference function</source>
        <translation>el criterio &apos;%1&apos; tiene una función de preferencia desconocida</translation>
    </message>
    <message>
        <source>too many criteria in comparison &apos;%1&apos;</source>
        <translation>demasiados criterios en la comparación &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a score refers to an option and a criterion of different comparisons</source>
        <translation>una puntuación remite a una opción y a un criterio de comparaciones distintas</translation>
    </message>
    <message>
        <source>a claim has an unknown stance &apos;%1&apos;</source>
        <translation>una afirmación tiene una postura desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an unknown kind</source>
        <translation>el perfil &apos;%1&apos; es de un tipo desconocido</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has an invalid weight</source>
        <translation>el perfil &apos;%1&apos; tiene un peso no válido</translation>
    </message>
    <message>
        <source>inconsistent data: a row refers to a missing one</source>
        <translation>datos incoherentes: una fila remite a otra que no existe</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is not a finite number</source>
        <translation>comparación &apos;%1&apos;: la puntuación de &apos;%2&apos; en &apos;%3&apos; no es un número finito</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos; is outside its scale %4 to %5</source>
        <translation>comparación &apos;%1&apos;: la puntuación de &apos;%2&apos; en &apos;%3&apos; está fuera de su escala de %4 a %5</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; has invalid preference thresholds (need 0 &lt;= q &lt;= p, p &gt; 0)</source>
        <translation>comparación &apos;%1&apos;: el criterio &apos;%2&apos; tiene umbrales de preferencia no válidos (se necesita 0 &lt;= q &lt;= p, p &gt; 0)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; has a scale that is not finite</source>
        <translation>comparación &apos;%1&apos;: el criterio &apos;%2&apos; tiene una escala no finita</translation>
    </message>
    <message>
        <source>cannot back up the older file to %1</source>
        <translation>no se puede hacer una copia de seguridad del archivo anterior en %1</translation>
    </message>
    <message>
        <source>the file holds no comparison</source>
        <translation>el archivo no contiene ninguna comparación</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no options</source>
        <translation>la comparación &apos;%1&apos; no tiene opciones</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has no criteria</source>
        <translation>la comparación &apos;%1&apos; no tiene criterios</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: profile &apos;%2&apos; has a weight that is negative, above %3 or not a number</source>
        <translation>comparación &apos;%1&apos;: el perfil &apos;%2&apos; tiene un peso negativo, mayor que %3 o que no es un número</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: %2 is longer than %3 characters</source>
        <translation>comparación &apos;%1&apos;: %2 tiene más de %3 caracteres</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a %2 has no name</source>
        <translation>comparación &apos;%1&apos;: hay un elemento de tipo %2 sin nombre</translation>
    </message>
    <message>
        <source>the name of a %1</source>
        <translation>un nombre de %1</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: two %2s are named &apos;%3&apos;</source>
        <translation>comparación &apos;%1&apos;: el nombre de %2 &apos;%3&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>a comparison has no name</source>
        <translation>una comparación no tiene nombre</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>su descripción</translation>
    </message>
    <message>
        <source>the description of &apos;%1&apos;</source>
        <translation>la descripción de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the colour of &apos;%1&apos;</source>
        <translation>el color de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>the category of &apos;%1&apos;</source>
        <translation>la categoría de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the unit of &apos;%1&apos;</source>
        <translation>la unidad de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>a language name in &apos;%1&apos;</source>
        <translation>un nombre de lenguaje de la tarea &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an example in &apos;%1&apos;</source>
        <translation>un ejemplo de la tarea &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a note in &apos;%1&apos;</source>
        <translation>una nota de la tarea &apos;%1&apos;</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>a field of the source &apos;%1&apos;</source>
        <translation>un campo de la fuente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>una justificación</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>una afirmación</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>una corrección</translation>
    </message>
    <message>
        <source>two comparisons are named &apos;%1&apos;</source>
        <translation>dos comparaciones se llaman &apos;%1&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a snapshot has no name</source>
        <translation>comparación &apos;%1&apos;: una instantánea no tiene nombre</translation>
    </message>
    <message>
        <source>the name of a snapshot</source>
        <translation>el nombre de una instantánea</translation>
    </message>
    <message>
        <source>the verdict of a snapshot</source>
        <translation>el veredicto de una instantánea</translation>
    </message>
    <message>
        <source>too large: %1 MB of data (at most %2 MB)</source>
        <translation>demasiado grande: %1 MB de datos (como máximo %2 MB)</translation>
    </message>
    <message>
        <source>the database is damaged: a row of table &apos;%1&apos; refers to a missing row of &apos;%2&apos;</source>
        <translation>la base de datos está dañada: una fila de la tabla &apos;%1&apos; remite a una fila inexistente de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>too large: %1 comparisons (at most %2)</source>
        <translation>demasiado grande: %1 comparaciones (como máximo %2)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 options (at most %3)</source>
        <translation>demasiado grande: la comparación &apos;%1&apos; tiene %2 opciones (como máximo %3)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 criteria (at most %3)</source>
        <translation>demasiado grande: la comparación &apos;%1&apos; tiene %2 criterios (como máximo %3)</translation>
    </message>
    <message>
        <source>too large: comparison &apos;%1&apos; has %2 options x %3 criteria = %4 cells (at most %5)</source>
        <translation>demasiado grande: la comparación &apos;%1&apos; tiene %2 opciones x %3 criterios = %4 celdas (como máximo %5)</translation>
    </message>
    <message>
        <source>too large: %1 cells (options x criteria) in all comparisons (at most %2)</source>
        <translation>demasiado grande: %1 celdas (opciones x criterios) en todas las comparaciones (como máximo %2)</translation>
    </message>
    <message>
        <source>too large: %1 profile weights (profiles x criteria) in all comparisons (at most %2)</source>
        <translation>demasiado grande: %1 pesos de perfil (perfiles x criterios) en todas las comparaciones (como máximo %2)</translation>
    </message>
    <message>
        <source>too large: %1 rows in all tables (at most %2)</source>
        <translation>demasiado grande: %1 filas en todas las tablas (como máximo %2)</translation>
    </message>
    <message>
        <source>too large: opening it would take about %1 MB of memory (at most %2 MB)</source>
        <translation>demasiado grande: abrirlo ocuparía unos %1 MB de memoria (como máximo %2 MB)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: it names a comparison that supersedes it but its status is &apos;%2&apos;, not &apos;superseded&apos;</source>
        <translation>comparación &apos;%1&apos;: nombra una comparación que la sustituye, pero su estado es &apos;%2&apos;, no &apos;superseded&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: it cannot be superseded by itself</source>
        <translation>comparación &apos;%1&apos;: no puede sustituirse a sí misma</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: its decision date is not a valid date</source>
        <translation>comparación &apos;%1&apos;: su fecha de decisión no es una fecha válida</translation>
    </message>
    <message>
        <source>the comparison that supersedes it</source>
        <translation>la comparación que la sustituye</translation>
    </message>
    <message>
        <source>decider</source>
        <translation>decisor</translation>
    </message>
    <message>
        <source>consulted person</source>
        <translation>persona consultada</translation>
    </message>
    <message>
        <source>informed person</source>
        <translation>persona informada</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: more than %2 people in one list of its decision record</source>
        <translation>comparación &apos;%1&apos;: más de %2 personas en una lista de su registro de decisión</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has two decision records</source>
        <translation>la comparación &apos;%1&apos; tiene dos registros de decisión</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has an unknown decision status &apos;%2&apos;</source>
        <translation>la comparación &apos;%1&apos; tiene un estado de decisión desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; has an invalid decision date &apos;%2&apos; (use YYYY-MM-DD)</source>
        <translation>la comparación &apos;%1&apos; tiene una fecha de decisión no válida &apos;%2&apos; (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; names a person in an unknown role &apos;%2&apos;</source>
        <translation>la comparación &apos;%1&apos; nombra a una persona con un rol desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos; names more than %2 people in one list</source>
        <translation>la comparación &apos;%1&apos; nombra a más de %2 personas en una lista</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: the score of &apos;%2&apos; on &apos;%3&apos;</source>
        <translation>comparación &apos;%1&apos;: la puntuación de &apos;%2&apos; en &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 has a range without a low, a most likely and a high value</source>
        <translation>%1 tiene un rango sin valor bajo, más probable y alto</translation>
    </message>
    <message>
        <source>%1 has a range end that is not a finite number</source>
        <translation>%1 tiene un extremo de rango que no es un número finito</translation>
    </message>
    <message>
        <source>%1 needs low &lt;= most likely &lt;= high (found %2, %3, %4)</source>
        <translation>%1 necesita bajo &lt;= más probable &lt;= alto (se encontró %2, %3, %4)</translation>
    </message>
    <message>
        <source>%1 has a range outside its scale %2 to %3</source>
        <translation>%1 tiene un rango fuera de su escala de %2 a %3</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos;: %3</source>
        <translation>comparación &apos;%1&apos;: criterio &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: a criteria group has no name</source>
        <translation>comparación &apos;%1&apos;: un grupo de criterios no tiene nombre</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; appears twice</source>
        <translation>comparación &apos;%1&apos;: el grupo de criterios &apos;%2&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; is inside itself</source>
        <translation>comparación &apos;%1&apos;: el grupo de criterios &apos;%2&apos; está dentro de sí mismo</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criteria group &apos;%2&apos; is more than %3 levels deep</source>
        <translation>comparación &apos;%1&apos;: el grupo de criterios &apos;%2&apos; tiene más de %3 niveles de profundidad</translation>
    </message>
    <message>
        <source>comparison &apos;%1&apos;: criterion &apos;%2&apos; is more than %3 levels deep</source>
        <translation>comparación &apos;%1&apos;: el criterio &apos;%2&apos; tiene más de %3 niveles de profundidad</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;: %2</source>
        <translation>criterio &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>too many criteria groups in comparison &apos;%1&apos;</source>
        <translation>demasiados grupos de criterios en la comparación &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to read the file: %1</source>
        <translation>no se puede crear una carpeta temporal para leer el archivo: %1</translation>
    </message>
    <message>
        <source>the database is damaged: its write-ahead log cannot be applied</source>
        <translation>la base de datos está dañada: su registro de escritura anticipada no se puede aplicar</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; has a setting that is not a number</source>
        <translation>el criterio &apos;%1&apos; tiene un ajuste que no es un número</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; on &apos;%2&apos; is not a number</source>
        <translation>la puntuación de &apos;%1&apos; en &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>a text field (&apos;%1&apos;) is longer than %2 characters</source>
        <translation>un campo de texto (&apos;%1&apos;) tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>cannot copy the file to read it: %1</source>
        <translation>no se puede copiar el archivo para leerlo: %1</translation>
    </message>
    <message>
        <source>cannot copy the file&apos;s write-ahead log to read it: %1</source>
        <translation>no se puede copiar el registro de escritura anticipada del archivo para leerlo: %1</translation>
    </message>
    <message>
        <source>%1 holds changes another program has not yet written into the file (a write-ahead log): close that program or save elsewhere</source>
        <translation>%1 contiene cambios que otro programa aún no ha escrito en el archivo (un registro de escritura anticipada): cierre ese programa o guarde en otro lugar</translation>
    </message>
</context>
<context>
    <name>Swing</name>
    <message>
        <source>--swing needs CRITERION=RATING pairs</source>
        <translation>--swing necesita pares CRITERIO=VALORACIÓN</translation>
    </message>
    <message>
        <source>--swing: no criterion &apos;%1&apos; in comparison &apos;%2&apos;</source>
        <translation>--swing: no hay ningún criterio &apos;%1&apos; en la comparación &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--swing: criterion &apos;%1&apos; is given twice</source>
        <translation>--swing: el criterio &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>--swing: &apos;%1&apos; is not CRITERION=RATING</source>
        <translation>--swing: &apos;%1&apos; no tiene la forma CRITERIO=VALORACIÓN</translation>
    </message>
    <message>
        <source>--swing: the rating of &apos;%1&apos; must be a number from 0 to 100, not &apos;%2&apos;</source>
        <translation>--swing: la valoración de &apos;%1&apos; debe ser un número de 0 a 100, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--swing: at least one rating must be above 0</source>
        <translation>--swing: al menos una valoración debe ser mayor que 0</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>weighted sum</source>
        <translation>suma ponderada</translation>
    </message>
    <message>
        <source>weighted product</source>
        <translation>producto ponderado</translation>
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
        <translation>Esta comparación aún no tiene opciones.</translation>
    </message>
    <message>
        <source>Every weight is zero: no criterion decides, so all options tie.</source>
        <translation>Todos los pesos son cero: ningún criterio decide, así que todas las opciones empatan.</translation>
    </message>
    <message>
        <source>%1 tie for first place at %2.</source>
        <translation>%1 empatan en el primer puesto con %2.</translation>
    </message>
    <message>
        <source>%1 is the only option.</source>
        <translation>%1 es la única opción.</translation>
    </message>
    <message>
        <source>%1 ranks first with %2, ahead of %3 (%4) by %5.</source>
        <translation>%1 ocupa el primer puesto con %2, %5 por delante de %3 (%4).</translation>
    </message>
    <message>
        <source>Driven by %1.</source>
        <translation>Gracias sobre todo a %1.</translation>
    </message>
    <message>
        <source>%1 leads on %2.</source>
        <translation>%1 lidera en %2.</translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed more than %3 (now %4).</source>
        <translation>%1 ganaría si %2 pesara más del %3 (ahora, %4).</translation>
    </message>
    <message>
        <source>%1 would win if %2 weighed less than %3 (now %4).</source>
        <translation>%1 ganaría si %2 pesara menos del %3 (ahora, %4).</translation>
    </message>
    <message>
        <source>No single weight change hands first place to another option.</source>
        <translation>Ningún cambio de un solo peso cede el primer puesto a otra opción.</translation>
    </message>
    <message>
        <source>%1 ranks first in %2 of %3 random weightings.</source>
        <translation>%1 ocupa el primer puesto en el %2 de %3 ponderaciones aleatorias.</translation>
    </message>
    <message>
        <source>Fragile: a small change of weights changes the winner.</source>
        <translation>Frágil: un pequeño cambio en los pesos cambia el ganador.</translation>
    </message>
    <message>
        <source>The method decides: %1 ranks %2 first.</source>
        <translation>El método decide: con %1, %2 ocupa el primer puesto.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the criterion&apos;s worst value.</source>
        <translation>
            <numerusform>Falta %n puntuación; se cuenta como el peor valor del criterio.</numerusform>
            <numerusform>Faltan %n puntuaciones; se cuentan como el peor valor de su criterio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, counted as the mean of the scored options.</source>
        <translation>
            <numerusform>Falta %n puntuación; se cuenta como la media de las opciones puntuadas.</numerusform>
            <numerusform>Faltan %n puntuaciones; se cuentan como la media de las opciones puntuadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) missing, left out with their weight spread over the other criteria.</source>
        <translation>
            <numerusform>Falta %n puntuación; se omite y su peso se reparte entre los demás criterios.</numerusform>
            <numerusform>Faltan %n puntuaciones; se omiten y su peso se reparte entre los demás criterios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>Suma ponderada</translation>
    </message>
    <message>
        <source>Weighted product</source>
        <translation>Producto ponderado</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de valoración</translation>
    </message>
    <message>
        <source>None (raw values)</source>
        <translation>Ninguna (valores brutos)</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Mín–máx</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vectorial</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <source>Worst value</source>
        <translation>Peor valor</translation>
    </message>
    <message>
        <source>Mean of the others</source>
        <translation>Media de las demás</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>PROMETHEE II: %1 has no preference threshold p, so p is its largest difference between options, %2.</source>
        <translation>PROMETHEE II: %1 no tiene umbral de preferencia p, así que p es su mayor diferencia entre las opciones, es decir, %2.</translation>
    </message>
    <message>
        <source>PROMETHEE II: %1 has no indifference threshold q, so q is 0.</source>
        <translation>PROMETHEE II: %1 no tiene umbral de indiferencia q, así que q es 0.</translation>
    </message>
    <message>
        <source>Weighted product: a product cannot weigh zero or negative values, so the values of %1 were mapped linearly onto 1 (worst) to 2 (best).</source>
        <translation>Producto ponderado: un producto no puede ponderar valores nulos o negativos, así que los valores de %1 se transformaron linealmente al intervalo de 1 (el peor) a 2 (el mejor).</translation>
    </message>
    <message>
        <source>Max normalisation needs positive values, so min–max was used for %1.</source>
        <translation>La normalización Máx necesita valores positivos, así que se usó mín–máx para %1.</translation>
    </message>
    <message>
        <source>VIKOR</source>
        <translation>VIKOR</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>usual</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
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
        <translation>vector propio principal</translation>
    </message>
    <message>
        <source>VIKOR: acceptable advantage holds (Q of the second differs by at least %1).</source>
        <translation>VIKOR: se cumple la ventaja aceptable (la Q de la segunda opción difiere en al menos %1).</translation>
    </message>
    <message>
        <source>VIKOR: no acceptable advantage (Q of the second differs by less than %1).</source>
        <translation>VIKOR: no hay ventaja aceptable (la Q de la segunda opción difiere en menos de %1).</translation>
    </message>
    <message>
        <source>VIKOR: acceptable stability holds (also first by S or R).</source>
        <translation>VIKOR: se cumple la estabilidad aceptable (también primera según S o R).</translation>
    </message>
    <message>
        <source>VIKOR: no acceptable stability (not first by S or by R).</source>
        <translation>VIKOR: no hay estabilidad aceptable (no es primera ni según S ni según R).</translation>
    </message>
    <message>
        <source>VIKOR compromise solutions: %1.</source>
        <translation>Soluciones de compromiso de VIKOR: %1.</translation>
    </message>
    <message>
        <source>%1 now above %2</source>
        <translation>%1 ahora por delante de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n par más</numerusform>
            <numerusform>%n pares más</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank reversal: without %1 the order of the others changes (%2).</source>
        <translation>Inversión de rango: sin %1, cambia el orden de las demás (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Rank reversal: leaving out %n more option(s) also changes the order of the others.</source>
        <translation>
            <numerusform>Inversión de rango: quitar %n opción más también cambia el orden de las demás.</numerusform>
            <numerusform>Inversión de rango: quitar cualquiera de %n opciones más también cambia el orden de las demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank reversal was not checked: ranking %1 options again without each one is too much work for this size.</source>
        <translation>No se ha comprobado la inversión de rango: volver a clasificar %1 opciones quitando cada una de ellas supone demasiado cálculo para este tamaño.</translation>
    </message>
    <message>
        <source>PROMETHEE II compares the values of %1&apos;s value function, so p is their largest difference between options, %2, and q is 0.</source>
        <translation>PROMETHEE II compara los valores de la función de valor de %1, así que p es su mayor diferencia entre las opciones, es decir, %2, y q es 0.</translation>
    </message>
    <message>
        <source>%1 as a whole drives it: without it %2 would not lead.</source>
        <translation>Lo decide %1 en su conjunto: sin este grupo, %2 no iría en cabeza.</translation>
    </message>
    <message>
        <source>%1 as a whole drives it (%2 of %3&apos;s lead).</source>
        <translation>Lo decide %1 en su conjunto (el %2 de la ventaja de %3).</translation>
    </message>
    <message>
        <source>The score ranges cannot change the winner: %1 ranks first in all %2 score draws.</source>
        <translation>Los rangos de puntuación no pueden cambiar el ganador: %1 ocupa el primer puesto en las %2 muestras de puntuaciones.</translation>
    </message>
    <message>
        <source>The score ranges can change the winner: %1 wins in %2 of %3 score draws.</source>
        <translation>Los rangos de puntuación pueden cambiar el ganador: %1 gana en el %2 de %3 muestras de puntuaciones.</translation>
    </message>
    <message>
        <source>At its central weights (most on %1), %2 stays first in %3 of %4 score draws (SMAA-2 confidence factor).</source>
        <translation>Con sus pesos centrales (con más peso en %1), %2 sigue en el primer puesto en el %3 de %4 muestras de puntuaciones (factor de confianza SMAA-2).</translation>
    </message>
    <message numerus="yes">
        <source>Sources disagree on %n score(s).</source>
        <translation>
            <numerusform>Las fuentes discrepan en %n puntuación.</numerusform>
            <numerusform>Las fuentes discrepan en %n puntuaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed claim(s) are kept but do not drive a score.</source>
        <translation>
            <numerusform>%n afirmación discutida se conserva pero no determina ninguna puntuación.</numerusform>
            <numerusform>%n afirmaciones discutidas se conservan pero no determinan ninguna puntuación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>the file is larger than a profile can be</source>
        <translation>el archivo es demasiado grande para ser un perfil</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: it is not JSON</source>
        <translation>no es un perfil de Tradeoff: no es JSON</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: it has no &quot;format&quot;: &quot;%1&quot;</source>
        <translation>no es un perfil de Tradeoff: no tiene &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a Tradeoff profile: its version is missing</source>
        <translation>no es un perfil de Tradeoff: falta su versión</translation>
    </message>
    <message>
        <source>the profile was written by a newer version of Tradeoff (format %1)</source>
        <translation>el perfil lo escribió una versión más reciente de Tradeoff (formato %1)</translation>
    </message>
    <message>
        <source>the profile has no name</source>
        <translation>el perfil no tiene nombre</translation>
    </message>
    <message>
        <source>the profile&apos;s name is longer than %1 characters</source>
        <translation>el nombre del perfil tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the profile&apos;s description is longer than %1 characters</source>
        <translation>la descripción del perfil tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the profile has no weights</source>
        <translation>el perfil no tiene pesos</translation>
    </message>
    <message>
        <source>the weight of &apos;%1&apos; is not a number from 0 to %2</source>
        <translation>el peso de &apos;%1&apos; no es un número de 0 a %2</translation>
    </message>
    <message>
        <source>none of its criteria are in &apos;%1&apos; (it was made for &apos;%2&apos;)</source>
        <translation>ninguno de sus criterios está en &apos;%1&apos; (se creó para &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>core::edit::EditText</name>
    <message>
        <source>&apos;%1&apos; is not a number or a range low..most likely..high</source>
        <translation>&apos;%1&apos; no es un número ni un rango bajo..más probable..alto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of three numbers</source>
        <translation>&apos;%1&apos; no es un rango de tres números</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in order: low &lt;= most likely &lt;= high</source>
        <translation>&apos;%1&apos; no está en orden: bajo &lt;= más probable &lt;= alto</translation>
    </message>
    <message>
        <source>%1 is outside the scale of %2 (%3 to %4)</source>
        <translation>%1 está fuera de la escala de %2 (%3 a %4)</translation>
    </message>
</context>
<context>
    <name>ui::AcceptabilityChartImpl</name>
    <message>
        <source>Rank acceptability</source>
        <translation>Aceptabilidad de rango</translation>
    </message>
    <message>
        <source>Rank %1 or lower</source>
        <translation>Puesto %1 o peor</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Puesto %1</translation>
    </message>
</context>
<context>
    <name>ui::AhpDialog</name>
    <message>
        <source>Weights from Pairwise Comparisons (AHP)</source>
        <translation>Pesos a partir de comparaciones por pares (AHP)</translation>
    </message>
    <message>
        <source>For each pair, how much more important is the &lt;b&gt;row&lt;/b&gt; than the &lt;b&gt;column&lt;/b&gt;? 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3, 1/5, ... when the column matters more. The mirror cell follows.</source>
        <translation>En cada par, ¿cuánto más importante es la &lt;b&gt;fila&lt;/b&gt; que la &lt;b&gt;columna&lt;/b&gt;? 1 igual, 3 moderadamente, 5 fuertemente, 7 muy fuertemente, 9 extremadamente más importante; 1/3, 1/5, ... si importa más la columna. La celda simétrica se ajusta sola.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Apply as Weights</source>
        <translation>Aplicar como pesos</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 9 or a fraction from 1/2 to 1/9.</source>
        <translation>Introduzca un número de 1 a 9 o una fracción de 1/2 a 1/9.</translation>
    </message>
    <message>
        <source>Among the least consistent judgements: the other judgements imply about %1</source>
        <translation>Entre los juicios menos consistentes: los demás juicios implican aproximadamente %1</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (index %2, random index %3 from %4, lambda max %5): %6</source>
        <translation>Razón de consistencia %1 (índice %2, índice aleatorio %3 según %4, lambda máx. %5): %6</translation>
    </message>
    <message>
        <source>consistent enough (below 0.10).</source>
        <translation>suficientemente consistente (menor que 0,10).</translation>
    </message>
    <message>
        <source>inconsistent: revise the highlighted judgements.</source>
        <translation>inconsistente: revise los juicios resaltados.</translation>
    </message>
    <message>
        <source>Reads: %1 is %2 times as important as %3.</source>
        <translation>Es decir: %1 es %2 veces tan importante como %3.</translation>
    </message>
    <message>
        <source>Priority (%1)</source>
        <translation>Prioridad (%1)</translation>
    </message>
</context>
<context>
    <name>ui::AnalysisPanel</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Acceptability</source>
        <translation>Aceptabilidad</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Criterio:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Around current weights</source>
        <translation>En torno a los pesos actuales</translation>
    </message>
    <message>
        <source>Draw weights near the current ones (a Dirichlet distribution) instead of anywhere on the simplex</source>
        <translation>Extraer pesos cercanos a los actuales (una distribución de Dirichlet) en lugar de en cualquier punto del símplex</translation>
    </message>
    <message>
        <source>Concentration: higher keeps the draws closer to the current weights</source>
        <translation>Concentración: un valor más alto mantiene las muestras más cerca de los pesos actuales</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Kendall&apos;s tau</source>
        <translation>Tau de Kendall</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Every method&apos;s ranking under the current weights; Kendall&apos;s tau compares each with the method in use (1: same order, -1: reversed)</source>
        <translation>La clasificación de cada método con los pesos actuales; la tau de Kendall compara cada una con el método en uso (1: mismo orden, -1: orden inverso)</translation>
    </message>
    <message>
        <source>Drawing random weightings…</source>
        <translation>Extrayendo ponderaciones aleatorias…</translation>
    </message>
    <message>
        <source>How often does each option take each rank when the weights are drawn at random? Press Run.</source>
        <translation>¿Con qué frecuencia ocupa cada opción cada puesto cuando los pesos se extraen al azar? Pulse «Ejecutar».</translation>
    </message>
    <message>
        <source>Weights or method changed since this run: press Run again.</source>
        <translation>Los pesos o el método han cambiado desde esta ejecución: pulse «Ejecutar» de nuevo.</translation>
    </message>
    <message>
        <source>%1 random weightings, seed %2%3.</source>
        <translation>%1 ponderaciones aleatorias, semilla %2%3.</translation>
    </message>
    <message>
        <source>, around the current weights</source>
        <translation>, en torno a los pesos actuales</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>Weights changed: drawing again once they settle…</source>
        <translation>Los pesos han cambiado: se volverá a muestrear cuando se estabilicen…</translation>
    </message>
    <message>
        <source>The level of the criteria tree the charts speak at: each criterion, or the groups at a level</source>
        <translation>El nivel del árbol de criterios al que se refieren los gráficos: cada criterio o los grupos de un nivel</translation>
    </message>
    <message>
        <source>&amp;Speak at:</source>
        <translation>&amp;Mostrar por:</translation>
    </message>
    <message>
        <source>Confidence factor</source>
        <translation>Factor de confianza</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors (%1 score draws):</source>
        <translation>Pesos centrales y factores de confianza SMAA-2 (%1 muestras de puntuaciones):</translation>
    </message>
    <message>
        <source>SMAA-2 central weights and confidence factors:</source>
        <translation>Pesos centrales y factores de confianza SMAA-2:</translation>
    </message>
    <message>
        <source>Central weights: the mean of the random weightings under which an option ranks first. Confidence factor: how often it stays first at those weights when the score ranges are drawn (with fixed scores, 100% or 0%).</source>
        <translation>Pesos centrales: la media de las ponderaciones aleatorias con las que una opción ocupa el primer puesto. Factor de confianza: con qué frecuencia sigue en el primer puesto con esos pesos cuando se muestrean los rangos de puntuación (con puntuaciones fijas, 100% o 0%).</translation>
    </message>
    <message>
        <source>SMAA-2: each option&apos;s central weights (the mean of the random weightings under which it ranks first) and its confidence factor</source>
        <translation>SMAA-2: los pesos centrales de cada opción (la media de las ponderaciones aleatorias con las que ocupa el primer puesto) y su factor de confianza</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Speak at</source>
        <translation>Mostrar por</translation>
    </message>
</context>
<context>
    <name>ui::Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>another window is keeping a recovery copy of this file</source>
        <translation>otra ventana está guardando una copia de recuperación de este archivo</translation>
    </message>
</context>
<context>
    <name>ui::CellDialog</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Rationale: why this score</source>
        <translation>Justificación: por qué esta puntuación</translation>
    </message>
    <message>
        <source>Claims it rests on</source>
        <translation>Afirmaciones en que se basa</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Add Claim</source>
        <translation>Añadir afirmación</translation>
    </message>
    <message>
        <source>Remove Claim</source>
        <translation>Quitar afirmación</translation>
    </message>
    <message>
        <source>(uncited)</source>
        <translation>(sin fuente)</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Contradice</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>Valor &amp;bajo:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>Valor &amp;alto:</translation>
    </message>
    <message>
        <source>An uncertain score: the lowest and highest plausible values around the score (both or neither)</source>
        <translation>Puntuación incierta: el valor plausible más bajo y el más alto en torno a la puntuación (los dos o ninguno)</translation>
    </message>
    <message>
        <source>A range needs a score, a low and a high value.</source>
        <translation>Un rango necesita una puntuación, un valor bajo y un valor alto.</translation>
    </message>
</context>
<context>
    <name>ui::ChartPanel</name>
    <message>
        <source>Save Chart As…</source>
        <translation>Guardar gráfico como…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Copiar gráfico</translation>
    </message>
    <message>
        <source>cannot encode the image</source>
        <translation>no se puede codificar la imagen</translation>
    </message>
</context>
<context>
    <name>ui::CodePanel</name>
    <message>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this example to the clipboard</source>
        <translation>Copiar este ejemplo al portapapeles</translation>
    </message>
    <message>
        <source>no example</source>
        <translation>sin ejemplo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit this example: its language, code and note</source>
        <translation>Editar este ejemplo: su lenguaje, su código y su nota</translation>
    </message>
    <message>
        <source>This comparison has no code examples yet. Add a task in Comparison &gt; Edit Comparison &gt; Tasks.</source>
        <translation>Esta comparación aún no tiene ejemplos de código. Añada una tarea en Comparación &gt; Editar comparación &gt; Tareas.</translation>
    </message>
</context>
<context>
    <name>ui::ComparisonEditor</name>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>El texto tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; no es un número.</translation>
    </message>
    <message>
        <source>The lowest score must be below the highest.</source>
        <translation>La puntuación mínima debe ser menor que la máxima.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Every change here can be undone with Edit &gt; Undo.</source>
        <translation>Todos los cambios que haga aquí se pueden deshacer con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour; use #rrggbb.</source>
        <translation>&apos;%1&apos; no es un color; use #rrggbb.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto mayor, mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto menor, mejor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>New from Current Weights</source>
        <translation>Nuevo a partir de los pesos actuales</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Update with Current Weights</source>
        <translation>Actualizar con los pesos actuales</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Una fuente necesita un título.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Rename the comparison to %1</source>
        <translation>Cambiar el nombre de la comparación a %1</translation>
    </message>
    <message>
        <source>Edit the description of %1</source>
        <translation>Editar la descripción de %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <source>Add the option %1</source>
        <translation>Añadir la opción %1</translation>
    </message>
    <message>
        <source>A comparison needs at least one option.</source>
        <translation>Una comparación necesita al menos una opción.</translation>
    </message>
    <message>
        <source>Remove the option %1</source>
        <translation>Quitar la opción %1</translation>
    </message>
    <message>
        <source>Move the option %1</source>
        <translation>Mover la opción %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <source>Add the criterion %1</source>
        <translation>Añadir el criterio %1</translation>
    </message>
    <message>
        <source>A comparison needs at least one criterion.</source>
        <translation>Una comparación necesita al menos un criterio.</translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation>Quitar el criterio %1</translation>
    </message>
    <message>
        <source>Move the criterion %1</source>
        <translation>Mover el criterio %1</translation>
    </message>
    <message>
        <source>My weights</source>
        <translation>Mis pesos</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nuevo perfil %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate the profile %1</source>
        <translation>Duplicar el perfil %1</translation>
    </message>
    <message>
        <source>Store the current weights in %1</source>
        <translation>Guardar los pesos actuales en %1</translation>
    </message>
    <message>
        <source>Remove the profile %1</source>
        <translation>Quitar el perfil %1</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nueva fuente</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>Remove the source %1</source>
        <translation>Quitar la fuente %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Add the task %1</source>
        <translation>Añadir la tarea %1</translation>
    </message>
    <message>
        <source>Remove the task %1</source>
        <translation>Quitar la tarea %1</translation>
    </message>
    <message>
        <source>Move the task %1</source>
        <translation>Mover la tarea %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Value function</source>
        <translation>Función de valor</translation>
    </message>
    <message>
        <source>Value Function…</source>
        <translation>Función de valor…</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>Grupo superior</translation>
    </message>
    <message>
        <source>A group cannot sit in itself.</source>
        <translation>Un grupo no puede estar dentro de sí mismo.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Pick a criterion first.</source>
        <translation>Seleccione primero un criterio.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Add the group %1</source>
        <translation>Añadir el grupo %1</translation>
    </message>
    <message>
        <source>Remove the group %1</source>
        <translation>Quitar el grupo %1</translation>
    </message>
</context>
<context>
    <name>ui::ConflictDialog</name>
    <message>
        <source>Changes That Collide</source>
        <translation>Cambios en conflicto</translation>
    </message>
    <message>
        <source>Someone else saved a different version of what you changed. Pick the version to keep for each; the rest of your changes and theirs are kept together.</source>
        <translation>Otra persona ha guardado una versión distinta de lo que usted ha cambiado. Elija en cada caso la versión que conservar; el resto de sus cambios y de los de los demás se conservan juntos.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>your version</source>
        <translation>su versión</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>la otra versión</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (de %2, %3)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La otra</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Versión que conservar para %1</translation>
    </message>
    <message>
        <source>Save With These</source>
        <translation>Guardar con esta selección</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Conservar todas las mías</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Tomar todas las otras</translation>
    </message>
</context>
<context>
    <name>ui::ContributionChart</name>
    <message>
        <source>Contribution of each criterion</source>
        <translation>Contribución de cada criterio</translation>
    </message>
    <message>
        <source>Contribution of each category</source>
        <translation>Contribución de cada categoría</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Otras categorías</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(top %1 of %2)</source>
        <translation>(%1 principales de %2)</translation>
    </message>
    <message>
        <source>Contribution at level %1 of the criteria tree</source>
        <translation>Contribución en el nivel %1 del árbol de criterios</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Otros grupos</translation>
    </message>
</context>
<context>
    <name>ui::DecisionPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation>Sustituido &amp;por:</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Decidido &amp;el</translation>
    </message>
    <message>
        <source>Date decided</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Deciders:</source>
        <translation>&amp;Decisores:</translation>
    </message>
    <message>
        <source>Co&amp;nsulted:</source>
        <translation>Co&amp;nsultados:</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>&amp;Informados:</translation>
    </message>
    <message>
        <source>The decision record of this comparison, as the Markdown (MADR) report writes it. Every change here can be undone with Edit &gt; Undo.</source>
        <translation>El registro de decisión de esta comparación, tal como lo escribe el informe en Markdown (MADR). Todos los cambios que haga aquí se pueden deshacer con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Edit the decision record of %1</source>
        <translation>Editar el registro de decisión de %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin indicar)</translation>
    </message>
</context>
<context>
    <name>ui::DisagreementChart</name>
    <message>
        <source>Choose at least one stakeholder profile to see how far apart their weights are.</source>
        <translation>Elija al menos un perfil de parte interesada para ver cuánto difieren sus pesos.</translation>
    </message>
    <message>
        <source>Share of the weight: each dot a stakeholder, ◆ the consensus</source>
        <translation>Proporción del peso: cada punto, una parte interesada; ◆, el consenso</translation>
    </message>
</context>
<context>
    <name>ui::DocumentController</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no comparison.</source>
        <translation>%1 no contiene ninguna comparación.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Abrir comparación</translation>
    </message>
    <message>
        <source>Tradeoff files, CSV matrices and JSON exports (*.tradeoff *.sqlite *.db *.csv *.json);;All files (*)</source>
        <translation>Archivos de Tradeoff, matrices CSV y exportaciones JSON (*.tradeoff *.sqlite *.db *.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The bundled comparison cannot be opened: %1</source>
        <translation>No se puede abrir la comparación incluida: %1</translation>
    </message>
    <message>
        <source>Opened the bundled comparison (your copy: %1)</source>
        <translation>Se ha abierto la comparación incluida (su copia: %1)</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <source>Tradeoff files (*.tradeoff)</source>
        <translation>Archivos de Tradeoff (*.tradeoff)</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened or saved it here. Save over it with your version and lose that change?</source>
        <translation>Otro programa ha modificado %1 desde que lo abrió o guardó aquí. ¿Sobrescribirlo con su versión y perder ese cambio?</translation>
    </message>
    <message>
        <source>%1 was not saved: it was changed by another program. Reload it, or use Save As to keep both versions.</source>
        <translation>No se ha guardado %1: otro programa lo ha modificado. Vuelva a cargarlo o use «Guardar como» para conservar ambas versiones.</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program. Your version stays open; Save writes it again.</source>
        <translation>Otro programa ha eliminado o movido %1. Su versión sigue abierta; al guardar, se volverá a escribir.</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes, or keep your version?</source>
        <translation>Otro programa ha modificado %1. ¿Volver a cargarlo y perder los cambios sin guardar, o conservar su versión?</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it, or keep the version shown?</source>
        <translation>Otro programa ha modificado %1. ¿Volver a cargarlo o conservar la versión mostrada?</translation>
    </message>
    <message>
        <source>%1 cannot be reloaded: %2. Your version stays open.</source>
        <translation>No se puede volver a cargar %1: %2. Su versión sigue abierta.</translation>
    </message>
    <message>
        <source>it holds no comparison</source>
        <translation>no contiene ninguna comparación</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Se ha vuelto a cargar %1</translation>
    </message>
    <message>
        <source>a new document</source>
        <translation>un documento nuevo</translation>
    </message>
    <message>
        <source>Tradeoff closed without saving changes to %1 (%2, %3). Restore them?</source>
        <translation>Tradeoff se cerró sin guardar los cambios de %1 (%2, %3). ¿Restaurarlos?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>No se puede leer la copia de recuperación: %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>The recovery copy cannot be kept: %1</source>
        <translation>No se puede conservar la copia de recuperación: %1</translation>
    </message>
    <message>
        <source>Restored unsaved changes to %1</source>
        <translation>Se han restaurado los cambios sin guardar de %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for %1 (used for this connection only, never stored):</source>
        <translation>Contraseña para %1 (solo se usa para esta conexión, nunca se guarda):</translation>
    </message>
    <message>
        <source>%1 can be reached again.</source>
        <translation>%1 vuelve a estar accesible.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Your changes stay in this window and its recovery copy; save when it is back, or use Save As to keep them in a file.</source>
        <translation>%1 no está accesible (%2). Sus cambios permanecen en esta ventana y en su copia de recuperación; guarde cuando vuelva a estarlo o use «Guardar como» para conservarlos en un archivo.</translation>
    </message>
    <message>
        <source>Open Team Repository</source>
        <translation>Abrir repositorio del equipo</translation>
    </message>
    <message>
        <source>Repository URL (postgresql://user@host:5432/database?sslmode=require).
The password comes from ~/.pgpass or PGPASSWORD, or is asked for and never stored.</source>
        <translation>URL del repositorio (postgresql://user@host:5432/database?sslmode=require).
La contraseña se toma de ~/.pgpass o PGPASSWORD, o se pide y nunca se guarda.</translation>
    </message>
    <message>
        <source>%1 is not a repository URL (postgresql://user@host:port/database).</source>
        <translation>%1 no es una URL de repositorio (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>Open a team repository first (File &gt; Open Team Repository).</source>
        <translation>Abra primero un repositorio del equipo (Archivo &gt; Abrir repositorio del equipo).</translation>
    </message>
    <message>
        <source>%1 cannot be listed: %2</source>
        <translation>No se puede listar %1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the repository.</source>
        <translation>%1 ya no está en el repositorio.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. Your changes stay in this window and its recovery copy; save again when the repository is back, or use Save As to keep them in a file.</source>
        <translation>No se puede guardar %1: %2. Sus cambios permanecen en esta ventana y en su copia de recuperación; vuelva a guardar cuando el repositorio esté accesible o use «Guardar como» para conservarlos en un archivo.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 with %n change(s) by others</source>
        <translation>
            <numerusform>Guardado en %1 con %n cambio de otras personas</numerusform>
            <numerusform>Guardado en %1 con %n cambios de otras personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not saved: %n change(s) collide with changes others saved. Save again to choose which to keep.</source>
        <translation>
            <numerusform>No se ha guardado %1: %n cambio choca con cambios que otros han guardado. Vuelva a guardar para elegir qué conservar.</numerusform>
            <numerusform>No se ha guardado %1: %n cambios chocan con cambios que otros han guardado. Vuelva a guardar para elegir qué conservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick between colliding changes</source>
        <translation>Elegir entre cambios en conflicto</translation>
    </message>
    <message>
        <source>%1 was not saved: others keep changing the same parts. Try again.</source>
        <translation>No se ha guardado %1: otras personas siguen cambiando las mismas partes. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Changes by others</source>
        <translation>Cambios de otras personas</translation>
    </message>
    <message>
        <source>Changes by %1</source>
        <translation>Cambios de %1</translation>
    </message>
    <message>
        <source>comparison %1</source>
        <translation>comparación %1</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 ha cambiado %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed %2 and %n more</source>
        <translation>
            <numerusform>%1 ha cambiado %2 y %n parte más</numerusform>
            <numerusform>%1 ha cambiado %2 y %n partes más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed %2, which you changed too; saving asks which to keep</source>
        <translation>%1 ha cambiado %2, que usted también ha cambiado; al guardar se le preguntará qué conservar</translation>
    </message>
</context>
<context>
    <name>ui::EditActions</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>Nueva comparación</translation>
    </message>
    <message>
        <source>Duplicate the comparison %1</source>
        <translation>Duplicar la comparación %1</translation>
    </message>
    <message>
        <source>New comparison %1</source>
        <translation>Nueva comparación %1</translation>
    </message>
    <message>
        <source>A file keeps at least one comparison; add another before deleting this one.</source>
        <translation>Un archivo debe contener al menos una comparación; añada otra antes de eliminar esta.</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>Se ha eliminado %1. Edición &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Select a score in the matrix first.</source>
        <translation>Seleccione primero una puntuación en la matriz.</translation>
    </message>
    <message>
        <source>This file is open read-only.</source>
        <translation>Este archivo está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Edit the %1 example of %2</source>
        <translation>Editar el ejemplo de %1 para %2</translation>
    </message>
    <message>
        <source>Weights set from pairwise comparisons (consistency ratio %1)</source>
        <translation>Pesos fijados a partir de comparaciones por pares (razón de consistencia %1)</translation>
    </message>
    <message>
        <source>Swing weights</source>
        <translation>Pesos swing</translation>
    </message>
    <message>
        <source>Weights set from swing ratings</source>
        <translation>Pesos establecidos a partir de las valoraciones swing</translation>
    </message>
</context>
<context>
    <name>ui::EngineSelector</name>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Normalisation:</source>
        <translation>Normalización:</translation>
    </message>
    <message>
        <source>Missing scores:</source>
        <translation>Puntuaciones ausentes:</translation>
    </message>
    <message>
        <source>VIKOR v:</source>
        <translation>VIKOR v:</translation>
    </message>
    <message>
        <source>The weight of the group utility S against the largest single regret R in VIKOR&apos;s Q: 1 follows the majority, 0 the worst criterion.</source>
        <translation>El peso de la utilidad de grupo S frente al mayor arrepentimiento individual R en la Q de VIKOR: 1 sigue a la mayoría, 0 al peor criterio.</translation>
    </message>
</context>
<context>
    <name>ui::EvidencePanel</name>
    <message>
        <source>uncited</source>
        <translation>sin fuente</translation>
    </message>
    <message>
        <source>Click a score in the matrix to read its rationale and the claims behind it.</source>
        <translation>Haga clic en una puntuación de la matriz para leer su justificación y las afirmaciones en que se basa.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1 on a scale of %2 to %3</source>
        <translation>%1 en una escala de %2 a %3</translation>
    </message>
    <message>
        <source>cost: lower is better</source>
        <translation>coste: cuanto menor, mejor</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>Score this criterion for your own team.</source>
        <translation>Puntúe este criterio para su propio equipo.</translation>
    </message>
    <message>
        <source>Sources disagree on this score: both sides are listed below.</source>
        <translation>Las fuentes discrepan sobre esta puntuación: abajo se muestran ambas posturas.</translation>
    </message>
    <message>
        <source>No claims recorded.</source>
        <translation>No hay afirmaciones registradas.</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Afirmaciones:</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>respalda</translation>
    </message>
    <message>
        <source>opposes</source>
        <translation>contradice</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <source>Disputed:</source>
        <translation>En disputa:</translation>
    </message>
    <message>
        <source>no correction given</source>
        <translation>no se indica corrección</translation>
    </message>
    <message>
        <source>Edit rationale and claims…</source>
        <translation>Editar justificación y afirmaciones…</translation>
    </message>
</context>
<context>
    <name>ui::ExampleDialog</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lenguaje:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>ui::LiveWorkshopController</name>
    <message>
        <source>A live workshop runs on a team repository: open one with File &gt; Open Team Repository.</source>
        <translation>Un taller en directo funciona sobre un repositorio del equipo: abra uno con Archivo &gt; Abrir repositorio del equipo.</translation>
    </message>
    <message>
        <source>The workshop cannot start: %1</source>
        <translation>El taller no puede empezar: %1</translation>
    </message>
    <message>
        <source>Live workshop on %1: participants join with code %2</source>
        <translation>Taller en directo sobre %1: los participantes se unen con el código %2</translation>
    </message>
    <message>
        <source>Join Live Workshop</source>
        <translation>Unirse a un taller en directo</translation>
    </message>
    <message>
        <source>Join code (or the comparison&apos;s name):</source>
        <translation>Código de acceso (o nombre de la comparación):</translation>
    </message>
    <message>
        <source>Cannot join: %1</source>
        <translation>No se puede unir: %1</translation>
    </message>
    <message>
        <source>Cannot join: %1 is not in this document; reopen the repository.</source>
        <translation>No se puede unir: %1 no está en este documento; vuelva a abrir el repositorio.</translation>
    </message>
    <message>
        <source>In the live workshop on %1 as %2: your weights are shared as you move them</source>
        <translation>En el taller en directo sobre %1 como %2: sus pesos se comparten a medida que los mueve</translation>
    </message>
    <message>
        <source>Left the live workshop</source>
        <translation>Ha salido del taller en directo</translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1 (en directo)</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Comparison</source>
        <translation>Abrir comparación &amp;incluida</translation>
    </message>
    <message>
        <source>Node.js vs Python (backend), shipped with Tradeoff</source>
        <translation>Node.js vs Python (backend), incluida con Tradeoff</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Weights from Pairwise Comparisons (AHP)…</source>
        <translation>&amp;Pesos a partir de comparaciones por pares (AHP)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Tradeoff</source>
        <translation>&amp;Acerca de Tradeoff</translation>
    </message>
    <message>
        <source>About Tradeoff</source>
        <translation>Acerca de Tradeoff</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tradeoff %1&lt;/h3&gt;&lt;p&gt;Weigh technology options against criteria, see the ranking and verdict change live, and keep every score tied to its sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tradeoff %1&lt;/h3&gt;&lt;p&gt;Sopese opciones tecnológicas frente a criterios, vea cómo cambian en directo la clasificación y el veredicto, y mantenga cada puntuación vinculada a sus fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar lista</translation>
    </message>
    <message>
        <source>Tradeoff</source>
        <translation>Tradeoff</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de cambios</translation>
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
        <translation>&amp;Comparación</translation>
    </message>
    <message>
        <source>Edit Comparison</source>
        <translation>Editar comparación</translation>
    </message>
    <message>
        <source>&amp;Edit Comparison…</source>
        <translation>&amp;Editar comparación…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Edit &amp;Rationale and Evidence…</source>
        <translation>Editar &amp;justificación y evidencias…</translation>
    </message>
    <message>
        <source>&amp;New Comparison</source>
        <translation>&amp;Nueva comparación</translation>
    </message>
    <message>
        <source>&amp;Duplicate Comparison</source>
        <translation>&amp;Duplicar comparación</translation>
    </message>
    <message>
        <source>De&amp;lete Comparison</source>
        <translation>E&amp;liminar comparación</translation>
    </message>
    <message>
        <source>Select a score in the matrix first.</source>
        <translation>Seleccione primero una puntuación en la matriz.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Full screen, large type, driven from the keyboard</source>
        <translation>Pantalla completa, letra grande y control desde el teclado</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <source>Open &amp;Team Repository…</source>
        <translation>Abrir reposi&amp;torio del equipo…</translation>
    </message>
    <message>
        <source>Bro&amp;wse Team Repository…</source>
        <translation>E&amp;xaminar repositorio del equipo…</translation>
    </message>
    <message>
        <source>&amp;Start Live Workshop</source>
        <translation>&amp;Iniciar taller en directo</translation>
    </message>
    <message>
        <source>Live Workshop</source>
        <translation>Taller en directo</translation>
    </message>
    <message>
        <source>Participants open this repository and join with the code %1 (Tools &gt; Join Live Workshop). Their weights appear in the Stakeholders tab as they move them.</source>
        <translation>Los participantes abren este repositorio y se unen con el código %1 (Herramientas &gt; Unirse a un taller en directo). Sus pesos aparecen en la pestaña «Partes interesadas» a medida que los mueven.</translation>
    </message>
    <message>
        <source>&amp;Join Live Workshop…</source>
        <translation>&amp;Unirse a un taller en directo…</translation>
    </message>
    <message>
        <source>&amp;Leave Live Workshop</source>
        <translation>&amp;Salir del taller en directo</translation>
    </message>
    <message>
        <source>S&amp;wing Weighting…</source>
        <translation>Ponderación s&amp;wing…</translation>
    </message>
</context>
<context>
    <name>ui::PresentationView</name>
    <message>
        <source>Tradeoff — Presentation</source>
        <translation>Tradeoff — Presentación</translation>
    </message>
    <message>
        <source>Weights reset</source>
        <translation>Pesos restablecidos</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Instantánea guardada: %1</translation>
    </message>
    <message>
        <source>Custom weights</source>
        <translation>Pesos personalizados</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, modificado</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>↑↓ criterion   ←→ weight   1–9 profile   R reset   S snapshot   Esc leave</source>
        <translation>↑↓ criterio   ←→ peso   1–9 perfil   R restablecer   S instantánea   Esc salir</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n participant(s) · the room&apos;s consensus: %1 · %2 of them pick it</source>
        <translation>
            <numerusform>En directo: %n participante · consenso de la sala: %1 · elegida por %2 de ellos</numerusform>
            <numerusform>En directo: %n participantes · consenso de la sala: %1 · elegida por %2 de ellos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RadarChart</name>
    <message>
        <source>Scores (normalised)</source>
        <translation>Puntuaciones (normalizadas)</translation>
    </message>
    <message>
        <source>Scores (normalised, %1 of %2 options)</source>
        <translation>Puntuaciones (normalizadas, %1 de %2 opciones)</translation>
    </message>
</context>
<context>
    <name>ui::RankingChart</name>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Ranking (top %1 of %2)</source>
        <translation>Clasificación (%1 principales de %2)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>ui::ReadOnlyBar</name>
    <message>
        <source>Edit Anyway</source>
        <translation>Editar de todos modos</translation>
    </message>
    <message>
        <source>Edit in this window; Save will ask for a new file name</source>
        <translation>Editar en esta ventana; al guardar se pedirá un nuevo nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is read-only: you can explore it and change weights, but not edit it.</source>
        <translation>%1 es de solo lectura: puede explorarlo y cambiar los pesos, pero no editarlo.</translation>
    </message>
</context>
<context>
    <name>ui::RecordModel</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
</context>
<context>
    <name>ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>HTML page (self-contained, interactive)</source>
        <translation>Página HTML (autónoma, interactiva)</translation>
    </message>
    <message>
        <source>Markdown decision record (MADR)</source>
        <translation>Registro de decisión en Markdown (MADR)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Datos JSON</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::RepositoryBrowser</name>
    <message>
        <source>Team Repository</source>
        <translation>Repositorio del equipo</translation>
    </message>
    <message>
        <source>Search by name, status, owner or who changed it</source>
        <translation>Buscar por nombre, estado, propietario o quién lo cambió</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
</context>
<context>
    <name>ui::RepositoryModel</name>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Último cambio de</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>ui::ScoreMatrixModel</name>
    <message>
        <source>Share of the total weight</source>
        <translation>Proporción del peso total</translation>
    </message>
    <message>
        <source>–</source>
        <comment>missing score</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Sources disagree or a claim is disputed: click to read the evidence.</source>
        <translation>Las fuentes discrepan o hay una afirmación en disputa: haga clic para leer las evidencias.</translation>
    </message>
    <message>
        <source>Not scored.</source>
        <translation>Sin puntuar.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Uncertain: most likely %1, from %2 to %3 (Monte Carlo draws it).</source>
        <translation>Puntuación incierta: valor más probable %1, de %2 a %3 (se muestrea por Monte Carlo).</translation>
    </message>
</context>
<context>
    <name>ui::SelectionBar</name>
    <message>
        <source>Comparison:</source>
        <translation>Comparación:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Restablecer pesos</translation>
    </message>
    <message>
        <source>Set every weight back to the selected profile&apos;s</source>
        <translation>Devolver todos los pesos a los del perfil seleccionado</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>The weights differ from the profile %1; Reset weights returns to it.</source>
        <translation>Los pesos difieren del perfil %1; «Restablecer pesos» recupera los del perfil.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
</context>
<context>
    <name>ui::Session</name>
    <message>
        <source>Score %1 on %2: %3</source>
        <translation>Puntuación de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Clear the score of %1 on %2</source>
        <translation>Borrar la puntuación de %1 en %2</translation>
    </message>
    <message>
        <source>A rationale, claim or correction can have at most %1 characters.</source>
        <translation>Una justificación, afirmación o corrección puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A claim cites a source that does not exist.</source>
        <translation>Una afirmación cita una fuente que no existe.</translation>
    </message>
    <message>
        <source>Edit the evidence of %1 on %2</source>
        <translation>Editar las evidencias de %1 en %2</translation>
    </message>
    <message>
        <source>Delete the comparison %1</source>
        <translation>Eliminar la comparación %1</translation>
    </message>
    <message>
        <source>Snapshots cannot be taken in a read-only file.</source>
        <translation>No se pueden tomar instantáneas en un archivo de solo lectura.</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantánea %1</translation>
    </message>
    <message>
        <source>Take the snapshot %1</source>
        <translation>Tomar la instantánea %1</translation>
    </message>
    <message>
        <source>A snapshot name can have at most %1 characters.</source>
        <translation>El nombre de una instantánea puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A range needs low &lt;= most likely &lt;= high.</source>
        <translation>Un rango necesita bajo &lt;= más probable &lt;= alto.</translation>
    </message>
</context>
<context>
    <name>ui::SnapshotPanel</name>
    <message>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
    <message>
        <source>Keep the weights and results shown now (S in presentation mode)</source>
        <translation>Conservar los pesos y los resultados que se muestran ahora (S en el modo de presentación)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Delete the snapshot %1</source>
        <translation>Eliminar la instantánea %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Take a snapshot (here, or with S in presentation mode) to compare the weights and results of two moments of the discussion.</source>
        <translation>Tome una instantánea (aquí o con S en el modo de presentación) para comparar los pesos y los resultados de dos momentos de la discusión.</translation>
    </message>
    <message>
        <source>The verdict flipped: %1 → %2</source>
        <translation>El veredicto ha cambiado: %1 → %2</translation>
    </message>
    <message>
        <source>Same winner: %1</source>
        <translation>Mismo ganador: %1</translation>
    </message>
    <message>
        <source>The method changed too: %1 → %2</source>
        <translation>El método también ha cambiado: %1 → %2</translation>
    </message>
    <message>
        <source>No weight moved.</source>
        <translation>Ningún peso ha cambiado.</translation>
    </message>
    <message>
        <source>Weights that moved</source>
        <translation>Pesos que han cambiado</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message numerus="yes">
        <source>up %n</source>
        <translation>
            <numerusform>sube %n puesto</numerusform>
            <numerusform>sube %n puestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n</source>
        <translation>
            <numerusform>baja %n puesto</numerusform>
            <numerusform>baja %n puestos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::StakeholderPanel</name>
    <message>
        <source>Consensus:</source>
        <translation>Consenso:</translation>
    </message>
    <message>
        <source>Arithmetic mean</source>
        <translation>Media aritmética</translation>
    </message>
    <message>
        <source>Geometric mean</source>
        <translation>Media geométrica</translation>
    </message>
    <message>
        <source>The geometric mean lets a stakeholder who gives a criterion no weight at all veto it</source>
        <translation>La media geométrica permite que una parte interesada que no da ningún peso a un criterio lo vete</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Set the weights to the consensus</source>
        <translation>Aplicar los pesos del consenso</translation>
    </message>
    <message>
        <source>Save as Profile</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import profile files exported by participants</source>
        <translation>Importar archivos de perfil exportados por los participantes</translation>
    </message>
    <message>
        <source>Export My Weights…</source>
        <translation>Exportar mis pesos…</translation>
    </message>
    <message>
        <source>Save the current weights as a profile file for the facilitator</source>
        <translation>Guardar los pesos actuales como archivo de perfil para el facilitador</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Weighs most</source>
        <translation>Mayor peso</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>Tradeoff profiles (*.tradeoff-profile *.json);;All files (*)</source>
        <translation>Perfiles de Tradeoff (*.tradeoff-profile *.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Se ha importado %n perfil.</numerusform>
            <numerusform>Se han importado %n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>My weights</source>
        <translation>Mis pesos</translation>
    </message>
    <message>
        <source>Export My Weights</source>
        <translation>Exportar mis pesos</translation>
    </message>
    <message>
        <source>Tradeoff profiles (*.tradeoff-profile)</source>
        <translation>Perfiles de Tradeoff (*.tradeoff-profile)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>This comparison has no profiles yet: import participants&apos; profile files, or add profiles in Comparison &gt; Edit Comparison.</source>
        <translation>Esta comparación aún no tiene perfiles: importe los archivos de perfil de los participantes o añada perfiles en Comparación &gt; Editar comparación.</translation>
    </message>
    <message>
        <source>Tick the profiles that take part.</source>
        <translation>Marque los perfiles que participan.</translation>
    </message>
    <message>
        <source>With the consensus weights %1 wins; %2 of %3 stakeholders pick it on their own.</source>
        <translation>Con los pesos del consenso gana %1; con sus propios pesos, %2 de las %3 partes interesadas obtienen el mismo ganador.</translation>
    </message>
    <message>
        <source>Most disputed: %1.</source>
        <translation>Criterios más disputados: %1.</translation>
    </message>
    <message>
        <source>Every criterion was given no weight by someone, so the arithmetic mean is used.</source>
        <translation>Todos los criterios han recibido un peso nulo de alguna parte interesada, así que se usa la media aritmética.</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Arithmetic mean of the stakeholders&apos; weights</source>
        <translation>Media aritmética de los pesos de las partes interesadas</translation>
    </message>
    <message>
        <source>Geometric mean of the stakeholders&apos; weights</source>
        <translation>Media geométrica de los pesos de las partes interesadas</translation>
    </message>
    <message>
        <source>Save the consensus as %1</source>
        <translation>Guardar el consenso como %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no weight for %2 (counted as 0)</source>
        <translation>%1: sin peso para %2 (se cuenta como 0)</translation>
    </message>
    <message>
        <source>%1: ignored %2, not in this comparison</source>
        <translation>%1: criterios ignorados por no estar en esta comparación: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s)</source>
        <translation>
            <numerusform>Importar %n perfil</numerusform>
            <numerusform>Importar %n perfiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SweepChartImpl</name>
    <message>
        <source>Current weight</source>
        <translation>Peso actual</translation>
    </message>
    <message>
        <source>Crossover</source>
        <translation>Punto de cruce</translation>
    </message>
    <message>
        <source>Scores as the weight of %1 changes</source>
        <translation>Puntuaciones según cambia el peso de %1</translation>
    </message>
    <message>
        <source>Scores by weight</source>
        <translation>Puntuaciones según el peso</translation>
    </message>
</context>
<context>
    <name>ui::SwingDialog</name>
    <message>
        <source>Swing Weighting</source>
        <translation>Ponderación swing</translation>
    </message>
    <message>
        <source>Imagine an option that is the worst of these options on every criterion. You may improve it on one criterion only, from its worst to its best value below. Which swing would you choose first? Put the swings in that order, most valuable first: select one and press Alt+Up or Alt+Down.</source>
        <translation>Imagine una opción que sea la peor de estas opciones en todos los criterios. Puede mejorarla en un solo criterio, desde su peor valor hasta su mejor valor, indicados abajo. ¿Qué mejora (swing) elegiría primero? Ordene las mejoras de ese modo, la más valiosa primero: seleccione una y pulse Alt+Arriba o Alt+Abajo.</translation>
    </message>
    <message>
        <source>Why swings: asked directly how important a criterion is, people ignore how far apart the options are on it; a swing weight depends on that range, so a criterion on which the options barely differ gets little weight (Monat 2009; Edwards &amp; Barron 1994).</source>
        <translation>Por qué mejoras: cuando se pregunta directamente qué importancia tiene un criterio, la gente pasa por alto lo separadas que están las opciones en él; un peso swing depende de ese rango, así que un criterio en el que las opciones apenas difieren recibe poco peso (Monat 2009; Edwards &amp; Barron 1994).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Swing from worst to best</source>
        <translation>Mejora del peor al mejor valor</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <source>The first swing is worth 100. How much is each other swing worth next to it, from 0 (nothing) to 100 (as much)? 50 means half as much.</source>
        <translation>La primera mejora vale 100. ¿Cuánto vale cada una de las demás en comparación con ella, de 0 (nada) a 100 (lo mismo)? 50 significa la mitad.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>no option is scored</source>
        <translation>ninguna opción tiene puntuación</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>all options alike (%1)</source>
        <translation>todas las opciones iguales (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>from %1 (value %2) to %3 (value %4)</source>
        <translation>de %1 (valor %2) a %3 (valor %4)</translation>
    </message>
    <message>
        <source>Step 1 of 3: rank the swings</source>
        <translation>Paso 1 de 3: ordenar las mejoras</translation>
    </message>
    <message>
        <source>Step 2 of 3: rate the swings</source>
        <translation>Paso 2 de 3: valorar las mejoras</translation>
    </message>
    <message>
        <source>Step 3 of 3: the weights</source>
        <translation>Paso 3 de 3: los pesos</translation>
    </message>
    <message>
        <source>&amp;Apply Weights</source>
        <translation>A&amp;plicar pesos</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>Valoración de %1</translation>
    </message>
    <message>
        <source>Rated above a swing you ranked higher: %1. Check the order or the ratings.</source>
        <translation>Valoración superior a la de una mejora que usted situó antes: %1. Revise el orden o las valoraciones.</translation>
    </message>
    <message>
        <source>Each weight is the swing&apos;s rating over the sum of all ratings (%1), so the weights add up to 100%. Applying them replaces the weights being explored; Edit &gt; Undo puts the old ones back.</source>
        <translation>Cada peso es la valoración de la mejora dividida entre la suma de todas las valoraciones (%1), así que los pesos suman el 100%. Al aplicarlos se sustituyen los pesos que se están explorando; Edición &gt; Deshacer recupera los anteriores.</translation>
    </message>
</context>
<context>
    <name>ui::Theme</name>
    <message>
        <source>Follow the Desktop</source>
        <translation>Seguir el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>ui::TornadoChartImpl</name>
    <message>
        <source>Most sensitive criteria: weights over which the winner stays first</source>
        <translation>Criterios más sensibles: pesos con los que el ganador sigue primero</translation>
    </message>
    <message>
        <source>Weights over which the winner stays first</source>
        <translation>Pesos con los que el ganador sigue primero</translation>
    </message>
    <message>
        <source>Winner stays first</source>
        <translation>El ganador sigue primero</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>Peso actual</translation>
    </message>
    <message>
        <source>Most sensitive criteria</source>
        <translation>Criterios más sensibles</translation>
    </message>
    <message>
        <source>Where the winner stays</source>
        <translation>Dónde sigue primero el ganador</translation>
    </message>
    <message>
        <source>Most sensitive</source>
        <translation>Más sensibles</translation>
    </message>
    <message>
        <source>Winner stays</source>
        <translation>Ganador en cabeza</translation>
    </message>
</context>
<context>
    <name>ui::ValueFunctionChartImpl</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Value function</source>
        <translation>Función de valor</translation>
    </message>
    <message>
        <source>Points (drag)</source>
        <translation>Puntos (arrastrar)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Value function of %1</source>
        <translation>Función de valor de %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score (%1)</source>
        <translation>Puntuación (%1)</translation>
    </message>
</context>
<context>
    <name>ui::ValueFunctionDialog</name>
    <message>
        <source>Value Function of %1</source>
        <translation>Función de valor de %1</translation>
    </message>
    <message>
        <source>A value function turns a score into a value from 0 (worst) to 1 (best) before weighting. Linear keeps the usual normalisation. With piecewise or step, the points decide what is better: for a cost, let the values fall as the score grows.</source>
        <translation>Una función de valor convierte una puntuación en un valor de 0 (el peor) a 1 (el mejor) antes de ponderar. «Lineal» mantiene la normalización habitual. Con «Lineal por tramos» o «Escalonada», los puntos deciden qué es mejor: para un coste, haga que los valores bajen a medida que crece la puntuación.</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Piecewise linear</source>
        <translation>Lineal por tramos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Escalonada</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Value (0–1)</source>
        <translation>Valor (0–1)</translation>
    </message>
    <message>
        <source>&amp;Add Point</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>Sin cambios: %1.</translation>
    </message>
    <message>
        <source>Set the value function of %1 to %2</source>
        <translation>Establecer la función de valor de %1 como %2</translation>
    </message>
    <message>
        <source>Add a point to the value function of %1</source>
        <translation>Añadir un punto a la función de valor de %1</translation>
    </message>
    <message>
        <source>Remove a point from the value function of %1</source>
        <translation>Quitar un punto de la función de valor de %1</translation>
    </message>
    <message>
        <source>Move a point of the value function of %1</source>
        <translation>Mover un punto de la función de valor de %1</translation>
    </message>
    <message>
        <source>Not changed: &apos;%1&apos; is not a number.</source>
        <translation>Sin cambios: &apos;%1&apos; no es un número.</translation>
    </message>
</context>
<context>
    <name>ui::VerdictPanel</name>
    <message>
        <source>Method: %1 · normalisation: %2 · missing scores: %3</source>
        <translation>Método: %1 · normalización: %2 · puntuaciones ausentes: %3</translation>
    </message>
    <message>
        <source>At level %1 of the criteria tree: driven by %2.</source>
        <translation>En el nivel %1 del árbol de criterios: gracias sobre todo a %2.</translation>
    </message>
</context>
<context>
    <name>ui::WeightPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Cost criterion: lower values are better.</source>
        <translation>Criterio de coste: los valores más bajos son mejores.</translation>
    </message>
    <message>
        <source>Score this one for your own team.</source>
        <translation>Puntúe este criterio para su propio equipo.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>Share of the total weight</source>
        <translation>Proporción del peso total</translation>
    </message>
    <message>
        <source>A group&apos;s slider sets its share within the group above it. Beside it: that share · its share of the total weight.</source>
        <translation>El control deslizante de un grupo fija su proporción dentro del grupo superior. Al lado: esa proporción · su proporción del peso total.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Left and Right (or - and +, or Space) collapse and expand the group; Up and Down move between groups.</source>
        <translation>Las teclas Izquierda y Derecha (o - y +, o Espacio) contraen y expanden el grupo; Arriba y Abajo pasan de un grupo a otro.</translation>
    </message>
    <message>
        <source>all criteria</source>
        <translation>todos los criterios</translation>
    </message>
    <message>
        <source>Share of %1 within %2</source>
        <translation>Proporción de %1 dentro de %2</translation>
    </message>
    <message>
        <source>Share of %1 within %2: moving it scales the criteria of %1 together and its siblings&apos; to take up the rest.</source>
        <translation>Proporción de %1 dentro de %2: al moverla, los criterios de %1 se escalan juntos y los de sus grupos hermanos se ajustan para ocupar el resto.</translation>
    </message>
    <message>
        <source>Local share (within %1) · global share (of the total weight)</source>
        <translation>Proporción local (dentro de %1) · proporción global (del peso total)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>expandido</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>contraído</translation>
    </message>
</context>
</TS>

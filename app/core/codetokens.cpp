#include "core/codetokens.h"

#include <QSet>

namespace core::code {

namespace {

const QSet<QString> &jsKeywords()
{
    static const QSet<QString> words{
        QStringLiteral("async"),     QStringLiteral("await"),      QStringLiteral("break"),
        QStringLiteral("case"),      QStringLiteral("catch"),      QStringLiteral("class"),
        QStringLiteral("const"),     QStringLiteral("continue"),   QStringLiteral("default"),
        QStringLiteral("delete"),    QStringLiteral("do"),         QStringLiteral("else"),
        QStringLiteral("export"),    QStringLiteral("extends"),    QStringLiteral("false"),
        QStringLiteral("finally"),   QStringLiteral("for"),        QStringLiteral("from"),
        QStringLiteral("function"),  QStringLiteral("if"),         QStringLiteral("import"),
        QStringLiteral("in"),        QStringLiteral("instanceof"), QStringLiteral("let"),
        QStringLiteral("new"),       QStringLiteral("null"),       QStringLiteral("of"),
        QStringLiteral("return"),    QStringLiteral("static"),     QStringLiteral("super"),
        QStringLiteral("switch"),    QStringLiteral("this"),       QStringLiteral("throw"),
        QStringLiteral("true"),      QStringLiteral("try"),        QStringLiteral("typeof"),
        QStringLiteral("undefined"), QStringLiteral("var"),        QStringLiteral("void"),
        QStringLiteral("while"),     QStringLiteral("yield")};
    return words;
}

const QSet<QString> &tsKeywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w = jsKeywords();
        for (const char *k : {"interface", "type", "enum", "implements", "public", "private", "protected",
                              "readonly", "as", "keyof", "namespace", "declare", "abstract", "unknown",
                              "never", "any", "string", "number", "boolean"})
            w.insert(QString::fromLatin1(k));
        return w;
    }();
    return words;
}

const QSet<QString> &pyKeywords()
{
    static const QSet<QString> words{
        QStringLiteral("False"),    QStringLiteral("None"),     QStringLiteral("True"),
        QStringLiteral("and"),      QStringLiteral("as"),       QStringLiteral("assert"),
        QStringLiteral("async"),    QStringLiteral("await"),    QStringLiteral("break"),
        QStringLiteral("class"),    QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),      QStringLiteral("elif"),     QStringLiteral("else"),
        QStringLiteral("except"),   QStringLiteral("finally"),  QStringLiteral("for"),
        QStringLiteral("from"),     QStringLiteral("global"),   QStringLiteral("if"),
        QStringLiteral("import"),   QStringLiteral("in"),       QStringLiteral("is"),
        QStringLiteral("lambda"),   QStringLiteral("match"),    QStringLiteral("case"),
        QStringLiteral("nonlocal"), QStringLiteral("not"),      QStringLiteral("or"),
        QStringLiteral("pass"),     QStringLiteral("raise"),    QStringLiteral("return"),
        QStringLiteral("try"),      QStringLiteral("while"),    QStringLiteral("with"),
        QStringLiteral("yield")};
    return words;
}

const QSet<QString> &pyBuiltins()
{
    static const QSet<QString> words{
        QStringLiteral("print"), QStringLiteral("len"),  QStringLiteral("range"),  QStringLiteral("open"),
        QStringLiteral("dict"),  QStringLiteral("list"), QStringLiteral("int"),    QStringLiteral("str"),
        QStringLiteral("float"), QStringLiteral("sum"),  QStringLiteral("sorted"), QStringLiteral("self")};
    return words;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}
bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Index just past a quoted string starting at `i` (the quote), or -1 when it
// does not close on this line.  Backslash escapes are honoured.
int closeQuote(const QString &s, int i, QChar quote)
{
    for (int k = i + 1; k < s.size(); ++k) {
        if (s[k] == QLatin1Char('\\')) {
            ++k;
            continue;
        }
        if (s[k] == quote)
            return k + 1;
    }
    return -1;
}

// End of a template literal body from `i`: stops at the closing backtick,
// skipping ${ ... } substitutions (which may contain quotes and backticks).
int closeTemplate(const QString &s, int i)
{
    int depth = 0;
    for (int k = i; k < s.size(); ++k) {
        const QChar c = s[k];
        if (c == QLatin1Char('\\')) {
            ++k;
            continue;
        }
        if (depth == 0 && c == QLatin1Char('`'))
            return k + 1;
        if (c == QLatin1Char('$') && k + 1 < s.size() && s[k + 1] == QLatin1Char('{')) {
            ++depth;
            ++k;
            continue;
        }
        if (depth > 0 && c == QLatin1Char('}')) {
            --depth;
            continue;
        }
        if (depth > 0 && (c == QLatin1Char('\'') || c == QLatin1Char('"'))) {
            const int end = closeQuote(s, k, c);
            if (end < 0)
                return -1;
            k = end - 1;
        }
    }
    return -1;
}

int number(const QString &s, int i)
{
    int k = i;
    while (k < s.size() && (s[k].isLetterOrNumber() || s[k] == QLatin1Char('.') || s[k] == QLatin1Char('_')))
        ++k;
    return k;
}

QVector<Token> tokenizeC(const QString &s, int state, int *endState, const QSet<QString> &keywords)
{
    QVector<Token> out;
    int i = 0;
    if (state == InBlockComment) {
        const int end = int(s.indexOf(QLatin1String("*/")));
        if (end < 0) {
            out.append({0, int(s.size()), Kind::Comment});
            *endState = InBlockComment;
            return out;
        }
        out.append({0, end + 2, Kind::Comment});
        i = end + 2;
    } else if (state == InTemplate) {
        const int end = closeTemplate(s, 0);
        if (end < 0) {
            out.append({0, int(s.size()), Kind::String});
            *endState = InTemplate;
            return out;
        }
        out.append({0, end, Kind::String});
        i = end;
    }
    *endState = Normal;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c == QLatin1Char('/') && i + 1 < s.size() && s[i + 1] == QLatin1Char('/')) {
            out.append({i, int(s.size()) - i, Kind::Comment});
            break;
        }
        if (c == QLatin1Char('/') && i + 1 < s.size() && s[i + 1] == QLatin1Char('*')) {
            const int end = int(s.indexOf(QLatin1String("*/"), i + 2));
            if (end < 0) {
                out.append({i, int(s.size()) - i, Kind::Comment});
                *endState = InBlockComment;
                break;
            }
            out.append({i, end + 2 - i, Kind::Comment});
            i = end + 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int end = closeQuote(s, i, c);
            const int stop = end < 0 ? int(s.size()) : end;
            out.append({i, stop - i, Kind::String});
            i = stop;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const int end = closeTemplate(s, i + 1);
            if (end < 0) {
                out.append({i, int(s.size()) - i, Kind::String});
                *endState = InTemplate;
                break;
            }
            out.append({i, end - i, Kind::String});
            i = end;
            continue;
        }
        if (c.isDigit()) {
            const int end = number(s, i);
            out.append({i, end - i, Kind::Number});
            i = end;
            continue;
        }
        if (isIdentifierStart(c)) {
            int end = i + 1;
            while (end < s.size() && isIdentifierPart(s[end]))
                ++end;
            if (keywords.contains(s.mid(i, end - i)))
                out.append({i, end - i, Kind::Keyword});
            i = end;
            continue;
        }
        ++i;
    }
    return out;
}

QVector<Token> tokenizePython(const QString &s, int state, int *endState)
{
    QVector<Token> out;
    int i = 0;
    if (state == InTripleDouble || state == InTripleSingle) {
        const QString close = state == InTripleDouble ? QStringLiteral("\"\"\"") : QStringLiteral("'''");
        const int end = int(s.indexOf(close));
        if (end < 0) {
            out.append({0, int(s.size()), Kind::String});
            *endState = state;
            return out;
        }
        out.append({0, end + 3, Kind::String});
        i = end + 3;
    }
    *endState = Normal;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c == QLatin1Char('#')) {
            out.append({i, int(s.size()) - i, Kind::Comment});
            break;
        }
        // String prefixes: f, r, b, u and their pairs (f"...", rb'...').
        int prefix = 0;
        while (prefix < 2 && i + prefix < s.size() && QStringLiteral("fFrRbBuU").contains(s[i + prefix]))
            ++prefix;
        const bool prefixed = prefix > 0 && i + prefix < s.size() &&
                              (s[i + prefix] == QLatin1Char('\'') || s[i + prefix] == QLatin1Char('"')) &&
                              (i == 0 || !isIdentifierPart(s[i - 1]));
        const int q = prefixed ? i + prefix : i;
        if (s[q] == QLatin1Char('\'') || s[q] == QLatin1Char('"')) {
            const QChar quote = s[q];
            const QString triple(3, quote);
            if (s.mid(q, 3) == triple) {
                const int end = int(s.indexOf(triple, q + 3));
                if (end < 0) {
                    out.append({i, int(s.size()) - i, Kind::String});
                    *endState = quote == QLatin1Char('"') ? InTripleDouble : InTripleSingle;
                    break;
                }
                out.append({i, end + 3 - i, Kind::String});
                i = end + 3;
                continue;
            }
            // f-strings may hold other quotes inside {...}: skip braces.
            int end = -1;
            int depth = 0;
            for (int k = q + 1; k < s.size(); ++k) {
                if (s[k] == QLatin1Char('\\')) {
                    ++k;
                    continue;
                }
                if (prefixed && s[k] == QLatin1Char('{'))
                    ++depth;
                else if (prefixed && s[k] == QLatin1Char('}') && depth > 0)
                    --depth;
                else if (depth == 0 && s[k] == quote) {
                    end = k + 1;
                    break;
                }
            }
            const int stop = end < 0 ? int(s.size()) : end;
            out.append({i, stop - i, Kind::String});
            i = stop;
            continue;
        }
        if (c.isDigit()) {
            const int end = number(s, i);
            out.append({i, end - i, Kind::Number});
            i = end;
            continue;
        }
        if (isIdentifierStart(c)) {
            int end = i + 1;
            while (end < s.size() && isIdentifierPart(s[end]))
                ++end;
            const QString word = s.mid(i, end - i);
            if (pyKeywords().contains(word))
                out.append({i, end - i, Kind::Keyword});
            else if (pyBuiltins().contains(word))
                out.append({i, end - i, Kind::Builtin});
            i = end;
            continue;
        }
        ++i;
    }
    return out;
}

} // namespace

Language languageFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("javascript") || n == QLatin1String("js") || n == QLatin1String("node"))
        return Language::JavaScript;
    if (n == QLatin1String("typescript") || n == QLatin1String("ts"))
        return Language::TypeScript;
    if (n == QLatin1String("python") || n == QLatin1String("py"))
        return Language::Python;
    return Language::Text;
}

QString fenceTag(const QString &name)
{
    switch (languageFromName(name)) {
    case Language::JavaScript:
        return QStringLiteral("javascript");
    case Language::TypeScript:
        return QStringLiteral("typescript");
    case Language::Python:
        return QStringLiteral("python");
    case Language::Text:
        break;
    }
    // Keep a plain tag the user gave (e.g. "go"), without anything odd in it.
    QString tag;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#') || c == QLatin1Char('-'))
            tag += c;
    }
    return tag.isEmpty() ? QStringLiteral("text") : tag.left(20);
}

QVector<Token> tokenize(Language language, const QString &line, int startState, int *endState)
{
    int ignored = 0;
    int *end = endState ? endState : &ignored;
    switch (language) {
    case Language::JavaScript:
        return tokenizeC(line, startState, end, jsKeywords());
    case Language::TypeScript:
        return tokenizeC(line, startState, end, tsKeywords());
    case Language::Python:
        return tokenizePython(line, startState, end);
    case Language::Text:
        break;
    }
    *end = Normal;
    return {};
}

} // namespace core::code

#pragma once

#include <QString>
#include <QVector>

namespace core::code {

// A small tokenizer for showing code: enough to colour keywords, strings,
// comments and numbers in JavaScript, TypeScript and Python.  Works line by
// line with a carried state so that block comments, template literals and
// triple-quoted strings may span lines (the shape QSyntaxHighlighter needs).
enum class Kind
{
    Keyword,
    String,
    Comment,
    Number,
    Builtin
};

struct Token
{
    int start = 0;
    int length = 0;
    Kind kind = Kind::Keyword;
};

enum class Language
{
    JavaScript,
    TypeScript,
    Python,
    Text
};
Language languageFromName(const QString &name);
// The Markdown fence tag for the language ("javascript", "python", "text").
QString fenceTag(const QString &name);

// Line states carried between lines (0: none).
enum State : int
{
    Normal = 0,
    InBlockComment = 1, // /* ... */
    InTemplate = 2,     // `...`
    InTripleDouble = 3, // """...
    InTripleSingle = 4, // '''...
};

// Tokens of `line`, given the state the previous line ended in; `endState`
// receives the state at the end of this line.
QVector<Token> tokenize(Language language, const QString &line, int startState, int *endState);

} // namespace core::code

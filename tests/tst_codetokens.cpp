// The code tokenizer behind the Code view's highlighting and the reports.
#include "core/codetokens.h"

#include <QTest>

using namespace core::code;

namespace {
// The text of every token of `kind` on a single line.
QStringList tokens(Language language, const QString &line, Kind kind, int startState = Normal,
                   int *endState = nullptr)
{
    QStringList out;
    int end = 0;
    for (const Token &t : tokenize(language, line, startState, &end)) {
        if (t.kind == kind)
            out.append(line.mid(t.start, t.length));
    }
    if (endState)
        *endState = end;
    return out;
}
} // namespace

class TestCodeTokens final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templateLiteralWithNestedQuotesAndBackticks()
    {
        const QString line = QStringLiteral("const s = `a ${b ? 'x`y' : \"z\"} c`; // done");
        QCOMPARE(tokens(Language::JavaScript, line, Kind::String),
                 QStringList{QStringLiteral("`a ${b ? 'x`y' : \"z\"} c`")});
        QCOMPARE(tokens(Language::JavaScript, line, Kind::Comment), QStringList{QStringLiteral("// done")});
        QCOMPARE(tokens(Language::JavaScript, line, Kind::Keyword), QStringList{QStringLiteral("const")});
    }

    void templateLiteralSpansLines()
    {
        int state = 0;
        QCOMPARE(
            tokens(Language::JavaScript, QStringLiteral("const t = `first"), Kind::String, Normal, &state),
            QStringList{QStringLiteral("`first")});
        QCOMPARE(state, int(InTemplate));
        QCOMPARE(tokens(Language::JavaScript, QStringLiteral("second` + x; const y = 1;"), Kind::String,
                        state, &state),
                 QStringList{QStringLiteral("second`")});
        QCOMPARE(state, int(Normal));
        QCOMPARE(tokens(Language::JavaScript, QStringLiteral("second` + x; const y = 1;"), Kind::Keyword,
                        InTemplate),
                 QStringList{QStringLiteral("const")});
    }

    void commentMarkersInsideStringsAreText()
    {
        QCOMPARE(
            tokens(Language::JavaScript, QStringLiteral("fetch('http://x/*y*/') // real"), Kind::Comment),
            QStringList{QStringLiteral("// real")});
        QCOMPARE(
            tokens(Language::Python, QStringLiteral("print(\"# not a comment\")  # real"), Kind::Comment),
            QStringList{QStringLiteral("# real")});
        QCOMPARE(
            tokens(Language::JavaScript, QStringLiteral("const s = 'it\\'s'; /* c */ let x"), Kind::String),
            QStringList{QStringLiteral("'it\\'s'")});
    }

    void blockCommentSpansLines()
    {
        int state = 0;
        QCOMPARE(tokens(Language::TypeScript, QStringLiteral("let a: number; /* open"), Kind::Comment, Normal,
                        &state),
                 QStringList{QStringLiteral("/* open")});
        QCOMPARE(state, int(InBlockComment));
        QCOMPARE(tokens(Language::TypeScript, QStringLiteral("still */ interface X {}"), Kind::Comment, state,
                        &state),
                 QStringList{QStringLiteral("still */")});
        QCOMPARE(tokens(Language::TypeScript, QStringLiteral("still */ interface X {}"), Kind::Keyword,
                        InBlockComment),
                 QStringList{QStringLiteral("interface")});
        // "interface" is TypeScript, not JavaScript.
        QVERIFY(tokens(Language::JavaScript, QStringLiteral("interface X"), Kind::Keyword).isEmpty());
    }

    void fStringsWithNestedQuotes()
    {
        const QString line = QStringLiteral("print(f\"{d['key']} and {x!r}\", 'plain')");
        QCOMPARE(tokens(Language::Python, line, Kind::String),
                 (QStringList{QStringLiteral("f\"{d['key']} and {x!r}\""), QStringLiteral("'plain'")}));
        QCOMPARE(tokens(Language::Python, line, Kind::Builtin), QStringList{QStringLiteral("print")});
        // A name ending in f is not a prefix: "elf" + string.
        QCOMPARE(tokens(Language::Python, QStringLiteral("self'x'"), Kind::String),
                 QStringList{QStringLiteral("'x'")});
    }

    void tripleQuotedStringsSpanLines()
    {
        int state = 0;
        QCOMPARE(tokens(Language::Python, QStringLiteral("\"\"\"Docstring with 'quotes' and # hash"),
                        Kind::String, Normal, &state)
                     .size(),
                 1);
        QCOMPARE(state, int(InTripleDouble));
        QVERIFY(tokens(Language::Python, QStringLiteral("# still text"), Kind::Comment, state).isEmpty());
        QCOMPARE(tokens(Language::Python, QStringLiteral("end\"\"\" # now a comment"), Kind::Comment, state,
                        &state),
                 QStringList{QStringLiteral("# now a comment")});
        QCOMPARE(state, int(Normal));
        QCOMPARE(tokens(Language::Python, QStringLiteral("x = r'''raw''' + 1"), Kind::String),
                 QStringList{QStringLiteral("r'''raw'''")});
    }

    void numbersAndKeywords()
    {
        QCOMPARE(
            tokens(Language::JavaScript, QStringLiteral("const n = 2_000_000; await f(0x1F)"), Kind::Number),
            (QStringList{QStringLiteral("2_000_000"), QStringLiteral("0x1F")}));
        QCOMPARE(
            tokens(Language::Python, QStringLiteral("async def f(): return await g(None)"), Kind::Keyword),
            (QStringList{QStringLiteral("async"), QStringLiteral("def"), QStringLiteral("return"),
                         QStringLiteral("await"), QStringLiteral("None")}));
        // Identifiers containing keywords are not keywords.
        QVERIFY(
            tokens(Language::JavaScript, QStringLiteral("const constant = imports"), Kind::Keyword).size() ==
            1);
    }

    void plainTextAndLanguageNames()
    {
        QVERIFY(tokenize(Language::Text, QStringLiteral("const x = 'y' // z"), Normal, nullptr).isEmpty());
        QCOMPARE(languageFromName(QStringLiteral("JavaScript")), Language::JavaScript);
        QCOMPARE(languageFromName(QStringLiteral("ts")), Language::TypeScript);
        QCOMPARE(languageFromName(QStringLiteral("Python")), Language::Python);
        QCOMPARE(languageFromName(QStringLiteral("go")), Language::Text);
        QCOMPARE(fenceTag(QStringLiteral("go")), QStringLiteral("go"));
        QCOMPARE(fenceTag(QStringLiteral("`evil\n")), QStringLiteral("evil"));
        QCOMPARE(fenceTag(QString()), QStringLiteral("text"));
    }
};

QTEST_GUILESS_MAIN(TestCodeTokens)
#include "tst_codetokens.moc"

// ls::Tokenizer: token streams (types, text, CPython's positions) and the
// tokenizer's errors with CPython 3.11's messages and columns. The parser
// tests (tst_parser) check the same errors end to end against CPython; here
// the token level is pinned down.
#include "interp/tokenizer.h"

#include <QTest>

#include <string>

namespace {

// "TYPE'text'@line:col" for each token, space separated; tokens without
// text (INDENT, DEDENT, ENDMARKER) as "TYPE@line".
std::string render(const ls::Tokenizer &tz)
{
    std::string out;
    for (const ls::Token &t : tz.tokens()) {
        if (!out.empty())
            out += ' ';
        out += ls::tokTypeName(t.type);
        if (t.col >= 0 && t.type != ls::TokType::Newline)
            out += "'" + std::string(tz.text(t)) + "'";
        out += "@" + std::to_string(t.line);
        if (t.col >= 0)
            out += ":" + std::to_string(t.col);
    }
    return out;
}

std::string tokens(const char *src)
{
    ls::Tokenizer tz(src);
    tz.run();
    return render(tz);
}

}  // namespace

class TestTokenizer : public QObject {
    Q_OBJECT

private slots:
    void streams_data();
    void streams();
    void errors_data();
    void errors();
    void softErrorsAreLeftToTheParser();
    void levelsAndTokenizerPositions();
    void newlinesAndBom();
};

void TestTokenizer::streams_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *src, const char *exp) {
        QTest::newRow(name) << QString::fromUtf8(src) << QString::fromUtf8(exp);
    };
    row("assign", "x = 1\n", "NAME'x'@1:0 OP'='@1:2 NUMBER'1'@1:4 NEWLINE@1:5 ENDMARKER@1");
    row("no final newline", "x", "NAME'x'@1:0 NEWLINE@1:1 ENDMARKER@1");
    row("empty", "", "ENDMARKER@1");
    row("keywords", "if not x: pass\n",
        "if'if'@1:0 not'not'@1:3 NAME'x'@1:7 OP':'@1:8 pass'pass'@1:10 NEWLINE@1:14 ENDMARKER@1");
    row("soft keywords are names", "match case _\n",
        "NAME'match'@1:0 NAME'case'@1:6 NAME'_'@1:11 NEWLINE@1:12 ENDMARKER@1");
    row("async await", "async await\n", "async'async'@1:0 await'await'@1:6 NEWLINE@1:11 ENDMARKER@1");
    row("indent dedent", "if x:\n    y\nz\n",
        "if'if'@1:0 NAME'x'@1:3 OP':'@1:4 NEWLINE@1:5 INDENT@2 NAME'y'@2:4 NEWLINE@2:5 DEDENT@3 NAME'z'@3:0 "
        "NEWLINE@3:1 ENDMARKER@3");
    row("dedents at end", "if a:\n if b:\n  c\n",
        "if'if'@1:0 NAME'a'@1:3 OP':'@1:4 NEWLINE@1:5 INDENT@2 if'if'@2:1 NAME'b'@2:4 OP':'@2:5 NEWLINE@2:6 "
        "INDENT@3 NAME'c'@3:2 NEWLINE@3:3 DEDENT@3 DEDENT@3 ENDMARKER@3");
    row("tab is eight columns", "if a:\n\tb\n        c\n",
        "if'if'@1:0 NAME'a'@1:3 OP':'@1:4 NEWLINE@1:5 INDENT@2 NAME'b'@2:1 NEWLINE@2:2 ERRORTOKEN@3");
    row("blank and comment lines", "x\n\n   # c\n  \ny\n",
        "NAME'x'@1:0 NEWLINE@1:1 NAME'y'@5:0 NEWLINE@5:1 ENDMARKER@5");
    row("newline after comment starts at '#'", "x  # c\n", "NAME'x'@1:0 NEWLINE@1:3 ENDMARKER@1");
    row("brackets join lines", "f(a,\n  b)\n",
        "NAME'f'@1:0 OP'('@1:1 NAME'a'@1:2 OP','@1:3 NAME'b'@2:2 OP')'@2:3 NEWLINE@2:4 ENDMARKER@2");
    row("backslash continuation", "x = 1 + \\\n  2\n",
        "NAME'x'@1:0 OP'='@1:2 NUMBER'1'@1:4 OP'+'@1:6 NUMBER'2'@2:2 NEWLINE@2:3 ENDMARKER@2");
    row("numbers", "0 00 1_000 0x_fF 0o17 0b1_0 1. .5 1e5 1E-5 1.5e+3 0e0 09.5\n",
        "NUMBER'0'@1:0 NUMBER'00'@1:2 NUMBER'1_000'@1:5 NUMBER'0x_fF'@1:11 NUMBER'0o17'@1:17 NUMBER'0b1_0'@1:22 "
        "NUMBER'1.'@1:28 NUMBER'.5'@1:31 NUMBER'1e5'@1:34 NUMBER'1E-5'@1:38 NUMBER'1.5e+3'@1:43 NUMBER'0e0'@1:50 "
        "NUMBER'09.5'@1:54 NEWLINE@1:58 ENDMARKER@1");
    row("number before keyword", "1if x else 2\n",
        "NUMBER'1'@1:0 if'if'@1:1 NAME'x'@1:4 else'else'@1:6 NUMBER'2'@1:11 NEWLINE@1:12 ENDMARKER@1");
    row("imaginary is a number token", "1j 1.5J\n", "NUMBER'1j'@1:0 NUMBER'1.5J'@1:3 NEWLINE@1:7 ENDMARKER@1");
    row("operators", "a**=b//=c<<=d>>=e->f:=g...h!=i<>j@=k\n",
        "NAME'a'@1:0 OP'**='@1:1 NAME'b'@1:4 OP'//='@1:5 NAME'c'@1:8 OP'<<='@1:9 NAME'd'@1:12 OP'>>='@1:13 "
        "NAME'e'@1:16 OP'->'@1:17 NAME'f'@1:19 OP':='@1:20 NAME'g'@1:22 OP'...'@1:23 NAME'h'@1:26 OP'!='@1:27 "
        "NAME'i'@1:29 OP'<>'@1:30 NAME'j'@1:32 OP'@='@1:33 NAME'k'@1:35 NEWLINE@1:36 ENDMARKER@1");
    row("unknown operator chars", "$ ? !\n", "OP'$'@1:0 OP'?'@1:2 OP'!'@1:4 NEWLINE@1:5 ENDMARKER@1");
    row("strings", "'a' \"b\" '''c''' r'\\d' b'x' f'{y}' Rb'z' fR\"w\" u'v'\n",
        "STRING''a''@1:0 STRING'\"b\"'@1:4 STRING''''c''''@1:8 STRING'r'\\d''@1:16 STRING'b'x''@1:22 "
        "STRING'f'{y}''@1:27 STRING'Rb'z''@1:34 STRING'fR\"w\"'@1:40 STRING'u'v''@1:46 NEWLINE@1:50 ENDMARKER@1");
    row("escaped quote", "'it\\'s'\n", "STRING''it\\'s''@1:0 NEWLINE@1:7 ENDMARKER@1");
    row("multi-line string starts on its first line", "x = '''a\nb''' + y\n",
        "NAME'x'@1:0 OP'='@1:2 STRING''''a\nb''''@1:4 OP'+'@2:5 NAME'y'@2:7 NEWLINE@2:8 ENDMARKER@2");
    row("not a prefix", "ub'x'\n", "NAME'ub'@1:0 STRING''x''@1:2 NEWLINE@1:5 ENDMARKER@1");
    row("unicode names, byte columns", "名字 = é\n",
        "NAME'名字'@1:0 OP'='@1:7 NAME'é'@1:9 NEWLINE@1:11 ENDMARKER@1");
    row("formfeed resets indentation", "if x:\n\f  y\n",
        "if'if'@1:0 NAME'x'@1:3 OP':'@1:4 NEWLINE@1:5 INDENT@2 NAME'y'@2:3 NEWLINE@2:4 DEDENT@2 ENDMARKER@2");
}

void TestTokenizer::streams()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(tokens(source.toUtf8().constData())), expected);
}

void TestTokenizer::errors_data()
{
    // Errors CPython raises inside its tokenizer: message, line, offset,
    // end offset (1-based, characters up to where it stopped reading).
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("msg");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("endOffset");
    auto row = [](const char *src, const char *msg, int line, int off, int end) {
        QTest::newRow(src) << QString::fromUtf8(src) << QString::fromUtf8(msg) << line << off << end;
    };
    row("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5, 5);
    row("x = 1\ny = \"a\n", "unterminated string literal (detected at line 2)", 2, 5, 5);
    row("x = '''abc\ndef\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 5);
    row("x = 1_\n", "invalid decimal literal", 1, 6, 6);
    row("x = 1__0\n", "invalid decimal literal", 1, 6, 6);
    row("x = 1e\n", "invalid decimal literal", 1, 5, 5);
    row("x = 1a\n", "invalid decimal literal", 1, 5, 5);
    row("x = 0x\n", "invalid hexadecimal literal", 1, 6, 6);
    row("x = 0o8\n", "invalid digit '8' in octal literal", 1, 7, 7);
    row("x = 0b2\n", "invalid digit '2' in binary literal", 1, 7, 7);
    row("x = 0b\n", "invalid binary literal", 1, 6, 6);
    row("x = 0777\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1, 5, 6);
    row("x = )\n", "unmatched ')'", 1, 5, 5);
    row("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 6);
    row("x = (\n]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 1);
    row("x = 1，2\n", "invalid character '，' (U+FF0C)", 1, 6, 6);
    row("中文 = €\n", "invalid character '€' (U+20AC)", 1, 6, 6);
    row("x\u00a0= 1\n", "invalid non-printable character U+00A0", 1, 2, 2);
    row("x = 1\x01\n", "invalid non-printable character U+0001", 1, 6, 6);
}

void TestTokenizer::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, msg);
    QFETCH(int, line);
    QFETCH(int, offset);
    QFETCH(int, endOffset);
    ls::Tokenizer tz(source.toStdString());
    tz.run();
    QVERIFY(tz.error().has_value());
    const ls::TokenizerError &e = *tz.error();
    QVERIFY(e.hard);
    QCOMPARE(QString::fromStdString(e.info.msg), msg);
    QCOMPARE(e.info.line, line);
    QCOMPARE(e.info.offset, offset);
    QCOMPARE(e.info.endOffset, endOffset);
    QCOMPARE(tz.tokens().back().type, ls::TokType::ErrorToken);
}

void TestTokenizer::softErrorsAreLeftToTheParser()
{
    // Errors pegen turns into exceptions itself: the tokenizer records
    // CPython's raw values and stops with an ERRORTOKEN.
    struct Case {
        const char *src, *type, *msg;
    } cases[] = {
        {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level"},
        {"if x:\n\tpass\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation"},
        {"x = 1 \\ y\n", "SyntaxError", "unexpected character after line continuation character"},
        {"x = 1 + \\", "SyntaxError", "unexpected EOF while parsing"},
        {"foo(1,\n", "SyntaxError", "'(' was never closed"},
    };
    for (const Case &c : cases) {
        ls::Tokenizer tz(c.src);
        tz.run();
        QVERIFY2(tz.error().has_value(), c.src);
        QVERIFY(!tz.error()->hard);
        QCOMPARE(tz.error()->info.type, std::string(c.type));
        QCOMPARE(tz.error()->info.msg, std::string(c.msg));
    }
}

void TestTokenizer::levelsAndTokenizerPositions()
{
    ls::Tokenizer tz("a = [(1,\n 2)]\n");
    tz.run();
    std::string levels;
    for (const ls::Token &t : tz.tokens())
        levels += std::to_string(t.level);
    // a = [ ( 1 , 2 ) ] NEWLINE ENDMARKER: a token's level is counted after it
    QCOMPARE(levels, std::string("00122221000"));
    // tokens without text are placed where the tokenizer stood
    const ls::Token &end = tz.tokens().back();
    QCOMPARE(end.type, ls::TokType::EndMarker);
    QCOMPARE(end.tokLine, 2);
    QCOMPARE(end.tokCol, 5);  // " 2)]\n" read to its end
    QVERIFY(!tz.error().has_value());
}

void TestTokenizer::newlinesAndBom()
{
    QCOMPARE(tokens("\xEF\xBB\xBFx\r\ny\rz"),
             std::string("NAME'x'@1:0 NEWLINE@1:1 NAME'y'@2:0 NEWLINE@2:1 NAME'z'@3:0 NEWLINE@3:1 ENDMARKER@3"));
    ls::Tokenizer tz("a\r\nbc\r\n");
    QCOMPARE(tz.lineText(2), std::string_view("bc"));
    QCOMPARE(tz.lineStarts().size(), size_t(2));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"

// Token types and the token record the tokenizer hands to the parser.
#pragma once

#include <cstdint>
#include <string_view>

namespace ls {

// Token types. Keywords are their own types (pegen turns NAME tokens that
// spell a keyword into keyword tokens); everything after Op is an operator.
enum class TokType : uint8_t {
    EndMarker, Name, Number, String, Newline, Indent, Dedent, ErrorToken,
    // keywords
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak,
    KwClass, KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally,
    KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal,
    KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile, KwWith, KwYield,
    // operators and delimiters
    Op,  // a character no rule accepts ('$', '?', '!', '`')
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash,
    VBar, Amper, Less, Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual,
    NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift,
    RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual,
    PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual,
    RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At,
    AtEqual, RArrow, Ellipsis, ColonEqual,
};

// "NAME", "NUMBER", ..., the keyword itself, or "OP".
const char *tokTypeName(TokType t);

// py: Parser/token.c PyToken_OneChar/TwoChars/ThreeChars: TokType::Op when
// the characters are no operator.
TokType tokenOneChar(int c);
TokType tokenTwoChars(int c1, int c2);
TokType tokenThreeChars(int c1, int c2, int c3);
// A keyword's type for a NAME's text, else TokType::Name.
TokType tokenKeywordOrName(std::string_view s);

struct Token {
    TokType type = TokType::EndMarker;
    int level = 0;           // bracket nesting after this token (CPython's token->level)
    int line = 0, col = -1;  // col -1: the token has no text (INDENT, DEDENT, ENDMARKER...)
    int endLine = 0, endCol = -1;
    uint32_t start = 0, end = 0;  // byte range in Tokenizer::source(), when col >= 0
    // The tokenizer's own position just after producing this token
    // (tok->lineno, tok->cur - tok->line_start): CPython uses it to place
    // errors reported at tokens without text.
    int tokLine = 0, tokCol = 0;
    // ... and the start of its buffer (tok->buf): the line where the token
    // under way began, so before the current line inside a multi-line string.
    uint32_t tokBuf = 0;
    // Reading a file, CPython's tokenizer empties its buffer before it
    // finds the end of the file; errors placed by tokCol then say column 0.
    bool curAtBufStart = false;
};

}  // namespace ls

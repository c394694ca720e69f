// Internals of the parser (private to parser*.cpp, fstring.cpp, peg*.cpp).
//
// Two parsers read the same tokens:
//  - Parser (parser_stmt.cpp, parser_expr.cpp) is a plain recursive-descent
//    parser for the language CPython 3.11's grammar accepts; it builds the
//    AST and is what runs for every valid program.
//  - PegRecognizer (peg*.cpp) is a rule-by-rule port of CPython's PEG
//    grammar (Grammar/python.gram, 3.11), with its invalid_* rules, that
//    builds only what error messages need. It runs only when Parser fails,
//    to find the error CPython reports, at the position CPython reports:
//    CPython's messages and locations depend on how far its first parsing
//    pass looked ahead and on which invalid_ rule matches first, which only
//    a faithful port reproduces.
#pragma once

#include "ast.h"
#include "syntax_error.h"
#include "tokenizer.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ls::parse {

// Where a sub-parse sits in the file: f-string replacement fields are
// parsed from "(" + text + ")" (py: string_parser.c fstring_compile_expr).
struct SubSource {
    int lineOffset = 0;      // sub line L is file line L + lineOffset
    int firstLineCol = 0;    // byte column added on the sub-source's first line
};

// An error that ends parsing. settled: no later check may replace it
// (CPython's tokenizer reported it while the parser pulled tokens, or it is
// one of the indentation errors pegen raises without looking further).
struct ParseError {
    SyntaxErrorInfo info;
    bool settled = false;
};

// Thrown by Parser when the input is not in the language; the PEG
// recognizer then finds the message.
struct NoParse {};

// Token access and error placement shared by both parsers. Mirrors the
// parts of pegen (Parser/pegen.c, pegen_errors.c) that decide error
// locations: `fill` is how many tokens the parser has pulled from the
// tokenizer, and errors without an explicit location go to the last one.
class ParseContext {
public:
    ParseContext(const Tokenizer &tz, std::string filename, const ParseContext *outer, SubSource sub);

    const Tokenizer &tokenizer() const { return tz_; }
    const std::vector<Token> &tokens() const { return tz_.tokens(); }
    const std::string &filename() const { return filename_; }
    const ParseContext *outer() const { return outer_; }
    const SubSource &sub() const { return sub_; }

    // Pull token i (CPython's _PyPegen_fill_token as needed): raises the
    // tokenizer's error when i reaches it.
    const Token &fetch(size_t i)
    {
        if (i >= fill_) {
            if (i >= errIndex_) {
                fill_ = errIndex_ + 1;
                raiseTokenizerError();
            }
            fill_ = i + 1;
        }
        return tz_.tokens()[i];
    }
    size_t fill() const { return fill_; }
    void setFill(size_t f) { fill_ = f; }
    const Token &lastFetched() const { return tz_.tokens()[fill_ ? fill_ - 1 : 0]; }

    // ---- AST positions (code point columns in the file)
    int fileLine(int line) const { return outer_ ? outer_->fileLine(line + sub_.lineOffset) : line; }
    int cpCol(int line, int byteCol) const;  // `line` is the sub-source's
    ast::Pos span(const Token &first, const Token &last) const;

    // ---- errors, as pegen raises them. Columns are CPython's raw values
    // (1-based UTF-8 byte offsets; end -1 = unknown).
    [[noreturn]] void raiseKnown(const char *type, std::string msg, int lineno, int col, int endLineno, int endCol) const;
    // RAISE_ERROR_KNOWN_LOCATION(a, ...) with a token range (0-based cols).
    [[noreturn]] void raiseRange(const char *type, std::string msg, int line, int col0, int endLine, int endCol0) const;
    // RAISE_SYNTAX_ERROR(msg): at the last fetched token.
    [[noreturn]] void raiseAtLast(const char *type, std::string msg) const;
    // CPython's "current position" (tok->lineno, tok->cur - tok->line_start).
    int curLine() const { return lastFetched().tokLine; }
    int curCol() const { return lastFetched().tokCol; }
    [[noreturn]] void raiseTokenizerError() const;
    // py: _PyPegen_tokenize_full_source_to_check_for_errors. After a parser
    // error: a later tokenizer error found by CPython's tokenizer (which runs
    // on to the end of the file) may replace it.
    ParseError checkRestOfSource(ParseError err) const;

    std::string lineText(int line) const;  // sub-source line, without '\n'

private:
    SyntaxErrorInfo locate(const char *type, std::string msg, int lineno, int col, int endLineno, int endCol,
                           int fileCol, int fileEndCol) const;

    const Tokenizer &tz_;
    std::string filename_;
    const ParseContext *outer_;
    SubSource sub_;
    size_t fill_ = 0;
    size_t errIndex_;
    std::vector<char> asciiLine_;  // per line: all ASCII (fast column conversion)
};

// The AST parser. Throws NoParse, ParseError.
class Parser {
public:
    explicit Parser(ParseContext &ctx) : c_(ctx), toks_(ctx.tokens()) {}

    ast::StmtList parseFile();
    // The f-string rule: star_expressions (from "(" + expr + ")").
    ast::ExprPtr parseFstringExpr();

private:
    // ---- tokens
    const Token &tok() { return c_.fetch(pos_); }
    const Token &peekTok(size_t ahead) { return c_.fetch(pos_ + ahead); }
    TokType type() { return tok().type; }
    TokType peekType(size_t ahead) { return peekTok(ahead).type; }
    bool at(TokType t) { return type() == t; }
    bool accept(TokType t)
    {
        if (type() != t)
            return false;
        ++pos_;
        return true;
    }
    void expect(TokType t)
    {
        if (type() != t)
            fail();
        ++pos_;
    }
    [[noreturn]] void fail() { throw NoParse{}; }
    std::string nameText(const Token &t);  // identifiers, NFKC-normalised
    const Token &lastNonWs();  // py: _PyPegen_get_last_nonnwhitespace_token
    ast::Pos spanFrom(size_t startTok);
    template <class T> std::unique_ptr<T> node(size_t startTok)
    {
        auto n = std::make_unique<T>();
        n->pos = spanFrom(startTok);
        return n;
    }

    // ---- statements (parser_stmt.cpp)
    void statements(ast::StmtList &out);
    void statement(ast::StmtList &out);
    void simpleStmts(ast::StmtList &out);
    ast::StmtPtr simpleStmt();
    ast::StmtPtr assignmentOrExpr();
    ast::StmtPtr importStmt();
    ast::StmtPtr fromImportStmt();
    ast::StmtPtr compoundStmt();
    ast::StmtList block();
    ast::StmtPtr ifStmt();  // also elif (a nested If)
    ast::StmtList elseBlock();
    ast::StmtPtr whileStmt();
    ast::StmtPtr forStmt(size_t start, bool isAsync);
    ast::StmtPtr withStmt(size_t start, bool isAsync);
    bool withItems(std::vector<ast::WithItem> &items, bool parenthesized);
    ast::StmtPtr tryStmt();
    ast::StmtPtr matchStmt();
    ast::PatternPtr patterns(ast::MatchCase &c);
    ast::PatternPtr pattern(ast::MatchCase &c);
    ast::PatternPtr closedPattern(ast::MatchCase &c);
    ast::PatternPtr sequenceBody(ast::MatchCase &c, TokType close, size_t start);
    int captureSlot(ast::MatchCase &c, const std::string &name, size_t tokIndex);
    ast::StmtPtr funcDef(size_t start, bool isAsync, ast::ExprList decorators);
    ast::StmtPtr classDef(ast::ExprList decorators);
    ast::StmtPtr decorated();
    void params(ast::Arguments &args, bool lambda);
    ast::Arg param(bool lambda, bool starAnnotation);

    // ---- expressions (parser_expr.cpp)
    ast::ExprPtr starExpressions();
    ast::ExprPtr starExpression();
    ast::ExprPtr starNamedExpression();
    ast::ExprPtr namedExpression();
    ast::ExprPtr expression();
    ast::ExprPtr lambdef();
    ast::ExprPtr disjunction();
    ast::ExprPtr conjunction();
    ast::ExprPtr inversion();
    ast::ExprPtr comparison();
    ast::ExprPtr bitwiseOr();
    ast::ExprPtr bitwiseXor();
    ast::ExprPtr bitwiseAnd();
    ast::ExprPtr shiftExpr();
    ast::ExprPtr sum();
    ast::ExprPtr term();
    ast::ExprPtr factor();
    ast::ExprPtr power();
    ast::ExprPtr awaitPrimary();
    ast::ExprPtr primary();
    ast::ExprPtr atom();
    ast::ExprPtr parenAtom();
    ast::ExprPtr listAtom();
    ast::ExprPtr braceAtom();
    ast::ExprPtr slices();
    ast::ExprPtr slice();
    ast::ExprPtr yieldExpr();
    ast::ExprPtr yieldOrStarExpressions();  // annotated_rhs
    ast::ExprPtr strings();
    ast::ExprPtr number(const Token &t);
    void forIfClauses(std::vector<ast::Comprehension> &out);
    bool atComprehension();
    void callArguments(ast::ExprList &args, std::vector<ast::Keyword> &keywords, bool allowGenexp);
    ast::ExprPtr starTarget();
    ast::ExprPtr starTargets();
    void toTarget(ast::Expr &e, ast::Ctx ctx, bool allowStarred);
    bool isSingleTarget(const ast::Expr &e);

    ParseContext &c_;
    const std::vector<Token> &toks_;
    size_t pos_ = 0;
    int depth_ = 0;  // nesting guard (see parser_expr.cpp)
};

// Runs the PEG recognizer over ctx's tokens to find the error CPython 3.11
// reports for input Parser rejected. Never returns normally.
[[noreturn]] void diagnose(ParseContext &ctx, bool fstringRule);

// Parses "(" + text + ")" as an f-string replacement field expression
// (fstring_compile_expr). Throws ParseError with CPython's "f-string: ..."
// error when it does not parse.
ast::ExprPtr parseFstringField(const ParseContext &outer, std::string_view exprText, SubSource sub);

// String literals (fstring.cpp): the value of the STRING tokens
// [first, last], a Constant or a JoinedStr. Raises CPython's errors.
ast::ExprPtr parseStrings(ParseContext &ctx, size_t first, size_t last);

}  // namespace ls::parse

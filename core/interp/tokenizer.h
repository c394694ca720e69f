// The tokenizer: source text to tokens, a port of CPython 3.11's
// Parser/tokenizer.c (tok_get) so that indentation, numbers, strings and
// every error message and position come out as CPython's.
//
// CPython's parser pulls tokens one at a time, so a tokenizer error only
// surfaces when the parser asks for the bad token. We tokenize the whole
// source up front but keep that order: `tokens` ends with an ErrorToken when
// the tokenizer failed, and the parser raises `error` when it reaches it.
//
// Columns in tokens are UTF-8 byte offsets into their line, as CPython's
// (the parser converts them to code points for the AST).
#pragma once

#include "syntax_error.h"
#include "token.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ls {

// What the tokenizer knows about a failure, beyond the error itself.
struct TokenizerError {
    SyntaxErrorInfo info;
    // True for errors CPython raises inside the tokenizer (syntaxerror()):
    // `info` is final, and such an error also wins over a parser error found
    // earlier in the file. Otherwise `info` holds CPython's raw values for
    // the parser to finish: 1-based UTF-8 byte columns, and offset -1 where
    // the column is the tokenizer's position (the ErrorToken's tokCol).
    bool hard = false;
    // The innermost unclosed bracket when the tokenizer stopped (level 0:
    // none): CPython reports "'(' was never closed" from it.
    int level = 0;
    char paren = 0;
    int parenLine = 0, parenCol = 0;
};

class Tokenizer {
public:
    // `source` is UTF-8; line ends may be \n, \r\n or \r (normalised to
    // \n, and a final \n added, as CPython does). A leading BOM is skipped.
    explicit Tokenizer(std::string_view source);

    // Tokenizes everything (or up to the first error). Never throws.
    void run();

    const std::string &source() const { return src_; }
    const std::vector<Token> &tokens() const { return toks_; }
    std::vector<Token> &tokens() { return toks_; }
    const std::optional<TokenizerError> &error() const { return err_; }
    // Byte offset of the start of each line (1-based line n at lineStarts()[n-1]).
    const std::vector<uint32_t> &lineStarts() const { return lineStarts_; }
    std::string_view lineText(int line) const;  // without its '\n'
    std::string_view text(const Token &t) const { return std::string_view(src_).substr(t.start, t.end - t.start); }

private:
    static constexpr int kEOF = -1;
    static constexpr int kMaxIndent = 100;
    static constexpr int kMaxLevel = 200;
    static constexpr int kTabSize = 8;
    static constexpr int kAltTabSize = 1;

    int nextc();
    void backup(int c);
    TokType get(int &start, int &end);  // start/end: byte offsets or -1
    TokType numberToken(int c, int &start, int &end, bool fractionStart);
    TokType syntaxError(const std::string &msg);
    TokType syntaxErrorRange(const std::string &msg, int colOffset, int endColOffset);
    TokType indentError();
    bool verifyEndOfNumber(int c, const char *kind);
    int decimalTail();
    bool lookahead(const char *test);
    bool verifyIdentifier();
    int continuationLine();
    void failSoft(const char *type, const std::string &msg, int line, int col, int endLine, int endCol);

    std::string src_;
    std::vector<uint32_t> lineStarts_;
    std::vector<Token> toks_;
    std::optional<TokenizerError> err_;

    // CPython's tok_state, reduced to what a whole-buffer tokenizer needs.
    int cur_ = 0, inp_ = 0, lineStart_ = 0, buf_ = 0;
    int lineno_ = 0, firstLineno_ = 0, multiLineStart_ = 0;
    int tokStart_ = -1;
    bool atbol_ = true, eof_ = false, eofCurAtBuf_ = false;
    int pendin_ = 0, indent_ = 0;
    int indstack_[kMaxIndent] = {0}, altindstack_[kMaxIndent] = {0};
    int level_ = 0;
    char parenstack_[kMaxLevel] = {0};
    int parenlinenostack_[kMaxLevel] = {0}, parencolstack_[kMaxLevel] = {0};
    enum class Done { Ok, Eof, Error, Dedent, TabSpace, TooDeep, LineCont } done_ = Done::Ok;
};

}  // namespace ls

// py: Parser/tokenizer.c tok_get (3.11), on a buffer holding the whole
// source. Comments marked "py:" name the CPython code a piece mirrors; the
// order of checks matters because it decides which error message wins.
#include "tokenizer.h"

#include "unicode_util.h"

#include <cstdio>
#include <cstring>

namespace ls {

namespace {

bool isPotentialIdentifierStart(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

bool isPotentialIdentifierChar(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
}

bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isXDigit(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string hex4(char32_t cp)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", unsigned(cp));
    return buf;
}

}  // namespace

// ----------------------------------------------------------------- tokenizer

Tokenizer::Tokenizer(std::string_view source)
{
    // py: Parser/tokenizer.c translate_newlines (plus the file reader's BOM
    // handling): \r\n and \r become \n, and the text ends with \n.
    if (source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF")
        source.remove_prefix(3);
    src_.reserve(source.size() + 1);
    for (size_t i = 0; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\r') {
            if (i + 1 < source.size() && source[i + 1] == '\n')
                ++i;
            c = '\n';
        }
        src_ += c;
    }
    if (src_.empty() || src_.back() != '\n')
        src_ += '\n';
    lineStarts_.push_back(0);
    for (size_t i = 0; i + 1 < src_.size(); ++i) {
        if (src_[i] == '\n')
            lineStarts_.push_back(uint32_t(i + 1));
    }
}

std::string_view Tokenizer::lineText(int line) const
{
    if (line < 1 || line > int(lineStarts_.size()))
        return {};
    size_t s = lineStarts_[line - 1];
    size_t e = src_.find('\n', s);
    return std::string_view(src_).substr(s, e - s);
}

int Tokenizer::nextc()
{
    // py: tok_nextc + tok_underflow_string
    if (cur_ != inp_)
        return static_cast<unsigned char>(src_[cur_++]);
    if (done_ != Done::Ok)
        return kEOF;
    if (inp_ >= int(src_.size())) {
        done_ = Done::Eof;
        eof_ = true;
        // Reading a file, CPython empties its buffer before looking for
        // more input when no token is under way: cur == buf from here on.
        eofCurAtBuf_ = tokStart_ < 0;
        return kEOF;
    }
    ++lineno_;
    if (tokStart_ < 0)
        buf_ = cur_;
    lineStart_ = cur_;
    size_t nl = src_.find('\n', size_t(cur_));
    inp_ = int(nl) + 1;
    return static_cast<unsigned char>(src_[cur_++]);
}

void Tokenizer::backup(int c)
{
    if (c != kEOF)
        --cur_;
}

TokType Tokenizer::syntaxErrorRange(const std::string &msg, int colOffset, int endColOffset)
{
    // py: _syntaxerror_range. The column counts characters up to tok->cur.
    std::string_view line(src_);
    line = line.substr(lineStart_);
    size_t lineLen = line.find('\n');
    if (colOffset == -1)
        colOffset = codePointCount(line, size_t(cur_ - lineStart_));
    if (endColOffset == -1)
        endColOffset = colOffset;
    TokenizerError e;
    e.hard = true;
    e.info.msg = msg;
    e.info.line = lineno_;
    e.info.offset = colOffset;
    e.info.endLine = lineno_;
    e.info.endOffset = endColOffset;
    e.info.lineText = std::string(line.substr(0, lineLen));
    err_ = std::move(e);
    done_ = Done::Error;
    return TokType::ErrorToken;
}

TokType Tokenizer::syntaxError(const std::string &msg)
{
    return syntaxErrorRange(msg, -1, -1);
}

TokType Tokenizer::indentError()
{
    // py: indenterror
    done_ = Done::TabSpace;
    cur_ = inp_;
    return TokType::ErrorToken;
}

bool Tokenizer::lookahead(const char *test)
{
    // py: lookahead: does `test` follow? Consumes nothing.
    const char *s = test;
    int res = 0;
    int consumed[16];
    int n = 0;
    while (true) {
        int c = nextc();
        consumed[n++] = c;
        if (*s == 0) {
            res = !isPotentialIdentifierChar(c);
        } else if (c == *s) {
            ++s;
            continue;
        }
        break;
    }
    while (n > 0)
        backup(consumed[--n]);
    return res != 0;
}

bool Tokenizer::verifyEndOfNumber(int c, const char *kind)
{
    // py: verify_end_of_number. A number glued to a keyword that may follow
    // it ("1if x else y") is accepted (CPython warns); glued to any other
    // identifier character it is an error.
    bool r = false;
    if (c == 'a') {
        r = lookahead("nd");
    } else if (c == 'e') {
        r = lookahead("lse");
    } else if (c == 'f') {
        r = lookahead("or");
    } else if (c == 'i') {
        int c2 = nextc();
        if (c2 == 'f' || c2 == 'n' || c2 == 's')
            r = true;
        backup(c2);
    } else if (c == 'o') {
        r = lookahead("r");
    } else if (c == 'n') {
        r = lookahead("ot");
    }
    if (r) {
        // CPython emits "SyntaxWarning: invalid <kind> literal" here.
        return true;
    }
    if (c < 128 && isPotentialIdentifierChar(c)) {
        backup(c);
        syntaxError(std::string("invalid ") + kind + " literal");
        return false;
    }
    return true;
}

int Tokenizer::decimalTail()
{
    // py: tok_decimal_tail. Returns the char after the digits, 0 on error.
    int c;
    while (true) {
        do {
            c = nextc();
        } while (isDigit(c));
        if (c != '_')
            break;
        c = nextc();
        if (!isDigit(c)) {
            backup(c);
            syntaxError("invalid decimal literal");
            return 0;
        }
    }
    return c;
}

bool Tokenizer::verifyIdentifier()
{
    // py: verify_identifier. The token so far runs from tokStart_ to cur_.
    std::string_view s = std::string_view(src_).substr(tokStart_, cur_ - tokStart_);
    size_t i = 0;
    bool first = true;
    while (i < s.size()) {
        char32_t cp = decodeUtf8(s, i);
        bool ok = first ? (isXidStart(cp) || cp == '_') : isXidContinue(cp);
        first = false;
        if (!ok) {
            if (i < s.size())  // an invalid char with more after it: point just past it
                cur_ = tokStart_ + int(i);
            if (isPrintable(cp)) {
                std::string m = "invalid character '";
                appendUtf8(m, cp);
                m += "' (U+" + hex4(cp) + ")";
                syntaxError(m);
            } else {
                syntaxError("invalid non-printable character U+" + hex4(cp));
            }
            return false;
        }
    }
    return true;
}

int Tokenizer::continuationLine()
{
    // py: tok_continuation_line
    int c = nextc();
    if (c != '\n') {
        done_ = Done::LineCont;
        return -1;
    }
    c = nextc();
    if (c == kEOF) {
        done_ = Done::Eof;
        cur_ = inp_;
        return -1;
    }
    backup(c);
    return c;
}

TokType Tokenizer::numberToken(int c, int &start, int &end, bool fractionStart)
{
    // py: the "Number" part of tok_get. With fractionStart, c is the digit
    // after a leading '.'.
    if (fractionStart)
        goto fraction;
    if (c == '0') {
        c = nextc();
        if (c == 'x' || c == 'X') {
            c = nextc();
            do {
                if (c == '_')
                    c = nextc();
                if (!isXDigit(c)) {
                    backup(c);
                    return syntaxError("invalid hexadecimal literal");
                }
                do {
                    c = nextc();
                } while (isXDigit(c));
            } while (c == '_');
            if (!verifyEndOfNumber(c, "hexadecimal"))
                return TokType::ErrorToken;
        } else if (c == 'o' || c == 'O') {
            c = nextc();
            do {
                if (c == '_')
                    c = nextc();
                if (c < '0' || c >= '8') {
                    if (isDigit(c))
                        return syntaxError(std::string("invalid digit '") + char(c) + "' in octal literal");
                    backup(c);
                    return syntaxError("invalid octal literal");
                }
                do {
                    c = nextc();
                } while ('0' <= c && c < '8');
            } while (c == '_');
            if (isDigit(c))
                return syntaxError(std::string("invalid digit '") + char(c) + "' in octal literal");
            if (!verifyEndOfNumber(c, "octal"))
                return TokType::ErrorToken;
        } else if (c == 'b' || c == 'B') {
            c = nextc();
            do {
                if (c == '_')
                    c = nextc();
                if (c != '0' && c != '1') {
                    if (isDigit(c))
                        return syntaxError(std::string("invalid digit '") + char(c) + "' in binary literal");
                    backup(c);
                    return syntaxError("invalid binary literal");
                }
                do {
                    c = nextc();
                } while (c == '0' || c == '1');
            } while (c == '_');
            if (isDigit(c))
                return syntaxError(std::string("invalid digit '") + char(c) + "' in binary literal");
            if (!verifyEndOfNumber(c, "binary"))
                return TokType::ErrorToken;
        } else {
            bool nonzero = false;
            // Maybe old-style octal; in any case allow '0' as a literal.
            while (true) {
                if (c == '_') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup(c);
                        return syntaxError("invalid decimal literal");
                    }
                }
                if (c != '0')
                    break;
                c = nextc();
            }
            int zerosEnd = cur_;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
                if (c == 0)
                    return TokType::ErrorToken;
            }
            if (c == '.') {
                c = nextc();
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                backup(c);
                return syntaxErrorRange(
                    "leading zeros in decimal integer literals are not permitted; "
                    "use an 0o prefix for octal integers",
                    tokStart_ + 1 - lineStart_, zerosEnd - lineStart_);
            }
            if (!verifyEndOfNumber(c, "decimal"))
                return TokType::ErrorToken;
        }
    } else {
        c = decimalTail();
        if (c == 0)
            return TokType::ErrorToken;
        if (c == '.') {
            c = nextc();
        fraction:
            if (isDigit(c)) {
                c = decimalTail();
                if (c == 0)
                    return TokType::ErrorToken;
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!isDigit(c)) {
                    backup(c);
                    return syntaxError("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                backup(c);
                if (!verifyEndOfNumber(e, "decimal"))
                    return TokType::ErrorToken;
                backup(e);
                start = tokStart_;
                end = cur_;
                return TokType::Number;
            }
            c = decimalTail();
            if (c == 0)
                return TokType::ErrorToken;
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = nextc();
            if (!verifyEndOfNumber(c, "imaginary"))
                return TokType::ErrorToken;
        } else if (!verifyEndOfNumber(c, "decimal")) {
            return TokType::ErrorToken;
        }
    }
    backup(c);
    start = tokStart_;
    end = cur_;
    return TokType::Number;
}

TokType Tokenizer::get(int &start, int &end)
{
    int c;
    bool blankline = false;
    start = end = -1;

nextline:
    tokStart_ = -1;
    blankline = false;

    // Get indentation level
    if (atbol_) {
        int col = 0, altcol = 0;
        atbol_ = false;
        int contLineCol = 0;
        for (;;) {
            c = nextc();
            if (c == ' ') {
                ++col, ++altcol;
            } else if (c == '\t') {
                col = (col / kTabSize + 1) * kTabSize;
                altcol = (altcol / kAltTabSize + 1) * kAltTabSize;
            } else if (c == '\014') {  // Control-L (formfeed), for Emacs users
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split over lines with backslashes:
                // the first one found fixes the level of what follows.
                contLineCol = contLineCol ? contLineCol : col;
                if ((c = continuationLine()) == -1)
                    return TokType::ErrorToken;
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n')
            blankline = true;  // lines with only whitespace/comments don't count
        if (!blankline && level_ == 0) {
            col = contLineCol ? contLineCol : col;
            altcol = contLineCol ? contLineCol : altcol;
            if (col == indstack_[indent_]) {
                if (altcol != altindstack_[indent_])
                    return indentError();
            } else if (col > indstack_[indent_]) {
                if (indent_ + 1 >= kMaxIndent) {
                    done_ = Done::TooDeep;
                    cur_ = inp_;
                    return TokType::ErrorToken;
                }
                if (altcol <= altindstack_[indent_])
                    return indentError();
                ++pendin_;
                indstack_[++indent_] = col;
                altindstack_[indent_] = altcol;
            } else {
                while (indent_ > 0 && col < indstack_[indent_]) {
                    --pendin_;
                    --indent_;
                }
                if (col != indstack_[indent_]) {
                    done_ = Done::Dedent;
                    cur_ = inp_;
                    return TokType::ErrorToken;
                }
                if (altcol != altindstack_[indent_])
                    return indentError();
            }
        }
    }

    tokStart_ = cur_;
    // Return pending indents/dedents
    if (pendin_ != 0) {
        if (pendin_ < 0) {
            ++pendin_;
            return TokType::Dedent;
        }
        --pendin_;
        return TokType::Indent;
    }

again:
    tokStart_ = -1;
    // Skip spaces
    do {
        c = nextc();
    } while (c == ' ' || c == '\t' || c == '\014');

    tokStart_ = cur_ - (c == kEOF ? 0 : 1);

    // Skip comment (the NEWLINE that follows starts at the '#', as CPython's)
    if (c == '#') {
        while (c != kEOF && c != '\n')
            c = nextc();
    }

    if (c == kEOF) {
        if (level_)
            return TokType::ErrorToken;
        return done_ == Done::Eof ? TokType::EndMarker : TokType::ErrorToken;
    }

    // Identifier (most frequent token!)
    if (isPotentialIdentifierStart(c)) {
        // Process the legal combinations of b"", r"", u"", and f"".
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
                sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
                sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
                sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
                sawF = true;
            else
                break;
            c = nextc();
            if (c == '"' || c == '\'')
                goto letter_quote;
        }
        bool nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128)
                nonascii = true;
            c = nextc();
        }
        backup(c);
        if (nonascii && !verifyIdentifier())
            return TokType::ErrorToken;
        start = tokStart_;
        end = cur_;
        return TokType::Name;
    }

    // Newline
    if (c == '\n') {
        atbol_ = true;
        if (blankline || level_ > 0)
            goto nextline;
        start = tokStart_;
        end = cur_ - 1;  // leave '\n' out of the token
        return TokType::Newline;
    }

    // Period or number starting with period?
    if (c == '.') {
        c = nextc();
        if (isDigit(c))
            return numberToken(c, start, end, true);  // a float like ".5"
        if (c == '.') {
            c = nextc();
            if (c == '.') {
                start = tokStart_;
                end = cur_;
                return TokType::Ellipsis;
            }
            backup(c);
            backup('.');
        } else {
            backup(c);
        }
        start = tokStart_;
        end = cur_;
        return TokType::Dot;
    }

    // Number
    if (isDigit(c))
        return numberToken(c, start, end, false);

letter_quote:
    // String
    if (c == '\'' || c == '"') {
        int quote = c;
        int quoteSize = 1;
        int endQuoteSize = 0;
        // Multi-line strings keep the line and column they started at.
        firstLineno_ = lineno_;
        multiLineStart_ = lineStart_;

        c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote)
                quoteSize = 3;
            else
                endQuoteSize = 1;  // empty string found
        }
        if (c != quote)
            backup(c);

        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == kEOF || (quoteSize == 1 && c == '\n')) {
                // Report from the opening quote.
                cur_ = tokStart_ + 1;
                lineStart_ = multiLineStart_;
                int detected = lineno_;
                lineno_ = firstLineno_;
                if (quoteSize == 3)
                    syntaxError("unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")");
                else
                    syntaxError("unterminated string literal (detected at line " + std::to_string(detected) + ")");
                return TokType::ErrorToken;
            }
            if (c == quote) {
                ++endQuoteSize;
            } else {
                endQuoteSize = 0;
                if (c == '\\')
                    nextc();  // skip escaped char
            }
        }
        start = tokStart_;
        end = cur_;
        return TokType::String;
    }

    // Line continuation
    if (c == '\\') {
        if ((c = continuationLine()) == -1)
            return TokType::ErrorToken;
        goto again;
    }

    // Check for two-character token
    {
        int c2 = nextc();
        TokType t = tokenTwoChars(c, c2);
        if (t != TokType::Op) {
            int c3 = nextc();
            TokType t3 = tokenThreeChars(c, c2, c3);
            if (t3 != TokType::Op)
                t = t3;
            else
                backup(c3);
            start = tokStart_;
            end = cur_;
            return t;
        }
        backup(c2);
    }

    // Keep track of parentheses nesting level
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (level_ >= kMaxLevel)
            return syntaxError("too many nested parentheses");
        parenstack_[level_] = char(c);
        parenlinenostack_[level_] = lineno_;
        parencolstack_[level_] = tokStart_ - lineStart_;
        ++level_;
        break;
    case ')':
    case ']':
    case '}': {
        if (!level_)
            return syntaxError(std::string("unmatched '") + char(c) + "'");
        --level_;
        int opening = parenstack_[level_];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            std::string m = std::string("closing parenthesis '") + char(c) + "' does not match opening parenthesis '" + char(opening) + "'";
            if (parenlinenostack_[level_] != lineno_)
                m += " on line " + std::to_string(parenlinenostack_[level_]);
            return syntaxError(m);
        }
        break;
    }
    default:
        break;
    }

    if (!isPrintable(char32_t(c)))
        return syntaxError("invalid non-printable character U+" + hex4(char32_t(c)));

    // Punctuation character
    start = tokStart_;
    end = cur_;
    return tokenOneChar(c);
}

void Tokenizer::failSoft(const char *type, const std::string &msg, int line, int col, int endLine, int endCol)
{
    TokenizerError e;
    e.info.type = type;
    e.info.msg = msg;
    e.info.line = line;
    e.info.offset = col;
    e.info.endLine = endLine;
    e.info.endOffset = endCol;
    err_ = std::move(e);
}

void Tokenizer::run()
{
    toks_.reserve(src_.size() / 3 + 16);
    while (true) {
        int s = -1, e = -1;
        TokType type = get(s, e);
        Token t;
        if (type == TokType::Name)
            t.type = tokenKeywordOrName(std::string_view(src_).substr(s, e - s));
        else
            t.type = type;
        t.level = level_;
        // py: initialize_token. Strings start where their first line starts.
        int ls = type == TokType::String ? multiLineStart_ : lineStart_;
        t.line = type == TokType::String ? firstLineno_ : lineno_;
        t.endLine = lineno_;
        t.col = (s >= 0 && s >= ls) ? s - ls : -1;
        t.endCol = (e >= 0 && e >= lineStart_) ? e - lineStart_ : -1;
        t.start = s >= 0 ? uint32_t(s) : uint32_t(cur_);
        t.end = e >= 0 ? uint32_t(e) : t.start;
        t.tokLine = lineno_;
        t.tokCol = cur_ - lineStart_;
        t.tokBuf = uint32_t(buf_);
        t.curAtBufStart = eof_ && eofCurAtBuf_;
        toks_.push_back(t);
        if (type == TokType::EndMarker)
            break;
        if (type == TokType::ErrorToken) {
            if (!err_) {
                // py: Parser/pegen_errors.c _Pypegen_tokenizer_error. The
                // parser finishes these (it knows the line texts); here we
                // record the raw CPython values.
                int bufCol = cur_ - buf_ - 1;
                switch (done_) {
                case Done::Eof:
                    if (level_ > 0) {
                        failSoft("SyntaxError", std::string("'") + parenstack_[level_ - 1] + "' was never closed",
                                 parenlinenostack_[level_ - 1], parencolstack_[level_ - 1] + 1,
                                 parenlinenostack_[level_ - 1], 0);
                    } else {
                        // Placed like RAISE_SYNTAX_ERROR: at the tokenizer's position.
                        failSoft("SyntaxError", "unexpected EOF while parsing", lineno_, -1, lineno_, -1);
                    }
                    break;
                case Done::Dedent:
                    failSoft("IndentationError", "unindent does not match any outer indentation level", lineno_, -1, lineno_, -1);
                    break;
                case Done::TabSpace:
                    failSoft("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 1, lineno_, 0);
                    break;
                case Done::TooDeep:
                    failSoft("IndentationError", "too many levels of indentation", lineno_, 1, lineno_, 0);
                    break;
                case Done::LineCont:
                    failSoft("SyntaxError", "unexpected character after line continuation character", lineno_,
                             (bufCol >= 0 ? bufCol : 0) + 1, lineno_, 0);
                    break;
                default:
                    failSoft("SyntaxError", "unknown parsing error", lineno_, 1, lineno_, 0);
                    break;
                }
            }
            err_->level = level_;
            if (level_ > 0) {
                err_->paren = parenstack_[level_ - 1];
                err_->parenLine = parenlinenostack_[level_ - 1];
                err_->parenCol = parencolstack_[level_ - 1];
            }
            break;
        }
    }
}

}  // namespace ls

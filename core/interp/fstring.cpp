// String literals and f-strings.
// py: Parser/string_parser.c (3.11): _PyPegen_parsestr, decode_unicode_with_
// escapes, fstring_find_literal, fstring_find_expr, fstring_compile_expr and
// the FstringParser that concatenates adjacent literals. In 3.11 an f-string
// is one STRING token; its replacement fields are parsed afterwards, each
// from "(" + field text + ")", which is why the same quote cannot be reused
// inside and why field errors quote "(expr)".
#include "parser_p.h"

#include "unicode_names.h"
#include "unicode_util.h"

#include <cstdio>

namespace ls::parse {

using namespace ast;

namespace {

struct DecodeError {
    int start = 0, end = 0;  // in CPython's escaped buffer, see decodeEscapes
    const char *reason = "";
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// py: decode_unicode_with_escapes + _PyUnicode_DecodeUnicodeEscapeInternal.
// CPython first rewrites every non-ASCII character as "\UXXXXXXXX" (and a
// backslash before one as "\u005c"), so error positions count those as 10
// and 6 bytes: `t` tracks that position.
bool decodeEscapes(std::string_view s, std::string &out, DecodeError &err)
{
    size_t i = 0;
    int t = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            size_t j = i;
            decodeUtf8(s, j);
            out.append(s.substr(i, j - i));
            i = j;
            t += 10;
            continue;
        }
        if (c != '\\') {
            out += char(c);
            ++i;
            ++t;
            continue;
        }
        int startT = t;
        if (i + 1 >= s.size() || static_cast<unsigned char>(s[i + 1]) >= 0x80) {
            out += '\\';
            ++i;
            t += 6;
            continue;
        }
        char e = s[i + 1];
        i += 2;
        t += 2;
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'v': out += '\v'; break;
        case 'a': out += '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = unsigned(e - '0');
            for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
                v = v * 8 + unsigned(s[i] - '0');
                ++i;
                ++t;
            }
            appendUtf8(out, char32_t(v));
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < count; ++k) {
                int h = i < s.size() ? hexValue(s[i]) : -1;
                if (h < 0) {
                    err.start = startT;
                    err.end = t;
                    err.reason = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                          : "truncated \\UXXXXXXXX escape";
                    return false;
                }
                v = v * 16 + uint32_t(h);
                ++i;
                ++t;
            }
            if (v > 0x10FFFF) {
                err.start = startT;
                err.end = t;
                err.reason = "illegal Unicode character";
                return false;
            }
            appendUtf8(out, char32_t(v));
            break;
        }
        case 'N': {
            // \N{name}; DEVIATION: our name table covers common blocks only
            // (tools/gen_unicode_names.py), other names are "unknown".
            err.start = startT;
            err.reason = "malformed \\N character escape";
            if (i >= s.size()) {
                err.end = t;
                return false;
            }
            if (s[i] == '{') {
                size_t close = s.find('}', i + 1);
                if (close == std::string_view::npos) {
                    err.end = t + int(s.size() - i);  // incomplete: to the end
                    return false;
                }
                std::string_view name = s.substr(i + 1, close - i - 1);
                if (name.empty()) {
                    err.end = t + 1;  // at the '}'
                    return false;
                }
                t += int(close + 1 - i);
                i = close + 1;
                if (auto cp = lookupUnicodeName(name)) {
                    appendUtf8(out, *cp);
                    break;
                }
                err.reason = "unknown Unicode character name";
                err.end = t;
                return false;
            }
            err.end = t;
            return false;
        }
        default:
            // An invalid escape stays as it is (CPython warns).
            out += '\\';
            out += e;
            break;
        }
    }
    return true;
}

// Decodes a literal's text; raises CPython's "(unicode error) ..." error.
std::string decodeLiteral(const ParseContext &ctx, std::string_view s, bool raw)
{
    if (raw || s.find('\\') == std::string_view::npos)
        return std::string(s);
    std::string out;
    out.reserve(s.size());
    DecodeError err;
    if (decodeEscapes(s, out, err))
        return out;
    char buf[160];
    if (err.end - err.start <= 1)
        std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s",
                      err.start, err.reason);
    else
        std::snprintf(buf, sizeof buf, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                      err.start, err.end - 1, err.reason);
    ctx.raiseAtLast("SyntaxError", buf);
}

// py: FstringParser: the pieces of a (possibly concatenated) literal.
struct FstringState {
    ExprList values;
    std::string lastStr;
    bool hasLastStr = false;
    bool fmode = false;

    void concat(const std::string &s)
    {
        if (s.empty())
            return;
        lastStr += s;
        hasLastStr = true;
    }
};

class StringBuilder {
public:
    StringBuilder(ParseContext &ctx, size_t first, size_t last) : c_(ctx), first_(first), last_(last) {}

    ExprPtr run();

private:
    Pos groupPos() const { return c_.span(c_.tokens()[first_], c_.tokens()[last_]); }
    ExprPtr strNode(FstringState &st, const Pos &p);
    ExprPtr finish(FstringState &st, const Pos &p);
    void concatFstring(FstringState &st, const char *&s, const char *end, bool raw, int level, const Token &t);
    int findLiteral(const char *&s, const char *end, bool raw, int level, std::string &literal, bool &hasLiteral);
    ExprPtr findExpr(FstringState &st, const char *&s, const char *end, bool raw, int level, const Token &t);
    ExprPtr compileExpr(const char *exprStart, const char *exprEnd, const Token &t);
    [[noreturn]] void error(const std::string &msg) { c_.raiseAtLast("SyntaxError", msg); }

    ParseContext &c_;
    size_t first_, last_;
    const char *tokStart_ = nullptr;  // the current STRING token's text
};

ExprPtr StringBuilder::strNode(FstringState &st, const Pos &p)
{
    auto n = std::make_unique<Constant>();
    n->pos = p;
    n->value = std::move(st.lastStr);
    st.lastStr.clear();
    st.hasLastStr = false;
    return n;
}

ExprPtr StringBuilder::finish(FstringState &st, const Pos &p)
{
    // py: _PyPegen_FstringParser_Finish
    if (!st.fmode)
        return strNode(st, p);
    if (st.hasLastStr)
        st.values.push_back(strNode(st, p));
    auto j = std::make_unique<JoinedStr>();
    j->pos = p;
    j->values = std::move(st.values);
    return j;
}

// py: _PyBytes_DecodeEscape. Returns false with the offending backslash's
// offset for a bad \x escape.
bool decodeBytes(std::string_view s, std::string &out, size_t &badAt)
{
    for (size_t i = 0; i < s.size();) {
        char c = s[i++];
        if (c != '\\' || i >= s.size()) {
            out += c;
            continue;
        }
        char e = s[i++];
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'v': out += '\v'; break;
        case 'a': out += '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = unsigned(e - '0');
            for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k)
                v = v * 8 + unsigned(s[i++] - '0');
            out += char(v & 0xFF);  // above \377 CPython warns and keeps the low byte
            break;
        }
        case 'x':
            if (i + 1 < s.size() && hexValue(s[i]) >= 0 && hexValue(s[i + 1]) >= 0) {
                out += char(hexValue(s[i]) * 16 + hexValue(s[i + 1]));
                i += 2;
                break;
            }
            badAt = i - 2;
            return false;
        default:
            out += '\\';
            out += e;
            break;
        }
    }
    return true;
}

ExprPtr StringBuilder::run()
{
    // py: _PyPegen_concatenate_strings
    FstringState st;
    bool bytesMode = false;
    std::string bytes;
    const std::vector<Token> &toks = c_.tokens();
    for (size_t i = first_; i <= last_; ++i) {
        const Token &t = toks[i];
        std::string_view text = c_.tokenizer().text(t);
        size_t k = 0;
        bool isBytes = false, raw = false, fmode = false;
        while (k < text.size() && text[k] != '\'' && text[k] != '"') {
            char ch = char(text[k] | 0x20);
            if (ch == 'b')
                isBytes = true;
            else if (ch == 'r')
                raw = true;
            else if (ch == 'f')
                fmode = true;
            ++k;
        }
        char quote = text[k];
        size_t q = (text.size() - k >= 6 && text[k + 1] == quote && text[k + 2] == quote) ? 3 : 1;
        std::string_view body = text.substr(k + q, text.size() - k - 2 * q);
        // py: _PyPegen_parsestr decodes (and checks) before concatenation.
        std::string decoded;
        if (isBytes) {
            for (char ch : body) {
                if (static_cast<unsigned char>(ch) >= 0x80)
                    c_.raiseRange("SyntaxError", "bytes can only contain ASCII literal characters", t.line, t.col,
                                  t.endLine, t.endCol);
            }
            size_t badAt = 0;
            if (raw)
                decoded = std::string(body);
            else if (!decodeBytes(body, decoded, badAt))
                error("(value error) invalid \\x escape at position " + std::to_string(badAt));
        } else if (!fmode) {
            decoded = decodeLiteral(c_, body, raw);
        }
        if (i != first_ && bytesMode != isBytes)
            error("cannot mix bytes and nonbytes literals");
        bytesMode = isBytes;
        if (fmode) {
            tokStart_ = text.data();
            const char *s = body.data();
            concatFstring(st, s, body.data() + body.size(), raw, 0, t);
        } else if (isBytes) {
            bytes += decoded;
        } else {
            st.concat(decoded);
        }
    }
    if (bytesMode) {
        auto n = std::make_unique<Constant>();
        n->pos = groupPos();
        n->value = Bytes{std::move(bytes)};
        return n;
    }
    return finish(st, groupPos());
}

// py: _PyPegen_FstringParser_ConcatFstring
void StringBuilder::concatFstring(FstringState &st, const char *&s, const char *end, bool raw, int level, const Token &t)
{
    st.fmode = true;
    while (true) {
        std::string literal;
        bool hasLiteral = false;
        int result = findLiteral(s, end, raw, level, literal, hasLiteral);
        if (hasLiteral)
            st.concat(literal);
        if (result == 1)
            continue;  // a doubled brace: keep scanning the literal
        if (s >= end || *s == '}')
            break;  // end of the f-string, or of a nested format spec
        ExprPtr e = findExpr(st, s, end, raw, level, t);
        if (st.hasLastStr)
            st.values.push_back(strNode(st, groupPos()));
        st.values.push_back(std::move(e));
    }
    if (level == 0 && s < end - 1)
        error("f-string: unexpected end of string");
    if (level != 0 && (s >= end || *s != '}'))
        error("f-string: expecting '}'");
}

// py: fstring_find_literal. Returns 1 when it stopped at a doubled brace.
int StringBuilder::findLiteral(const char *&str, const char *end, bool raw, int level, std::string &literal,
                               bool &hasLiteral)
{
    const char *s = str;
    const char *literalStart = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // Skip "\N{name}" so its braces are not fields.
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            // Doubled braces only count at the top level, else f'{0:{3}}'
            // would read its closing braces as one.
            if (level == 0) {
                if (s < end && *s == ch) {
                    str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    str = s - 1;
                    error("f-string: single '}' is not allowed");
                }
            }
            --s;
            break;
        }
    }
    str = s;
done:
    if (literalStart != s) {
        literal = decodeLiteral(c_, std::string_view(literalStart, size_t(s - literalStart)), raw);
        hasLiteral = true;
    }
    return result;
}

// py: fstring_find_expr
ExprPtr StringBuilder::findExpr(FstringState &st, const char *&str, const char *end, bool raw, int level,
                                const Token &t)
{
    if (level >= 2)
        error("f-string: expressions nested too deeply");
    ++str;  // the '{'
    const char *exprStart = str;
    char quoteChar = 0;
    int stringType = 0;
    std::vector<char> parens;
    for (; str < end; ++str) {
        char ch = *str;
        if (ch == '\\')
            error("f-string expression part cannot include a backslash");
        if (quoteChar) {
            if (ch == quoteChar) {
                if (stringType == 3) {
                    if (str + 2 < end && str[1] == ch && str[2] == ch) {
                        str += 2;
                        stringType = 0;
                        quoteChar = 0;
                    }
                } else {
                    stringType = 0;
                    quoteChar = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (str + 2 < end && str[1] == ch && str[2] == ch) {
                stringType = 3;
                str += 2;
            } else {
                stringType = 1;
            }
            quoteChar = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (parens.size() >= 200)
                error("f-string: too many nested parenthesis");
            parens.push_back(ch);
        } else if (ch == '#') {
            error("f-string expression part cannot include '#'");
        } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (str + 1 < end) {
                char next = str[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
                    (ch == '>' && next == '=')) {
                    ++str;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (parens.empty())
                error(std::string("f-string: unmatched '") + ch + "'");
            char opening = parens.back();
            parens.pop_back();
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                error(std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" +
                      opening + "'");
        }
    }
    const char *exprEnd = str;
    if (quoteChar)
        error("f-string: unterminated string");
    if (!parens.empty())
        error(std::string("f-string: unmatched '") + parens.back() + "'");
    if (str >= end)
        error("f-string: expecting '}'");

    // The expression is compiled first, so its errors come before errors
    // in the conversion or format spec.
    auto fv = std::make_unique<FormattedValue>();
    fv->value = compileExpr(exprStart, exprEnd, t);

    bool selfDoc = false;
    if (*str == '=') {
        ++str;
        while (str < end && (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r' || *str == '\f' || *str == '\v'))
            ++str;
        if (str >= end)
            error("f-string: expecting '}'");
        // {x=}: the text up to and including '=' and the spaces after it
        // becomes part of the literal before the value.
        st.concat(std::string(exprStart, size_t(str - exprStart)));
        selfDoc = true;
    }
    int conversion = -1;
    if (*str == '!') {
        ++str;
        if (str >= end)
            error("f-string: expecting '}'");
        conversion = static_cast<unsigned char>(*str);
        ++str;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (str < end && *str == ':') {
        ++str;
        if (str >= end)
            error("f-string: expecting '}'");
        FstringState spec;
        concatFstring(spec, str, end, raw, level + 1, t);
        fv->formatSpec = finish(spec, c_.span(t, t));
    }
    if (str >= end || *str != '}')
        error("f-string: expecting '}'");
    ++str;
    if (selfDoc && !fv->formatSpec && conversion == -1)
        conversion = 'r';
    fv->conversion = conversion == -1 ? 0 : char(conversion);
    fv->pos = groupPos();
    return fv;
}

// py: fstring_compile_expr + fstring_find_expr_location
ExprPtr StringBuilder::compileExpr(const char *exprStart, const char *exprEnd, const Token &t)
{
    const char *s = exprStart;
    while (s != exprEnd && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        ++s;
    if (s == exprEnd) {
        if (*exprEnd == '!' || *exprEnd == ':' || *exprEnd == '=')
            error(std::string("f-string: expression required before '") + *exprEnd + "'");
        error("f-string: empty expression not allowed");
    }
    // Where the field sits: lines before its '{' within the token, and the
    // '{' column (the "(" of the sub-source stands in for it).
    const char *brace = exprStart - 1;
    int lines = 0;
    for (const char *p = tokStart_; p < brace; ++p)
        lines += *p == '\n';
    bool newlineAfterBrace = true;
    for (const char *p = exprStart; p < exprEnd && *p != '}' && *p != '\n'; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newlineAfterBrace = false;
            break;
        }
    }
    int cols = 0;
    if (!newlineAfterBrace) {
        const char *p = brace;
        while (p > tokStart_ && *p != '\n')
            --p;
        cols = int(brace - p);
        if (*p == '\n')
            cols -= 1;
    }
    SubSource sub;
    sub.lineOffset = t.line + lines - 1;
    sub.firstLineCol = lines != 0 ? cols : t.col + cols;
    return parseFstringField(c_, std::string_view(exprStart, size_t(exprEnd - exprStart)), sub);
}

}  // namespace

ExprPtr parseStrings(ParseContext &ctx, size_t first, size_t last)
{
    StringBuilder b(ctx, first, last);
    return b.run();
}

ExprPtr parseFstringField(const ParseContext &outer, std::string_view exprText, SubSource sub)
{
    std::string src;
    src.reserve(exprText.size() + 2);
    src += '(';
    src += exprText;
    src += ')';
    Tokenizer tz(src);
    tz.run();
    ParseContext ctx(tz, outer.filename(), &outer, sub);
    try {
        try {
            Parser p(ctx);
            return p.parseFstringExpr();
        } catch (NoParse &) {
            ctx.setFill(0);
            diagnose(ctx, true);
        }
    } catch (ParseError &e) {
        // Settled within the field; the file's own checks still apply.
        ParseError err = ctx.checkRestOfSource(std::move(e));
        err.settled = false;
        throw err;
    }
}

}  // namespace ls::parse

// Token types and the operator/keyword tables.
// py: Parser/token.c (generated from Grammar/Tokens) and the keyword list of
// Parser/parser.c (3.11).
#include "token.h"

namespace ls {

namespace {

// py: Parser/token.c PyToken_OneChar / TwoChars / ThreeChars
TokType oneChar(int c)
{
    switch (c) {
    case '%': return TokType::Percent;
    case '&': return TokType::Amper;
    case '(': return TokType::LPar;
    case ')': return TokType::RPar;
    case '*': return TokType::Star;
    case '+': return TokType::Plus;
    case ',': return TokType::Comma;
    case '-': return TokType::Minus;
    case '.': return TokType::Dot;
    case '/': return TokType::Slash;
    case ':': return TokType::Colon;
    case ';': return TokType::Semi;
    case '<': return TokType::Less;
    case '=': return TokType::Equal;
    case '>': return TokType::Greater;
    case '@': return TokType::At;
    case '[': return TokType::LSqb;
    case ']': return TokType::RSqb;
    case '^': return TokType::Circumflex;
    case '{': return TokType::LBrace;
    case '|': return TokType::VBar;
    case '}': return TokType::RBrace;
    case '~': return TokType::Tilde;
    default: return TokType::Op;
    }
}

TokType twoChars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return TokType::NotEqual; break;
    case '%': if (c2 == '=') return TokType::PercentEqual; break;
    case '&': if (c2 == '=') return TokType::AmperEqual; break;
    case '*':
        if (c2 == '*') return TokType::DoubleStar;
        if (c2 == '=') return TokType::StarEqual;
        break;
    case '+': if (c2 == '=') return TokType::PlusEqual; break;
    case '-':
        if (c2 == '=') return TokType::MinEqual;
        if (c2 == '>') return TokType::RArrow;
        break;
    case '/':
        if (c2 == '/') return TokType::DoubleSlash;
        if (c2 == '=') return TokType::SlashEqual;
        break;
    case ':': if (c2 == '=') return TokType::ColonEqual; break;
    case '<':
        if (c2 == '<') return TokType::LeftShift;
        if (c2 == '=') return TokType::LessEqual;
        if (c2 == '>') return TokType::NotEqual;  // "<>": only Barry as FLUFL accepts it
        break;
    case '=': if (c2 == '=') return TokType::EqEqual; break;
    case '>':
        if (c2 == '=') return TokType::GreaterEqual;
        if (c2 == '>') return TokType::RightShift;
        break;
    case '@': if (c2 == '=') return TokType::AtEqual; break;
    case '^': if (c2 == '=') return TokType::CircumflexEqual; break;
    case '|': if (c2 == '=') return TokType::VBarEqual; break;
    }
    return TokType::Op;
}

TokType threeChars(int c1, int c2, int c3)
{
    if (c3 == '=') {
        if (c1 == '*' && c2 == '*') return TokType::DoubleStarEqual;
        if (c1 == '/' && c2 == '/') return TokType::DoubleSlashEqual;
        if (c1 == '<' && c2 == '<') return TokType::LeftShiftEqual;
        if (c1 == '>' && c2 == '>') return TokType::RightShiftEqual;
    }
    if (c1 == '.' && c2 == '.' && c3 == '.')
        return TokType::Ellipsis;
    return TokType::Op;
}

struct Keyword {
    const char *text;
    TokType type;
};
constexpr Keyword kKeywords[] = {
    {"False", TokType::KwFalse}, {"None", TokType::KwNone}, {"True", TokType::KwTrue},
    {"and", TokType::KwAnd}, {"as", TokType::KwAs}, {"assert", TokType::KwAssert},
    {"async", TokType::KwAsync}, {"await", TokType::KwAwait}, {"break", TokType::KwBreak},
    {"class", TokType::KwClass}, {"continue", TokType::KwContinue}, {"def", TokType::KwDef},
    {"del", TokType::KwDel}, {"elif", TokType::KwElif}, {"else", TokType::KwElse},
    {"except", TokType::KwExcept}, {"finally", TokType::KwFinally}, {"for", TokType::KwFor},
    {"from", TokType::KwFrom}, {"global", TokType::KwGlobal}, {"if", TokType::KwIf},
    {"import", TokType::KwImport}, {"in", TokType::KwIn}, {"is", TokType::KwIs},
    {"lambda", TokType::KwLambda}, {"nonlocal", TokType::KwNonlocal}, {"not", TokType::KwNot},
    {"or", TokType::KwOr}, {"pass", TokType::KwPass}, {"raise", TokType::KwRaise},
    {"return", TokType::KwReturn}, {"try", TokType::KwTry}, {"while", TokType::KwWhile},
    {"with", TokType::KwWith}, {"yield", TokType::KwYield},
};

TokType keywordOrName(std::string_view s)
{
    if (s.size() < 2 || s.size() > 8)
        return TokType::Name;
    for (const Keyword &k : kKeywords) {
        if (s == k.text)
            return k.type;
    }
    return TokType::Name;
}

}  // namespace

const char *tokTypeName(TokType t)
{
    switch (t) {
    case TokType::EndMarker: return "ENDMARKER";
    case TokType::Name: return "NAME";
    case TokType::Number: return "NUMBER";
    case TokType::String: return "STRING";
    case TokType::Newline: return "NEWLINE";
    case TokType::Indent: return "INDENT";
    case TokType::Dedent: return "DEDENT";
    case TokType::ErrorToken: return "ERRORTOKEN";
    default:
        if (t >= TokType::KwFalse && t <= TokType::KwYield)
            return kKeywords[int(t) - int(TokType::KwFalse)].text;
        return "OP";
    }
}

TokType tokenOneChar(int c) { return oneChar(c); }
TokType tokenTwoChars(int c1, int c2) { return twoChars(c1, c2); }
TokType tokenThreeChars(int c1, int c2, int c3) { return threeChars(c1, c2, c3); }
TokType tokenKeywordOrName(std::string_view s) { return keywordOrName(s); }

}  // namespace ls

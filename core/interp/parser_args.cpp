// The AST parser: call arguments, parameters, assignment targets and
// literals (Grammar/python.gram 3.11: "FUNCTION CALL ARGUMENTS",
// "Function parameters", "ASSIGNMENT TARGETS").
#include "parser_p.h"

#include <charconv>
#include <cmath>

namespace ls::parse {

using namespace ast;

namespace {

bool startsAtom(TokType t)
{
    switch (t) {
    case TokType::Name: case TokType::Number: case TokType::String:
    case TokType::LPar: case TokType::LSqb: case TokType::LBrace:
    case TokType::Ellipsis: case TokType::KwTrue: case TokType::KwFalse: case TokType::KwNone:
        return true;
    default:
        return false;
    }
}

template <class T> std::unique_ptr<T> make(const Pos &p)
{
    auto n = std::make_unique<T>();
    n->pos = p;
    return n;
}

}  // namespace

// '(' [arguments] ')' of a call, or of a class's bases; with allowGenexp
// also primary genexp: f(x for x in y).
void Parser::callArguments(ExprList &args, std::vector<Keyword> &keywords, bool allowGenexp)
{
    size_t open = pos_;
    expect(TokType::LPar);
    int phase = 0;  // 0: positional, 1: after a keyword, 2: after **
    bool first = true;
    while (!at(TokType::RPar)) {
        size_t start = pos_;
        if (at(TokType::Star)) {
            if (phase == 2)
                fail();
            ++pos_;
            auto s = std::make_unique<Starred>();
            s->value = expression();
            s->pos = spanFrom(start);
            args.push_back(std::move(s));
        } else if (at(TokType::DoubleStar)) {
            ++pos_;
            Keyword k;
            k.value = expression();
            k.pos = spanFrom(start);
            keywords.push_back(std::move(k));
            phase = 2;
        } else if (at(TokType::Name) && peekType(1) == TokType::Equal) {
            Keyword k;
            k.arg = nameText(tok());
            pos_ += 2;
            k.value = expression();
            k.pos = spanFrom(start);
            keywords.push_back(std::move(k));
            if (phase == 0)
                phase = 1;
        } else {
            if (phase != 0)
                fail();
            ExprPtr e = namedExpression();
            if (at(TokType::Equal))
                fail();
            if (allowGenexp && first && atComprehension()) {
                auto g = std::make_unique<GeneratorExp>();
                g->elt = std::move(e);
                forIfClauses(g->generators);
                expect(TokType::RPar);
                g->pos = spanFrom(open);
                args.push_back(std::move(g));
                return;
            }
            args.push_back(std::move(e));
        }
        first = false;
        if (!accept(TokType::Comma))
            break;
    }
    expect(TokType::RPar);
}


// params / lambda_params. One pass over the parameter list with the
// grammar's ordering rules: positional (with defaults once one has a
// default), '/', '*' [NAME] then keyword-only (defaults optional), '**' NAME
// last. Trailing commas are allowed except after a bare '*'.
void Parser::params(Arguments &args, bool lambda)
{
    TokType end = lambda ? TokType::Colon : TokType::RPar;
    std::vector<Arg> plain;
    bool seenSlash = false, seenStar = false, seenDefault = false;
    while (!at(end)) {
        if (at(TokType::Slash)) {
            if (seenStar || seenSlash || plain.empty())
                fail();
            ++pos_;
            seenSlash = true;
            args.posonlyargs = std::move(plain);
            plain.clear();
        } else if (at(TokType::Star)) {
            if (seenStar)
                fail();
            ++pos_;
            seenStar = true;
            if (at(TokType::Name)) {
                args.vararg = param(lambda, !lambda);
            } else {
                // A bare '*' must be followed by a keyword-only parameter.
                if (!accept(TokType::Comma) || !at(TokType::Name))
                    fail();
                continue;
            }
        } else if (at(TokType::DoubleStar)) {
            ++pos_;
            if (!at(TokType::Name))
                fail();
            args.kwarg = param(lambda, false);
            accept(TokType::Comma);
            break;
        } else if (at(TokType::Name)) {
            Arg a = param(lambda, false);
            ExprPtr dflt;
            if (accept(TokType::Equal))
                dflt = expression();
            if (seenStar) {
                args.kwonlyargs.push_back(std::move(a));
                args.kwDefaults.push_back(std::move(dflt));
            } else {
                if (dflt) {
                    seenDefault = true;
                    args.defaults.push_back(std::move(dflt));
                } else if (seenDefault) {
                    fail();  // non-default argument follows default argument
                }
                plain.push_back(std::move(a));
            }
        } else {
            fail();
        }
        if (!accept(TokType::Comma))
            break;
    }
    if (!at(end))
        fail();
    args.args = std::move(plain);
}

// param: NAME annotation?  (star_annotation for *args: ':' star_expression)
Arg Parser::param(bool lambda, bool starAnnotation)
{
    size_t start = pos_;
    Arg a;
    a.name = nameText(tok());
    ++pos_;
    if (!lambda && accept(TokType::Colon))
        a.annotation = starAnnotation ? starExpression() : expression();
    a.pos = spanFrom(start);
    return a;
}

// ---------------------------------------------------------------- targets

bool Parser::isSingleTarget(const Expr &e)
{
    return e.kind == ExprKind::Name || e.kind == ExprKind::Attribute || e.kind == ExprKind::Subscript;
}

// Checks that an expression parsed as such is a valid target (star_targets,
// del_targets) and sets its context.
void Parser::toTarget(Expr &e, Ctx ctx, bool allowStarred)
{
    switch (e.kind) {
    case ExprKind::Name: e.as<Name>().ctx = ctx; return;
    case ExprKind::Attribute: e.as<Attribute>().ctx = ctx; return;
    case ExprKind::Subscript: e.as<Subscript>().ctx = ctx; return;
    case ExprKind::Tuple:
    case ExprKind::List: {
        ExprList &elts = e.kind == ExprKind::Tuple ? e.as<Tuple>().elts : e.as<List>().elts;
        for (auto &el : elts)
            toTarget(*el, ctx, allowStarred);
        if (e.kind == ExprKind::Tuple)
            e.as<Tuple>().ctx = ctx;
        else
            e.as<List>().ctx = ctx;
        return;
    }
    case ExprKind::Starred: {
        if (!allowStarred)
            fail();
        auto &s = e.as<Starred>();
        if (s.value->kind == ExprKind::Starred)
            fail();
        toTarget(*s.value, ctx, allowStarred);
        s.ctx = ctx;
        return;
    }
    default:
        fail();
    }
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
ExprPtr Parser::starTarget()
{
    size_t start = pos_;
    if (accept(TokType::Star)) {
        if (at(TokType::Star))
            fail();
        auto s = std::make_unique<Starred>();
        s->value = primary();
        toTarget(*s->value, Ctx::Store, true);
        s->ctx = Ctx::Store;
        s->pos = spanFrom(start);
        return s;
    }
    ExprPtr e = primary();
    toTarget(*e, Ctx::Store, true);
    return e;
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
ExprPtr Parser::starTargets()
{
    size_t start = pos_;
    ExprPtr first = starTarget();
    if (!at(TokType::Comma))
        return first;
    auto t = std::make_unique<Tuple>();
    t->ctx = Ctx::Store;
    t->elts.push_back(std::move(first));
    while (accept(TokType::Comma)) {
        if (!at(TokType::Star) && !startsAtom(type()))
            break;
        t->elts.push_back(starTarget());
    }
    t->pos = spanFrom(start);
    return t;
}

// ---------------------------------------------------------------- literals

namespace {

// Decimal digits of an integer literal in base 2, 8 or 16 (too big for int64).
std::string toDecimal(std::string_view digits, int base)
{
    std::vector<uint32_t> limbs;  // little-endian base 1e9
    for (char ch : digits) {
        int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
        uint64_t carry = uint64_t(d);
        for (auto &l : limbs) {
            uint64_t v = uint64_t(l) * uint64_t(base) + carry;
            l = uint32_t(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(uint32_t(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    if (limbs.empty())
        return "0";
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

}  // namespace

ExprPtr Parser::number(const Token &t)
{
    std::string_view raw = c_.tokenizer().text(t);
    std::string s;
    s.reserve(raw.size());
    for (char ch : raw) {
        if (ch != '_')
            s += ch;
    }
    auto n = make<Constant>(c_.span(t, t));
    char last = s.back();
    if (last == 'j' || last == 'J')
        c_.raiseRange("SyntaxError", "imaginary literals are not supported", t.line, t.col, t.endLine, t.endCol);
    int base = 10;
    std::string_view digits = s;
    char prefix = s.size() > 1 && s[0] == '0' ? char(s[1] | 0x20) : 0;
    if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
        base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
        digits.remove_prefix(2);
    }
    bool isFloat = base == 10 && s.find_first_of(".eE") != std::string::npos;
    if (isFloat) {
        double v = 0;
        auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec == std::errc::result_out_of_range) {
            // Too big is inf, too small is 0.0, as CPython's float().
            size_t e = s.find_first_of("eE");
            bool negExp = e != std::string::npos && e + 1 < s.size() && s[e + 1] == '-';
            bool anyDigit = s.find_first_of("123456789") < (e == std::string::npos ? s.size() : e);
            v = (negExp || !anyDigit) ? 0.0 : HUGE_VAL;
        }
        n->value = v;
        return n;
    }
    size_t nz = digits.find_first_not_of('0');
    digits = nz == std::string_view::npos ? std::string_view("0") : digits.substr(nz);
    uint64_t v = 0;
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
    if (r.ec == std::errc() && v <= uint64_t(INT64_MAX))
        n->value = int64_t(v);
    else
        n->value = BigInt{base == 10 ? std::string(digits) : toDecimal(digits, base)};
    return n;
}

// strings: STRING+ (adjacent literals are one constant or f-string)
ExprPtr Parser::strings()
{
    size_t first = pos_;
    while (at(TokType::String))
        ++pos_;
    return parseStrings(c_, first, pos_ - 1);
}

// The f-string rule: the field text arrives as "(" + text + ")", so it is
// one atom followed by the end.
ExprPtr Parser::parseFstringExpr()
{
    ExprPtr e = starExpressions();
    return e;
}

}  // namespace ls::parse

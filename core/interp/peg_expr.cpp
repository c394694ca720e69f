// The PEG recognizer: expression and target rules of Grammar/python.gram
// (3.11), in grammar order. Left-recursive rules (bitwise_or, ..., primary,
// t_primary) are loops, which read the same tokens as pegen's seed growing.
#include "peg_p.h"

namespace ls::parse {

using ast::CmpOpKind;
using ast::ExprKind;

// expressions: expression (',' expression)+ [','] | expression ',' | expression
RNode *PegRecognizer::expressions()
{
    int start = mark_;
    R a = expression();
    if (!a)
        return nullptr;
    if (!is(TokType::Comma))
        return a;
    R t = mk(ExprKind::Tuple, start);
    t->elts.push_back(a);
    while (true) {
        int m = mark_;
        if (!expect(TokType::Comma))
            break;
        R e = expression();
        if (!e) {
            mark_ = m;
            opt([&] { return expect(TokType::Comma); });
            break;
        }
        t->elts.push_back(e);
    }
    R r = mk(ExprKind::Tuple, start);
    r->elts = std::move(t->elts);
    return r;
}

// expression (memo): invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
RNode *PegRecognizer::expression()
{
    return memo(M_expression, [&]() -> R {
        int m = mark_;
        if (callInvalid_) {
            if (R r = invalid_expression())
                return r;
            mark_ = m;
            if (R r = invalid_legacy_expression())
                return r;
            mark_ = m;
        }
        if (disjunction() && expect(TokType::KwIf) && disjunction() && expect(TokType::KwElse) && expression())
            return mk(ExprKind::IfExp, m);
        mark_ = m;
        if (R r = disjunction())
            return r;
        mark_ = m;
        return lambdef();
    });
}

// expression_without_invalid: the same without the invalid_ alternatives,
// nor invalid rules below it. As in pegen, the memo is kept: results
// memoized in here are reused later with invalid rules on, and vice versa.
RNode *PegRecognizer::expression_without_invalid()
{
    bool saved = callInvalid_;
    callInvalid_ = false;
    int m = mark_;
    R r = nullptr;
    if (disjunction() && expect(TokType::KwIf) && disjunction() && expect(TokType::KwElse) && expression()) {
        r = mk(ExprKind::IfExp, m);
    } else {
        mark_ = m;
        r = disjunction();
        if (!r) {
            mark_ = m;
            r = lambdef();
        }
    }
    callInvalid_ = saved;
    return r;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
RNode *PegRecognizer::yield_expr()
{
    int m = mark_;
    if (expect(TokType::KwYield) && expect(TokType::KwFrom) && expression())
        return mk(ExprKind::YieldFrom, m);
    mark_ = m;
    if (expect(TokType::KwYield)) {
        opt([&] { return star_expressions(); });
        return mk(ExprKind::Yield, m);
    }
    mark_ = m;
    return nullptr;
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
RNode *PegRecognizer::star_expressions()
{
    int start = mark_;
    R a = star_expression();
    if (!a)
        return nullptr;
    std::vector<R> elts{a};
    bool comma = false;
    while (true) {
        int m = mark_;
        if (!expect(TokType::Comma))
            break;
        comma = true;
        R e = star_expression();
        if (!e) {
            mark_ = m;
            break;
        }
        elts.push_back(e);
    }
    if (!comma)
        return a;
    opt([&] { return expect(TokType::Comma); });
    R t = mk(ExprKind::Tuple, start);
    t->elts = std::move(elts);
    return t;
}

// star_expression (memo): '*' bitwise_or | expression
RNode *PegRecognizer::star_expression()
{
    return memo(M_star_expression, [&]() -> R {
        int m = mark_;
        if (expect(TokType::Star)) {
            if (R v = bitwise_or()) {
                R s = mk(ExprKind::Starred, m);
                s->value = v;
                return s;
            }
        }
        mark_ = m;
        return expression();
    });
}

// star_named_expressions: ','.star_named_expression+ [',']
RNode *PegRecognizer::star_named_expressions(std::vector<R> *out)
{
    std::vector<R> elts;
    if (!gather(TokType::Comma, [&] { return star_named_expression(); }, &elts))
        return nullptr;
    opt([&] { return expect(TokType::Comma); });
    if (out)
        *out = elts;
    return elts.back();
}

// star_named_expression: '*' bitwise_or | named_expression
RNode *PegRecognizer::star_named_expression()
{
    int m = mark_;
    if (expect(TokType::Star)) {
        if (R v = bitwise_or()) {
            R s = mk(ExprKind::Starred, m);
            s->value = v;
            return s;
        }
    }
    mark_ = m;
    return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
RNode *PegRecognizer::assignment_expression()
{
    int m = mark_;
    if (expect(TokType::Name) && expect(TokType::ColonEqual)) {
        if (expression())
            return mk(ExprKind::NamedExpr, m);
    }
    mark_ = m;
    return nullptr;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
RNode *PegRecognizer::named_expression()
{
    int m = mark_;
    if (R r = assignment_expression())
        return r;
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_named_expression())
            return r;
        mark_ = m;
    }
    R e = expression();
    if (e && !lookahead([&] { return expect(TokType::ColonEqual); }))
        return e;
    mark_ = m;
    return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
RNode *PegRecognizer::disjunction()
{
    return memo(M_disjunction, [&]() -> R {
        int m = mark_;
        R a = conjunction();
        if (!a)
            return nullptr;
        int n = loop0([&] { return expect(TokType::KwOr) && conjunction(); });
        return n ? mk(ExprKind::BoolOp, m) : a;
    });
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
RNode *PegRecognizer::conjunction()
{
    return memo(M_conjunction, [&]() -> R {
        int m = mark_;
        R a = inversion();
        if (!a)
            return nullptr;
        int n = loop0([&] { return expect(TokType::KwAnd) && inversion(); });
        return n ? mk(ExprKind::BoolOp, m) : a;
    });
}

// inversion (memo): 'not' inversion | comparison
RNode *PegRecognizer::inversion()
{
    return memo(M_inversion, [&]() -> R {
        int m = mark_;
        if (expect(TokType::KwNot)) {
            if (++depth_ > 3000)
                raiseLast("too many nested expressions");
            R r = inversion();
            --depth_;
            if (r)
                return mk(ExprKind::UnaryOp, m);
        }
        mark_ = m;
        return comparison();
    });
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
RNode *PegRecognizer::comparison()
{
    int m = mark_;
    R a = bitwise_or();
    if (!a)
        return nullptr;
    CmpOpKind first = CmpOpKind::Eq;
    int n = 0;
    while (true) {
        int m2 = mark_;
        CmpOpKind op;
        if (!compare_op_bitwise_or_pair(op)) {
            mark_ = m2;
            break;
        }
        if (n++ == 0)
            first = op;
    }
    if (!n)
        return a;
    R c = mk(ExprKind::Compare, m);
    c->value = a;
    c->firstOp = first;
    return c;
}

RNode *PegRecognizer::compare_op_bitwise_or_pair(CmpOpKind &op)
{
    int m = mark_;
    const Token &t = peek();
    switch (t.type) {
    case TokType::EqEqual: op = CmpOpKind::Eq; break;
    case TokType::NotEqual:
        if (c_.tokenizer().text(t) != "!=")
            return nullptr;
        op = CmpOpKind::NotEq;
        break;
    case TokType::LessEqual: op = CmpOpKind::LtE; break;
    case TokType::Less: op = CmpOpKind::Lt; break;
    case TokType::GreaterEqual: op = CmpOpKind::GtE; break;
    case TokType::Greater: op = CmpOpKind::Gt; break;
    case TokType::KwNot:
        ++mark_;
        if (!expect(TokType::KwIn)) {
            mark_ = m;
            return nullptr;
        }
        op = CmpOpKind::NotIn;
        --mark_;
        break;
    case TokType::KwIn: op = CmpOpKind::In; break;
    case TokType::KwIs:
        // isnot_bitwise_or before is_bitwise_or
        ++mark_;
        if (expect(TokType::KwNot)) {
            if (R r = bitwise_or()) {
                op = CmpOpKind::IsNot;
                return r;
            }
        }
        mark_ = m + 1;
        op = CmpOpKind::Is;
        if (R r = bitwise_or())
            return r;
        mark_ = m;
        return nullptr;
    default:
        return nullptr;
    }
    ++mark_;
    if (R r = bitwise_or())
        return r;
    mark_ = m;
    return nullptr;
}

// The binary operator levels (left-recursive in the grammar).
#define LS_PEG_BINARY(NAME, NEXT, COND)                                 \
    RNode *PegRecognizer::NAME()                                        \
    {                                                                   \
        return memo(M_##NAME, [&]() -> R { return NAME##Body(); });     \
    }                                                                   \
    RNode *PegRecognizer::NAME##Body()                                  \
    {                                                                   \
        int m = mark_;                                                  \
        R a = NEXT();                                                   \
        if (!a)                                                         \
            return nullptr;                                             \
        while (true) {                                                  \
            int m2 = mark_;                                             \
            TokType t = peek().type;                                    \
            if (!(COND)) {                                              \
                break;                                                  \
            }                                                           \
            ++mark_;                                                    \
            if (!NEXT()) {                                              \
                mark_ = m2;                                             \
                break;                                                  \
            }                                                           \
            a = mk(ExprKind::BinOp, m);                                 \
        }                                                               \
        return a;                                                       \
    }

LS_PEG_BINARY(bitwise_xor, bitwise_and, t == TokType::Circumflex)
LS_PEG_BINARY(bitwise_and, shift_expr, t == TokType::Amper)
LS_PEG_BINARY(shift_expr, sum, t == TokType::LeftShift || t == TokType::RightShift)
LS_PEG_BINARY(sum, term, t == TokType::Plus || t == TokType::Minus)
LS_PEG_BINARY(term, factor,
              t == TokType::Star || t == TokType::Slash || t == TokType::DoubleSlash || t == TokType::Percent ||
                  t == TokType::At)

#undef LS_PEG_BINARY

RNode *PegRecognizer::bitwise_or()
{
    return memo(M_bitwise_or, [&]() -> R {
        int m = mark_;
        R a = bitwise_xor();
        if (!a)
            return nullptr;
        while (true) {
            int m2 = mark_;
            if (!expect(TokType::VBar))
                break;
            if (!bitwise_xor()) {
                mark_ = m2;
                break;
            }
            a = mk(ExprKind::BinOp, m);
        }
        return a;
    });
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
RNode *PegRecognizer::factor()
{
    return memo(M_factor, [&]() -> R {
        int m = mark_;
        TokType t = peek().type;
        if (t == TokType::Plus || t == TokType::Minus || t == TokType::Tilde) {
            ++mark_;
            if (++depth_ > 3000)
                raiseLast("too many nested expressions");
            R r = factor();
            --depth_;
            if (r)
                return mk(ExprKind::UnaryOp, m);
            mark_ = m;
        }
        return power();
    });
}

// power: await_primary '**' factor | await_primary
RNode *PegRecognizer::power()
{
    int m = mark_;
    R a = await_primary();
    if (!a)
        return nullptr;
    int m2 = mark_;
    if (expect(TokType::DoubleStar) && factor())
        return mk(ExprKind::BinOp, m);
    mark_ = m2;
    return a;
}

// await_primary (memo): AWAIT primary | primary
RNode *PegRecognizer::await_primary()
{
    return memo(M_await_primary, [&]() -> R {
        int m = mark_;
        if (expect(TokType::KwAwait) && primary())
            return mk(ExprKind::Await, m);
        mark_ = m;
        return primary();
    });
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
RNode *PegRecognizer::primary()
{
    return memo(M_primary, [&]() -> R {
        int m = mark_;
        R a = atom();
        if (!a)
            return nullptr;
        while (true) {
            int m2 = mark_;
            if (expect(TokType::Dot) && name()) {
                a = mk(ExprKind::Attribute, m);
                continue;
            }
            mark_ = m2;
            if (R g = genexp()) {
                a = mk(ExprKind::Call, m);
                a->elts.push_back(g);
                continue;
            }
            mark_ = m2;
            if (expect(TokType::LPar)) {
                R args = nullptr;
                int m3 = mark_;
                args = arguments();
                if (!args)
                    mark_ = m3;
                if (expect(TokType::RPar)) {
                    a = mk(ExprKind::Call, m);
                    if (args) {
                        a->elts = args->elts;
                        a->kwUnpack = args->kwUnpack;
                    }
                    continue;
                }
            }
            mark_ = m2;
            if (expect(TokType::LSqb) && slices() && expect(TokType::RSqb)) {
                a = mk(ExprKind::Subscript, m);
                continue;
            }
            mark_ = m2;
            return a;
        }
    });
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
RNode *PegRecognizer::slices()
{
    int m = mark_;
    if (R s = slice()) {
        if (!lookahead([&] { return expect(TokType::Comma); }))
            return s;
    }
    mark_ = m;
    if (gather(TokType::Comma, [&]() -> R {
            int m2 = mark_;
            if (R s = slice())
                return s;
            mark_ = m2;
            return starred_expression();
        })) {
        opt([&] { return expect(TokType::Comma); });
        return mk(ExprKind::Tuple, m);
    }
    mark_ = m;
    return nullptr;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
RNode *PegRecognizer::slice()
{
    int m = mark_;
    opt([&] { return expression(); });
    if (expect(TokType::Colon)) {
        opt([&] { return expression(); });
        opt([&] {
            if (!expect(TokType::Colon))
                return false;
            opt([&] { return expression(); });
            return true;
        });
        return mk(ExprKind::Slice, m);
    }
    mark_ = m;
    return named_expression();
}

// atom
RNode *PegRecognizer::atom()
{
    int m = mark_;
    const Token &t = peek();
    switch (t.type) {
    case TokType::Name:
        return name();
    case TokType::KwTrue:
    case TokType::KwFalse:
    case TokType::KwNone:
    case TokType::Ellipsis: {
        ++mark_;
        R c = mk(ExprKind::Constant, m);
        c->constKind = t.type == TokType::KwTrue    ? RNode::True
                       : t.type == TokType::KwFalse ? RNode::False
                       : t.type == TokType::KwNone  ? RNode::None
                                                    : RNode::Ellipsis;
        return c;
    }
    case TokType::String:
        return strings();
    case TokType::Number:
        ++mark_;
        return mk(ExprKind::Constant, m);
    case TokType::LPar:
        if (R r = tuple())
            return r;
        mark_ = m;
        if (R r = group())
            return r;
        mark_ = m;
        if (R r = genexp())
            return r;
        mark_ = m;
        return nullptr;
    case TokType::LSqb:
        if (R r = list())
            return r;
        mark_ = m;
        if (R r = listcomp())
            return r;
        mark_ = m;
        return nullptr;
    case TokType::LBrace:
        if (R r = dict())
            return r;
        mark_ = m;
        if (R r = set())
            return r;
        mark_ = m;
        if (R r = dictcomp())
            return r;
        mark_ = m;
        if (R r = setcomp())
            return r;
        mark_ = m;
        return nullptr;
    default:
        return nullptr;
    }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
RNode *PegRecognizer::group()
{
    int m = mark_;
    if (expect(TokType::LPar)) {
        int m2 = mark_;
        R a = yield_expr();
        if (!a) {
            mark_ = m2;
            a = named_expression();
        }
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_group())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
RNode *PegRecognizer::lambdef()
{
    int m = mark_;
    if (expect(TokType::KwLambda)) {
        opt([&] { return lambda_params(); });
        if (expect(TokType::Colon) && expression())
            return mk(ExprKind::Lambda, m);
    }
    mark_ = m;
    return nullptr;
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
RNode *PegRecognizer::lambda_params()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_lambda_parameters())
            return r;
        mark_ = m;
    }
    return lambda_parameters();
}

RNode *PegRecognizer::lambda_parameters()
{
    int m = mark_;
    auto pnd = [&] { return lambda_param_no_default(); };
    auto pwd = [&] { return lambda_param_with_default(); };
    auto starEtc = [&] { opt([&] { return lambda_star_etc(); }); };
    if (lambda_slash_no_default()) {
        loop0(pnd);
        loop0(pwd);
        starEtc();
        return &ok_;
    }
    mark_ = m;
    if (lambda_slash_with_default()) {
        loop0(pwd);
        starEtc();
        return &ok_;
    }
    mark_ = m;
    if (loop0(pnd) > 0) {
        loop0(pwd);
        starEtc();
        return &ok_;
    }
    mark_ = m;
    if (loop0(pwd) > 0) {
        starEtc();
        return &ok_;
    }
    mark_ = m;
    if (lambda_star_etc())
        return &ok_;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_slash_no_default()
{
    int m = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        mark_ = m;
        if (loop0([&] { return lambda_param_no_default(); }) > 0 && expect(TokType::Slash)) {
            if (alt == 0 ? expect(TokType::Comma) != nullptr : lookahead([&] { return expect(TokType::Colon); }))
                return &ok_;
        }
    }
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_slash_with_default()
{
    int m = mark_;
    for (int alt = 0; alt < 2; ++alt) {
        mark_ = m;
        loop0([&] { return lambda_param_no_default(); });
        if (loop0([&] { return lambda_param_with_default(); }) > 0 && expect(TokType::Slash)) {
            if (alt == 0 ? expect(TokType::Comma) != nullptr : lookahead([&] { return expect(TokType::Colon); }))
                return &ok_;
        }
    }
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_star_etc()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_lambda_star_etc())
            return r;
        mark_ = m;
    }
    if (expect(TokType::Star) && lambda_param_no_default()) {
        loop0([&] { return lambda_param_maybe_default(); });
        opt([&] { return lambda_kwds(); });
        return &ok_;
    }
    mark_ = m;
    if (expect(TokType::Star) && expect(TokType::Comma) &&
        loop0([&] { return lambda_param_maybe_default(); }) > 0) {
        opt([&] { return lambda_kwds(); });
        return &ok_;
    }
    mark_ = m;
    if (lambda_kwds())
        return &ok_;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_kwds()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_lambda_kwds())
            return r;
        mark_ = m;
    }
    if (expect(TokType::DoubleStar) && lambda_param_no_default())
        return &ok_;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_param_no_default()
{
    int m = mark_;
    R p = lambda_param();
    if (p && expect(TokType::Comma))
        return p;
    mark_ = m;
    p = lambda_param();
    if (p && lookahead([&] { return expect(TokType::Colon); }))
        return p;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_param_with_default()
{
    int m = mark_;
    R p = lambda_param();
    if (p && default_() && expect(TokType::Comma))
        return p;
    mark_ = m;
    p = lambda_param();
    if (p && default_() && lookahead([&] { return expect(TokType::Colon); }))
        return p;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_param_maybe_default()
{
    int m = mark_;
    R p = lambda_param();
    if (p) {
        opt([&] { return default_(); });
        if (expect(TokType::Comma))
            return p;
    }
    mark_ = m;
    p = lambda_param();
    if (p) {
        opt([&] { return default_(); });
        if (lookahead([&] { return expect(TokType::Colon); }))
            return p;
    }
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::lambda_param()
{
    int m = mark_;
    if (expect(TokType::Name))
        return mk(ExprKind::Name, m);
    return nullptr;
}

// strings (memo): STRING+  (the literal is decoded, as CPython's action does)
RNode *PegRecognizer::strings()
{
    return memo(M_strings, [&]() -> R {
        int m = mark_;
        if (loop0([&] { return expect(TokType::String); }) == 0)
            return nullptr;
        peek();  // STRING+ looked at the token after the last string
        ast::ExprPtr e = parseStrings(c_, size_t(m), size_t(mark_ - 1));
        return mk(e->kind, m);
    });
}

// list: '[' [star_named_expressions] ']'
RNode *PegRecognizer::list()
{
    int m = mark_;
    if (expect(TokType::LSqb)) {
        std::vector<R> elts;
        opt([&] { return star_named_expressions(&elts); });
        if (expect(TokType::RSqb)) {
            R l = mk(ExprKind::List, m);
            l->elts = std::move(elts);
            return l;
        }
    }
    mark_ = m;
    return nullptr;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
RNode *PegRecognizer::tuple()
{
    int m = mark_;
    if (expect(TokType::LPar)) {
        std::vector<R> elts;
        opt([&] {
            R a = star_named_expression();
            if (!a || !expect(TokType::Comma))
                return false;
            elts.push_back(a);
            std::vector<R> more;
            opt([&] { return star_named_expressions(&more); });
            elts.insert(elts.end(), more.begin(), more.end());
            return true;
        });
        if (expect(TokType::RPar)) {
            R t = mk(ExprKind::Tuple, m);
            t->elts = std::move(elts);
            return t;
        }
    }
    mark_ = m;
    return nullptr;
}

// set: '{' star_named_expressions '}'
RNode *PegRecognizer::set()
{
    int m = mark_;
    if (expect(TokType::LBrace) && star_named_expressions() && expect(TokType::RBrace))
        return mk(ExprKind::Set, m);
    mark_ = m;
    return nullptr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
RNode *PegRecognizer::dict()
{
    int m = mark_;
    if (expect(TokType::LBrace)) {
        opt([&] { return double_starred_kvpairs(); });
        if (expect(TokType::RBrace))
            return mk(ExprKind::Dict, m);
    }
    mark_ = m;
    // pegen only skips alternatives that are a lone invalid_ rule in the
    // first pass: this one runs in both passes.
    if (expect(TokType::LBrace) && invalid_double_starred_kvpairs() && expect(TokType::RBrace))
        return mk(ExprKind::Dict, m);
    mark_ = m;
    return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
RNode *PegRecognizer::double_starred_kvpairs()
{
    if (!gather(TokType::Comma, [&] { return double_starred_kvpair(); }))
        return nullptr;
    opt([&] { return expect(TokType::Comma); });
    return &ok_;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
RNode *PegRecognizer::double_starred_kvpair()
{
    int m = mark_;
    if (expect(TokType::DoubleStar) && bitwise_or())
        return &ok_;
    mark_ = m;
    return kvpair();
}

// kvpair: expression ':' expression
RNode *PegRecognizer::kvpair()
{
    int m = mark_;
    if (expression() && expect(TokType::Colon) && expression())
        return &ok_;
    mark_ = m;
    return nullptr;
}

// for_if_clauses: for_if_clause+ (the node's lastItem: the last clause's last part)
RNode *PegRecognizer::for_if_clauses()
{
    R last = nullptr;
    int n = loop0([&] {
        R c = for_if_clause();
        if (c)
            last = c;
        return c;
    });
    if (!n)
        return nullptr;
    RNode &r = nodes_.emplace_back();
    r.lastItem = last->lastItem;
    return &r;
}

// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
RNode *PegRecognizer::for_if_clause()
{
    int m = mark_;
    for (int async = 1; async >= 0; --async) {
        mark_ = m;
        if (async && !expect(TokType::KwAsync))
            continue;
        if (expect(TokType::KwFor) && star_targets() && expect(TokType::KwIn)) {
            R iter = disjunction();
            if (!iter) {
                mark_ = m;
                return nullptr;  // cut
            }
            R last = iter;
            loop0([&] {
                if (!expect(TokType::KwIf))
                    return false;
                R c = disjunction();
                if (c)
                    last = c;
                return c != nullptr;
            });
            RNode &r = nodes_.emplace_back();
            r.lastItem = last;
            return &r;
        }
    }
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_for_target())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
RNode *PegRecognizer::listcomp()
{
    int m = mark_;
    if (expect(TokType::LSqb) && named_expression() && for_if_clauses() && expect(TokType::RSqb))
        return mk(ExprKind::ListComp, m);
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_comprehension())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
RNode *PegRecognizer::setcomp()
{
    int m = mark_;
    if (expect(TokType::LBrace) && named_expression() && for_if_clauses() && expect(TokType::RBrace))
        return mk(ExprKind::SetComp, m);
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_comprehension())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
RNode *PegRecognizer::genexp()
{
    int m = mark_;
    if (expect(TokType::LPar)) {
        int m2 = mark_;
        R a = assignment_expression();
        if (!a) {
            mark_ = m2;
            a = expression();
            if (a && lookahead([&] { return expect(TokType::ColonEqual); }))
                a = nullptr;
        }
        if (a && for_if_clauses() && expect(TokType::RPar))
            return mk(ExprKind::GeneratorExp, m);
    }
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_comprehension())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
RNode *PegRecognizer::dictcomp()
{
    int m = mark_;
    if (expect(TokType::LBrace) && kvpair() && for_if_clauses() && expect(TokType::RBrace))
        return mk(ExprKind::DictComp, m);
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_dict_comprehension())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// arguments (memo): args [','] &')' | invalid_arguments
RNode *PegRecognizer::arguments()
{
    return memo(M_arguments, [&]() -> R {
        int m = mark_;
        if (R a = args()) {
            opt([&] { return expect(TokType::Comma); });
            if (lookahead([&] { return expect(TokType::RPar); }))
                return a;
        }
        mark_ = m;
        if (callInvalid_) {
            if (R r = invalid_arguments())
                return r;
            mark_ = m;
        }
        return nullptr;
    });
}

// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
RNode *PegRecognizer::args()
{
    int m = mark_;
    std::vector<R> elts;
    auto positional = [&]() -> R {
        int m2 = mark_;
        if (R s = starred_expression())
            return s;
        mark_ = m2;
        R e = assignment_expression();
        if (!e) {
            mark_ = m2;
            e = expression();
            if (e && lookahead([&] { return expect(TokType::ColonEqual); }))
                e = nullptr;
        }
        if (e && !lookahead([&] { return expect(TokType::Equal); }))
            return e;
        mark_ = m2;
        return nullptr;
    };
    auto fromKwargs = [&](const std::vector<R> &items, R call) {
        for (R it : items) {
            if (it->keyword == 0)
                call->elts.push_back(it);
            else if (it->keyword == 2)
                call->kwUnpack = true;
        }
    };
    if (gather(TokType::Comma, positional, &elts)) {
        std::vector<R> kw;
        opt([&] { return expect(TokType::Comma) && kwargs(&kw); });
        R call = mk(ExprKind::Call, m);
        call->elts = elts;
        fromKwargs(kw, call);
        return call;
    }
    mark_ = m;
    std::vector<R> kw;
    if (kwargs(&kw)) {
        R call = mk(ExprKind::Call, m);
        fromKwargs(kw, call);
        return call;
    }
    mark_ = m;
    return nullptr;
}

// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//       | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
RNode *PegRecognizer::kwargs(std::vector<R> *out)
{
    int m = mark_;
    std::vector<R> a, b;
    auto kos = [&] { return kwarg_or_starred(); };
    auto kods = [&] { return kwarg_or_double_starred(); };
    if (gather(TokType::Comma, kos, &a) && expect(TokType::Comma) && gather(TokType::Comma, kods, &b)) {
        if (out) {
            *out = a;
            out->insert(out->end(), b.begin(), b.end());
        }
        return &ok_;
    }
    mark_ = m;
    a.clear();
    if (gather(TokType::Comma, kos, &a)) {
        if (out)
            *out = a;
        return &ok_;
    }
    mark_ = m;
    b.clear();
    if (gather(TokType::Comma, kods, &b)) {
        if (out)
            *out = b;
        return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// starred_expression: '*' expression
RNode *PegRecognizer::starred_expression()
{
    int m = mark_;
    if (expect(TokType::Star)) {
        if (R v = expression()) {
            R s = mk(ExprKind::Starred, m);
            s->value = v;
            return s;
        }
    }
    mark_ = m;
    return nullptr;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
RNode *PegRecognizer::kwarg_or_starred()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_kwarg())
            return r;
        mark_ = m;
    }
    if (expect(TokType::Name) && expect(TokType::Equal) && expression()) {
        R k = mk(ExprKind::Name, m);
        k->keyword = 1;
        return k;
    }
    mark_ = m;
    return starred_expression();
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
RNode *PegRecognizer::kwarg_or_double_starred()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_kwarg())
            return r;
        mark_ = m;
    }
    if (expect(TokType::Name) && expect(TokType::Equal) && expression()) {
        R k = mk(ExprKind::Name, m);
        k->keyword = 1;
        return k;
    }
    mark_ = m;
    if (expect(TokType::DoubleStar) && expression()) {
        R k = mk(ExprKind::Name, m);
        k->keyword = 2;
        return k;
    }
    mark_ = m;
    return nullptr;
}

// ------------------------------------------------------------------ targets

// star_targets: star_target !',' | star_target (',' star_target)* [',']
RNode *PegRecognizer::star_targets()
{
    int m = mark_;
    R a = star_target();
    if (!a)
        return nullptr;
    if (!lookahead([&] { return expect(TokType::Comma); }))
        return a;
    loop0([&] { return expect(TokType::Comma) && star_target(); });
    opt([&] { return expect(TokType::Comma); });
    return mk(ExprKind::Tuple, m);
}

// star_targets_list_seq: ','.star_target+ [',']
RNode *PegRecognizer::star_targets_list_seq()
{
    if (!gather(TokType::Comma, [&] { return star_target(); }))
        return nullptr;
    opt([&] { return expect(TokType::Comma); });
    return &ok_;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
RNode *PegRecognizer::star_targets_tuple_seq()
{
    int m = mark_;
    if (star_target() && loop0([&] { return expect(TokType::Comma) && star_target(); }) > 0) {
        opt([&] { return expect(TokType::Comma); });
        return &ok_;
    }
    mark_ = m;
    if (star_target() && expect(TokType::Comma))
        return &ok_;
    mark_ = m;
    return nullptr;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
RNode *PegRecognizer::star_target()
{
    return memo(M_star_target, [&]() -> R {
        int m = mark_;
        if (expect(TokType::Star) && !lookahead([&] { return expect(TokType::Star); })) {
            if (star_target())
                return mk(ExprKind::Starred, m);
        }
        mark_ = m;
        return target_with_star_atom();
    });
}

// target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
//     | t_primary '[' slices ']' !t_lookahead | star_atom
RNode *PegRecognizer::target_with_star_atom()
{
    return memo(M_target_with_star_atom, [&]() -> R {
        int m = mark_;
        if (t_primary() && expect(TokType::Dot) && name() && !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Attribute, m);
        mark_ = m;
        if (t_primary() && expect(TokType::LSqb) && slices() && expect(TokType::RSqb) &&
            !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Subscript, m);
        mark_ = m;
        return star_atom();
    });
}

// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//          | '[' [star_targets_list_seq] ']'
RNode *PegRecognizer::star_atom()
{
    int m = mark_;
    if (R n = name())
        return n;
    if (expect(TokType::LPar)) {
        R a = target_with_star_atom();
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    if (expect(TokType::LPar)) {
        opt([&] { return star_targets_tuple_seq(); });
        if (expect(TokType::RPar))
            return mk(ExprKind::Tuple, m);
    }
    mark_ = m;
    if (expect(TokType::LSqb)) {
        opt([&] { return star_targets_list_seq(); });
        if (expect(TokType::RSqb))
            return mk(ExprKind::List, m);
    }
    mark_ = m;
    return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
RNode *PegRecognizer::single_target()
{
    int m = mark_;
    if (R r = single_subscript_attribute_target())
        return r;
    mark_ = m;
    if (R n = name())
        return n;
    if (expect(TokType::LPar)) {
        R a = single_target();
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    return nullptr;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
RNode *PegRecognizer::single_subscript_attribute_target()
{
    int m = mark_;
    if (t_primary() && expect(TokType::Dot) && name() && !lookahead([&] { return t_lookahead(); }))
        return mk(ExprKind::Attribute, m);
    mark_ = m;
    if (t_primary() && expect(TokType::LSqb) && slices() && expect(TokType::RSqb) &&
        !lookahead([&] { return t_lookahead(); }))
        return mk(ExprKind::Subscript, m);
    mark_ = m;
    return nullptr;
}

// t_primary: t_primary ('.' NAME | '[' slices ']' | genexp | '(' [arguments] ')') &t_lookahead
//          | atom &t_lookahead
RNode *PegRecognizer::t_primary()
{
    return memo(M_t_primary, [&]() -> R {
        int m = mark_;
        R a = atom();
        if (!a || !lookahead([&] { return t_lookahead(); })) {
            mark_ = m;
            return nullptr;
        }
        while (true) {
            int m2 = mark_;
            if (expect(TokType::Dot) && name() && lookahead([&] { return t_lookahead(); })) {
                a = mk(ExprKind::Attribute, m);
                continue;
            }
            mark_ = m2;
            if (expect(TokType::LSqb) && slices() && expect(TokType::RSqb) && lookahead([&] { return t_lookahead(); })) {
                a = mk(ExprKind::Subscript, m);
                continue;
            }
            mark_ = m2;
            if (genexp() && lookahead([&] { return t_lookahead(); })) {
                a = mk(ExprKind::Call, m);
                continue;
            }
            mark_ = m2;
            if (expect(TokType::LPar)) {
                opt([&] { return arguments(); });
                if (expect(TokType::RPar) && lookahead([&] { return t_lookahead(); })) {
                    a = mk(ExprKind::Call, m);
                    continue;
                }
            }
            mark_ = m2;
            return a;
        }
    });
}

// t_lookahead: '(' | '[' | '.'
bool PegRecognizer::t_lookahead()
{
    TokType t = peek().type;
    if (t == TokType::LPar || t == TokType::LSqb || t == TokType::Dot) {
        ++mark_;
        return true;
    }
    return false;
}

// del_targets: ','.del_target+ [',']
RNode *PegRecognizer::del_targets()
{
    if (!gather(TokType::Comma, [&] { return del_target(); }))
        return nullptr;
    opt([&] { return expect(TokType::Comma); });
    return &ok_;
}

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
RNode *PegRecognizer::del_target()
{
    return memo(M_del_target, [&]() -> R {
        int m = mark_;
        if (t_primary() && expect(TokType::Dot) && name() && !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Attribute, m);
        mark_ = m;
        if (t_primary() && expect(TokType::LSqb) && slices() && expect(TokType::RSqb) &&
            !lookahead([&] { return t_lookahead(); }))
            return mk(ExprKind::Subscript, m);
        mark_ = m;
        return del_t_atom();
    });
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
RNode *PegRecognizer::del_t_atom()
{
    int m = mark_;
    if (R n = name())
        return n;
    if (expect(TokType::LPar)) {
        R a = del_target();
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    if (expect(TokType::LPar)) {
        opt([&] { return del_targets(); });
        if (expect(TokType::RPar))
            return mk(ExprKind::Tuple, m);
    }
    mark_ = m;
    if (expect(TokType::LSqb)) {
        opt([&] { return del_targets(); });
        if (expect(TokType::RSqb))
            return mk(ExprKind::List, m);
    }
    mark_ = m;
    return nullptr;
}

}  // namespace ls::parse

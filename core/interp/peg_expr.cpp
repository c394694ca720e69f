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

}  // namespace ls::parse

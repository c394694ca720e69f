// The PEG recognizer: groups, lambdas, strings, displays, comprehensions and
// call arguments of Grammar/python.gram (3.11), in grammar order.
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

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

}  // namespace ls::parse

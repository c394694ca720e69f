// The PEG recognizer: the invalid_* rules of Grammar/python.gram (3.11),
// which only run in the second pass and raise CPython's specific messages.
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

namespace {
enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };
const char *kGenexpParens = "Generator expression must be parenthesized";
const char *kMaybeEq = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
}  // namespace

// invalid_arguments
RNode *PegRecognizer::invalid_arguments()
{
    int m = mark_;
    // CPython 3.11.7 (after 3.11.2's python.gram):
    // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
    //   | kwargs) ',' a='*'   -> at the '*'
    {
        bool head = false;
        int s = mark_;
        std::vector<R> elts;
        if (gather(TokType::Comma, [&]() -> R {
                int m2 = mark_;
                if (R st = starred_expression())
                    return st;
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
            }, &elts) &&
            expect(TokType::Comma) && kwargs())
            head = true;
        if (!head) {
            mark_ = s;
            head = kwargs() != nullptr;
        }
        if (head && expect(TokType::Comma) && expect(TokType::Star))
            raiseAt(tokNode(mark_ - 1), "iterable argument unpacking follows keyword argument unpacking");
    }
    mark_ = m;
    // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
    if (R a = expression()) {
        if (R b = for_if_clauses()) {
            if (expect(TokType::Comma)) {
                opt([&] {
                    int m2 = mark_;
                    if (args())
                        return true;
                    mark_ = m2;
                    return expression() && for_if_clauses();
                });
                raiseRange(a, b->lastItem, kGenexpParens);
            }
        }
    }
    mark_ = m;
    // a=NAME b='=' expression for_if_clauses
    if (R a = name()) {
        if (expect(TokType::Equal) && expression() && for_if_clauses())
            raiseRange(a, tokNode(m + 1), kMaybeEq);
    }
    mark_ = m;
    // a=args b=for_if_clauses
    if (R a = args()) {
        if (R b = for_if_clauses()) {
            // py: _PyPegen_nonparen_genexp_in_call: f(x for x in y) alone is fine
            if (a->elts.size() > 1)
                raiseRange(a->elts.back(), b->lastItem, kGenexpParens);
        }
    }
    mark_ = m;
    // args ',' a=expression b=for_if_clauses
    if (args() && expect(TokType::Comma)) {
        if (R a = expression()) {
            if (R b = for_if_clauses())
                raiseRange(a, b->lastItem, kGenexpParens);
        }
    }
    mark_ = m;
    // a=args ',' args
    if (R a = args()) {
        if (expect(TokType::Comma) && args()) {
            // py: _PyPegen_arguments_parsing_error
            raiseLast(a->kwUnpack ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_kwarg
RNode *PegRecognizer::invalid_kwarg()
{
    int m = mark_;
    // a=('True'|'False'|'None') b='='
    if (expect(TokType::KwTrue) || expect(TokType::KwFalse) || expect(TokType::KwNone)) {
        if (expect(TokType::Equal)) {
            std::string kw(c_.tokenizer().text(tokAt(m)));
            raiseRange(tokNode(m), tokNode(m + 1), "cannot assign to " + kw);
        }
    }
    mark_ = m;
    // a=NAME b='=' expression for_if_clauses
    if (R a = name()) {
        if (expect(TokType::Equal) && expression() && for_if_clauses())
            raiseRange(a, tokNode(m + 1), kMaybeEq);
    }
    mark_ = m;
    // !(NAME '=') a=expression b='='
    if (!lookahead([&] { return expect(TokType::Name) && expect(TokType::Equal); })) {
        if (R a = expression()) {
            if (expect(TokType::Equal))
                raiseRange(a, tokNode(mark_ - 1), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
    }
    mark_ = m;
    return nullptr;
}

namespace {
bool isLegacy(std::string_view s) { return s == "print" || s == "exec"; }
}  // namespace

// invalid_legacy_expression: a=NAME !'(' b=star_expressions
RNode *PegRecognizer::invalid_legacy_expression()
{
    int m = mark_;
    if (R a = name()) {
        if (!lookahead([&] { return expect(TokType::LPar); })) {
            if (R b = star_expressions()) {
                if (isLegacy(a->name)) {
                    std::string n(a->name);
                    raiseRange(a, b, "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?");
                }
                return nullptr;
            }
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_expression
RNode *PegRecognizer::invalid_expression()
{
    int m = mark_;
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    bool excluded = lookahead([&] {
        int s = mark_;
        if (expect(TokType::Name) && expect(TokType::String))
            return true;
        mark_ = s;
        return isSoftKeyword(peek());
    });
    if (!excluded) {
        if (R a = disjunction()) {
            if (R b = expression_without_invalid()) {
                bool legacy = a->kind == ExprKind::Name && isLegacy(a->name);
                if (!legacy && tokAt(mark_ - 1).level != 0)
                    raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                return nullptr;
            }
        }
    }
    mark_ = m;
    // a=disjunction 'if' b=disjunction !('else'|':')
    if (R a = disjunction()) {
        if (expect(TokType::KwIf)) {
            if (R b = disjunction()) {
                if (!lookahead([&] { return expect(TokType::KwElse) || expect(TokType::Colon); }))
                    raiseRange(a, b, "expected 'else' after 'if' expression");
            }
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_named_expression (memo)
RNode *PegRecognizer::invalid_named_expression()
{
    return memo(M_invalid_named_expression, [&]() -> R {
        int m = mark_;
        // a=expression ':=' expression
        if (R a = expression()) {
            if (expect(TokType::ColonEqual) && expression())
                raiseAt(a, std::string("cannot use assignment expressions with ") + exprName(a));
        }
        mark_ = m;
        auto notAssignNext = [&] {
            return !lookahead([&] { return expect(TokType::Equal) || expect(TokType::ColonEqual); });
        };
        // a=NAME '=' b=bitwise_or !('='|':=')
        if (R a = name()) {
            if (expect(TokType::Equal)) {
                if (R b = bitwise_or()) {
                    if (notAssignNext())
                        raiseRange(a, b, kMaybeEq);
                }
            }
        }
        mark_ = m;
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        bool excluded = lookahead([&]() -> bool {
            int s = mark_;
            if (list())
                return true;
            mark_ = s;
            if (tuple())
                return true;
            mark_ = s;
            if (genexp())
                return true;
            mark_ = s;
            return expect(TokType::KwTrue) || expect(TokType::KwNone) || expect(TokType::KwFalse);
        });
        if (!excluded) {
            if (R a = bitwise_or()) {
                if (expect(TokType::Equal) && bitwise_or() && notAssignNext())
                    raiseAt(a, std::string("cannot assign to ") + exprName(a) +
                                   " here. Maybe you meant '==' instead of '='?");
            }
        }
        mark_ = m;
        return nullptr;
    });
}

// invalid_assignment
RNode *PegRecognizer::invalid_assignment()
{
    int m = mark_;
    // a=invalid_ann_assign_target ':' expression
    if (R a = invalid_ann_assign_target()) {
        if (expect(TokType::Colon) && expression())
            raiseAt(a, std::string("only single target (not ") + exprName(a) + ") can be annotated");
    }
    mark_ = m;
    // a=star_named_expression ',' star_named_expressions* ':' expression
    if (R a = star_named_expression()) {
        if (expect(TokType::Comma)) {
            loop0([&] { return star_named_expressions(); });
            if (expect(TokType::Colon) && expression())
                raiseAt(a, "only single target (not tuple) can be annotated");
        }
    }
    mark_ = m;
    // a=expression ':' expression
    if (R a = expression()) {
        if (expect(TokType::Colon) && expression())
            raiseAt(a, "illegal target for annotation");
    }
    mark_ = m;
    auto targetsEq = [&] { loop0([&] { return star_targets() && expect(TokType::Equal); }); };
    // (star_targets '=')* a=star_expressions '='
    targetsEq();
    if (R a = star_expressions()) {
        if (expect(TokType::Equal))
            raiseInvalidTarget(STAR_TARGETS, a);
    }
    mark_ = m;
    // (star_targets '=')* a=yield_expr '='
    targetsEq();
    if (R a = yield_expr()) {
        if (expect(TokType::Equal))
            raiseAt(a, "assignment to yield expression not possible");
    }
    mark_ = m;
    // a=star_expressions augassign (yield_expr | star_expressions)
    if (R a = star_expressions()) {
        if (augassign()) {
            int m2 = mark_;
            bool rhs = yield_expr() != nullptr;
            if (!rhs) {
                mark_ = m2;
                rhs = star_expressions() != nullptr;
            }
            if (rhs)
                raiseAt(a, std::string("'") + exprName(a) + "' is an illegal expression for augmented assignment");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
RNode *PegRecognizer::invalid_ann_assign_target()
{
    int m = mark_;
    if (R r = list())
        return r;
    mark_ = m;
    if (R r = tuple())
        return r;
    mark_ = m;
    if (expect(TokType::LPar)) {
        R a = invalid_ann_assign_target();
        if (a && expect(TokType::RPar))
            return a;
    }
    mark_ = m;
    return nullptr;
}

// invalid_del_stmt: 'del' a=star_expressions
RNode *PegRecognizer::invalid_del_stmt()
{
    int m = mark_;
    if (expect(TokType::KwDel)) {
        if (R a = star_expressions())
            raiseInvalidTarget(DEL_TARGETS, a);
    }
    mark_ = m;
    return nullptr;
}

// invalid_block: NEWLINE !INDENT
RNode *PegRecognizer::invalid_block()
{
    int m = mark_;
    if (expect(TokType::Newline) && !lookahead([&] { return expect(TokType::Indent); }))
        raiseLast("expected an indented block", "IndentationError");
    mark_ = m;
    return nullptr;
}

// invalid_comprehension
RNode *PegRecognizer::invalid_comprehension()
{
    int m = mark_;
    // ('[' | '(' | '{') a=starred_expression for_if_clauses
    if (expect(TokType::LSqb) || expect(TokType::LPar) || expect(TokType::LBrace)) {
        if (R a = starred_expression()) {
            if (for_if_clauses())
                raiseAt(a, "iterable unpacking cannot be used in comprehension");
        }
    }
    mark_ = m;
    // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
    if (expect(TokType::LSqb) || expect(TokType::LBrace)) {
        if (R a = star_named_expression()) {
            if (expect(TokType::Comma)) {
                if (R b = star_named_expressions()) {
                    if (for_if_clauses())
                        raiseRange(a, b, "did you forget parentheses around the comprehension target?");
                }
            }
        }
    }
    mark_ = m;
    // ('[' | '{') a=star_named_expression b=',' for_if_clauses
    if (expect(TokType::LSqb) || expect(TokType::LBrace)) {
        if (R a = star_named_expression()) {
            if (expect(TokType::Comma)) {
                R b = tokNode(mark_ - 1);
                if (for_if_clauses())
                    raiseRange(a, b, "did you forget parentheses around the comprehension target?");
            }
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
RNode *PegRecognizer::invalid_dict_comprehension()
{
    int m = mark_;
    if (expect(TokType::LBrace) && expect(TokType::DoubleStar)) {
        R a = tokNode(mark_ - 1);
        if (bitwise_or() && for_if_clauses() && expect(TokType::RBrace))
            raiseAt(a, "dict unpacking cannot be used in dict comprehension");
    }
    mark_ = m;
    return nullptr;
}

// invalid_parameters
RNode *PegRecognizer::invalid_parameters()
{
    int m = mark_;
    auto pnd = [&] { return param_no_default(); };
    auto pmd = [&] { return param_maybe_default(); };
    // param_no_default* invalid_parameters_helper a=param_no_default
    loop0(pnd);
    if (invalid_parameters_helper()) {
        if (R a = param_no_default())
            raiseAt(a, "non-default argument follows default argument");
    }
    mark_ = m;
    // param_no_default* a='(' param_no_default+ ','? b=')'
    loop0(pnd);
    if (expect(TokType::LPar)) {
        R a = tokNode(mark_ - 1);
        if (loop0(pnd) > 0) {
            opt([&] { return expect(TokType::Comma); });
            if (expect(TokType::RPar))
                raiseRange(a, tokNode(mark_ - 1), "Function parameters cannot be parenthesized");
        }
    }
    mark_ = m;
    // a="/" ','
    if (expect(TokType::Slash) && expect(TokType::Comma))
        raiseAt(tokNode(m), "at least one argument must precede /");
    mark_ = m;
    auto slash = [&]() -> bool {
        int s = mark_;
        if (slash_no_default())
            return true;
        mark_ = s;
        return slash_with_default() != nullptr;
    };
    // (slash_no_default | slash_with_default) param_maybe_default* a='/'
    if (slash()) {
        loop0(pmd);
        if (expect(TokType::Slash))
            raiseAt(tokNode(mark_ - 1), "/ may appear only once");
    }
    mark_ = m;
    // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
    //     param_maybe_default* a='/'
    opt(slash);
    loop0(pmd);
    if (expect(TokType::Star) && (expect(TokType::Comma) || param_no_default())) {
        loop0(pmd);
        if (expect(TokType::Slash))
            raiseAt(tokNode(mark_ - 1), "/ must be ahead of *");
    }
    mark_ = m;
    // param_maybe_default+ '/' a='*'
    if (loop0(pmd) > 0 && expect(TokType::Slash) && expect(TokType::Star))
        raiseAt(tokNode(mark_ - 1), "expected comma between / and *");
    mark_ = m;
    return nullptr;
}

// invalid_default: a='=' &(')'|',')
RNode *PegRecognizer::invalid_default()
{
    int m = mark_;
    if (expect(TokType::Equal) && lookahead([&] { return expect(TokType::RPar) || expect(TokType::Comma); }))
        raiseAt(tokNode(m), "expected default value expression");
    mark_ = m;
    return nullptr;
}

// invalid_star_etc
RNode *PegRecognizer::invalid_star_etc()
{
    int m = mark_;
    // a='*' (')' | ',' (')' | '**'))
    if (expect(TokType::Star)) {
        if (expect(TokType::RPar) || (expect(TokType::Comma) && (expect(TokType::RPar) || expect(TokType::DoubleStar))))
            raiseAt(tokNode(m), "named arguments must follow bare *");
    }
    mark_ = m;
    // '*' ',' TYPE_COMMENT: no type comments here, but the token is read.
    if (expect(TokType::Star) && expect(TokType::Comma))
        peek();
    mark_ = m;
    // '*' param a='='
    if (expect(TokType::Star) && param() && expect(TokType::Equal))
        raiseAt(tokNode(mark_ - 1), "var-positional argument cannot have default value");
    mark_ = m;
    // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
    if (expect(TokType::Star) && (param_no_default() || expect(TokType::Comma))) {
        loop0([&] { return param_maybe_default(); });
        if (expect(TokType::Star)) {
            R a = tokNode(mark_ - 1);
            if (param_no_default() || expect(TokType::Comma))
                raiseAt(a, "* argument may appear only once");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_kwds
RNode *PegRecognizer::invalid_kwds()
{
    int m = mark_;
    if (expect(TokType::DoubleStar) && param() && expect(TokType::Equal))
        raiseAt(tokNode(mark_ - 1), "var-keyword argument cannot have default value");
    mark_ = m;
    if (expect(TokType::DoubleStar) && param() && expect(TokType::Comma)) {
        if (R a = param())
            raiseAt(a, "arguments cannot follow var-keyword argument");
    }
    mark_ = m;
    if (expect(TokType::DoubleStar) && param() && expect(TokType::Comma)) {
        if (expect(TokType::Star) || expect(TokType::DoubleStar) || expect(TokType::Slash))
            raiseAt(tokNode(mark_ - 1), "arguments cannot follow var-keyword argument");
    }
    mark_ = m;
    return nullptr;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
RNode *PegRecognizer::invalid_parameters_helper()
{
    int m = mark_;
    if (slash_with_default())
        return &ok_;
    mark_ = m;
    if (loop0([&] { return param_with_default(); }) > 0)
        return &ok_;
    mark_ = m;
    return nullptr;
}

// invalid_lambda_parameters
RNode *PegRecognizer::invalid_lambda_parameters()
{
    int m = mark_;
    auto pnd = [&] { return lambda_param_no_default(); };
    auto pmd = [&] { return lambda_param_maybe_default(); };
    loop0(pnd);
    if (invalid_lambda_parameters_helper()) {
        if (R a = lambda_param_no_default())
            raiseAt(a, "non-default argument follows default argument");
    }
    mark_ = m;
    // lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
    loop0(pnd);
    if (expect(TokType::LPar)) {
        R a = tokNode(mark_ - 1);
        if (gather(TokType::Comma, [&] { return lambda_param(); })) {
            opt([&] { return expect(TokType::Comma); });
            if (expect(TokType::RPar))
                raiseRange(a, tokNode(mark_ - 1), "Lambda expression parameters cannot be parenthesized");
        }
    }
    mark_ = m;
    if (expect(TokType::Slash) && expect(TokType::Comma))
        raiseAt(tokNode(m), "at least one argument must precede /");
    mark_ = m;
    auto slash = [&]() -> bool {
        int s = mark_;
        if (lambda_slash_no_default())
            return true;
        mark_ = s;
        return lambda_slash_with_default() != nullptr;
    };
    if (slash()) {
        loop0(pmd);
        if (expect(TokType::Slash))
            raiseAt(tokNode(mark_ - 1), "/ may appear only once");
    }
    mark_ = m;
    opt(slash);
    loop0(pmd);
    if (expect(TokType::Star) && (expect(TokType::Comma) || lambda_param_no_default())) {
        loop0(pmd);
        if (expect(TokType::Slash))
            raiseAt(tokNode(mark_ - 1), "/ must be ahead of *");
    }
    mark_ = m;
    if (loop0(pmd) > 0 && expect(TokType::Slash) && expect(TokType::Star))
        raiseAt(tokNode(mark_ - 1), "expected comma between / and *");
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::invalid_lambda_parameters_helper()
{
    int m = mark_;
    if (lambda_slash_with_default())
        return &ok_;
    mark_ = m;
    if (loop0([&] { return lambda_param_with_default(); }) > 0)
        return &ok_;
    mark_ = m;
    return nullptr;
}

// invalid_lambda_star_etc
RNode *PegRecognizer::invalid_lambda_star_etc()
{
    int m = mark_;
    // '*' (':' | ',' (':' | '**'))
    if (expect(TokType::Star)) {
        if (expect(TokType::Colon) || (expect(TokType::Comma) && (expect(TokType::Colon) || expect(TokType::DoubleStar))))
            raiseLast("named arguments must follow bare *");
    }
    mark_ = m;
    if (expect(TokType::Star) && lambda_param() && expect(TokType::Equal))
        raiseAt(tokNode(mark_ - 1), "var-positional argument cannot have default value");
    mark_ = m;
    if (expect(TokType::Star) && (lambda_param_no_default() || expect(TokType::Comma))) {
        loop0([&] { return lambda_param_maybe_default(); });
        if (expect(TokType::Star)) {
            R a = tokNode(mark_ - 1);
            if (lambda_param_no_default() || expect(TokType::Comma))
                raiseAt(a, "* argument may appear only once");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_lambda_kwds
RNode *PegRecognizer::invalid_lambda_kwds()
{
    int m = mark_;
    if (expect(TokType::DoubleStar) && lambda_param() && expect(TokType::Equal))
        raiseAt(tokNode(mark_ - 1), "var-keyword argument cannot have default value");
    mark_ = m;
    if (expect(TokType::DoubleStar) && lambda_param() && expect(TokType::Comma)) {
        if (R a = lambda_param())
            raiseAt(a, "arguments cannot follow var-keyword argument");
    }
    mark_ = m;
    if (expect(TokType::DoubleStar) && lambda_param() && expect(TokType::Comma)) {
        if (expect(TokType::Star) || expect(TokType::DoubleStar) || expect(TokType::Slash))
            raiseAt(tokNode(mark_ - 1), "arguments cannot follow var-keyword argument");
    }
    mark_ = m;
    return nullptr;
}

// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
RNode *PegRecognizer::invalid_with_item()
{
    int m = mark_;
    if (expression() && expect(TokType::KwAs)) {
        if (R a = expression()) {
            if (lookahead([&] { return expect(TokType::Comma) || expect(TokType::RPar) || expect(TokType::Colon); }))
                raiseInvalidTarget(STAR_TARGETS, a);
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_for_target: ASYNC? 'for' a=star_expressions
RNode *PegRecognizer::invalid_for_target()
{
    int m = mark_;
    opt([&] { return expect(TokType::KwAsync); });
    if (expect(TokType::KwFor)) {
        if (R a = star_expressions())
            raiseInvalidTarget(FOR_TARGETS, a);
    }
    mark_ = m;
    return nullptr;
}

// invalid_group
RNode *PegRecognizer::invalid_group()
{
    int m = mark_;
    if (expect(TokType::LPar)) {
        if (R a = starred_expression()) {
            if (expect(TokType::RPar))
                raiseAt(a, "cannot use starred expression here");
        }
    }
    mark_ = m;
    if (expect(TokType::LPar) && expect(TokType::DoubleStar)) {
        R a = tokNode(mark_ - 1);
        if (expression() && expect(TokType::RPar))
            raiseAt(a, "cannot use double starred expression here");
    }
    mark_ = m;
    return nullptr;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
RNode *PegRecognizer::invalid_import_from_targets()
{
    int m = mark_;
    if (import_from_as_names() && expect(TokType::Comma) && expect(TokType::Newline))
        raiseLast("trailing comma not allowed without surrounding parentheses");
    mark_ = m;
    return nullptr;
}

namespace {
std::string indentMsg(const char *what, int line)
{
    return std::string("expected an indented block after ") + what + " on line " + std::to_string(line);
}
}  // namespace

// invalid_with_stmt
RNode *PegRecognizer::invalid_with_stmt()
{
    int m = mark_;
    auto item = [&](bool plural) -> R {
        R e = plural ? expressions() : expression();
        if (!e)
            return nullptr;
        opt([&] { return expect(TokType::KwAs) && star_target(); });
        return e;
    };
    // [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
    opt([&] { return expect(TokType::KwAsync); });
    if (expect(TokType::KwWith) && gather(TokType::Comma, [&] { return item(false); }) && expect(TokType::Newline))
        raiseLast("expected ':'");
    mark_ = m;
    // [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
    opt([&] { return expect(TokType::KwAsync); });
    if (expect(TokType::KwWith) && expect(TokType::LPar) && gather(TokType::Comma, [&] { return item(true); })) {
        opt([&] { return expect(TokType::Comma); });
        if (expect(TokType::RPar) && expect(TokType::Newline))
            raiseLast("expected ':'");
    }
    mark_ = m;
    return nullptr;
}

// invalid_with_stmt_indent
RNode *PegRecognizer::invalid_with_stmt_indent()
{
    int m = mark_;
    auto item = [&](bool plural) -> R {
        R e = plural ? expressions() : expression();
        if (!e)
            return nullptr;
        opt([&] { return expect(TokType::KwAs) && star_target(); });
        return e;
    };
    auto noIndent = [&] { return !lookahead([&] { return expect(TokType::Indent); }); };
    opt([&] { return expect(TokType::KwAsync); });
    if (const Token *a = expect(TokType::KwWith)) {
        if (gather(TokType::Comma, [&] { return item(false); }) && expect(TokType::Colon) &&
            expect(TokType::Newline) && noIndent())
            raiseLast(indentMsg("'with' statement", a->line), "IndentationError");
    }
    mark_ = m;
    opt([&] { return expect(TokType::KwAsync); });
    if (const Token *a = expect(TokType::KwWith)) {
        if (expect(TokType::LPar) && gather(TokType::Comma, [&] { return item(true); })) {
            opt([&] { return expect(TokType::Comma); });
            if (expect(TokType::RPar) && expect(TokType::Colon) && expect(TokType::Newline) && noIndent())
                raiseLast(indentMsg("'with' statement", a->line), "IndentationError");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_try_stmt
RNode *PegRecognizer::invalid_try_stmt()
{
    int m = mark_;
    const char *both = "cannot have both 'except' and 'except*' on the same 'try'";
    // a='try' ':' NEWLINE !INDENT
    if (const Token *a = expect(TokType::KwTry)) {
        if (expect(TokType::Colon) && expect(TokType::Newline) && !lookahead([&] { return expect(TokType::Indent); }))
            raiseLast(indentMsg("'try' statement", a->line), "IndentationError");
    }
    mark_ = m;
    // 'try' ':' block !('except' | 'finally')
    if (expect(TokType::KwTry) && expect(TokType::Colon) && block() &&
        !lookahead([&] { return expect(TokType::KwExcept) || expect(TokType::KwFinally); }))
        raiseLast("expected 'except' or 'finally' block");
    mark_ = m;
    // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
    if (expect(TokType::KwTry) && expect(TokType::Colon)) {
        loop0([&] { return block(); });
        if (loop0([&] { return except_block(); }) > 0 && expect(TokType::KwExcept)) {
            R a = tokNode(mark_ - 1);
            if (expect(TokType::Star)) {
                R b = tokNode(mark_ - 1);
                if (expression()) {
                    opt([&] { return expect(TokType::KwAs) && name(); });
                    if (expect(TokType::Colon))
                        raiseRange(a, b, both);
                }
            }
        }
    }
    mark_ = m;
    // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
    if (expect(TokType::KwTry) && expect(TokType::Colon)) {
        loop0([&] { return block(); });
        if (loop0([&] { return except_star_block(); }) > 0 && expect(TokType::KwExcept)) {
            R a = tokNode(mark_ - 1);
            opt([&] {
                if (!expression())
                    return false;
                opt([&] { return expect(TokType::KwAs) && name(); });
                return true;
            });
            if (expect(TokType::Colon))
                raiseAt(a, both);
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_except_stmt
RNode *PegRecognizer::invalid_except_stmt()
{
    int m = mark_;
    auto asName = [&] { opt([&] { return expect(TokType::KwAs) && name(); }); };
    // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
    if (expect(TokType::KwExcept)) {
        opt([&] { return expect(TokType::Star); });
        if (R a = expression()) {
            if (expect(TokType::Comma) && expressions()) {
                asName();
                if (expect(TokType::Colon))
                    raiseFrom(a, "multiple exception types must be parenthesized");
            }
        }
    }
    mark_ = m;
    // a='except' '*'? expression ['as' NAME ] NEWLINE
    if (expect(TokType::KwExcept)) {
        opt([&] { return expect(TokType::Star); });
        if (expression()) {
            asName();
            if (expect(TokType::Newline))
                raiseLast("expected ':'");
        }
    }
    mark_ = m;
    // a='except' NEWLINE
    if (expect(TokType::KwExcept) && expect(TokType::Newline))
        raiseLast("expected ':'");
    mark_ = m;
    // a='except' '*' (NEWLINE | ':')
    if (expect(TokType::KwExcept) && expect(TokType::Star) && (expect(TokType::Newline) || expect(TokType::Colon)))
        raiseLast("expected one or more exception types");
    mark_ = m;
    return nullptr;
}

// invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
RNode *PegRecognizer::invalid_finally_stmt()
{
    int m = mark_;
    if (const Token *a = expect(TokType::KwFinally)) {
        if (expect(TokType::Colon) && expect(TokType::Newline) && !lookahead([&] { return expect(TokType::Indent); }))
            raiseLast(indentMsg("'finally' statement", a->line), "IndentationError");
    }
    mark_ = m;
    return nullptr;
}

// invalid_except_stmt_indent
RNode *PegRecognizer::invalid_except_stmt_indent()
{
    int m = mark_;
    auto noIndent = [&] { return !lookahead([&] { return expect(TokType::Indent); }); };
    if (const Token *a = expect(TokType::KwExcept)) {
        if (expression()) {
            opt([&] { return expect(TokType::KwAs) && name(); });
            if (expect(TokType::Colon) && expect(TokType::Newline) && noIndent())
                raiseLast(indentMsg("'except' statement", a->line), "IndentationError");
        }
    }
    mark_ = m;
    if (const Token *a = expect(TokType::KwExcept)) {
        if (expect(TokType::Colon) && expect(TokType::Newline) && noIndent())
            raiseLast(indentMsg("'except' statement", a->line), "IndentationError");
    }
    mark_ = m;
    return nullptr;
}

// invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
RNode *PegRecognizer::invalid_except_star_stmt_indent()
{
    int m = mark_;
    if (const Token *a = expect(TokType::KwExcept)) {
        if (expect(TokType::Star) && expression()) {
            opt([&] { return expect(TokType::KwAs) && name(); });
            if (expect(TokType::Colon) && expect(TokType::Newline) &&
                !lookahead([&] { return expect(TokType::Indent); }))
                raiseLast(indentMsg("'except*' statement", a->line), "IndentationError");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_if_stmt: 'if' named_expression NEWLINE | a='if' a=named_expression ':' NEWLINE !INDENT
RNode *PegRecognizer::invalid_if_stmt()
{
    int m = mark_;
    if (expect(TokType::KwIf) && named_expression() && expect(TokType::Newline))
        raiseLast("expected ':'");
    mark_ = m;
    if (expect(TokType::KwIf)) {
        // The grammar binds `a` twice; the line reported is the condition's.
        if (R a = named_expression()) {
            if (expect(TokType::Colon) && expect(TokType::Newline) && !lookahead([&] { return expect(TokType::Indent); }))
                raiseLast(indentMsg("'if' statement", a->line), "IndentationError");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_elif_stmt
RNode *PegRecognizer::invalid_elif_stmt()
{
    int m = mark_;
    if (expect(TokType::KwElif) && named_expression() && expect(TokType::Newline))
        raiseLast("expected ':'");
    mark_ = m;
    if (const Token *a = expect(TokType::KwElif)) {
        if (named_expression() && expect(TokType::Colon) && expect(TokType::Newline) &&
            !lookahead([&] { return expect(TokType::Indent); }))
            raiseLast(indentMsg("'elif' statement", a->line), "IndentationError");
    }
    mark_ = m;
    return nullptr;
}

// invalid_else_stmt: a='else' ':' NEWLINE !INDENT
RNode *PegRecognizer::invalid_else_stmt()
{
    int m = mark_;
    if (const Token *a = expect(TokType::KwElse)) {
        if (expect(TokType::Colon) && expect(TokType::Newline) && !lookahead([&] { return expect(TokType::Indent); }))
            raiseLast(indentMsg("'else' statement", a->line), "IndentationError");
    }
    mark_ = m;
    return nullptr;
}

// invalid_while_stmt
RNode *PegRecognizer::invalid_while_stmt()
{
    int m = mark_;
    if (expect(TokType::KwWhile) && named_expression() && expect(TokType::Newline))
        raiseLast("expected ':'");
    mark_ = m;
    if (const Token *a = expect(TokType::KwWhile)) {
        if (named_expression() && expect(TokType::Colon) && expect(TokType::Newline) &&
            !lookahead([&] { return expect(TokType::Indent); }))
            raiseLast(indentMsg("'while' statement", a->line), "IndentationError");
    }
    mark_ = m;
    return nullptr;
}

// invalid_for_stmt
RNode *PegRecognizer::invalid_for_stmt()
{
    int m = mark_;
    opt([&] { return expect(TokType::KwAsync); });
    if (expect(TokType::KwFor) && star_targets() && expect(TokType::KwIn) && star_expressions() &&
        expect(TokType::Newline))
        raiseLast("expected ':'");
    mark_ = m;
    opt([&] { return expect(TokType::KwAsync); });
    if (const Token *a = expect(TokType::KwFor)) {
        if (star_targets() && expect(TokType::KwIn) && star_expressions() && expect(TokType::Colon) &&
            expect(TokType::Newline) && !lookahead([&] { return expect(TokType::Indent); }))
            raiseLast(indentMsg("'for' statement", a->line), "IndentationError");
    }
    mark_ = m;
    return nullptr;
}

// invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
RNode *PegRecognizer::invalid_def_raw()
{
    int m = mark_;
    opt([&] { return expect(TokType::KwAsync); });
    if (const Token *a = expect(TokType::KwDef)) {
        if (name() && expect(TokType::LPar)) {
            opt([&] { return params(); });
            if (expect(TokType::RPar)) {
                opt([&] { return expect(TokType::RArrow) && expression(); });
                if (expect(TokType::Colon) && expect(TokType::Newline) &&
                    !lookahead([&] { return expect(TokType::Indent); }))
                    raiseLast(indentMsg("function definition", a->line), "IndentationError");
            }
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_class_def_raw
RNode *PegRecognizer::invalid_class_def_raw()
{
    int m = mark_;
    auto bases = [&] {
        opt([&] {
            if (!expect(TokType::LPar))
                return false;
            opt([&] { return arguments(); });
            return expect(TokType::RPar) != nullptr;
        });
    };
    if (expect(TokType::KwClass) && name()) {
        bases();
        if (expect(TokType::Newline))
            raiseLast("expected ':'");
    }
    mark_ = m;
    if (const Token *a = expect(TokType::KwClass)) {
        if (name()) {
            bases();
            if (expect(TokType::Colon) && expect(TokType::Newline) && !lookahead([&] { return expect(TokType::Indent); }))
                raiseLast(indentMsg("class definition", a->line), "IndentationError");
        }
    }
    mark_ = m;
    return nullptr;
}

// invalid_double_starred_kvpairs
RNode *PegRecognizer::invalid_double_starred_kvpairs()
{
    int m = mark_;
    // ','.double_starred_kvpair+ ',' invalid_kvpair
    if (gather(TokType::Comma, [&] { return double_starred_kvpair(); }) && expect(TokType::Comma) && invalid_kvpair())
        return &ok_;
    mark_ = m;
    // expression ':' a='*' bitwise_or
    if (expression() && expect(TokType::Colon) && expect(TokType::Star)) {
        R a = tokNode(mark_ - 1);
        if (bitwise_or())
            raiseFrom(a, "cannot use a starred expression in a dictionary value");
    }
    mark_ = m;
    // expression a=':' &('}'|',')
    if (expression() && expect(TokType::Colon)) {
        R a = tokNode(mark_ - 1);
        if (lookahead([&] { return expect(TokType::RBrace) || expect(TokType::Comma); }))
            raiseAt(a, "expression expected after dictionary key and ':'");
    }
    mark_ = m;
    return nullptr;
}

// invalid_kvpair
RNode *PegRecognizer::invalid_kvpair()
{
    int m = mark_;
    // a=expression !(':')
    if (R a = expression()) {
        if (!lookahead([&] { return expect(TokType::Colon); }))
            c_.raiseKnown("SyntaxError", "':' expected after dictionary key", a->line, a->endCol, a->endLine, 0);
    }
    mark_ = m;
    // expression ':' a='*' bitwise_or
    if (expression() && expect(TokType::Colon) && expect(TokType::Star)) {
        R a = tokNode(mark_ - 1);
        if (bitwise_or())
            raiseFrom(a, "cannot use a starred expression in a dictionary value");
    }
    mark_ = m;
    // expression a=':' &('}'|',')
    if (expression() && expect(TokType::Colon)) {
        R a = tokNode(mark_ - 1);
        if (lookahead([&] { return expect(TokType::RBrace) || expect(TokType::Comma); }))
            raiseAt(a, "expression expected after dictionary key and ':'");
    }
    mark_ = m;
    return nullptr;
}

}  // namespace ls::parse

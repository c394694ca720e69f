// The PEG recognizer: the invalid_* rules of Grammar/python.gram (3.11),
// which only run in the second pass and raise CPython's specific messages.
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

namespace {
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

}  // namespace ls::parse

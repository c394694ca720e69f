// The PEG recognizer: invalid_* rules of parameters and statements
// (Grammar/python.gram 3.11; second pass only).
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

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

// The PEG recognizer: if/while/for/with/try/match statements of
// Grammar/python.gram (3.11), in grammar order.
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

// if_stmt: invalid_if_stmt | 'if' named_expression ':' block (elif_stmt | [else_block])
RNode *PegRecognizer::if_stmt()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_if_stmt())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwIf) && named_expression() && expect(TokType::Colon) && block() && elif_stmt())
        return &ok_;
    mark_ = m;
    if (expect(TokType::KwIf) && named_expression() && expect(TokType::Colon) && block()) {
        opt([&] { return else_block(); });
        return &ok_;
    }
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::elif_stmt()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_elif_stmt())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwElif) && named_expression() && expect(TokType::Colon) && block() && elif_stmt())
        return &ok_;
    mark_ = m;
    if (expect(TokType::KwElif) && named_expression() && expect(TokType::Colon) && block()) {
        opt([&] { return else_block(); });
        return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// else_block: invalid_else_stmt | 'else' &&':' block
RNode *PegRecognizer::else_block()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_else_stmt())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwElse)) {
        forced(TokType::Colon, ":");
        if (block())
            return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
RNode *PegRecognizer::while_stmt()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_while_stmt())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwWhile) && named_expression() && expect(TokType::Colon) && block()) {
        opt([&] { return else_block(); });
        return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// for_stmt: invalid_for_stmt
//     | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
RNode *PegRecognizer::for_stmt()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_for_stmt())
            return r;
        mark_ = m;
    }
    for (int async = 0; async < 2; ++async) {
        mark_ = m;
        if (async && !expect(TokType::KwAsync))
            break;
        if (expect(TokType::KwFor) && star_targets() && expect(TokType::KwIn)) {
            // cut: no other alternative once 'in' is seen
            if (star_expressions() && expect(TokType::Colon)) {
                peek();  // [TYPE_COMMENT]
                if (block()) {
                    opt([&] { return else_block(); });
                    return &ok_;
                }
            }
            mark_ = m;
            return nullptr;
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

// with_stmt
RNode *PegRecognizer::with_stmt()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_with_stmt_indent())
            return r;
        mark_ = m;
    }
    for (int async = 0; async < 2; ++async) {
        mark_ = m;
        if (async && !expect(TokType::KwAsync))
            break;
        int m2 = mark_;
        // 'with' '(' ','.with_item+ ','? ')' ':' block
        if (expect(TokType::KwWith) && expect(TokType::LPar) && gather(TokType::Comma, [&] { return with_item(); })) {
            opt([&] { return expect(TokType::Comma); });
            if (expect(TokType::RPar) && expect(TokType::Colon) && block())
                return &ok_;
        }
        mark_ = m2;
        // 'with' ','.with_item+ ':' [TYPE_COMMENT] block
        if (expect(TokType::KwWith) && gather(TokType::Comma, [&] { return with_item(); }) &&
            expect(TokType::Colon)) {
            peek();
            if (block())
                return &ok_;
        }
    }
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_with_stmt())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
RNode *PegRecognizer::with_item()
{
    int m = mark_;
    if (expression() && expect(TokType::KwAs) && star_target() &&
        lookahead([&] { return expect(TokType::Comma) || expect(TokType::RPar) || expect(TokType::Colon); }))
        return &ok_;
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_with_item())
            return r;
        mark_ = m;
    }
    return expression();
}

// try_stmt
RNode *PegRecognizer::try_stmt()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_try_stmt())
            return r;
        mark_ = m;
    }
    auto tail = [&] {
        opt([&] { return else_block(); });
        opt([&] { return finally_block(); });
    };
    // 'try' &&':' block finally_block
    if (expect(TokType::KwTry)) {
        forced(TokType::Colon, ":");
        if (block() && finally_block())
            return &ok_;
    }
    mark_ = m;
    // 'try' &&':' block except_block+ [else_block] [finally_block]
    if (expect(TokType::KwTry)) {
        forced(TokType::Colon, ":");
        if (block() && loop0([&] { return except_block(); }) > 0) {
            tail();
            return &ok_;
        }
    }
    mark_ = m;
    // 'try' &&':' block except_star_block+ [else_block] [finally_block]
    if (expect(TokType::KwTry)) {
        forced(TokType::Colon, ":");
        if (block() && loop0([&] { return except_star_block(); }) > 0) {
            tail();
            return &ok_;
        }
    }
    mark_ = m;
    return nullptr;
}

// except_block
RNode *PegRecognizer::except_block()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_except_stmt_indent())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwExcept) && expression()) {
        opt([&] { return expect(TokType::KwAs) && name(); });
        if (expect(TokType::Colon) && block())
            return &ok_;
    }
    mark_ = m;
    if (expect(TokType::KwExcept) && expect(TokType::Colon) && block())
        return &ok_;
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_except_stmt())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// except_star_block
RNode *PegRecognizer::except_star_block()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_except_star_stmt_indent())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwExcept) && expect(TokType::Star) && expression()) {
        opt([&] { return expect(TokType::KwAs) && name(); });
        if (expect(TokType::Colon) && block())
            return &ok_;
    }
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_except_stmt())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
RNode *PegRecognizer::finally_block()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_finally_stmt())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwFinally)) {
        forced(TokType::Colon, ":");
        if (block())
            return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
RNode *PegRecognizer::match_stmt()
{
    int m = mark_;
    auto subject = [&]() -> bool {
        int s = mark_;
        if (star_named_expression() && expect(TokType::Comma)) {
            opt([&] { return star_named_expressions(); });
            return true;
        }
        mark_ = s;
        return named_expression() != nullptr;
    };
    const Token *kw = expectSoft("match");
    if (kw && subject() && expect(TokType::Colon) && expect(TokType::Newline) && expect(TokType::Indent) &&
        lookahead([&] { return expectSoft("case"); })) {
        // DEVIATION: the case blocks are not checked rule by rule (the AST
        // parser reads them); the recognizer steps over the indented block.
        int depth = 1;
        while (depth > 0 && !is(TokType::EndMarker)) {
            if (is(TokType::Indent)) ++depth;
            else if (is(TokType::Dedent)) --depth;
            ++mark_;
        }
        return &ok_;
    }
    mark_ = m;
    if (callInvalid_) {
        // invalid_match_stmt
        if (expectSoft("match") && subject() && expect(TokType::Newline))
            raiseLast("expected ':'");
        mark_ = m;
        kw = expectSoft("match");
        if (kw && subject() && expect(TokType::Colon) && expect(TokType::Newline) &&
            !lookahead([&] { return expect(TokType::Indent); }))
            raiseLast("expected an indented block after 'match' statement on line " + std::to_string(kw->line),
                      "IndentationError");
        mark_ = m;
    }
    return nullptr;
}

}  // namespace ls::parse

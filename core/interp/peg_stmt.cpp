// The PEG recognizer: entry, helpers, and the statement rules of
// Grammar/python.gram (3.11), in grammar order. Rule bodies follow the
// grammar's alternatives one for one; comments quote them.
#include "peg_p.h"

namespace ls::parse {

using ast::ExprKind;

// ------------------------------------------------------------------ helpers

bool PegRecognizer::run(bool invalidRules)
{
    callInvalid_ = invalidRules;
    mark_ = 0;
    memo_.assign(c_.tokens().size(), {});
    if (fstringRule_)
        return star_expressions() != nullptr;  // fstring: star_expressions
    return file() != nullptr;
}

const Token *PegRecognizer::expectSoft(const char *kw)
{
    const Token &k = peek();
    if (k.type != TokType::Name || c_.tokenizer().text(k) != kw)
        return nullptr;
    ++mark_;
    return &k;
}

bool PegRecognizer::isSoftKeyword(const Token &t) const
{
    // py: _PyPegen_soft_keyword_token compares only the token's length of
    // each soft keyword (strncmp), so "c" or "ma" count as soft keywords.
    if (t.type != TokType::Name)
        return false;
    std::string_view s = c_.tokenizer().text(t);
    for (std::string_view kw : {"_", "case", "match"}) {
        if (!s.empty() && s.size() <= kw.size() && kw.substr(0, s.size()) == s)
            return true;
    }
    return false;
}

RNode *PegRecognizer::tokNode(int index)
{
    const Token &t = tokAt(index);
    RNode &n = nodes_.emplace_back();
    n.kind = ExprKind::Name;
    n.line = t.line;
    n.col = t.col;
    n.endLine = t.endLine;
    n.endCol = t.endCol;
    n.tokIndex = size_t(index);
    n.name = c_.tokenizer().text(t);
    return &n;
}

RNode *PegRecognizer::name()
{
    if (!expect(TokType::Name))
        return nullptr;
    return tokNode(mark_ - 1);
}

const Token &PegRecognizer::lastNonWs() const
{
    // py: _PyPegen_get_last_nonnwhitespace_token
    for (int m = mark_ - 1; m >= 0; --m) {
        TokType t = tokAt(m).type;
        if (t != TokType::EndMarker && t != TokType::Newline && t != TokType::Indent && t != TokType::Dedent)
            return tokAt(m);
    }
    return tokAt(0);
}

RNode *PegRecognizer::mk(ExprKind kind, int start)
{
    // EXTRA: from the rule's first token to its last non-whitespace token.
    RNode &n = nodes_.emplace_back();
    n.kind = kind;
    const Token &a = tokAt(start);
    const Token &b = lastNonWs();
    n.line = a.line;
    n.col = a.col;
    n.endLine = b.endLine;
    n.endCol = b.endCol;
    return &n;
}

RNode *PegRecognizer::forced(TokType t, const char *text)
{
    // py: _PyPegen_expect_forced_token: raises even in the first pass.
    const Token &k = peek();
    if (k.type != t) {
        c_.raiseRange("SyntaxError", std::string("expected '") + text + "'", k.line, k.col, k.endLine, k.endCol);
    }
    ++mark_;
    return &ok_;
}

void PegRecognizer::raiseAt(R a, const std::string &msg, const char *type)
{
    c_.raiseRange(type, msg, a->line, a->col, a->endLine, a->endCol);
}

void PegRecognizer::raiseRange(R a, R b, const std::string &msg)
{
    c_.raiseRange("SyntaxError", msg, a->line, a->col, b->endLine, b->endCol);
}

void PegRecognizer::raiseFrom(R a, const std::string &msg)
{
    // RAISE_SYNTAX_ERROR_STARTING_FROM: ends at the tokenizer's position.
    c_.raiseKnown("SyntaxError", msg, a->line, a->col + 1, c_.curLine(), c_.curCol());
}

void PegRecognizer::raiseLast(const std::string &msg, const char *type)
{
    c_.raiseAtLast(type, msg);
}

const char *PegRecognizer::exprName(const RNode *e)
{
    // py: _PyPegen_get_expr_name
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
        switch (e->constKind) {
        case RNode::None: return "None";
        case RNode::False: return "False";
        case RNode::True: return "True";
        case RNode::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
    }
}

RNode *PegRecognizer::invalidTarget(R e, int targets)
{
    // py: _PyPegen_get_invalid_target
    if (!e)
        return nullptr;
    switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple:
        for (R el : e->elts) {
            if (R c = invalidTarget(el, targets))
                return c;
        }
        return nullptr;
    case ExprKind::Starred:
        if (targets == DEL_TARGETS)
            return e;
        return invalidTarget(e->value, targets);
    case ExprKind::Compare:
        // `a in b` of `for a in b` parses as a comparison: look at its left.
        if (targets == FOR_TARGETS) {
            if (e->firstOp == ast::CmpOpKind::In)
                return invalidTarget(e->value, targets);
            return nullptr;
        }
        return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
        return nullptr;
    default:
        return e;
    }
}

void PegRecognizer::raiseInvalidTarget(int targets, R e)
{
    R t = invalidTarget(e, targets);
    if (t) {
        std::string msg = targets == DEL_TARGETS ? "cannot delete " : "cannot assign to ";
        raiseAt(t, msg + exprName(t));
    }
    // Nothing invalid in it: no error here (the parse goes on).
}

// py: _PyPegen_run_parser's error path (3.11): a first pass without the
// invalid_ rules notes the last token read; a second pass with them may
// raise a specific error; otherwise "invalid syntax" at that token (or an
// IndentationError when it is an INDENT or DEDENT).
void diagnose(ParseContext &ctx, bool fstringRule)
{
    ctx.setFill(0);
    PegRecognizer first(ctx, fstringRule);
    bool parsed = first.run(false);
    size_t lastTok = ctx.fill() ? ctx.fill() - 1 : 0;
    if (parsed) {
        // The AST parser rejected what the grammar accepts: a bug, but the
        // user still gets an error rather than a crash.
        ctx.raiseAtLast("SyntaxError", "invalid syntax");
    }
    PegRecognizer second(ctx, fstringRule);
    second.run(true);
    const Token &last = ctx.tokens()[lastTok];
    if (last.type == TokType::Indent || last.type == TokType::Dedent) {
        try {
            ctx.raiseAtLast("IndentationError", last.type == TokType::Indent ? "unexpected indent" : "unexpected unindent");
        } catch (ParseError &e) {
            e.settled = true;
            throw;
        }
    }
    ctx.raiseRange("SyntaxError", "invalid syntax", last.line, last.col, last.endLine, last.endCol);
}

// --------------------------------------------------------------- statements

// file: [statements] ENDMARKER
RNode *PegRecognizer::file()
{
    opt([&] { return statements(); });
    if (!expect(TokType::EndMarker))
        return nullptr;
    return &ok_;
}

// statements: statement+
RNode *PegRecognizer::statements()
{
    return loop0([&] { return statement(); }) > 0 ? &ok_ : nullptr;
}

// statement: compound_stmt | simple_stmts
RNode *PegRecognizer::statement()
{
    if (R r = compound_stmt())
        return r;
    return simple_stmts();
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
RNode *PegRecognizer::simple_stmts()
{
    int m = mark_;
    if (simple_stmt() && !lookahead([&] { return expect(TokType::Semi); }) && expect(TokType::Newline))
        return &ok_;
    mark_ = m;
    if (gather(TokType::Semi, [&] { return simple_stmt(); })) {
        opt([&] { return expect(TokType::Semi); });
        if (expect(TokType::Newline))
            return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// simple_stmt (memo)
RNode *PegRecognizer::simple_stmt()
{
    return memo(M_simple_stmt, [&]() -> R {
        int m = mark_;
        if (R r = assignment())
            return r;
        mark_ = m;
        if (R r = star_expressions())
            return r;
        mark_ = m;
        if (is(TokType::KwReturn)) {
            if (R r = return_stmt())
                return r;
            mark_ = m;
        }
        if (is(TokType::KwImport) || is(TokType::KwFrom)) {
            if (R r = import_stmt())
                return r;
            mark_ = m;
        }
        if (is(TokType::KwRaise)) {
            if (R r = raise_stmt())
                return r;
            mark_ = m;
        }
        if (expect(TokType::KwPass))
            return &ok_;
        if (is(TokType::KwDel)) {
            if (R r = del_stmt())
                return r;
            mark_ = m;
        }
        if (is(TokType::KwYield)) {
            if (R r = yield_stmt())
                return r;
            mark_ = m;
        }
        if (is(TokType::KwAssert)) {
            if (R r = assert_stmt())
                return r;
            mark_ = m;
        }
        if (expect(TokType::KwBreak) || expect(TokType::KwContinue))
            return &ok_;
        if (is(TokType::KwGlobal)) {
            if (R r = global_stmt())
                return r;
            mark_ = m;
        }
        if (is(TokType::KwNonlocal)) {
            if (R r = nonlocal_stmt())
                return r;
            mark_ = m;
        }
        return nullptr;
    });
}

// compound_stmt
RNode *PegRecognizer::compound_stmt()
{
    int m = mark_;
    if (is(TokType::KwDef) || is(TokType::At) || is(TokType::KwAsync)) {
        if (R r = function_def())
            return r;
        mark_ = m;
    }
    if (is(TokType::KwIf)) {
        if (R r = if_stmt())
            return r;
        mark_ = m;
    }
    if (is(TokType::KwClass) || is(TokType::At)) {
        if (R r = class_def())
            return r;
        mark_ = m;
    }
    if (is(TokType::KwWith) || is(TokType::KwAsync)) {
        if (R r = with_stmt())
            return r;
        mark_ = m;
    }
    if (is(TokType::KwFor) || is(TokType::KwAsync)) {
        if (R r = for_stmt())
            return r;
        mark_ = m;
    }
    if (is(TokType::KwTry)) {
        if (R r = try_stmt())
            return r;
        mark_ = m;
    }
    if (is(TokType::KwWhile)) {
        if (R r = while_stmt())
            return r;
        mark_ = m;
    }
    if (R r = match_stmt())
        return r;
    mark_ = m;
    return nullptr;
}

// assignment
RNode *PegRecognizer::assignment()
{
    int m = mark_;
    auto optRhs = [&] {
        opt([&] { return expect(TokType::Equal) && annotated_rhs(); });
    };
    // NAME ':' expression ['=' annotated_rhs]
    if (name() && expect(TokType::Colon) && expression()) {
        optRhs();
        return &ok_;
    }
    mark_ = m;
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    {
        bool a = false;
        if (expect(TokType::LPar) && single_target() && expect(TokType::RPar))
            a = true;
        else {
            mark_ = m;
            a = single_subscript_attribute_target() != nullptr;
        }
        if (a && expect(TokType::Colon) && expression()) {
            optRhs();
            return &ok_;
        }
    }
    mark_ = m;
    // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    if (loop0([&] { return star_targets() && expect(TokType::Equal); }) > 0) {
        int m2 = mark_;
        R v = yield_expr();
        if (!v) {
            mark_ = m2;
            v = star_expressions();
        }
        if (v && !lookahead([&] { return expect(TokType::Equal); })) {
            peek();  // [TYPE_COMMENT]
            return &ok_;
        }
    }
    mark_ = m;
    // single_target augassign ~ (yield_expr | star_expressions)
    if (single_target() && augassign()) {
        int m2 = mark_;
        if (yield_expr())
            return &ok_;
        mark_ = m2;
        if (star_expressions())
            return &ok_;
        mark_ = m;
        return nullptr;  // cut
    }
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_assignment())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
RNode *PegRecognizer::annotated_rhs()
{
    int m = mark_;
    if (R r = yield_expr())
        return r;
    mark_ = m;
    return star_expressions();
}

RNode *PegRecognizer::augassign()
{
    switch (peek().type) {
    case TokType::PlusEqual: case TokType::MinEqual: case TokType::StarEqual: case TokType::AtEqual:
    case TokType::SlashEqual: case TokType::PercentEqual: case TokType::AmperEqual: case TokType::VBarEqual:
    case TokType::CircumflexEqual: case TokType::LeftShiftEqual: case TokType::RightShiftEqual:
    case TokType::DoubleStarEqual: case TokType::DoubleSlashEqual:
        ++mark_;
        return &ok_;
    default:
        return nullptr;
    }
}

// return_stmt: 'return' [star_expressions]
RNode *PegRecognizer::return_stmt()
{
    if (!expect(TokType::KwReturn))
        return nullptr;
    opt([&] { return star_expressions(); });
    return &ok_;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
RNode *PegRecognizer::raise_stmt()
{
    int m = mark_;
    if (expect(TokType::KwRaise) && expression()) {
        opt([&] { return expect(TokType::KwFrom) && expression(); });
        return &ok_;
    }
    mark_ = m;
    if (expect(TokType::KwRaise))
        return &ok_;
    return nullptr;
}

// global_stmt: 'global' ','.NAME+
RNode *PegRecognizer::global_stmt()
{
    int m = mark_;
    if (expect(TokType::KwGlobal) && gather(TokType::Comma, [&] { return name(); }))
        return &ok_;
    mark_ = m;
    return nullptr;
}

RNode *PegRecognizer::nonlocal_stmt()
{
    int m = mark_;
    if (expect(TokType::KwNonlocal) && gather(TokType::Comma, [&] { return name(); }))
        return &ok_;
    mark_ = m;
    return nullptr;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
RNode *PegRecognizer::del_stmt()
{
    int m = mark_;
    if (expect(TokType::KwDel) && del_targets() &&
        lookahead([&] { return expect(TokType::Semi) || expect(TokType::Newline); }))
        return &ok_;
    mark_ = m;
    if (callInvalid_) {
        if (R r = invalid_del_stmt())
            return r;
        mark_ = m;
    }
    return nullptr;
}

// yield_stmt: yield_expr
RNode *PegRecognizer::yield_stmt()
{
    return yield_expr();
}

// assert_stmt: 'assert' expression [',' expression]
RNode *PegRecognizer::assert_stmt()
{
    int m = mark_;
    if (expect(TokType::KwAssert) && expression()) {
        opt([&] { return expect(TokType::Comma) && expression(); });
        return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// import_stmt: import_name | import_from
RNode *PegRecognizer::import_stmt()
{
    int m = mark_;
    if (R r = import_name())
        return r;
    mark_ = m;
    return import_from();
}

// import_name: 'import' dotted_as_names
RNode *PegRecognizer::import_name()
{
    int m = mark_;
    if (expect(TokType::KwImport) && dotted_as_names())
        return &ok_;
    mark_ = m;
    return nullptr;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
RNode *PegRecognizer::import_from()
{
    int m = mark_;
    auto dots = [&] { return loop0([&] { return expect(TokType::Dot) || expect(TokType::Ellipsis); }); };
    if (expect(TokType::KwFrom)) {
        dots();
        if (dotted_name() && expect(TokType::KwImport) && import_from_targets())
            return &ok_;
    }
    mark_ = m;
    if (expect(TokType::KwFrom) && dots() > 0 && expect(TokType::KwImport) && import_from_targets())
        return &ok_;
    mark_ = m;
    return nullptr;
}

// import_from_targets
RNode *PegRecognizer::import_from_targets()
{
    int m = mark_;
    if (expect(TokType::LPar) && import_from_as_names()) {
        opt([&] { return expect(TokType::Comma); });
        if (expect(TokType::RPar))
            return &ok_;
    }
    mark_ = m;
    if (import_from_as_names() && !lookahead([&] { return expect(TokType::Comma); }))
        return &ok_;
    mark_ = m;
    if (expect(TokType::Star))
        return &ok_;
    if (callInvalid_) {
        if (R r = invalid_import_from_targets())
            return r;
        mark_ = m;
    }
    return nullptr;
}

RNode *PegRecognizer::import_from_as_names()
{
    return gather(TokType::Comma, [&] { return import_from_as_name(); }) ? &ok_ : nullptr;
}

// import_from_as_name: NAME ['as' NAME]
RNode *PegRecognizer::import_from_as_name()
{
    if (!name())
        return nullptr;
    opt([&] { return expect(TokType::KwAs) && name(); });
    return &ok_;
}

RNode *PegRecognizer::dotted_as_names()
{
    return gather(TokType::Comma, [&] { return dotted_as_name(); }) ? &ok_ : nullptr;
}

// dotted_as_name: dotted_name ['as' NAME]
RNode *PegRecognizer::dotted_as_name()
{
    if (!dotted_name())
        return nullptr;
    opt([&] { return expect(TokType::KwAs) && name(); });
    return &ok_;
}

// dotted_name: dotted_name '.' NAME | NAME
RNode *PegRecognizer::dotted_name()
{
    return memo(M_dotted_name, [&]() -> R {
        if (!name())
            return nullptr;
        loop0([&] { return expect(TokType::Dot) && name(); });
        return &ok_;
    });
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
RNode *PegRecognizer::block()
{
    return memo(M_block, [&]() -> R {
        int m = mark_;
        if (expect(TokType::Newline) && expect(TokType::Indent) && statements() && expect(TokType::Dedent))
            return &ok_;
        mark_ = m;
        if (R r = simple_stmts())
            return r;
        mark_ = m;
        if (callInvalid_) {
            if (R r = invalid_block())
                return r;
            mark_ = m;
        }
        return nullptr;
    });
}

// decorators: ('@' named_expression NEWLINE)+
RNode *PegRecognizer::decorators()
{
    return loop0([&] { return expect(TokType::At) && named_expression() && expect(TokType::Newline); }) > 0 ? &ok_
                                                                                                              : nullptr;
}

// class_def: decorators class_def_raw | class_def_raw
RNode *PegRecognizer::class_def()
{
    int m = mark_;
    if (decorators() && class_def_raw())
        return &ok_;
    mark_ = m;
    return class_def_raw();
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
RNode *PegRecognizer::class_def_raw()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_class_def_raw())
            return r;
        mark_ = m;
    }
    if (expect(TokType::KwClass) && name()) {
        opt([&] {
            if (!expect(TokType::LPar))
                return false;
            opt([&] { return arguments(); });
            return expect(TokType::RPar) != nullptr;
        });
        if (expect(TokType::Colon) && block())
            return &ok_;
    }
    mark_ = m;
    return nullptr;
}

// function_def: decorators function_def_raw | function_def_raw
RNode *PegRecognizer::function_def()
{
    int m = mark_;
    if (decorators() && function_def_raw())
        return &ok_;
    mark_ = m;
    return function_def_raw();
}

// function_def_raw: invalid_def_raw
//     | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
RNode *PegRecognizer::function_def_raw()
{
    int m = mark_;
    if (callInvalid_) {
        if (R r = invalid_def_raw())
            return r;
        mark_ = m;
    }
    for (int async = 0; async < 2; ++async) {
        mark_ = m;
        if (async && !expect(TokType::KwAsync))
            break;
        if (!(expect(TokType::KwDef) && name()))
            continue;
        forced(TokType::LPar, "(");
        opt([&] { return params(); });
        if (!expect(TokType::RPar))
            continue;
        opt([&] { return expect(TokType::RArrow) && expression(); });
        forced(TokType::Colon, ":");
        // [func_type_comment]: NEWLINE TYPE_COMMENT ... never matches, but looks.
        {
            int m2 = mark_;
            if (expect(TokType::Newline))
                peek();
            mark_ = m2;
        }
        if (block())
            return &ok_;
    }
    mark_ = m;
    return nullptr;
}

}  // namespace ls::parse

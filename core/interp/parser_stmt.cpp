// The AST parser, statements (Grammar/python.gram 3.11: "GENERAL
// STATEMENTS" to "Try statement").
#include "parser_p.h"

namespace ls::parse {

using namespace ast;

namespace {

bool isAugAssign(TokType t, BinOpKind &op)
{
    switch (t) {
    case TokType::PlusEqual: op = BinOpKind::Add; return true;
    case TokType::MinEqual: op = BinOpKind::Sub; return true;
    case TokType::StarEqual: op = BinOpKind::Mult; return true;
    case TokType::AtEqual: op = BinOpKind::MatMult; return true;
    case TokType::SlashEqual: op = BinOpKind::Div; return true;
    case TokType::PercentEqual: op = BinOpKind::Mod; return true;
    case TokType::AmperEqual: op = BinOpKind::BitAnd; return true;
    case TokType::VBarEqual: op = BinOpKind::BitOr; return true;
    case TokType::CircumflexEqual: op = BinOpKind::BitXor; return true;
    case TokType::LeftShiftEqual: op = BinOpKind::LShift; return true;
    case TokType::RightShiftEqual: op = BinOpKind::RShift; return true;
    case TokType::DoubleStarEqual: op = BinOpKind::Pow; return true;
    case TokType::DoubleSlashEqual: op = BinOpKind::FloorDiv; return true;
    default: return false;
    }
}

bool startsExprTok(TokType t)
{
    switch (t) {
    case TokType::Name: case TokType::Number: case TokType::String:
    case TokType::LPar: case TokType::LSqb: case TokType::LBrace:
    case TokType::Ellipsis: case TokType::KwTrue: case TokType::KwFalse: case TokType::KwNone:
    case TokType::Minus: case TokType::Plus: case TokType::Tilde: case TokType::KwNot:
    case TokType::KwLambda: case TokType::KwAwait: case TokType::Star:
        return true;
    default:
        return false;
    }
}

}  // namespace

// file: [statements] ENDMARKER
StmtList Parser::parseFile()
{
    StmtList body;
    while (!at(TokType::EndMarker))
        statement(body);
    return body;
}

void Parser::statements(StmtList &out)
{
    do {
        statement(out);
    } while (!at(TokType::Dedent));
}

// statement: compound_stmt | simple_stmts
void Parser::statement(StmtList &out)
{
    switch (type()) {
    case TokType::KwDef: case TokType::At: case TokType::KwIf: case TokType::KwClass:
    case TokType::KwWith: case TokType::KwFor: case TokType::KwTry: case TokType::KwWhile:
        out.push_back(compoundStmt());
        return;
    case TokType::KwAsync:
        if (peekType(1) == TokType::KwDef || peekType(1) == TokType::KwWith || peekType(1) == TokType::KwFor) {
            out.push_back(compoundStmt());
            return;
        }
        break;
    case TokType::Name:
        if (c_.tokenizer().text(tok()) == "match") {
            // A soft keyword: `match` starts a match statement only when the
            // line is `match ...:` NEWLINE INDENT `case` (else a name).
            size_t start = pos_;
            size_t i = start + 1, n = toks_.size();
            while (i < n && toks_[i].type != TokType::Newline && toks_[i].type != TokType::EndMarker &&
                   toks_[i].type != TokType::ErrorToken)
                ++i;
            if (i + 2 < n && i > start + 1 && toks_[i - 1].type == TokType::Colon &&
                toks_[i].type == TokType::Newline && toks_[i + 1].type == TokType::Indent &&
                toks_[i + 2].type == TokType::Name && c_.tokenizer().text(toks_[i + 2]) == "case") {
                try {
                    out.push_back(matchStmt());
                    return;
                } catch (NoParse &) {
                    pos_ = start;
                }
            }
            simpleStmts(out);
            return;
        }
        break;
    default:
        break;
    }
    simpleStmts(out);
}

// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
void Parser::simpleStmts(StmtList &out)
{
    while (true) {
        out.push_back(simpleStmt());
        if (!accept(TokType::Semi))
            break;
        if (at(TokType::Newline))
            break;
    }
    expect(TokType::Newline);
}

ExprPtr Parser::yieldOrStarExpressions()
{
    return at(TokType::KwYield) ? yieldExpr() : starExpressions();
}

StmtPtr Parser::simpleStmt()
{
    size_t start = pos_;
    switch (type()) {
    case TokType::KwReturn: {
        ++pos_;
        auto s = std::make_unique<Return>();
        if (startsExprTok(type()))
            s->value = starExpressions();
        s->pos = spanFrom(start);
        return s;
    }
    case TokType::KwImport:
        return importStmt();
    case TokType::KwFrom:
        return fromImportStmt();
    case TokType::KwRaise: {
        ++pos_;
        auto s = std::make_unique<Raise>();
        if (startsExprTok(type()) && !at(TokType::Star)) {
            s->exc = expression();
            if (accept(TokType::KwFrom))
                s->cause = expression();
        }
        s->pos = spanFrom(start);
        return s;
    }
    case TokType::KwPass:
        ++pos_;
        return node<Pass>(start);
    case TokType::KwBreak:
        ++pos_;
        return node<Break>(start);
    case TokType::KwContinue:
        ++pos_;
        return node<Continue>(start);
    case TokType::KwDel: {
        // del_targets &(';' | NEWLINE)
        ++pos_;
        auto s = std::make_unique<Delete>();
        do {
            if (!at(TokType::Name) && !at(TokType::LPar) && !at(TokType::LSqb) && !startsExprTok(type()))
                break;
            ExprPtr t = primary();
            toTarget(*t, Ctx::Del, false);
            s->targets.push_back(std::move(t));
        } while (accept(TokType::Comma));
        if (s->targets.empty() || (!at(TokType::Semi) && !at(TokType::Newline)))
            fail();
        s->pos = spanFrom(start);
        return s;
    }
    case TokType::KwAssert: {
        ++pos_;
        auto s = std::make_unique<Assert>();
        s->test = expression();
        if (accept(TokType::Comma))
            s->msg = expression();
        s->pos = spanFrom(start);
        return s;
    }
    case TokType::KwGlobal:
    case TokType::KwNonlocal: {
        bool global = at(TokType::KwGlobal);
        ++pos_;
        std::vector<std::string> names;
        do {
            if (!at(TokType::Name))
                fail();
            names.push_back(nameText(tok()));
            ++pos_;
        } while (accept(TokType::Comma));
        if (global) {
            auto s = std::make_unique<Global>();
            s->names = std::move(names);
            s->pos = spanFrom(start);
            return s;
        }
        auto s = std::make_unique<Nonlocal>();
        s->names = std::move(names);
        s->pos = spanFrom(start);
        return s;
    }
    case TokType::KwYield: {
        auto s = std::make_unique<ExprStmt>();
        s->value = yieldExpr();
        s->pos = spanFrom(start);
        return s;
    }
    default:
        return assignmentOrExpr();
    }
}

// assignment | star_expressions
StmtPtr Parser::assignmentOrExpr()
{
    size_t start = pos_;
    ExprPtr first = starExpressions();
    if (accept(TokType::Colon)) {
        // NAME ':' expression ['=' annotated_rhs], or a parenthesised single
        // target / attribute / subscript (simple=0)
        if (!isSingleTarget(*first))
            fail();
        toTarget(*first, Ctx::Store, false);
        auto s = std::make_unique<AnnAssign>();
        s->simple = first->kind == ExprKind::Name && toks_[start].type != TokType::LPar;
        s->target = std::move(first);
        s->annotation = expression();
        if (accept(TokType::Equal))
            s->value = yieldOrStarExpressions();
        s->pos = spanFrom(start);
        return s;
    }
    BinOpKind op;
    if (isAugAssign(type(), op)) {
        if (!isSingleTarget(*first))
            fail();
        ++pos_;
        toTarget(*first, Ctx::Store, false);
        auto s = std::make_unique<AugAssign>();
        s->target = std::move(first);
        s->op = op;
        s->value = yieldOrStarExpressions();
        s->pos = spanFrom(start);
        return s;
    }
    if (at(TokType::Equal)) {
        // Each target is checked when its '=' is seen, before reading on:
        // CPython's (star_targets '=')+ stops there, and reading further
        // could reach a tokenizer error CPython never sees.
        auto s = std::make_unique<Assign>();
        toTarget(*first, Ctx::Store, true);
        s->targets.push_back(std::move(first));
        while (accept(TokType::Equal)) {
            ExprPtr v = yieldOrStarExpressions();
            if (at(TokType::Equal)) {
                toTarget(*v, Ctx::Store, true);
                s->targets.push_back(std::move(v));
            } else {
                s->value = std::move(v);
            }
        }
        s->pos = spanFrom(start);
        return s;
    }
    auto s = std::make_unique<ExprStmt>();
    s->value = std::move(first);
    s->pos = spanFrom(start);
    return s;
}

// import_name: 'import' dotted_as_names
StmtPtr Parser::importStmt()
{
    size_t start = pos_++;
    auto s = std::make_unique<Import>();
    do {
        Alias a;
        size_t as = pos_;
        if (!at(TokType::Name))
            fail();
        a.name = nameText(tok());
        ++pos_;
        while (accept(TokType::Dot)) {
            if (!at(TokType::Name))
                fail();
            a.name += "." + nameText(tok());
            ++pos_;
        }
        if (accept(TokType::KwAs)) {
            if (!at(TokType::Name))
                fail();
            a.asname = nameText(tok());
            ++pos_;
        }
        a.pos = spanFrom(as);
        s->names.push_back(std::move(a));
    } while (accept(TokType::Comma));
    s->pos = spanFrom(start);
    return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
StmtPtr Parser::fromImportStmt()
{
    size_t start = pos_++;
    auto s = std::make_unique<ImportFrom>();
    while (true) {
        if (accept(TokType::Dot))
            s->level += 1;
        else if (accept(TokType::Ellipsis))
            s->level += 3;
        else
            break;
    }
    if (at(TokType::Name)) {
        s->module = nameText(tok());
        ++pos_;
        while (accept(TokType::Dot)) {
            if (!at(TokType::Name))
                fail();
            s->module += "." + nameText(tok());
            ++pos_;
        }
    } else if (s->level == 0) {
        fail();
    }
    expect(TokType::KwImport);
    if (at(TokType::Star)) {
        Alias a;
        a.name = "*";
        a.pos = c_.span(tok(), tok());
        ++pos_;
        s->names.push_back(std::move(a));
        s->pos = spanFrom(start);
        return s;
    }
    bool paren = accept(TokType::LPar);
    do {
        if (paren && !s->names.empty() && at(TokType::RPar))
            break;  // trailing comma inside parentheses
        Alias a;
        size_t as = pos_;
        if (!at(TokType::Name))
            fail();
        a.name = nameText(tok());
        ++pos_;
        if (accept(TokType::KwAs)) {
            if (!at(TokType::Name))
                fail();
            a.asname = nameText(tok());
            ++pos_;
        }
        a.pos = spanFrom(as);
        s->names.push_back(std::move(a));
    } while (accept(TokType::Comma));
    if (paren)
        expect(TokType::RPar);
    else if (toks_[pos_ - 1].type == TokType::Comma)
        fail();  // import_from_as_names !','
    s->pos = spanFrom(start);
    return s;
}

StmtPtr Parser::compoundStmt()
{
    size_t start = pos_;
    switch (type()) {
    case TokType::At:
        return decorated();
    case TokType::KwDef:
        return funcDef(start, false, {});
    case TokType::KwClass:
        return classDef({});
    case TokType::KwIf:
        return ifStmt();
    case TokType::KwWhile:
        return whileStmt();
    case TokType::KwFor:
        return forStmt(start, false);
    case TokType::KwWith:
        return withStmt(start, false);
    case TokType::KwTry:
        return tryStmt();
    case TokType::KwAsync:
        ++pos_;
        if (at(TokType::KwDef))
            return funcDef(start, true, {});
        if (at(TokType::KwWith))
            return withStmt(start, true);
        return forStmt(start, true);
    default:
        fail();
    }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
StmtList Parser::block()
{
    StmtList body;
    if (accept(TokType::Newline)) {
        expect(TokType::Indent);
        statements(body);
        expect(TokType::Dedent);
    } else {
        simpleStmts(body);
    }
    return body;
}

// if_stmt / elif_stmt: ('if' | 'elif') named_expression ':' block [elif_stmt | else_block]
StmtPtr Parser::ifStmt()
{
    size_t start = pos_++;
    auto s = std::make_unique<If>();
    s->test = namedExpression();
    expect(TokType::Colon);
    s->body = block();
    if (at(TokType::KwElif))
        s->orelse.push_back(ifStmt());
    else if (at(TokType::KwElse))
        s->orelse = elseBlock();
    s->pos = spanFrom(start);
    return s;
}

// else_block: 'else' &&':' block
StmtList Parser::elseBlock()
{
    ++pos_;
    expect(TokType::Colon);
    return block();
}

// while_stmt: 'while' named_expression ':' block [else_block]
StmtPtr Parser::whileStmt()
{
    size_t start = pos_++;
    auto s = std::make_unique<While>();
    s->test = namedExpression();
    expect(TokType::Colon);
    s->body = block();
    if (at(TokType::KwElse))
        s->orelse = elseBlock();
    s->pos = spanFrom(start);
    return s;
}

// for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions ':' block [else_block]
StmtPtr Parser::forStmt(size_t start, bool isAsync)
{
    expect(TokType::KwFor);
    auto s = std::make_unique<For>();
    s->isAsync = isAsync;
    s->target = starTargets();
    expect(TokType::KwIn);
    s->iter = starExpressions();
    expect(TokType::Colon);
    s->body = block();
    if (at(TokType::KwElse))
        s->orelse = elseBlock();
    s->pos = spanFrom(start);
    return s;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
bool Parser::withItems(std::vector<WithItem> &items, bool parenthesized)
{
    while (true) {
        WithItem item;
        item.contextExpr = expression();
        if (accept(TokType::KwAs)) {
            item.optionalVars = starTarget();
            if (!at(TokType::Comma) && !at(TokType::RPar) && !at(TokType::Colon))
                fail();
        }
        items.push_back(std::move(item));
        if (!accept(TokType::Comma))
            return true;
        if (parenthesized && at(TokType::RPar))
            return true;
    }
}

// with_stmt: [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | [ASYNC] 'with' ','.with_item+ ':' block
StmtPtr Parser::withStmt(size_t start, bool isAsync)
{
    expect(TokType::KwWith);
    auto s = std::make_unique<With>();
    s->isAsync = isAsync;
    bool done = false;
    if (at(TokType::LPar)) {
        // `with (a, b):` and `with (a, b) as c:` both start with '(': try
        // the parenthesised item list first, as the grammar does.
        size_t save = pos_;
        try {
            ++pos_;
            withItems(s->items, true);
            expect(TokType::RPar);
            expect(TokType::Colon);
            done = true;
        } catch (NoParse &) {
            pos_ = save;
            s->items.clear();
        }
    }
    if (!done) {
        withItems(s->items, false);
        expect(TokType::Colon);
    }
    s->body = block();
    s->pos = spanFrom(start);
    return s;
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ ... | except_star_block+ ...)
StmtPtr Parser::tryStmt()
{
    size_t start = pos_++;
    auto s = std::make_unique<Try>();
    expect(TokType::Colon);
    s->body = block();
    if (!at(TokType::KwFinally)) {
        if (!at(TokType::KwExcept))
            fail();
        s->isStar = peekType(1) == TokType::Star;
        while (at(TokType::KwExcept)) {
            size_t hs = pos_++;
            ExceptHandler h;
            if (accept(TokType::Star) != s->isStar)
                fail();
            if (s->isStar || !at(TokType::Colon)) {
                h.type = expression();
                if (accept(TokType::KwAs)) {
                    if (!at(TokType::Name))
                        fail();
                    h.name = nameText(tok());
                    ++pos_;
                }
            }
            expect(TokType::Colon);
            h.body = block();
            h.pos = spanFrom(hs);
            s->handlers.push_back(std::move(h));
        }
        if (at(TokType::KwElse))
            s->orelse = elseBlock();
    }
    if (accept(TokType::KwFinally)) {
        expect(TokType::Colon);
        s->finalbody = block();
    }
    s->pos = spanFrom(start);
    return s;
}

// decorators: ('@' named_expression NEWLINE)+, then a def or class
StmtPtr Parser::decorated()
{
    ExprList decorators;
    while (accept(TokType::At)) {
        decorators.push_back(namedExpression());
        expect(TokType::Newline);
    }
    size_t start = pos_;
    if (at(TokType::KwDef))
        return funcDef(start, false, std::move(decorators));
    if (at(TokType::KwAsync) && peekType(1) == TokType::KwDef) {
        ++pos_;
        return funcDef(start, true, std::move(decorators));
    }
    if (at(TokType::KwClass))
        return classDef(std::move(decorators));
    fail();
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
StmtPtr Parser::funcDef(size_t start, bool isAsync, ExprList decorators)
{
    expect(TokType::KwDef);
    auto s = std::make_unique<FunctionDef>();
    s->isAsync = isAsync;
    s->decorators = std::move(decorators);
    if (!at(TokType::Name))
        fail();
    s->name = nameText(tok());
    ++pos_;
    expect(TokType::LPar);
    params(s->args, false);
    expect(TokType::RPar);
    if (accept(TokType::RArrow))
        s->returns = expression();
    expect(TokType::Colon);
    s->body = block();
    s->pos = spanFrom(start);  // decorators are not part of the definition's span
    return s;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
StmtPtr Parser::classDef(ExprList decorators)
{
    size_t start = pos_++;
    auto s = std::make_unique<ClassDef>();
    s->decorators = std::move(decorators);
    if (!at(TokType::Name))
        fail();
    s->name = nameText(tok());
    ++pos_;
    if (at(TokType::LPar))
        callArguments(s->bases, s->keywords, false);
    expect(TokType::Colon);
    s->body = block();
    s->pos = spanFrom(start);
    return s;
}

}  // namespace ls::parse

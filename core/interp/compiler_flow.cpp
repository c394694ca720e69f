// Control flow: loops, break/continue/return (unwinding the blocks they
// leave), try/except/else/finally, except*, with and async with.
//
// `finally` bodies are inlined on every exit path, as CPython 3.9+ does:
// the normal path, the exception path (a SETUP_FINALLY handler ending in
// RERAISE) and every return/break/continue that leaves the try block
// (compiler_unwind_fblock emits the body there, with a return value kept on
// the stack under it).
// py: Python/compile.c (3.11) compiler_while, compiler_for,
// compiler_async_for, compiler_unwind_fblock(_stack), compiler_return,
// compiler_break, compiler_continue, compiler_try_finally,
// compiler_try_except, compiler_try_star_except, compiler_with,
// compiler_async_with, compiler_with_except_finish.
#include "compiler_internal.h"

namespace ls::interp::detail {

void Compiler::pushFBlock(FBlock fb) { u_->fblocks.push_back(std::move(fb)); }
void Compiler::popFBlock() { u_->fblocks.pop_back(); }

void Compiler::emitYieldFrom() {
    loadNone();
    emit(Op::YIELD_FROM);
}

void Compiler::emitAwait(uint32_t where) {
    emit(Op::GET_AWAITABLE, where);
    emitYieldFrom();
}

void Compiler::callExitWithNones() { emit(Op::CALL_EXIT_NORMAL); }

// ------------------------------------------------------------------- loops

void Compiler::whileStmt(const ast::While &s) {
    int loop = newLabel(), anchor = newLabel(), exit = newLabel();
    bind(loop);
    pushFBlock(FBlock{FBlockType::WhileLoop, loop, exit});
    jumpIf(*s.test, anchor, false);
    visitStmts(s.body);
    emitBackJump(loop);
    popFBlock();
    bind(anchor);
    visitStmts(s.orelse);
    bind(exit);
}

void Compiler::forStmt(const ast::For &s) {
    int start = newLabel(), cleanup = newLabel(), end = newLabel();
    pushFBlock(FBlock{FBlockType::ForLoop, start, end});
    visitExpr(*s.iter);
    emit(Op::GET_ITER);
    bind(start);
    emitJump(Op::FOR_ITER, cleanup);
    store(*s.target);
    visitStmts(s.body);
    emitBackJump(start);
    bind(cleanup);
    popFBlock();
    visitStmts(s.orelse);
    bind(end);
}

void Compiler::asyncFor(const ast::For &s) {
    if (!isTopLevelAwait() && u_->scopeType != ScopeType::AsyncFunction)
        error("'async for' outside async function");
    int start = newLabel(), except = newLabel(), end = newLabel();
    visitExpr(*s.iter);
    emit(Op::GET_AITER);
    bind(start);
    pushFBlock(FBlock{FBlockType::ForLoop, start, end});
    // The handler ends the loop on StopAsyncIteration from __anext__.
    emitJump(Op::SETUP_EXCEPT, except);
    emit(Op::GET_ANEXT);
    emitYieldFrom();
    emit(Op::POP_BLOCK);
    store(*s.target);
    visitStmts(s.body);
    emitBackJump(start);
    popFBlock();
    bind(except);
    {
        // The same line as the iterator: END_ASYNC_FOR follows the `for`.
        LocGuard g(*this, s.iter->pos);
        emit(Op::END_ASYNC_FOR);
    }
    visitStmts(s.orelse);
    bind(end);
}

// ---------------------------------------------------------------- unwinding

// py: compiler_unwind_fblock: undo one block on the way out of it.
// `preserveTos`: a return value is on top of the stack and must stay there.
void Compiler::unwindFBlock(const FBlock &info, bool preserveTos) {
    switch (info.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
        return;
    case FBlockType::ForLoop:  // pop the iterator
        if (preserveTos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        return;
    case FBlockType::TryExcept:
        emit(Op::POP_BLOCK);
        return;
    case FBlockType::FinallyTry:
        emit(Op::POP_BLOCK);
        if (preserveTos) pushFBlock(FBlock{FBlockType::PopValue});
        visitStmts(*info.finalbody);
        if (preserveTos) popFBlock();
        return;
    case FBlockType::FinallyEnd:  // inside the exception path's finally body
        if (preserveTos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);  // the exception
        emit(Op::POP_EXCEPT);
        return;
    case FBlockType::With:
    case FBlockType::AsyncWith: {
        LocGuard g(*this, info.withPos);
        emit(Op::POP_BLOCK);
        if (preserveTos) emit(Op::ROT_TWO);
        callExitWithNones();
        if (info.type == FBlockType::AsyncWith) emitAwait(2);
        emit(Op::POP_TOP);
        return;
    }
    case FBlockType::HandlerCleanup:
        if (!info.name.empty()) emit(Op::POP_BLOCK);
        emit(Op::POP_EXCEPT);
        if (!info.name.empty()) {
            loadNone();
            nameOp(info.name, ast::Ctx::Store);
            nameOp(info.name, ast::Ctx::Del);
        }
        return;
    case FBlockType::PopValue:
        if (preserveTos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        return;
    }
}

// py: compiler_unwind_fblock_stack. Each block is taken off the stack while
// its unwinding code is emitted, so a `return` inside an inlined finally
// body does not run that finally body again.
void Compiler::unwindFBlockStack(bool preserveTos, FBlock *loop, bool *foundLoop) {
    if (u_->fblocks.empty()) return;
    FBlock top = u_->fblocks.back();
    if (top.type == FBlockType::ExceptionGroupHandler)
        error("'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
        *loop = top;
        *foundLoop = true;
        return;
    }
    u_->fblocks.pop_back();
    unwindFBlock(top, preserveTos);
    unwindFBlockStack(preserveTos, loop, foundLoop);
    u_->fblocks.push_back(std::move(top));
}

void Compiler::returnStmt(const ast::Return &s) {
    bool preserveTos = s.value && !isConstantExpr(*s.value);
    if (u_->ste->kind != BlockKind::Function) error("'return' outside function");
    if (s.value && u_->ste->coroutine && u_->ste->generator) error("'return' with value in async generator");
    if (preserveTos) visitExpr(*s.value);
    else if (s.value) u_->loc = s.value->pos;  // (restored by visitStmt's guard)
    // py: the unwinding code gets the statement's line unless the constant
    // returned is on that line (errors found while unwinding point there).
    if (!s.value || s.value->pos.line != s.pos.line) u_->loc = s.pos;
    unwindFBlockStack(preserveTos, nullptr, nullptr);
    if (!s.value) loadNone();
    else if (!preserveTos) visitExpr(*s.value);  // a constant
    emit(Op::RETURN_VALUE);
}

void Compiler::breakStmt() {
    emit(Op::NOP);  // the line of the break
    FBlock loop{FBlockType::WhileLoop};
    bool found = false;
    unwindFBlockStack(false, &loop, &found);
    if (!found) error("'break' outside loop");
    unwindFBlock(loop, false);
    emitJump(Op::JUMP, loop.exit);
}

void Compiler::continueStmt() {
    emit(Op::NOP);
    FBlock loop{FBlockType::WhileLoop};
    bool found = false;
    unwindFBlockStack(false, &loop, &found);
    if (!found) error("'continue' not properly in loop");
    emitBackJump(loop.block);
}

// --------------------------------------------------------------------- try

void Compiler::tryStmt(const ast::Try &s) {
    if (!s.finalbody.empty()) tryFinally(s);
    else if (s.isStar) tryStarExcept(s);
    else tryExcept(s);
}

//    SETUP_FINALLY L_end
//    <body>  (or the try/except with its handlers and else)
//    POP_BLOCK
//    <finalbody>
//    JUMP L_exit
// L_end:                 exc
//    PUSH_EXC_INFO       the exception is "being handled" in the finally body
//    <finalbody>
//    RERAISE             (unwinding pops the EXCEPT_HANDLER block)
// L_exit:
void Compiler::tryFinally(const ast::Try &s) {
    int end = newLabel(), exit = newLabel();
    emitJump(Op::SETUP_FINALLY, end);
    FBlock fb{FBlockType::FinallyTry};
    fb.finalbody = &s.finalbody;
    pushFBlock(fb);
    if (!s.handlers.empty()) {
        if (s.isStar) tryStarExcept(s);
        else tryExcept(s);
    } else {
        visitStmts(s.body);
    }
    emit(Op::POP_BLOCK);
    popFBlock();
    visitStmts(s.finalbody);
    emitJump(Op::JUMP, exit);
    bind(end);
    emit(Op::PUSH_EXC_INFO);
    pushFBlock(FBlock{FBlockType::FinallyEnd});
    visitStmts(s.finalbody);
    popFBlock();
    emit(Op::RERAISE);
    bind(exit);
}

//    SETUP_EXCEPT L_except
//    <body>
//    POP_BLOCK
//    <orelse>
//    JUMP L_end
// L_except:                          exc
//    PUSH_EXC_INFO
//    <type> JUMP_IF_NOT_EXC_MATCH L_next
//    STORE e                         (or POP_TOP)
//    SETUP_FINALLY L_cleanup         (with a name: `e` is deleted on every way out)
//    <handler body>
//    POP_BLOCK  POP_EXCEPT  e = None; del e  JUMP L_end
// L_cleanup:  e = None; del e  RERAISE
// L_next: ... further handlers ...
//    RERAISE                         no handler matched
// L_end:
void Compiler::tryExcept(const ast::Try &s) {
    int except = newLabel(), end = newLabel();
    emitJump(Op::SETUP_EXCEPT, except);
    pushFBlock(FBlock{FBlockType::TryExcept});
    visitStmts(s.body);
    popFBlock();
    emit(Op::POP_BLOCK);
    visitStmts(s.orelse);
    emitJump(Op::JUMP, end);
    bind(except);
    emit(Op::PUSH_EXC_INFO);
    pushFBlock(FBlock{FBlockType::ExceptionHandler});
    for (size_t i = 0; i < s.handlers.size(); ++i) {
        const ast::ExceptHandler &h = s.handlers[i];
        LocGuard g(*this, h.pos);
        if (!h.type && i + 1 < s.handlers.size()) error("default 'except:' must be last");
        int next = newLabel();
        if (h.type) {
            visitExpr(*h.type);
            emitJump(Op::JUMP_IF_NOT_EXC_MATCH, next);
        }
        if (!h.name.empty()) {
            int cleanupEnd = newLabel();
            nameOp(h.name, ast::Ctx::Store);
            emitJump(Op::SETUP_FINALLY, cleanupEnd);
            FBlock fb{FBlockType::HandlerCleanup};
            fb.name = h.name;
            pushFBlock(fb);
            visitStmts(h.body);
            popFBlock();
            emit(Op::POP_BLOCK);
            emit(Op::POP_EXCEPT);
            loadNone();
            nameOp(h.name, ast::Ctx::Store);
            nameOp(h.name, ast::Ctx::Del);
            emitJump(Op::JUMP, end);
            bind(cleanupEnd);
            loadNone();
            nameOp(h.name, ast::Ctx::Store);
            nameOp(h.name, ast::Ctx::Del);
            emit(Op::RERAISE);
        } else {
            emit(Op::POP_TOP);
            pushFBlock(FBlock{FBlockType::HandlerCleanup});
            visitStmts(h.body);
            popFBlock();
            emit(Op::POP_EXCEPT);
            emitJump(Op::JUMP, end);
        }
        bind(next);
    }
    popFBlock();
    emit(Op::RERAISE);
    bind(end);
}

// except*: the stack holds [orig, res, rest]: the original exception, the
// list of exceptions the handlers raised, and what is still unhandled.
//    SETUP_EXCEPT L_except ... POP_BLOCK  JUMP L_orelse
// L_except:                         orig
//    PUSH_EXC_INFO  DUP_TOP  BUILD_LIST 0  ROT_TWO        orig res rest
//  each handler:
//    <type> CHECK_EXC_STAR                                orig res rest match
//    DUP_TOP LOAD_CONST None IS_OP 0 POP_JUMP_IF_TRUE L_nomatch
//    STORE e (or POP_TOP)  SETUP_FINALLY L_raised  <body>  POP_BLOCK  [e=None; del e]  JUMP L_next
// L_raised:  [e = None; del e]  LIST_APPEND 2  JUMP L_next   (what the body raised joins res)
// L_nomatch: POP_TOP
// L_next:
//  after the last: LIST_APPEND 1 (rest)  PREP_RERAISE_STAR
//    nothing to raise: POP_TOP POP_EXCEPT JUMP L_end; else RERAISE
// py: compiler_try_star_except
void Compiler::tryStarExcept(const ast::Try &s) {
    int except = newLabel(), orelse = newLabel(), end = newLabel(), reraiseStar = newLabel();
    emitJump(Op::SETUP_EXCEPT, except);
    pushFBlock(FBlock{FBlockType::TryExcept});
    visitStmts(s.body);
    popFBlock();
    emit(Op::POP_BLOCK);
    emitJump(Op::JUMP, orelse);
    bind(except);
    emit(Op::PUSH_EXC_INFO);
    pushFBlock(FBlock{FBlockType::ExceptionGroupHandler});
    emit(Op::DUP_TOP);
    emit(Op::BUILD_LIST, 0);
    emit(Op::ROT_TWO);
    for (size_t i = 0; i < s.handlers.size(); ++i) {
        const ast::ExceptHandler &h = s.handlers[i];
        LocGuard g(*this, h.pos);
        int noMatch = newLabel(), next = newLabel(), raised = newLabel();
        if (!h.type) error("expected exception type");  // the parser rejects `except*:`
        visitExpr(*h.type);
        emit(Op::CHECK_EXC_STAR);
        emit(Op::DUP_TOP);
        loadNone();
        emit(Op::IS_OP, 0);
        emitJump(Op::POP_JUMP_IF_TRUE, noMatch);
        if (!h.name.empty()) nameOp(h.name, ast::Ctx::Store);
        else emit(Op::POP_TOP);
        emitJump(Op::SETUP_FINALLY, raised);
        FBlock fb{FBlockType::HandlerCleanup};
        fb.name = h.name;
        pushFBlock(fb);
        visitStmts(h.body);
        popFBlock();
        emit(Op::POP_BLOCK);
        auto clearName = [&] {
            if (h.name.empty()) return;
            loadNone();
            nameOp(h.name, ast::Ctx::Store);
            nameOp(h.name, ast::Ctx::Del);
        };
        clearName();
        emitJump(Op::JUMP, next);
        bind(raised);
        clearName();
        emit(Op::LIST_APPEND, 2);
        emitJump(Op::JUMP, next);
        bind(noMatch);
        emit(Op::POP_TOP);
        bind(next);
        if (i + 1 == s.handlers.size()) {
            emit(Op::LIST_APPEND, 1);
            emitJump(Op::JUMP, reraiseStar);
        }
    }
    popFBlock();
    int reraise = newLabel();
    bind(reraiseStar);
    emit(Op::PREP_RERAISE_STAR);
    emit(Op::DUP_TOP);
    loadNone();
    emit(Op::IS_OP, 1);
    emitJump(Op::POP_JUMP_IF_TRUE, reraise);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emitJump(Op::JUMP, end);
    bind(reraise);
    emit(Op::RERAISE);
    bind(orelse);
    visitStmts(s.orelse);
    bind(end);
}

void Compiler::tryStarFinally(const ast::Try &s) { tryFinally(s); }

// -------------------------------------------------------------------- with

//    <mgr>
//    SETUP_WITH L_final                 exit_bound enter_result
//    <store target | POP_TOP>
//    <body>
//    POP_BLOCK
//    CALL_EXIT_NORMAL POP_TOP JUMP L_exit
// L_final:                              exit_bound exc
//    PUSH_EXC_INFO WITH_EXCEPT_START    exit_bound exc result
//    POP_JUMP_IF_TRUE L_suppress
//    RERAISE
// L_suppress: POP_TOP POP_EXCEPT POP_TOP
// L_exit:
void Compiler::withStmt(const ast::With &s, size_t pos) {
    const ast::WithItem &item = s.items[pos];
    int finalLabel = newLabel(), exit = newLabel();
    visitExpr(*item.contextExpr);
    emitJump(Op::SETUP_WITH, finalLabel);
    FBlock fb{FBlockType::With};
    fb.withPos = s.pos;
    pushFBlock(fb);
    if (item.optionalVars) store(*item.optionalVars);
    else emit(Op::POP_TOP);
    if (pos + 1 == s.items.size()) visitStmts(s.body);
    else withStmt(s, pos + 1);
    emit(Op::POP_BLOCK);
    popFBlock();
    callExitWithNones();
    emit(Op::POP_TOP);
    emitJump(Op::JUMP, exit);
    bind(finalLabel);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    withExceptFinish();
    bind(exit);
}

void Compiler::asyncWith(const ast::With &s, size_t pos) {
    if (!isTopLevelAwait() && u_->scopeType != ScopeType::AsyncFunction)
        error("'async with' outside async function");
    const ast::WithItem &item = s.items[pos];
    int finalLabel = newLabel(), exit = newLabel();
    visitExpr(*item.contextExpr);
    emit(Op::BEFORE_ASYNC_WITH);
    emitAwait(1);
    emitJump(Op::SETUP_ASYNC_WITH, finalLabel);
    FBlock fb{FBlockType::AsyncWith};
    fb.withPos = s.pos;
    pushFBlock(fb);
    if (item.optionalVars) store(*item.optionalVars);
    else emit(Op::POP_TOP);
    if (pos + 1 == s.items.size()) visitStmts(s.body);
    else asyncWith(s, pos + 1);
    popFBlock();
    emit(Op::POP_BLOCK);
    callExitWithNones();
    emitAwait(2);
    emit(Op::POP_TOP);
    emitJump(Op::JUMP, exit);
    bind(finalLabel);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    emitAwait(2);
    withExceptFinish();
    bind(exit);
}

// py: compiler_with_except_finish: __exit__'s result on top of exit_bound exc.
void Compiler::withExceptFinish() {
    int suppress = newLabel();
    emitJump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    bind(suppress);
    emit(Op::POP_TOP);  // the exception
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);  // exit_bound
}

}  // namespace ls::interp::detail

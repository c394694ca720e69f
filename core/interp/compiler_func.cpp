// Code objects inside code objects: def / async def, lambda, class bodies
// and comprehensions (list/set/dict comprehensions and generator
// expressions are functions of their own, called with the first iterator).
// py: Python/compile.c (3.11) compiler_function, compiler_lambda,
// compiler_class, compiler_default_arguments, compiler_visit_annotations,
// compiler_comprehension, compiler_sync_comprehension_generator,
// compiler_async_comprehension_generator.
#include "compiler_internal.h"

namespace ls::interp::detail {

// py: compiler_check_debug_args
void Compiler::checkDebugArgs(const ast::Arguments &args) const {
    auto check = [&](const std::string &name) {
        if (name == "__debug__") error("cannot assign to __debug__");
    };
    for (auto &a : args.posonlyargs) check(a.name);
    for (auto &a : args.args) check(a.name);
    if (args.vararg) check(args.vararg->name);
    for (auto &a : args.kwonlyargs) check(a.name);
    if (args.kwarg) check(args.kwarg->name);
}

void Compiler::setArgCounts(const ast::Arguments &args) {
    u_->argcount = static_cast<int>(args.posonlyargs.size() + args.args.size());
    u_->posonlyargcount = static_cast<int>(args.posonlyargs.size());
    u_->kwonlyargcount = static_cast<int>(args.kwonlyargs.size());
}

// Pushes the defaults tuple and the keyword-only defaults dict (evaluated
// in the enclosing scope, at definition time); returns MAKE_FUNCTION flags.
uint32_t Compiler::defaultArguments(const ast::Arguments &args) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
        bool allConst = true;
        for (auto &d : args.defaults) if (!isConstantExpr(*d)) allConst = false;
        if (allConst) {
            // One constant tuple (py: the optimizer folds BUILD_TUPLE of constants).
            std::vector<Value> items;
            std::string key = "T" + std::to_string(args.defaults.size()) + ":";
            for (auto &d : args.defaults) {
                Value v;
                std::string k;
                constantValue(*d, v, k);
                items.push_back(std::move(v));
                key += std::to_string(k.size()) + ":" + k;
            }
            emit(Op::LOAD_CONST, addConst(vm_.tuple(std::move(items)), key));
        } else {
            for (auto &d : args.defaults) visitExpr(*d);
            emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args.defaults.size()));
        }
        flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
        if (i >= args.kwDefaults.size() || !args.kwDefaults[i]) continue;
        loadStr(mangle(args.kwonlyargs[i].name));
        visitExpr(*args.kwDefaults[i]);
        ++nkw;
    }
    if (nkw) {
        emit(Op::BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

// py: compiler_visit_annotations: pushes (name, value, ...) as one tuple.
// The order is CPython's: args, posonly args, *args, kwonly, **kwargs, return.
bool Compiler::annotations(const ast::Arguments &args, const ast::Expr *returns) {
    uint32_t n = 0;
    auto one = [&](const std::string &name, const ast::Expr *annotation) {
        if (!annotation) return;
        loadStr(mangle(name));
        if (!futureAnnotations_ && annotation->kind == ast::ExprKind::Starred) {
            // *args: *Ts
            visitExpr(*annotation->as<ast::Starred>().value);
            emit(Op::UNPACK_SEQUENCE, 1);
        } else {
            annotationValue(*annotation);
        }
        n += 2;
    };
    for (auto &a : args.args) one(a.name, a.annotation.get());
    for (auto &a : args.posonlyargs) one(a.name, a.annotation.get());
    if (args.vararg) one(args.vararg->name, args.vararg->annotation.get());
    for (auto &a : args.kwonlyargs) one(a.name, a.annotation.get());
    if (args.kwarg) one(args.kwarg->name, args.kwarg->annotation.get());
    one("return", returns);
    if (!n) return false;
    emit(Op::BUILD_TUPLE, n);
    return true;
}

void Compiler::decorators(const ast::ExprList &decos) {
    for (auto &d : decos) visitExpr(*d);
}

// Innermost (last written) decorator first, each call on its own line.
void Compiler::applyDecorators(const ast::ExprList &decos) {
    for (size_t i = decos.size(); i-- > 0;) {
        LocGuard g(*this, decos[i]->pos);
        emit(Op::CALL_FUNCTION, 1);
    }
}

void Compiler::functionDef(const ast::FunctionDef &s) {
    checkDebugArgs(s.args);
    decorators(s.decorators);
    int firstline = s.decorators.empty() ? s.pos.line : s.decorators[0]->pos.line;
    uint32_t flags = defaultArguments(s.args);
    if (annotations(s.args, s.returns.get())) flags |= 4;

    enterScope(s.name, s.isAsync ? ScopeType::AsyncFunction : ScopeType::Function, &s, firstline);
    // consts[0] is the docstring (or None), as in CPython: func.__doc__.
    const ast::Expr *doc = docstring(s.body);
    if (doc) addConst(vm_.str(std::get<std::string>(doc->as<ast::Constant>().value)),
                      "S" + std::get<std::string>(doc->as<ast::Constant>().value));
    else addConst(Value::none(), "N");
    setArgCounts(s.args);
    for (size_t i = doc ? 1 : 0; i < s.body.size(); ++i) visitStmt(*s.body[i]);
    Ref<CodeObject> co = exitScope();

    makeClosure(co, flags, co->qualname);
    applyDecorators(s.decorators);
    nameOp(s.name, ast::Ctx::Store);
}

void Compiler::lambda(const ast::Lambda &e) {
    checkDebugArgs(e.args);
    uint32_t flags = defaultArguments(e.args);
    enterScope("<lambda>", ScopeType::Lambda, &e, e.pos.line);
    u_->loc = e.pos;
    addConst(Value::none(), "N");  // no docstring
    setArgCounts(e.args);
    visitExpr(*e.body);
    emit(Op::RETURN_VALUE);
    Ref<CodeObject> co = exitScope();
    makeClosure(co, flags, co->qualname);
}

// <name> = __build_class__(<body function>, '<name>', *bases, **keywords)
void Compiler::classDef(const ast::ClassDef &s) {
    decorators(s.decorators);
    int firstline = s.decorators.empty() ? s.pos.line : s.decorators[0]->pos.line;
    enterScope(s.name, ScopeType::Class, &s, firstline);
    u_->privateName = s.name;  // `__x` in the body and methods becomes `_Name__x`
    u_->loc = s.pos;
    nameOp("__name__", ast::Ctx::Load);
    nameOp("__module__", ast::Ctx::Store);
    loadStr(u_->qualname);
    nameOp("__qualname__", ast::Ctx::Store);
    body(s.body);
    u_->loc = s.pos;
    if (u_->ste->needsClassClosure) {
        // The VM's __build_class__ fills this cell with the new class
        // (super() and __class__ in methods).
        emit(Op::LOAD_CLOSURE, 0);
    } else {
        loadNone();
    }
    emit(Op::RETURN_VALUE);
    Ref<CodeObject> co = exitScope();

    emit(Op::LOAD_BUILD_CLASS);
    makeClosure(co, 0, co->name);
    loadStr(s.name);
    callHelper(2, s.bases, s.keywords);
    applyDecorators(s.decorators);
    nameOp(s.name, ast::Ctx::Store);
}

// ---------------------------------------------------------- comprehensions

// [elt for x in it ...]: a function taking iter(it) as `.0`, called at once.
void Compiler::comprehension(const ast::Expr &e, CompKind kind, const char *name,
                             const std::vector<ast::Comprehension> &gens, const ast::Expr *elt,
                             const ast::Expr *val) {
    bool topLevelAwait = isTopLevelAwait();
    ScopeType outer = u_->scopeType;
    enterScope(name, ScopeType::Comprehension, &e, e.pos.line);
    u_->loc = e.pos;
    bool isAsyncGenerator = u_->ste->coroutine;
    if (isAsyncGenerator && kind != CompKind::Generator && outer != ScopeType::AsyncFunction &&
        outer != ScopeType::Comprehension && !topLevelAwait)
        error("asynchronous comprehension outside of an asynchronous function");
    switch (kind) {
    case CompKind::List: emit(Op::BUILD_LIST, 0); break;
    case CompKind::Set: emit(Op::BUILD_SET, 0); break;
    case CompKind::Dict: emit(Op::BUILD_MAP, 0); break;
    case CompKind::Generator: break;
    }
    comprehensionGenerator(gens, 0, 0, elt, val, kind);
    if (kind != CompKind::Generator) emit(Op::RETURN_VALUE);
    Ref<CodeObject> co = exitScope();

    makeClosure(co, 0, co->qualname);
    visitExpr(*gens[0].iter);
    emit(gens[0].isAsync ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL_FUNCTION, 1);
    if (isAsyncGenerator && kind != CompKind::Generator) emitAwait(0);
}

void Compiler::comprehensionGenerator(const std::vector<ast::Comprehension> &gens, size_t index, int depth,
                                      const ast::Expr *elt, const ast::Expr *val, CompKind kind) {
    if (gens[index].isAsync) asyncComprehensionGenerator(gens, index, depth, elt, val, kind);
    else syncComprehensionGenerator(gens, index, depth, elt, val, kind);
}

void Compiler::syncComprehensionGenerator(const std::vector<ast::Comprehension> &gens, size_t index, int depth,
                                          const ast::Expr *elt, const ast::Expr *val, CompKind kind) {
    const ast::Comprehension &gen = gens[index];
    int start = newLabel(), ifCleanup = newLabel(), anchor = newLabel();
    bool loop = true;
    if (index == 0) {
        u_->argcount = 1;  // the outermost iterator arrives as `.0`
        emit(Op::LOAD_FAST, addVarname(".0"));
    } else {
        // `for y in [f(x)]` binds y without a loop (py: the same fast path).
        const ast::ExprList *elts = nullptr;
        if (gen.iter->kind == ast::ExprKind::List) elts = &gen.iter->as<ast::List>().elts;
        if (gen.iter->kind == ast::ExprKind::Tuple) elts = &gen.iter->as<ast::Tuple>().elts;
        if (elts && elts->size() == 1 && (*elts)[0]->kind != ast::ExprKind::Starred) {
            visitExpr(*(*elts)[0]);
            loop = false;
        } else {
            visitExpr(*gen.iter);
            emit(Op::GET_ITER);
        }
    }
    if (loop) {
        ++depth;
        bind(start);
        emitJump(Op::FOR_ITER, anchor);
    }
    store(*gen.target);
    for (auto &cond : gen.ifs) jumpIf(*cond, ifCleanup, false);
    if (index + 1 < gens.size()) comprehensionGenerator(gens, index + 1, depth, elt, val, kind);
    else comprehensionElement(elt, val, kind, depth);
    bind(ifCleanup);
    if (loop) {
        emitBackJump(start);
        bind(anchor);
    }
}

void Compiler::asyncComprehensionGenerator(const std::vector<ast::Comprehension> &gens, size_t index, int depth,
                                           const ast::Expr *elt, const ast::Expr *val, CompKind kind) {
    const ast::Comprehension &gen = gens[index];
    int start = newLabel(), except = newLabel(), ifCleanup = newLabel();
    if (index == 0) {
        u_->argcount = 1;
        emit(Op::LOAD_FAST, addVarname(".0"));
    } else {
        visitExpr(*gen.iter);
        emit(Op::GET_AITER);
    }
    bind(start);
    pushFBlock(FBlock{FBlockType::AsyncComprehensionGenerator});
    emitJump(Op::SETUP_EXCEPT, except);
    emit(Op::GET_ANEXT);
    emitYieldFrom();
    emit(Op::POP_BLOCK);
    store(*gen.target);
    for (auto &cond : gen.ifs) jumpIf(*cond, ifCleanup, false);
    ++depth;
    if (index + 1 < gens.size()) comprehensionGenerator(gens, index + 1, depth, elt, val, kind);
    else comprehensionElement(elt, val, kind, depth);
    bind(ifCleanup);
    emitBackJump(start);
    popFBlock();
    bind(except);
    emit(Op::END_ASYNC_FOR);
}

void Compiler::comprehensionElement(const ast::Expr *elt, const ast::Expr *val, CompKind kind, int depth) {
    uint32_t at = static_cast<uint32_t>(depth + 1);  // the result under the iterators
    switch (kind) {
    case CompKind::Generator:
        visitExpr(*elt);
        emitYield();
        emit(Op::POP_TOP);
        break;
    case CompKind::List:
        visitExpr(*elt);
        emit(Op::LIST_APPEND, at);
        break;
    case CompKind::Set:
        visitExpr(*elt);
        emit(Op::SET_ADD, at);
        break;
    case CompKind::Dict:
        visitExpr(*elt);  // the key first, as CPython 3.8+
        visitExpr(*val);
        emit(Op::MAP_ADD, at);
        break;
    }
}

}  // namespace ls::interp::detail

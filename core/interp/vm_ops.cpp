// Opcode helpers: unpacking, raise, with-statements, except matching and
// imports.
#include "vm_internal.h"

namespace ls::interp::internal {

void raiseUnboundDeref(VM &vm, Frame *f, uint32_t cell) {
    size_t ncell = f->code->cellvars.size();
    if (cell < ncell)
        vm.raise(vm.exc.UnboundLocalError, "cannot access local variable '" + f->code->cellvars[cell] +
                                               "' where it is not associated with a value");
    vm.raise(vm.exc.NameError, "cannot access free variable '" + f->code->freevars[cell - ncell] +
                                   "' where it is not associated with a value in enclosing scope");
}

bool exceptionMatches(VM &vm, const Value &exc, const Value &type) {
    if (type.is(Kind::Tuple)) {
        for (auto &t : type.as<TupleObject>()->items)
            if (exceptionMatches(vm, exc, t)) return true;
        return false;
    }
    if (!type.is(Kind::Type) || !type.as<TypeObject>()->isSubtypeOf(vm.exc.BaseException))
        vm.raise(vm.exc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return vm.isInstance(exc, type.as<TypeObject>());
}

void dictMerge(VM &vm, const Value &dst, const Value &src, bool rejectDuplicates, Frame *f) {
    auto &t = dst.as<DictObject>()->table;
    auto addPair = [&](const Value &k, const Value &v) {
        if (rejectDuplicates && t.find(vm, k)) {
            std::string fname = "function";
            (void)f;
            vm.raise(vm.exc.TypeError, fname + "() got multiple values for keyword argument '" + vm.toStr(k) + "'");
        }
        t.set(vm, k, v);
    };
    if (src.is(Kind::Dict)) {
        auto &s = src.as<DictObject>()->table;
        for (size_t i = 0; i < s.capacityEnd(); ++i) {
            auto &e = s.entryAt(i);
            if (!e.key.isNull()) addPair(e.key, e.value);
        }
        return;
    }
    if (!vm.hasAttr(src, "keys"))
        vm.raise(vm.exc.TypeError, "'" + vm.typeName(src) + "' object is not a mapping");
    Value keys = vm.callMethod(src, "keys");
    for (auto &k : vm.toVector(keys)) addPair(k, vm.getItem(src, k));
}

void unpackSequence(VM &vm, Frame *f, const Value &seq, uint32_t n) {
    std::vector<Value> items;
    if (seq.is(Kind::Tuple)) items = seq.as<TupleObject>()->items;
    else if (seq.is(Kind::List)) items = seq.as<ListObject>()->items;
    else {
        TypeObject *t = vm.typeOf(seq);
        bool iterable = t->slots.iter || !t->lookup("__iter__").isNull() || seq.is(Kind::Generator) ||
                        (seq.is(Kind::Native) && static_cast<NativeObject *>(seq.obj())->isIterator());
        if (!iterable) vm.raise(vm.exc.TypeError, "cannot unpack non-iterable " + t->name + " object");
        Value it = vm.iter(seq), v;
        while (vm.next(it, v)) {
            items.push_back(std::move(v));
            if (items.size() > n) break;
        }
    }
    if (items.size() < n)
        vm.raise(vm.exc.ValueError, "not enough values to unpack (expected " + std::to_string(n) + ", got " + std::to_string(items.size()) + ")");
    if (items.size() > n) {
        if (seq.is(Kind::Tuple) || seq.is(Kind::List))
            vm.raise(vm.exc.ValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
        vm.raise(vm.exc.ValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
    }
    for (uint32_t i = n; i > 0; --i) f->push(items[i - 1]);
}

void unpackEx(VM &vm, Frame *f, const Value &seq, uint32_t before, uint32_t after) {
    TypeObject *t = vm.typeOf(seq);
    bool iterable = t->slots.iter || !t->lookup("__iter__").isNull() || seq.is(Kind::Generator) ||
                    (seq.is(Kind::Native) && static_cast<NativeObject *>(seq.obj())->isIterator());
    if (!iterable) vm.raise(vm.exc.TypeError, "cannot unpack non-iterable " + t->name + " object");
    std::vector<Value> items = vm.toVector(seq);
    if (items.size() < before + after)
        vm.raise(vm.exc.ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                        ", got " + std::to_string(items.size()) + ")");
    size_t n = items.size();
    for (uint32_t i = 0; i < after; ++i) f->push(items[n - 1 - i]);
    std::vector<Value> middle(items.begin() + before, items.begin() + static_cast<long>(n - after));
    f->push(vm.list(std::move(middle)));
    for (uint32_t i = before; i > 0; --i) f->push(items[i - 1]);
}

namespace {

Value instantiateException(VM &vm, const Value &v, bool forCause) {
    if (v.is(Kind::Type) && v.as<TypeObject>()->isSubtypeOf(vm.exc.BaseException)) return vm.call(v, {});
    if (v.is(Kind::Exception)) return v;
    if (forCause && v.isNone()) return v;
    if (forCause) vm.raise(vm.exc.TypeError, "exception causes must derive from BaseException");
    vm.raise(vm.exc.TypeError, "exceptions must derive from BaseException");
}

}  // namespace

void doRaise(VM &vm, Frame *f, uint32_t argc) {
    if (argc == 0) {
        Value cur = vm.currentHandledException();
        if (cur.isNull() || cur.isNone()) vm.raise(vm.exc.RuntimeError, "No active exception to reraise");
        throw PyException{cur, true};
    }
    Value cause = argc == 2 ? f->pop() : Value();
    Value e = instantiateException(vm, f->pop(), false);
    auto *eo = e.as<ExceptionObject>();
    if (argc == 2) {
        Value c = instantiateException(vm, cause, true);
        eo->cause = c.isNone() ? Value() : c;
        eo->suppressContext = true;
    }
    Value ctx = vm.currentHandledException();
    if (!ctx.isNull() && !ctx.identical(e)) {
        // Avoid a cycle in the context chain (py: _PyErr_SetObject).
        Value o = ctx;
        while (o.is(Kind::Exception)) {
            auto *oe = o.as<ExceptionObject>();
            if (oe->context.identical(e)) { oe->context = Value(); break; }
            o = oe->context;
        }
        eo->context = ctx;
    }
    // `raise e` adds a traceback entry even in the frame that raised e
    // before (py: do_raise returns 0, ceval goes to `error`).
    eo->tbFrame = nullptr;
    throw PyException{e};
}

void enterWith(VM &vm, const Value &mgr, Value &exitBound, Value &enterResult) {
    TypeObject *t = vm.typeOf(mgr);
    Value enter = t->lookup("__enter__");
    Value exit = t->lookup("__exit__");
    if (enter.isNull())
        vm.raise(vm.exc.TypeError, "'" + t->name + "' object does not support the context manager protocol");
    if (exit.isNull())
        vm.raise(vm.exc.TypeError, "'" + t->name + "' object does not support the context manager protocol (missed __exit__ method)");
    exitBound = vm.getAttr(mgr, "__exit__");
    enterResult = vm.callMethod(mgr, "__enter__");
}

void enterAsyncWith(VM &vm, const Value &mgr, Value &exitBound, Value &awaitable) {
    TypeObject *t = vm.typeOf(mgr);
    if (t->lookup("__aenter__").isNull())
        vm.raise(vm.exc.TypeError, "'" + t->name + "' object does not support the asynchronous context manager protocol");
    if (t->lookup("__aexit__").isNull())
        vm.raise(vm.exc.TypeError, "'" + t->name + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
    exitBound = vm.getAttr(mgr, "__aexit__");
    awaitable = vm.callMethod(mgr, "__aenter__");
}

Value tracebackObject(VM &vm, const Value &exc) {
    // Tracebacks are not first-class objects here: __exit__ receives None
    // when there is none, else a placeholder that is not None.
    (void)exc;
    return Value::none();
}

Value importName(VM &vm, std::string_view name, const Value &fromlist) {
    // `import a.b` binds `a` (fromlist None); `from a.b import c` wants a.b.
    size_t dot = name.find('.');
    if (dot == std::string_view::npos) return vm.importModule(name);
    Value full = vm.importModule(name);
    if (!fromlist.isNone() && !fromlist.isNull()) return full;
    return vm.importModule(name.substr(0, dot));
}

Value importFrom(VM &vm, const Value &module, std::string_view name) {
    Value v = vm.getAttrOpt(module, name);
    if (!v.isNull()) return v;
    std::string modName = module.is(Kind::Module) ? module.as<ModuleObject>()->name : vm.typeName(module);
    // A submodule: `from asyncio import queues`.
    auto &mods = vm.modules();
    auto it = mods.find(modName + "." + std::string(name));
    if (it != mods.end()) return it->second;
    vm.raise(vm.exc.ImportError, "cannot import name '" + std::string(name) + "' from '" + modName + "' (unknown location)");
}

void importStar(VM &vm, Frame *f, const Value &module) {
    if (!module.is(Kind::Module)) return;
    auto *m = module.as<ModuleObject>();
    DictObject *dst = f->locals ? f->locals.get() : f->globals.get();
    Value all = m->dict->table.findStr("__all__", strHash("__all__")) ? *m->dict->table.findStr("__all__", strHash("__all__")) : Value();
    if (!all.isNull()) {
        for (auto &n : vm.toVector(all)) dst->table.set(vm, n, vm.getAttr(module, vm.toStr(n)));
        return;
    }
    auto &t = m->dict->table;
    for (size_t i = 0; i < t.capacityEnd(); ++i) {
        auto &e = t.entryAt(i);
        if (e.key.isNull() || !e.key.is(Kind::Str)) continue;
        if (e.key.as<StrObject>()->s.starts_with("_")) continue;
        dst->table.set(vm, e.key, e.value);
    }
}

}  // namespace ls::interp::internal

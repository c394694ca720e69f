// Calls: binding arguments to a frame, calling any callable, CALL* opcodes,
// MAKE_FUNCTION and class creation (__build_class__).
#include "vm_internal.h"

#include <sstream>

namespace ls::interp {

namespace {

std::string quotedList(const std::vector<std::string> &names) {
    // CPython: 'a', 'a' and 'b', 'a', 'b', and 'c'
    std::string s;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        s += "'" + names[i] + "'";
    }
    return s;
}

}  // namespace

// py: Python/ceval.c initialize_locals (3.11), with its error messages.
std::unique_ptr<Frame> VM::makeFrameForCall(FunctionObject *fn, std::span<const Value> args,
                                            std::span<const KwArg> kw, const Value &self) {
    CodeObject *co = fn->code.get();
    auto frame = std::make_unique<Frame>(co);
    Frame *f = frame.get();
    f->func = fn;
    f->globals = fn->globals;
    if (co->flags & CO_NAMESPACE) f->locals = make<DictObject>(types.dict);
    const std::string &qn = fn->qualname;

    size_t nself = self.isNull() ? 0 : 1;
    size_t nargs = args.size() + nself;
    size_t argcount = static_cast<size_t>(co->argcount);
    size_t kwonly = static_cast<size_t>(co->kwonlyargcount);
    size_t total = argcount + kwonly;
    auto argAt = [&](size_t i) -> const Value & { return (nself && i == 0) ? self : args[i - nself]; };

    size_t npos = std::min(nargs, argcount);
    for (size_t i = 0; i < npos; ++i) f->fast[i] = argAt(i);
    size_t slot = total;
    if (co->flags & CO_VARARGS) {
        std::vector<Value> extra;
        for (size_t i = npos; i < nargs; ++i) extra.push_back(argAt(i));
        f->fast[slot++] = tuple(std::move(extra));
    } else if (nargs > argcount) {
        size_t given = nargs;
        // Positional count in the message excludes keyword-only arguments given.
        size_t kwGiven = 0;
        for (auto &k : kw)
            for (size_t j = argcount; j < total; ++j)
                if (co->varnames[j] == k.name) ++kwGiven;
        size_t defaults = fn->defaults.isNull() ? 0 : fn->defaults.as<TupleObject>()->items.size();
        std::ostringstream m;
        m << qn << "() takes ";
        if (defaults > 0) m << "from " << (argcount - defaults) << " to " << argcount;
        else m << argcount;
        m << " positional argument" << (argcount == 1 && defaults == 0 ? "" : "s") << " but " << given;
        if (kwGiven) m << " positional argument" << (given == 1 ? "" : "s") << " (and " << kwGiven << " keyword-only argument" << (kwGiven == 1 ? "" : "s") << ")";
        m << (kwGiven ? " were given" : (given == 1 ? " was given" : " were given"));
        raise(exc.TypeError, m.str());
    }
    DictObject *kwdict = nullptr;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = make<DictObject>(types.dict);
        f->fast[slot] = Value(kwdict);
    }
    std::vector<std::string> posonlyAsKw;
    for (auto &k : kw) {
        size_t j = static_cast<size_t>(co->posonlyargcount);
        for (; j < total; ++j)
            if (co->varnames[j] == k.name) break;
        if (j == total) {
            bool isPosOnly = false;
            for (size_t p = 0; p < static_cast<size_t>(co->posonlyargcount); ++p)
                if (co->varnames[p] == k.name) isPosOnly = true;
            if (kwdict) { kwdict->table.set(*this, str(std::string(k.name)), *k.value); continue; }
            if (isPosOnly) { posonlyAsKw.push_back(std::string(k.name)); continue; }
            raise(exc.TypeError, qn + "() got an unexpected keyword argument '" + std::string(k.name) + "'");
        }
        if (!f->fast[j].isNull())
            raise(exc.TypeError, qn + "() got multiple values for argument '" + std::string(k.name) + "'");
        f->fast[j] = *k.value;
    }
    if (!posonlyAsKw.empty()) {
        std::string names;
        for (size_t i = 0; i < posonlyAsKw.size(); ++i) names += (i ? ", '" : "'") + posonlyAsKw[i] + "'";
        raise(exc.TypeError, qn + "() got some positional-only arguments passed as keyword arguments: " + names);
    }
    // Defaults for missing positional parameters.
    if (nargs < argcount) {
        const std::vector<Value> *defs = fn->defaults.isNull() ? nullptr : &fn->defaults.as<TupleObject>()->items;
        size_t ndef = defs ? defs->size() : 0;
        size_t firstDefault = argcount - ndef;
        std::vector<std::string> missing;
        for (size_t i = nargs; i < argcount; ++i) {
            if (!f->fast[i].isNull()) continue;
            if (i >= firstDefault) f->fast[i] = (*defs)[i - firstDefault];
            else missing.push_back(co->varnames[i]);
        }
        if (!missing.empty()) {
            std::ostringstream m;
            m << qn << "() missing " << missing.size() << " required positional argument"
              << (missing.size() == 1 ? "" : "s") << ": " << quotedList(missing);
            raise(exc.TypeError, m.str());
        }
    }
    if (kwonly) {
        std::vector<std::string> missing;
        for (size_t i = argcount; i < total; ++i) {
            if (!f->fast[i].isNull()) continue;
            Value *d = nullptr;
            if (!fn->kwdefaults.isNull())
                d = fn->kwdefaults.as<DictObject>()->table.findStr(co->varnames[i], strHash(co->varnames[i]));
            if (d) f->fast[i] = *d;
            else missing.push_back(co->varnames[i]);
        }
        if (!missing.empty()) {
            std::ostringstream m;
            m << qn << "() missing " << missing.size() << " required keyword-only argument"
              << (missing.size() == 1 ? "" : "s") << ": " << quotedList(missing);
            raise(exc.TypeError, m.str());
        }
    }
    // Cells: fresh ones for cellvars (seeded from parameters), closure for frees.
    size_t nv = co->varnames.size();
    for (size_t i = 0; i < co->cellvars.size(); ++i) {
        auto *c = make<CellObject>(types.cell);
        f->fast[nv + i] = Value(c);
        if (i < co->cell2arg.size() && co->cell2arg[i] >= 0) c->v = f->fast[static_cast<size_t>(co->cell2arg[i])];
    }
    for (size_t i = 0; i < co->freevars.size() && i < fn->closure.size(); ++i)
        f->fast[nv + co->cellvars.size() + i] = Value(fn->closure[i].get());
    return frame;
}

namespace {

bool isPlainFunction(const Value &v) {
    return v.is(Kind::Function) &&
           !(v.as<FunctionObject>()->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR));
}

Value callFunction(VM &vm, FunctionObject *fn, std::span<const Value> args, std::span<const KwArg> kw, const Value &self) {
    auto frame = vm.makeFrameForCall(fn, args, kw, self);
    if (fn->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return internal::makeGenerator(vm, fn, std::move(frame));
    return vm.runFrame(std::move(frame));
}

Value callType(VM &vm, TypeObject *cls, std::span<const Value> args, std::span<const KwArg> kw) {
    if (cls == vm.types.type && args.size() == 1 && kw.empty()) return Value(vm.typeOf(args[0]));
    CallArgs ca{args, kw, nullptr};
    Value obj;
    Value userNew = cls->lookup("__new__");
    if (userNew.is(Kind::StaticMethod)) userNew = userNew.as<MethodWrapperObject>()->func;
    if (userNew.is(Kind::Function)) {
        std::vector<Value> a;
        a.push_back(Value(cls));
        a.insert(a.end(), args.begin(), args.end());
        obj = vm.call(userNew, a, kw);
        if (!vm.isInstance(obj, cls)) return obj;
    } else if (cls->newInstance) {
        obj = cls->newInstance(vm, cls, ca);
    } else {
        obj = Value(vm.make<InstanceObject>(cls->instanceKind == Kind::Exception ? Kind::Exception : Kind::Instance, cls));
    }
    Value init = cls->lookup("__init__");
    if (init.is(Kind::Function)) {
        Value r = callFunction(vm, init.as<FunctionObject>(), args, kw, obj);
        if (!r.isNone()) vm.raise(vm.exc.TypeError, "__init__() should return None, not '" + vm.typeName(r) + "'");
    } else if (!cls->newInstance && !userNew.is(Kind::Function) && (!args.empty() || !kw.empty()) &&
               cls->instanceKind == Kind::Instance) {
        // object.__init__ takes no arguments.
        vm.raise(vm.exc.TypeError, cls->name + "() takes no arguments");
    } else if (init.is(Kind::BuiltinFunction) && cls->isHeapType && !cls->newInstance) {
        std::vector<Value> a;
        a.push_back(obj);
        a.insert(a.end(), args.begin(), args.end());
        vm.call(init, a, kw);
    }
    return obj;
}

}  // namespace

bool VM::isCallable(const Value &v) const {
    if (!v.isObj()) return false;
    switch (v.obj()->kind) {
    case Kind::Function: case Kind::BuiltinFunction: case Kind::BoundMethod: case Kind::Type: return true;
    default: break;
    }
    TypeObject *t = typeOf(v);
    return t->slots.call || !t->lookup("__call__").isNull();
}

Value VM::call(const Value &callable, std::span<const Value> args, std::span<const KwArg> kw) {
    if (callable.isObj()) {
        Object *o = callable.obj();
        switch (o->kind) {
        case Kind::Function: return callFunction(*this, static_cast<FunctionObject *>(o), args, kw, Value());
        case Kind::BuiltinFunction: {
            auto *b = static_cast<BuiltinFunctionObject *>(o);
            CallArgs ca{args, kw, b};
            return b->fn(*this, ca);
        }
        case Kind::BoundMethod: {
            auto *m = static_cast<BoundMethodObject *>(o);
            if (m->func.is(Kind::Function))
                return callFunction(*this, m->func.as<FunctionObject>(), args, kw, m->self);
            std::vector<Value> a;
            a.reserve(args.size() + 1);
            a.push_back(m->self);
            a.insert(a.end(), args.begin(), args.end());
            return call(m->func, a, kw);
        }
        case Kind::Type: return callType(*this, static_cast<TypeObject *>(o), args, kw);
        default: break;
        }
        TypeObject *t = o->type;
        if (t->slots.call) {
            CallArgs ca{args, kw, nullptr};
            return t->slots.call(*this, callable, ca);
        }
        Value dunder = t->lookup("__call__");
        if (dunder.is(Kind::Function))
            return callFunction(*this, dunder.as<FunctionObject>(), args, kw, callable);
        if (!dunder.isNull()) {
            std::vector<Value> a;
            a.push_back(callable);
            a.insert(a.end(), args.begin(), args.end());
            return call(dunder, a, kw);
        }
    }
    raise(exc.TypeError, "'" + typeName(callable) + "' object is not callable");
}

Value VM::callMethod(const Value &obj, std::string_view name, std::span<const Value> args) {
    Value self;
    Value m = internal::loadMethod(*this, obj, name, self);
    if (self.isNull()) return call(m, args);
    std::vector<Value> a;
    a.reserve(args.size() + 1);
    a.push_back(self);
    a.insert(a.end(), args.begin(), args.end());
    return call(m, a);
}

namespace internal {

Frame *doCall(VM &vm, Frame *f, Instr in) {
    Value callable, self;
    std::vector<Value> args;
    std::vector<Value> kwValues;
    std::vector<KwArg> kw;
    Value kwnames;  // keeps names alive
    switch (in.op) {
    case Op::CALL: {
        uint32_t n = in.arg;
        uint32_t base = f->sp - n;
        args.assign(std::make_move_iterator(f->stack.begin() + base), std::make_move_iterator(f->stack.begin() + f->sp));
        f->sp = base;
        self = f->pop();
        callable = f->pop();
        break;
    }
    case Op::CALL_FUNCTION: {
        uint32_t n = in.arg;
        uint32_t base = f->sp - n;
        args.assign(std::make_move_iterator(f->stack.begin() + base), std::make_move_iterator(f->stack.begin() + f->sp));
        f->sp = base;
        callable = f->pop();
        break;
    }
    case Op::CALL_FUNCTION_KW: {
        kwnames = f->pop();
        auto &names = kwnames.as<TupleObject>()->items;
        uint32_t n = in.arg;
        uint32_t base = f->sp - n;
        size_t npos = n - names.size();
        for (size_t i = 0; i < n; ++i) {
            Value v = std::move(f->stack[base + i]);
            if (i < npos) args.push_back(std::move(v)); else kwValues.push_back(std::move(v));
        }
        f->sp = base;
        callable = f->pop();
        for (size_t i = 0; i < names.size(); ++i) kw.push_back(KwArg{names[i].as<StrObject>()->s, &kwValues[i]});
        break;
    }
    case Op::CALL_FUNCTION_EX: {
        Value kwargs = in.arg & 1 ? f->pop() : Value();
        Value posargs = f->pop();
        callable = f->pop();
        if (posargs.is(Kind::Tuple)) args = posargs.as<TupleObject>()->items;
        else args = vm.toVector(posargs);
        if (!kwargs.isNull()) {
            kwnames = kwargs;  // keep the dict (and its key strings) alive
            auto &t = kwargs.as<DictObject>()->table;
            for (size_t i = 0; i < t.capacityEnd(); ++i) {
                auto &e = t.entryAt(i);
                if (e.key.isNull()) continue;
                kwValues.push_back(e.value);
            }
            size_t j = 0;
            for (size_t i = 0; i < t.capacityEnd(); ++i) {
                auto &e = t.entryAt(i);
                if (e.key.isNull()) continue;
                if (!e.key.is(Kind::Str)) vm.raise(vm.exc.TypeError, "keywords must be strings");
                kw.push_back(KwArg{e.key.as<StrObject>()->s, &kwValues[j++]});
            }
        }
        break;
    }
    default: break;
    }
    // Inline call of a plain Python function (or a bound method of one).
    FunctionObject *fn = nullptr;
    if (isPlainFunction(callable)) {
        fn = callable.as<FunctionObject>();
    } else if (callable.is(Kind::BoundMethod) && isPlainFunction(callable.as<BoundMethodObject>()->func)) {
        fn = callable.as<BoundMethodObject>()->func.as<FunctionObject>();
        self = callable.as<BoundMethodObject>()->self;
    }
    if (fn) {
        auto frame = vm.makeFrameForCall(fn, args, kw, self);
        vm.pushDepth();
        return frame.release();
    }
    if (!self.isNull()) args.insert(args.begin(), self);
    Value r = vm.call(callable, args, kw);
    f->push(std::move(r));
    return nullptr;
}

Value makeFunction(VM &vm, Frame *f, uint32_t flags) {
    Value qualname = f->pop();
    Value code = f->pop();
    auto *fn = vm.make<FunctionObject>(vm.types.function);
    Value result(fn);
    if (flags & 8) {
        Value cells = f->pop();
        for (auto &c : cells.as<TupleObject>()->items) fn->closure.emplace_back(c.as<CellObject>());
    }
    if (flags & 4) {
        // (name1, value1, ...) -> func.__annotations__
        Value ann = f->pop();
        auto *d = vm.make<DictObject>(vm.types.dict);
        Value dv(d);
        auto &items = ann.as<TupleObject>()->items;
        for (size_t i = 0; i + 1 < items.size(); i += 2) d->table.set(vm, items[i], items[i + 1]);
        fn->annotations = dv;
    }
    if (flags & 2) fn->kwdefaults = f->pop();
    if (flags & 1) fn->defaults = f->pop();
    fn->code = code.as<CodeObject>();
    fn->globals = f->globals;
    fn->name = fn->code->name;
    fn->qualname = qualname.is(Kind::Str) ? qualname.as<StrObject>()->s : fn->code->qualname;
    Value *mod = f->globals->table.findStr("__name__", strHash("__name__"));
    fn->module = mod && mod->is(Kind::Str) ? mod->as<StrObject>()->s : "__main__";
    return result;
}

Value makeClass(VM &vm, const std::string &name, const std::vector<TypeObject *> &bases, DictObject *ns) {
    TypeObject *base = bases.empty() ? vm.types.object : bases[0];
    auto *cls = vm.make<TypeObject>(vm.types.type, name);
    Value result(cls);
    cls->isHeapType = true;
    cls->base = base;
    cls->mro.push_back(cls);
    for (auto *b : base->mro) cls->mro.push_back(b);
    for (size_t i = 1; i < bases.size(); ++i)
        for (auto *b : bases[i]->mro)
            if (std::find(cls->mro.begin(), cls->mro.end(), b) == cls->mro.end())
                cls->mro.insert(cls->mro.end() - 1, b);  // before object
    cls->instanceKind = base->instanceKind == Kind::Native ? Kind::Instance : base->instanceKind;
    if (base->instanceKind == Kind::Type) cls->instanceKind = Kind::Instance;
    cls->slots = base->slots;
    cls->newInstance = base->newInstance;
    cls->dict = vm.make<DictObject>(vm.types.dict);
    auto &t = ns->table;
    for (size_t i = 0; i < t.capacityEnd(); ++i) {
        auto &e = t.entryAt(i);
        if (e.key.isNull()) continue;
        if (e.key.is(Kind::Str) && e.key.as<StrObject>()->s == "__qualname__" && e.value.is(Kind::Str)) {
            cls->qualname = e.value.as<StrObject>()->s;
            continue;
        }
        if (e.key.is(Kind::Str) && e.key.as<StrObject>()->s == "__module__" && e.value.is(Kind::Str))
            cls->module = e.value.as<StrObject>()->s;
        cls->dict->table.set(vm, e.key, e.value);
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if (cls->dict->table.findStr("__eq__", strHash("__eq__")) && !cls->dict->table.findStr("__hash__", strHash("__hash__")))
        cls->dict->table.set(vm, vm.str("__hash__"), Value::none());
    return result;
}

namespace {

// py: Python/bltinmodule.c builtin___build_class__ (3.11), single-base
// classes (a second base is appended to the mro after the first's).
Value buildClass(VM &vm, const CallArgs &a) {
    if (a.size() < 2 || !a[0].is(Kind::Function) || !a[1].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "__build_class__: bad arguments");
    FunctionObject *body = a[0].as<FunctionObject>();
    std::string name = a[1].as<StrObject>()->s;
    std::vector<TypeObject *> bases;
    for (size_t i = 2; i < a.size(); ++i) {
        if (!a[i].is(Kind::Type)) vm.raise(vm.exc.TypeError, "bases must be types");
        bases.push_back(a[i].as<TypeObject>());
    }
    TypeObject *base = bases.empty() ? vm.types.object : bases[0];
    if (base == vm.types.bool_) vm.raise(vm.exc.TypeError, "type 'bool' is not an acceptable base type");

    auto frame = vm.makeFrameForCall(body, {}, {}, Value());
    Ref<DictObject> ns = frame->locals;
    Value cell = vm.runFrame(std::move(frame));

    Value result = makeClass(vm, name, bases, ns.get());
    if (cell.is(Kind::Cell)) cell.as<CellObject>()->v = result;
    // __init_subclass__ / __set_name__ are not simulated.
    return result;
}

}  // namespace

Value buildClassFunction(VM &vm) {
    return vm.native("__build_class__", buildClass);
}

}  // namespace internal
}  // namespace ls::interp

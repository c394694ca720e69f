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
    auto frame = newFrame(co);
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
    // A metaclass written in Python may define __call__ (singletons,
    // registries): it decides what calling the class does.
    TypeObject *meta = cls->type;
    if (meta != vm.types.type && meta->isHeapType) {
        Value mc = meta->lookup("__call__");
        if (mc.is(Kind::Function)) {
            std::vector<Value> a;
            a.reserve(args.size() + 1);
            a.push_back(Value(cls));
            a.insert(a.end(), args.begin(), args.end());
            return vm.call(mc, a, kw);
        }
    }
    return internal::callTypeDefault(vm, cls, args, kw);
}

}  // namespace

// py: type_call: __new__, then __init__ when __new__ returned an instance.
Value internal::callTypeDefault(VM &vm, TypeObject *cls, std::span<const Value> args, std::span<const KwArg> kw) {
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

namespace {

// The Python function a call runs inline: `callable` itself, or the
// function of a bound method of one (then `self` becomes its self); null
// for anything else.
FunctionObject *plainCallee(const Value &callable, Value &self) {
    if (isPlainFunction(callable)) return callable.as<FunctionObject>();
    if (callable.is(Kind::BoundMethod) && isPlainFunction(callable.as<BoundMethodObject>()->func)) {
        self = callable.as<BoundMethodObject>()->self;
        return callable.as<BoundMethodObject>()->func.as<FunctionObject>();
    }
    return nullptr;
}

// CALL / CALL_FUNCTION without keywords, the arguments taken straight from
// the caller's value stack (no argument vector to allocate and fill): a
// plain Python function gets a new frame (`inlined`), anything else is
// called and its result pushed (`inlined` null).
void fastCall(VM &vm, Frame *f, Instr in, Frame *&inlined) {
    const uint32_t n = in.arg;
    const uint32_t base = f->sp - n;
    const bool withSelf = in.op == Op::CALL;  // [callable, self-or-null, args...]
    const uint32_t calleeAt = base - (withSelf ? 2 : 1);
    const Value &callable = f->stack[calleeAt];
    Value self = withSelf ? f->stack[base - 1] : Value();
    FunctionObject *fn = plainCallee(callable, self);
    auto popCall = [&] {
        for (uint32_t i = calleeAt; i < f->sp; ++i) f->stack[i] = Value();
        f->sp = calleeAt;
    };
    inlined = nullptr;
    if (fn) {
        std::unique_ptr<Frame> frame;
        try {
            frame = vm.makeFrameForCall(fn, std::span<const Value>(f->stack.data() + base, n), {}, self);
        } catch (...) {
            popCall();
            throw;
        }
        popCall();
        vm.pushDepth();
        inlined = frame.release();
        return;
    }
    // A method's self sits right before the arguments: pass them together.
    const bool selfFirst = withSelf && !self.isNull();
    std::span<const Value> args(f->stack.data() + base - (selfFirst ? 1 : 0), n + (selfFirst ? 1 : 0));
    Value r;
    try {
        r = vm.call(callable, args, {});
    } catch (...) {
        popCall();
        throw;
    }
    popCall();
    f->push(std::move(r));
}

}  // namespace

Frame *doCall(VM &vm, Frame *f, Instr in) {
    if (in.op == Op::CALL || in.op == Op::CALL_FUNCTION) {
        Frame *inlined;
        fastCall(vm, f, in, inlined);
        return inlined;
    }
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
    FunctionObject *fn = plainCallee(callable, self);
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

namespace {

// py: Objects/typeobject.c mro_implementation: the C3 linearisation of
// the bases' mros (and the bases themselves, in order).
std::vector<TypeObject *> c3Mro(VM &vm, TypeObject *cls, const std::vector<TypeObject *> &bases) {
    std::vector<std::vector<TypeObject *>> seqs;
    for (auto *b : bases) seqs.push_back(b->mro);
    seqs.push_back(bases);
    std::vector<TypeObject *> out{cls};
    for (;;) {
        bool any = false;
        for (auto &sq : seqs) any = any || !sq.empty();
        if (!any) return out;
        TypeObject *pick = nullptr;
        for (auto &sq : seqs) {
            if (sq.empty()) continue;
            TypeObject *cand = sq.front();
            bool inTail = false;
            for (auto &other : seqs)
                if (std::find(other.begin() + (other.empty() ? 0 : 1), other.end(), cand) != other.end()) { inTail = true; break; }
            if (!inTail) { pick = cand; break; }
        }
        if (!pick) {
            // py: set_mro_error lists the bases still unmerged, in order.
            std::string names;
            std::vector<TypeObject *> seen;
            for (auto &sq : seqs) {
                if (sq.empty() || std::find(seen.begin(), seen.end(), sq.front()) != seen.end()) continue;
                seen.push_back(sq.front());
                names += (names.empty() ? "" : ", ") + sq.front()->name;
            }
            vm.raise(vm.exc.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
        }
        out.push_back(pick);
        for (auto &sq : seqs)
            if (!sq.empty() && sq.front() == pick) sq.erase(sq.begin());
    }
}

// The builtin type whose instance layout a class inherits (CPython's
// solid base): object for classes made of Python classes only.
TypeObject *solidBase(VM &vm, TypeObject *t) {
    for (auto *c : t->mro)
        if (!c->isHeapType) return c;
    return vm.types.object;
}

}  // namespace

Value makeClass(VM &vm, const std::string &name, const std::vector<TypeObject *> &bases, DictObject *ns) {
    return makeClass(vm, vm.types.type, name, bases, ns);
}

Value makeClass(VM &vm, TypeObject *meta, const std::string &name, const std::vector<TypeObject *> &bases, DictObject *ns) {
    for (size_t i = 0; i < bases.size(); ++i)
        for (size_t j = 0; j < i; ++j)
            if (bases[i] == bases[j]) vm.raise(vm.exc.TypeError, "duplicate base class " + bases[i]->name);
    // The layout comes from the base with the most derived builtin part
    // (class C(Mixin, list) is a list), as CPython's best_base picks it.
    TypeObject *base = bases.empty() ? vm.types.object : bases[0];
    for (auto *b : bases)
        if (solidBase(vm, base) == vm.types.object && solidBase(vm, b) != vm.types.object) base = b;
    auto *cls = vm.make<TypeObject>(meta, name);
    Value result(cls);
    cls->isHeapType = true;
    cls->base = base;
    if (bases.size() > 1)
        for (auto *b : bases) cls->bases.emplace_back(b);
    if (bases.empty()) cls->mro = {cls, vm.types.object};
    else cls->mro = c3Mro(vm, cls, bases);
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
        Value v = e.value;
        // py: type_new_set_classcell & co: these two are implicit classmethods.
        if (e.key.is(Kind::Str) && v.is(Kind::Function) &&
            (e.key.as<StrObject>()->s == "__init_subclass__" || e.key.as<StrObject>()->s == "__class_getitem__"))
            v = Value(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod, v));
        cls->dict->table.set(vm, e.key, v);
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if (cls->dict->table.findStr("__eq__", strHash("__eq__")) && !cls->dict->table.findStr("__hash__", strHash("__hash__")))
        cls->dict->table.set(vm, vm.str("__hash__"), Value::none());
    return result;
}

// py: type_new_set_names and init_subclass, the last steps of type.__new__.
void finishClass(VM &vm, TypeObject *cls, std::span<const KwArg> kw) {
    std::vector<std::pair<Value, Value>> items;
    auto &t = cls->dict->table;
    for (size_t i = 0; i < t.capacityEnd(); ++i)
        if (!t.entryAt(i).key.isNull()) items.emplace_back(t.entryAt(i).key, t.entryAt(i).value);
    for (auto &[key, value] : items) {
        if (!value.isObj() || !vm.typeOf(value)->isHeapType) continue;
        Value setName = vm.typeOf(value)->lookup("__set_name__");
        if (setName.isNull()) continue;
        try {
            vm.call(setName, {value, Value(cls), key});
        } catch (PyException &e) {
            // 3.11 wraps it: "Error calling __set_name__ on ..." as the context.
            Value wrapped = vm.newException(vm.exc.RuntimeError,
                "Error calling __set_name__ on '" + vm.typeName(value) + "' instance " + vm.repr(key) + " in '" + cls->name + "'");
            wrapped.as<ExceptionObject>()->cause = e.exc;
            wrapped.as<ExceptionObject>()->suppressContext = true;
            throw PyException{wrapped};
        }
    }
    // super(cls, cls).__init_subclass__(**kw)
    for (size_t i = 1; i < cls->mro.size(); ++i) {
        TypeObject *c = cls->mro[i];
        if (!c->dict) continue;
        Value *hook = c->dict->table.findStr("__init_subclass__", strHash("__init_subclass__"));
        if (!hook) continue;
        Value fn = *hook;
        if (fn.is(Kind::ClassMethod)) fn = fn.as<MethodWrapperObject>()->func;
        if (fn.is(Kind::BuiltinFunction)) {
            if (!kw.empty()) vm.raise(vm.exc.TypeError, cls->qualname + ".__init_subclass__() takes no keyword arguments");
            return;
        }
        Value clsv(cls);
        vm.call(fn, std::span<const Value>(&clsv, 1), kw);
        return;
    }
}

namespace {

// The metaclass of a class statement: `metaclass=` or the most derived
// metaclass of the bases (py: _PyType_CalculateMetaclass).
TypeObject *calculateMeta(VM &vm, TypeObject *meta, const std::vector<TypeObject *> &bases) {
    TypeObject *winner = meta;
    for (auto *b : bases) {
        TypeObject *bm = vm.typeOf(Value(b));
        if (winner->isSubtypeOf(bm)) continue;
        if (bm->isSubtypeOf(winner)) { winner = bm; continue; }
        vm.raise(vm.exc.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    return winner;
}

// py: Python/bltinmodule.c builtin___build_class__ (3.11).
Value buildClass(VM &vm, const CallArgs &a) {
    if (a.size() < 2 || !a[0].is(Kind::Function) || !a[1].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "__build_class__: bad arguments");
    FunctionObject *body = a[0].as<FunctionObject>();
    std::string name = a[1].as<StrObject>()->s;
    std::vector<TypeObject *> bases;
    std::vector<Value> baseValues;
    for (size_t i = 2; i < a.size(); ++i) {
        if (!a[i].is(Kind::Type)) vm.raise(vm.exc.TypeError, "bases must be types");
        bases.push_back(a[i].as<TypeObject>());
        baseValues.push_back(a[i]);
    }
    TypeObject *base = bases.empty() ? vm.types.object : bases[0];
    if (base == vm.types.bool_) vm.raise(vm.exc.TypeError, "type 'bool' is not an acceptable base type");

    Value metaArg;
    std::vector<KwArg> kw;
    for (auto &k : a.kw) {
        if (k.name == "metaclass") metaArg = *k.value;
        else kw.push_back(k);
    }
    Value meta = metaArg;
    if (meta.isNull() || meta.is(Kind::Type))
        meta = Value(calculateMeta(vm, meta.isNull() ? vm.types.type : meta.as<TypeObject>(), bases));

    // __prepare__ of a Python metaclass gives the namespace (a dict here).
    Ref<DictObject> prepared;
    if (meta.is(Kind::Type) && meta.as<TypeObject>()->isHeapType) {
        Value prep = vm.getAttrOpt(meta, "__prepare__");
        if (!prep.isNull() && !prep.is(Kind::BuiltinFunction)) {
            std::vector<Value> pa{vm.str(name), vm.tuple(baseValues)};
            Value ns = vm.call(prep, pa, kw);
            if (!ns.is(Kind::Dict))
                vm.raise(vm.exc.TypeError, vm.repr(meta) + ".__prepare__() must return a mapping, not " + vm.typeName(ns));
            prepared = ns.as<DictObject>();
        }
    }

    auto frame = vm.makeFrameForCall(body, {}, {}, Value());
    if (prepared) {
        for (size_t i = 0; i < frame->locals->table.capacityEnd(); ++i) {
            auto &e = frame->locals->table.entryAt(i);
            if (!e.key.isNull()) prepared->table.set(vm, e.key, e.value);
        }
        frame->locals = prepared;
    }
    Ref<DictObject> ns = frame->locals;
    Value cell = vm.runFrame(std::move(frame));

    Value result;
    if (meta.identical(Value(vm.types.type))) {
        result = makeClass(vm, name, bases, ns.get());
        if (cell.is(Kind::Cell)) cell.as<CellObject>()->v = result;
        finishClass(vm, result.as<TypeObject>(), kw);
    } else {
        std::vector<Value> ma{vm.str(name), vm.tuple(baseValues), Value(ns.get())};
        result = vm.call(meta, ma, kw);
        if (cell.is(Kind::Cell) && cell.as<CellObject>()->v.isNull()) cell.as<CellObject>()->v = result;
    }
    return result;
}

}  // namespace

// py: type_new: type(name, bases, dict) and type.__new__(meta, ...) for a
// metaclass written in Python; `meta` is the type the class gets.
Value typeNew(VM &vm, TypeObject *meta, const CallArgs &a) {
    if (a.size() == 1 && a.kw.empty() && meta == vm.types.type) return Value(vm.typeOf(a[0]));
    if (a.size() != 3) vm.raise(vm.exc.TypeError, "type() takes 1 or 3 arguments");
    if (!a[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "type.__new__() argument 1 must be str, not " + vm.typeName(a[0]));
    if (!a[1].is(Kind::Tuple)) vm.raise(vm.exc.TypeError, "type.__new__() argument 2 must be tuple, not " + vm.typeName(a[1]));
    if (!a[2].is(Kind::Dict)) vm.raise(vm.exc.TypeError, "type.__new__() argument 3 must be dict, not " + vm.typeName(a[2]));
    std::vector<TypeObject *> bases;
    for (auto &b : a[1].as<TupleObject>()->items) {
        if (!b.is(Kind::Type)) vm.raise(vm.exc.TypeError, "bases must be types");
        bases.push_back(b.as<TypeObject>());
    }
    TypeObject *winner = calculateMeta(vm, meta, bases);
    // py: type_new: a base's metaclass more derived than `meta` makes the class.
    if (winner != meta && winner->isHeapType && !winner->lookup("__new__").identical(vm.types.type->lookup("__new__")))
        return vm.call(Value(winner), a.pos, a.kw);
    meta = winner;
    Value ns = vm.dict();
    auto &src = a[2].as<DictObject>()->table;
    for (size_t i = 0; i < src.capacityEnd(); ++i)
        if (!src.entryAt(i).key.isNull()) ns.as<DictObject>()->table.set(vm, src.entryAt(i).key, src.entryAt(i).value);
    auto &nt = ns.as<DictObject>()->table;
    if (!nt.findStr("__module__", strHash("__module__"))) {
        // py: type_new_set_module takes __name__ of the caller's globals.
        Frame *f = vm.currentFrame();
        Value *mod = f && f->globals ? f->globals->table.findStr("__name__", strHash("__name__")) : nullptr;
        nt.set(vm, vm.str("__module__"), mod ? *mod : vm.str("__main__"));
    }
    if (!nt.findStr("__qualname__", strHash("__qualname__"))) nt.set(vm, vm.str("__qualname__"), a[0]);
    Value cls = makeClass(vm, meta, a[0].as<StrObject>()->s, bases, ns.as<DictObject>());
    finishClass(vm, cls.as<TypeObject>(), a.kw);
    return cls;
}

// type.__new__, type.__init__ and type.__call__ as methods, so a metaclass
// written in Python can reach them through super().
void installClassCreation(VM &vm) {
    TypeObject *T = vm.types.type;
    vm.defMethod(T, "__new__", [](VM &vm, const CallArgs &a) -> Value {
        if (a.size() < 1 || !a[0].is(Kind::Type) || !a[0].as<TypeObject>()->isSubtypeOf(vm.types.type))
            vm.raise(vm.exc.TypeError, "type.__new__(X): X is not a type object (" + (a.size() ? vm.typeName(a[0]) : std::string("nothing")) + ")");
        CallArgs rest{a.pos.subspan(1), a.kw, nullptr};
        return typeNew(vm, a[0].as<TypeObject>(), rest);
    });
    vm.defMethod(T, "__init__", [](VM &vm, const CallArgs &a) -> Value {
        if (a.size() != 2 && a.size() != 4) vm.raise(vm.exc.TypeError, "type.__init__() takes 1 or 3 arguments");
        return Value::none();
    });
    // object.__init_subclass__ (reached through super() from a class's own
    // hook) refuses keywords; the class is the caller's first argument.
    vm.defMethod(vm.types.object, "__init_subclass__", [](VM &vm, const CallArgs &a) -> Value {
        if (!a.kw.empty()) {
            std::string name = "object";
            if (a.size() >= 1 && a[0].is(Kind::Type)) name = a[0].as<TypeObject>()->qualname;
            else if (Frame *f = vm.currentFrame(); f && f->code->argcount > 0 && f->fast[0].is(Kind::Type))
                name = f->fast[0].as<TypeObject>()->qualname;
            vm.raise(vm.exc.TypeError, name + ".__init_subclass__() takes no keyword arguments");
        }
        return Value::none();
    });
    vm.defMethod(T, "__call__", [](VM &vm, const CallArgs &a) -> Value {
        if (a.size() < 1 || !a[0].is(Kind::Type))
            vm.raise(vm.exc.TypeError, "descriptor '__call__' requires a 'type' object");
        return callTypeDefault(vm, a[0].as<TypeObject>(), a.pos.subspan(1), a.kw);
    });
}

Value buildClassFunction(VM &vm) {
    return vm.native("__build_class__", buildClass);
}

}  // namespace internal
}  // namespace ls::interp

// The builtin functions of iteration: print len enumerate zip map filter
// sorted reversed min max sum any all iter next (introspection:
// builtins_introspect.cpp).
// py: Python/bltinmodule.c, Objects/enumobject.c, Objects/iterobject.c (3.11)
#include "builtins.h"
#include "builtins_sequence_p.h"

namespace ls::interp {

namespace seq {

void installIntrospectFunctions(VM &vm);  // builtins_introspect.cpp
void installSandboxFunctions(VM &vm);     // builtins_sandbox.cpp: open input eval exec ... (not simulated)

namespace {

// ----------------------------------------------------------- iterators

struct EnumerateIter : NativeObject {
    LS_CLONEABLE(EnumerateIter)
    void visitRefs(RefVisitor &v) override { v(it); }
    Value it;
    int64_t count;
    EnumerateIter(TypeObject *t, Value i, int64_t start) : NativeObject(t), it(std::move(i)), count(start) {}
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        Value item;
        if (it.isNull() || !vm.next(it, item)) return false;
        out = vm.tuple({vm.integer(count++), std::move(item)});
        return true;
    }
    void clearRefs() override { it = Value(); }
};

struct ZipIter : NativeObject {
    LS_CLONEABLE(ZipIter)
    void visitRefs(RefVisitor &v) override { v(iters); }
    std::vector<Value> iters;
    bool strict;
    ZipIter(TypeObject *t, std::vector<Value> its, bool s) : NativeObject(t), iters(std::move(its)), strict(s) {}
    bool isIterator() const override { return true; }
    // py: zip_next, with 3.10's strict= checks.
    bool next(VM &vm, Value &out) override {
        if (iters.empty()) return false;
        std::vector<Value> items;
        items.reserve(iters.size());
        for (size_t i = 0; i < iters.size(); ++i) {
            Value x;
            if (!vm.next(iters[i], x)) {
                if (strict) checkStrict(vm, i);
                iters.clear();
                return false;
            }
            items.push_back(std::move(x));
        }
        out = vm.tuple(std::move(items));
        return true;
    }
    [[noreturn]] void raiseLength(VM &vm, size_t i, const char *what) {
        std::string plural = i == 1 ? " 1" : "s 1-" + std::to_string(i);
        iters.clear();
        vm.raise(vm.exc.ValueError, "zip() argument " + std::to_string(i + 1) + " is " + what + " than argument" + plural);
    }
    void checkStrict(VM &vm, size_t i) {
        if (i > 0) raiseLength(vm, i, "shorter");
        for (size_t j = 1; j < iters.size(); ++j) {
            Value x;
            if (vm.next(iters[j], x)) raiseLength(vm, j, "longer");
        }
    }
    void clearRefs() override { iters.clear(); }
};

struct MapIter : NativeObject {
    LS_CLONEABLE(MapIter)
    void visitRefs(RefVisitor &v) override { v(func); v(iters); }
    Value func;
    std::vector<Value> iters;
    MapIter(TypeObject *t, Value f, std::vector<Value> its) : NativeObject(t), func(std::move(f)), iters(std::move(its)) {}
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        if (iters.empty()) return false;
        std::vector<Value> args;
        args.reserve(iters.size());
        for (auto &it : iters) {
            Value x;
            if (!vm.next(it, x)) return false;
            args.push_back(std::move(x));
        }
        Value f = func;
        out = vm.call(f, args);
        return true;
    }
    void clearRefs() override { func = Value(); iters.clear(); }
};

struct FilterIter : NativeObject {
    LS_CLONEABLE(FilterIter)
    void visitRefs(RefVisitor &v) override { v(func); v(it); }
    Value func, it;
    FilterIter(TypeObject *t, Value f, Value i) : NativeObject(t), func(std::move(f)), it(std::move(i)) {}
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        Value x;
        while (!it.isNull() && vm.next(it, x)) {
            bool keep = func.isNone() ? vm.truthy(x) : vm.truthy(vm.call(Value(func), {x}));
            if (keep) { out = std::move(x); return true; }
        }
        return false;
    }
    void clearRefs() override { func = it = Value(); }
};

// py: reversedobject: indexes a sequence from its end.
struct ReversedIter : NativeObject {
    LS_CLONEABLE(ReversedIter)
    void visitRefs(RefVisitor &v) override { v(seq); }
    Value seq;
    int64_t index;
    ReversedIter(TypeObject *t, Value s, int64_t i) : NativeObject(t), seq(std::move(s)), index(i) {}
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        if (index >= 0 && !seq.isNull()) {
            try {
                Value s = seq;
                out = vm.getItem(s, vm.integer(index));
                --index;
                return true;
            } catch (PyException &e) {
                if (!vm.isInstance(e.exc, vm.exc.IndexError) && !vm.isInstance(e.exc, vm.exc.StopIteration)) throw;
            }
        }
        index = -1;
        seq = Value();
        return false;
    }
    void clearRefs() override { seq = Value(); }
};

// py: calliterobject: calls until the result equals the sentinel.
struct CallableIter : NativeObject {
    LS_CLONEABLE(CallableIter)
    void visitRefs(RefVisitor &v) override { v(func); v(sentinel); }
    Value func, sentinel;
    CallableIter(TypeObject *t, Value f, Value s) : NativeObject(t), func(std::move(f)), sentinel(std::move(s)) {}
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        if (func.isNull()) return false;
        Value f = func, s = sentinel;
        Value r;
        try {
            r = vm.call(f, std::span<const Value>());
        } catch (PyException &e) {
            if (!vm.isInstance(e.exc, vm.exc.StopIteration)) throw;
            func = sentinel = Value();
            return false;
        }
        if (eqItems(vm, s, r)) {
            func = sentinel = Value();
            return false;
        }
        out = std::move(r);
        return true;
    }
    void clearRefs() override { func = sentinel = Value(); }
};

// --------------------------------------------------- iterator builtins

// py: enumerate_new_impl (argument clinic: iterable, start=0).
Value enumerateNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    allowedKw(vm, a, "enumerate", {"iterable", "start"});
    if (a.size() > 2)
        vm.raise(vm.exc.TypeError, "enumerate() takes at most 2 arguments (" + std::to_string(a.size() + a.kw.size()) + " given)");
    Value iterable = a.size() > 0 ? a[0] : Value();
    Value start = a.size() > 1 ? a[1] : Value();
    if (const Value *k = a.keyword("iterable")) iterable = *k;
    if (const Value *k = a.keyword("start")) start = *k;
    if (iterable.isNull()) vm.raise(vm.exc.TypeError, "enumerate() missing required argument 'iterable'");
    Value it = vm.iter(iterable);
    int64_t n = start.isNull() ? 0 : vm.index(start);
    return Value(vm.make<EnumerateIter>(cls, it, n));
}

Value zipNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    allowedKw(vm, a, "zip", {"strict"});
    bool strict = false;
    if (const Value *s = a.keyword("strict")) strict = vm.truthy(*s);
    std::vector<Value> iters;
    for (size_t i = 0; i < a.size(); ++i) iters.push_back(vm.iter(a[i]));
    return Value(vm.make<ZipIter>(cls, std::move(iters), strict));
}

Value mapNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    noKw(vm, a, "map");
    if (a.size() < 2) vm.raise(vm.exc.TypeError, "map() must have at least two arguments.");
    std::vector<Value> iters;
    for (size_t i = 1; i < a.size(); ++i) iters.push_back(vm.iter(a[i]));
    return Value(vm.make<MapIter>(cls, a[0], std::move(iters)));
}

Value filterNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    noKw(vm, a, "filter");
    rangeArgs(vm, a, "filter", 2, 2, 0);
    return Value(vm.make<FilterIter>(cls, a[0], vm.iter(a[1])));
}

// Whether `v` supports indexing and len (py: PySequence_Check, which
// excludes dicts).
bool isSequence(VM &vm, const Value &v) {
    if (v.is(Kind::Dict)) return false;
    TypeObject *t = vm.typeOf(v);
    return t->slots.getitem != nullptr || t->lookup("__getitem__").is(Kind::Function);
}

// py: reversed_new_impl
Value reversedNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    noKw(vm, a, "reversed");
    rangeArgs(vm, a, "reversed", 1, 1, 0);
    const Value &seq = a[0];
    TypeObject *t = vm.typeOf(seq);
    Value meth = t->lookup("__reversed__");
    if (meth.isNone()) vm.raise(vm.exc.TypeError, "'" + t->name + "' object is not reversible");
    if (!meth.isNull()) return vm.call(meth, {seq});
    if (!isSequence(vm, seq)) vm.raise(vm.exc.TypeError, "'" + t->name + "' object is not reversible");
    int64_t n = vm.len(seq);
    return Value(vm.make<ReversedIter>(cls, seq, n - 1));
}

// ------------------------------------------------------------ functions

// py: builtin_print_impl. The text is built first (str() of every argument
// may fail before anything is written), reported to the host as one print,
// then written.
Value builtinPrint(VM &vm, const CallArgs &a) {
    for (const KwArg &k : a.kw)
        if (k.name != "sep" && k.name != "end" && k.name != "file" && k.name != "flush")
            vm.raise(vm.exc.TypeError, "print() got an unexpected keyword argument '" + std::string(k.name) + "'");
    auto textArg = [&](const char *name, const char *dflt) {
        const Value *v = a.keyword(name);
        if (!v || v->isNone()) return std::string(dflt);
        if (!v->is(Kind::Str))
            vm.raise(vm.exc.TypeError, std::string(name) + " must be None or a string, not " + vm.typeName(*v));
        return v->as<StrObject>()->s;
    };
    std::string sep = textArg("sep", " ");
    std::string end = textArg("end", "\n");
    Value file;
    if (const Value *f = a.keyword("file"); f && !f->isNone()) file = *f;
    if (file.isNull()) {
        // py: file=None means sys.stdout, which a script may have replaced
        // (contextlib.redirect_stdout); the untouched stream writes to the
        // host directly.
        auto sys = vm.modules().find("sys");
        if (sys != vm.modules().end() && sys->second.is(Kind::Module)) {
            DictObject *d = sys->second.as<ModuleObject>()->dict.get();
            Value *out = d ? d->table.findStr("stdout", strHash("stdout")) : nullptr;
            Value *orig = d ? d->table.findStr("__stdout__", strHash("__stdout__")) : nullptr;
            if (out && out->isNone()) return vm.none();  // no stdout: print does nothing
            if (out && !(orig && out->identical(*orig))) file = *out;
        }
    }
    std::string text;
    for (size_t i = 0; i < a.size(); ++i) {
        if (i) text += sep;
        text += vm.toStr(a[i]);
    }
    text += end;
    vm.host().printed(text);
    if (file.isNull()) {
        vm.host().write(1, text);
        return vm.none();
    }
    vm.callMethod(file, "write", {vm.str(text)});
    if (const Value *fl = a.keyword("flush"); fl && vm.truthy(*fl)) vm.callMethod(file, "flush", std::span<const Value>());
    return vm.none();
}

Value builtinLen(VM &vm, const CallArgs &a) {
    noKw(vm, a, "len");
    exactArgs(vm, a, "len", 1, 0);
    return vm.integer(vm.len(a[0]));
}

Value builtinSorted(VM &vm, const CallArgs &a) {
    rangeArgs(vm, a, "sorted", 1, 1, 0);
    Value key;
    bool reverse;
    sortOptions(vm, a, key, reverse);
    Value out = vm.list(itemsOf(vm, a[0]));
    listSort(vm, out.as<ListObject>(), key, reverse);
    return out;
}

// py: min_max. `op` is Gt for max, Lt for min.
Value minMax(VM &vm, const CallArgs &a, const char *name, CompareOp op) {
    std::string n = name;
    if (a.size() == 0) vm.raise(vm.exc.TypeError, n + " expected at least 1 argument, got 0");
    if (a.kw.size() > 2)
        vm.raise(vm.exc.TypeError, n + "() takes at most 2 keyword arguments (" + std::to_string(a.kw.size()) + " given)");
    allowedKw(vm, a, name, {"key", "default"});
    Value key, dflt;
    if (const Value *k = a.keyword("key"); k && !k->isNone()) key = *k;
    if (const Value *d = a.keyword("default")) dflt = *d;
    if (a.size() > 1 && !dflt.isNull())
        vm.raise(vm.exc.TypeError, "Cannot specify a default for " + n + "() with multiple positional arguments");
    Value it = a.size() == 1 ? vm.iter(a[0]) : vm.iter(vm.tuple(std::vector<Value>(a.pos.begin(), a.pos.end())));
    Value best, bestKey, item;
    while (vm.next(it, item)) {
        Value k = key.isNull() ? item : vm.call(key, {item});
        if (best.isNull() || vm.compare(k, bestKey, op)) {
            best = std::move(item);
            bestKey = std::move(k);
        }
    }
    if (!best.isNull()) return best;
    if (!dflt.isNull()) return dflt;
    vm.raise(vm.exc.ValueError, n + "() arg is an empty sequence");
}

Value builtinMax(VM &vm, const CallArgs &a) { return minMax(vm, a, "max", CompareOp::Gt); }
Value builtinMin(VM &vm, const CallArgs &a) { return minMax(vm, a, "min", CompareOp::Lt); }

// py: builtin_sum_impl: left-to-right `+` (3.11 adds floats plainly).
Value builtinSum(VM &vm, const CallArgs &a) {
    size_t total = a.size() + a.kw.size();
    if (a.size() == 0) vm.raise(vm.exc.TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (total > 2) vm.raise(vm.exc.TypeError, "sum() takes at most 2 arguments (" + std::to_string(total) + " given)");
    allowedKw(vm, a, "sum", {"start"});
    Value result = vm.integer(0);
    if (a.size() > 1) result = a[1];
    if (const Value *s = a.keyword("start")) result = *s;
    if (result.is(Kind::Str)) vm.raise(vm.exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    std::string tn = vm.typeName(result);
    if (tn == "bytes") vm.raise(vm.exc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (tn == "bytearray") vm.raise(vm.exc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = vm.iter(a[0]), item;
    while (vm.next(it, item)) result = vm.binaryOp(BinOp::Add, result, item);
    return result;
}

Value anyAll(VM &vm, const CallArgs &a, const char *name, bool any) {
    noKw(vm, a, name);
    exactArgs(vm, a, name, 1, 0);
    Value it = vm.iter(a[0]), item;
    while (vm.next(it, item))
        if (vm.truthy(item) == any) return vm.boolean(any);
    return vm.boolean(!any);
}

Value builtinAny(VM &vm, const CallArgs &a) { return anyAll(vm, a, "any", true); }
Value builtinAll(VM &vm, const CallArgs &a) { return anyAll(vm, a, "all", false); }

Value builtinIter(VM &vm, const CallArgs &a) {
    noKw(vm, a, "iter");
    rangeArgs(vm, a, "iter", 1, 2, 0);
    if (a.size() == 1) return vm.iter(a[0]);
    if (!vm.isCallable(a[0])) vm.raise(vm.exc.TypeError, "iter(v, w): v must be callable");
    return Value(vm.make<CallableIter>(types(vm).callableIterator, a[0], a[1]));
}

// py: builtin_next: the iterator's own __next__ runs, so a generator's
// StopIteration keeps its value when no default is given.
Value builtinNext(VM &vm, const CallArgs &a) {
    noKw(vm, a, "next");
    rangeArgs(vm, a, "next", 1, 2, 0);
    const Value &it = a[0];
    Value out;
    if (it.is(Kind::Native) && it.as<NativeObject>()->isIterator()) {
        if (it.as<NativeObject>()->next(vm, out)) return out;
        if (a.size() > 1) return a[1];
        raiseStopIteration(vm);
    }
    TypeObject *t = vm.typeOf(it);
    Value meth = t->lookup("__next__");
    bool isGenerator = it.is(Kind::Generator) && it.as<GeneratorObject>()->flavor == GenFlavor::Generator;
    if (meth.isNull() || (it.is(Kind::Generator) && !isGenerator))
        vm.raise(vm.exc.TypeError, "'" + t->name + "' object is not an iterator");
    if (a.size() == 1) return vm.call(meth, {it});
    try {
        return vm.call(meth, {it});
    } catch (PyException &e) {
        if (!vm.isInstance(e.exc, vm.exc.StopIteration)) throw;
    }
    return a[1];
}

void defType(VM &vm, TypeObject *t, Value (*ctor)(VM &, TypeObject *, const CallArgs &)) {
    t->newInstance = ctor;
    vm.builtins()->table.set(vm, vm.str(t->name), Value(t));
}

}  // namespace

}  // namespace seq

void installIterFunctions(VM &vm) {
    using namespace seq;
    ContainerTypes &t = types(vm);
    defType(vm, t.enumerate, enumerateNew);
    defType(vm, t.zip, zipNew);
    defType(vm, t.map, mapNew);
    defType(vm, t.filter, filterNew);
    defType(vm, t.reversed, reversedNew);
    DictObject *b = vm.builtins();
    vm.defFunction(b, "print", builtinPrint);
    vm.defFunction(b, "len", builtinLen);
    vm.defFunction(b, "sorted", builtinSorted);
    vm.defFunction(b, "min", builtinMin);
    vm.defFunction(b, "max", builtinMax);
    vm.defFunction(b, "sum", builtinSum);
    vm.defFunction(b, "any", builtinAny);
    vm.defFunction(b, "all", builtinAll);
    vm.defFunction(b, "iter", builtinIter);
    vm.defFunction(b, "next", builtinNext);
    installIntrospectFunctions(vm);
    installSandboxFunctions(vm);
}

}  // namespace ls::interp

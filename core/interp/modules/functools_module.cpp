// The `functools` module. The C half mirrors py: Modules/_functoolsmodule.c
// (3.11): `partial` (a native callable with func/args/keywords, flattening
// nested partials, CPython's repr) and `reduce`, so neither adds a frame to
// tracebacks. The rest (wraps, update_wrapper, lru_cache, cache,
// total_ordering, cmp_to_key, cached_property, singledispatch) is Python:
// modules/py/functools.py, run into the same namespace.
#include "embedded_modules.h"
#include "module_util.h"
#include "native_util.h"

namespace ls::interp {

namespace {

struct PartialObject : NativeObject {
    LS_CLONEABLE(PartialObject)
    void visitRefs(RefVisitor &v) override { v(func); v(args); v(keywords); v(dict); }
    Value func, args, keywords;  // callable, tuple, dict
    Ref<DictObject> dict;        // __dict__ (attributes set by scripts)
    using NativeObject::NativeObject;
    void clearRefs() override { func = args = keywords = Value(); dict.reset(); }
};

PartialObject *partialOf(const Value &v) { return static_cast<PartialObject *>(v.obj()); }

// py: partial_new: partial(func, /, *args, **keywords); a plain partial
// wrapping another plain partial is flattened into one.
Value partialNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    if (a.size() < 1) vm.raise(vm.exc.TypeError, "type 'partial' takes at least one argument");
    Value func = a[0];
    std::vector<Value> args;
    auto *kw = vm.make<DictObject>(vm.types.dict);
    Value kwv(kw);
    TypeObject *partialType = vm.extension<TypeObject>("functools.partial");
    if (func.isObj() && func.obj()->type == partialType && cls == partialType && !partialOf(func)->dict) {
        auto *inner = partialOf(func);
        args = inner->args.as<TupleObject>()->items;
        kw->table = inner->keywords.as<DictObject>()->table;
        func = inner->func;
    } else if (!vm.isCallable(func)) {
        vm.raise(vm.exc.TypeError, "the first argument must be callable");
    }
    args.insert(args.end(), a.pos.begin() + 1, a.pos.end());
    for (auto &k : a.kw) kw->table.set(vm, vm.str(k.name), *k.value);
    auto *p = vm.make<PartialObject>(cls);
    Value pv(p);
    p->func = func;
    p->args = vm.tuple(std::move(args));
    p->keywords = kwv;
    return pv;
}

// py: partial_call: stored args first, call keywords override stored ones.
Value partialCall(VM &vm, const Value &self, const CallArgs &a) {
    Value keep = self;
    auto *p = partialOf(self);
    std::vector<Value> args = p->args.as<TupleObject>()->items;
    args.insert(args.end(), a.pos.begin(), a.pos.end());
    auto &stored = p->keywords.as<DictObject>()->table;
    std::vector<std::pair<std::string, Value>> kwv;
    for (size_t i = 0; i < stored.capacityEnd(); ++i) {
        const auto &e = stored.entryAt(i);
        if (e.key.isNull()) continue;
        std::string name = e.key.is(Kind::Str) ? e.key.as<StrObject>()->s : vm.toStr(e.key);
        bool overridden = false;
        for (auto &k : a.kw) overridden |= k.name == name;
        if (!overridden) kwv.emplace_back(std::move(name), e.value);
    }
    for (auto &k : a.kw) kwv.emplace_back(std::string(k.name), *k.value);
    std::vector<KwArg> kw;
    for (auto &k : kwv) kw.push_back(KwArg{k.first, &k.second});
    Value func = p->func;
    return vm.call(func, args, kw);
}

// py: partial_repr: "functools.partial(<func>, 1, k=2)"; a subclass shows
// its own qualified name.
std::string partialRepr(VM &vm, const Value &self) {
    auto *p = partialOf(self);
    TypeObject *t = self.obj()->type;
    std::string name = t->module == "functools" ? "functools." + t->qualname : t->qualname;
    std::string s = name + "(" + vm.repr(p->func);
    for (auto &x : p->args.as<TupleObject>()->items) s += ", " + vm.repr(x);
    auto &kw = p->keywords.as<DictObject>()->table;
    for (size_t i = 0; i < kw.capacityEnd(); ++i) {
        const auto &e = kw.entryAt(i);
        if (e.key.isNull()) continue;
        s += ", " + vm.toStr(e.key) + "=" + vm.repr(e.value);
    }
    return s + ")";
}

Value partialGetAttr(VM &vm, const Value &self, std::string_view name) {
    auto *p = partialOf(self);
    if (name == "func") return p->func;
    if (name == "args") return p->args;
    if (name == "keywords") return p->keywords;
    if (name == "__dict__") {
        if (!p->dict) p->dict = vm.make<DictObject>(vm.types.dict);
        return Value(p->dict.get());
    }
    if (p->dict) {
        if (Value *v = p->dict->table.findStr(name, strHash(name))) return *v;
    }
    return Value();
}

bool partialSetAttr(VM &vm, const Value &self, std::string_view name, const Value &v) {
    auto *p = partialOf(self);
    if (name == "func" || name == "args" || name == "keywords") vm.raise(vm.exc.AttributeError, "readonly attribute");
    if (!p->dict) p->dict = vm.make<DictObject>(vm.types.dict);
    p->dict->table.set(vm, vm.str(name), v);
    return true;
}

// py: functools_reduce.
Value reduce(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "reduce", 2, 3);
    Value it;
    try {
        it = vm.iter(a[1]);
    } catch (PyException &e) {
        if (vm.isInstance(e.exc, vm.exc.TypeError)) vm.raise(vm.exc.TypeError, "reduce() arg 2 must support iteration");
        throw;
    }
    Value result = a.size() > 2 ? a[2] : Value(), item;
    while (vm.next(it, item)) {
        if (result.isNull()) result = item;
        else result = vm.call(a[0], {result, item});
    }
    if (result.isNull()) vm.raise(vm.exc.TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

}  // namespace

Value initFunctoolsModule(VM &vm) {
    ModuleBuilder m(vm, "functools");
    TypeObject *partial = modutil::newType(vm, "partial", "functools", partialNew);
    vm.setExtension("functools.partial", partial);
    partial->slots.call = partialCall;
    partial->slots.repr = partialRepr;
    partial->slots.getattr = partialGetAttr;
    partial->slots.setattr = partialSetAttr;
    m.set("partial", Value(partial));
    m.fn("reduce", reduce);
    execEmbeddedModule(vm, "functools", m.dict);
    return m.module;
}

}  // namespace ls::interp

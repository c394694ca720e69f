// The builtin functions of introspection: isinstance issubclass getattr
// setattr hasattr delattr callable id vars dir globals locals.
// py: Python/bltinmodule.c, Objects/abstract.c object_isinstance /
// object_issubclass, Objects/object.c _dir_object (3.11)
#include "builtins_sequence_p.h"

#include <algorithm>
#include <cstring>

namespace ls::interp::seq {

namespace {

// A metaclass written in Python may define __instancecheck__ /
// __subclasscheck__ (ABCs); builtin metaclasses use the plain mro test.
Value userHook(VM &vm, const Value &cls, std::string_view name) {
    TypeObject *meta = vm.typeOf(cls);
    if (!meta->isHeapType) return Value();
    Value m = meta->lookup(name);
    return m.is(Kind::Function) ? m : Value();
}

bool isInstanceOf(VM &vm, const Value &obj, const Value &cls, int depth) {
    if (depth > vm.options().recursionLimit) vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded in __instancecheck__");
    if (cls.is(Kind::Type)) {
        if (vm.typeOf(obj) == cls.obj()) return true;
        Value hook = userHook(vm, cls, "__instancecheck__");
        if (!hook.isNull()) return vm.truthy(vm.call(hook, {cls, obj}));
        return vm.typeOf(obj)->isSubtypeOf(cls.as<TypeObject>());
    }
    if (cls.is(Kind::Tuple)) {
        std::vector<Value> items = cls.as<TupleObject>()->items;
        for (const Value &c : items)
            if (isInstanceOf(vm, obj, c, depth + 1)) return true;
        return false;
    }
    if (isGenericAlias(vm, cls))
        vm.raise(vm.exc.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    Value hook = vm.typeOf(cls)->lookup("__instancecheck__");
    if (hook.is(Kind::Function)) return vm.truthy(vm.call(hook, {cls, obj}));
    // types.UnionType (int | str) carries its members in __args__.
    if (vm.typeName(cls) == "UnionType") {
        Value args = vm.getAttrOpt(cls, "__args__");
        if (args.is(Kind::Tuple)) return isInstanceOf(vm, obj, args, depth + 1);
    }
    vm.raise(vm.exc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool isSubclassOf(VM &vm, const Value &derived, const Value &cls, int depth) {
    if (depth > vm.options().recursionLimit) vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
    if (cls.is(Kind::Tuple)) {
        std::vector<Value> items = cls.as<TupleObject>()->items;
        for (const Value &c : items)
            if (isSubclassOf(vm, derived, c, depth + 1)) return true;
        return false;
    }
    if (cls.is(Kind::Type)) {
        Value hook = userHook(vm, cls, "__subclasscheck__");
        if (!hook.isNull()) return vm.truthy(vm.call(hook, {cls, derived}));
    } else {
        Value hook = vm.typeOf(cls)->lookup("__subclasscheck__");
        if (hook.is(Kind::Function)) return vm.truthy(vm.call(hook, {cls, derived}));
    }
    if (!derived.is(Kind::Type)) vm.raise(vm.exc.TypeError, "issubclass() arg 1 must be a class");
    if (!cls.is(Kind::Type)) {
        if (vm.typeName(cls) == "UnionType") {
            Value args = vm.getAttrOpt(cls, "__args__");
            if (args.is(Kind::Tuple)) return isSubclassOf(vm, derived, args, depth + 1);
        }
        vm.raise(vm.exc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return derived.as<TypeObject>()->isSubtypeOf(cls.as<TypeObject>());
}

Value builtinIsinstance(VM &vm, const CallArgs &a) {
    noKw(vm, a, "isinstance");
    rangeArgs(vm, a, "isinstance", 2, 2, 0);
    return vm.boolean(isInstanceOf(vm, a[0], a[1], 0));
}

Value builtinIssubclass(VM &vm, const CallArgs &a) {
    noKw(vm, a, "issubclass");
    rangeArgs(vm, a, "issubclass", 2, 2, 0);
    return vm.boolean(isSubclassOf(vm, a[0], a[1], 0));
}

const std::string &attrName(VM &vm, const Value &name) {
    if (!name.is(Kind::Str))
        vm.raise(vm.exc.TypeError, "attribute name must be string, not '" + vm.typeName(name) + "'");
    return name.as<StrObject>()->s;
}

Value builtinGetattr(VM &vm, const CallArgs &a) {
    noKw(vm, a, "getattr");
    rangeArgs(vm, a, "getattr", 2, 3, 0);
    const std::string &name = attrName(vm, a[1]);
    if (a.size() == 2) return vm.getAttr(a[0], name);
    try {
        return vm.getAttr(a[0], name);
    } catch (PyException &e) {
        if (!vm.isInstance(e.exc, vm.exc.AttributeError)) throw;
    }
    return a[2];
}

Value builtinHasattr(VM &vm, const CallArgs &a) {
    noKw(vm, a, "hasattr");
    rangeArgs(vm, a, "hasattr", 2, 2, 0);
    const std::string &name = attrName(vm, a[1]);
    try {
        vm.getAttr(a[0], name);
        return vm.boolean(true);
    } catch (PyException &e) {
        if (!vm.isInstance(e.exc, vm.exc.AttributeError)) throw;
    }
    return vm.boolean(false);
}

Value builtinSetattr(VM &vm, const CallArgs &a) {
    noKw(vm, a, "setattr");
    rangeArgs(vm, a, "setattr", 3, 3, 0);
    vm.setAttr(a[0], attrName(vm, a[1]), a[2]);
    return vm.none();
}

Value builtinDelattr(VM &vm, const CallArgs &a) {
    noKw(vm, a, "delattr");
    rangeArgs(vm, a, "delattr", 2, 2, 0);
    vm.delAttr(a[0], attrName(vm, a[1]));
    return vm.none();
}

Value builtinCallable(VM &vm, const CallArgs &a) {
    noKw(vm, a, "callable");
    exactArgs(vm, a, "callable", 1, 0);
    return vm.boolean(vm.isCallable(a[0]));
}

// Objects: the address their repr shows (0x7f0000000000 + serial * 16), so
// hex(id(x)) matches `<... at 0x...>` as in CPython. Inline values get a
// stable id derived from the value: equal ints share it, as CPython's
// cached small ints do.
Value builtinId(VM &vm, const CallArgs &a) {
    noKw(vm, a, "id");
    exactArgs(vm, a, "id", 1, 0);
    const Value &v = a[0];
    constexpr uint64_t kMask = (uint64_t{1} << 47) - 1;
    uint64_t id = 0;
    switch (v.tag()) {
    case Value::Tag::Null:
    case Value::Tag::None: id = 0x7ef000000010ULL; break;
    case Value::Tag::Bool: id = v.asBool() ? 0x7ef000000020ULL : 0x7ef000000030ULL; break;
    case Value::Tag::Int: id = 0x7e0000000000ULL + ((static_cast<uint64_t>(v.asInt()) * 32) & 0xffffffffffULL); break;
    case Value::Tag::Float: {
        uint64_t bits;
        double d = v.asFloat();
        std::memcpy(&bits, &d, sizeof bits);
        id = 0x7d0000000000ULL + ((bits * 32) & 0xffffffffffULL);
        break;
    }
    case Value::Tag::Obj: id = v.obj()->serial * 16 + 0x7f0000000000ULL; break;
    }
    return vm.integer(static_cast<int64_t>(id & kMask));
}

// The frame's namespace as a dict: module/class bodies have one; function
// frames get a snapshot of their bound fast locals and cells, in CPython's
// co_localsplusnames order (locals, then cells, then free variables).
Value localsOf(VM &vm, Frame *f) {
    if (!f) return vm.dict();
    if (f->locals) return Value(f->locals.get());
    Value out = vm.dict();
    auto &t = out.as<DictObject>()->table;
    CodeObject *co = f->code.get();
    size_t nv = co->varnames.size();
    auto cellValue = [&](size_t i) -> Value {
        size_t slot = nv + i;
        if (slot >= f->fast.size() || !f->fast[slot].is(Kind::Cell)) return Value();
        return f->fast[slot].as<CellObject>()->v;
    };
    for (size_t i = 0; i < nv && i < f->fast.size(); ++i) {
        Value v = f->fast[i];
        for (size_t c = 0; c < co->cell2arg.size(); ++c)
            if (co->cell2arg[c] == static_cast<int>(i)) v = cellValue(c);
        if (!v.isNull()) t.set(vm, vm.str(co->varnames[i]), v);
    }
    for (size_t c = 0; c < co->cellvars.size(); ++c) {
        if (c < co->cell2arg.size() && co->cell2arg[c] >= 0) continue;
        Value v = cellValue(c);
        if (!v.isNull()) t.set(vm, vm.str(co->cellvars[c]), v);
    }
    for (size_t c = 0; c < co->freevars.size(); ++c) {
        Value v = cellValue(co->cellvars.size() + c);
        if (!v.isNull()) t.set(vm, vm.str(co->freevars[c]), v);
    }
    return out;
}

Value builtinGlobals(VM &vm, const CallArgs &a) {
    noKw(vm, a, "globals");
    exactArgs(vm, a, "globals", 0, 0);
    Frame *f = vm.currentFrame();
    return f && f->globals ? Value(f->globals.get()) : Value(vm.mainGlobals());
}

Value builtinLocals(VM &vm, const CallArgs &a) {
    noKw(vm, a, "locals");
    exactArgs(vm, a, "locals", 0, 0);
    return localsOf(vm, vm.currentFrame());
}

Value builtinVars(VM &vm, const CallArgs &a) {
    noKw(vm, a, "vars");
    rangeArgs(vm, a, "vars", 0, 1, 0);
    if (a.size() == 0) return localsOf(vm, vm.currentFrame());
    Value d = vm.getAttrOpt(a[0], "__dict__");
    if (d.isNull()) vm.raise(vm.exc.TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

void addKeys(VM &vm, std::vector<std::string> &names, const DictObject *d) {
    if (!d) return;
    (void)vm;
    for (size_t i = 0; i < d->table.capacityEnd(); ++i) {
        const Value &k = d->table.entryAt(i).key;
        if (k.is(Kind::Str)) names.push_back(k.as<StrObject>()->s);
    }
}

Value sortedNames(VM &vm, std::vector<std::string> names) {
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<Value> out;
    out.reserve(names.size());
    for (auto &n : names) out.push_back(vm.str(n));
    return vm.list(std::move(out));
}

// What CPython's `object` contributes to every dir(): the VM keeps only
// some of these in object's dict.
constexpr const char *kObjectNames[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__"};

// Names of the class chain: each class's dict, what a script class adds
// (__dict__, __module__, __weakref__), the attributes every exception has,
// and object's.
void addClassNames(VM &vm, std::vector<std::string> &names, TypeObject *t) {
    for (TypeObject *c : t->mro) {
        addKeys(vm, names, c->dict.get());
        if (c->isHeapType)
            for (const char *n : {"__dict__", "__module__", "__weakref__"}) names.push_back(n);
    }
    if (t->isSubtypeOf(vm.exc.BaseException))
        for (const char *n : {"__cause__", "__context__", "__suppress_context__", "__traceback__", "args",
                              "with_traceback", "add_note", "__setstate__", "__dict__"})
            names.push_back(n);
    for (const char *n : kObjectNames) names.push_back(n);
}

// py: builtin_dir / object___dir__ / type___dir__ / module___dir__
Value builtinDir(VM &vm, const CallArgs &a) {
    noKw(vm, a, "dir");
    rangeArgs(vm, a, "dir", 0, 1, 0);
    std::vector<std::string> names;
    if (a.size() == 0) {
        Value l = localsOf(vm, vm.currentFrame());
        addKeys(vm, names, l.as<DictObject>());
        return sortedNames(vm, std::move(names));
    }
    const Value &obj = a[0];
    TypeObject *t = vm.typeOf(obj);
    Value custom = t->lookup("__dir__");
    if (custom.is(Kind::Function)) {
        Value r = vm.call(custom, {obj});
        Value out = vm.list(itemsOf(vm, r));
        listSort(vm, out.as<ListObject>(), Value(), false);
        return out;
    }
    if (obj.is(Kind::Module)) {
        addKeys(vm, names, obj.as<ModuleObject>()->dict.get());
    } else if (obj.is(Kind::Type)) {
        addClassNames(vm, names, obj.as<TypeObject>());
    } else {
        Value d = vm.getAttrOpt(obj, "__dict__");
        if (d.is(Kind::Dict)) addKeys(vm, names, d.as<DictObject>());
        addClassNames(vm, names, t);
    }
    return sortedNames(vm, std::move(names));
}

}  // namespace

void installIntrospectFunctions(VM &vm) {
    DictObject *b = vm.builtins();
    vm.defFunction(b, "isinstance", builtinIsinstance);
    vm.defFunction(b, "issubclass", builtinIssubclass);
    vm.defFunction(b, "getattr", builtinGetattr);
    vm.defFunction(b, "hasattr", builtinHasattr);
    vm.defFunction(b, "setattr", builtinSetattr);
    vm.defFunction(b, "delattr", builtinDelattr);
    vm.defFunction(b, "callable", builtinCallable);
    vm.defFunction(b, "id", builtinId);
    vm.defFunction(b, "vars", builtinVars);
    vm.defFunction(b, "dir", builtinDir);
    vm.defFunction(b, "globals", builtinGlobals);
    vm.defFunction(b, "locals", builtinLocals);
}

}  // namespace ls::interp::seq

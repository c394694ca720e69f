// The object protocols: type of a value, attributes (with descriptors),
// items, truth, repr/str, hash, comparison, arithmetic dispatch, iteration.
// Builtin types answer through their TypeSlots; script classes through
// their dunder methods, as CPython's slot wrappers do.
#include "bigint.h"
#include "stack_limit.h"
#include "unicode_util.h"
#include "vm_internal.h"

#include <cmath>

namespace ls::interp {

TypeObject *VM::typeOf(const Value &v) const {
    switch (v.tag()) {
    case Value::Tag::Null:
    case Value::Tag::None: return types.NoneType;
    case Value::Tag::Bool: return types.bool_;
    case Value::Tag::Int: return types.int_;
    case Value::Tag::Float: return types.float_;
    case Value::Tag::Obj: return v.obj()->type;
    }
    return types.object;
}

namespace {

// Calls a dunder found on the type with `self` first. Null when absent.
Value callDunder(VM &vm, const Value &self, std::string_view name, std::span<const Value> args, bool &found) {
    TypeObject *t = vm.typeOf(self);
    Value m = t->lookup(name);
    found = !m.isNull() && !m.isNone();
    if (!found) return Value();
    if (m.is(Kind::Function)) {
        std::vector<Value> a;
        a.reserve(args.size() + 1);
        a.push_back(self);
        a.insert(a.end(), args.begin(), args.end());
        return vm.call(m, a);
    }
    if (m.is(Kind::StaticMethod)) return vm.call(m.as<MethodWrapperObject>()->func, args);
    std::vector<Value> a;
    a.push_back(self);
    a.insert(a.end(), args.begin(), args.end());
    return vm.call(m, a);
}

Value callDunder(VM &vm, const Value &self, std::string_view name, std::initializer_list<Value> args, bool &found) {
    return callDunder(vm, self, name, std::span<const Value>(args.begin(), args.size()), found);
}

bool isUserType(const TypeObject *t) { return t->isHeapType; }

Value instanceDictLookup(VM &vm, const Value &obj, std::string_view name) {
    if (internal::usesSideDict(obj)) {
        if (DictObject *d = sideDict(vm, obj.obj(), false))
            if (Value *v = d->table.findStr(name, strHash(name))) return *v;
        return Value();
    }
    if (obj.is(Kind::Instance) || obj.is(Kind::Exception)) {
        auto *d = obj.as<InstanceObject>()->dict.get();
        if (d) {
            if (Value *v = d->table.findStr(name, strHash(name))) return *v;
        }
    } else if (obj.is(Kind::Function)) {
        auto *d = obj.as<FunctionObject>()->dict.get();
        if (d) {
            if (Value *v = d->table.findStr(name, strHash(name))) return *v;
        }
    }
    return Value();
}

// Applies the descriptor protocol to a class attribute found for `obj`.
Value bindDescriptor(VM &vm, const Value &descr, const Value &obj, TypeObject *type) {
    if (!descr.isObj()) return descr;
    switch (descr.obj()->kind) {
    case Kind::Function: return Value(vm.make<BoundMethodObject>(vm.types.method, descr, obj));
    case Kind::BuiltinFunction:
        // A bound builtin method is a builtin_function_or_method, as in CPython.
        if (descr.as<BuiltinFunctionObject>()->ownerType)
            return Value(vm.make<BoundMethodObject>(descr.obj()->type == vm.types.wrapper_descriptor ? vm.types.method_wrapper
                                                                                                      : vm.types.builtin_function,
                                                    descr, obj));
        return descr;
    case Kind::ClassMethod:
        return Value(vm.make<BoundMethodObject>(vm.types.method, descr.as<MethodWrapperObject>()->func, Value(type)));
    case Kind::StaticMethod: return descr.as<MethodWrapperObject>()->func;
    case Kind::Property: {
        auto *p = descr.as<PropertyObject>();
        if (p->fget.isNull() || p->fget.isNone()) vm.raise(vm.exc.AttributeError, "property object has no getter");
        return vm.call(p->fget, {obj});
    }
    default: return descr;
    }
}

}  // namespace

Value internal::loadMethod(VM &vm, const Value &obj, std::string_view name, Value &self) {
    TypeObject *t = vm.typeOf(obj);
    if (!obj.is(Kind::Type) && !obj.is(Kind::Module) && !t->slots.getattr) {
        Value descr = t->lookup(name);
        if (descr.is(Kind::Function) || (descr.is(Kind::BuiltinFunction) && descr.as<BuiltinFunctionObject>()->ownerType)) {
            if (instanceDictLookup(vm, obj, name).isNull()) {
                self = obj;
                return descr;
            }
        }
    }
    self = Value();
    return vm.getAttr(obj, name);
}

Value VM::getAttrOpt(const Value &obj, std::string_view name) {
    TypeObject *t = typeOf(obj);
    if (t->slots.getattr) {
        Value v = t->slots.getattr(*this, obj, name);
        if (!v.isNull()) return v;
    }
    if (obj.is(Kind::Type)) return internal::typeGetAttr(*this, obj.as<TypeObject>(), name);
    if (obj.is(Kind::Module)) {
        auto *m = obj.as<ModuleObject>();
        if (m->dict) {
            if (Value *v = m->dict->table.findStr(name, strHash(name))) return *v;
        }
        if (name == "__dict__") return Value(m->dict.get());
        if (name == "__name__") return str(m->name);
    }
    Value descr = t->lookup(name);
    if (descr.is(Kind::Property)) return bindDescriptor(*this, descr, obj, t);
    // A descriptor written in Python: one with __set__ or __delete__ (a data
    // descriptor) wins over the instance dict, one with only __get__ not.
    Value userGet;
    if (descr.is(Kind::Instance) && typeOf(descr)->isHeapType) {
        TypeObject *dt = typeOf(descr);
        userGet = dt->lookup("__get__");
        if (!userGet.isNull() && (!dt->lookup("__set__").isNull() || !dt->lookup("__delete__").isNull()))
            return call(userGet, {descr, obj, Value(t)});
    }
    Value inst = instanceDictLookup(*this, obj, name);
    if (!inst.isNull()) return inst;
    Value special = internal::specialAttribute(*this, obj, name);
    if (!special.isNull()) return special;
    if (!userGet.isNull()) return call(userGet, {descr, obj, Value(t)});
    if (!descr.isNull()) return bindDescriptor(*this, descr, obj, t);
    if (isUserType(t)) {
        Value ga = t->lookup("__getattr__");
        if (!ga.isNull()) {
            try {
                return call(ga, {obj, str(name)});
            } catch (PyException &e) {
                if (isInstance(e.exc, exc.AttributeError)) return Value();
                throw;
            }
        }
    }
    return Value();
}

Value VM::getAttr(const Value &obj, std::string_view name) {
    Value v = getAttrOpt(obj, name);
    if (!v.isNull()) return v;
    std::string msg;
    if (obj.is(Kind::Type)) msg = "type object '" + obj.as<TypeObject>()->name + "' has no attribute '" + std::string(name) + "'";
    else if (obj.is(Kind::Module)) msg = "module '" + obj.as<ModuleObject>()->name + "' has no attribute '" + std::string(name) + "'";
    else msg = "'" + typeName(obj) + "' object has no attribute '" + std::string(name) + "'";
    Value e = newException(exc.AttributeError, msg);
    internal::attachNameSuggestion(*this, e, obj, name);
    throw PyException{e};
}

void VM::setAttr(const Value &obj, std::string_view name, Value v) {
    TypeObject *t = typeOf(obj);
    // A class's own __setattr__ sees every assignment, property ones included.
    if (isUserType(t) && !obj.is(Kind::Type)) {
        Value sa = t->lookup("__setattr__");
        if (sa.is(Kind::Function)) {
            call(sa, {obj, str(name), v});
            return;
        }
    }
    internal::genericSetAttr(*this, obj, name, std::move(v));
}

// py: PyObject_GenericSetAttr (object.__setattr__): data descriptors, then
// the instance dict.
void internal::genericSetAttr(VM &vm, const Value &obj, std::string_view name, Value v) {
    TypeObject *t = vm.typeOf(obj);
    if (t->slots.setattr && t->slots.setattr(vm, obj, name, v)) return;
    if (obj.is(Kind::Type)) {
        auto *cls = obj.as<TypeObject>();
        if (cls->isBuiltin)
            vm.raise(vm.exc.TypeError, "cannot set '" + std::string(name) + "' attribute of immutable type '" + cls->name + "'");
        if (name == "__name__" && v.is(Kind::Str)) cls->name = v.as<StrObject>()->s;
        cls->dict->table.set(vm, vm.str(name), std::move(v));
        return;
    }
    if (obj.is(Kind::Module)) {
        obj.as<ModuleObject>()->dict->table.set(vm, vm.str(name), std::move(v));
        return;
    }
    Value descr = t->lookup(name);
    if (descr.is(Kind::Property)) {
        auto *p = descr.as<PropertyObject>();
        if (p->fset.isNull() || p->fset.isNone())
            vm.raise(vm.exc.AttributeError, "property '" + std::string(name) + "' of '" + t->name + "' object has no setter");
        vm.call(p->fset, {obj, v});
        return;
    }
    if (descr.is(Kind::Instance) && vm.typeOf(descr)->isHeapType) {
        TypeObject *dt = vm.typeOf(descr);
        Value set = dt->lookup("__set__");
        if (!set.isNull()) {
            vm.call(set, {descr, obj, v});
            return;
        }
        if (!dt->lookup("__delete__").isNull()) vm.raise(vm.exc.AttributeError, "__set__");
    }
    if (obj.is(Kind::Instance) || obj.is(Kind::Exception)) {
        if (internal::setSpecialAttribute(vm, obj, name, v)) return;
        if (!internal::instanceMayHaveAttribute(vm, t, name))
            vm.raise(vm.exc.AttributeError, "'" + t->name + "' object has no attribute '" + std::string(name) + "'");
        auto *inst = obj.as<InstanceObject>();
        if (!inst->dict) inst->dict = vm.make<DictObject>(vm.types.dict);
        inst->dict->table.set(vm, Value(vm.intern(name).get()), std::move(v));
        return;
    }
    if (internal::usesSideDict(obj) && internal::instanceMayHaveAttribute(vm, t, name)) {
        sideDict(vm, obj.obj(), true)->table.set(vm, Value(vm.intern(name).get()), std::move(v));
        return;
    }
    if (obj.is(Kind::Function)) {
        auto *fn = obj.as<FunctionObject>();
        if (name == "__name__" && v.is(Kind::Str)) { fn->name = v.as<StrObject>()->s; return; }
        if (name == "__qualname__" && v.is(Kind::Str)) { fn->qualname = v.as<StrObject>()->s; return; }
        if (name == "__module__" && v.is(Kind::Str)) { fn->module = v.as<StrObject>()->s; return; }
        if (!fn->dict) fn->dict = vm.make<DictObject>(vm.types.dict);
        fn->dict->table.set(vm, vm.str(name), std::move(v));
        return;
    }
    vm.raise(vm.exc.AttributeError, "'" + vm.typeName(obj) + "' object has no attribute '" + std::string(name) + "'");
}

void VM::delAttr(const Value &obj, std::string_view name) {
    TypeObject *t = typeOf(obj);
    if (isUserType(t) && !obj.is(Kind::Type)) {
        Value da = t->lookup("__delattr__");
        if (da.is(Kind::Function)) {
            call(da, {obj, str(name)});
            return;
        }
    }
    internal::genericDelAttr(*this, obj, name);
}

void internal::genericDelAttr(VM &vm, const Value &obj, std::string_view name) {
    TypeObject *t = vm.typeOf(obj);
    Value descr = t->lookup(name);
    if (descr.is(Kind::Property)) {
        auto *p = descr.as<PropertyObject>();
        if (p->fdel.isNull() || p->fdel.isNone())
            vm.raise(vm.exc.AttributeError, "property '" + std::string(name) + "' of '" + t->name + "' object has no deleter");
        vm.call(p->fdel, {obj});
        return;
    }
    if (descr.is(Kind::Instance) && vm.typeOf(descr)->isHeapType && !obj.is(Kind::Type)) {
        TypeObject *dt = vm.typeOf(descr);
        Value del = dt->lookup("__delete__");
        if (!del.isNull()) {
            vm.call(del, {descr, obj});
            return;
        }
        if (!dt->lookup("__set__").isNull()) vm.raise(vm.exc.AttributeError, "__delete__");
    }
    DictObject *d = nullptr;
    if (obj.is(Kind::Instance) || obj.is(Kind::Exception)) d = obj.as<InstanceObject>()->dict.get();
    else if (obj.is(Kind::Type) && !obj.as<TypeObject>()->isBuiltin) d = obj.as<TypeObject>()->dict.get();
    else if (obj.is(Kind::Module)) d = obj.as<ModuleObject>()->dict.get();
    else if (obj.is(Kind::Function)) d = obj.as<FunctionObject>()->dict.get();
    else if (internal::usesSideDict(obj)) d = sideDict(vm, obj.obj(), false);
    if (d && d->table.erase(vm, vm.str(name))) return;
    vm.raise(vm.exc.AttributeError, obj.is(Kind::Type) ? "type object '" + obj.as<TypeObject>()->name + "' has no attribute '" + std::string(name) + "'"
                                                 : "'" + vm.typeName(obj) + "' object has no attribute '" + std::string(name) + "'");
}

// ------------------------------------------------------------------ items

Value VM::getItem(const Value &obj, const Value &key) {
    TypeObject *t = typeOf(obj);
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(*this, obj, "__getitem__", {key}, found);
        if (found) return r;
    }
    if (t->slots.getitem) return t->slots.getitem(*this, obj, key);
    if (obj.is(Kind::Type)) {
        // list[int], dict[str, int]: generic aliases are shown as the class.
        Value cgi = obj.as<TypeObject>()->lookup("__class_getitem__");
        if (!cgi.isNull()) return bindDescriptor(*this, cgi, obj, obj.as<TypeObject>()).isNull() ? obj : call(bindDescriptor(*this, cgi, obj, obj.as<TypeObject>()), {key});
        if (obj.as<TypeObject>()->isBuiltin) return obj;
        raise(exc.TypeError, "type '" + obj.as<TypeObject>()->name + "' is not subscriptable");
    }
    raise(exc.TypeError, "'" + t->name + "' object is not subscriptable");
}

void VM::setItem(const Value &obj, const Value &key, Value v) {
    TypeObject *t = typeOf(obj);
    if (isUserType(t)) {
        bool found;
        callDunder(*this, obj, "__setitem__", {key, v}, found);
        if (found) return;
    }
    if (t->slots.setitem) return t->slots.setitem(*this, obj, key, std::move(v));
    raise(exc.TypeError, "'" + t->name + "' object does not support item assignment");
}

void VM::delItem(const Value &obj, const Value &key) {
    TypeObject *t = typeOf(obj);
    if (isUserType(t)) {
        bool found;
        callDunder(*this, obj, "__delitem__", {key}, found);
        if (found) return;
    }
    if (t->slots.delitem) return t->slots.delitem(*this, obj, key);
    raise(exc.TypeError, "'" + t->name + "' object doesn't support item deletion");
}

bool VM::contains(const Value &container, const Value &item) {
    TypeObject *t = typeOf(container);
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(*this, container, "__contains__", {item}, found);
        if (found) return truthy(r);
    }
    if (t->slots.contains) return t->slots.contains(*this, container, item);
    bool iterable = t->slots.iter || !t->lookup("__iter__").isNull() || !t->lookup("__getitem__").isNull() ||
                    container.is(Kind::Generator) ||
                    (container.obj() && container.is(Kind::Native) && static_cast<NativeObject *>(container.obj())->isIterator());
    if (!iterable) raise(exc.TypeError, "argument of type '" + t->name + "' is not iterable");
    Value it = iter(container), v;
    while (next(it, v))
        if (v.identical(item) || eq(v, item)) return true;
    return false;
}

int64_t VM::len(const Value &obj) {
    TypeObject *t = typeOf(obj);
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(*this, obj, "__len__", {}, found);
        if (found) {
            if (!r.isInt() && !r.isBool()) raise(exc.TypeError, "'" + typeName(r) + "' object cannot be interpreted as an integer");
            int64_t n = r.isBool() ? r.asBool() : r.asInt();
            if (n < 0) raise(exc.ValueError, "__len__() should return >= 0");
            return n;
        }
    }
    if (t->slots.len) return t->slots.len(*this, obj);
    raise(exc.TypeError, "object of type '" + t->name + "' has no len()");
}

// ------------------------------------------------------------------ truth

bool VM::truthy(const Value &v) {
    switch (v.tag()) {
    case Value::Tag::Null:
    case Value::Tag::None: return false;
    case Value::Tag::Bool: return v.asBool();
    case Value::Tag::Int: return v.asInt() != 0;
    case Value::Tag::Float: return v.asFloat() != 0.0;
    case Value::Tag::Obj: break;
    }
    TypeObject *t = v.obj()->type;
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(*this, v, "__bool__", {}, found);
        if (found) {
            if (!r.isBool()) raise(exc.TypeError, "__bool__ should return bool, returned " + typeName(r));
            return r.asBool();
        }
        r = callDunder(*this, v, "__len__", {}, found);
        if (found) return truthy(r);
    }
    if (t->slots.truthy) return t->slots.truthy(*this, v);
    if (t->slots.len) return t->slots.len(*this, v) != 0;
    return true;
}

// ------------------------------------------------------------- repr / str

std::string VM::repr(const Value &v) {
    TypeObject *t = typeOf(v);
    if (isUserType(t)) {
        Value m = t->lookup("__repr__");
        if (m.is(Kind::Function)) {
            Value r = call(m, {v});
            if (!r.is(Kind::Str)) raise(exc.TypeError, "__repr__ returned non-string (type " + typeName(r) + ")");
            return r.as<StrObject>()->s;
        }
    }
    if (t->slots.repr) {
        pushDepth(" while getting the repr of an object");  // py: PyObject_Repr
        struct G { VM &vm; ~G() { vm.popDepth(); } } g{*this};
        return t->slots.repr(*this, v);
    }
    return internal::defaultRepr(*this, v);
}

std::string VM::toStr(const Value &v) {
    if (v.is(Kind::Str) && v.obj()->type == types.str) return v.as<StrObject>()->s;
    TypeObject *t = typeOf(v);
    if (isUserType(t)) {
        Value m = t->lookup("__str__");
        if (m.is(Kind::Function)) {
            Value r = call(m, {v});
            if (!r.is(Kind::Str)) raise(exc.TypeError, "__str__ returned non-string (type " + typeName(r) + ")");
            return r.as<StrObject>()->s;
        }
        Value rm = t->lookup("__repr__");
        if (rm.is(Kind::Function)) return repr(v);
    }
    if (t->slots.str) return t->slots.str(*this, v);
    return repr(v);
}

Value VM::format(const Value &v, std::string_view spec) {
    TypeObject *t = typeOf(v);
    if (isUserType(t)) {
        Value m = t->lookup("__format__");
        if (m.is(Kind::Function)) {
            Value r = call(m, {v, str(spec)});
            if (!r.is(Kind::Str)) raise(exc.TypeError, "__format__ must return a str, not " + typeName(r));
            return r;
        }
    }
    if (t->slots.format) return t->slots.format(*this, v, spec);
    if (!spec.empty())
        raise(exc.TypeError, "unsupported format string passed to " + t->name + ".__format__");
    return str(toStr(v));
}

// ------------------------------------------------------------------- hash

int64_t VM::hash(const Value &v) {
    switch (v.tag()) {
    case Value::Tag::Null:
    case Value::Tag::None: return 0x5f3759df;
    case Value::Tag::Bool: return v.asBool() ? 1 : 0;
    case Value::Tag::Int: {
        // py: Objects/longobject.c long_hash: modulo the Mersenne prime 2**61-1.
        int64_t x = v.asInt();
        const uint64_t P = (uint64_t(1) << 61) - 1;
        uint64_t ax = x < 0 ? static_cast<uint64_t>(-(x + 1)) + 1 : static_cast<uint64_t>(x);
        int64_t h = static_cast<int64_t>(ax % P);
        if (x < 0) h = -h;
        return h == -1 ? -2 : h;
    }
    case Value::Tag::Float: break;
    case Value::Tag::Obj:
        if (v.obj()->kind == Kind::Str) {
            auto *s = v.as<StrObject>();
            if (s->hashCache == -1) s->hashCache = strHash(s->s);
            return s->hashCache;
        }
        break;
    }
    TypeObject *t = typeOf(v);
    if (isUserType(t)) {
        Value m = t->lookup("__hash__");
        if (m.isNone()) raise(exc.TypeError, "unhashable type: '" + t->name + "'");
        if (m.is(Kind::Function)) {
            Value r = call(m, {v});
            if (!r.isInt()) raise(exc.TypeError, "__hash__ method should return an integer");
            int64_t h = r.asInt();
            return h == -1 ? -2 : h;
        }
    }
    if (t->slots.unhashable) raise(exc.TypeError, "unhashable type: '" + t->name + "'");
    if (t->slots.hash) return t->slots.hash(*this, v);
    // object.__hash__: from the identity, as CPython's (address >> 4).
    return static_cast<int64_t>(v.obj()->serial * 16 + 140000000000000ULL) >> 4;
}

// ------------------------------------------------------------- comparison

namespace {

const char *cmpSymbol(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
    }
    return "?";
}
const char *cmpDunder(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return "__lt__";
    case CompareOp::Le: return "__le__";
    case CompareOp::Eq: return "__eq__";
    case CompareOp::Ne: return "__ne__";
    case CompareOp::Gt: return "__gt__";
    case CompareOp::Ge: return "__ge__";
    }
    return "";
}
CompareOp reflected(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
    }
}

// One side's answer: a dunder for script classes, else the slot.
Value tryCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    TypeObject *t = vm.typeOf(a);
    if (isUserType(t)) {
        Value m = t->lookup(cmpDunder(op));
        if (m.is(Kind::Function)) return vm.call(m, {a, b});
        if (op == CompareOp::Ne) {
            Value e = t->lookup("__eq__");
            if (e.is(Kind::Function)) {
                Value r = vm.call(e, {a, b});
                if (r.identical(vm.notImplemented())) return r;
                return Value::boolean(!vm.truthy(r));
            }
        }
    }
    if (t->slots.richcompare) return t->slots.richcompare(vm, a, b, op);
    return vm.notImplemented();
}

}  // namespace

Value VM::richCompare(const Value &a, const Value &b, CompareOp op) {
    // Containers compare their items through here: nesting deeper than the
    // limit is a RecursionError (py: PyObject_RichCompare).
    pushDepth(" in comparison");
    struct G { VM &vm; ~G() { vm.popDepth(); } } depthGuard{*this};
    TypeObject *ta = typeOf(a), *tb = typeOf(b);
    // A subclass's reflected method gets priority (py: Objects/object.c do_richcompare).
    bool reflectFirst = ta != tb && tb->isSubtypeOf(ta) && isUserType(tb);
    if (reflectFirst) {
        Value r = tryCompare(*this, b, a, reflected(op));
        if (!r.identical(notImplemented_)) return r;
    }
    Value r = tryCompare(*this, a, b, op);
    if (!r.identical(notImplemented_)) return r;
    if (!reflectFirst) {
        r = tryCompare(*this, b, a, reflected(op));
        if (!r.identical(notImplemented_)) return r;
    }
    if (op == CompareOp::Eq) return Value::boolean(a.identical(b));
    if (op == CompareOp::Ne) return Value::boolean(!a.identical(b));
    raise(exc.TypeError, std::string("'") + cmpSymbol(op) + "' not supported between instances of '" + ta->name + "' and '" + tb->name + "'");
}

bool VM::compare(const Value &a, const Value &b, CompareOp op) {
    if (a.isInt() && b.isInt()) {
        int64_t x = a.asInt(), y = b.asInt();
        switch (op) {
        case CompareOp::Lt: return x < y;
        case CompareOp::Le: return x <= y;
        case CompareOp::Eq: return x == y;
        case CompareOp::Ne: return x != y;
        case CompareOp::Gt: return x > y;
        case CompareOp::Ge: return x >= y;
        }
    }
    Value r = richCompare(a, b, op);
    return r.isBool() ? r.asBool() : truthy(r);
}

bool VM::eq(const Value &a, const Value &b) {
    if (a.identical(b) && !a.isFloat()) return true;
    if (a.is(Kind::Str) && b.is(Kind::Str)) return a.as<StrObject>()->s == b.as<StrObject>()->s;
    return compare(a, b, CompareOp::Eq);
}

// ------------------------------------------------------------- arithmetic

namespace {

const char *binSymbol(BinOp op) {
    static const char *syms[] = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"};
    int i = static_cast<int>(op);
    if (i >= kInplaceOffset) i -= kInplaceOffset;
    return syms[i];
}
const char *binDunder(int i) {
    static const char *names[] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"};
    return names[i];
}

Value trySide(VM &vm, TypeObject *t, BinOp base, const Value &a, const Value &b, bool reflectedSide) {
    if (isUserType(t)) {
        std::string name = std::string(reflectedSide ? "__r" : "__") + binDunder(static_cast<int>(base)) + "__";
        Value m = t->lookup(name);
        if (m.is(Kind::Function)) return reflectedSide ? vm.call(m, {b, a}) : vm.call(m, {a, b});
    }
    if (t->slots.binary) return t->slots.binary(vm, base, a, b);
    return vm.notImplemented();
}

}  // namespace

Value VM::binaryOp(BinOp op, const Value &a, const Value &b) {
    int i = static_cast<int>(op);
    bool inplace = i >= kInplaceOffset;
    BinOp base = inplace ? static_cast<BinOp>(i - kInplaceOffset) : op;
    TypeObject *ta = typeOf(a), *tb = typeOf(b);
    if (inplace) {
        if (isUserType(ta)) {
            Value m = ta->lookup(std::string("__i") + binDunder(static_cast<int>(base)) + "__");
            if (m.is(Kind::Function)) {
                Value r = call(m, {a, b});
                if (!r.identical(notImplemented_)) return r;
            }
        }
        if (ta->slots.binary) {
            // In-place forms for mutable builtins (list +=, set |=, dict |=).
            Value r = ta->slots.binary(*this, op, a, b);
            if (!r.identical(notImplemented_)) return r;
        }
    }
    bool reflectFirst = ta != tb && tb->isSubtypeOf(ta) && isUserType(tb);
    if (reflectFirst) {
        Value r = trySide(*this, tb, base, a, b, true);
        if (!r.identical(notImplemented_)) return r;
    }
    Value r = trySide(*this, ta, base, a, b, false);
    if (!r.identical(notImplemented_)) return r;
    if (!reflectFirst && tb != ta) {
        r = trySide(*this, tb, base, a, b, true);
        if (!r.identical(notImplemented_)) return r;
    } else if (!reflectFirst && tb == ta && !isUserType(ta) && ta->slots.binary == nullptr) {
        // nothing
    }
    std::string sym = binSymbol(op);
    if (inplace && base != BinOp::Pow) sym += "=";
    else if (inplace) sym = "**=";
    if (base == BinOp::Add && a.is(Kind::Str) && !b.is(Kind::Str))
        raise(exc.TypeError, "can only concatenate str (not \"" + tb->name + "\") to str");
    if (base == BinOp::Add && a.is(Kind::List) && !b.is(Kind::List) && !inplace)
        raise(exc.TypeError, "can only concatenate list (not \"" + tb->name + "\") to list");
    if (base == BinOp::Add && a.is(Kind::Tuple) && !b.is(Kind::Tuple))
        raise(exc.TypeError, "can only concatenate tuple (not \"" + tb->name + "\") to tuple");
    raise(exc.TypeError, "unsupported operand type(s) for " + sym + ": '" + ta->name + "' and '" + tb->name + "'");
}

Value VM::unaryNegative(const Value &a) {
    if (a.isInt()) {
        if (a.asInt() == INT64_MIN) return big::negate(*this, a);  // 2**63
        return Value::integer(-a.asInt());
    }
    if (a.isFloat()) return Value::real(-a.asFloat());
    return internal::unaryOp(*this, Op::UNARY_NEGATIVE, a);
}

Value internal::unaryOp(VM &vm, Op op, const Value &a) {
    TypeObject *t = vm.typeOf(a);
    const char *dunder = op == Op::UNARY_NEGATIVE ? "__neg__" : op == Op::UNARY_POSITIVE ? "__pos__" : "__invert__";
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(vm, a, dunder, {}, found);
        if (found) return r;
    }
    auto slot = op == Op::UNARY_NEGATIVE ? t->slots.negative : op == Op::UNARY_POSITIVE ? t->slots.positive : t->slots.invert;
    if (slot) return slot(vm, a);
    const char *sym = op == Op::UNARY_NEGATIVE ? "-" : op == Op::UNARY_POSITIVE ? "+" : "~";
    vm.raise(vm.exc.TypeError, std::string("bad operand type for unary ") + sym + ": '" + t->name + "'");
}

// -------------------------------------------------------------- iteration

Value VM::iter(const Value &obj) {
    TypeObject *t = typeOf(obj);
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(*this, obj, "__iter__", {}, found);
        if (found) {
            TypeObject *rt = typeOf(r);
            bool isIter = r.is(Kind::Generator) || (r.is(Kind::Native) && static_cast<NativeObject *>(r.obj())->isIterator()) ||
                          !rt->lookup("__next__").isNull();
            if (!isIter) raise(exc.TypeError, "iter() returned non-iterator of type '" + rt->name + "'");
            return r;
        }
        if (!t->lookup("__getitem__").isNull()) return internal::sequenceIterator(*this, obj);
    }
    if (t->slots.iter) return t->slots.iter(*this, obj);
    if (obj.is(Kind::Generator) && obj.as<GeneratorObject>()->flavor == GenFlavor::Generator) return obj;
    if (obj.is(Kind::Native) && static_cast<NativeObject *>(obj.obj())->isIterator()) return obj;
    raise(exc.TypeError, "'" + t->name + "' object is not iterable");
}

bool VM::next(const Value &it, Value &out) {
    countNativeStep();
    // map(f, map(f, ...)) nested a hundred thousand deep recurses in C++
    // without a Python frame (CPython itself crashes there).
    if (cppStackNearlyFull()) raise(exc.RecursionError, "maximum recursion depth exceeded");
    if (it.is(Kind::Native)) {
        auto *n = static_cast<NativeObject *>(it.obj());
        if (n->isIterator()) return n->next(*this, out);
    }
    if (it.is(Kind::Generator)) {
        auto *g = it.as<GeneratorObject>();
        if (g->flavor == GenFlavor::Generator) {
            if (g->state == GenState::Closed) return false;
            return resume(g, Value::none(), Value(), out);
        }
    }
    TypeObject *t = typeOf(it);
    Value m = t->lookup("__next__");
    if (m.isNull()) raise(exc.TypeError, "'" + t->name + "' object is not an iterator");
    try {
        out = call(m, {it});
        return true;
    } catch (PyException &e) {
        if (isInstance(e.exc, exc.StopIteration)) return false;
        throw;
    }
}

std::vector<Value> VM::toVector(const Value &iterable) {
    if (iterable.is(Kind::List) && iterable.obj()->type == types.list) return iterable.as<ListObject>()->items;
    if (iterable.is(Kind::Tuple) && iterable.obj()->type == types.tuple) return iterable.as<TupleObject>()->items;
    std::vector<Value> out;
    Value it = iter(iterable), v;
    while (next(it, v)) out.push_back(std::move(v));
    return out;
}

int64_t VM::index(const Value &v) {
    if (v.isInt()) return v.asInt();
    if (v.isBool()) return v.asBool() ? 1 : 0;
    // py: PyNumber_AsSsize_t(v, PyExc_IndexError), as subscripts use it.
    if (big::isBig(v)) raise(exc.IndexError, "cannot fit 'int' into an index-sized integer");
    TypeObject *t = typeOf(v);
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(*this, v, "__index__", {}, found);
        if (found && r.isInt()) return r.asInt();
        if (found && big::isBig(r)) raise(exc.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    raise(exc.TypeError, "'" + t->name + "' object cannot be interpreted as an integer");
}

double VM::toDouble(const Value &v) {
    if (v.isFloat()) return v.asFloat();
    if (v.isInt()) return static_cast<double>(v.asInt());
    if (v.isBool()) return v.asBool() ? 1.0 : 0.0;
    if (big::isBig(v)) return big::toDouble(*this, v);
    TypeObject *t = typeOf(v);
    if (isUserType(t)) {
        bool found;
        Value r = callDunder(*this, v, "__float__", {}, found);
        if (found && r.isFloat()) return r.asFloat();
    }
    raise(exc.TypeError, "must be real number, not " + t->name);
}

}  // namespace ls::interp

namespace ls::interp {

// py: Objects/object.c PyObject_ASCII: repr() with non-ASCII escaped.
std::string internal::asciiRepr(VM &vm, const Value &v) {
    std::string r = vm.repr(v), out;
    for (size_t i = 0; i < r.size();) {
        unsigned char c = static_cast<unsigned char>(r[i]);
        if (c < 0x80) { out += static_cast<char>(c); ++i; continue; }
        uint32_t cp;
        int len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
        cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
        for (int k = 1; k < len && i + k < r.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(r[i + k]) & 0x3F);
        i += static_cast<size_t>(len);
        out += escapeCodePoint(cp);
    }
    return out;
}

}  // namespace ls::interp

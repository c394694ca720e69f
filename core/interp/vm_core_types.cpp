// The core builtin types: object, type, NoneType, the exception hierarchy,
// property/staticmethod/classmethod/super; and the builtins namespace entries
// for every type.
#include "args.h"
#include "builtins.h"
#include "exception_groups.h"
#include "vm_internal.h"

namespace ls::interp {

void installGeneratorTypes(VM &vm);
void installOSErrors(VM &vm);  // os_errors.cpp

namespace {

// ------------------------------------------------------------ exceptions

Value exceptionNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto *e = vm.make<ExceptionObject>(cls);
    Value v(e);
    e->args = vm.tuple(std::vector<Value>(a.pos.begin(), a.pos.end()));
    if (cls->isSubtypeOf(vm.exc.StopIteration) || cls->isSubtypeOf(vm.exc.SystemExit)) {
        e->value = a.size() == 0 ? Value::none() : a[0];
    }
    return v;
}

std::string exceptionStr(VM &vm, const Value &self) {
    auto *e = self.as<ExceptionObject>();
    auto &items = e->args.as<TupleObject>()->items;
    if (items.empty()) return "";
    if (items.size() == 1) {
        if (vm.isInstance(self, vm.exc.KeyError)) return vm.repr(items[0]);
        return vm.toStr(items[0]);
    }
    return vm.repr(e->args);
}

std::string exceptionRepr(VM &vm, const Value &self) {
    auto *e = self.as<ExceptionObject>();
    auto &items = e->args.as<TupleObject>()->items;
    std::string name = e->type->name;
    if (items.size() == 1) return name + "(" + vm.repr(items[0]) + ")";
    std::string r = vm.repr(e->args);
    return name + r;
}

// ---------------------------------------------------------------- object

std::string objectRepr(VM &vm, const Value &v) { return internal::defaultRepr(vm, v); }

Value objectRichCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (op == CompareOp::Eq) return a.identical(b) ? Value::boolean(true) : vm.notImplemented();
    if (op == CompareOp::Ne) {
        // object.__ne__ inverts __eq__ (py: object_richcompare).
        return a.identical(b) ? Value::boolean(false) : vm.notImplemented();
    }
    return vm.notImplemented();
}

// ----------------------------------------------------------------- super

// py: Objects/typeobject.c super_getattro
Value superGetAttr(VM &vm, const Value &self, std::string_view name) {
    auto *s = self.as<SuperObject>();
    if (name == "__class__") return Value();
    TypeObject *start = s->obj.is(Kind::Type) && s->obj.as<TypeObject>()->isSubtypeOf(s->startAfter.get())
                            ? s->obj.as<TypeObject>()
                            : vm.typeOf(s->obj);
    auto &mro = start->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->startAfter.get()) ++i;
    for (++i; i < mro.size(); ++i) {
        TypeObject *t = mro[i];
        if (!t->dict) continue;
        Value *d = t->dict->table.findStr(name, strHash(name));
        if (!d) continue;
        Value descr = *d;
        bool objIsClass = s->obj.is(Kind::Type) && start == s->obj.as<TypeObject>();
        if (descr.is(Kind::Function) || (descr.is(Kind::BuiltinFunction) && descr.as<BuiltinFunctionObject>()->ownerType)) {
            if (objIsClass) return descr;
            return Value(vm.make<BoundMethodObject>(vm.types.method, descr, s->obj));
        }
        if (descr.is(Kind::ClassMethod))
            return Value(vm.make<BoundMethodObject>(vm.types.method, descr.as<MethodWrapperObject>()->func, Value(start)));
        if (descr.is(Kind::StaticMethod)) return descr.as<MethodWrapperObject>()->func;
        if (descr.is(Kind::Property)) return vm.call(descr.as<PropertyObject>()->fget, {s->obj});
        return descr;
    }
    vm.raise(vm.exc.AttributeError, "'super' object has no attribute '" + std::string(name) + "'");
}

Value superNew(VM &vm, TypeObject *, const CallArgs &a) {
    auto *s = vm.make<SuperObject>(vm.types.super_);
    Value v(s);
    if (a.size() >= 2) {
        if (!a[0].is(Kind::Type)) vm.raise(vm.exc.TypeError, "super() argument 1 must be a type, not " + vm.typeName(a[0]));
        s->startAfter = a[0].as<TypeObject>();
        s->obj = a[1];
        return v;
    }
    // Zero-argument form: __class__ cell and first argument of the caller.
    Frame *f = vm.currentFrame();
    if (!f || !f->func || f->code->argcount == 0) vm.raise(vm.exc.RuntimeError, "super(): no arguments");
    CodeObject *co = f->code.get();
    Value first = f->fast[0];
    if (first.isNull() && !co->cell2arg.empty()) {
        for (size_t i = 0; i < co->cell2arg.size(); ++i)
            if (co->cell2arg[i] == 0) first = f->cell(static_cast<uint32_t>(i))->v;
    }
    if (first.isNull()) vm.raise(vm.exc.RuntimeError, "super(): arg[0] deleted");
    TypeObject *cls = nullptr;
    for (size_t i = 0; i < co->freevars.size(); ++i) {
        if (co->freevars[i] == "__class__") {
            Value c = f->cell(static_cast<uint32_t>(co->cellvars.size() + i))->v;
            if (c.is(Kind::Type)) cls = c.as<TypeObject>();
        }
    }
    if (!cls) vm.raise(vm.exc.RuntimeError, "super(): __class__ cell not found");
    s->startAfter = cls;
    s->obj = first;
    return v;
}

// ------------------------------------------------------ property & co.

Value propertyNew(VM &vm, TypeObject *, const CallArgs &a) {
    ArgParser p(vm, a, "property", {"fget", "fset", "fdel", "doc"});
    auto *pr = vm.make<PropertyObject>(vm.types.property);
    Value v(pr);
    pr->fget = p.getOr(0, Value::none());
    pr->fset = p.getOr(1, Value::none());
    pr->fdel = p.getOr(2, Value::none());
    pr->doc = p.getOr(3, Value::none());
    return v;
}

Value propertyCopyWith(VM &vm, const CallArgs &a, int which) {
    auto *old = a[0].as<PropertyObject>();
    auto *pr = vm.make<PropertyObject>(vm.types.property);
    Value v(pr);
    pr->fget = old->fget; pr->fset = old->fset; pr->fdel = old->fdel; pr->doc = old->doc;
    if (which == 0) pr->fget = a[1];
    if (which == 1) pr->fset = a[1];
    if (which == 2) pr->fdel = a[1];
    return v;
}

}  // namespace

void installCoreTypes(VM &vm) {
    BuiltinTypes &T = vm.types;
    DictObject *b = vm.builtins();
    auto reg = [&](std::string_view name, Value v) { b->table.set(vm, vm.str(name), std::move(v)); };

    T.object->slots.repr = objectRepr;
    T.object->slots.richcompare = objectRichCompare;
    T.type->slots.repr = objectRepr;
    T.NoneType->slots.repr = [](VM &, const Value &) { return std::string("None"); };
    T.NoneType->slots.truthy = [](VM &, const Value &) { return false; };
    vm.defMethod(T.object, "__init__", [](VM &, const CallArgs &) { return Value::none(); });
    vm.defMethod(T.object, "__new__", [](VM &vm, const CallArgs &a) -> Value {
        if (a.size() < 1 || !a[0].is(Kind::Type)) vm.raise(vm.exc.TypeError, "object.__new__(X): X is not a type object");
        TypeObject *cls = a[0].as<TypeObject>();
        if (cls->newInstance) {
            CallArgs rest{a.pos.subspan(1), {}, nullptr};
            return cls->newInstance(vm, cls, rest);
        }
        return Value(vm.make<InstanceObject>(cls->instanceKind == Kind::Exception ? Kind::Exception : Kind::Instance, cls));
    });
    vm.defMethod(T.object, "__repr__", [](VM &vm, const CallArgs &a) { return vm.str(internal::defaultRepr(vm, a[0])); });
    vm.defMethod(T.object, "__str__", [](VM &vm, const CallArgs &a) { return vm.str(vm.repr(a[0])); });
    vm.defMethod(T.object, "__eq__", [](VM &vm, const CallArgs &a) {
        return a[0].identical(a[1]) ? Value::boolean(true) : vm.notImplemented();
    });
    vm.defMethod(T.object, "__ne__", [](VM &vm, const CallArgs &a) { return Value::boolean(!vm.eq(a[0], a[1])); });
    vm.defMethod(T.object, "__hash__", [](VM &vm, const CallArgs &a) {
        return Value::integer(static_cast<int64_t>(a[0].isObj() ? (a[0].obj()->serial * 16 + 140000000000000ULL) >> 4 : vm.hash(a[0])));
    });
    vm.defMethod(T.object, "__setattr__", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "__setattr__", 3, 3);
        internal::genericSetAttr(vm, a[0], vm.toStr(a[1]), a[2]);
        return Value::none();
    });
    vm.defMethod(T.object, "__delattr__", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "__delattr__", 2, 2);
        internal::genericDelAttr(vm, a[0], vm.toStr(a[1]));
        return Value::none();
    });
    vm.defMethod(T.object, "__getattribute__", [](VM &vm, const CallArgs &a) { return vm.getAttr(a[0], vm.toStr(a[1])); });
    vm.defMethod(T.object, "__init_subclass__", [](VM &, const CallArgs &) { return Value::none(); });
    vm.defMethod(T.object, "__format__", [](VM &vm, const CallArgs &a) { return vm.format(a[0], a.size() > 1 ? vm.toStr(a[1]) : ""); });
    vm.defMethod(T.type, "mro", [](VM &vm, const CallArgs &a) {
        std::vector<Value> m;
        for (auto *t : a[0].as<TypeObject>()->mro) m.push_back(Value(t));
        return vm.list(std::move(m));
    });

    // Exceptions.
    TypeObject *be = vm.exc.BaseException;
    be->newInstance = exceptionNew;
    be->slots.str = exceptionStr;
    be->slots.repr = exceptionRepr;
    // Subclasses were created before these slots were set: propagate.
#define LS_EXC_SLOTS(field, name, base)          \
    vm.exc.field->newInstance = exceptionNew;    \
    vm.exc.field->slots.str = exceptionStr;      \
    vm.exc.field->slots.repr = exceptionRepr;    \
    vm.exc.field->slots.richcompare = objectRichCompare;
    LS_EXCEPTION_TYPES(LS_EXC_SLOTS)
#undef LS_EXC_SLOTS
    vm.defMethod(be, "__init__", [](VM &vm, const CallArgs &a) {
        auto *e = a[0].as<ExceptionObject>();
        e->args = vm.tuple(std::vector<Value>(a.pos.begin() + 1, a.pos.end()));
        if (vm.isInstance(a[0], vm.exc.StopIteration) || vm.isInstance(a[0], vm.exc.SystemExit))
            e->value = a.size() > 1 ? a[1] : Value::none();
        return Value::none();
    });
    vm.defMethod(be, "__str__", [](VM &vm, const CallArgs &a) { return vm.str(exceptionStr(vm, a[0])); });
    vm.defMethod(be, "__repr__", [](VM &vm, const CallArgs &a) { return vm.str(exceptionRepr(vm, a[0])); });
    vm.defMethod(be, "with_traceback", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(be, "add_note", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "add_note", 2, 2);
        if (!a[1].is(Kind::Str)) vm.raise(vm.exc.TypeError, "note must be a str, not '" + vm.typeName(a[1]) + "'");
        a[0].as<ExceptionObject>()->notes.push_back(a[1]);
        return Value::none();
    });
    installOSErrors(vm);
    installExceptionGroups(vm);
    vm.exc.ImportError->slots.getattr = [](VM &vm, const Value &self, std::string_view name) -> Value {
        if (name != "name" && name != "path") return Value();
        auto *e = self.as<ExceptionObject>();
        if (e->dict) {
            if (Value *v = e->dict->table.findStr(name, strHash(name))) return *v;
        }
        (void)vm;
        return Value::none();
    };
    vm.exc.ModuleNotFoundError->slots.getattr = vm.exc.ImportError->slots.getattr;
    vm.defMethod(T.type, "__subclasses__", [](VM &vm, const CallArgs &a) {
        std::vector<Value> subs;
        TypeObject *cls = a[0].as<TypeObject>();
        for (Object *o : vm.heap().liveObjects())
            if (o->kind == Kind::Type && static_cast<TypeObject *>(o)->base.get() == cls) subs.push_back(Value(o));
        return vm.list(std::move(subs));
    });

    // property / staticmethod / classmethod / super
    T.property->newInstance = propertyNew;
    vm.defMethod(T.property, "getter", [](VM &vm, const CallArgs &a) { return propertyCopyWith(vm, a, 0); });
    vm.defMethod(T.property, "setter", [](VM &vm, const CallArgs &a) { return propertyCopyWith(vm, a, 1); });
    vm.defMethod(T.property, "deleter", [](VM &vm, const CallArgs &a) { return propertyCopyWith(vm, a, 2); });
    vm.defMethod(T.property, "__get__", [](VM &vm, const CallArgs &a) {
        auto *p = a[0].as<PropertyObject>();
        if (a.size() < 2 || a[1].isNone()) return a[0];
        return vm.call(p->fget, {a[1]});
    });
    T.staticmethod->newInstance = [](VM &vm, TypeObject *, const CallArgs &a) {
        vm.checkArgs(a, "staticmethod", 1, 1);
        return Value(vm.make<MethodWrapperObject>(Kind::StaticMethod, vm.types.staticmethod, a[0]));
    };
    T.classmethod->newInstance = [](VM &vm, TypeObject *, const CallArgs &a) {
        vm.checkArgs(a, "classmethod", 1, 1);
        return Value(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod, a[0]));
    };
    T.super_->newInstance = superNew;
    T.super_->slots.getattr = superGetAttr;
    T.super_->slots.repr = [](VM &vm, const Value &v) {
        auto *s = v.as<SuperObject>();
        return "<super: <class '" + s->startAfter->name + "'>, <" + vm.typeName(s->obj) + " object>>";
    };
    T.object->newInstance = nullptr;
    T.type->newInstance = internal::typeNew;
    internal::installClassCreation(vm);

    // Bound methods: equal when bound to the same object with equal functions.
    for (TypeObject *mt : {T.method, T.builtin_function, T.method_wrapper}) {
        mt->slots.richcompare = [](VM &vm, const Value &a, const Value &b, CompareOp op) -> Value {
            if ((op != CompareOp::Eq && op != CompareOp::Ne) || !a.is(Kind::BoundMethod) || !b.is(Kind::BoundMethod))
                return op == CompareOp::Eq || op == CompareOp::Ne ? Value::boolean((op == CompareOp::Eq) == a.identical(b)) : vm.notImplemented();
            auto *x = a.as<BoundMethodObject>(), *y = b.as<BoundMethodObject>();
            bool same = x->self.identical(y->self) && x->func.identical(y->func);
            return Value::boolean(op == CompareOp::Eq ? same : !same);
        };
        mt->slots.hash = [](VM &vm, const Value &v) -> int64_t {
            if (!v.is(Kind::BoundMethod)) return static_cast<int64_t>(v.obj()->serial);
            auto *m = v.as<BoundMethodObject>();
            int64_t h = m->self.isObj() ? static_cast<int64_t>(m->self.obj()->serial) : vm.hash(m->self);
            return (h ^ static_cast<int64_t>(m->func.obj()->serial)) & 0x3fffffffffffffffLL;
        };
    }
    installGeneratorTypes(vm);

    // The builtins namespace.
    for (TypeObject *t : {T.object, T.type, T.bool_, T.int_, T.float_, T.str, T.tuple, T.list, T.dict, T.set,
                          T.frozenset, T.range, T.slice, T.bytes, T.property, T.staticmethod, T.classmethod, T.super_})
        reg(t->name, Value(t));
#define LS_EXC_REG(field, name, base) reg(name, Value(vm.exc.field));
    LS_EXCEPTION_TYPES(LS_EXC_REG)
#undef LS_EXC_REG
    reg("EnvironmentError", Value(vm.exc.OSError));
    reg("IOError", Value(vm.exc.OSError));
    reg("NotImplemented", vm.notImplemented());
    reg("Ellipsis", vm.ellipsis());
    reg("__name__", vm.str("builtins"));
    reg("__debug__", Value::boolean(true));
}

// `import builtins`: a module over the same namespace dict.
Value initBuiltinsModule(VM &vm) {
    auto *m = vm.make<ModuleObject>(vm.types.module, "builtins");
    Value mv(m);
    m->dict = vm.builtins();
    return mv;
}

}  // namespace ls::interp

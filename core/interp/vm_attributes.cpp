// Attributes that objects of a kind have without a dict entry (__name__ of
// functions, args of exceptions, __class__ of everything, class attributes
// with descriptors), default reprs, and "Did you mean" suggestions.
#include "vm_internal.h"

#include <algorithm>

namespace ls::interp::internal {

namespace {

Value strOrNone(VM &vm, const std::string &s) { return vm.str(s); }

// A traceback object: tb_lineno/tb_next over the captured entries, enough
// for scripts that check `e.__traceback__ is not None` or walk it.
struct TracebackObject : NativeObject {
    LS_CLONEABLE(TracebackObject)
    void visitRefs(RefVisitor &v) override { v(exc); }
    Value exc;
    size_t index;
    TracebackObject(TypeObject *t, Value e, size_t i) : NativeObject(t), exc(std::move(e)), index(i) {}
    void clearRefs() override { exc = Value(); }
};

Value tracebackValue(VM &vm, ExceptionObject *e) {
    TypeObject *t = vm.extension<TypeObject>("traceback.type");
    if (!t) {
        t = vm.newBuiltinType("traceback", vm.types.object);
        vm.setExtension("traceback.type", t);
        t->slots.getattr = [](VM &vm, const Value &v, std::string_view name) -> Value {
            auto *tb = static_cast<TracebackObject *>(v.obj());
            auto *ex = tb->exc.as<ExceptionObject>();
            if (tb->index >= ex->traceback.size()) return Value();
            if (name == "tb_lineno") return Value::integer(ex->traceback[tb->index].line);
            if (name == "tb_next")
                return tb->index + 1 < ex->traceback.size() ? Value(vm.make<TracebackObject>(v.obj()->type, tb->exc, tb->index + 1)) : Value::none();
            return Value();
        };
    }
    return Value(vm.make<TracebackObject>(t, Value(e), 0));
}

std::string hexId(const Object *o) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(o->serial * 16 + 0x7f0000000000ULL));
    return buf;
}

}  // namespace

std::string defaultRepr(VM &vm, const Value &v) {
    if (!v.isObj()) return "<" + vm.typeName(v) + ">";
    Object *o = v.obj();
    TypeObject *t = o->type;
    switch (o->kind) {
    case Kind::Type: {
        auto *c = static_cast<TypeObject *>(o);
        if (c->module == "builtins") return "<class '" + c->qualname + "'>";
        return "<class '" + c->module + "." + c->qualname + "'>";
    }
    case Kind::Function: return "<function " + static_cast<FunctionObject *>(o)->qualname + " at " + hexId(o) + ">";
    case Kind::BuiltinFunction: {
        auto *b = static_cast<BuiltinFunctionObject *>(o);
        if (b->ownerType && t == vm.types.wrapper_descriptor)
            return "<slot wrapper '" + b->name + "' of '" + b->ownerType->name + "' objects>";
        if (b->ownerType) return "<method '" + b->name + "' of '" + b->ownerType->name + "' objects>";
        return "<built-in function " + b->name + ">";
    }
    case Kind::BoundMethod: {
        auto *m = static_cast<BoundMethodObject *>(o);
        std::string qn = m->func.is(Kind::Function) ? m->func.as<FunctionObject>()->qualname
                         : m->func.is(Kind::BuiltinFunction) ? m->func.as<BuiltinFunctionObject>()->name
                                                             : "?";
        if (t == vm.types.method_wrapper)
            return "<method-wrapper '" + qn + "' of " + vm.typeName(m->self) + " object at " + hexId(m->self.isObj() ? m->self.obj() : o) + ">";
        if (m->func.is(Kind::BuiltinFunction))
            return "<built-in method " + qn + " of " + vm.typeName(m->self) + " object at " + hexId(m->self.isObj() ? m->self.obj() : o) + ">";
        return "<bound method " + qn + " of " + vm.repr(m->self) + ">";
    }
    case Kind::Module: return "<module '" + static_cast<ModuleObject *>(o)->name + "' (built-in)>";
    case Kind::Generator: {
        auto *g = static_cast<GeneratorObject *>(o);
        const char *w = g->flavor == GenFlavor::Generator ? "generator" : g->flavor == GenFlavor::Coroutine ? "coroutine" : "async_generator";
        return std::string("<") + w + " object " + g->qualname + " at " + hexId(o) + ">";
    }
    case Kind::Code: return "<code object " + static_cast<CodeObject *>(o)->name + " at " + hexId(o) + ">";
    case Kind::Cell: return "<cell at " + hexId(o) + ">";
    case Kind::Property: return "<property object at " + hexId(o) + ">";
    case Kind::StaticMethod: return "<staticmethod(" + vm.repr(static_cast<MethodWrapperObject *>(o)->func) + ")>";
    case Kind::ClassMethod: return "<classmethod(" + vm.repr(static_cast<MethodWrapperObject *>(o)->func) + ")>";
    default: break;
    }
    if (t == vm.types.NotImplementedType) return "NotImplemented";
    if (t == vm.types.ellipsis) return "Ellipsis";
    std::string name = t->module == "builtins" ? t->qualname : t->module + "." + t->qualname;
    return "<" + name + " object at " + hexId(o) + ">";
}

Value typeGetAttr(VM &vm, TypeObject *cls, std::string_view name) {
    for (TypeObject *t : cls->mro) {
        if (!t->dict) continue;
        if (Value *v = t->dict->table.findStr(name, strHash(name))) {
            Value d = *v;
            if (d.is(Kind::ClassMethod))
                return Value(vm.make<BoundMethodObject>(vm.types.method, d.as<MethodWrapperObject>()->func, Value(cls)));
            if (d.is(Kind::StaticMethod)) return d.as<MethodWrapperObject>()->func;
            // A descriptor written in Python: D.__get__(None, cls).
            if (d.is(Kind::Instance) && vm.typeOf(d)->isHeapType) {
                Value get = vm.typeOf(d)->lookup("__get__");
                if (!get.isNull()) return vm.call(get, {d, Value::none(), Value(cls)});
            }
            return d;
        }
    }
    if (name == "__name__") return vm.str(cls->name);
    if (name == "__qualname__") return vm.str(cls->qualname);
    if (name == "__module__") return vm.str(cls->module);
    if (name == "__dict__") return Value(cls->dict.get());
    if (name == "__doc__") return Value::none();
    if (name == "__class__") return Value(vm.typeOf(Value(cls)));
    if (name == "__base__") return cls->base ? Value(cls->base.get()) : Value::none();
    if (name == "__bases__") {
        std::vector<Value> b;
        for (auto &x : cls->bases) b.push_back(Value(x.get()));
        if (b.empty() && cls->base) b.push_back(Value(cls->base.get()));
        return vm.tuple(std::move(b));
    }
    if (name == "__doc__") return Value::none();
    if (name == "__mro__") {
        std::vector<Value> m;
        for (auto *t : cls->mro) m.push_back(Value(t));
        return vm.tuple(std::move(m));
    }
    // Methods of the metaclass (type.mro, type.__subclasses__ ...).
    TypeObject *meta = vm.typeOf(Value(cls));
    if (meta != cls) {
        Value d = meta->lookup(name);
        if (d.is(Kind::Function) || (d.is(Kind::BuiltinFunction) && d.as<BuiltinFunctionObject>()->ownerType))
            return Value(vm.make<BoundMethodObject>(vm.types.method, d, Value(cls)));
        if (!d.isNull()) return d;
    }
    return Value();
}

Value specialAttribute(VM &vm, const Value &obj, std::string_view name) {
    if (name == "__class__") return Value(vm.typeOf(obj));
    if (name == "__dict__" && usesSideDict(obj) && instanceMayHaveAttribute(vm, vm.typeOf(obj), "__dict__"))
        return Value(sideDict(vm, obj.obj(), true));
    if (!obj.isObj()) {
        return Value();
    }
    Object *o = obj.obj();
    switch (o->kind) {
    case Kind::Instance:
    case Kind::Exception: {
        auto *inst = static_cast<InstanceObject *>(o);
        if (name == "__dict__" && o->kind == Kind::Instance && !instanceMayHaveAttribute(vm, o->type, "__dict__"))
            return Value();  // __slots__ without "__dict__"
        if (name == "__dict__") {
            if (!inst->dict) inst->dict = vm.make<DictObject>(vm.types.dict);
            return Value(inst->dict.get());
        }
        if (o->kind != Kind::Exception) break;
        auto *e = static_cast<ExceptionObject *>(o);
        if (name == "args") return e->args;
        if (name == "__traceback__") return e->traceback.empty() ? Value::none() : tracebackValue(vm, e);
        if (name == "__cause__") return e->cause.isNull() ? Value::none() : e->cause;
        if (name == "__context__") return e->context.isNull() ? Value::none() : e->context;
        if (name == "__suppress_context__") return Value::boolean(e->suppressContext);
        if (name == "__notes__" && !e->notes.empty()) return vm.list(e->notes);
        if ((name == "value" && vm.isInstance(obj, vm.exc.StopIteration)) ||
            (name == "code" && vm.isInstance(obj, vm.exc.SystemExit))) {
            if (!e->value.isNull()) return e->value;
            auto &items = e->args.as<TupleObject>()->items;
            if (items.empty()) return Value::none();
            if (items.size() == 1) return items[0];
            return e->args;
        }
        break;
    }
    case Kind::Function: {
        auto *f = static_cast<FunctionObject *>(o);
        if (name == "__name__") return strOrNone(vm, f->name);
        if (name == "__qualname__") return strOrNone(vm, f->qualname);
        if (name == "__module__") return strOrNone(vm, f->module);
        if (name == "__doc__") {
            // consts[0] is the docstring of a def (None when it has none).
            auto &c = f->code->consts;
            if (f->code->name != "<lambda>" && !c.empty() && c[0].is(Kind::Str)) return c[0];
            return Value::none();
        }
        if (name == "__defaults__") return f->defaults.isNull() ? Value::none() : f->defaults;
        if (name == "__kwdefaults__") return f->kwdefaults.isNull() ? Value::none() : f->kwdefaults;
        if (name == "__code__") return Value(f->code.get());
        if (name == "__globals__") return Value(f->globals.get());
        if (name == "__dict__") {
            if (!f->dict) f->dict = vm.make<DictObject>(vm.types.dict);
            return Value(f->dict.get());
        }
        if (name == "__closure__") {
            if (f->closure.empty()) return Value::none();
            std::vector<Value> cells;
            for (auto &c : f->closure) cells.push_back(Value(c.get()));
            return vm.tuple(std::move(cells));
        }
        if (name == "__annotations__") {
            if (f->annotations.isNull()) f->annotations = vm.dict();
            return f->annotations;
        }
        break;
    }
    case Kind::BuiltinFunction: {
        auto *b = static_cast<BuiltinFunctionObject *>(o);
        if (name == "__name__") return vm.str(b->name);
        if (name == "__qualname__") return vm.str(b->qualname);
        if (name == "__module__") return b->ownerType ? Value::none() : vm.str("builtins");
        if (name == "__doc__") return Value::none();
        break;
    }
    case Kind::BoundMethod: {
        auto *m = static_cast<BoundMethodObject *>(o);
        if (name == "__self__") return m->self;
        if (name == "__func__") return m->func;
        return vm.getAttrOpt(m->func, name);
    }
    case Kind::Code: {
        auto *c = static_cast<CodeObject *>(o);
        if (name == "co_name") return vm.str(c->name);
        if (name == "co_qualname") return vm.str(c->qualname);
        if (name == "co_filename") return vm.str(c->filename);
        if (name == "co_firstlineno") return Value::integer(c->firstline);
        if (name == "co_flags") return Value::integer(c->flags & 0xFFFF);
        if (name == "co_argcount") return Value::integer(c->argcount);
        if (name == "co_varnames") {
            std::vector<Value> v;
            for (auto &n : c->varnames) v.push_back(vm.str(n));
            return vm.tuple(std::move(v));
        }
        break;
    }
    case Kind::Generator: {
        auto *g = static_cast<GeneratorObject *>(o);
        if (name == "__name__") return vm.str(g->name);
        if (name == "__qualname__") return vm.str(g->qualname);
        bool running = g->state == GenState::Running;
        bool alive = g->state != GenState::Closed && g->frame;
        if (name == "gi_running" || name == "cr_running" || name == "ag_running") return Value::boolean(running);
        if (name == "gi_frame" || name == "cr_frame" || name == "ag_frame") return alive ? obj : Value::none();
        if (name == "gi_suspended" || name == "cr_suspended") return Value::boolean(g->state == GenState::Suspended);
        if (name == "gi_code" || name == "cr_code" || name == "ag_code")
            return g->frame ? Value(g->frame->code.get()) : Value::none();
        if (name == "f_lineno" && g->frame) return Value::integer(g->frame->line());
        if (name == "cr_await" || name == "gi_yieldfrom" || name == "ag_await") {
            if (g->state == GenState::Suspended && g->frame && g->frame->sp > 0 &&
                g->frame->code->code[g->frame->ip].op == Op::YIELD_FROM)
                return g->frame->top();
            return Value::none();
        }
        break;
    }
    case Kind::Cell: {
        if (name == "cell_contents") {
            auto *c = static_cast<CellObject *>(o);
            if (c->v.isNull()) vm.raise(vm.exc.ValueError, "Cell is empty");
            return c->v;
        }
        break;
    }
    case Kind::Module: {
        if (name == "__name__") return vm.str(static_cast<ModuleObject *>(o)->name);
        break;
    }
    case Kind::Property: {
        auto *p = static_cast<PropertyObject *>(o);
        if (name == "fget") return p->fget.isNull() ? Value::none() : p->fget;
        if (name == "fset") return p->fset.isNull() ? Value::none() : p->fset;
        if (name == "fdel") return p->fdel.isNull() ? Value::none() : p->fdel;
        if (name == "__doc__") {
            // py: property_init_impl: without doc=, the getter's docstring.
            if ((p->doc.isNull() || p->doc.isNone()) && !p->fget.isNull() && !p->fget.isNone())
                return vm.getAttrOpt(p->fget, "__doc__").isNull() ? Value::none() : vm.getAttrOpt(p->fget, "__doc__");
            return p->doc.isNull() ? Value::none() : p->doc;
        }
        break;
    }
    case Kind::StaticMethod:
    case Kind::ClassMethod: {
        auto *m = static_cast<MethodWrapperObject *>(o);
        if (name == "__func__" || name == "__wrapped__") return m->func;
        return vm.getAttrOpt(m->func, name);
    }
    default: break;
    }
    return Value();
}

bool setSpecialAttribute(VM &vm, const Value &obj, std::string_view name, const Value &v) {
    if (!obj.is(Kind::Exception)) return false;
    auto *e = obj.as<ExceptionObject>();
    if (name == "args") { e->args = vm.tuple(vm.toVector(v)); return true; }
    if (name == "__cause__") { e->cause = v.isNone() ? Value() : v; e->suppressContext = true; return true; }
    if (name == "__context__") { e->context = v.isNone() ? Value() : v; return true; }
    if (name == "__suppress_context__") { e->suppressContext = vm.truthy(v); return true; }
    if (name == "__traceback__") {
        if (v.isNone()) {
            e->traceback.clear();
            e->tbFrame = nullptr;
        }
        return true;
    }
    if (name == "value" && vm.isInstance(obj, vm.exc.StopIteration)) { e->value = v; return true; }
    return false;
}

namespace {

// py: Python/suggestions.c levenshtein_distance with its costs (3.11).
size_t levenshtein(std::string_view a, std::string_view b) {
    const size_t MOVE = 2, CASE = 1;
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j * MOVE;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t prev = row[0];
        row[0] = i * MOVE;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t sub;
            if (a[i - 1] == b[j - 1]) sub = 0;
            else if (std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]))) sub = CASE;
            else sub = MOVE;
            size_t v = std::min({row[j] + MOVE, row[j - 1] + MOVE, prev + sub});
            prev = row[j];
            row[j] = v;
        }
    }
    return row[b.size()];
}

void collectNames(const DictObject *d, std::vector<std::string> &out) {
    if (!d) return;
    for (size_t i = 0; i < d->table.capacityEnd(); ++i) {
        auto &e = d->table.entryAt(i);
        if (e.key.is(Kind::Str)) out.push_back(e.key.as<StrObject>()->s);
    }
}

}  // namespace

bool instanceMayHaveAttribute(VM &vm, TypeObject *t, std::string_view name) {
    (void)vm;
    if (t == vm.types.object) return false;
    bool sawSlots = false;
    for (TypeObject *c : t->mro) {
        if (c == vm.types.object || !c->dict) continue;
        Value *slots = c->dict->table.findStr("__slots__", strHash("__slots__"));
        if (!slots) {
            if (c->isHeapType) return true;  // a class without __slots__ gives instances a __dict__
            continue;
        }
        sawSlots = true;
        std::vector<Value> names;
        if (slots->is(Kind::Str)) names.push_back(*slots);
        else if (slots->is(Kind::Tuple)) names = slots->as<TupleObject>()->items;
        else if (slots->is(Kind::List)) names = slots->as<ListObject>()->items;
        for (auto &n : names)
            if (n.is(Kind::Str) && (n.as<StrObject>()->s == name || n.as<StrObject>()->s == "__dict__")) return true;
    }
    return !sawSlots;
}

std::string bestSuggestion(std::string_view name, const std::vector<std::string> &candidates) {
    // py: suggestions.c calculate_suggestions
    if (candidates.size() > 750 || name.size() > 40) return {};
    std::string best;
    size_t bestDist = SIZE_MAX;
    for (auto &c : candidates) {
        if (c == name) continue;
        size_t maxDist = (name.size() + c.size() + 3) * 2 / 6;
        size_t d = levenshtein(name, c);
        if (d > maxDist) continue;
        if (d < bestDist) { bestDist = d; best = c; }
    }
    return best;
}

void attachNameSuggestion(VM &vm, const Value &exc, const Value &obj, std::string_view name) {
    std::vector<std::string> names;
    if (obj.is(Kind::Module)) collectNames(obj.as<ModuleObject>()->dict.get(), names);
    else {
        if (obj.is(Kind::Instance) || obj.is(Kind::Exception)) collectNames(obj.as<InstanceObject>()->dict.get(), names);
        TypeObject *t = obj.is(Kind::Type) ? obj.as<TypeObject>() : vm.typeOf(obj);
        for (auto *c : t->mro) collectNames(c->dict.get(), names);
    }
    std::string s = bestSuggestion(name, names);
    if (!s.empty()) exc.as<ExceptionObject>()->suggestion = s;
}

namespace {

struct SeqIter : NativeObject {
    LS_CLONEABLE(SeqIter)
    void visitRefs(RefVisitor &v) override { v(seq); }
    Value seq;
    int64_t i = 0;
    bool done = false;
    SeqIter(TypeObject *t, Value s) : NativeObject(t), seq(std::move(s)) {}
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        if (done) return false;
        try {
            out = vm.getItem(seq, Value::integer(i++));
            return true;
        } catch (PyException &e) {
            if (vm.isInstance(e.exc, vm.exc.IndexError) || vm.isInstance(e.exc, vm.exc.StopIteration)) {
                done = true;
                seq = Value();
                return false;
            }
            throw;
        }
    }
    void clearRefs() override { seq = Value(); }
};

}  // namespace

Value sequenceIterator(VM &vm, const Value &obj) {
    return Value(vm.make<SeqIter>(vm.types.iterator, obj));
}

}  // namespace ls::interp::internal

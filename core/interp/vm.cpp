// VM construction, object making, exceptions, imports and running __main__.
#include "vm.h"

#include "builtins.h"
#include "compiler.h"
#include "modules.h"
#include "parser.h"
#include "syntax_error.h"

#include <sstream>

namespace ls::interp {

VM::VM(VmHost &host, VmOptions options) : host_(host), options_(options) {
    initBuiltinTypes(*this);
    builtins_ = make<DictObject>(types.dict);
    // Singletons without a C++ layout of their own.
    notImplemented_ = Value(make<NativeObject>(types.NotImplementedType));
    ellipsis_ = Value(make<NativeObject>(types.ellipsis));
    emptyTuple_ = Value(make<TupleObject>(types.tuple, std::vector<Value>{}));
    installCoreTypes(*this);
    installIntType(*this);
    installFloatType(*this);
    installStrType(*this);
    installNumericFunctions(*this);
    installSequenceTypes(*this);
    installDictType(*this);
    installSetTypes(*this);
    installIterFunctions(*this);
    installBytesType(*this);
}

VM::~VM() {
    modules_.clear();
    interned_.clear();
    mainGlobals_.reset();
    builtins_.reset();
    notImplemented_ = ellipsis_ = emptyTuple_ = Value();
    // Moved out first: an extension's objects (the policy's event loop) look
    // extensions up from their destructors, and must find an intact, empty
    // map rather than one being cleared (ASan: heap-use-after-free).
    {
        auto dying = std::move(extensions_);
        extensions_.clear();
        dying.clear();
    }
    // Finalizers do not run at teardown, but each pending one holds the
    // reference that resurrected its object (finalizeLater): drop it, or a
    // run stopped with, say, pending tasks leaks them. Dropping one may
    // queue another (an object it kept alive), hence the loop.
    while (!pendingFinalizers_.empty()) {
        auto pending = std::move(pendingFinalizers_);
        pendingFinalizers_.clear();
        for (Object *o : pending) o->decref();
    }
    heap_.clearAll();
    // Builtin types carry one pin each (makeType, newBuiltinType) so that
    // they live as long as the VM: drop it, or every VM leaks its types.
    // Instances go first: they point at their type without counting.
    std::vector<Object *> types, others;
    for (Object *o : heap_.liveObjects()) {
        o->incref();
        (o->kind == Kind::Type ? types : others).push_back(o);
    }
    for (Object *t : types)
        if (static_cast<TypeObject *>(t)->isBuiltin) t->decref();
    for (Object *o : others) o->decref();
    for (Object *t : types) t->decref();
}

void VM::setExtension(std::string_view key, TypeObject *type) {
    Extension e;
    e.state = std::shared_ptr<void>(type, [](void *) {});
    e.isType = true;
    extensions_[std::string(key)] = std::move(e);
}

// ------------------------------------------------------------------ making

Value VM::str(std::string s) { return Value(make<StrObject>(types.str, std::move(s))); }
Value VM::tuple(std::vector<Value> items) {
    if (items.empty() && !emptyTuple_.isNull()) return emptyTuple_;
    return Value(make<TupleObject>(types.tuple, std::move(items)));
}
Value VM::list(std::vector<Value> items) { return Value(make<ListObject>(types.list, std::move(items))); }
Value VM::dict() { return Value(make<DictObject>(types.dict)); }
Value VM::set(std::vector<Value> items) {
    auto *s = make<SetObject>(Kind::Set, types.set);
    Value v(s);
    for (auto &i : items) s->table.set(*this, i, Value());
    return v;
}

Ref<StrObject> VM::intern(std::string_view s) {
    auto it = interned_.find(s);
    if (it != interned_.end()) return it->second;
    Ref<StrObject> r(make<StrObject>(types.str, std::string(s)));
    interned_.emplace(std::string(s), r);
    return r;
}

Value VM::native(std::string_view name, NativeFn fn, TypeObject *owner, Value data) {
    // On a class, a builtin method is a method_descriptor, or a
    // wrapper_descriptor for the dunders CPython implements as type slots.
    TypeObject *t = types.builtin_function;
    if (owner && types.method_descriptor)
        t = seq::isSlotWrapper(owner->name, name) ? types.wrapper_descriptor : types.method_descriptor;
    auto *f = make<BuiltinFunctionObject>(t, std::string(name), fn);
    f->ownerType = owner;
    if (owner) f->qualname = owner->name + "." + std::string(name);
    f->data = std::move(data);
    return Value(f);
}

void VM::defMethod(TypeObject *t, std::string_view name, NativeFn fn) {
    t->dict->table.set(*this, Value(intern(name).get()), native(name, fn, t));
}

void VM::defAttr(TypeObject *t, std::string_view name, Value v) {
    t->dict->table.set(*this, Value(intern(name).get()), std::move(v));
}

void VM::defFunction(DictObject *d, std::string_view name, NativeFn fn) {
    d->table.set(*this, Value(intern(name).get()), native(name, fn));
}

TypeObject *VM::newBuiltinType(std::string_view name, TypeObject *base, std::string_view module, Kind instanceKind) {
    if (!base) base = types.object;
    TypeObject *t = make<TypeObject>(types.type, std::string(name));
    t->incref();  // lives as long as the VM
    t->immortal = true;
    t->module = std::string(module);
    t->isBuiltin = true;
    t->instanceKind = instanceKind;
    t->base = base;
    t->mro.push_back(t);
    for (auto *b : base->mro) t->mro.push_back(b);
    t->slots = base->slots;
    t->newInstance = base->newInstance;
    t->dict = make<DictObject>(types.dict);
    return t;
}

// -------------------------------------------------------------- exceptions

Value VM::newException(TypeObject *type, std::vector<Value> args) {
    auto *e = make<ExceptionObject>(type);
    Value v(e);
    e->args = tuple(std::move(args));
    return v;
}

Value VM::newException(TypeObject *type, std::string message) {
    return newException(type, std::vector<Value>{str(std::move(message))});
}

Value VM::stopIterationCarrying(const Value &v) {
    Value stop = newException(exc.StopIteration, std::vector<Value>{v});
    stop.as<ExceptionObject>()->value = v;
    return stop;
}

void VM::raise(TypeObject *type, std::string message) { throw PyException{newException(type, std::move(message))}; }

void VM::raise(Value exception) { throw PyException{std::move(exception)}; }

void VM::raiseTypeErrorArgs(std::string_view func, size_t expected, size_t got) {
    std::ostringstream m;
    m << func << "() takes exactly " << expected << " argument" << (expected == 1 ? "" : "s") << " (" << got << " given)";
    raise(exc.TypeError, m.str());
}

void VM::checkArgs(const CallArgs &a, std::string_view func, size_t min, size_t max) {
    size_t n = a.size();
    if (n >= min && n <= max) return;
    std::ostringstream m;
    if (min == max) {
        if (min == 0) m << func << "() takes no arguments (" << n << " given)";
        else if (min == 1) m << func << "() takes exactly one argument (" << n << " given)";
        else m << func << "() takes exactly " << min << " arguments (" << n << " given)";
    } else if (n < min) {
        m << func << " expected at least " << min << " argument" << (min == 1 ? "" : "s") << ", got " << n;
    } else {
        m << func << " expected at most " << max << " argument" << (max == 1 ? "" : "s") << ", got " << n;
    }
    raise(exc.TypeError, m.str());
}

// ----------------------------------------------------------------- imports

Value VM::importModule(std::string_view name) {
    auto it = modules_.find(name);
    if (it != modules_.end()) return it->second;
    for (const ModuleDef &d : builtinModules()) {
        if (d.name == name) {
            Value m = d.init(*this);
            modules_.emplace(std::string(name), m);
            return m;
        }
    }
    std::string msg = "No module named '" + std::string(name) + "'";
    if (isKnownUnsimulatedModule(name))
        msg += " (LoopScope does not simulate this module)";
    Value e = newException(exc.ModuleNotFoundError, msg);
    auto *eo = e.as<ExceptionObject>();
    eo->dict = make<DictObject>(types.dict);
    eo->dict->table.set(*this, str("name"), str(std::string(name)));
    throw PyException{e};
}

// ----------------------------------------------------------------- running

void VM::registerSource(const std::string &filename, std::vector<std::string> lines) {
    sources_[filename] = std::make_shared<const std::vector<std::string>>(std::move(lines));
}

const std::vector<std::string> *VM::sourceLines(const std::string &filename) const {
    auto it = sources_.find(filename);
    return it == sources_.end() ? nullptr : it->second.get();
}

Ref<CodeObject> VM::compileMain(std::string_view source, const std::string &filename) {
    std::unique_ptr<ast::Module> mod = parseModule(source, filename);
    registerSource(filename, mod->lines);
    CompileOptions opts;
    return compileModule(*this, *mod, opts);
}

void VM::shutdown() {
    runPendingFinalizers();
    if (mainGlobals_) {
        // Drop the script's names newest first, keeping the dict itself.
        auto &t = mainGlobals_->table;
        std::vector<Value> keys;
        for (size_t i = 0; i < t.capacityEnd(); ++i)
            if (!t.entryAt(i).key.isNull()) keys.push_back(t.entryAt(i).key);
        for (auto &k : keys) {
            if (k.is(Kind::Str) && k.as<StrObject>()->s.starts_with("__")) continue;
            t.set(*this, k, Value::none());
        }
    }
    runPendingFinalizers();
}

void VM::execModule(std::string_view source, const std::string &filename, DictObject *globals) {
    std::unique_ptr<ast::Module> mod = parseModule(source, filename);
    registerSource(filename, mod->lines);
    CompileOptions opts;
    opts.allowTopLevelAwait = false;
    Ref<CodeObject> code = compileModule(*this, *mod, opts);
    if (!globals->table.findStr("__builtins__", strHash("__builtins__")))
        globals->table.set(*this, str("__builtins__"), Value(builtins_.get()));
    auto f = std::make_unique<Frame>(code.get());
    f->globals = globals;
    f->locals = globals;
    runFrame(std::move(f));
}

DictObject *VM::newMainModule(const std::string &filename) {
    auto *m = make<ModuleObject>(types.module, "__main__");
    Value mv(m);
    m->dict = make<DictObject>(types.dict);
    mainGlobals_ = m->dict;
    auto &t = m->dict->table;
    t.set(*this, str("__name__"), str("__main__"));
    t.set(*this, str("__file__"), str(filename));
    t.set(*this, str("__doc__"), none());
    t.set(*this, str("__package__"), none());
    t.set(*this, str("__spec__"), none());
    t.set(*this, str("__loader__"), none());
    t.set(*this, str("__builtins__"), Value(builtins_.get()));
    modules_["__main__"] = mv;
    return m->dict.get();
}

void VM::runMain(std::string_view source, const std::string &filename) {
    Ref<CodeObject> code = compileMain(source, filename);
    DictObject *globals = newMainModule(filename);
    if (code->flags & CO_COROUTINE) {
        if (!topLevelAwaitRunner)
            raise(exc.SyntaxError, "'await' outside function");
        topLevelAwaitRunner(*this, code.get(), globals);
        return;
    }
    auto f = std::make_unique<Frame>(code.get());
    f->globals = globals;
    f->locals = globals;
    runFrame(std::move(f));
    runPendingFinalizers();
}

}  // namespace ls::interp

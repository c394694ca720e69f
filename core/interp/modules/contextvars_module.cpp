// The `contextvars` module. py: Python/context.c (3.11): ContextVar,
// Token and Context with CPython's reprs and errors. A Context's values
// live in a dict that copy_context() copies (CPython shares a HAMT; the
// visible behaviour is the same). The current context is per VM.
#include "contextvars_api.h"
#include "module_util.h"
#include "native_util.h"


namespace ls::interp::ctxvars {

namespace {

struct ContextObject : NativeObject {
    LS_CLONEABLE(ContextObject)
    void visitRefs(RefVisitor &v) override { v(vars); v(prev); }
    Ref<DictObject> vars;  // ContextVar -> value
    bool entered = false;
    Value prev;            // the context that was current before run()
    using NativeObject::NativeObject;
    void clearRefs() override { vars.reset(); prev = Value(); }
};

struct ContextVarObject : NativeObject {
    LS_CLONEABLE(ContextVarObject)
    void visitRefs(RefVisitor &v) override { v(name); v(dflt); }
    Value name, dflt;  // dflt Null: no default
    using NativeObject::NativeObject;
    void clearRefs() override { name = dflt = Value(); }
};

struct TokenObject : NativeObject {
    LS_CLONEABLE(TokenObject)
    void visitRefs(RefVisitor &v) override { v(var); v(old); v(ctx); }
    Value var, old, ctx;  // old Null: Token.MISSING
    bool used = false;
    using NativeObject::NativeObject;
    void clearRefs() override { var = old = ctx = Value(); }
};

struct State {
    TypeObject *context = nullptr, *contextVar = nullptr, *token = nullptr;
    Value current;  // the running Context
    Value missing;  // Token.MISSING
};

State &state(VM &vm) {
    if (auto *s = vm.extension<State>("contextvars")) return *s;
    vm.importModule("contextvars");
    return *vm.extension<State>("contextvars");
}

ContextObject *ctxOf(const Value &v) { return static_cast<ContextObject *>(v.obj()); }
ContextVarObject *varOf(const Value &v) { return static_cast<ContextVarObject *>(v.obj()); }
TokenObject *tokenOf(const Value &v) { return static_cast<TokenObject *>(v.obj()); }

Value newContext(VM &vm) {
    auto *c = vm.make<ContextObject>(state(vm).context);
    c->vars = vm.make<DictObject>(vm.types.dict);
    return Value(c);
}

Value current(VM &vm) {
    State &s = state(vm);
    if (s.current.isNull()) s.current = newContext(vm);
    return s.current;
}

std::string hexAddr(const Object *o) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(o->serial * 16 + 0x7f0000000000ULL));
    return buf;
}

std::string varRepr(VM &vm, const Value &v) {
    auto *cv = varOf(v);
    std::string r = "<ContextVar name=" + vm.repr(cv->name);
    if (!cv->dflt.isNull()) r += " default=" + vm.repr(cv->dflt);
    return r + " at " + hexAddr(v.obj()) + ">";
}

Value varGet(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "get", 0, 1, 1);
    Value ctx = current(vm);
    if (Value *v = ctxOf(ctx)->vars->table.find(vm, a[0])) return *v;
    if (a.size() > 1) return a[1];
    if (!varOf(a[0])->dflt.isNull()) return varOf(a[0])->dflt;
    vm.raise(vm.exc.LookupError, std::vector<Value>{a[0]});
}

Value varSet(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "set", 1, 1, 1);
    State &s = state(vm);
    Value ctx = current(vm);
    auto *tok = vm.make<TokenObject>(s.token);
    Value tv(tok);
    tok->var = a[0];
    tok->ctx = ctx;
    if (Value *old = ctxOf(ctx)->vars->table.find(vm, a[0])) tok->old = *old;
    ctxOf(ctx)->vars->table.set(vm, a[0], a[1]);
    return tv;
}

Value varReset(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "reset", 1, 1, 1);
    State &s = state(vm);
    if (!a[1].is(Kind::Native) || a[1].obj()->type != s.token)
        vm.raise(vm.exc.TypeError, "expected an instance of Token, got '" + vm.typeName(a[1]) + "'");
    auto *tok = tokenOf(a[1]);
    if (tok->used) vm.raise(vm.exc.RuntimeError, vm.repr(a[1]) + " has already been used once");
    if (!tok->var.identical(a[0])) vm.raise(vm.exc.ValueError, vm.repr(a[1]) + " was created by a different ContextVar");
    Value ctx = current(vm);
    if (!tok->ctx.identical(ctx)) vm.raise(vm.exc.ValueError, vm.repr(a[1]) + " was created in a different Context");
    tok->used = true;
    if (tok->old.isNull()) ctxOf(ctx)->vars->table.erase(vm, a[0]);
    else ctxOf(ctx)->vars->table.set(vm, a[0], tok->old);
    return Value::none();
}

Value contextRun(VM &vm, const CallArgs &a) {
    if (a.size() < 2) vm.raise(vm.exc.TypeError, "run() missing 1 required positional argument");
    Value callable = a[1];
    State &s = state(vm);
    auto *c = ctxOf(a[0]);
    if (c->entered)
        vm.raise(vm.exc.RuntimeError, "cannot enter context: <_contextvars.Context object at " + hexAddr(c) + "> is already entered");
    c->entered = true;
    c->prev = current(vm);
    s.current = a[0];
    Value keep = a[0];
    auto leave = [&] {
        s.current = c->prev;
        c->prev = Value();
        c->entered = false;
    };
    try {
        Value r = vm.call(callable, a.pos.subspan(2), a.kw);
        leave();
        return r;
    } catch (...) {
        leave();
        throw;
    }
}

Value contextCopy(VM &vm, const Value &ctx) {
    Value n = newContext(vm);
    ctxOf(n)->vars->table = ctxOf(ctx)->vars->table;
    return n;
}

// Mapping views of a Context as lists: keys(), values(), items().
Value contextList(VM &vm, const Value &ctx, int which) {
    std::vector<Value> out;
    auto &t = ctxOf(ctx)->vars->table;
    for (size_t i = 0; i < t.capacityEnd(); ++i) {
        const auto &e = t.entryAt(i);
        if (e.key.isNull()) continue;
        out.push_back(which == 0 ? e.key : which == 1 ? e.value : vm.tuple({e.key, e.value}));
    }
    return vm.list(std::move(out));
}

void installContext(VM &vm, ModuleBuilder &m, State &s) {
    TypeObject *t = modutil::newType(vm, "Context", "_contextvars", [](VM &vm, TypeObject *, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "Context", 0, 0);
        return newContext(vm);
    });
    s.context = t;
    t->slots.len = [](VM &, const Value &c) { return static_cast<int64_t>(ctxOf(c)->vars->table.size()); };
    t->slots.getitem = [](VM &vm, const Value &c, const Value &key) {
        if (!key.is(Kind::Native) || key.obj()->type != state(vm).contextVar)
            vm.raise(vm.exc.TypeError, "a ContextVar key was expected, got " + vm.repr(key));
        if (Value *v = ctxOf(c)->vars->table.find(vm, key)) return *v;
        vm.raise(vm.exc.KeyError, std::vector<Value>{key});
    };
    t->slots.contains = [](VM &vm, const Value &c, const Value &key) { return ctxOf(c)->vars->table.find(vm, key) != nullptr; };
    t->slots.iter = [](VM &vm, const Value &c) { return vm.iter(contextList(vm, c, 0)); };
    vm.defMethod(t, "run", contextRun);
    vm.defMethod(t, "copy", [](VM &vm, const CallArgs &a) { return contextCopy(vm, a[0]); });
    vm.defMethod(t, "keys", [](VM &vm, const CallArgs &a) { return contextList(vm, a[0], 0); });
    vm.defMethod(t, "values", [](VM &vm, const CallArgs &a) { return contextList(vm, a[0], 1); });
    vm.defMethod(t, "items", [](VM &vm, const CallArgs &a) { return contextList(vm, a[0], 2); });
    vm.defMethod(t, "get", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "get", 1, 2, 1);
        if (Value *v = ctxOf(a[0])->vars->table.find(vm, a[1])) return *v;
        return a.size() > 2 ? a[2] : Value::none();
    });
    m.set("Context", Value(t));
}

void installContextVar(VM &vm, ModuleBuilder &m, State &s) {
    TypeObject *t = modutil::newType(vm, "ContextVar", "_contextvars", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        if (a.size() != 1)
            vm.raise(vm.exc.TypeError, "ContextVar() takes exactly 1 positional argument (" + std::to_string(a.size()) + " given)");
        if (!a[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "context variable name must be a str");
        auto *v = vm.make<ContextVarObject>(cls);
        Value vv(v);
        v->name = a[0];
        for (auto &k : a.kw) {
            if (k.name != "default") vm.raise(vm.exc.TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for ContextVar()");
            v->dflt = *k.value;
        }
        return vv;
    });
    s.contextVar = t;
    t->slots.repr = varRepr;
    t->slots.getattr = [](VM &, const Value &v, std::string_view name) {
        if (name == "name") return varOf(v)->name;
        return Value();
    };
    vm.defMethod(t, "get", varGet);
    vm.defMethod(t, "set", varSet);
    vm.defMethod(t, "reset", varReset);
    m.set("ContextVar", Value(t));

    TypeObject *tok = modutil::newType(vm, "Token", "_contextvars");
    s.token = tok;
    tok->slots.repr = [](VM &vm, const Value &v) {
        auto *t = tokenOf(v);
        return std::string("<Token") + (t->used ? " used" : "") + " var=" + varRepr(vm, t->var) + " at " + hexAddr(v.obj()) + ">";
    };
    tok->slots.getattr = [](VM &vm, const Value &v, std::string_view name) {
        if (name == "var") return tokenOf(v)->var;
        if (name == "old_value") return tokenOf(v)->old.isNull() ? state(vm).missing : tokenOf(v)->old;
        return Value();
    };
    TypeObject *missing = modutil::newType(vm, "Token.MISSING", "_contextvars");
    missing->slots.repr = [](VM &, const Value &) { return std::string("<Token.MISSING>"); };
    s.missing = Value(vm.make<NativeObject>(missing));
    vm.defAttr(tok, "MISSING", s.missing);
    m.set("Token", Value(tok));
}

}  // namespace

Value copyContext(VM &vm) { return contextCopy(vm, current(vm)); }

bool isContext(VM &vm, const Value &v) { return v.is(Kind::Native) && v.obj()->type == state(vm).context; }

Value runInContext(VM &vm, const Value &ctx, const Value &callable, std::span<const Value> args) {
    std::vector<Value> all;
    all.push_back(ctx);
    all.push_back(callable);
    all.insert(all.end(), args.begin(), args.end());
    CallArgs ca{all, {}, nullptr};
    return contextRun(vm, ca);
}

}  // namespace ls::interp::ctxvars

namespace ls::interp {

Value initContextvarsModule(VM &vm) {
    auto st = std::make_shared<ctxvars::State>();
    vm.setExtension("contextvars", st, +[](ctxvars::State &s, RefVisitor &v) {
        v.raw(s.context); v.raw(s.contextVar); v.raw(s.token); v(s.current); v(s.missing);
    });
    ModuleBuilder m(vm, "contextvars");
    ctxvars::installContext(vm, m, *st);
    ctxvars::installContextVar(vm, m, *st);
    m.fn("copy_context", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "copy_context", 0, 0);
        return ctxvars::copyContext(vm);
    });
    return m.module;
}

}  // namespace ls::interp

// The `inspect` module: the predicates and generator/coroutine states in
// C++ (they are used on every asyncio teaching example and must not add
// frames), following py: Lib/inspect.py (3.11) rule for rule: methods and
// functools.partial objects are unwrapped before code flags are read.
// signature(), getmembers(), getdoc() and friends are Python:
// modules/py/inspect.py, run into the same namespace.
#include "embedded_modules.h"
#include "module_util.h"
#include "native_util.h"

namespace ls::interp {

namespace {

constexpr uint32_t kCoIterableCoroutine = 0x100;

bool isMethod(const Value &v) {
    return v.is(Kind::BoundMethod) && !v.as<BoundMethodObject>()->func.is(Kind::BuiltinFunction);
}

// py: _has_code_flag: unwrap bound methods, then functools.partial.
bool hasCodeFlag(VM &vm, Value f, uint32_t flag) {
    while (isMethod(f)) f = f.as<BoundMethodObject>()->func;
    auto *partial = vm.extension<TypeObject>("functools.partial");
    while (partial && f.isObj() && vm.isInstance(f, partial)) f = vm.getAttr(f, "func");
    // A method inside the partial is "function-like" (it forwards __code__,
    // __defaults__, ...): py: _signature_is_functionlike.
    while (isMethod(f)) f = f.as<BoundMethodObject>()->func;
    if (!f.is(Kind::Function)) return false;
    return (f.as<FunctionObject>()->code->flags & flag) != 0;
}

bool isGenFlavor(const Value &v, GenFlavor fl) { return v.is(Kind::Generator) && v.as<GeneratorObject>()->flavor == fl; }

// py: collections.abc.Awaitable's subclass hook: __await__ in the mro.
bool hasAwait(VM &vm, const Value &v) {
    Value m = vm.typeOf(v)->lookup("__await__");
    return !m.isNull() && !m.isNone();
}

Value oneArg(VM &vm, const CallArgs &a, const char *name) {
    auto v = modutil::bind(vm, a, name, {"object"}, 1);
    return v[0];
}

template <bool (*Pred)(VM &, const Value &)> Value predicate(VM &vm, const CallArgs &a) {
    return Value::boolean(Pred(vm, oneArg(vm, a, a.callee->name.c_str())));
}

bool isCoroutineFunction(VM &vm, const Value &v) { return hasCodeFlag(vm, v, CO_COROUTINE); }
bool isGeneratorFunction(VM &vm, const Value &v) { return hasCodeFlag(vm, v, CO_GENERATOR); }
bool isAsyncGenFunction(VM &vm, const Value &v) { return hasCodeFlag(vm, v, CO_ASYNC_GENERATOR); }
bool isCoroutine(VM &, const Value &v) { return isGenFlavor(v, GenFlavor::Coroutine); }
bool isGenerator(VM &, const Value &v) { return isGenFlavor(v, GenFlavor::Generator); }
bool isAsyncGen(VM &, const Value &v) { return isGenFlavor(v, GenFlavor::AsyncGenerator); }
bool isAwaitable(VM &vm, const Value &v) {
    if (isGenFlavor(v, GenFlavor::Coroutine)) return true;
    if (isGenFlavor(v, GenFlavor::Generator) && v.as<GeneratorObject>()->frame &&
        (v.as<GeneratorObject>()->frame->code->flags & kCoIterableCoroutine))
        return true;
    return hasAwait(vm, v);
}
bool isFunction(VM &, const Value &v) { return v.is(Kind::Function); }
bool isMethodP(VM &, const Value &v) { return isMethod(v); }
bool isClass(VM &, const Value &v) { return v.is(Kind::Type); }
bool isModule(VM &, const Value &v) { return v.is(Kind::Module); }
bool isCode(VM &, const Value &v) { return v.is(Kind::Code); }
bool isBuiltin(VM &, const Value &v) {
    return v.is(Kind::BuiltinFunction) || (v.is(Kind::BoundMethod) && v.as<BoundMethodObject>()->func.is(Kind::BuiltinFunction));
}
bool isRoutine(VM &vm, const Value &v) { return isBuiltin(vm, v) || v.is(Kind::Function) || isMethod(v); }
bool isFalse(VM &, const Value &) { return false; }

// py: getgeneratorstate / getcoroutinestate: read through the attributes,
// so a wrong object fails as in CPython ("'int' object has no attribute
// 'gi_running'").
Value genState(VM &vm, const Value &g, const char *prefix, const char *attrPrefix) {
    std::string p(attrPrefix);
    std::string state;
    if (vm.truthy(vm.getAttr(g, p + "_running"))) state = "RUNNING";
    else if (vm.truthy(vm.getAttr(g, p + "_suspended"))) state = "SUSPENDED";
    else if (vm.getAttr(g, p + "_frame").isNone()) state = "CLOSED";
    else state = "CREATED";
    return vm.str(std::string(prefix) + "_" + state);
}

}  // namespace

Value initInspectModule(VM &vm) {
    ModuleBuilder m(vm, "inspect");
    struct Pred { const char *name; NativeFn fn; };
    static const Pred preds[] = {
        {"iscoroutinefunction", predicate<isCoroutineFunction>},
        {"isgeneratorfunction", predicate<isGeneratorFunction>},
        {"isasyncgenfunction", predicate<isAsyncGenFunction>},
        {"iscoroutine", predicate<isCoroutine>},
        {"isgenerator", predicate<isGenerator>},
        {"isasyncgen", predicate<isAsyncGen>},
        {"isawaitable", predicate<isAwaitable>},
        {"isfunction", predicate<isFunction>},
        {"ismethod", predicate<isMethodP>},
        {"isclass", predicate<isClass>},
        {"ismodule", predicate<isModule>},
        {"iscode", predicate<isCode>},
        {"isbuiltin", predicate<isBuiltin>},
        {"isroutine", predicate<isRoutine>},
        {"isframe", predicate<isFalse>},
        {"istraceback", predicate<isFalse>},
        {"isabstract", predicate<isFalse>},
        {"ismethoddescriptor", predicate<isFalse>},
        {"isdatadescriptor", predicate<isFalse>},
    };
    for (auto &p : preds) m.fn(p.name, p.fn);
    for (const char *s : {"CREATED", "RUNNING", "SUSPENDED", "CLOSED"}) {
        m.set(std::string("GEN_") + s, vm.str(std::string("GEN_") + s));
        m.set(std::string("CORO_") + s, vm.str(std::string("CORO_") + s));
    }
    m.fn("getgeneratorstate", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "getgeneratorstate", 1, 1);
        return genState(vm, a[0], "GEN", "gi");
    });
    m.fn("getcoroutinestate", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "getcoroutinestate", 1, 1);
        return genState(vm, a[0], "CORO", "cr");
    });
    m.set("CO_OPTIMIZED", Value::integer(1));
    m.set("CO_NEWLOCALS", Value::integer(2));
    m.set("CO_VARARGS", Value::integer(CO_VARARGS));
    m.set("CO_VARKEYWORDS", Value::integer(CO_VARKEYWORDS));
    m.set("CO_GENERATOR", Value::integer(CO_GENERATOR));
    m.set("CO_COROUTINE", Value::integer(CO_COROUTINE));
    m.set("CO_ITERABLE_COROUTINE", Value::integer(kCoIterableCoroutine));
    m.set("CO_ASYNC_GENERATOR", Value::integer(CO_ASYNC_GENERATOR));
    execEmbeddedModule(vm, "inspect", m.dict);
    return m.module;
}

}  // namespace ls::interp

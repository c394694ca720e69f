#include "events.h"

#include "base_events.h"

namespace ls::aio {

std::string callbackQualname(VM &vm, const Value &cbIn) {
    Value cb = cbIn;
    // functools.partial(f, ...) is labelled as f.
    for (int i = 0; i < 8 && cb.isObj() && vm.typeOf(cb)->name == "partial"; ++i) {
        Value inner = vm.getAttrOpt(cb, "func");
        if (inner.isNull()) break;
        cb = inner;
    }
    if (cb.is(Kind::Function)) return cb.as<FunctionObject>()->qualname;
    if (cb.is(Kind::BuiltinFunction)) return cb.as<BuiltinFunctionObject>()->qualname;
    if (cb.is(Kind::BoundMethod)) return callbackQualname(vm, cb.as<BoundMethodObject>()->func);
    return vm.typeOf(cb)->qualname;
}

void HandleObject::cancel(VM &vm) {
    (void)vm;
    if (cancelled) return;
    cancelled = true;
    if (isTimer && loop.is(Kind::Native)) static_cast<EventLoopObject *>(loop.obj())->timerHandleCancelled(this);
    // py: Handle.cancel drops the callback so it can be freed.
    callback = Value::none();
    args.clear();
}

void HandleObject::run(VM &vm) {
    Value cb = callback;
    std::vector<Value> a = args;
    try {
        vm.call(cb, a);
    } catch (PyException &e) {
        if (vm.isInstance(e.exc, vm.exc.SystemExit) || vm.isInstance(e.exc, vm.exc.KeyboardInterrupt)) throw;
        auto *l = static_cast<EventLoopObject *>(loop.obj());
        std::string src = callbackQualname(vm, cb) + "()";
        l->callExceptionHandler(vm, {{"message", vm.str("Exception in callback " + src)},
                                     {"exception", e.exc},
                                     {"handle", Value(this)}});
    }
}

HandleObject *newHandle(VM &vm, Value callback, std::vector<Value> args, Value loop) {
    auto &st = asyncioState(vm);
    auto *h = vm.make<HandleObject>(st.handleType);
    h->callback = std::move(callback);
    h->args = std::move(args);
    h->loop = std::move(loop);
    h->seq = h->serial;
    return h;
}

HandleObject *newTimerHandle(VM &vm, double when, Value callback, std::vector<Value> args, Value loop) {
    auto &st = asyncioState(vm);
    HandleObject *h = newHandle(vm, std::move(callback), std::move(args), std::move(loop));
    h->type = st.timerHandleType;
    h->isTimer = true;
    h->when = when;
    return h;
}

namespace {

HandleObject *self(const CallArgs &a) { return static_cast<HandleObject *>(a[0].obj()); }

std::string handleRepr(VM &vm, const Value &v) {
    auto *h = static_cast<HandleObject *>(v.obj());
    std::string s = "<" + std::string(h->isTimer ? "TimerHandle" : "Handle");
    if (h->cancelled) s += " cancelled";
    if (h->isTimer) s += " when=" + vm.repr(Value::real(h->when));
    if (!h->cancelled && !h->callback.isNone()) s += " " + callbackQualname(vm, h->callback) + "()";
    return s + ">";
}

}  // namespace

void installEventsTypes(VM &vm, AsyncioState &st) {
    st.handleType = vm.newBuiltinType("Handle", vm.types.object, "asyncio.events");
    st.timerHandleType = vm.newBuiltinType("TimerHandle", st.handleType, "asyncio.events");
    st.handleType->slots.repr = handleRepr;
    st.timerHandleType->slots.repr = handleRepr;
    vm.defMethod(st.handleType, "cancel", [](VM &vm, const CallArgs &a) { self(a)->cancel(vm); return Value::none(); });
    vm.defMethod(st.handleType, "cancelled", [](VM &, const CallArgs &a) { return Value::boolean(self(a)->cancelled); });
    vm.defMethod(st.handleType, "get_context", [](VM &, const CallArgs &) { return Value::none(); });
    vm.defMethod(st.timerHandleType, "when", [](VM &, const CallArgs &a) { return Value::real(self(a)->when); });
}

}  // namespace ls::aio

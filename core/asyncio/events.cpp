#include "events.h"

#include "base_events.h"
#include "futures.h"
#include "interp/modules/contextvars_api.h"

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
    Value ctx = context;
    try {
        // py: self._context.run(self._callback, *self._args)
        if (ctx.isNull()) {
            vm.call(cb, a);
        } else if (ctxvars::isContext(vm, ctx)) {
            ctxvars::runInContext(vm, ctx, cb, a);
        } else {
            // Whatever was passed as context=: CPython calls its run().
            std::vector<Value> args{cb};
            args.insert(args.end(), a.begin(), a.end());
            vm.callMethod(ctx, "run", args);
        }
    } catch (PyException &e) {
        if (vm.isInstance(e.exc, vm.exc.SystemExit) || vm.isInstance(e.exc, vm.exc.KeyboardInterrupt)) throw;
        auto *l = static_cast<EventLoopObject *>(loop.obj());
        std::string src = formatCallbackSource(vm, cb, a);
        l->callExceptionHandler(vm, {{"message", vm.str("Exception in callback " + src)},
                                     {"exception", e.exc},
                                     {"handle", Value(this)}});
    }
}

Value copyContextIfUsed(VM &vm) {
    if (!vm.extension<void>("contextvars")) return Value();
    return ctxvars::copyContext(vm);
}

HandleObject *newHandle(VM &vm, Value callback, std::vector<Value> args, Value loop, Value context) {
    auto &st = asyncioState(vm);
    auto *h = vm.make<HandleObject>(st.handleType);
    h->callback = std::move(callback);
    h->args = std::move(args);
    h->loop = std::move(loop);
    h->context = context.isNull() || context.isNone() ? copyContextIfUsed(vm) : std::move(context);
    h->seq = h->serial;
    return h;
}

HandleObject *newTimerHandle(VM &vm, double when, Value callback, std::vector<Value> args, Value loop, Value context) {
    auto &st = asyncioState(vm);
    HandleObject *h = newHandle(vm, std::move(callback), std::move(args), std::move(loop), std::move(context));
    h->type = st.timerHandleType;
    h->isTimer = true;
    h->when = when;
    return h;
}

namespace {

HandleObject *self(VM &vm, const CallArgs &a) {
    if (a.size() == 0 || !a[0].isObj() || !vm.typeOf(a[0])->isSubtypeOf(asyncioState(vm).handleType))
        vm.raise(vm.exc.TypeError, "descriptor requires a 'Handle' object");
    return static_cast<HandleObject *>(a[0].obj());
}

// py: events.Handle._repr_info / TimerHandle._repr_info
std::string handleRepr(VM &vm, const Value &v) {
    auto *h = static_cast<HandleObject *>(v.obj());
    std::string s = "<" + h->type->name;
    if (h->cancelled) s += " cancelled";
    if (h->isTimer) s += " when=" + vm.repr(h->whenGiven.isNull() ? Value::real(h->when) : h->whenGiven);
    if (!h->callback.isNone()) s += " " + formatCallbackSource(vm, h->callback, h->args);
    return s + ">";
}

}  // namespace

void installEventsTypes(VM &vm, AsyncioState &st) {
    st.handleType = vm.newBuiltinType("Handle", vm.types.object, "asyncio.events");
    st.timerHandleType = vm.newBuiltinType("TimerHandle", st.handleType, "asyncio.events");
    st.handleType->slots.repr = handleRepr;
    st.timerHandleType->slots.repr = handleRepr;
    vm.defMethod(st.handleType, "cancel", [](VM &vm, const CallArgs &a) { self(vm, a)->cancel(vm); return Value::none(); });
    vm.defMethod(st.handleType, "cancelled", [](VM &vm, const CallArgs &a) { return Value::boolean(self(vm, a)->cancelled); });
    vm.defMethod(st.handleType, "get_context", [](VM &vm, const CallArgs &a) {
        return self(vm, a)->context.isNull() ? Value::none() : self(vm, a)->context;
    });
    vm.defMethod(st.handleType, "_run", [](VM &vm, const CallArgs &a) { self(vm, a)->run(vm); return Value::none(); });
    vm.defMethod(st.timerHandleType, "when", [](VM &vm, const CallArgs &a) {
        return self(vm, a)->whenGiven.isNull() ? Value::real(self(vm, a)->when) : self(vm, a)->whenGiven;
    });
    // The attributes of events.Handle that programs look at.
    auto getattr = [](VM &vm, const Value &v, std::string_view name) -> Value {
        auto *h = static_cast<HandleObject *>(v.obj());
        if (name == "_callback") return h->callback;
        if (name == "_args") return h->cancelled ? Value::none() : vm.tuple(h->args);
        if (name == "_cancelled") return Value::boolean(h->cancelled);
        if (name == "_loop") return h->loop;
        if (name == "_context") return h->context.isNull() ? Value::none() : h->context;
        if (name == "_source_traceback") return Value::none();
        if (name == "_repr") return Value::none();
        if (h->isTimer && name == "_when") return h->whenGiven.isNull() ? Value::real(h->when) : h->whenGiven;
        if (h->isTimer && name == "_scheduled") return Value::boolean(h->scheduled);
        return Value();
    };
    st.handleType->slots.getattr = getattr;
    st.timerHandleType->slots.getattr = getattr;
}

}  // namespace ls::aio

// py: asyncio/events.py (3.11): Handle and TimerHandle, the entries of the
// loop's ready queue and timer heap.
#pragma once

#include "asyncio_state.h"

namespace ls::aio {

struct HandleObject : NativeObject {
    LS_CLONEABLE(HandleObject)
    void visitRefs(RefVisitor &v) override { v(callback); v(args); v(loop); v(context); v(whenGiven); }
    Value callback;              // any callable; None once cancelled
    std::vector<Value> args;
    Value loop;
    Value context;               // contextvars.Context the callback runs in (Null: none)
    bool cancelled = false;
    // TimerHandle only:
    bool isTimer = false;
    double when = 0.0;
    Value whenGiven;             // call_at's `when` as given (an int stays an int), else Null
    bool scheduled = false;      // still in the loop's heap
    uint64_t seq;                // creation order (for views)

    HandleObject(TypeObject *t) : NativeObject(t) {}
    void clearRefs() override { callback = Value(); args.clear(); loop = context = whenGiven = Value(); }
    // Handle.cancel (TimerHandle also tells the loop, for its cancelled count).
    void cancel(VM &vm);
    // Handle._run: calls the callback; an exception goes to the loop's
    // exception handler ("Exception in callback ...").
    void run(VM &vm);
};

// Makes a Handle / TimerHandle bound to `loop`; a Null `context` means
// contextvars.copy_context() (as Handle.__init__), when contextvars is used.
HandleObject *newHandle(VM &vm, Value callback, std::vector<Value> args, Value loop, Value context = Value());
HandleObject *newTimerHandle(VM &vm, double when, Value callback, std::vector<Value> args, Value loop,
                             Value context = Value());
// contextvars.copy_context(), or Null while no script imported contextvars
// (then no ContextVar exists and every context would be empty).
Value copyContextIfUsed(VM &vm);

// The qualname of a callback as the run contract labels it (cb:NAME):
// functools.partial unwrapped, bound methods by their function's qualname.
std::string callbackQualname(VM &vm, const Value &cb);

void installEventsTypes(VM &vm, AsyncioState &st);

}  // namespace ls::aio

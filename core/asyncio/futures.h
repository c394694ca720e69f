// py: asyncio/futures.py and the C Future of Modules/_asynciomodule.c
// (3.11): state, result/exception, done callbacks scheduled through the
// loop's call_soon, and the iterator `await future` drives.
#pragma once

#include "asyncio_state.h"

namespace ls::aio {

enum class FutState : uint8_t { Pending, Cancelled, Finished };

struct FutureObject : NativeObject {
    FutState state = FutState::Pending;
    Value result, exception;
    Value loop;
    // The done callbacks and, at the same index, the contextvars.Context
    // each runs in (Null while contextvars is unused).
    std::vector<Value> callbacks, callbackContexts;
    bool blocking = false;        // _asyncio_future_blocking
    bool logTraceback = false;    // "exception was never retrieved"
    Value cancelMessage;          // None or str
    Value cancelledExc;           // the CancelledError raised, for chaining
    bool isTask = false;
    uint64_t seq = 0;
    VM *vm = nullptr;             // for finalisation reports
    // Instance attributes of Python subclasses (asyncio._GatheringFuture).
    Ref<DictObject> attrs;

    FutureObject(TypeObject *t) : NativeObject(t) {}
    LS_CLONEABLE(FutureObject)
    void visitRefs(RefVisitor &v) override {
        v(result); v(exception); v(loop); v(callbacks); v(callbackContexts); v(cancelMessage); v(cancelledExc); v(attrs);
        vm = v.vm(vm);
    }
    void clearRefs() override;
    bool finalizeLater() override;
    void finalize(VM &vm) override;

    bool done() const { return state != FutState::Pending; }
    // Raise InvalidStateError ("invalid state") unless pending.
    void setResult(VM &vm, Value v);
    void setException(VM &vm, Value exc);
    bool cancel(VM &vm, Value msg);
    // A Null context: contextvars.copy_context() (as add_done_callback).
    void addDoneCallback(VM &vm, Value cb, Value context = Value());
    // Removes every registration of cb; returns the count.
    size_t removeDoneCallback(VM &vm, const Value &cb);
    // result(): returns or raises (CancelledError / the exception / InvalidStateError).
    Value getResult(VM &vm);
    // The CancelledError to raise: the one the task's coroutine raised (once),
    // else a new one with the cancel message.
    Value makeCancelledError(VM &vm);
    // Schedules every callback with call_soon(cb, self) and clears them.
    void scheduleCallbacks(VM &vm);
};

// `isinstance(x, asyncio.Future)` incl. tasks.
bool isFuture(VM &vm, const Value &v);
// fut.cancel(msg=msg): the C++ fast path for Future and Task, the method
// call for Python subclasses (which may override cancel, as
// _GatheringFuture does).
bool cancelFuture(VM &vm, const Value &fut, const Value &msg);
// The future behind an `await fut` iterator (FutureIter), else nullptr.
FutureObject *futureOfAwaitIter(VM &vm, const Value &it);
// A new pending future on `loop`.
Value newFuture(VM &vm, const Value &loop, TypeObject *cls = nullptr);
// "<Future pending cb=[...]>" as CPython's repr.
std::string futureRepr(VM &vm, FutureObject *f);
// py: format_helpers._format_callback_source(func, args): "f(1, 'a') at
// file.py:3" (the source only for Python functions and partials of them).
std::string formatCallbackSource(VM &vm, const Value &func, const std::vector<Value> &args);
// The `state` word CPython shows: PENDING/CANCELLED/FINISHED.
const char *stateName(FutState s);

void installFutureTypes(VM &vm, AsyncioState &st);

}  // namespace ls::aio

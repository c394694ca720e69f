// py: asyncio/base_events.py (3.11) BaseEventLoop: the ready queue, the
// timer heap, the virtual clock (run contract: the poll never waits, the
// clock jumps to the next timer), and _run_once.
#pragma once

#include "heapq.h"

#include <deque>

namespace ls::aio {

// The loop's own outcome when it cannot go on (run contract exits 3 and 4).
struct LoopHalt {
    enum class Why { Deadlock, StepLimit } why;
    std::string message;
};

struct EventLoopObject : NativeObject {
    std::deque<Ref<HandleObject>> ready;    // loop._ready
    TimerHeap scheduled;                    // loop._scheduled
    size_t timerCancelledCount = 0;
    bool stopping = false, closed = false, running = false;
    Value exceptionHandler;                 // None: default
    // loop._asyncgens, a WeakSet in CPython: live async generators that
    // started under this loop (freed ones are dropped by asyncioState's
    // "asyncgen.destroyed" hook).
    std::vector<GeneratorObject *> asyncgens;
    bool asyncgensShutdownCalled = false;
    bool executorShutdownCalled = false;
    Value currentTask;                      // the task whose step runs now
    // The self-pipe (BaseSelectorEventLoop._make_self_pipe): written by
    // call_soon_threadsafe, it makes the next poll return at once with the
    // reader handle `_read_from_self` (one Handle, reused) to run.
    bool selfPipeWritten = false;
    Ref<HandleObject> selfReader;
    VM *vm = nullptr;                       // to leave AsyncioState::loops when freed

    EventLoopObject(TypeObject *t) : NativeObject(t) {}
    ~EventLoopObject() override;
    LS_CLONEABLE(EventLoopObject)
    void visitRefs(RefVisitor &v) override {
        for (auto &h : ready) v(h);
        v(scheduled); v(exceptionHandler); v(currentTask); v(selfReader);
        for (auto *&g : asyncgens) v.raw(g);
        vm = v.vm(vm);
    }
    void clearRefs() override;

    double time(VM &vm) const { return vm.host().now; }
    // `context`: the contextvars.Context to run in (Null: a copy of the current one).
    HandleObject *callSoon(VM &vm, Value cb, std::vector<Value> args, Value context = Value());
    // call_soon + _write_to_self
    HandleObject *callSoonThreadsafe(VM &vm, Value cb, std::vector<Value> args, Value context = Value());
    HandleObject *callAt(VM &vm, double when, Value cb, std::vector<Value> args, Value context = Value());
    HandleObject *callLater(VM &vm, double delay, Value cb, std::vector<Value> args, Value context = Value());
    void runOnce(VM &vm);
    void runForever(VM &vm, const size_t *resumeAt = nullptr);
    // The last part of runOnce: runs `ntodo` ready handles (a checkpoint
    // may be taken before each).
    void runHandles(VM &vm, size_t ntodo);
    // run_until_complete(future_or_coroutine) up to its `return
    // future.result()`: returns the (done) future. `callee` is the builtin
    // that was called (checkpoints record it). `resumeAt` (checkpoints):
    // the loop already runs; finish the current runOnce at that many
    // handles to go, then go on as usual.
    Value runUntilDone(VM &vm, const Value &awaitable, Object *callee = nullptr);
    // Its part from run_forever on, with the C++ locals it needs (shared
    // with loop_checkpoint.cpp's resume).
    Value finishRunUntilDone(VM &vm, LoopRunRecord &rec, const Value &fut, const Value &stopCb, const size_t *resumeAt);
    void stop() { stopping = true; }
    void close(VM &vm);
    // call_exception_handler(context) with CPython's default handler output.
    void callExceptionHandler(VM &vm, const std::vector<std::pair<std::string, Value>> &context);
    void timerHandleCancelled(HandleObject *h) { if (h->scheduled) ++timerCancelledCount; }
    void checkClosed(VM &vm) const;
};

// The running loop or RuntimeError("no running event loop").
EventLoopObject *getRunningLoop(VM &vm);
Value newEventLoop(VM &vm);

void installLoopType(VM &vm, AsyncioState &st);

}  // namespace ls::aio

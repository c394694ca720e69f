// Per-VM state of the asyncio model: its types, the running loop, the
// Task-N counter, every task (for all_tasks and the views) and the observer
// that the trace writer and the session attach.
#pragma once

#include "interp/vm.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace ls::aio {

using namespace ls::interp;

struct EventLoopObject;
struct TaskObject;
struct HandleObject;

// Watches the loop for the trace, the snapshot and the views. All calls
// happen on the VM's thread, in the order things happen.
struct LoopObserver {
    virtual ~LoopObserver() = default;
    virtual void taskCreated(TaskObject *) {}
    virtual void taskStep(TaskObject *) {}
    virtual void taskDone(TaskObject *) {}
    // After expired timers moved to the ready queue, before handles run.
    virtual void tick(EventLoopObject *) {}
    // A handle is about to run (returns normally) — for step counting.
    virtual void handleRun(EventLoopObject *, HandleObject *) {}
    // The handle returned (its exceptions went to the exception handler).
    virtual void handleDone(EventLoopObject *, HandleObject *) {}
    // The loop computed how long its poll may wait (0: handles are ready or
    // it is stopping), before polling: the phase a teacher asks about when
    // the clock jumps.
    virtual void timeoutComputed(EventLoopObject *, double timeout) {}
    // The virtual poll moved the clock from `before` to loop.time().
    virtual void polled(EventLoopObject *, double before) {}
    // No handle ready, no timer, not stopping.
    virtual void deadlock(EventLoopObject *) {}
};

// What run_until_complete holds on the C++ stack while its loop runs
// (loop_checkpoint.h: a checkpoint records it, a resume recreates it).
struct LoopRunRecord {
    EventLoopObject *loop = nullptr;
    Object *callee = nullptr;     // the run_until_complete builtin that was called
    Object *awaitable = nullptr;  // its argument
    Object *fut = nullptr;        // the future it waits for (the argument or a new task)
    Object *stopCb = nullptr;     // _run_until_complete_cb
    bool newTask = false;
    Frame *caller = nullptr;      // the Python frame that made the call
    int vmDepth = 0;              // VM::depth() at the call
    bool outerHooks = false;      // async generator hooks of an outer loop were saved
};

struct AsyncioState {
    TypeObject *futureType = nullptr, *taskType = nullptr, *futureIterType = nullptr;
    TypeObject *handleType = nullptr, *timerHandleType = nullptr, *loopType = nullptr;
    TypeObject *cancelledError = nullptr, *invalidStateError = nullptr;
    TypeObject *queueEmpty = nullptr, *queueFull = nullptr;
    TypeObject *incompleteReadError = nullptr, *limitOverrunError = nullptr;
    TypeObject *brokenBarrierError = nullptr;

    EventLoopObject *runningLoop = nullptr;  // set while run_forever runs
    Value eventLoop;                         // the policy's current loop (get/set_event_loop)
    uint64_t taskCounter = 0;                // Task-N (one per process, as CPython)
    uint64_t taskSeq = 0;                    // creation order
    std::vector<TaskObject *> tasks;         // every live task, creation order
    std::vector<EventLoopObject *> loops;    // every live loop (weak)
    LoopObserver *observer = nullptr;
    uint64_t handlesRun = 0;                 // loop handles run (--max-steps)
    uint64_t maxHandles = 10'000'000;
    uint64_t ticks = 0;                      // loop iterations (process-wide)

    // The natives behind Task.__step / Task.__wakeup, so that handle labels
    // can tell them apart (step:Task-N / wakeup:Task-N).
    NativeFn taskStepFn = nullptr, taskWakeupFn = nullptr;

    // Checkpoints (loop_checkpoint.h). The run_until_complete calls in
    // progress, outermost first, and the handle-boundary hook: called in
    // runOnce before each handle, with the number of handles of this
    // iteration still to run (the caller may take a checkpoint there).
    std::vector<LoopRunRecord *> activeRuns;
    std::function<void(EventLoopObject *, size_t remaining)> handleBoundary;

    void visitRefs(RefVisitor &v);  // loop_checkpoint.cpp
};

// The state for a VM (created on first import of asyncio).
AsyncioState &asyncioState(VM &vm);

}  // namespace ls::aio

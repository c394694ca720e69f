// py: asyncio/tasks.py and the C Task of Modules/_asynciomodule.c (3.11):
// a coroutine driven step by step (__step / __wakeup), with cancellation.
#pragma once

#include "futures.h"

namespace ls::aio {

struct TaskObject : FutureObject {
    Value coro;
    std::string name;
    bool mustCancel = false;
    Value futWaiter;                 // the future the task waits on
    Value context;                   // Task._context (Null while contextvars is unused)
    int numCancelsRequested = 0;
    bool logDestroyPending = true;
    bool doneReported = false;       // observer's taskDone sent

    TaskObject(TypeObject *t) : FutureObject(t) { isTask = true; }
    LS_CLONEABLE(TaskObject)
    void visitRefs(RefVisitor &v) override { FutureObject::visitRefs(v); v(coro); v(futWaiter); v(context); }
    ~TaskObject() override;
    void clearRefs() override;
    bool finalizeLater() override;
    void finalize(VM &vm) override;
    bool cancelTask(VM &vm, Value msg);
};

// Task(coro, loop=loop, name=name, context=context): schedules the first
// step; a Null/None context is contextvars.copy_context().
Value newTask(VM &vm, const Value &coro, const Value &loop, const Value &name, const Value &context = Value());
// asyncio.iscoroutine (3.11): coroutines, generators, Coroutine ABC objects.
bool isCoroutine(VM &vm, const Value &v);
// asyncio.ensure_future semantics: futures pass through, coroutines and
// awaitables become tasks on `loop`.
Value ensureFuture(VM &vm, const Value &v, const Value &loop);
std::string taskRepr(VM &vm, TaskObject *t);

void installTaskTypes(VM &vm, AsyncioState &st);

}  // namespace ls::aio

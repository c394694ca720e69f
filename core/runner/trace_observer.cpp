#include "trace_observer.h"

#include "asyncio/base_events.h"
#include "asyncio/events.h"
#include "asyncio/tasks.h"

namespace ls::runner {

using namespace ls::interp;
using namespace ls::aio;

namespace {

TaskObject *taskOfCallback(VM &vm, const Value &cb, NativeFn fn) {
    if (!cb.is(Kind::BuiltinFunction)) return nullptr;
    auto *b = cb.as<BuiltinFunctionObject>();
    if (b->fn != fn || !b->data.isObj()) return nullptr;
    (void)vm;
    return static_cast<TaskObject *>(b->data.obj());
}

// The task whose wakeup is among the future's done callbacks.
TaskObject *waitingTask(VM &vm, const Value &fut) {
    if (!fut.isObj() || !isFuture(vm, fut)) return nullptr;
    auto &st = asyncioState(vm);
    for (auto &cb : static_cast<FutureObject *>(fut.obj())->callbacks)
        if (TaskObject *t = taskOfCallback(vm, cb, st.taskWakeupFn)) return t;
    return nullptr;
}

}  // namespace

std::string readyLabel(VM &vm, HandleObject *h) {
    auto &st = asyncioState(vm);
    if (TaskObject *t = taskOfCallback(vm, h->callback, st.taskStepFn)) return "step:" + t->name;
    if (TaskObject *t = taskOfCallback(vm, h->callback, st.taskWakeupFn)) return "wakeup:" + t->name;
    return "cb:" + callbackQualname(vm, h->callback);
}

std::string timerLabel(VM &vm, HandleObject *h) {
    // py (reference oracle): a timer wakes a task when its callback is a
    // not-done task's cancel, or it resolves a future the task waits on.
    Value cb = h->callback;
    std::vector<Value> candidates;
    if (cb.is(Kind::BoundMethod)) {
        auto *m = cb.as<BoundMethodObject>();
        std::string meth = m->func.is(Kind::BuiltinFunction) ? m->func.as<BuiltinFunctionObject>()->name
                           : m->func.is(Kind::Function)      ? m->func.as<FunctionObject>()->name
                                                             : "";
        if (m->self.isObj() && isFuture(vm, m->self)) {
            auto *f = static_cast<FutureObject *>(m->self.obj());
            if (f->isTask) {
                if (meth == "cancel" && !f->done()) return static_cast<TaskObject *>(f)->name;
            } else if (meth == "set_result" || meth == "set_exception" || meth == "cancel") {
                candidates.push_back(m->self);
            }
        }
    }
    for (auto &a : h->args)
        if (a.isObj() && isFuture(vm, a) && !static_cast<FutureObject *>(a.obj())->isTask) candidates.push_back(a);
    for (auto &c : candidates)
        if (TaskObject *t = waitingTask(vm, c)) return t->name;
    return "cb:" + callbackQualname(vm, cb);
}

void TraceObserver::flushPending() {
    for (auto &[obj, t] : pending_) {
        auto *task = static_cast<TaskObject *>(obj.get());
        std::string f = ", \"task\": ";
        appendJsonString(f, task->name);
        f += ", \"coro\": ";
        std::string coro = task->coro.is(Kind::Generator) ? task->coro.as<GeneratorObject>()->qualname : vm_.typeName(task->coro);
        appendJsonString(f, coro);
        trace_.event(t, "create", f);
    }
    pending_.clear();
}

void TraceObserver::taskCreated(TaskObject *t) {
    if (trace_.enabled()) pending_.emplace_back(Ref<Object>(t), vm_.host().now);
}

void TraceObserver::taskStep(TaskObject *t) {
    if (!trace_.enabled()) return;
    flushPending();
    std::string f = ", \"task\": ";
    appendJsonString(f, t->name);
    trace_.event(vm_.host().now, "step", f);
}

void TraceObserver::taskDone(TaskObject *t) {
    if (!trace_.enabled()) return;
    flushPending();
    std::string f = ", \"task\": ";
    appendJsonString(f, t->name);
    if (t->state == FutState::Cancelled) f += ", \"state\": \"cancelled\"";
    else if (t->exception.isNull()) f += ", \"state\": \"finished\"";
    else {
        f += ", \"state\": \"failed\", \"exc\": ";
        appendJsonString(f, vm_.typeOf(t->exception)->name);
    }
    trace_.event(vm_.host().now, "done", f);
}

void TraceObserver::tick(EventLoopObject *loop) {
    if (!trace_.enabled()) return;
    flushPending();
    std::string f = ", \"ready\": [";
    bool first = true;
    for (auto &h : loop->ready) {
        if (h->cancelled) continue;
        if (!first) f += ", ";
        first = false;
        appendJsonString(f, readyLabel(vm_, h.get()));
    }
    f += "], \"timers\": [";
    TimerHeap heap = loop->scheduled;
    first = true;
    while (!heap.empty()) {
        Ref<HandleObject> h = heapPop(heap);
        if (h->cancelled) continue;
        if (!first) f += ", ";
        first = false;
        f += "[" + jsonFloat(h->when) + ", ";
        appendJsonString(f, timerLabel(vm_, h.get()));
        f += "]";
    }
    f += "]";
    trace_.event(vm_.host().now, "tick", f);
}

}  // namespace ls::runner

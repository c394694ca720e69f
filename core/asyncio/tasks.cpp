// py: asyncio/tasks.py Task and Modules/_asynciomodule.c task_step_impl /
// task_wakeup (3.11).
#include "tasks.h"

#include "base_events.h"
#include "events.h"
#include "interp/args.h"
#include "interp/vm_internal.h"

#include <algorithm>

namespace ls::aio {

namespace {

Value stepCallback(VM &vm, TaskObject *t);
Value wakeupCallback(VM &vm, TaskObject *t);

void reportDone(VM &vm, TaskObject *t) {
    if (t->doneReported || !t->done()) return;
    t->doneReported = true;
    auto &st = asyncioState(vm);
    if (st.observer) st.observer->taskDone(t);
}

// py: _asynciomodule.c task_step_impl (3.11)
void taskStep(VM &vm, TaskObject *task, Value exc) {
    auto &st = asyncioState(vm);
    Ref<TaskObject> keep(task);
    if (task->done())
        vm.raise(st.invalidStateError, "_step(): already done: " + taskRepr(vm, task) + ", " + (exc.isNull() ? "None" : vm.repr(exc)));
    if (st.observer) st.observer->taskStep(task);
    if (task->mustCancel) {
        if (!exc.is(Kind::Exception) || !vm.isInstance(exc, st.cancelledError)) exc = task->makeCancelledError(vm);
        task->mustCancel = false;
    }
    task->futWaiter = Value();
    auto *loop = static_cast<EventLoopObject *>(task->loop.obj());
    Value prevTask = loop->currentTask;
    loop->currentTask = Value(task);

    Value result;
    bool yielded = false;
    try {
        Value out;
        // coro.send(None) / coro.throw(exc): a coroutine, or whatever
        // asyncio.iscoroutine accepts (a generator, agen.aclose()'s awaitable).
        if (task->coro.is(Kind::Generator))
            yielded = vm.resume(task->coro.as<GeneratorObject>(), Value::none(), exc.isNull() ? Value() : exc, out);
        else
            yielded = internal::delegate(vm, nullptr, task->coro, Value::none(), exc.isNull() ? Value() : exc, out);
        result = out;
        if (!yielded) {
            // StopIteration: the coroutine returned.
            if (task->mustCancel) {
                task->mustCancel = false;
                task->FutureObject::cancel(vm, task->cancelMessage);
            } else {
                task->setResult(vm, result);
            }
        }
    } catch (PyException &e) {
        Value ex = e.exc;
        if (vm.isInstance(ex, st.cancelledError)) {
            task->cancelledExc = ex;
            task->FutureObject::cancel(vm, Value::none());
        } else if (vm.isInstance(ex, vm.exc.KeyboardInterrupt) || vm.isInstance(ex, vm.exc.SystemExit)) {
            task->setException(vm, ex);
            loop->currentTask = prevTask;
            reportDone(vm, task);
            throw;
        } else {
            task->setException(vm, ex);
        }
    } catch (...) {
        loop->currentTask = prevTask;
        throw;
    }

    if (yielded) {
        Value newExc;
        if (result.isObj() && isFuture(vm, result)) {
            auto *fut = static_cast<FutureObject *>(result.obj());
            if (!fut->loop.identical(task->loop)) {
                newExc = vm.newException(vm.exc.RuntimeError, "Task " + taskRepr(vm, task) + " got Future " + vm.repr(result) +
                                                                  " attached to a different loop");
            } else if (fut->blocking) {
                if (fut == task) {
                    newExc = vm.newException(vm.exc.RuntimeError, "Task cannot await on itself: " + taskRepr(vm, task));
                } else {
                    fut->blocking = false;
                    fut->addDoneCallback(vm, wakeupCallback(vm, task), task->context);
                    task->futWaiter = result;
                    if (task->mustCancel) {
                        if (cancelFuture(vm, result, task->cancelMessage)) task->mustCancel = false;
                    }
                }
            } else {
                newExc = vm.newException(vm.exc.RuntimeError, "yield was used instead of yield from in task " +
                                                                   taskRepr(vm, task) + " with " + vm.repr(result));
            }
        } else if (result.isNone()) {
            // Bare yield (asyncio.sleep(0)): run again in the next iteration.
            loop->callSoon(vm, stepCallback(vm, task), {}, task->context);
        } else if (result.is(Kind::Generator) && result.as<GeneratorObject>()->flavor == GenFlavor::Generator) {
            newExc = vm.newException(vm.exc.RuntimeError, "yield was used instead of yield from for generator in task " +
                                                               taskRepr(vm, task) + " with " + vm.repr(result));
        } else {
            Value blockingAttr = result.isObj() ? vm.getAttrOpt(result, "_asyncio_future_blocking") : Value();
            newExc = vm.newException(vm.exc.RuntimeError, "Task got bad yield: " + vm.repr(result));
        }
        if (!newExc.isNull()) loop->callSoon(vm, stepCallback(vm, task), {newExc}, task->context);
    }
    loop->currentTask = prevTask;
    reportDone(vm, task);
}

Value taskStepNative(VM &vm, const CallArgs &a) {
    auto *t = static_cast<TaskObject *>(a.callee->data.obj());
    taskStep(vm, t, a.size() > 0 && !a[0].isNone() ? a[0] : Value());
    return Value::none();
}

// py: _asynciomodule.c task_wakeup: the awaited future is done.
Value taskWakeupNative(VM &vm, const CallArgs &a) {
    auto *t = static_cast<TaskObject *>(a.callee->data.obj());
    Value fut = a.size() > 0 ? a[0] : Value::none();
    if (fut.isObj() && isFuture(vm, fut)) {
        auto *f = static_cast<FutureObject *>(fut.obj());
        if (f->state == FutState::Finished && f->exception.isNull()) {
            taskStep(vm, t, Value());
            return Value::none();
        }
        if (f->state == FutState::Finished) {
            f->logTraceback = false;
            taskStep(vm, t, f->exception);
            return Value::none();
        }
        taskStep(vm, t, f->makeCancelledError(vm));
        return Value::none();
    }
    try {
        vm.callMethod(fut, "result");
    } catch (PyException &e) {
        taskStep(vm, t, e.exc);
        return Value::none();
    }
    taskStep(vm, t, Value());
    return Value::none();
}

Value stepCallback(VM &vm, TaskObject *t) {
    Value cb = vm.native("__step", taskStepNative, nullptr, Value(t));
    cb.as<BuiltinFunctionObject>()->qualname = "Task.__step";
    return cb;
}

Value wakeupCallback(VM &vm, TaskObject *t) {
    // One wakeup object per task, so remove_done_callback finds it.
    Value cb = vm.native("task_wakeup", taskWakeupNative, nullptr, Value(t));
    cb.as<BuiltinFunctionObject>()->qualname = "Task.task_wakeup";
    return cb;
}

std::string formatCoroutine(VM &vm, const Value &coro) {
    // py: asyncio/coroutines.py _format_coroutine
    if (!coro.is(Kind::Generator)) {
        Value q = vm.getAttrOpt(coro, "__qualname__");
        if (q.isNull() || !vm.truthy(q)) q = vm.getAttrOpt(coro, "__name__");
        return (q.isNull() || !vm.truthy(q) ? "<" + vm.typeName(coro) + " without __name__>" : vm.toStr(q)) + "()";
    }
    auto *g = coro.as<GeneratorObject>();
    std::string name = g->qualname + "()";
    if (!g->frame) return g->state == GenState::Running ? name + " running" : name;
    const std::string &file = g->frame->code->filename;
    if (g->state != GenState::Closed) return name + " running at " + file + ":" + std::to_string(g->frame->line());
    return name + " done, defined at " + file + ":" + std::to_string(g->frame->code->firstline);
}

TaskObject *self(VM &vm, const CallArgs &a) {
    auto &st = asyncioState(vm);
    if (a.size() == 0 || !vm.isInstance(a[0], st.taskType)) vm.raise(vm.exc.TypeError, "descriptor requires a Task");
    return static_cast<TaskObject *>(a[0].obj());
}

}  // namespace

TaskObject::~TaskObject() {
    // At VM teardown the asyncio state may be gone already.
    if (auto *st = vm ? vm->extension<AsyncioState>("asyncio.state") : nullptr) {
        auto &tasks = st->tasks;
        auto it = std::find(tasks.begin(), tasks.end(), this);
        if (it != tasks.end()) tasks.erase(it);
    }
}

void TaskObject::clearRefs() {
    FutureObject::clearRefs();
    coro = futWaiter = context = Value();
}

bool TaskObject::finalizeLater() {
    finalized = true;
    bool pendingReport = state == FutState::Pending && logDestroyPending;
    bool excReport = logTraceback && !exception.isNull();
    if (!vm || loop.isNull() || (!pendingReport && !excReport)) return false;
    refcnt = 1;
    vm->scheduleFinalizer(this);
    return true;
}

void TaskObject::finalize(VM &v) {
    auto *l = static_cast<EventLoopObject *>(loop.obj());
    if (state == FutState::Pending && logDestroyPending) {
        // py: tasks.Task.__del__
        l->callExceptionHandler(v, {{"message", v.str("Task was destroyed but it is pending!")}, {"task", Value(this)}});
        return;
    }
    FutureObject::finalize(v);
}

bool TaskObject::cancelTask(VM &vm, Value msg) {
    // py: tasks.Task.cancel (3.11)
    logTraceback = false;
    if (done()) return false;
    ++numCancelsRequested;
    if (!futWaiter.isNull() && !futWaiter.isNone()) {
        if (cancelFuture(vm, futWaiter, msg)) return true;
    }
    mustCancel = true;
    cancelMessage = msg;
    return true;
}

std::string taskRepr(VM &vm, TaskObject *t) {
    // py: base_tasks._task_repr_info
    std::string state = stateName(t->state);
    for (auto &c : state) c = static_cast<char>(std::tolower(c));
    if (t->numCancelsRequested > 0 && !t->done()) state = "cancelling";
    std::string s = "<" + t->type->name + " " + state + " name=" + vm.repr(vm.str(t->name)) + " coro=<" + formatCoroutine(vm, t->coro) + ">";
    if (!t->futWaiter.isNull() && !t->futWaiter.isNone()) s += " wait_for=" + vm.repr(t->futWaiter);
    if (t->state == FutState::Finished) {
        if (!t->exception.isNull()) s += " exception=" + vm.repr(t->exception);
        else s += " result=" + vm.repr(t->result);
    }
    if (!t->callbacks.empty()) {
        std::string f = futureRepr(vm, t);
        auto pos = f.find("cb=[");
        if (pos != std::string::npos) s += " " + f.substr(pos, f.size() - pos - 1);
    }
    return s + ">";
}

Value newTask(VM &vm, const Value &coro, const Value &loop, const Value &name, const Value &context) {
    auto &st = asyncioState(vm);
    if (!isCoroutine(vm, coro))
        vm.raise(vm.exc.TypeError, "a coroutine was expected, got " + vm.repr(coro));
    auto *t = vm.make<TaskObject>(st.taskType);
    Value tv(t);
    t->vm = &vm;
    t->needsFinalizer = true;
    t->loop = loop;
    t->coro = coro;
    t->seq = ++st.taskSeq;
    t->context = context.isNull() || context.isNone() ? copyContextIfUsed(vm) : context;
    if (name.isNone() || name.isNull()) t->name = "Task-" + std::to_string(++st.taskCounter);
    else t->name = vm.toStr(name);
    static_cast<EventLoopObject *>(loop.obj())->callSoon(vm, stepCallback(vm, t), {}, t->context);
    st.tasks.push_back(t);
    if (st.observer) st.observer->taskCreated(t);
    return tv;
}

bool isCoroutine(VM &vm, const Value &v) {
    // py: coroutines.iscoroutine (3.11): CoroutineType, GeneratorType or a
    // collections.abc.Coroutine (send, throw, close and __await__).
    if (v.is(Kind::Generator)) return v.as<GeneratorObject>()->flavor != GenFlavor::AsyncGenerator;
    if (!v.isObj()) return false;
    TypeObject *t = vm.typeOf(v);
    for (const char *m : {"__await__", "send", "throw", "close"})
        if (t->lookup(m).isNull()) return false;
    return true;
}

Value ensureFuture(VM &vm, const Value &v, const Value &loop) {
    if (isFuture(vm, v)) return v;
    Value l = loop;
    if (l.isNull() || l.isNone()) l = Value(getRunningLoop(vm));
    if (isCoroutine(vm, v)) return newTask(vm, v, l, Value::none());
    if (!vm.typeOf(v)->lookup("__await__").isNull()) {
        // py: tasks._wrap_awaitable
        Value wrapper = vm.getAttr(vm.importModule("asyncio"), "_wrap_awaitable");
        return newTask(vm, vm.call(wrapper, {v}), l, Value::none());
    }
    vm.raise(vm.exc.TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

void installTaskTypes(VM &vm, AsyncioState &st) {
    TypeObject *T = st.taskType = vm.newBuiltinType("Task", st.futureType, "_asyncio");
    st.taskStepFn = taskStepNative;
    st.taskWakeupFn = taskWakeupNative;
    T->newInstance = [](VM &vm, TypeObject *, const CallArgs &a) {
        ArgParser p(vm, a, "Task", {"coro", "*", "loop", "name", "context"}, 1);
        Value loop = p.getOr(1, Value::none());
        if (loop.isNone()) loop = Value(getRunningLoop(vm));
        return newTask(vm, p.get(0), loop, p.getOr(2, Value::none()), p.getOr(3, Value()));
    };
    // py: tasks.Task.cancel (its own method, so a callback loop.call_later(d,
    // task.cancel) is labelled Task.cancel as CPython's).
    vm.defMethod(T, "cancel", [](VM &vm, const CallArgs &a) {
        ArgParser p(vm, a, "cancel", {"msg"}, 0, 1);
        return Value::boolean(self(vm, a)->cancelTask(vm, p.getOr(0, Value::none())));
    });
    vm.defMethod(T, "get_coro", [](VM &vm, const CallArgs &a) { return self(vm, a)->coro; });
    vm.defMethod(T, "get_name", [](VM &vm, const CallArgs &a) { return vm.str(self(vm, a)->name); });
    vm.defMethod(T, "set_name", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "set_name", 2, 2);
        self(vm, a)->name = vm.toStr(a[1]);
        return Value::none();
    });
    vm.defMethod(T, "cancelling", [](VM &vm, const CallArgs &a) { return Value::integer(self(vm, a)->numCancelsRequested); });
    vm.defMethod(T, "uncancel", [](VM &vm, const CallArgs &a) {
        TaskObject *t = self(vm, a);
        if (t->numCancelsRequested > 0) --t->numCancelsRequested;
        return Value::integer(t->numCancelsRequested);
    });
    vm.defMethod(T, "set_result", [](VM &vm, const CallArgs &) -> Value { vm.raise(vm.exc.RuntimeError, "Task does not support set_result operation"); });
    vm.defMethod(T, "set_exception", [](VM &vm, const CallArgs &) -> Value { vm.raise(vm.exc.RuntimeError, "Task does not support set_exception operation"); });
    vm.defMethod(T, "get_stack", [](VM &vm, const CallArgs &a) {
        // py: base_tasks._task_get_stack: a suspended coroutine's frame (its
        // f_back is None while suspended); nothing once it has finished.
        TaskObject *t = self(vm, a);
        Value frame = t->coro.is(Kind::Generator) ? vm.getAttrOpt(t->coro, "cr_frame") : Value();
        if (frame.isNull() || frame.isNone()) frame = t->coro.is(Kind::Generator) ? vm.getAttrOpt(t->coro, "gi_frame") : Value();
        if (frame.isNull() || frame.isNone()) return vm.list();
        return vm.list({frame});
    });
    T->slots.getattr = [](VM &vm, const Value &v, std::string_view name) -> Value {
        auto *t = static_cast<TaskObject *>(v.obj());
        if (name == "_coro") return t->coro;
        if (name == "_fut_waiter") return t->futWaiter.isNull() ? Value::none() : t->futWaiter;
        if (name == "_must_cancel") return Value::boolean(t->mustCancel);
        if (name == "_name") return vm.str(t->name);
        if (name == "_context") return t->context.isNull() ? copyContextIfUsed(vm) : t->context;
        return asyncioState(vm).futureType->slots.getattr(vm, v, name);
    };
}

}  // namespace ls::aio

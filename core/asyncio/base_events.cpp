// py: asyncio/base_events.py BaseEventLoop (3.11) in the run contract's
// virtual world: where CPython would block in select(timeout), the clock
// advances by that timeout instead.
#include "base_events.h"

#include "interp/args.h"
#include "tasks.h"

#include <algorithm>

namespace ls::aio {

namespace {

constexpr double kMaximumSelectTimeout = 24 * 3600;  // base_events.MAXIMUM_SELECT_TIMEOUT
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
constexpr double kClockResolution = 1e-09;

}  // namespace

EventLoopObject::~EventLoopObject() {
    if (auto *st = vm ? vm->extension<AsyncioState>("asyncio.state") : nullptr) {
        auto it = std::find(st->loops.begin(), st->loops.end(), this);
        if (it != st->loops.end()) st->loops.erase(it);
    }
}

void EventLoopObject::clearRefs() {
    ready.clear();
    scheduled.clear();
    exceptionHandler = currentTask = Value();
    asyncgens.clear();
    selfReader.reset();
}

void EventLoopObject::checkClosed(VM &vm) const {
    if (closed) vm.raise(vm.exc.RuntimeError, "Event loop is closed");
}

HandleObject *EventLoopObject::callSoon(VM &vm, Value cb, std::vector<Value> args, Value context) {
    checkClosed(vm);
    HandleObject *h = newHandle(vm, std::move(cb), std::move(args), Value(this), std::move(context));
    ready.emplace_back(h);
    return h;
}

HandleObject *EventLoopObject::callSoonThreadsafe(VM &vm, Value cb, std::vector<Value> args, Value context) {
    HandleObject *h = callSoon(vm, std::move(cb), std::move(args), std::move(context));
    selfPipeWritten = true;
    return h;
}

HandleObject *EventLoopObject::callAt(VM &vm, double when, Value cb, std::vector<Value> args, Value context) {
    checkClosed(vm);
    HandleObject *h = newTimerHandle(vm, when, std::move(cb), std::move(args), Value(this), std::move(context));
    heapPush(scheduled, Ref<HandleObject>(h));
    h->scheduled = true;
    return h;
}

HandleObject *EventLoopObject::callLater(VM &vm, double delay, Value cb, std::vector<Value> args, Value context) {
    return callAt(vm, time(vm) + delay, std::move(cb), std::move(args), std::move(context));
}

// py: base_events.BaseEventLoop._run_once (3.11)
void EventLoopObject::runOnce(VM &vm) {
    auto &st = asyncioState(vm);
    size_t schedCount = scheduled.size();
    if (schedCount > kMinScheduledTimerHandles &&
        static_cast<double>(timerCancelledCount) / static_cast<double>(schedCount) > kMinCancelledTimerHandlesFraction) {
        TimerHeap kept;
        for (auto &h : scheduled) {
            if (h->cancelled) h->scheduled = false;
            else kept.push_back(h);
        }
        heapify(kept);
        scheduled.swap(kept);
        timerCancelledCount = 0;
    } else {
        while (!scheduled.empty() && scheduled[0]->cancelled) {
            --timerCancelledCount;
            Ref<HandleObject> h = heapPop(scheduled);
            h->scheduled = false;
        }
    }

    bool haveTimeout = false;
    double timeout = 0;
    if (!ready.empty() || stopping) {
        haveTimeout = true;
        timeout = 0;
    } else if (!scheduled.empty()) {
        haveTimeout = true;
        timeout = std::min(std::max(0.0, scheduled[0]->when - time(vm)), kMaximumSelectTimeout);
    }
    if (!haveTimeout) {
        // Nothing can ever happen again: CPython would wait forever.
        if (st.observer) st.observer->deadlock(this);
        throw LoopHalt{LoopHalt::Why::Deadlock, ""};
    }
    if (st.observer) st.observer->timeoutComputed(this, timeout);
    // py: selector_events._process_events: the self-pipe is readable.
    if (selfPipeWritten) {
        selfPipeWritten = false;
        if (!selfReader) {
            Value cb = vm.native("_read_from_self", [](VM &, const CallArgs &) { return Value::none(); });
            cb.as<BuiltinFunctionObject>()->qualname = "BaseSelectorEventLoop._read_from_self";
            selfReader = Ref<HandleObject>(newHandle(vm, cb, {}, Value(this)));
        }
        if (!selfReader->cancelled) ready.push_back(selfReader);
    }
    // The virtual poll lasts exactly `timeout`.
    if (timeout > 0 && ready.empty() && !scheduled.empty()) {
        double before = vm.host().now;
        double when = scheduled[0]->when;
        if (when - vm.host().now > kMaximumSelectTimeout) vm.host().now += kMaximumSelectTimeout;
        else if (when > vm.host().now) vm.host().now = when;
        if (st.observer && vm.host().now != before) st.observer->polled(this, before);
    }

    double endTime = time(vm) + kClockResolution;
    while (!scheduled.empty()) {
        if (scheduled[0]->when >= endTime) break;
        Ref<HandleObject> h = heapPop(scheduled);
        h->scheduled = false;
        ready.push_back(h);
    }
    ++st.ticks;
    if (st.observer) st.observer->tick(this);

    // This is the only place where callbacks are actually *called*.
    runHandles(vm, ready.size());
}

void EventLoopObject::runHandles(VM &vm, size_t ntodo) {
    auto &st = asyncioState(vm);
    for (; ntodo > 0; --ntodo) {
        if (st.handleBoundary) st.handleBoundary(this, ntodo);
        Ref<HandleObject> h = ready.front();
        ready.pop_front();
        if (h->cancelled) continue;
        if (++st.handlesRun > st.maxHandles) {
            char buf[160];
            std::snprintf(buf, sizeof buf, "step limit exceeded: more than %llu loop handles (t=%.6f)",
                          static_cast<unsigned long long>(st.maxHandles), vm.host().now);
            throw LoopHalt{LoopHalt::Why::StepLimit, buf};
        }
        if (st.observer) st.observer->handleRun(this, h.get());
        h->run(vm);
        if (st.observer) st.observer->handleDone(this, h.get());
    }
}

void EventLoopObject::runForever(VM &vm, const size_t *resumeAt) {
    auto &st = asyncioState(vm);
    if (!resumeAt) {
        checkClosed(vm);
        if (running) vm.raise(vm.exc.RuntimeError, "This event loop is already running");
        if (st.runningLoop) vm.raise(vm.exc.RuntimeError, "Cannot run the event loop while another loop is running");
        running = true;
        st.runningLoop = this;
    }
    Ref<EventLoopObject> keep(this);
    if (resumeAt) --refcnt;  // a checkpoint's refcount already has `keep`
    auto oldFirstIter = vm.asyncGenFirstIter;
    auto oldFinalizer = vm.asyncGenFinalizer;
    // A checkpoint cannot recreate hooks of an outer loop.
    if ((oldFirstIter || oldFinalizer) && !st.activeRuns.empty()) st.activeRuns.back()->outerHooks = true;
    // py: BaseEventLoop._asyncgen_firstiter_hook / _asyncgen_finalizer_hook
    vm.asyncGenFirstIter = [this](GeneratorObject *g) { asyncgens.push_back(g); };
    vm.asyncGenFinalizer = [this, &vm](GeneratorObject *g) {
        auto it = std::find(asyncgens.begin(), asyncgens.end(), g);
        if (it != asyncgens.end()) asyncgens.erase(it);
        if (!closed) {
            // self.call_soon_threadsafe(self.create_task, agen.aclose())
            Value aclose = vm.callMethod(Value(g), "aclose");
            callSoonThreadsafe(vm, vm.getAttr(Value(this), "create_task"), {aclose});
        }
    };
    struct Restore {
        EventLoopObject *loop;
        AsyncioState &st;
        VM &vm;
        std::function<void(GeneratorObject *)> a, b;
        ~Restore() {
            loop->stopping = false;
            loop->running = false;
            st.runningLoop = nullptr;
            vm.asyncGenFirstIter = a;
            vm.asyncGenFinalizer = b;
        }
    } restore{this, st, vm, oldFirstIter, oldFinalizer};
    if (resumeAt) {
        runHandles(vm, *resumeAt);
        if (stopping) return;
    }
    for (;;) {
        runOnce(vm);
        if (stopping) break;
    }
}

Value EventLoopObject::runUntilDone(VM &vm, const Value &awaitable, Object *callee) {
    // py: BaseEventLoop.run_until_complete up to `return future.result()`
    checkClosed(vm);
    // _check_running() before the coroutine becomes a task (no Task-N used).
    if (running) vm.raise(vm.exc.RuntimeError, "This event loop is already running");
    if (asyncioState(vm).runningLoop)
        vm.raise(vm.exc.RuntimeError, "Cannot run the event loop while another loop is running");
    bool newTask = !isFuture(vm, awaitable);
    Value fut = ensureFuture(vm, awaitable, Value(this));
    auto *f = static_cast<FutureObject *>(fut.obj());
    if (newTask && f->isTask) static_cast<TaskObject *>(f)->logDestroyPending = false;
    // py: base_events._run_until_complete_cb (its fut.exception() marks the
    // exception as retrieved).
    Value stopCb = vm.native("_run_until_complete_cb", [](VM &vm, const CallArgs &a) {
        auto *fu = static_cast<FutureObject *>(a[0].obj());
        if (fu->state != FutState::Cancelled) {
            fu->logTraceback = false;
            if (!fu->exception.isNull() &&
                (vm.isInstance(fu->exception, vm.exc.SystemExit) || vm.isInstance(fu->exception, vm.exc.KeyboardInterrupt)))
                return Value::none();
        }
        static_cast<EventLoopObject *>(fu->loop.obj())->stop();
        return Value::none();
    });
    // CPython's is a Python function: its repr names base_events.py:180.
    stopCb.as<BuiltinFunctionObject>()->source = "/usr/lib/python3.11/asyncio/base_events.py:180";
    f->addDoneCallback(vm, stopCb);
    LoopRunRecord rec;
    rec.loop = this;
    rec.callee = callee;
    rec.awaitable = awaitable.isObj() ? awaitable.obj() : nullptr;
    rec.fut = fut.obj();
    rec.stopCb = stopCb.obj();
    rec.newTask = newTask;
    rec.caller = vm.currentFrame();
    rec.vmDepth = vm.depth();
    return finishRunUntilDone(vm, rec, fut, stopCb, nullptr);
}

Value EventLoopObject::finishRunUntilDone(VM &vm, LoopRunRecord &rec, const Value &fut, const Value &stopCb,
                                              const size_t *resumeAt) {
    auto &st = asyncioState(vm);
    st.activeRuns.push_back(&rec);
    struct Pop {
        AsyncioState &st;
        ~Pop() { st.activeRuns.pop_back(); }
    } pop{st};
    bool newTask = rec.newTask;
    auto *f = static_cast<FutureObject *>(fut.obj());
    try {
        runForever(vm, resumeAt);
    } catch (...) {
        if (newTask && f->done() && f->state != FutState::Cancelled) {
            // The exception was raised by the future itself: mark it retrieved.
            f->logTraceback = false;
        }
        f->removeDoneCallback(vm, stopCb);
        throw;
    }
    f->removeDoneCallback(vm, stopCb);
    return fut;  // run_until_complete checks that it is done
}

void EventLoopObject::close(VM &vm) {
    if (running) vm.raise(vm.exc.RuntimeError, "Cannot close a running event loop");
    if (closed) return;
    closed = true;
    ready.clear();
    scheduled.clear();
    timerCancelledCount = 0;
    selfPipeWritten = false;
    selfReader.reset();
}

// py: BaseEventLoop.default_exception_handler, as logging prints it.
void EventLoopObject::callExceptionHandler(VM &vm, const std::vector<std::pair<std::string, Value>> &context) {
    if (!exceptionHandler.isNull() && !exceptionHandler.isNone()) {
        Value d = vm.dict();
        for (auto &[k, v] : context) d.as<DictObject>()->table.set(vm, vm.str(k), v);
        try {
            vm.call(exceptionHandler, {Value(this), d});
            return;
        } catch (PyException &) {
            // Fall back to the default handler, as CPython does.
        }
    }
    std::string message = "Unhandled exception in event loop";
    Value exc;
    std::vector<std::pair<std::string, Value>> rest;
    for (auto &[k, v] : context) {
        if (k == "message") message = vm.toStr(v);
        else if (k == "exception") exc = v;
        else rest.emplace_back(k, v);
    }
    std::sort(rest.begin(), rest.end(), [](auto &a, auto &b) { return a.first < b.first; });
    std::string out = message + "\n";
    for (auto &[k, v] : rest) {
        std::string r;
        try { r = vm.repr(v); } catch (PyException &) { r = "<repr failed>"; }
        out += k + ": " + r + "\n";
    }
    if (exc.is(Kind::Exception)) out += vm.formatException(exc);
    vm.host().write(2, out);
}

EventLoopObject *getRunningLoop(VM &vm) {
    auto &st = asyncioState(vm);
    if (!st.runningLoop) vm.raise(vm.exc.RuntimeError, "no running event loop");
    return st.runningLoop;
}

Value newEventLoop(VM &vm) {
    auto &st = asyncioState(vm);
    auto *l = vm.make<EventLoopObject>(st.loopType);
    l->vm = &vm;
    st.loops.push_back(l);
    return Value(l);
}

namespace {

EventLoopObject *self(VM &vm, const CallArgs &a) {
    if (a.size() == 0 || !a[0].isObj() || !vm.typeOf(a[0])->isSubtypeOf(asyncioState(vm).loopType))
        vm.raise(vm.exc.TypeError, "descriptor requires a '_UnixSelectorEventLoop' object");
    return static_cast<EventLoopObject *>(a[0].obj());
}

double toTime(VM &vm, const Value &v) { return vm.toDouble(v); }

std::vector<Value> restArgs(const CallArgs &a, size_t from) {
    return from < a.size() ? std::vector<Value>(a.pos.begin() + static_cast<long>(from), a.pos.end()) : std::vector<Value>{};
}

// The `context=` keyword of call_soon & co. (Null when absent or None).
Value contextKw(VM &vm, const CallArgs &a, const char *method) {
    Value ctx;
    for (auto &kw : a.kw) {
        if (kw.name != "context")
            vm.raise(vm.exc.TypeError, std::string(method) + "() got an unexpected keyword argument '" + std::string(kw.name) + "'");
        ctx = *kw.value;
    }
    return ctx.isNone() ? Value() : ctx;
}

// (CPython checks that callbacks are callable only in debug mode, which
// the virtual world does not run: call_soon(42) fails when the handle runs.)

}  // namespace

void installLoopType(VM &vm, AsyncioState &st) {
    TypeObject *L = st.loopType = vm.newBuiltinType("_UnixSelectorEventLoop", vm.types.object, "asyncio.unix_events");
    // asyncio.SelectorEventLoop() / _UnixSelectorEventLoop(selector=None)
    // make the same loop as new_event_loop().
    L->newInstance = [](VM &vm, TypeObject *, const CallArgs &a) {
        ArgParser p(vm, a, "_UnixSelectorEventLoop", {"selector"}, 0, 1);
        return newEventLoop(vm);
    };
    L->slots.repr = [](VM &, const Value &v) {
        auto *l = static_cast<EventLoopObject *>(v.obj());
        return std::string("<_UnixSelectorEventLoop running=") + (l->running ? "True" : "False") +
               " closed=" + (l->closed ? "True" : "False") + " debug=False>";
    };
    vm.defMethod(L, "time", [](VM &vm, const CallArgs &a) { return Value::real(self(vm, a)->time(vm)); });
    vm.defMethod(L, "call_soon", [](VM &vm, const CallArgs &a) {
        if (a.size() < 2) vm.raise(vm.exc.TypeError, "call_soon() missing 1 required positional argument: 'callback'");
        return Value(self(vm, a)->callSoon(vm, a[1], restArgs(a, 2), contextKw(vm, a, "call_soon")));
    });
    vm.defMethod(L, "call_soon_threadsafe", [](VM &vm, const CallArgs &a) {
        if (a.size() < 2) vm.raise(vm.exc.TypeError, "call_soon_threadsafe() missing 1 required positional argument: 'callback'");
        return Value(self(vm, a)->callSoonThreadsafe(vm, a[1], restArgs(a, 2), contextKw(vm, a, "call_soon_threadsafe")));
    });
    vm.defMethod(L, "call_later", [](VM &vm, const CallArgs &a) {
        if (a.size() < 3) vm.raise(vm.exc.TypeError, "call_later() missing required arguments 'delay' and 'callback'");
        if (a[1].isNone()) vm.raise(vm.exc.TypeError, "delay must not be None");
        return Value(self(vm, a)->callLater(vm, toTime(vm, a[1]), a[2], restArgs(a, 3), contextKw(vm, a, "call_later")));
    });
    vm.defMethod(L, "call_at", [](VM &vm, const CallArgs &a) {
        if (a.size() < 3) vm.raise(vm.exc.TypeError, "call_at() missing required arguments 'when' and 'callback'");
        HandleObject *h = self(vm, a)->callAt(vm, toTime(vm, a[1]), a[2], restArgs(a, 3), contextKw(vm, a, "call_at"));
        if (!a[1].isFloat()) h->whenGiven = a[1];  // TimerHandle keeps `when` as given
        return Value(h);
    });
    vm.defMethod(L, "create_future", [](VM &vm, const CallArgs &a) { return newFuture(vm, a[0]); });
    vm.defMethod(L, "create_task", [](VM &vm, const CallArgs &a) {
        ArgParser p(vm, a, "create_task", {"coro", "*", "name", "context"}, 1, 1);
        self(vm, a)->checkClosed(vm);
        return newTask(vm, p.get(0), a[0], p.getOr(1, Value::none()), p.getOr(2, Value()));
    });
    // run_until_complete itself is Python (00_core.py, on CPython's line of
    // base_events.py for tracebacks); this is all of it but the result.
    vm.defMethod(L, "_run_until_done", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "_run_until_done", 2, 2);
        return self(vm, a)->runUntilDone(vm, a[1], const_cast<BuiltinFunctionObject *>(a.callee));
    });
    vm.defMethod(L, "run_forever", [](VM &vm, const CallArgs &a) { self(vm, a)->runForever(vm); return Value::none(); });
    vm.defMethod(L, "stop", [](VM &vm, const CallArgs &a) { self(vm, a)->stop(); return Value::none(); });
    vm.defMethod(L, "close", [](VM &vm, const CallArgs &a) { self(vm, a)->close(vm); return Value::none(); });
    vm.defMethod(L, "is_running", [](VM &vm, const CallArgs &a) { return Value::boolean(self(vm, a)->running); });
    vm.defMethod(L, "is_closed", [](VM &vm, const CallArgs &a) { return Value::boolean(self(vm, a)->closed); });
    vm.defMethod(L, "get_debug", [](VM &, const CallArgs &) { return Value::boolean(false); });
    vm.defMethod(L, "set_debug", [](VM &, const CallArgs &) { return Value::none(); });
    vm.defMethod(L, "set_exception_handler", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "set_exception_handler", 2, 2);
        if (!a[1].isNone() && !vm.isCallable(a[1]))
            vm.raise(vm.exc.TypeError, "A callable object or None is expected, got " + vm.repr(a[1]));
        self(vm, a)->exceptionHandler = a[1];
        return Value::none();
    });
    vm.defMethod(L, "get_exception_handler", [](VM &vm, const CallArgs &a) {
        return self(vm, a)->exceptionHandler.isNull() ? Value::none() : self(vm, a)->exceptionHandler;
    });
    vm.defMethod(L, "call_exception_handler", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "call_exception_handler", 2, 2);
        std::vector<std::pair<std::string, Value>> ctx;
        auto &t = a[1].as<DictObject>()->table;
        for (size_t i = 0; i < t.capacityEnd(); ++i)
            if (!t.entryAt(i).key.isNull()) ctx.emplace_back(vm.toStr(t.entryAt(i).key), t.entryAt(i).value);
        self(vm, a)->callExceptionHandler(vm, ctx);
        return Value::none();
    });
    vm.defMethod(L, "default_exception_handler", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "default_exception_handler", 2, 2);
        std::vector<std::pair<std::string, Value>> ctx;
        auto &t = a[1].as<DictObject>()->table;
        for (size_t i = 0; i < t.capacityEnd(); ++i)
            if (!t.entryAt(i).key.isNull()) ctx.emplace_back(vm.toStr(t.entryAt(i).key), t.entryAt(i).value);
        Value saved = self(vm, a)->exceptionHandler;
        self(vm, a)->exceptionHandler = Value();
        self(vm, a)->callExceptionHandler(vm, ctx);
        self(vm, a)->exceptionHandler = saved;
        return Value::none();
    });
    // The qualnames of CPython's loop methods name the class defining them
    // (the trace labels a bound method callback such as loop.stop by it).
    for (size_t i = 0; i < L->dict->table.capacityEnd(); ++i) {
        auto &e = L->dict->table.entryAt(i);
        if (e.key.isNull() || !e.value.is(Kind::BuiltinFunction)) continue;
        auto *f = e.value.as<BuiltinFunctionObject>();
        f->qualname = (f->name == "close" ? "_UnixSelectorEventLoop." : "BaseEventLoop.") + f->name;
    }
    L->slots.getattr = [](VM &vm, const Value &v, std::string_view name) -> Value {
        auto *l = static_cast<EventLoopObject *>(v.obj());
        if (name == "_asyncgens") {
            // CPython's is a WeakSet: finished generators are already gone.
            std::vector<Value> live;
            for (GeneratorObject *g : l->asyncgens) live.push_back(Value(g));
            return vm.list(std::move(live));
        }
        if (name == "_asyncgens_shutdown_called") return Value::boolean(l->asyncgensShutdownCalled);
        if (name == "_executor_shutdown_called") return Value::boolean(l->executorShutdownCalled);
        if (name == "_stopping") return Value::boolean(l->stopping);
        if (name == "_ready") {
            std::vector<Value> r;
            for (auto &h : l->ready) r.push_back(Value(h.get()));
            return vm.list(std::move(r));
        }
        if (name == "_scheduled") {
            std::vector<Value> r;
            for (auto &h : l->scheduled) r.push_back(Value(h.get()));
            return vm.list(std::move(r));
        }
        return Value();
    };
    L->slots.setattr = [](VM &vm, const Value &v, std::string_view name, const Value &x) {
        auto *l = static_cast<EventLoopObject *>(v.obj());
        if (name == "_asyncgens_shutdown_called") { l->asyncgensShutdownCalled = vm.truthy(x); return true; }
        if (name == "_executor_shutdown_called") { l->executorShutdownCalled = vm.truthy(x); return true; }
        return false;
    };
}

}  // namespace ls::aio

// The `_asyncio` module (the C++ half: loop, Future, Task, exceptions) and
// the `asyncio` module, whose Python half (embedded_python.h) runs on first
// import with `_asyncio`'s names in scope.
#include "asyncio_module.h"

#include "base_events.h"
#include "embedded_python.h"
#include "events.h"
#include "interp/args.h"
#include "interp/modules/module_util.h"
#include "interp/vm_internal.h"
#include "tasks.h"

namespace ls::aio {

AsyncioState &asyncioState(VM &vm) {
    if (auto *st = vm.extension<AsyncioState>("asyncio.state")) return *st;
    auto st = std::make_shared<AsyncioState>();
    vm.setExtension("asyncio.state", st, +[](AsyncioState &s, RefVisitor &v) { s.visitRefs(v); });
    AsyncioState &s = *st;
    auto excType = [&](std::string_view name, TypeObject *base) {
        TypeObject *t = vm.newBuiltinType(name, base, "asyncio.exceptions", Kind::Exception);
        return t;
    };
    s.cancelledError = excType("CancelledError", vm.exc.BaseException);
    s.invalidStateError = excType("InvalidStateError", vm.exc.Exception);
    s.queueEmpty = excType("QueueEmpty", vm.exc.Exception);
    s.queueFull = excType("QueueFull", vm.exc.Exception);
    s.incompleteReadError = excType("IncompleteReadError", vm.exc.EOFError);
    s.limitOverrunError = excType("LimitOverrunError", vm.exc.Exception);
    s.brokenBarrierError = excType("BrokenBarrierError", vm.exc.RuntimeError);
    s.queueEmpty->module = s.queueFull->module = "asyncio.queues";
    // loop._asyncgens is a WeakSet: a freed async generator leaves it.
    using Forget = std::function<void(GeneratorObject *)>;
    // (g->vm, not a captured VM: checkpoints copy this hook to other VMs.)
    vm.setExtension("asyncgen.destroyed", std::make_shared<Forget>([](GeneratorObject *g) {
        auto *st = g->vm->extension<AsyncioState>("asyncio.state");
        if (!st) return;
        for (EventLoopObject *l : st->loops) std::erase(l->asyncgens, g);
    }), +[](Forget &, RefVisitor &) {});
    installEventsTypes(vm, s);
    installFutureTypes(vm, s);
    installTaskTypes(vm, s);
    installLoopType(vm, s);
    return s;
}

namespace {

Value loopArg(VM &vm, const CallArgs &a, size_t i) {
    if (a.size() > i && !a[i].isNone()) return a[i];
    if (const Value *k = a.keyword("loop"); k && !k->isNone()) return *k;
    return Value(getRunningLoop(vm));
}

// An awaitable that yields None once: asyncio.tasks.__sleep0.
struct Sleep0 : NativeObject {
    LS_CLONEABLE(Sleep0)
    bool yielded = false;
    Sleep0(TypeObject *t) : NativeObject(t) {}
    bool isIterator() const override { return true; }
    bool genSend(VM &, const Value &, Value &out) override {
        out = Value::none();
        if (yielded) return false;
        yielded = true;
        return true;
    }
    bool next(VM &vm, Value &out) override {
        Value r;
        if (genSend(vm, Value::none(), r)) { out = r; return true; }
        vm.raise(vm.exc.StopIteration, std::vector<Value>{});
    }
};

std::string describeWait(VM &vm, TaskObject *t) {
    // "<name> (<coro>) at file:line, waiting on A -> B -> Future", as the
    // reference oracle words it.
    std::string coroName = t->coro.is(Kind::Generator) ? t->coro.as<GeneratorObject>()->qualname : vm.typeName(t->coro);
    std::string where = "?";
    std::vector<std::string> chain;
    Value c = t->coro;
    for (int i = 0; i < 64 && c.is(Kind::Generator); ++i) {
        auto *g = c.as<GeneratorObject>();
        if (!g->frame) break;
        if (i == 0) {
            std::string file = g->frame->code->filename;
            auto slash = file.rfind('/');
            if (slash != std::string::npos) file = file.substr(slash + 1);
            where = file + ":" + std::to_string(g->frame->line());
        }
        Value next = vm.getAttrOpt(c, "cr_await");
        // The reference oracle's tasks are pure-Python: awaiting one runs the
        // generator Future.__await__ (a plain future's C iterator is not shown).
        if (FutureObject *f = futureOfAwaitIter(vm, next); f && f->isTask) chain.push_back("Future.__await__");
        if (next.isNull() || next.isNone() || !next.is(Kind::Generator)) break;
        chain.push_back(next.as<GeneratorObject>()->qualname);
        c = next;
    }
    if (!t->futWaiter.isNull() && !t->futWaiter.isNone()) {
        auto *w = static_cast<FutureObject *>(t->futWaiter.obj());
        chain.push_back(w->isTask ? "task " + static_cast<TaskObject *>(w)->name : vm.typeName(t->futWaiter));
    } else {
        chain.push_back("nothing (not scheduled)");
    }
    std::string s = t->name + " (" + coroName + ") at " + where + ", waiting on ";
    for (size_t i = 0; i < chain.size(); ++i) s += (i ? " -> " : "") + chain[i];
    return s;
}

}  // namespace

std::string describeDeadlock(VM &vm) {
    auto &st = asyncioState(vm);
    std::vector<TaskObject *> waiting;
    for (TaskObject *t : st.tasks)
        if (!t->done()) waiting.push_back(t);
    char head[160];
    std::snprintf(head, sizeof head, "deadlock: no ready handle, no pending timer, loop not stopping (t=%.6f); %zu task(s) waiting:\n",
                  vm.host().now, waiting.size());
    std::string s = head;
    for (TaskObject *t : waiting) s += "  " + describeWait(vm, t) + "\n";
    return s;
}

void installTopLevelAwait(VM &vm) {
    vm.topLevelAwaitRunner = [](VM &vm, CodeObject *code, DictObject *globals) {
        auto *fn = vm.make<FunctionObject>(vm.types.function);
        Value fv(fn);
        fn->code = code;
        fn->globals = globals;
        fn->name = fn->qualname = "<module>";
        fn->module = "__main__";
        auto frame = std::make_unique<Frame>(code);
        frame->func = fn;
        frame->globals = globals;
        frame->locals = globals;
        Value coro = internal::makeGenerator(vm, fn, std::move(frame));
        Value asyncio = vm.importModule("asyncio");
        vm.call(vm.getAttr(asyncio, "run"), {coro});
    };
}

Value initAsyncioCModule(VM &vm) {
    AsyncioState &st = asyncioState(vm);
    ModuleBuilder m(vm, "_asyncio");
    m.set("Future", Value(st.futureType));
    m.set("Task", Value(st.taskType));
    m.set("Handle", Value(st.handleType));
    m.set("TimerHandle", Value(st.timerHandleType));
    m.set("_UnixSelectorEventLoop", Value(st.loopType));
    m.set("CancelledError", Value(st.cancelledError));
    m.set("InvalidStateError", Value(st.invalidStateError));
    m.set("QueueEmpty", Value(st.queueEmpty));
    m.set("QueueFull", Value(st.queueFull));
    m.set("IncompleteReadError", Value(st.incompleteReadError));
    m.set("LimitOverrunError", Value(st.limitOverrunError));
    m.set("BrokenBarrierError", Value(st.brokenBarrierError));
    m.fn("get_running_loop", [](VM &vm, const CallArgs &) { return Value(getRunningLoop(vm)); });
    m.fn("_get_running_loop", [](VM &vm, const CallArgs &) {
        auto &st = asyncioState(vm);
        return st.runningLoop ? Value(st.runningLoop) : Value::none();
    });
    m.fn("new_event_loop", [](VM &vm, const CallArgs &) { return newEventLoop(vm); });
    m.fn("get_event_loop", [](VM &vm, const CallArgs &) {
        // py: events.get_event_loop (3.11): the running loop, else the
        // policy's loop (created on first use in the main thread).
        auto &st = asyncioState(vm);
        if (st.runningLoop) return Value(st.runningLoop);
        if (st.eventLoop.isNull() || st.eventLoop.isNone()) st.eventLoop = newEventLoop(vm);
        return st.eventLoop;
    });
    m.fn("set_event_loop", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "set_event_loop", 1, 1);
        asyncioState(vm).eventLoop = a[0];
        return Value::none();
    });
    m.fn("current_task", [](VM &vm, const CallArgs &a) {
        auto &st = asyncioState(vm);
        Value loop = a.size() > 0 && !a[0].isNone() ? a[0] : Value();
        if (const Value *k = a.keyword("loop"); k && !k->isNone()) loop = *k;
        if (loop.isNull()) loop = Value(getRunningLoop(vm));
        // CPython looks the loop up in its current-tasks dict: None for anything else.
        if (!loop.isObj() || vm.typeOf(loop) != st.loopType) return Value::none();
        Value cur = static_cast<EventLoopObject *>(loop.obj())->currentTask;
        (void)st;
        return cur.isNull() ? Value::none() : cur;
    });
    m.fn("_all_tasks", [](VM &vm, const CallArgs &a) {
        // Not-done tasks of the loop, in creation order (CPython: a WeakSet).
        auto &st = asyncioState(vm);
        Value loop = loopArg(vm, a, 0);
        std::vector<Value> out;
        for (TaskObject *t : st.tasks)
            if (!t->done() && t->loop.identical(loop)) out.push_back(Value(t));
        return vm.list(std::move(out));
    });
    m.fn("_sleep0", [](VM &vm, const CallArgs &) {
        static_cast<void>(vm);
        TypeObject *t = vm.extension<TypeObject>("asyncio.sleep0");
        if (!t) {
            t = vm.newBuiltinType("__sleep0", vm.types.object, "asyncio.tasks");
            vm.setExtension("asyncio.sleep0", t);
            vm.defMethod(t, "__await__", [](VM &, const CallArgs &a) { return a[0]; });
            vm.defMethod(t, "__iter__", [](VM &, const CallArgs &a) { return a[0]; });
        }
        return Value(vm.make<Sleep0>(t));
    });
    m.fn("iscoroutine", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "iscoroutine", 1, 1);
        return Value::boolean(isCoroutine(vm, a[0]));
    });
    m.fn("iscoroutinefunction", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "iscoroutinefunction", 1, 1);
        Value f = a[0];
        for (int i = 0; i < 8; ++i) {
            if (f.is(Kind::BoundMethod)) f = f.as<BoundMethodObject>()->func;
            else if (f.isObj() && vm.typeOf(f)->name == "partial") f = vm.getAttr(f, "func");
            else break;
        }
        return Value::boolean(f.is(Kind::Function) && (f.as<FunctionObject>()->code->flags & CO_COROUTINE));
    });
    m.fn("_isawaitable", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "_isawaitable", 1, 1);
        if (a[0].is(Kind::Generator) && a[0].as<GeneratorObject>()->flavor == GenFlavor::Coroutine) return Value::boolean(true);
        return Value::boolean(!vm.typeOf(a[0])->lookup("__await__").isNull());
    });
    m.fn("_copy_context", [](VM &vm, const CallArgs &) {
        Value c = copyContextIfUsed(vm);
        return c.isNull() ? Value::none() : c;
    });
    m.fn("_leave_task_state", [](VM &vm, const CallArgs &a) {
        (void)a;
        return Value::none();
    });
    return m.module;
}

// The path of the CPython file an embedded file mirrors ("30_tasks" ->
// /usr/lib/python3.11/asyncio/tasks.py), so that tracebacks and reprs name
// CPython's files (the files keep CPython's line numbers where it shows).
std::string cpythonPath(std::string_view embeddedName) {
    std::string_view n = embeddedName.substr(embeddedName.find('_') + 1);
    if (n == "core") n = "base_events";
    else if (n == "misc") n = "events";
    return "/usr/lib/python3.11/asyncio/" + std::string(n) + ".py";
}

Value initAsyncioModule(VM &vm) {
    AsyncioState &st = asyncioState(vm);
    Value cmod = vm.importModule("_asyncio");
    ModuleBuilder m(vm, "asyncio");
    // Everything `_asyncio` has is visible to the Python half.
    auto &src = cmod.as<ModuleObject>()->dict->table;
    for (size_t i = 0; i < src.capacityEnd(); ++i) {
        auto &e = src.entryAt(i);
        if (!e.key.isNull() && e.key.as<StrObject>()->s != "__name__") m.dict->table.set(vm, e.key, e.value);
    }
    // Register before running, so `import asyncio` inside is not recursive.
    vm.modules()["asyncio"] = m.module;
    for (const char *sub : {"asyncio.events", "asyncio.tasks", "asyncio.futures", "asyncio.locks", "asyncio.queues",
                            "asyncio.exceptions", "asyncio.base_events", "asyncio.runners", "asyncio.timeouts",
                            "asyncio.taskgroups", "asyncio.coroutines"}) {
        vm.modules()[sub] = m.module;
        // asyncio.tasks & co. are the one flat module too, so that code
        // written as CPython's (`raise exceptions.TimeoutError() from exc`,
        // the line a traceback shows) runs unchanged.
        m.set(std::string_view(sub).substr(8), m.module);
    }
    for (const EmbeddedPython &f : embeddedPython())
        vm.execModule(f.source, cpythonPath(f.name), m.dict);
    // Loop methods written in Python (coroutines): shutdown_asyncgens,
    // shutdown_default_executor. The Python half defines them on a class
    // named BaseEventLoop, so their qualnames are CPython's.
    if (Value *base = m.dict->table.findStr("BaseEventLoop", strHash("BaseEventLoop"))) {
        auto &d = base->as<TypeObject>()->dict->table;
        for (size_t i = 0; i < d.capacityEnd(); ++i) {
            auto &e = d.entryAt(i);
            if (e.key.isNull() || !e.value.is(Kind::Function)) continue;
            st.loopType->dict->table.set(vm, e.key, e.value);
        }
    }
    return m.module;
}

}  // namespace ls::aio

#include "snapshot_builder.h"

#include "asyncio/base_events.h"
#include "asyncio/events.h"
#include "asyncio/tasks.h"
#include "engine.h"
#include "interp/opcodes.h"
#include "interp/vm.h"
#include "runner/trace_observer.h"

#include <algorithm>
#include <unordered_map>

namespace ls::session {

using namespace ls::interp;
using namespace ls::aio;

namespace {

constexpr size_t kReprMax = 120;
constexpr size_t kItemsMax = 8;

std::string cut(std::string s) {
    if (s.size() > kReprMax) {
        size_t n = kReprMax;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // UTF-8 boundary
        s.resize(n);
        s += "...";
    }
    return s;
}

// Instance attribute lookup without descriptors or Python code.
Value instanceAttr(const Value &obj, std::string_view name) {
    if (!obj.isObj()) return Value();
    Object *o = obj.obj();
    DictObject *d = nullptr;
    if (o->kind == Kind::Instance || o->kind == Kind::Exception) d = static_cast<InstanceObject *>(o)->dict.get();
    if (!d) return Value();
    Value *v = d->table.findStr(name, strHash(name));
    return v ? *v : Value();
}

bool isExactBuiltin(VM &vm, const Value &v) {
    TypeObject *t = vm.typeOf(v);
    return t == vm.types.int_ || t == vm.types.float_ || t == vm.types.str || t == vm.types.bool_ ||
           t == vm.types.NoneType || t == vm.types.bytes;
}

// The items of a deque (collections.deque or asyncio's _Deque), a list or a tuple.
std::vector<Value> sequenceItems(VM &vm, const Value &v) {
    if (v.is(Kind::List)) return v.as<ListObject>()->items;
    if (v.is(Kind::Tuple)) return v.as<TupleObject>()->items;
    Value inner = instanceAttr(v, "_items");  // asyncio's _Deque
    if (inner.is(Kind::List)) return inner.as<ListObject>()->items;
    if (v.is(Kind::Native) && vm.typeOf(v)->name == "deque") {
        try {
            return vm.toVector(v);  // a native iterator: no Python code runs
        } catch (...) {
        }
    }
    return {};
}

TaskObject *asTask(VM &vm, const Value &v) {
    if (!v.isObj() || !isFuture(vm, v)) return nullptr;
    auto *f = static_cast<FutureObject *>(v.obj());
    return f->isTask ? static_cast<TaskObject *>(f) : nullptr;
}

std::string taskStateName(VM &vm, TaskObject *t) {
    if (t->state == FutState::Cancelled) return "cancelled";
    if (t->state == FutState::Finished) return t->exception.isNull() ? "finished" : "failed";
    auto *loop = t->loop.isObj() ? static_cast<EventLoopObject *>(t->loop.obj()) : nullptr;
    if (loop && loop->currentTask.isObj() && loop->currentTask.obj() == t) return "running";
    // Only a coroutine that has not started is "pending" (the contract's
    // oracle asks inspect.getcoroutinestate); a generator-based one, such as
    // asyncio's _wrap_awaitable, counts as suspended from the start.
    if (t->coro.is(Kind::Generator)) {
        auto *g = t->coro.as<GeneratorObject>();
        if (g->flavor == GenFlavor::Coroutine && g->state == GenState::Created) return "pending";
    }
    return "suspended";
}

// The coroutine a suspended frame delegates to (await / yield from), if any.
GeneratorObject *delegateOf(GeneratorObject *g) {
    if (!g || !g->frame || g->state != GenState::Suspended) return nullptr;
    Frame *f = g->frame.get();
    if (f->ip >= f->code->code.size() || f->code->code[f->ip].op != Op::YIELD_FROM || f->sp == 0) return nullptr;
    const Value &d = f->stack[f->sp - 1];
    return d.is(Kind::Generator) ? d.as<GeneratorObject>() : nullptr;
}

}  // namespace

std::string safeRepr(VM &vm, const Value &v, int depth) {
    if (v.isNull()) return "<unbound>";
    if (v.isNone() || v.isBool() || v.isInt() || v.isFloat()) return cut(vm.repr(v));
    if (isExactBuiltin(vm, v)) {
        try { return cut(vm.repr(v)); } catch (...) { return "<" + vm.typeName(v) + ">"; }
    }
    Object *o = v.obj();
    TypeObject *t = vm.typeOf(v);
    auto items = [&](const std::vector<Value> &xs, const char *open, const char *close, bool tuple) {
        if (depth >= 2) return std::string(open) + "..." + close;
        std::string s = open;
        for (size_t i = 0; i < xs.size() && i < kItemsMax; ++i) {
            if (i) s += ", ";
            s += safeRepr(vm, xs[i], depth + 1);
        }
        if (xs.size() > kItemsMax) s += ", ...";
        if (tuple && xs.size() == 1) s += ",";
        return cut(s + close);
    };
    switch (o->kind) {
    case Kind::List:
        if (t == vm.types.list) return items(v.as<ListObject>()->items, "[", "]", false);
        break;
    case Kind::Tuple:
        if (t == vm.types.tuple) return items(v.as<TupleObject>()->items, "(", ")", true);
        break;
    case Kind::Dict:
        if (t == vm.types.dict) {
            if (depth >= 2) return "{...}";
            auto &tab = v.as<DictObject>()->table;
            std::string s = "{";
            size_t n = 0;
            for (size_t i = 0; i < tab.capacityEnd(); ++i) {
                auto &e = tab.entryAt(i);
                if (e.key.isNull()) continue;
                if (n == kItemsMax) { s += ", ..."; break; }
                if (n++) s += ", ";
                s += safeRepr(vm, e.key, depth + 1) + ": " + safeRepr(vm, e.value, depth + 1);
            }
            return cut(s + "}");
        }
        break;
    case Kind::Generator: {
        auto *g = v.as<GeneratorObject>();
        const char *w = g->flavor == GenFlavor::Coroutine ? "coroutine" : g->flavor == GenFlavor::AsyncGenerator ? "async_generator" : "generator";
        return std::string("<") + w + " object " + g->qualname + ">";
    }
    case Kind::Function: return "<function " + v.as<FunctionObject>()->qualname + ">";
    case Kind::BuiltinFunction: return "<built-in function " + v.as<BuiltinFunctionObject>()->name + ">";
    case Kind::Type: return "<class '" + static_cast<TypeObject *>(o)->qualname + "'>";
    case Kind::Module: return "<module>";
    case Kind::Exception: return cut(exceptionText(vm, v));
    default: break;
    }
    if (TaskObject *task = asTask(vm, v)) return "<Task " + task->name + " " + taskStateName(vm, task) + ">";
    if (v.isObj() && isFuture(vm, v)) return std::string("<Future ") + (static_cast<FutureObject *>(o)->done() ? "done" : "pending") + ">";
    return "<" + t->qualname + " object>";
}

std::string exceptionText(VM &vm, const Value &exc) {
    if (!exc.is(Kind::Exception)) return vm.typeName(exc);
    std::string s = vm.typeOf(exc)->name;
    auto *e = exc.as<ExceptionObject>();
    if (e->args.is(Kind::Tuple)) {
        auto &a = e->args.as<TupleObject>()->items;
        if (a.size() == 1 && a[0].is(Kind::Str)) s += ": " + a[0].as<StrObject>()->s;
        else if (a.size() == 1) s += ": " + safeRepr(vm, a[0], 1);
    }
    return s;
}

FrameView SnapshotBuilder::frameView(Frame *f, bool withLocals) {
    FrameView fv;
    const CodeObject *c = f->code.get();
    fv.function = c->qualname.empty() ? c->name : c->qualname;
    fv.inScript = c->filename == e_.config().displayPath;
    fv.file = fv.inScript ? c->filename : std::string();
    fv.line = f->line();
    if (fv.inScript) fv.text = sourceLine(fv.line);
    if (!withLocals) return fv;
    if (c->flags & CO_NAMESPACE) {  // module and class bodies: their namespace dict
        DictObject *d = f->locals ? f->locals.get() : f->globals.get();
        if (!d) return fv;
        for (size_t i = 0; i < d->table.capacityEnd(); ++i) {
            auto &e = d->table.entryAt(i);
            if (!e.key.is(Kind::Str)) continue;
            const std::string &k = e.key.as<StrObject>()->s;
            if (k.rfind("__", 0) == 0) continue;
            if (e.value.is(Kind::Module) || e.value.is(Kind::Function) || e.value.is(Kind::Type)) continue;
            fv.locals.emplace_back(k, safeRepr(vm_, e.value));
        }
        return fv;
    }
    size_t nv = c->varnames.size();
    for (size_t i = 0; i < f->fast.size(); ++i) {
        const Value &v = f->fast[i];
        std::string name;
        Value shown = v;
        if (i < nv) name = c->varnames[i];
        else {
            size_t j = i - nv;
            name = j < c->cellvars.size() ? c->cellvars[j] : j - c->cellvars.size() < c->freevars.size() ? c->freevars[j - c->cellvars.size()] : "?";
            shown = v.is(Kind::Cell) ? v.as<CellObject>()->v : Value();
        }
        if (shown.isNull() || name.empty() || name[0] == '.') continue;
        fv.locals.emplace_back(name, safeRepr(vm_, shown));
    }
    return fv;
}

std::vector<SyncView> SnapshotBuilder::syncViews(const std::map<const Object *, std::string> &names) {
    std::vector<SyncView> out;
    auto mit = vm_.modules().find("asyncio");
    if (mit == vm_.modules().end() || !mit->second.is(Kind::Module)) return out;
    DictObject *ad = mit->second.as<ModuleObject>()->dict.get();
    if (!ad) return out;
    auto type = [&](std::string_view n) -> TypeObject * {
        Value *v = ad->table.findStr(n, strHash(n));
        return v && v->is(Kind::Type) ? static_cast<TypeObject *>(v->obj()) : nullptr;
    };
    TypeObject *lockT = type("Lock"), *semT = type("Semaphore"), *bsemT = type("BoundedSemaphore"), *evT = type("Event"),
               *condT = type("Condition"), *queueT = type("Queue"), *barrierT = type("Barrier");
    std::unordered_map<const Object *, std::string> waiterOf;  // future -> task waiting on it
    for (TaskObject *t : asyncioState(vm_).tasks)
        if (t->futWaiter.isObj()) waiterOf[t->futWaiter.obj()] = t->name;
    auto waiterNames = [&](const Value &deque) {
        std::vector<std::string> w;
        for (auto &f : sequenceItems(vm_, deque)) {
            if (!f.isObj()) continue;
            auto it = waiterOf.find(f.obj());
            if (it != waiterOf.end()) w.push_back(it->second);
            else if (isFuture(vm_, f) && static_cast<FutureObject *>(f.obj())->done()) continue;
            else w.push_back("?");
        }
        return w;
    };
    auto ownerName = [&](const Value &v) { TaskObject *t = asTask(vm_, v); return t ? t->name : std::string(); };
    auto asInt = [](const Value &v) -> int64_t { return v.isInt() ? v.asInt() : v.isBool() ? v.asBool() : -1; };
    for (Object *o : vm_.heap().liveObjects()) {
        if (o->kind != Kind::Instance || !o->type) continue;
        TypeObject *t = o->type;
        Value v(o);
        SyncView s;
        s.id = o->serial;
        s.type = t->name;
        if (auto it = names.find(o); it != names.end()) s.name = it->second;
        if (lockT && t->isSubtypeOf(lockT)) {
            s.locked = vm_.truthy(instanceAttr(v, "_locked"));
            if (std::string n = ownerName(instanceAttr(v, "_owner")); !n.empty()) s.owners.push_back(n);
            s.waiters = waiterNames(instanceAttr(v, "_waiters"));
        } else if (semT && t->isSubtypeOf(semT)) {
            s.value = asInt(instanceAttr(v, "_value"));
            if (bsemT && t->isSubtypeOf(bsemT)) s.capacity = asInt(instanceAttr(v, "_bound_value"));
            for (auto &h : sequenceItems(vm_, instanceAttr(v, "_holders")))
                if (std::string n = ownerName(h); !n.empty()) s.owners.push_back(n);
            s.waiters = waiterNames(instanceAttr(v, "_waiters"));
        } else if (evT && t->isSubtypeOf(evT)) {
            s.locked = vm_.truthy(instanceAttr(v, "_value"));
            s.waiters = waiterNames(instanceAttr(v, "_waiters"));
        } else if (condT && t->isSubtypeOf(condT)) {
            Value lock = instanceAttr(v, "_lock");
            s.locked = vm_.truthy(instanceAttr(lock, "_locked"));
            if (std::string n = ownerName(instanceAttr(lock, "_owner")); !n.empty()) s.owners.push_back(n);
            s.waiters = waiterNames(instanceAttr(v, "_waiters"));
        } else if (queueT && t->isSubtypeOf(queueT)) {
            auto items = sequenceItems(vm_, instanceAttr(v, "_queue"));
            s.value = static_cast<int64_t>(items.size());
            s.capacity = asInt(instanceAttr(v, "_maxsize"));
            for (size_t i = 0; i < items.size() && i < 64; ++i) s.contents.push_back(safeRepr(vm_, items[i], 1));
            s.waiters = waiterNames(instanceAttr(v, "_getters"));
            s.putters = waiterNames(instanceAttr(v, "_putters"));
        } else if (barrierT && t->isSubtypeOf(barrierT)) {
            s.value = asInt(instanceAttr(v, "_count"));
            s.capacity = asInt(instanceAttr(v, "_parties"));
            // Barrier parties wait on a Condition: its waiters are the barrier's.
            s.waiters = waiterNames(instanceAttr(instanceAttr(v, "_cond"), "_waiters"));
        } else {
            continue;
        }
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const SyncView &a, const SyncView &b) { return a.id < b.id; });
    return out;
}

std::string SnapshotBuilder::sourceLine(int line) {
    const auto *lines = vm_.sourceLines(e_.config().displayPath);
    if (!lines || line <= 0 || static_cast<size_t>(line) > lines->size()) return {};
    const std::string &text = (*lines)[static_cast<size_t>(line) - 1];
    size_t a = text.find_first_not_of(" \t"), b = text.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : text.substr(a, b - a + 1);
}

void SnapshotBuilder::buildTasks(Snapshot &s, Frame *frame, const std::map<const Object *, std::string> &names) {
    auto &st = asyncioState(vm_);
    std::unordered_map<uint64_t, TaskObject *> live;
    for (TaskObject *t : st.tasks) live[t->seq] = t;
    TaskObject *running = nullptr;
    if (st.runningLoop && st.runningLoop->currentTask.isObj()) running = asTask(vm_, st.runningLoop->currentTask);

    // The frames running now, innermost first.
    std::vector<Frame *> chain;
    for (Frame *f = frame ? frame : vm_.currentFrame(); f; f = f->back) chain.push_back(f);

    EventLoopObject *loop = st.runningLoop;
    for (auto &rec : e_.tasks()) {
        TaskView tv;
        tv.seq = rec.seq;
        tv.name = rec.name;
        tv.coro = rec.coro;
        auto it = live.find(rec.seq);
        TaskObject *t = it == live.end() ? nullptr : it->second;
        if (!t) {
            tv.state = rec.finalState.empty() ? (rec.started ? "suspended" : "pending") : rec.finalState;
            tv.result = rec.result;
            tv.exception = rec.exception;
            s.tasks.push_back(std::move(tv));
            continue;
        }
        tv.name = t->name;
        tv.state = taskStateName(vm_, t);
        if (t->state == FutState::Finished) {
            if (t->exception.isNull()) tv.result = safeRepr(vm_, t->result);
            else tv.exception = exceptionText(vm_, t->exception);
        }
        auto *coro = t->coro.is(Kind::Generator) ? t->coro.as<GeneratorObject>() : nullptr;
        if (tv.state == "running" && coro && coro->frame) {
            // Live frames from the task's coroutine frame inwards.
            auto top = std::find(chain.begin(), chain.end(), coro->frame.get());
            if (top != chain.end())
                for (auto f = top;; --f) {
                    tv.stack.push_back(frameView(*f, true));
                    if (f == chain.begin()) break;
                }
        } else if (tv.state == "suspended") {
            for (GeneratorObject *g = coro; g && g->frame; g = delegateOf(g)) tv.stack.push_back(frameView(g->frame.get(), true));
        }
        // The line of the task's own coroutine, when it is the teacher's code
        // (asyncio's internal coroutines have no line in the script).
        if (!tv.stack.empty() && tv.stack.front().inScript) tv.line = tv.stack.front().line;
        if (tv.state == "suspended") {
            AwaitView &aw = tv.awaits;
            Value w = t->futWaiter;
            static const std::pair<const char *, const char *> kinds[] = {
                {"sleep", "sleep"}, {"Lock.acquire", "lock"}, {"Semaphore.acquire", "semaphore"}, {"Event.wait", "event"},
                {"Condition.wait", "condition"}, {"Condition.wait_for", "condition"}, {"Queue.get", "queue_get"},
                {"Queue.put", "queue_put"}, {"Barrier.wait", "barrier"}, {"wait", "wait"}, {"_wait", "wait"},
                {"wait_for", "wait_for"}, {"as_completed", "wait"}};
            // The innermost asyncio frame that names what is awaited.
            for (auto it = tv.stack.rbegin(); it != tv.stack.rend() && aw.kind.empty(); ++it) {
                if (it->inScript) continue;
                for (auto &[fn, kind] : kinds)
                    if (it->function == fn) { aw.kind = kind; break; }
            }
            if (TaskObject *other = asTask(vm_, w)) { aw.kind = "task"; aw.target = other->name; }
            else if (w.isObj() && vm_.typeOf(w)->name == "_GatheringFuture") aw.kind = "gather";
            else if (aw.kind.empty() && w.isObj()) aw.kind = "future";
            if (aw.kind != "task" && aw.kind != "sleep") {
                // The primitive: `self` of the innermost asyncio frame.
                for (GeneratorObject *h = coro; h && h->frame; h = delegateOf(h)) {
                    Frame *hf = h->frame.get();
                    if (hf->code->filename == e_.config().displayPath || hf->code->varnames.empty() || hf->code->varnames[0] != "self") continue;
                    const Value &self = hf->fast.empty() ? Value() : hf->fast[0];
                    if (!self.isObj()) continue;
                    auto it = names.find(self.obj());
                    aw.target = it != names.end() ? it->second : vm_.typeOf(self)->name;
                }
            }
            if (w.isObj() && aw.kind != "task") {
                if (vm_.typeOf(w)->name == "_GatheringFuture") aw.kind = "gather";
                // The timer that resolves the awaited future gives the time.
                if (loop)
                    for (auto &h : loop->scheduled) {
                        if (h->cancelled) continue;
                        bool match = std::any_of(h->args.begin(), h->args.end(), [&](const Value &a) { return a.isObj() && a.obj() == w.obj(); });
                        if (!match && h->callback.is(Kind::BoundMethod))
                            match = h->callback.as<BoundMethodObject>()->self.isObj() && h->callback.as<BoundMethodObject>()->self.obj() == w.obj();
                        if (match) { aw.until = h->when; break; }
                    }
            }
        }
        s.tasks.push_back(std::move(tv));
    }
    if (running) s.runningTask = running->name;

    // Frames outside any task: the module and asyncio.run below the loop.
    Frame *stopAt = nullptr;
    if (running && running->coro.is(Kind::Generator)) stopAt = running->coro.as<GeneratorObject>()->frame.get();
    std::vector<Frame *> outer;
    bool inTask = stopAt != nullptr;
    for (Frame *f : chain) {
        if (inTask) {
            if (f == stopAt) inTask = false;
            continue;
        }
        outer.push_back(f);
    }
    if (stopAt && std::find(chain.begin(), chain.end(), stopAt) == chain.end()) outer.clear();
    for (auto it = outer.rbegin(); it != outer.rend(); ++it) s.moduleStack.push_back(frameView(*it, (*it)->code->filename == e_.config().displayPath));
}

std::map<const Object *, std::string> SnapshotBuilder::primitiveNames() {
    // A primitive is named after the teacher's variable that holds it: a
    // global or a local of a script frame; failing that, one step inside
    // such a variable: `self.lock`, `locks[2]`, `slots['db']`.
    std::vector<std::pair<Value, std::string>> vars;
    if (DictObject *g = vm_.mainGlobals()) {
        for (size_t i = 0; i < g->table.capacityEnd(); ++i) {
            auto &e = g->table.entryAt(i);
            if (e.key.is(Kind::Str)) vars.emplace_back(e.value, e.key.as<StrObject>()->s);
        }
    }
    auto frameNames = [&](Frame *f) {
        if (f->code->filename != e_.config().displayPath) return;
        size_t nv = f->code->varnames.size();
        for (size_t i = 0; i < nv && i < f->fast.size(); ++i) vars.emplace_back(f->fast[i], f->code->varnames[i]);
        for (size_t j = 0; nv + j < f->fast.size() && j < f->code->cellvars.size(); ++j) {
            const Value &c = f->fast[nv + j];
            if (c.is(Kind::Cell)) vars.emplace_back(c.as<CellObject>()->v, f->code->cellvars[j]);
        }
    };
    for (Frame *f = vm_.currentFrame(); f; f = f->back) frameNames(f);
    for (TaskObject *t : asyncioState(vm_).tasks)
        if (t->coro.is(Kind::Generator))
            for (GeneratorObject *g = t->coro.as<GeneratorObject>(); g && g->frame; g = delegateOf(g)) frameNames(g->frame.get());

    std::map<const Object *, std::string> names;
    auto note = [&](const Value &v, const std::string &n) {
        if (v.is(Kind::Instance)) names.emplace(v.obj(), n);
    };
    for (auto &[v, n] : vars) note(v, n);
    constexpr size_t kItemsLooked = 64;  // a huge list is not searched
    for (auto &[v, n] : vars) {
        if (!v.isObj()) continue;
        if (v.is(Kind::Instance) && v.as<InstanceObject>()->dict) {
            DictObject *d = v.as<InstanceObject>()->dict.get();
            for (size_t i = 0; i < d->table.capacityEnd(); ++i) {
                auto &e = d->table.entryAt(i);
                if (e.key.is(Kind::Str)) note(e.value, n + "." + e.key.as<StrObject>()->s);
            }
        } else if (v.is(Kind::List) || v.is(Kind::Tuple)) {
            const auto &items = v.is(Kind::List) ? v.as<ListObject>()->items : v.as<TupleObject>()->items;
            for (size_t i = 0; i < items.size() && i < kItemsLooked; ++i) note(items[i], n + "[" + std::to_string(i) + "]");
        } else if (v.is(Kind::Dict)) {
            DictObject *d = v.as<DictObject>();
            for (size_t i = 0, seen = 0; i < d->table.capacityEnd() && seen < kItemsLooked; ++i) {
                auto &e = d->table.entryAt(i);
                if (e.key.isNull()) continue;
                ++seen;
                if (e.key.is(Kind::Str)) note(e.value, n + "['" + e.key.as<StrObject>()->s + "']");
                else if (e.key.isInt()) note(e.value, n + "[" + std::to_string(e.key.asInt()) + "]");
            }
        }
    }
    return names;
}

std::shared_ptr<Snapshot> SnapshotBuilder::build(const PausePoint &p, Frame *frame) {
    auto s = std::make_shared<Snapshot>();
    auto &st = asyncioState(vm_);
    s->step = p.index;
    s->pause = p.kind;
    s->instructions = p.instructions;
    s->handles = p.handles;
    s->tick = p.tick;
    s->t = p.t;
    s->ended = p.kind == PauseKind::End;
    s->endStatus = p.endStatus;
    s->exitCode = p.exitCode;
    EventLoopObject *loop = st.runningLoop;
    switch (p.kind) {
    case PauseKind::Start:
    case PauseKind::End: s->phase = LoopPhase::NotRunning; break;
    case PauseKind::Tick: s->phase = LoopPhase::MovingTimers; break;
    case PauseKind::Timeout:
        s->phase = LoopPhase::ComputingTimeout;
        s->timeout = p.timeout;
        break;
    case PauseKind::Clock: s->phase = loop && !loop->currentTask.isObj() ? LoopPhase::Polling : LoopPhase::RunningHandles; break;
    default: s->phase = loop ? LoopPhase::RunningHandles : LoopPhase::NotRunning; break;
    }
    if (loop) {
        for (auto &h : loop->ready) {
            HandleView hv;
            hv.label = runner::readyLabel(vm_, h.get());
            hv.cancelled = h->cancelled;
            auto colon = hv.label.find(':');
            if (hv.label.rfind("step:", 0) == 0 || hv.label.rfind("wakeup:", 0) == 0) hv.task = hv.label.substr(colon + 1);
            s->ready.push_back(std::move(hv));
        }
        for (auto &h : loop->scheduled) s->heap.push_back(TimerView{h->when, runner::timerLabel(vm_, h.get()), h->cancelled});
    }
    auto names = primitiveNames();
    buildTasks(*s, frame, names);
    // The current line of the teacher's code: the innermost script frame.
    for (Frame *f = frame ? frame : vm_.currentFrame(); f; f = f->back) {
        if (f->code->filename != e_.config().displayPath) continue;
        s->line = p.kind == PauseKind::Line && f == frame ? p.line : f->line();
        break;
    }
    if (s->line < 0 && !s->runningTask.empty()) {
        for (auto &t : s->tasks)
            if (t.name == s->runningTask)
                for (auto it = t.stack.rbegin(); it != t.stack.rend(); ++it)
                    if (it->inScript) { s->line = it->line; break; }
    }
    s->lineText = sourceLine(s->line);
    s->sync = syncViews(names);
    s->output = e_.output_;
    s->outputCount = e_.output_ ? e_.output_->size() : 0;
    return s;
}

std::string_view loopPhaseName(LoopPhase p) {
    switch (p) {
    case LoopPhase::NotRunning: return "not_running";
    case LoopPhase::RunningHandles: return "running_handles";
    case LoopPhase::ComputingTimeout: return "computing_timeout";
    case LoopPhase::Polling: return "polling";
    case LoopPhase::MovingTimers: return "moving_timers";
    }
    return "?";
}

}  // namespace ls::session

#include "futures.h"

#include "base_events.h"
#include "events.h"
#include "interp/args.h"
#include "tasks.h"

namespace ls::aio {

const char *stateName(FutState s) {
    switch (s) {
    case FutState::Pending: return "PENDING";
    case FutState::Cancelled: return "CANCELLED";
    case FutState::Finished: return "FINISHED";
    }
    return "?";
}

void FutureObject::clearRefs() {
    result = exception = loop = cancelMessage = cancelledExc = Value();
    callbacks.clear();
    callbackContexts.clear();
    attrs.reset();
}

bool FutureObject::finalizeLater() {
    finalized = true;
    if (!vm || !logTraceback || exception.isNull() || loop.isNull()) return false;
    refcnt = 1;
    vm->scheduleFinalizer(this);
    return true;
}

void FutureObject::finalize(VM &v) {
    // py: futures.Future.__del__: "<class name> exception was never
    // retrieved" (Task, Future, _GatheringFuture).
    auto *l = static_cast<EventLoopObject *>(loop.obj());
    l->callExceptionHandler(v, {{"message", v.str(type->name + " exception was never retrieved")},
                                {"exception", exception},
                                {"future", Value(this)}});
}

void FutureObject::scheduleCallbacks(VM &vm) {
    std::vector<Value> cbs, ctxs;
    cbs.swap(callbacks);
    ctxs.swap(callbackContexts);
    auto *l = static_cast<EventLoopObject *>(loop.obj());
    for (size_t i = 0; i < cbs.size(); ++i) l->callSoon(vm, cbs[i], {Value(this)}, ctxs[i]);
}

void FutureObject::setResult(VM &vm, Value v) {
    if (state != FutState::Pending) vm.raise(asyncioState(vm).invalidStateError, "invalid state");
    result = std::move(v);
    state = FutState::Finished;
    scheduleCallbacks(vm);
}

void FutureObject::setException(VM &vm, Value exc) {
    if (state != FutState::Pending) vm.raise(asyncioState(vm).invalidStateError, "invalid state");
    if (exc.is(Kind::Type)) exc = vm.call(exc, {});
    if (!exc.is(Kind::Exception)) vm.raise(vm.exc.TypeError, "invalid exception object");
    if (vm.isInstance(exc, vm.exc.StopIteration))
        vm.raise(vm.exc.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
    exception = exc;
    state = FutState::Finished;
    logTraceback = true;
    scheduleCallbacks(vm);
}

bool FutureObject::cancel(VM &vm, Value msg) {
    logTraceback = false;
    if (state != FutState::Pending) return false;
    state = FutState::Cancelled;
    cancelMessage = std::move(msg);
    scheduleCallbacks(vm);
    return true;
}

void FutureObject::addDoneCallback(VM &vm, Value cb, Value context) {
    if (context.isNull() || context.isNone()) context = copyContextIfUsed(vm);
    if (state != FutState::Pending) {
        static_cast<EventLoopObject *>(loop.obj())->callSoon(vm, cb, {Value(this)}, context);
        return;
    }
    callbacks.push_back(std::move(cb));
    callbackContexts.push_back(std::move(context));
}

size_t FutureObject::removeDoneCallback(VM &vm, const Value &cb) {
    size_t before = callbacks.size();
    std::vector<Value> kept, keptCtx;
    for (size_t i = 0; i < callbacks.size(); ++i) {
        if (vm.eq(callbacks[i], cb)) continue;
        kept.push_back(callbacks[i]);
        keptCtx.push_back(callbackContexts[i]);
    }
    callbacks.swap(kept);
    callbackContexts.swap(keptCtx);
    return before - callbacks.size();
}

Value FutureObject::makeCancelledError(VM &vm) {
    // py: futures.Future._make_cancelled_error / _asynciomodule.c
    // create_cancelled_error: the CancelledError a task's coroutine raised is
    // handed out once, as it is; later calls make a new one from the message.
    auto &st = asyncioState(vm);
    if (!cancelledExc.isNull() && !cancelledExc.isNone()) {
        Value e = cancelledExc;
        cancelledExc = Value();
        return e;
    }
    return (cancelMessage.isNull() || cancelMessage.isNone()) ? vm.newException(st.cancelledError, std::vector<Value>{})
                                                              : vm.newException(st.cancelledError, std::vector<Value>{cancelMessage});
}

Value FutureObject::getResult(VM &vm) {
    if (state == FutState::Cancelled) {
        Value e = makeCancelledError(vm);
        throw PyException{e};
    }
    if (state != FutState::Finished) vm.raise(asyncioState(vm).invalidStateError, "Result is not set.");
    logTraceback = false;
    if (!exception.isNull()) throw PyException{exception};
    return result;
}

bool isFuture(VM &vm, const Value &v) {
    auto &st = asyncioState(vm);
    return v.isObj() && vm.typeOf(v)->isSubtypeOf(st.futureType);
}

bool cancelFuture(VM &vm, const Value &fut, const Value &msg) {
    auto &st = asyncioState(vm);
    TypeObject *t = vm.typeOf(fut);
    if (t == st.futureType || t == st.taskType) {
        auto *f = static_cast<FutureObject *>(fut.obj());
        return f->isTask ? static_cast<TaskObject *>(f)->cancelTask(vm, msg) : f->cancel(vm, msg);
    }
    // py: tasks.Task.cancel: self._fut_waiter.cancel(msg=msg)
    Value m = vm.getAttr(fut, "cancel");
    Value msgv = msg.isNull() ? Value::none() : msg;
    KwArg kw{"msg", &msgv};
    return vm.truthy(vm.call(m, {}, std::span<const KwArg>(&kw, 1)));
}

Value newFuture(VM &vm, const Value &loop, TypeObject *cls) {
    auto &st = asyncioState(vm);
    auto *f = vm.make<FutureObject>(cls ? cls : st.futureType);
    f->loop = loop;
    f->vm = &vm;
    f->needsFinalizer = true;
    return Value(f);
}

namespace {

// py: _asynciomodule.c FutureIter (the iterator `await fut` drives).
struct FutureIter : NativeObject {
    LS_CLONEABLE(FutureIter)
    void visitRefs(RefVisitor &v) override { v(fut); }
    Ref<FutureObject> fut;
    FutureIter(TypeObject *t, FutureObject *f) : NativeObject(t), fut(f) {}
    bool isIterator() const override { return true; }
    void clearRefs() override { fut.reset(); }
    bool genSend(VM &vm, const Value &, Value &out) override {
        if (!fut) { out = Value::none(); return false; }
        if (fut->state == FutState::Pending) {
            if (!fut->blocking) {
                fut->blocking = true;
                out = Value(fut.get());
                return true;
            }
            vm.raise(vm.exc.RuntimeError, "await wasn't used with future");
        }
        Ref<FutureObject> f = fut;
        fut.reset();
        out = f->getResult(vm);
        return false;
    }
    bool next(VM &vm, Value &out) override {
        Value r;
        if (genSend(vm, Value::none(), r)) { out = r; return true; }
        throw PyException{vm.stopIterationCarrying(r)};
    }
};

// py: futures.Future.__init__(self, *, loop=None)
Value defaultLoop(VM &vm, Value loop) {
    if (!loop.isNone()) return loop;
    auto &st = asyncioState(vm);
    return st.runningLoop ? Value(st.runningLoop) : vm.call(vm.getAttr(vm.importModule("asyncio"), "get_event_loop"), {});
}

FutureObject *self(VM &vm, const CallArgs &a) {
    if (a.size() == 0 || !isFuture(vm, a[0])) vm.raise(vm.exc.TypeError, "descriptor requires a Future");
    return static_cast<FutureObject *>(a[0].obj());
}

// Code points of UTF-8 text, for reprlib's slicing.
std::vector<std::string> codePoints(const std::string &s) {
    std::vector<std::string> cps;
    for (size_t i = 0; i < s.size();) {
        size_t n = 1;
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0xF0) n = 4;
        else if (c >= 0xE0) n = 3;
        else if (c >= 0xC0) n = 2;
        cps.push_back(s.substr(i, n));
        i += n;
    }
    return cps;
}

std::string joinRange(const std::vector<std::string> &cps, size_t from, size_t to) {
    std::string out;
    for (size_t i = from; i < to && i < cps.size(); ++i) out += cps[i];
    return out;
}

// s[:i] + '...' + s[len(s)-j:] when s is longer than `max` code points.
std::string reprlibCut(const std::string &s, size_t max) {
    auto cps = codePoints(s);
    if (cps.size() <= max) return s;
    size_t i = (max - 3) / 2, j = max - 3 - i;
    return joinRange(cps, 0, i) + "..." + joinRange(cps, cps.size() - j, cps.size());
}

// py: reprlib.repr (aRepr: maxlevel 6, maxtuple/maxlist 6, maxstring and
// maxother 30, maxlong 40); dicts and sets are cut as other objects.
std::string reprlibRepr(VM &vm, const Value &v, int level = 6) {
    if (v.is(Kind::Str)) {
        const std::string &x = v.as<StrObject>()->s;
        auto cps = codePoints(x);
        std::string s = vm.repr(vm.str(joinRange(cps, 0, 30)));
        if (codePoints(s).size() > 30) {
            size_t i = 13, j = 14;
            std::string cut = cps.size() > j ? joinRange(cps, 0, i) + joinRange(cps, cps.size() - j, cps.size()) : x;
            auto rc = codePoints(vm.repr(vm.str(cut)));
            s = joinRange(rc, 0, i) + "..." + joinRange(rc, rc.size() - std::min(j, rc.size()), rc.size());
        }
        return s;
    }
    if (v.isInt() && !v.isBool()) return reprlibCut(vm.repr(v), 40);
    if (v.is(Kind::Tuple) || v.is(Kind::List)) {
        const auto &items = v.is(Kind::Tuple) ? v.as<TupleObject>()->items : v.as<ListObject>()->items;
        bool tuple = v.is(Kind::Tuple);
        if (items.empty()) return tuple ? "()" : "[]";
        if (level <= 0) return tuple ? "(...)" : "[...]";
        std::string s;
        for (size_t k = 0; k < items.size() && k < 6; ++k) s += (k ? ", " : "") + reprlibRepr(vm, items[k], level - 1);
        if (items.size() > 6) s += ", ...";
        else if (tuple && items.size() == 1) s += ",";
        return tuple ? "(" + s + ")" : "[" + s + "]";
    }
    std::string s;
    try {
        s = vm.repr(v);
    } catch (PyException &) {
        return "<" + vm.typeName(v) + " instance at 0x" + std::to_string(v.isObj() ? v.obj()->serial : 0) + ">";
    }
    return reprlibCut(s, 30);
}

bool isPartial(VM &vm, const Value &v) {
    return v.isObj() && vm.typeOf(v)->name == "partial" && !vm.getAttrOpt(v, "func").isNull();
}

// py: format_helpers._format_args_and_kwargs
std::string formatArgs(VM &vm, const std::vector<Value> &args, const Value &kwargs) {
    std::string s;
    for (auto &a : args) s += (s.empty() ? "" : ", ") + reprlibRepr(vm, a);
    if (kwargs.is(Kind::Dict)) {
        auto &t = kwargs.as<DictObject>()->table;
        for (size_t i = 0; i < t.capacityEnd(); ++i) {
            auto &e = t.entryAt(i);
            if (e.key.isNull()) continue;
            s += (s.empty() ? "" : ", ") + vm.toStr(e.key) + "=" + reprlibRepr(vm, e.value);
        }
    }
    return "(" + s + ")";
}

// py: format_helpers._format_callback
std::string formatCallback(VM &vm, const Value &func, const std::vector<Value> &args, const Value &kwargs, const std::string &suffix) {
    if (isPartial(vm, func)) {
        Value pa = vm.getAttrOpt(func, "args"), pk = vm.getAttrOpt(func, "keywords");
        return formatCallback(vm, vm.getAttr(func, "func"), pa.isNull() ? std::vector<Value>{} : vm.toVector(pa), pk,
                              formatArgs(vm, args, kwargs) + suffix);
    }
    std::string name;
    if (func.is(Kind::Function) || func.is(Kind::BuiltinFunction) || func.is(Kind::BoundMethod)) {
        name = callbackQualname(vm, func);
    } else {
        // hasattr(func, '__qualname__') ... elif __name__ ... else repr(func)
        Value q = vm.getAttrOpt(func, "__qualname__");
        if (q.isNull() || !q.is(Kind::Str)) q = vm.getAttrOpt(func, "__name__");
        name = !q.isNull() && q.is(Kind::Str) ? q.as<StrObject>()->s : vm.repr(func);
    }
    return name + formatArgs(vm, args, kwargs) + suffix;
}

// py: format_helpers._get_function_source: Python functions (not bound
// methods) and partials of them; the C++ stand-ins of CPython's Python
// callbacks carry their CPython source.
std::string functionSource(VM &vm, const Value &func) {
    if (func.is(Kind::Function))
        return func.as<FunctionObject>()->code->filename + ":" + std::to_string(func.as<FunctionObject>()->code->firstline);
    if (isPartial(vm, func)) return functionSource(vm, vm.getAttr(func, "func"));
    if (func.is(Kind::BuiltinFunction)) return func.as<BuiltinFunctionObject>()->source;
    return "";
}

std::string formatCallbacks(VM &vm, FutureObject *f) {
    // py: base_futures._format_callbacks with format_helpers.
    // _format_callback_source(callback, ()); C tasks register
    // "Task.task_wakeup".
    auto fmt = [&](const Value &cb) {
        std::string s = formatCallback(vm, cb, {}, Value(), "");
        std::string src = functionSource(vm, cb);
        if (!src.empty()) s += " at " + src;
        return s;
    };
    size_t n = f->callbacks.size();
    std::string cb;
    if (n == 1) cb = fmt(f->callbacks[0]);
    else if (n == 2) cb = fmt(f->callbacks[0]) + ", " + fmt(f->callbacks[1]);
    else if (n > 2) cb = fmt(f->callbacks[0]) + ", <" + std::to_string(n - 2) + " more>, " + fmt(f->callbacks[n - 1]);
    return "cb=[" + cb + "]";
}

}  // namespace

FutureObject *futureOfAwaitIter(VM &vm, const Value &it) {
    if (!it.is(Kind::Native) || it.obj()->type != asyncioState(vm).futureIterType) return nullptr;
    return static_cast<FutureIter *>(it.obj())->fut.get();
}

std::string formatCallbackSource(VM &vm, const Value &func, const std::vector<Value> &args) {
    std::string s = formatCallback(vm, func, args, Value(), "");
    std::string src = functionSource(vm, func);
    if (!src.empty()) s += " at " + src;
    return s;
}

std::string futureRepr(VM &vm, FutureObject *f) {
    std::string s = std::string(stateName(f->state));
    for (auto &c : s) c = static_cast<char>(std::tolower(c));
    if (f->state == FutState::Finished) {
        if (!f->exception.isNull()) s += " exception=" + vm.repr(f->exception);
        else s += " result=" + vm.repr(f->result);
    }
    if (!f->callbacks.empty()) s += " " + formatCallbacks(vm, f);
    return "<" + f->type->name + " " + s + ">";
}

void installFutureTypes(VM &vm, AsyncioState &st) {
    TypeObject *F = st.futureType = vm.newBuiltinType("Future", vm.types.object, "_asyncio");
    st.futureIterType = vm.newBuiltinType("FutureIter", vm.types.object, "_asyncio");
    F->slots.repr = [](VM &vm, const Value &v) {
        auto *f = static_cast<FutureObject *>(v.obj());
        return f->isTask ? taskRepr(vm, static_cast<TaskObject *>(f)) : futureRepr(vm, f);
    };
    F->newInstance = [](VM &vm, TypeObject *cls, const CallArgs &a) {
        // A Python subclass with its own __init__ (_GatheringFuture) sets
        // the loop through super().__init__(loop=...).
        if (cls->isHeapType && cls->lookup("__init__").is(Kind::Function)) return newFuture(vm, Value::none(), cls);
        ArgParser p(vm, a, "Future", {"*", "loop"});
        return newFuture(vm, defaultLoop(vm, p.getOr(0, Value::none())), cls);
    };
    vm.defMethod(F, "__init__", [](VM &vm, const CallArgs &a) {
        FutureObject *f = self(vm, a);
        CallArgs rest{a.pos.subspan(1), a.kw, a.callee};
        ArgParser p(vm, rest, "Future", {"*", "loop"});
        f->loop = defaultLoop(vm, p.getOr(0, Value::none()));
        return Value::none();
    });
    vm.defMethod(F, "_make_cancelled_error", [](VM &vm, const CallArgs &a) { return self(vm, a)->makeCancelledError(vm); });
    F->slots.getattr = [](VM &vm, const Value &v, std::string_view name) -> Value {
        auto *f = static_cast<FutureObject *>(v.obj());
        if (name == "_asyncio_future_blocking") return Value::boolean(f->blocking);
        if (name == "_state") return vm.str(stateName(f->state));
        if (name == "_loop") return f->loop;
        if (name == "_callbacks") return vm.list(f->callbacks);
        if (name == "_log_traceback") return Value::boolean(f->logTraceback);
        if (name == "_cancel_message") return f->cancelMessage.isNull() ? Value::none() : f->cancelMessage;
        if (name == "_log_destroy_pending" && f->isTask) return Value::boolean(static_cast<TaskObject *>(f)->logDestroyPending);
        if (f->attrs) {
            if (Value *x = f->attrs->table.findStr(name, strHash(name))) return *x;
        }
        return Value();
    };
    F->slots.setattr = [](VM &vm, const Value &v, std::string_view name, const Value &x) {
        auto *f = static_cast<FutureObject *>(v.obj());
        if (name == "_asyncio_future_blocking") { f->blocking = vm.truthy(x); return true; }
        if (name == "_log_traceback") {
            if (vm.truthy(x)) vm.raise(vm.exc.ValueError, "_log_traceback can only be set to False");
            f->logTraceback = false;
            return true;
        }
        if (name == "_cancel_message") { f->cancelMessage = x; return true; }
        if (name == "_log_destroy_pending" && f->isTask) {
            static_cast<TaskObject *>(f)->logDestroyPending = vm.truthy(x);
            return true;
        }
        if (f->type->isHeapType) {
            // Instance attributes of Python subclasses.
            if (!f->attrs) f->attrs = vm.make<DictObject>(vm.types.dict);
            f->attrs->table.set(vm, vm.str(name), x);
            return true;
        }
        return false;
    };
    vm.defMethod(F, "result", [](VM &vm, const CallArgs &a) { return self(vm, a)->getResult(vm); });
    vm.defMethod(F, "exception", [](VM &vm, const CallArgs &a) -> Value {
        FutureObject *f = self(vm, a);
        if (f->state == FutState::Cancelled) throw PyException{f->makeCancelledError(vm)};
        if (f->state != FutState::Finished) vm.raise(asyncioState(vm).invalidStateError, "Exception is not set.");
        f->logTraceback = false;
        return f->exception.isNull() ? Value::none() : f->exception;
    });
    vm.defMethod(F, "set_result", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "set_result", 2, 2);
        self(vm, a)->setResult(vm, a[1]);
        return Value::none();
    });
    vm.defMethod(F, "set_exception", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "set_exception", 2, 2);
        self(vm, a)->setException(vm, a[1]);
        return Value::none();
    });
    vm.defMethod(F, "cancel", [](VM &vm, const CallArgs &a) {
        ArgParser p(vm, a, "cancel", {"msg"}, 0, 1);
        FutureObject *f = self(vm, a);
        if (f->isTask) return Value::boolean(static_cast<TaskObject *>(f)->cancelTask(vm, p.getOr(0, Value::none())));
        return Value::boolean(f->cancel(vm, p.getOr(0, Value::none())));
    });
    vm.defMethod(F, "cancelled", [](VM &vm, const CallArgs &a) { return Value::boolean(self(vm, a)->state == FutState::Cancelled); });
    vm.defMethod(F, "done", [](VM &vm, const CallArgs &a) { return Value::boolean(self(vm, a)->done()); });
    vm.defMethod(F, "get_loop", [](VM &vm, const CallArgs &a) { return self(vm, a)->loop; });
    vm.defMethod(F, "add_done_callback", [](VM &vm, const CallArgs &a) {
        ArgParser p(vm, a, "add_done_callback", {"fn", "*", "context"}, 1, 1);
        self(vm, a)->addDoneCallback(vm, p.get(0), p.getOr(1, Value()));
        return Value::none();
    });
    vm.defMethod(F, "remove_done_callback", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "remove_done_callback", 2, 2);
        return Value::integer(static_cast<int64_t>(self(vm, a)->removeDoneCallback(vm, a[1])));
    });
    auto await = [](VM &vm, const CallArgs &a) {
        auto &st = asyncioState(vm);
        return Value(vm.make<FutureIter>(st.futureIterType, self(vm, a)));
    };
    vm.defMethod(F, "__await__", await);
    vm.defMethod(F, "__iter__", await);
    // iter(fut) / `yield from fut` (generator-based awaitables' __await__).
    F->slots.iter = [](VM &vm, const Value &v) {
        auto &st = asyncioState(vm);
        return Value(vm.make<FutureIter>(st.futureIterType, static_cast<FutureObject *>(v.obj())));
    };
    TypeObject *I = st.futureIterType;
    vm.defMethod(I, "__iter__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(I, "__next__", [](VM &vm, const CallArgs &a) {
        Value out;
        static_cast<FutureIter *>(a[0].obj())->next(vm, out);
        return out;
    });
    vm.defMethod(I, "send", [](VM &vm, const CallArgs &a) {
        Value out;
        auto *it = static_cast<FutureIter *>(a[0].obj());
        if (it->genSend(vm, a.size() > 1 ? a[1] : Value::none(), out)) return out;
        throw PyException{vm.stopIterationCarrying(out)};
    });
    vm.defMethod(I, "throw", [](VM &vm, const CallArgs &a) -> Value {
        Value e = a.size() > 1 ? a[1] : Value::none();
        if (e.is(Kind::Type)) e = vm.call(e, {});
        throw PyException{e};
    });
    vm.defMethod(I, "close", [](VM &, const CallArgs &a) {
        static_cast<FutureIter *>(a[0].obj())->fut.reset();
        return Value::none();
    });
}

}  // namespace ls::aio

// Generators, coroutines and async generators: resumption (send/throw/
// close), delegation (yield from / await), and finalisation of dropped ones.
// py: Objects/genobject.c (3.11).
#include "vm_internal.h"

namespace ls::interp {

bool NativeObject::genSend(VM &vm, const Value &sent, Value &out) {
    (void)sent;
    if (next(vm, out)) return true;
    out = Value::none();
    return false;
}

bool NativeObject::genThrow(VM &vm, const Value &exc, Value &out) {
    (void)vm; (void)out;
    throw PyException{exc};
}

namespace {

const char *flavorWord(const GeneratorObject *g) {
    switch (g->flavor) {
    case GenFlavor::Generator: return "generator";
    case GenFlavor::Coroutine: return "coroutine";
    case GenFlavor::AsyncGenerator: return "async generator";
    }
    return "generator";
}

// The marker ASYNC_GEN_WRAP puts around values an async generator yields,
// so they can be told apart from futures its awaits pass up.
struct AsyncGenWrapped : NativeObject {
    LS_CLONEABLE(AsyncGenWrapped)
    void visitRefs(RefVisitor &r) override { r(v); }
    Value v;
    AsyncGenWrapped(TypeObject *t, Value x) : NativeObject(t), v(std::move(x)) {}
    void clearRefs() override { v = Value(); }
};

}  // namespace

bool VM::resume(GeneratorObject *g, const Value &value, const Value &excToThrow, Value &out) {
    if (g->state == GenState::Running)
        raise(exc.ValueError, std::string(flavorWord(g)) + " already executing");
    if (g->state == GenState::Closed || !g->frame) {
        if (!excToThrow.isNull()) throw PyException{excToThrow};
        if (g->flavor == GenFlavor::Coroutine) raise(exc.RuntimeError, "cannot reuse already awaited coroutine");
        if (g->flavor == GenFlavor::AsyncGenerator) raise(exc.StopAsyncIteration, std::vector<Value>{});
        out = Value::none();
        return false;
    }
    Frame *f = g->frame.get();
    if (g->state == GenState::Created) {
        if (excToThrow.isNull() && !value.isNone())
            raise(exc.TypeError, std::string("can't send non-None value to a just-started ") + flavorWord(g));
    } else {
        f->push(value);
    }
    if (!excToThrow.isNull()) f->pendingThrow = excToThrow;
    Ref<GeneratorObject> keep(g);
    g->state = GenState::Running;
    pushDepth();
    struct G { VM &vm; ~G() { vm.popDepth(); } } guard{*this};
    Value r;
    try {
        r = eval(f);
    } catch (PyException &e) {
        g->state = GenState::Closed;
        if (g->frame) g->frame->clear();
        if (isInstance(e.exc, exc.StopIteration)) {
            // PEP 479: StopIteration leaking out of a generator body.
            std::string what = g->flavor == GenFlavor::Coroutine ? "coroutine" : g->flavor == GenFlavor::AsyncGenerator ? "async generator" : "generator";
            Value re = newException(exc.RuntimeError, what + " raised StopIteration");
            re.as<ExceptionObject>()->cause = e.exc;
            re.as<ExceptionObject>()->context = e.exc;
            re.as<ExceptionObject>()->suppressContext = true;
            throw PyException{re};
        }
        if (g->flavor == GenFlavor::AsyncGenerator && isInstance(e.exc, exc.StopAsyncIteration)) {
            Value re = newException(exc.RuntimeError, "async generator raised StopAsyncIteration");
            re.as<ExceptionObject>()->cause = e.exc;
            re.as<ExceptionObject>()->context = e.exc;
            re.as<ExceptionObject>()->suppressContext = true;
            throw PyException{re};
        }
        throw;
    }
    if (g->state == GenState::Suspended) {
        out = std::move(r);
        return true;
    }
    g->state = GenState::Closed;
    if (g->frame) g->frame->clear();
    out = std::move(r);
    return false;
}

namespace internal {

Value makeGenerator(VM &vm, FunctionObject *fn, std::unique_ptr<Frame> frame) {
    uint32_t fl = fn->code->flags;
    GenFlavor flavor = (fl & CO_ASYNC_GENERATOR) ? GenFlavor::AsyncGenerator
                       : (fl & CO_COROUTINE)    ? GenFlavor::Coroutine
                                                : GenFlavor::Generator;
    TypeObject *t = flavor == GenFlavor::Generator ? vm.types.generator
                    : flavor == GenFlavor::Coroutine ? vm.types.coroutine
                                                     : vm.types.async_generator;
    auto *g = vm.make<GeneratorObject>(t, flavor, &vm);
    Value v(g);
    g->name = fn->name;
    g->qualname = fn->qualname;
    frame->gen = g;
    g->frame = std::move(frame);
    return v;
}

Value wrapAsyncGenValue(VM &vm, Value v) {
    return Value(vm.make<AsyncGenWrapped>(vm.types.iterator, std::move(v)));
}

bool delegate(VM &vm, Frame *f, const Value &it, const Value &sent, const Value &exc, Value &out) {
    (void)f;
    if (it.is(Kind::Generator)) {
        auto *g = it.as<GeneratorObject>();
        if (!exc.isNull() && vm.isInstance(exc, vm.exc.GeneratorExit)) {
            vm.callMethod(it, "close");
            throw PyException{exc};
        }
        return vm.resume(g, sent, exc, out);
    }
    if (it.is(Kind::Native)) {
        auto *n = static_cast<NativeObject *>(it.obj());
        if (!exc.isNull()) return n->genThrow(vm, exc, out);
        return n->genSend(vm, sent, out);
    }
    try {
        if (!exc.isNull()) {
            Value thr = vm.getAttrOpt(it, "throw");
            if (thr.isNull()) throw PyException{exc};
            out = vm.call(thr, {exc});
            return true;
        }
        if (sent.isNone()) {
            Value m = vm.typeOf(it)->lookup("__next__");
            if (m.isNull()) vm.raise(vm.exc.TypeError, "'" + vm.typeName(it) + "' object is not an iterator");
            out = vm.call(m, {it});
        } else {
            out = vm.callMethod(it, "send", {sent});
        }
        return true;
    } catch (PyException &e) {
        if (vm.isInstance(e.exc, vm.exc.StopIteration)) {
            Value val = e.exc.as<ExceptionObject>()->value;
            out = val.isNull() ? Value::none() : val;
            return false;
        }
        throw;
    }
}

Value getAwaitable(VM &vm, const Value &obj, uint32_t where) {
    if (obj.is(Kind::Generator)) {
        auto *g = obj.as<GeneratorObject>();
        if (g->flavor == GenFlavor::Coroutine) return obj;
    }
    TypeObject *t = vm.typeOf(obj);
    Value m = t->lookup("__await__");
    if (m.isNull()) {
        if (where == 1)
            vm.raise(vm.exc.TypeError, "'async with' received an object from __aenter__ that does not implement __await__: " + t->name);
        if (where == 2)
            vm.raise(vm.exc.TypeError, "'async with' received an object from __aexit__ that does not implement __await__: " + t->name);
        vm.raise(vm.exc.TypeError, "object " + t->name + " can't be used in 'await' expression");
    }
    Value r = vm.callMethod(obj, "__await__");
    if (r.is(Kind::Generator) && r.as<GeneratorObject>()->flavor == GenFlavor::Coroutine)
        vm.raise(vm.exc.TypeError, "__await__() returned a coroutine");
    bool isIter = r.is(Kind::Generator) || (r.is(Kind::Native) && static_cast<NativeObject *>(r.obj())->isIterator()) ||
                  !vm.typeOf(r)->lookup("__next__").isNull() || r.is(Kind::Native);
    if (!isIter) vm.raise(vm.exc.TypeError, "__await__() returned non-iterator of type '" + vm.typeName(r) + "'");
    return r;
}

Value getAIter(VM &vm, const Value &obj) {
    TypeObject *t = vm.typeOf(obj);
    if (t->lookup("__aiter__").isNull())
        vm.raise(vm.exc.TypeError, "'async for' requires an object with __aiter__ method, got " + t->name);
    return vm.callMethod(obj, "__aiter__");
}

Value getANext(VM &vm, const Value &aiter) {
    TypeObject *t = vm.typeOf(aiter);
    if (t->lookup("__anext__").isNull())
        vm.raise(vm.exc.TypeError, "'async for' requires an iterator with __anext__ method, got " + t->name);
    Value aw = vm.callMethod(aiter, "__anext__");
    if (aw.is(Kind::Native) || aw.is(Kind::Generator)) return aw;
    if (vm.typeOf(aw)->lookup("__await__").isNull())
        vm.raise(vm.exc.TypeError, "'async for' received an invalid object from __anext__: " + vm.typeName(aw));
    return getAwaitable(vm, aw, 0);
}

}  // namespace internal

// ------------------------------------------------------------ async gens

namespace {

// py: Objects/genobject.c async_gen_asend / async_gen_athrow: the awaitable
// that one `await agen.__anext__()` / asend() / athrow() / aclose() is.
struct AsyncGenAwaitable : NativeObject {
    LS_CLONEABLE(AsyncGenAwaitable)
    void visitRefs(RefVisitor &v) override { v(gen); v(sendValue); v(throwExc); }
    Ref<GeneratorObject> gen;
    Value sendValue;   // asend's argument
    Value throwExc;    // athrow/aclose's exception (GeneratorExit for aclose)
    bool isClose = false;
    bool started = false, done = false;
    AsyncGenAwaitable(TypeObject *t, GeneratorObject *g) : NativeObject(t), gen(g) {}
    bool isIterator() const override { return true; }
    void clearRefs() override { gen.reset(); sendValue = throwExc = Value(); }

    bool step(VM &vm, const Value &sent, const Value &exc, Value &out) {
        if (done) vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        Value v = sent, e = exc;
        if (!started) {
            started = true;
            if (!gen->asyncGenHooksCalled) {
                gen->asyncGenHooksCalled = true;
                if (vm.asyncGenFirstIter) vm.asyncGenFirstIter(gen.get());
            }
            if (throwExc.isNull()) v = sendValue;
            else e = throwExc;
            if (isClose && (gen->state == GenState::Created || gen->state == GenState::Closed)) {
                gen->state = GenState::Closed;
                gen->frame.reset();
                done = true;
                out = Value::none();
                return false;
            }
        }
        Value r;
        bool yielded;
        try {
            yielded = vm.resume(gen.get(), v, e, r);
        } catch (PyException &pe) {
            done = true;
            if (isClose && (vm.isInstance(pe.exc, vm.exc.GeneratorExit) || vm.isInstance(pe.exc, vm.exc.StopAsyncIteration))) {
                out = Value::none();
                return false;
            }
            throw;
        }
        if (!yielded) {
            done = true;
            if (isClose) { out = Value::none(); return false; }
            vm.raise(vm.exc.StopAsyncIteration, std::vector<Value>{});
        }
        if (r.is(Kind::Native) && r.obj()->type == vm.types.iterator && dynamic_cast<AsyncGenWrapped *>(r.obj())) {
            done = true;
            if (isClose) vm.raise(vm.exc.RuntimeError, "async generator ignored GeneratorExit");
            out = static_cast<AsyncGenWrapped *>(r.obj())->v;
            return false;
        }
        out = std::move(r);
        return true;
    }
    bool genSend(VM &vm, const Value &sent, Value &out) override { return step(vm, sent, Value(), out); }
    bool genThrow(VM &vm, const Value &exc, Value &out) override { return step(vm, Value::none(), exc, out); }
    bool next(VM &vm, Value &out) override {
        Value r;
        if (step(vm, Value::none(), Value(), r)) { out = r; return true; }
        throw PyException{vm.stopIterationCarrying(r)};
    }
};

// async_generator_asend (__anext__/asend) or async_generator_athrow
// (athrow/aclose): CPython's two types, whose names show in reprs and in
// the trace (a task running agen.aclose() has coro async_generator_athrow).
TypeObject *asyncGenAwaitableType(VM &vm, bool athrow) {
    const char *name = athrow ? "async_generator_athrow" : "async_generator_asend";
    auto *t = vm.extension<TypeObject>(name);
    if (t) return t;
    t = vm.newBuiltinType(name, vm.types.object);
    vm.setExtension(name, t);
    vm.defMethod(t, "__await__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(t, "__iter__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(t, "__next__", [](VM &vm, const CallArgs &a) {
        Value out;
        static_cast<AsyncGenAwaitable *>(a[0].obj())->next(vm, out);
        return out;
    });
    vm.defMethod(t, "send", [](VM &vm, const CallArgs &a) {
        Value out;
        auto *s = static_cast<AsyncGenAwaitable *>(a[0].obj());
        if (s->genSend(vm, a.size() > 1 ? a[1] : Value::none(), out)) return out;
        throw PyException{vm.stopIterationCarrying(out)};
    });
    vm.defMethod(t, "throw", [](VM &vm, const CallArgs &a) {
        Value out;
        auto *s = static_cast<AsyncGenAwaitable *>(a[0].obj());
        Value e = a[1];
        if (e.is(Kind::Type)) e = vm.call(e, {});
        if (s->genThrow(vm, e, out)) return out;
        throw PyException{vm.stopIterationCarrying(out)};
    });
    vm.defMethod(t, "close", [](VM &, const CallArgs &) { return Value::none(); });
    return t;
}

Value makeAsyncGenAwaitable(VM &vm, GeneratorObject *g, Value send, Value thr, bool isClose) {
    auto *a = vm.make<AsyncGenAwaitable>(asyncGenAwaitableType(vm, !thr.isNull()), g);
    a->sendValue = std::move(send);
    a->throwExc = std::move(thr);
    a->isClose = isClose;
    return Value(a);
}

GeneratorObject *selfGen(VM &vm, const CallArgs &a, GenFlavor flavor, const char *what) {
    if (a.size() == 0 || !a[0].is(Kind::Generator) || a[0].as<GeneratorObject>()->flavor != flavor)
        vm.raise(vm.exc.TypeError, std::string("descriptor requires a '") + what + "' object");
    return a[0].as<GeneratorObject>();
}

Value stopIterationWith(VM &vm, const Value &v) {
    Value stop = vm.newException(vm.exc.StopIteration, v.isNone() ? std::vector<Value>{} : std::vector<Value>{v});
    stop.as<ExceptionObject>()->value = v;
    return stop;
}

Value throwArg(VM &vm, const CallArgs &a) {
    if (a.size() < 2) vm.raise(vm.exc.TypeError, "throw expected at least 1 argument, got 0");
    Value e = a[1];
    if (e.is(Kind::Type)) {
        if (!e.as<TypeObject>()->isSubtypeOf(vm.exc.BaseException))
            vm.raise(vm.exc.TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
        e = a.size() > 2 && !a[2].isNone() ? vm.call(e, {a[2]}) : vm.call(e, {});
    } else if (!e.is(Kind::Exception)) {
        vm.raise(vm.exc.TypeError, "exceptions must be classes or instances deriving from BaseException, not " + vm.typeName(e));
    }
    return e;
}

// py: genobject.c gen_close
void closeGenerator(VM &vm, GeneratorObject *g) {
    if (g->state == GenState::Created || g->state == GenState::Closed) {
        g->state = GenState::Closed;
        if (g->frame) g->frame->clear();
        return;
    }
    Value out;
    bool yielded;
    try {
        yielded = vm.resume(g, Value::none(), vm.newException(vm.exc.GeneratorExit, std::vector<Value>{}), out);
    } catch (PyException &e) {
        if (vm.isInstance(e.exc, vm.exc.GeneratorExit) || vm.isInstance(e.exc, vm.exc.StopIteration)) return;
        throw;
    }
    if (yielded) vm.raise(vm.exc.RuntimeError, std::string(flavorWord(g)) + " ignored GeneratorExit");
}

// py: genobject.c coro_wrapper: what coroutine.__await__() returns, an
// iterator over the coroutine, so that `yield from coro.__await__()` works
// in a plain generator (an awaitable class's __await__).
struct CoroWrapper : NativeObject {
    LS_CLONEABLE(CoroWrapper)
    void visitRefs(RefVisitor &v) override { v(coro); }
    Ref<GeneratorObject> coro;
    CoroWrapper(TypeObject *t, GeneratorObject *c) : NativeObject(t), coro(c) {}
    bool isIterator() const override { return true; }
    void clearRefs() override { coro.reset(); }
    bool genSend(VM &vm, const Value &sent, Value &out) override { return vm.resume(coro.get(), sent, Value(), out); }
    bool genThrow(VM &vm, const Value &exc, Value &out) override { return vm.resume(coro.get(), Value::none(), exc, out); }
    bool next(VM &vm, Value &out) override {
        Value r;
        if (genSend(vm, Value::none(), r)) { out = r; return true; }
        throw PyException{vm.stopIterationCarrying(r)};
    }
};

// py: genobject.c anextawaitable: anext(it, default) turns the
// StopAsyncIteration of `it.__anext__()` into the default value.
struct AnextAwaitable : NativeObject {
    LS_CLONEABLE(AnextAwaitable)
    void visitRefs(RefVisitor &v) override { v(awaitable); v(defaultValue); v(it); }
    Value awaitable, defaultValue, it;
    AnextAwaitable(TypeObject *t, Value a, Value d) : NativeObject(t), awaitable(std::move(a)), defaultValue(std::move(d)) {}
    bool isIterator() const override { return true; }
    void clearRefs() override { awaitable = defaultValue = it = Value(); }
    bool step(VM &vm, const Value &sent, const Value &exc, Value &out) {
        if (it.isNull()) it = internal::getAwaitable(vm, awaitable, 0);
        try {
            return internal::delegate(vm, nullptr, it, sent, exc, out);
        } catch (PyException &e) {
            if (!vm.isInstance(e.exc, vm.exc.StopAsyncIteration)) throw;
        }
        out = defaultValue;
        return false;
    }
    bool genSend(VM &vm, const Value &sent, Value &out) override { return step(vm, sent, Value(), out); }
    bool genThrow(VM &vm, const Value &exc, Value &out) override { return step(vm, Value::none(), exc, out); }
    bool next(VM &vm, Value &out) override {
        Value r;
        if (step(vm, Value::none(), Value(), r)) { out = r; return true; }
        throw PyException{vm.stopIterationCarrying(r)};
    }
};

// The methods of a C++ iterator-awaitable type (send/throw/close, the
// iterator protocol and __await__ returning itself).
// coroutine_wrapper has no __await__ (it is an iterator, not an awaitable).
template <class T>
TypeObject *iterAwaitableType(VM &vm, const char *name, bool awaitable) {
    auto *t = vm.extension<TypeObject>(name);
    if (t) return t;
    t = vm.newBuiltinType(name, vm.types.object);
    vm.setExtension(name, t);
    if (awaitable) vm.defMethod(t, "__await__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(t, "__iter__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(t, "__next__", [](VM &vm, const CallArgs &a) {
        Value out;
        static_cast<T *>(a[0].obj())->next(vm, out);
        return out;
    });
    vm.defMethod(t, "send", [](VM &vm, const CallArgs &a) {
        Value out;
        if (static_cast<T *>(a[0].obj())->genSend(vm, a.size() > 1 ? a[1] : Value::none(), out)) return out;
        throw PyException{vm.stopIterationCarrying(out)};
    });
    vm.defMethod(t, "throw", [](VM &vm, const CallArgs &a) {
        Value out;
        Value e = a.size() > 1 ? a[1] : Value::none();
        if (e.is(Kind::Type)) e = vm.call(e, {});
        if (static_cast<T *>(a[0].obj())->genThrow(vm, e, out)) return out;
        throw PyException{vm.stopIterationCarrying(out)};
    });
    vm.defMethod(t, "close", [](VM &, const CallArgs &) { return Value::none(); });
    return t;
}

Value builtinAiter(VM &vm, const CallArgs &a) {
    vm.checkArgs(a, "aiter", 1, 1);
    TypeObject *t = vm.typeOf(a[0]);
    if (t->lookup("__aiter__").isNull()) vm.raise(vm.exc.TypeError, "'" + t->name + "' object is not an async iterable");
    Value it = vm.callMethod(a[0], "__aiter__");
    if (vm.typeOf(it)->lookup("__anext__").isNull())
        vm.raise(vm.exc.TypeError, "aiter() returned not an async iterator of type '" + vm.typeName(it) + "'");
    return it;
}

Value builtinAnext(VM &vm, const CallArgs &a) {
    vm.checkArgs(a, "anext", 1, 2);
    TypeObject *t = vm.typeOf(a[0]);
    if (t->lookup("__anext__").isNull()) vm.raise(vm.exc.TypeError, "'" + t->name + "' object is not an async iterator");
    Value aw = vm.callMethod(a[0], "__anext__");
    if (a.size() == 1) return aw;
    return Value(vm.make<AnextAwaitable>(iterAwaitableType<AnextAwaitable>(vm, "anext_awaitable", true), aw, a[1]));
}

Value genSendMethod(VM &vm, GeneratorObject *g, const Value &v) {
    Value out;
    if (vm.resume(g, v, Value(), out)) return out;
    if (g->flavor == GenFlavor::AsyncGenerator) vm.raise(vm.exc.StopAsyncIteration, std::vector<Value>{});
    throw PyException{stopIterationWith(vm, out)};
}

}  // namespace

void installGeneratorTypes(VM &vm) {
    for (TypeObject *t : {vm.types.generator, vm.types.coroutine}) {
        GenFlavor fl = t == vm.types.generator ? GenFlavor::Generator : GenFlavor::Coroutine;
        (void)fl;
        vm.defMethod(t, "send", [](VM &vm, const CallArgs &a) {
            vm.checkArgs(a, "send", 2, 2);
            return genSendMethod(vm, a[0].as<GeneratorObject>(), a[1]);
        });
        vm.defMethod(t, "throw", [](VM &vm, const CallArgs &a) {
            auto *g = a[0].as<GeneratorObject>();
            Value out;
            if (vm.resume(g, Value::none(), throwArg(vm, a), out)) return out;
            throw PyException{stopIterationWith(vm, out)};
        });
        vm.defMethod(t, "close", [](VM &vm, const CallArgs &a) {
            closeGenerator(vm, a[0].as<GeneratorObject>());
            return Value::none();
        });
    }
    vm.defMethod(vm.types.generator, "__iter__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(vm.types.generator, "__next__", [](VM &vm, const CallArgs &a) {
        return genSendMethod(vm, selfGen(vm, a, GenFlavor::Generator, "generator"), Value::none());
    });
    vm.defMethod(vm.types.coroutine, "__await__", [](VM &vm, const CallArgs &a) {
        TypeObject *w = vm.extension<TypeObject>("coroutine_wrapper");
        if (!w) {
            w = iterAwaitableType<CoroWrapper>(vm, "coroutine_wrapper", false);
            vm.defMethod(w, "close", [](VM &vm, const CallArgs &a) {
                closeGenerator(vm, static_cast<CoroWrapper *>(a[0].obj())->coro.get());
                return Value::none();
            });
        }
        return Value(vm.make<CoroWrapper>(w, a[0].as<GeneratorObject>()));
    });
    vm.defFunction(vm.builtins(), "aiter", builtinAiter);
    vm.defFunction(vm.builtins(), "anext", builtinAnext);

    TypeObject *ag = vm.types.async_generator;
    vm.defMethod(ag, "__aiter__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(ag, "__anext__", [](VM &vm, const CallArgs &a) {
        return makeAsyncGenAwaitable(vm, selfGen(vm, a, GenFlavor::AsyncGenerator, "async_generator"), Value::none(), Value(), false);
    });
    vm.defMethod(ag, "asend", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "asend", 2, 2);
        return makeAsyncGenAwaitable(vm, a[0].as<GeneratorObject>(), a[1], Value(), false);
    });
    vm.defMethod(ag, "athrow", [](VM &vm, const CallArgs &a) {
        return makeAsyncGenAwaitable(vm, a[0].as<GeneratorObject>(), Value::none(), throwArg(vm, a), false);
    });
    vm.defMethod(ag, "aclose", [](VM &vm, const CallArgs &a) {
        return makeAsyncGenAwaitable(vm, a[0].as<GeneratorObject>(), Value::none(),
                                     vm.newException(vm.exc.GeneratorExit, std::vector<Value>{}), true);
    });
}

// ---------------------------------------------------------- finalisation

void VM::scheduleFinalizer(Object *o) {
    pendingFinalizers_.push_back(o);
    budgetCheckAt_ = 0;  // the eval loop runs them at the next instruction
}

void VM::runPendingFinalizers() {
    if (runningFinalizers_) return;
    runningFinalizers_ = true;
    struct G { bool &b; ~G() { b = false; } } guard{runningFinalizers_};
    while (!pendingFinalizers_.empty()) {
        Object *o = pendingFinalizers_.front();
        pendingFinalizers_.erase(pendingFinalizers_.begin());
        Value keep = Value::adopt(o);  // takes over the resurrection reference
        o->decref();
        if (o->kind != Kind::Generator) {
            try {
                o->finalize(*this);
            } catch (PyException &e) {
                host_.write(2, "Exception ignored in finalizer:\n" + formatException(e.exc));
            }
            continue;
        }
        auto *g = static_cast<GeneratorObject *>(o);
        if (g->flavor == GenFlavor::Coroutine && g->state == GenState::Created) {
            // py: Objects/genobject.c _PyErr_WarnUnawaitedCoroutine
            std::string where;
            if (current_) {
                where = current_->code->filename;
                auto slash = where.rfind('/');
                (void)slash;
                where += ":" + std::to_string(current_->line());
            } else {
                where = "sys:1";
            }
            std::string text = where + ": RuntimeWarning: coroutine '" + g->qualname + "' was never awaited\n";
            if (current_) {
                const auto *lines = sourceLines(current_->code->filename);
                int ln = current_->line();
                if (lines && ln >= 1 && ln <= static_cast<int>(lines->size())) {
                    std::string src = (*lines)[static_cast<size_t>(ln - 1)];
                    size_t b = src.find_first_not_of(" \t");
                    text += "  " + (b == std::string::npos ? std::string() : src.substr(b)) + "\n";
                }
            }
            text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
            host_.write(2, text);
            g->state = GenState::Closed;
            if (g->frame) g->frame->clear();
            continue;
        }
        if (g->flavor == GenFlavor::AsyncGenerator && asyncGenFinalizer && g->asyncGenHooksCalled) {
            asyncGenFinalizer(g);
            continue;
        }
        try {
            if (g->flavor == GenFlavor::AsyncGenerator) {
                Value aw = makeAsyncGenAwaitable(*this, g, Value::none(), newException(exc.GeneratorExit, std::vector<Value>{}), true);
                Value out;
                static_cast<AsyncGenAwaitable *>(aw.obj())->genSend(*this, Value::none(), out);
            } else {
                closeGenerator(*this, g);
            }
        } catch (PyException &e) {
            // py: PyErr_WriteUnraisable
            host_.write(2, "Exception ignored in: <" + std::string(flavorWord(g)) + " object " + g->qualname + ">\n" + formatException(e.exc));
        }
    }
}

}  // namespace ls::interp

// Checkpoints at loop handle boundaries (see loop_checkpoint.h).
#include "loop_checkpoint.h"

#include "base_events.h"
#include "tasks.h"

namespace ls::aio {

void AsyncioState::visitRefs(RefVisitor &v) {
    for (TypeObject **t : {&futureType, &taskType, &futureIterType, &handleType, &timerHandleType, &loopType,
                           &cancelledError, &invalidStateError, &queueEmpty, &queueFull, &incompleteReadError,
                           &limitOverrunError, &brokenBarrierError})
        v.raw(*t);
    v.raw(runningLoop);
    v(eventLoop);
    for (auto *&t : tasks) v.raw(t);
    for (auto *&l : loops) v.raw(l);
    // Per run, not per program: a clone starts without them (the resume
    // recreates the run record; the runner attaches its own observer).
    // (Counting passes leave them alone: they hold no references.)
}

bool canonicalShape(VM &vm, EventLoopObject *loop, std::string *why) {
    auto fail = [&](const char *w) {
        if (why) *why = w;
        return false;
    };
    auto &st = asyncioState(vm);
    if (st.activeRuns.size() != 1) return fail("not exactly one run_until_complete in progress");
    const LoopRunRecord &rec = *st.activeRuns.front();
    if (rec.loop != loop || st.runningLoop != loop) return fail("another loop runs");
    if (rec.outerHooks) return fail("async generator hooks of an outer loop");
    if (!rec.callee || !rec.awaitable) return fail("run_until_complete not called as a builtin");
    if (vm.currentFrame() != rec.caller || vm.depth() != rec.vmDepth) return fail("Python code runs below the loop");
    Frame *root = nullptr;
    for (Frame *f = rec.caller; f; f = f->back) {
        if (f->gen) return fail("a generator frame calls the loop");
        if (f->back && f->isEntry) return fail("nested eval loops");
        root = f;
    }
    if (!root || !root->isEntry || root->globals.get() != vm.mainGlobals() || root->func)
        return fail("the loop is not run from the main module's eval");
    const Frame *c = rec.caller;
    if (c->ip == 0 || c->code->code[c->ip - 1].op != Op::CALL) return fail("run_until_complete not called by CALL");
    // internal::fastCall keeps [callable, self-or-null, args...] on the
    // caller's stack while the call runs.
    const uint32_t n = c->code->code[c->ip - 1].arg;
    if (n != 1 || c->sp < 3) return fail("run_until_complete not called with one argument");
    const Value &callable = c->stack[c->sp - 3];
    const Value &self = c->stack[c->sp - 2];
    const Value &arg = c->stack[c->sp - 1];
    const bool direct = callable.isObj() && callable.obj() == rec.callee && self.isObj() && self.obj() == rec.loop;
    const bool bound = callable.is(Kind::BoundMethod) && self.isNull() &&
                       callable.as<BoundMethodObject>()->func.isObj() &&
                       callable.as<BoundMethodObject>()->func.obj() == rec.callee &&
                       callable.as<BoundMethodObject>()->self.isObj() &&
                       callable.as<BoundMethodObject>()->self.obj() == rec.loop;
    if (!direct && !bound) return fail("the caller's stack is not the call's");
    if (!arg.isObj() || arg.obj() != rec.awaitable) return fail("the caller's stack is not the call's");
    return true;
}

VmCloner::StackRefs stackReferences(const LoopPosition &pos, const std::vector<Frame *> &chain) {
    VmCloner::StackRefs refs;
    const LoopRunRecord &r = pos.rec;
    ++refs[chain.back()->code.get()];  // VM::runMain's Ref<CodeObject>
    // The callable, self and argument stay on the caller's value stack
    // (internal::fastCall passes them as a span): counted with the frame.
    if (pos.boundMethod) {
        ++refs[r.loop];                // VM::call of a bound method: a[0] (its self)
        ++refs[r.awaitable];           // VM::call: a[1]
    } else {
        ++refs[r.loop];                // fastCall: self
    }
    ++refs[r.loop];                    // runForever: keep
    ++refs[r.fut];                     // runUntilComplete: fut
    ++refs[r.stopCb];                  // runUntilComplete: stopCb
    return refs;
}

VmCloner::AcceptStack acceptLoopStack(LoopPosition &pos, const std::vector<Frame *> &chain) {
    // Which variant: a bound method object on the caller's stack, or the
    // function with the loop as self (canonicalShape checked the layout).
    const Frame *c = pos.rec.caller;
    const Value &callable = c->stack[c->sp - 3];
    pos.boundMethod = callable.is(Kind::BoundMethod) ? callable.obj() : nullptr;
    return VmCloner::exactly(stackReferences(pos, chain));
}

LoopPosition mapPosition(const LoopPosition &pos, const VmCloner::Map &map) {
    LoopPosition p = pos;
    p.rec.loop = static_cast<EventLoopObject *>(map(pos.rec.loop));
    p.rec.callee = map(pos.rec.callee);
    p.rec.awaitable = map(pos.rec.awaitable);
    p.rec.fut = map(pos.rec.fut);
    p.rec.stopCb = map(pos.rec.stopCb);
    p.rec.caller = map.frame(pos.rec.caller);
    p.boundMethod = pos.boundMethod ? map(pos.boundMethod) : nullptr;
    return p;
}

// Each block mirrors one C++ frame of the original, outermost first; the
// Values are stolen from the refcounts (stackReferences) and released
// where the original released them.
void resumeRunMain(VM &vm, const LoopPosition &pos, std::vector<Frame *> chain) {
    Frame *root = chain.back();
    Frame *caller = chain.front();
    // VM::runMain
    Ref<CodeObject> code;
    code.rebindRaw(root->code.get());
    {
        // VM::runFrame
        std::unique_ptr<Frame> mainFrame(root);
        struct DepthGuard {
            VM &vm;
            ~DepthGuard() { vm.popDepth(); }
        } guard{vm};
        try {
            {
                // internal::fastCall (Op::CALL): callable, self and the
                // argument stay on the caller's stack; `self` is its copy.
                const uint32_t calleeAt = caller->sp - 3;
                auto popCall = [&] {
                    for (uint32_t i = calleeAt; i < caller->sp; ++i) caller->stack[i] = Value();
                    caller->sp = calleeAt;
                };
                Value self;
                if (!pos.boundMethod) self = Value::steal(pos.rec.loop);
                try {
                    Value r;
                    {
                        // VM::call of a bound method: `a` = self + args
                        std::vector<Value> a;
                        if (pos.boundMethod) {
                            a.push_back(Value::steal(pos.rec.loop));
                            a.push_back(Value::steal(pos.rec.awaitable));
                        }
                        // EventLoopObject::runUntilComplete
                        Value fut = Value::steal(pos.rec.fut);
                        Value stopCb = Value::steal(pos.rec.stopCb);
                        LoopRunRecord rec = pos.rec;
                        size_t remaining = pos.remaining;
                        r = pos.rec.loop->finishRunUntilDone(vm, rec, fut, stopCb, &remaining);
                    }
                    popCall();
                    caller->push(std::move(r));
                } catch (PyException &e) {
                    // Raised into the eval loop at the CALL, as the original.
                    popCall();
                    caller->pendingThrow = e.exc;
                }
            }
            vm.evalResume(root, caller);
        } catch (...) {
            // What VM::eval does with VmAbort and the like: free the inline
            // frames (the main frame is mainFrame's).
            for (Frame *f = vm.currentFrame(); f && f != root;) {
                Frame *back = f->back;
                delete f;
                vm.popDepth();
                f = back;
            }
            vm.setCurrentFrame(nullptr);
            throw;
        }
    }
    vm.runPendingFinalizers();
}

namespace {

// The host of a VM that never runs (a frozen copy): keeps the clock.
struct FrozenHost : VmHost {
    void write(int, std::string_view) override {}
};

}  // namespace

LoopPosition freezeAtBoundary(VM &vm, size_t remaining, const VmCloner::ExtraRoots &extra, FrozenVm &out) {
    auto &st = asyncioState(vm);
    LoopPosition pos{*st.activeRuns.front(), remaining};
    std::vector<Frame *> chain;
    for (Frame *f = vm.currentFrame(); f; f = f->back) chain.push_back(f);
    out.host = std::make_unique<FrozenHost>();
    out.floatIdentities = Value::floatIdentityCounter();
    VmCloner::Map map;
    VmCloner::Options share;
    share.shareImmutables = true;  // a copy costs what the run changes
    out.vm = VmCloner::clone(vm, *out.host, acceptLoopStack(pos, chain), extra, out.chain, map, share);
    auto &fst = asyncioState(*out.vm);
    fst.activeRuns.clear();
    fst.handleBoundary = nullptr;
    fst.observer = nullptr;
    return mapPosition(pos, map);
}

}  // namespace ls::aio

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
    return true;
}

VmCloner::StackRefs stackReferences(const LoopPosition &pos, const std::vector<Frame *> &chain) {
    VmCloner::StackRefs refs;
    const LoopRunRecord &r = pos.rec;
    ++refs[chain.back()->code.get()];  // VM::runMain's Ref<CodeObject>
    if (pos.boundMethod) {
        ++refs[pos.boundMethod];       // doCall: callable
        ++refs[r.awaitable];           // doCall: args[0]
        ++refs[r.loop];                // VM::call: a[0] (the method's self)
        ++refs[r.awaitable];           // VM::call: a[1]
    } else {
        ++refs[r.callee];              // doCall: callable
        refs[r.loop] += 2;             // doCall: self and args[0]
        ++refs[r.awaitable];           // doCall: args[1]
    }
    ++refs[r.loop];                    // runForever: keep
    ++refs[r.fut];                     // runUntilComplete: fut
    ++refs[r.stopCb];                  // runUntilComplete: stopCb
    return refs;
}

VmCloner::AcceptStack acceptLoopStack(LoopPosition &pos, const std::vector<Frame *> &chain) {
    return [&pos, &chain](const VmCloner::StackRefs &held, std::string &why) {
        pos.boundMethod = nullptr;
        if (VmCloner::exactly(stackReferences(pos, chain))(held, why)) return true;
        // The bound method is only on the C++ stack: one reference, not
        // counted by the VM.
        for (auto &[o, n] : held) {
            if (n != 1 || o->kind != Kind::BoundMethod) continue;
            auto *m = static_cast<const BoundMethodObject *>(o);
            if (m->func.isObj() && m->func.obj() == pos.rec.callee && m->self.isObj() && m->self.obj() == pos.rec.loop) {
                pos.boundMethod = const_cast<Object *>(o);
                std::string why2;
                if (VmCloner::exactly(stackReferences(pos, chain))(held, why2)) {
                    why.clear();
                    return true;
                }
                pos.boundMethod = nullptr;
            }
        }
        return false;
    };
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
                // internal::doCall (Op::CALL)
                Value callable, self;
                std::vector<Value> args;
                if (pos.boundMethod) {
                    callable = Value::steal(pos.boundMethod);
                    args.push_back(Value::steal(pos.rec.awaitable));
                } else {
                    callable = Value::steal(pos.rec.callee);
                    self = Value::steal(pos.rec.loop);
                    args.push_back(Value::steal(pos.rec.loop));
                    args.push_back(Value::steal(pos.rec.awaitable));
                }
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
                    caller->push(std::move(r));
                } catch (PyException &e) {
                    // Raised into the eval loop at the CALL, as the original.
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

}  // namespace ls::aio

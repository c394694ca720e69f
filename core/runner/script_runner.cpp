#include "script_runner.h"

#include "run_context_p.h"

#include "asyncio/asyncio_module.h"
#include "asyncio/base_events.h"
#include "interp/syntax_error.h"
#include "interp/vm.h"
#include "trace_observer.h"
#include "trace_writer.h"

#include <new>

namespace ls::runner {

using namespace ls::interp;

namespace {

class RunHost : public VmHost {
public:
    RunHost(const RunOutput &io, TraceWriter &trace) : io_(io), trace_(trace) {}
    void write(int stream, std::string_view text) override {
        if (stream == 2) io_.err(text); else io_.out(text);
    }
    void printed(std::string_view text) override {
        if (!trace_.enabled()) return;
        if (observer) observer->flushPending();
        std::string f = ", \"text\": ";
        appendJsonString(f, text);
        trace_.event(now, "print", f);
    }
    void blockingSleep(double seconds) override {
        // Run contract rule 3: inside a running loop, time.sleep blocks it.
        if (vm && aio::asyncioState(*vm).runningLoop && trace_.enabled()) {
            if (observer) observer->flushPending();
            trace_.event(now, "block", ", \"dur\": " + jsonFloat(seconds));
        }
        now += seconds;
    }
    VM *vm = nullptr;
    TraceObserver *observer = nullptr;

private:
    const RunOutput &io_;
    TraceWriter &trace_;
};

}  // namespace

int runScript(std::string_view source, const RunOptions &opts, const RunOutput &io) {
    return runCommon(source, opts, io, nullptr);
}

int runCommon(std::string_view source, const RunOptions &opts, const RunOutput &io, const Checkpoint *cp) {
    TraceWriter trace;
    if (!opts.tracePath.empty() && !trace.open(opts.tracePath)) {
        io.err("loopscope: cannot write trace '" + opts.tracePath + "'\n");
        return 2;
    }
    RunHost host(io, trace);
    VmOptions vo;
    vo.seed = opts.seed;
    vo.maxInstructions = opts.maxInstructions;
    vo.maxHeapBytes = opts.maxHeapBytes;
    int code = 0;
    std::string status = "ok";
    {
        // From a checkpoint: a copy of its VM, and the trace creates it had
        // not written yet (copied, then rebound into the copy).
        TraceObserver::Pending pending;
        std::vector<Frame *> chain;
        VmCloner::Map map;
        std::unique_ptr<VM> owned;
        if (cp) {
            std::lock_guard<std::mutex> lock(cp->resumeLock);
            pending = cp->tracePending;
            auto refs = aio::stackReferences(cp->pos, cp->frozen.chain);
            VmCloner::Options o;
            o.stackOfShared = &refs;
            owned = VmCloner::clone(*cp->frozen.vm, host, VmCloner::exactly(refs), [&](RefVisitor &v) {
                for (auto &p : pending) v(p.first);
            }, chain, map, o);
            Value::setFloatIdentityCounter(cp->frozen.floatIdentities);
        } else {
            owned = std::make_unique<VM>(host, vo);
        }
        VM &vm = *owned;
        TraceObserver observer(vm, trace);
        observer.setPending(std::move(pending));
        host.vm = &vm;
        host.observer = &observer;
        auto &st = aio::asyncioState(vm);
        st.observer = &observer;
        st.maxHandles = opts.maxSteps;
        CheckpointSite::Context ctx{&vm, &observer, &trace};
        if (opts.onHandleBoundary) {
            st.handleBoundary = [&](aio::EventLoopObject *loop, size_t remaining) {
                CheckpointSite site(ctx, loop, remaining);
                opts.onHandleBoundary(site);
            };
        }
        aio::installTopLevelAwait(vm);
        if (!cp) vm.setScriptPath(opts.scriptPath);
        try {
            try {
                if (cp) aio::resumeRunMain(vm, aio::mapPosition(cp->pos, map), std::move(chain));
                else vm.runMain(source, opts.displayPath);
            } catch (PyException &e) {
                if (vm.isInstance(e.exc, vm.exc.SystemExit)) {
                    Value c = e.exc.as<ExceptionObject>()->value;
                    if (c.isNull() || c.isNone()) code = 0;
                    else if (c.isInt()) code = static_cast<int>(c.asInt());
                    else if (c.isBool()) code = c.asBool();
                    else {
                        io.err(vm.toStr(c) + "\n");
                        code = 1;
                    }
                    status = code == 0 ? "ok" : "error";
                } else {
                    io.err(vm.formatException(e.exc));
                    code = 1;
                    status = "error";
                }
            }
            vm.shutdown();
        } catch (SyntaxErrorException &e) {
            io.err(formatSyntaxError(e.info));
            code = 1;
            status = "error";
        } catch (aio::LoopHalt &h) {
            if (h.why == aio::LoopHalt::Why::Deadlock) {
                io.err(aio::describeDeadlock(vm));
                code = 3;
                status = "deadlock";
            } else {
                io.err(h.message + "\n");
                code = 4;
                status = "limit";
            }
        } catch (VmAbort &a) {
            io.err(a.message + "\n");
            code = 4;
            status = "limit";
        } catch (std::bad_alloc &) {
            // A block bigger than the machine gives, under the memory cap's
            // radar (one allocation): CPython raises MemoryError here too.
            io.err("MemoryError: out of memory (the script asked for more than the machine can give)\n");
            code = 1;
            status = "error";
        }
        observer.flushPending();
        st.handleBoundary = nullptr;
        st.observer = nullptr;
        host.observer = nullptr;
        host.vm = nullptr;
        observer.setPending({});
    }
    trace.event(host.now, "end", ", \"status\": \"" + status + "\"");
    return code;
}

}  // namespace ls::runner

#include "engine.h"

#include "asyncio/asyncio_module.h"
#include "asyncio/base_events.h"
#include "asyncio/events.h"
#include "asyncio/loop_checkpoint.h"
#include "asyncio/tasks.h"
#include "interp/opcodes.h"
#include "interp/syntax_error.h"
#include "interp/vm.h"
#include "keyframes.h"
#include "runner/trace_observer.h"
#include "snapshot_builder.h"

#include <exception>

namespace ls::session {

using namespace ls::interp;
using namespace ls::aio;

namespace {

constexpr size_t kEventsKept = 200;

// Restores the heap's allocation counter when the session made temporaries
// (labels, snapshots) between two instructions of the script.
struct KeepSerials {
    Heap &heap;
    size_t saved;
    explicit KeepSerials(VM &vm) : heap(vm.heap()), saved(vm.heap().allocatedTotal()) {}
    ~KeepSerials() { heap.restoreAllocatedTotal(saved); }
};

class EngineHost : public VmHost {
public:
    explicit EngineHost(Engine &e) : e_(e) {}
    void write(int stream, std::string_view text) override { e_.onWrite(stream, text); }
    void blockingSleep(double seconds) override {
        now += seconds;
        if (seconds > 0 && e_.vm()) {
            PausePoint p;
            p.kind = PauseKind::Clock;
            e_.reach(p);
        }
    }

private:
    Engine &e_;
};


std::string coroName(VM &vm, TaskObject *t) {
    return t->coro.is(Kind::Generator) ? t->coro.as<GeneratorObject>()->qualname : vm.typeName(t->coro);
}

class EngineObserver : public LoopObserver {
public:
    EngineObserver(Engine &e, VM &vm) : e_(e), vm_(vm) {}
    void taskCreated(TaskObject *t) override {
        Engine::TaskRecord r;
        r.seq = t->seq;
        r.name = t->name;
        r.coro = coroName(vm_, t);
        e_.tasks().push_back(std::move(r));
        PausePoint p;
        p.kind = PauseKind::TaskCreated;
        p.taskNumber = static_cast<uint32_t>(e_.tasks().size());
        p.task = t->name;
        e_.reach(p);
    }
    void taskStep(TaskObject *t) override {
        if (auto *r = e_.taskRecord(t->seq)) {
            r->started = true;
            r->name = t->name;
        }
    }
    void taskDone(TaskObject *t) override {
        PausePoint p;
        p.kind = PauseKind::TaskDone;
        p.task = t->name;
        if (auto *r = e_.taskRecord(t->seq)) {
            KeepSerials keep(vm_);
            r->name = t->name;
            if (t->state == FutState::Cancelled) r->finalState = "cancelled";
            else if (t->exception.isNull()) {
                r->finalState = "finished";
                r->result = safeRepr(vm_, t->result);
            } else {
                r->finalState = "failed";
                r->exception = exceptionText(vm_, t->exception);
            }
            p.taskNumber = static_cast<uint32_t>(r - e_.tasks().data()) + 1;
        }
        e_.reach(p);
    }
    void tick(EventLoopObject *) override {
        PausePoint p;
        p.kind = PauseKind::Tick;
        e_.reach(p);
    }
    void handleRun(EventLoopObject *, HandleObject *h) override {
        PausePoint p;
        p.kind = PauseKind::HandleBegin;
        describeHandle(h, p);
        e_.reach(p);
    }
    void handleDone(EventLoopObject *, HandleObject *h) override {
        PausePoint p;
        p.kind = PauseKind::HandleEnd;
        describeHandle(h, p);
        e_.reach(p);
    }
    void timeoutComputed(EventLoopObject *, double timeout) override {
        PausePoint p;
        p.kind = PauseKind::Timeout;
        p.timeout = timeout;
        e_.reach(p);
    }
    void polled(EventLoopObject *, double) override {
        PausePoint p;
        p.kind = PauseKind::Clock;
        e_.reach(p);
    }

private:
    void describeHandle(HandleObject *h, PausePoint &p) {
        auto &st = asyncioState(vm_);
        TaskObject *t = nullptr;
        Value cb = h->callback;
        if (cb.is(Kind::BuiltinFunction)) {
            auto *b = cb.as<BuiltinFunctionObject>();
            if ((b->fn == st.taskStepFn || b->fn == st.taskWakeupFn) && b->data.isObj())
                t = static_cast<TaskObject *>(b->data.obj());
        }
        if (t) {
            p.taskHandle = true;
            p.task = t->name;
            p.detail = (cb.as<BuiltinFunctionObject>()->fn == st.taskStepFn ? "step:" : "wakeup:") + t->name;
            if (auto *r = e_.taskRecord(t->seq)) p.taskNumber = static_cast<uint32_t>(r - e_.tasks().data()) + 1;
            return;
        }
        KeepSerials keep(vm_);
        p.detail = runner::readyLabel(vm_, h);
    }

    Engine &e_;
    VM &vm_;
};

}  // namespace

Engine::Engine(EngineConfig config, std::shared_ptr<History> history)
    : config_(std::move(config)), history_(std::move(history)) {}

Engine::~Engine() {
    {
        std::lock_guard g(m_);
        aborting_ = true;
        if (vm_) vm_->requestStop();
        cv_.notify_all();
    }
    if (thread_.joinable()) thread_.join();
}

void Engine::useKeyframes(VmKeyframes *store, std::shared_ptr<const VmKeyframe> from) {
    keyframes_ = store;
    from_ = std::move(from);
}

void Engine::onHandleBoundary(EventLoopObject *loop, size_t remaining) {
    if (!keyframes_ || dead_ || aborting_ || outputLimitHit_ || !vm_) return;
    const uint64_t n = vm_->instructionCount();
    if (!keyframes_->due(n)) return;
    auto k = takeVmKeyframe(*vm_, loop, remaining);
    if (!k) {
        keyframes_->refused(n);
        return;
    }
    k->index = nextIndex_;
    k->tasks = tasks_;
    for (auto &t : tasks_)
        k->bytes += sizeof t + t.name.capacity() + t.coro.capacity() + t.result.capacity() + t.exception.capacity();
    k->output = output_;
    k->outputCount = output_->size();
    k->outputBytes = outputBytes_;
    keyframes_->add(std::move(k));
}

void Engine::go(EngineOrders orders) {
    std::lock_guard g(m_);
    orders_ = std::move(orders);
    paused_ = false;
    if (!started_) {
        started_ = true;
        thread_ = std::thread(&Engine::threadMain, this);
    } else {
        ++resumeGeneration_;
        cv_.notify_all();
    }
}

bool Engine::waitPaused(int ms) {
    std::unique_lock lk(m_);
    return cv_.wait_for(lk, std::chrono::milliseconds(ms), [&] { return paused_ || finished_; });
}

bool Engine::paused() const {
    std::lock_guard g(m_);
    return paused_;
}

void Engine::requestStop() {
    std::lock_guard g(m_);
    // Only a running script stops; a paused one would stop at some later,
    // unrelated instruction.
    if (paused_ || finished_ || !started_) return;
    stopRequested_ = true;
    if (vm_) vm_->requestStop();
}

std::vector<EventView> Engine::takeEvents(uint64_t &dropped) {
    dropped = eventsDropped_;
    return std::move(events_);
}

Engine::TaskRecord *Engine::taskRecord(uint64_t seq) {
    // Tasks are recorded in creation order, so seq is increasing: binary search.
    auto it = std::lower_bound(tasks_.begin(), tasks_.end(), seq, [](const TaskRecord &r, uint64_t s) { return r.seq < s; });
    return it != tasks_.end() && it->seq == seq ? &*it : nullptr;
}

void Engine::noteEvent(const PausePoint &p, std::string detail) {
    if (events_.size() >= kEventsKept) {
        events_.erase(events_.begin(), events_.begin() + kEventsKept / 2);
        eventsDropped_ += kEventsKept / 2;
    }
    events_.push_back(EventView{p.kind, p.index, p.t, p.task, std::move(detail)});
}

void Engine::reach(PausePoint p, Frame *frame) {
    if (dead_) return;
    const bool mayThrow = p.kind != PauseKind::Output;
    if (aborting_) {
        if (!mayThrow || std::uncaught_exceptions()) return;
        throw VmAbort{VmAbort::Reason::StopRequested, "session closed"};
    }
    VM &vm = *vm_;
    auto &st = asyncioState(vm);
    p.instructions = vm.instructionCount();
    p.t = vm.host().now;
    p.tick = st.ticks;
    p.handles = st.handlesRun;
    if (p.kind != PauseKind::Line) {
        p.index = nextIndex_++;
        StepRecord r;
        r.instructions = p.instructions;
        r.t = p.t;
        r.handles = static_cast<uint32_t>(p.handles);
        r.tick = static_cast<uint32_t>(p.tick);
        r.task = p.taskNumber;
        r.kind = p.kind;
        if (p.taskHandle) r.flags |= StepRecord::kTaskHandle;
        if (p.kind == PauseKind::End && p.endStatus == "stopped") r.flags |= StepRecord::kSoftEnd;
        history_->record(p.index, r);
        std::string detail = p.detail;
        if (p.kind == PauseKind::End) detail = p.endStatus;
        else if (p.kind == PauseKind::TaskDone && p.taskNumber) detail = tasks_[p.taskNumber - 1].finalState;
        else if (p.kind == PauseKind::Output && output_ && !output_->empty()) detail = output_->back().text;
        noteEvent(p, std::move(detail));
        if (p.index == orders_.stepStartIndex && vm_) {
            KeepSerials keep(*vm_);
            stepStart_ = SnapshotBuilder(*this, *vm_).build(p, frame);
            events_.clear();
            eventsDropped_ = 0;
        }
        if (p.kind == PauseKind::HandleEnd && orders_.watchLocks) {
            std::string print = lockFingerprint();
            p.locksChanged = print != lockPrint_;
            lockPrint_ = std::move(print);
        }
    } else {
        p.index = nextIndex_ ? nextIndex_ - 1 : 0;
    }
    bool stop = p.kind == PauseKind::End || (orders_.stopAt && orders_.stopAt(p));
    if (!stop) return;
    pauseHere(p, frame);
}

void Engine::snapshotNow() {
    if (!vm_) return;
    KeepSerials keep(*vm_);
    snapshot_ = SnapshotBuilder(*this, *vm_).build(at_, atFrame_);
}

void Engine::pauseHere(const PausePoint &p, Frame *frame) {
    at_ = p;
    atFrame_ = frame;
    if (orders_.buildSnapshot && vm_) {
        KeepSerials keep(*vm_);
        snapshot_ = SnapshotBuilder(*this, *vm_).build(p, frame);
    }
    {
        std::unique_lock lk(m_);
        paused_ = true;
        uint64_t gen = resumeGeneration_;
        cv_.notify_all();
        cv_.wait(lk, [&] { return resumeGeneration_ != gen || aborting_; });
        paused_ = false;
    }
    if (aborting_) {
        if (p.kind == PauseKind::Output || std::uncaught_exceptions()) return;
        throw VmAbort{VmAbort::Reason::StopRequested, "session closed"};
    }
    events_.clear();
    eventsDropped_ = 0;
    lastFrame_ = nullptr;
    if (orders_.watchLocks) lockPrint_ = lockFingerprint();
    if (vm_ && orders_.linesFrom != appliedLinesFrom_) {
        appliedLinesFrom_ = orders_.linesFrom;
        vm_->setInstructionHookFrom(orders_.linesFrom);
    }
}

void Engine::onInstruction(Frame *f) {
    if (dead_) return;
    const CodeObject *code = f->code.get();
    if (code != lastCode_) {
        lastCode_ = code;
        lastCodeInScript_ = code->filename == config_.displayPath;
    }
    uint32_t idx = f->ip ? f->ip - 1 : 0;
    int line = code->lines.empty() ? code->firstline : code->lines[std::min<size_t>(idx, code->lines.size() - 1)];
    bool start;
    if (f == lastFrame_) start = line != lastLine_ || idx <= lastIdx_;
    else start = idx == 0 || code->lines.empty() || idx >= code->lines.size() || code->lines[idx - 1] != line;
    lastFrame_ = f;
    lastIdx_ = idx;
    lastLine_ = line;
    // A coroutine's GEN_START carries the `def` line; CPython reports its
    // first body line instead.
    if (start && idx < code->code.size() && code->code[idx].op == Op::GEN_START) {
        lastLine_ = -1;
        start = false;
    }
    bool forced = vm_->instructionCount() == orders_.linesFrom && orders_.forceFirstLine;
    if (!lastCodeInScript_ || (!start && !forced)) return;
    PausePoint p;
    p.kind = PauseKind::Line;
    p.line = line;
    auto &st = asyncioState(*vm_);
    if (st.runningLoop && st.runningLoop->currentTask.isObj())
        p.task = static_cast<TaskObject *>(st.runningLoop->currentTask.obj())->name;
    reach(p, f);
}

void Engine::onWrite(int stream, std::string_view text) {
    if (dead_ || aborting_ || text.empty()) return;
    if (outputBytes_ > config_.maxOutputBytes) return;
    outputBytes_ += text.size();
    // Snapshots share the log and read only the lines below their count:
    // never move those lines while a snapshot may be reading them.
    if (output_.use_count() > 1 && output_->size() == output_->capacity()) {
        auto grown = std::make_shared<std::vector<OutputLine>>();
        grown->reserve(output_->capacity() * 2 + 64);
        grown->assign(output_->begin(), output_->end());
        output_ = std::move(grown);
    }
    output_->push_back(OutputLine{vm_ ? vm_->host().now : 0.0, stream, std::string(text)});
    if (outputBytes_ > config_.maxOutputBytes) {
        outputLimitHit_ = true;
        if (vm_) vm_->requestStop();
    }
    if (!vm_) return;
    PausePoint p;
    p.kind = PauseKind::Output;
    p.line = stream;
    reach(p);
}

std::string Engine::lockFingerprint() {
    KeepSerials keep(*vm_);
    std::string print;
    // Owners only: a primitive made or freed does not change hands.
    for (const SyncView &s : SnapshotBuilder(*this, *vm_).syncViews({})) {
        if (s.owners.empty() && !s.locked) continue;
        print += std::to_string(s.id);
        print += ':';
        for (auto &o : s.owners) print += o + ',';
        print += s.locked ? '1' : '0';
        print += ';';
    }
    return print;
}

void Engine::runScript(VM &vm, PausePoint &end, ResumedVm *resume) {
    int code = 0;
    std::string status = "ok";
    auto err = [&](const std::string &s) { onWrite(2, s); };
    try {
        try {
            try {
                if (resume) aio::resumeRunMain(vm, resume->pos, std::move(resume->chain));
                else vm.runMain(config_.source, config_.displayPath);
            } catch (PyException &e) {
                if (vm.isInstance(e.exc, vm.exc.SystemExit)) {
                    Value c = e.exc.as<ExceptionObject>()->value;
                    if (c.isNull() || c.isNone()) code = 0;
                    else if (c.isInt()) code = static_cast<int>(c.asInt());
                    else if (c.isBool()) code = c.asBool();
                    else {
                        err(vm.toStr(c) + "\n");
                        code = 1;
                    }
                    status = code == 0 ? "ok" : "error";
                } else {
                    err(vm.formatException(e.exc));
                    code = 1;
                    status = "error";
                }
            }
            vm.shutdown();
        } catch (SyntaxErrorException &e) {
            err(formatSyntaxError(e.info));
            code = 1;
            status = "error";
        } catch (LoopHalt &h) {
            if (h.why == LoopHalt::Why::Deadlock) {
                err(describeDeadlock(vm));
                code = 3;
                status = "deadlock";
            } else {
                err(h.message + "\n");
                code = 4;
                status = "limit";
            }
        }
    } catch (VmAbort &a) {
        if (aborting_) throw;
        if (outputLimitHit_) {
            err("output limit exceeded: more than " + std::to_string(config_.maxOutputBytes >> 20) + " MiB written\n");
            status = "limit";
        } else if (a.reason == VmAbort::Reason::StopRequested) {
            status = "stopped";
        } else {
            err(a.message + "\n");
            status = "limit";
        }
        code = 4;
    } catch (std::exception &e) {
        if (aborting_) throw;
        err(std::string("internal error: ") + e.what() + "\n");
        code = 1;
        status = "error";
    }
    end = PausePoint{};
    end.kind = PauseKind::End;
    end.endStatus = status;
    end.exitCode = code;
}

void Engine::threadMain() {
    output_ = std::make_shared<std::vector<OutputLine>>();
    output_->reserve(256);
    try {
        EngineHost host(*this);
        VmOptions vo;
        vo.seed = config_.seed;
        vo.maxInstructions = config_.maxInstructions;
        vo.maxHeapBytes = config_.maxHeapBytes;
        // From a keyframe: a copy of its VM and the engine state it saved.
        ResumedVm resumed;
        std::unique_ptr<VM> fresh;
        if (from_) {
            resumed = resumeVmKeyframe(*from_, host);
            nextIndex_ = from_->index;
            tasks_ = from_->tasks;
            output_->assign(from_->output->begin(), from_->output->begin() + from_->outputCount);
            outputBytes_ = from_->outputBytes;
        } else {
            fresh = std::make_unique<VM>(host, vo);
        }
        VM &vm = from_ ? *resumed.vm : *fresh;
        EngineObserver observer(*this, vm);
        auto &st = asyncioState(vm);
        st.observer = &observer;
        st.maxHandles = config_.maxHandles;
        if (keyframes_)
            st.handleBoundary = [this](EventLoopObject *loop, size_t remaining) { onHandleBoundary(loop, remaining); };
        installTopLevelAwait(vm);
        if (!from_) vm.setScriptPath(config_.scriptPath);
        {
            std::lock_guard g(m_);
            vm_ = &vm;
            if (aborting_) vm.requestStop();
        }
        appliedLinesFrom_ = orders_.linesFrom;
        vm.setInstructionHook([this](Frame *f) { onInstruction(f); }, orders_.linesFrom);
        try {
            if (!from_) {
                PausePoint start;
                start.kind = PauseKind::Start;
                reach(start);
            }
            PausePoint end;
            runScript(vm, end, from_ ? &resumed : nullptr);
            reach(end);
            for (;;) pauseHere(at_, nullptr);  // the run stays at its end until closed
        } catch (...) {
            // Closing the session while the script runs (VmAbort) or anything
            // escaping at teardown: the VM goes away below either way.
        }
        dead_ = true;
        st.observer = nullptr;
        st.handleBoundary = nullptr;
        vm.setInstructionHookFrom(UINT64_MAX);
        {
            std::lock_guard g(m_);
            vm_ = nullptr;
        }
        // A keyframe's copy that never ran: its frames are still ours.
        if (!resumed.chain.empty()) VmCloner::discard(std::move(resumed.vm), resumed.chain);
    } catch (...) {
    }
    std::lock_guard g(m_);
    finished_ = true;
    cv_.notify_all();
}

}  // namespace ls::session

// Checkpoints of a run (see checkpoint.h): the runner's half. The VM copy
// is interp/vm_clone.h, the loop position asyncio/loop_checkpoint.h.
#include "checkpoint.h"

#include "run_context_p.h"

#include "asyncio/base_events.h"

namespace ls::runner {

using namespace ls::interp;

namespace {

// The host of a VM that never runs (a checkpoint's copy): keeps the clock.
struct FrozenHost : VmHost {
    void write(int, std::string_view) override {}
};

}  // namespace

uint64_t CheckpointSite::handlesRun() const { return aio::asyncioState(*ctx_.vm).handlesRun; }
uint64_t CheckpointSite::instructions() const { return ctx_.vm->instructionCount(); }
double CheckpointSite::now() const { return ctx_.vm->host().now; }
long CheckpointSite::traceBytes() const { return ctx_.trace->tell(); }

bool CheckpointSite::canTake() {
    return aio::canonicalShape(*ctx_.vm, static_cast<aio::EventLoopObject *>(loop_), &whyNot_);
}

std::shared_ptr<const Checkpoint> CheckpointSite::take() {
    VM &vm = *ctx_.vm;
    auto *loop = static_cast<aio::EventLoopObject *>(loop_);
    if (!aio::canonicalShape(vm, loop, &whyNot_)) return nullptr;
    auto &st = aio::asyncioState(vm);
    aio::LoopPosition pos{*st.activeRuns.front(), remaining_};
    std::vector<Frame *> chain;
    for (Frame *f = vm.currentFrame(); f; f = f->back) chain.push_back(f);

    auto cp = std::make_shared<Checkpoint>();
    cp->handlesRun = st.handlesRun;
    cp->instructions = vm.instructionCount();
    cp->now = vm.host().now;
    cp->objects = vm.heap().liveObjects().size();
    cp->tracePending = ctx_.observer->pending();
    cp->frozen.host = std::make_unique<FrozenHost>();
    cp->frozen.floatIdentities = Value::floatIdentityCounter();
    VmCloner::Map map;
    try {
        VmCloner::Options share;
        share.shareImmutables = true;  // code, str, ...: shared with this run, not copied
        cp->frozen.vm = VmCloner::clone(vm, *cp->frozen.host, aio::acceptLoopStack(pos, chain), [&](RefVisitor &v) {
            for (auto &p : cp->tracePending) v(p.first);
        }, cp->frozen.chain, map, share);
    } catch (const CloneError &e) {
        whyNot_ = e.what();
        return nullptr;
    }
    cp->pos = aio::mapPosition(pos, map);
    // Per-run state that the copy must not keep (it points into this run).
    auto &fst = aio::asyncioState(*cp->frozen.vm);
    fst.activeRuns.clear();
    fst.handleBoundary = nullptr;
    fst.observer = nullptr;
    return cp;
}

int resumeCheckpoint(const Checkpoint &cp, const RunOptions &opts, const RunOutput &io) {
    return runCommon({}, opts, io, &cp);
}

}  // namespace ls::runner

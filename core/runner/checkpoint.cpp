// Checkpoints of a run (see checkpoint.h): the runner's half. The VM copy
// is interp/vm_clone.h, the loop position asyncio/loop_checkpoint.h.
#include "checkpoint.h"

#include "run_context_p.h"

#include "asyncio/base_events.h"

namespace ls::runner {

using namespace ls::interp;

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
    auto cp = std::make_shared<Checkpoint>();
    cp->handlesRun = st.handlesRun;
    cp->instructions = vm.instructionCount();
    cp->now = vm.host().now;
    cp->objects = vm.heap().liveObjects().size();
    cp->tracePending = ctx_.observer->pending();
    try {
        cp->pos = aio::freezeAtBoundary(vm, remaining_, [&](RefVisitor &v) {
            for (auto &p : cp->tracePending) v(p.first);
        }, cp->frozen);
    } catch (const CloneError &e) {
        whyNot_ = e.what();
        return nullptr;
    }
    return cp;
}

int resumeCheckpoint(const Checkpoint &cp, const RunOptions &opts, const RunOutput &io) {
    return runCommon({}, opts, io, &cp);
}

}  // namespace ls::runner

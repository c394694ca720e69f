// Writes the run contract's asyncio events (create/step/done/tick) from the
// loop observer. `create` is written lazily, right before the next event,
// so a name given by asyncio.create_task(..., name=X) (applied just after
// the task is made) is the one shown, as the reference oracle does.
#pragma once

#include "asyncio/asyncio_state.h"
#include "trace_writer.h"

#include <vector>

namespace ls::runner {

class TraceObserver : public ls::aio::LoopObserver {
public:
    TraceObserver(ls::interp::VM &vm, TraceWriter &trace) : vm_(vm), trace_(trace) {}
    void taskCreated(ls::aio::TaskObject *t) override;
    void taskStep(ls::aio::TaskObject *t) override;
    void taskDone(ls::aio::TaskObject *t) override;
    void tick(ls::aio::EventLoopObject *loop) override;
    // Events written by the runner itself (print, block, end) first flush
    // pending creates.
    void flushPending();
    // Checkpoints: the creates not yet written (task, creation time).
    using Pending = std::vector<std::pair<ls::interp::Ref<ls::interp::Object>, double>>;
    const Pending &pending() const { return pending_; }
    void setPending(Pending p) { pending_ = std::move(p); }

private:
    ls::interp::VM &vm_;
    TraceWriter &trace_;
    Pending pending_;
};

// The labels of the run contract for ready handles and timers.
std::string readyLabel(ls::interp::VM &vm, ls::aio::HandleObject *h);
std::string timerLabel(ls::interp::VM &vm, ls::aio::HandleObject *h);

}  // namespace ls::runner

// Checkpoints of a `loopscope run`, for the session's keyframes: take one
// at a loop handle boundary, resume it later (as often as wanted) to get
// the rest of the run, byte for byte what the original run produced after
// that point (stdout, stderr, trace, exit code).
//
//   RunOptions o = ...;
//   std::vector<std::shared_ptr<const Checkpoint>> keys;
//   o.onHandleBoundary = [&](CheckpointSite &s) {
//       if (s.instructions() >= nextKey) if (auto cp = s.take()) keys.push_back(cp);
//   };
//   runScript(source, o, io);                 // records keyframes
//   int code = resumeCheckpoint(*keys[3], o2, io2);  // the rest, from key 3
//
// A checkpoint shares the run's immutable objects (code, str, ...; see
// interp/vm_clone.h) and their refcounts are not atomic: resume it on the
// thread of the run it was taken from, or once that run has ended.
//
// Only handle boundaries of the canonical shape can be taken (loop run by
// asyncio.run or loop.run_until_complete called from the main module's
// Python code; see asyncio/loop_checkpoint.h): take() returns null
// elsewhere, whyNot() says why. Cost: a deep copy of the VM (see the
// bench/checkpoint_bench figures).
#pragma once

#include "asyncio/loop_checkpoint.h"
#include "script_runner.h"
#include "trace_observer.h"

#include <memory>
#include <mutex>
#include <string>

namespace ls::runner {

struct Checkpoint {
    uint64_t handlesRun = 0;     // loop handles run before this point
    uint64_t instructions = 0;   // VM instructions executed before it
    double now = 0;              // virtual clock
    size_t objects = 0;          // live heap objects copied

    // Internals (resumeCheckpoint).
    interp::FrozenVm frozen;
    aio::LoopPosition pos;       // pointers into frozen
    TraceObserver::Pending tracePending;
    mutable std::mutex resumeLock;  // resuming reads-and-restores refcounts
};

// A handle boundary of a running script (RunOptions::onHandleBoundary).
class CheckpointSite {
public:
    uint64_t handlesRun() const;
    uint64_t instructions() const;
    double now() const;
    // Trace bytes written so far (flushed), stdout/stderr are the caller's.
    long traceBytes() const;
    // Whether take() can work here (the supported stack shape).
    bool canTake();
    // A checkpoint of this point, or null when the shape is not supported.
    std::shared_ptr<const Checkpoint> take();
    const std::string &whyNot() const { return whyNot_; }

    // For the runner.
    struct Context;
    explicit CheckpointSite(Context &c, void *loop, size_t remaining) : ctx_(c), loop_(loop), remaining_(remaining) {}

private:
    Context &ctx_;
    void *loop_;
    size_t remaining_;
    std::string whyNot_;
};

// Runs the rest of the program from `cp` (a copy of it: `cp` stays valid for
// more resumes; resumes of one checkpoint are serialised). Output and trace
// are only what follows the checkpoint; `opts.tracePath` is written anew.
// scriptPath/displayPath/seed/limits come from the checkpoint's run, except
// maxSteps; onHandleBoundary works as in runScript. Returns the exit code.
int resumeCheckpoint(const Checkpoint &cp, const RunOptions &opts, const RunOutput &io);

}  // namespace ls::runner

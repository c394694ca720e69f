// Private to the runner: what a run and its checkpoints share.
#pragma once

#include "checkpoint.h"
#include "trace_writer.h"

#include "interp/vm.h"

namespace ls::runner {

struct CheckpointSite::Context {
    interp::VM *vm = nullptr;
    TraceObserver *observer = nullptr;
    TraceWriter *trace = nullptr;
};

// runScript (cp null: from `source`) and resumeCheckpoint (from cp).
int runCommon(std::string_view source, const RunOptions &opts, const RunOutput &io, const Checkpoint *cp);

}  // namespace ls::runner

// Runs one script the way the run contract says (`loopscope run`): virtual
// clock, seeded random, output to the given streams, the trace, exit codes
// (0 ok, 1 uncaught exception, n for SystemExit(n), 3 deadlock, 4 budget).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ls::runner {

class CheckpointSite;  // checkpoint.h

struct RunOptions {
    std::string scriptPath;      // as given (sys.argv[0])
    std::string displayPath;     // absolute path shown in tracebacks
    uint64_t seed = 0;
    std::string tracePath;       // empty: no trace
    uint64_t maxSteps = 10'000'000;
    uint64_t maxInstructions = 0;
    uint64_t maxHeapBytes = 2ull << 30;
    // Called before each loop handle runs (checkpoint.h: the callee may
    // take a checkpoint there). Empty: no overhead.
    std::function<void(CheckpointSite &)> onHandleBoundary;
};

struct RunOutput {
    std::function<void(std::string_view)> out, err;
};

// Runs `source`; returns the process exit code.
int runScript(std::string_view source, const RunOptions &opts, const RunOutput &io);

}  // namespace ls::runner

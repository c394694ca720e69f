// libFuzzer target: compile and run any bytes as a script, as `loopscope
// run` does, under small budgets: 200,000 VM instructions, 10,000 loop
// handles and a 256 MiB memory cap. Every outcome the run contract names
// (an exit code) is fine; a crash, hang, leak or sanitizer report is a bug.
#include "runner/script_runner.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ls::runner::RunOptions opts;
    opts.scriptPath = "fuzz.py";
    opts.displayPath = "/fuzz/fuzz.py";
    opts.maxInstructions = 200'000;
    opts.maxSteps = 10'000;
    opts.maxHeapBytes = 256ull << 20;
    size_t written = 0;
    ls::runner::RunOutput io;
    io.out = [&](std::string_view s) { written += s.size(); };
    io.err = [&](std::string_view s) { written += s.size(); };
    (void)ls::runner::runScript(std::string_view(reinterpret_cast<const char *>(data), size), opts, io);
    return 0;
}

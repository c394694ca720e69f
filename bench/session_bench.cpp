// Session benchmark (docs/benchmarks.md, "Session"): a run of about
// 1,000,000 loop handles recorded in the history, then bytes per recorded
// step (history and VM keyframes), the time to jump to random steps
// (re-execution from the nearest keyframe), a step back, and the cost of
// line detection while it is on. Times are CPU time of the whole process
// (the engine's thread included): the machine may be shared.
//
//   session_bench [HANDLES] [JUMPS] [MIN_SPACING] [TASKS]
//   (defaults: 1,000,000 handles, 8 jumps, KeyframePolicy's spacing, 100
//   tasks alive all along; 10000 tasks make the heap, so keyframes, big)
#include "session/keyframes.h"
#include "session/session.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace ls::session;

namespace {

double cpuNow() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
// CPU seconds since t0 (of cpuNow()).
double since(double t0) { return cpuNow() - t0; }

Session::Status settle(Session &s, Session::Status st) {
    while (st == Session::Status::StillRunning) st = s.wait(1000);
    return st;
}

EngineConfig config(std::string source, std::string name) {
    EngineConfig c;
    c.source = std::move(source);
    c.scriptPath = name;
    c.displayPath = "/bench/" + name;
    c.maxHandles = 100'000'000;
    return c;
}

}  // namespace

int main(int argc, char **argv) {
    const long handles = argc > 1 ? std::atol(argv[1]) : 1'000'000;
    const int jumps = argc > 2 ? std::atoi(argv[2]) : 8;
    KeyframePolicy policy;
    if (argc > 3 && std::strtoull(argv[3], nullptr, 10) > 0) policy.minSpacing = std::strtoull(argv[3], nullptr, 10);
    const long tasks = argc > 4 ? std::atol(argv[4]) : 100, perTask = handles / tasks;
    std::ostringstream src;
    src << "import asyncio\n"
           "async def worker(n):\n"
           "    total = 0\n"
           "    for i in range(n):\n"
           "        total += i\n"
           "        await asyncio.sleep(0)\n"
           "    return total\n"
           "async def main():\n"
           "    r = await asyncio.gather(*(worker("
        << perTask << ") for _ in range(" << tasks << ")))\n"
        << "    print(sum(r))\n"
           "asyncio.run(main())\n";

    Session s(config(src.str(), "handles.py"), policy);
    double t0 = cpuNow();
    settle(s, s.step(Granularity::End));
    const double runSec = since(t0);
    auto end = s.snapshot();
    const size_t records = s.history().size();
    const double bytes = static_cast<double>(s.history().bytesUsed());
    std::printf("run: %llu handles, %llu instructions, %zu recorded steps in %.2f s (recording on)\n",
                static_cast<unsigned long long>(end->handles), static_cast<unsigned long long>(end->instructions), records, runSec);
    std::printf("history: %.1f MB, %.1f bytes per recorded step, %.1f bytes per handle\n", bytes / 1e6, bytes / records,
                bytes / static_cast<double>(end->handles));
    const auto &kf = s.keyframes();
    const double kbytes = static_cast<double>(kf.bytes());
    std::printf("keyframes: %zu kept of %llu taken, %.1f MB (%.2f MB each), spacing %llu instructions\n", kf.count(),
                static_cast<unsigned long long>(kf.taken()), kbytes / 1e6, kf.count() ? kbytes / 1e6 / kf.count() : 0.0,
                static_cast<unsigned long long>(kf.spacing()));
    std::printf("memory per recorded step (history + keyframes): %.1f bytes\n", (bytes + kbytes) / records);

    std::mt19937_64 rng(42);
    double total = 0, worst = 0;
    for (int i = 0; i < jumps; ++i) {
        uint64_t target = rng() % records;
        double j0 = cpuNow();
        settle(s, s.jumpToStep(target));
        double d = since(j0);
        total += d;
        worst = std::max(worst, d);
        std::printf("  jump to %llu: %.3f s\n", (unsigned long long)target, d);
        if (s.snapshot()->step != target) std::printf("  jump to %llu landed at %llu!\n", (unsigned long long)target, (unsigned long long)s.snapshot()->step);
    }
    std::printf("jump to a random step: mean %.3f s, worst %.3f s (%d jumps, %llu of %llu re-executions from a VM keyframe)\n",
                total / jumps, worst, jumps, static_cast<unsigned long long>(s.keyframeResumes()),
                static_cast<unsigned long long>(s.reExecutions()));
    settle(s, s.jumpToStep(records - 2));
    double b0 = cpuNow();
    settle(s, s.stepBack(Granularity::Handle));
    std::printf("step back one handle near the end: %.3f s\n", since(b0));
    double c0 = cpuNow();
    settle(s, s.jumpToStep(records - 2));
    std::printf("jump back to a recently shown step (snapshot cache): %.6f s\n", since(c0));

    // Line detection: the same CPU-bound script to its end with line points
    // off, and on (a line breakpoint that never hits keeps them on).
    std::ostringstream loops;
    loops << "total = 0\nx = 0.0\nfor i in range(2_000_000):\n    total += i * 3 % 7\n    x += i / 3.0\nprint(total, round(x, 2))\n";
    double off = 1e9, on = 1e9;
    for (int rep = 0; rep < 3; ++rep) {
        Session a(config(loops.str(), "loops.py"));
        double a0 = cpuNow();
        settle(a, a.step(Granularity::End));
        off = std::min(off, since(a0));
        Session b(config(loops.str(), "loops.py"));
        b.setBreakpoints({Breakpoint{Breakpoint::Kind::Line, 999, {}}});
        double b1 = cpuNow();
        settle(b, b.step(Granularity::End));
        on = std::min(on, since(b1));
    }
    std::printf("loops_arith (2M iterations): line points off %.3f s, on %.3f s (x%.2f)\n", off, on, on / off);
    return 0;
}

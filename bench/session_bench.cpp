// Session benchmark (docs/benchmarks.md, "Session"): a run of about
// 1,000,000 loop handles recorded in the history, then bytes per recorded
// step, the time to jump to random steps (re-execution from the nearest
// keyframe), a step back, and the cost of line detection while it is on.
//
//   session_bench [HANDLES]     (default 1,000,000)
#include "session/session.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace ls::session;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

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
    const long tasks = 100, perTask = handles / tasks;
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

    Session s(config(src.str(), "handles.py"));
    auto t0 = Clock::now();
    settle(s, s.step(Granularity::End));
    const double runSec = since(t0);
    auto end = s.snapshot();
    const size_t records = s.history().size();
    const double bytes = static_cast<double>(s.history().bytesUsed());
    std::printf("run: %llu handles, %llu instructions, %zu recorded steps in %.2f s (recording on)\n",
                static_cast<unsigned long long>(end->handles), static_cast<unsigned long long>(end->instructions), records, runSec);
    std::printf("history: %.1f MB, %.1f bytes per recorded step, %.1f bytes per handle\n", bytes / 1e6, bytes / records,
                bytes / static_cast<double>(end->handles));

    std::mt19937_64 rng(42);
    const int jumps = 8;
    double total = 0, worst = 0;
    for (int i = 0; i < jumps; ++i) {
        uint64_t target = rng() % records;
        auto j0 = Clock::now();
        settle(s, s.jumpToStep(target));
        double d = since(j0);
        total += d;
        worst = std::max(worst, d);
        if (s.snapshot()->step != target) std::printf("  jump to %llu landed at %llu!\n", (unsigned long long)target, (unsigned long long)s.snapshot()->step);
    }
    std::printf("jump to a random step: mean %.3f s, worst %.3f s (%d jumps, re-execution from the start keyframe)\n",
                total / jumps, worst, jumps);
    settle(s, s.jumpToStep(records - 2));
    auto b0 = Clock::now();
    settle(s, s.stepBack(Granularity::Handle));
    std::printf("step back one handle near the end: %.3f s\n", since(b0));
    auto c0 = Clock::now();
    settle(s, s.jumpToStep(records - 2));
    std::printf("jump back to a recently shown step (snapshot cache): %.6f s\n", since(c0));

    // Line detection: the same CPU-bound script to its end with line points
    // off, and on (a line breakpoint that never hits keeps them on).
    std::ostringstream loops;
    loops << "total = 0\nx = 0.0\nfor i in range(2_000_000):\n    total += i * 3 % 7\n    x += i / 3.0\nprint(total, round(x, 2))\n";
    double off = 1e9, on = 1e9;
    for (int rep = 0; rep < 3; ++rep) {
        Session a(config(loops.str(), "loops.py"));
        auto a0 = Clock::now();
        settle(a, a.step(Granularity::End));
        off = std::min(off, since(a0));
        Session b(config(loops.str(), "loops.py"));
        b.setBreakpoints({Breakpoint{Breakpoint::Kind::Line, 999, {}}});
        auto b1 = Clock::now();
        settle(b, b.step(Granularity::End));
        on = std::min(on, since(b1));
    }
    std::printf("loops_arith (2M iterations): line points off %.3f s, on %.3f s (x%.2f)\n", off, on, on / off);
    return 0;
}

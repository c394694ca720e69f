// Checkpoint benchmark (runner/checkpoint.h): runs a script while taking
// keyframes every N VM instructions, then jumps to handles late in the run
// (resume the nearest keyframe before the target, run to the target).
// Prints the figures the session's keyframe policy needs: checkpoint size
// (malloc'd bytes the copy keeps), time to take one, bytes per recorded
// handle, and jump times (all times are CPU time).
//
//   checkpoint_bench SCRIPT [instructions-between-keyframes] [jumps]
#include "runner/checkpoint.h"
#include "runner/script_runner.h"

#include <malloc.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace ls::runner;

namespace {

// CPU time of this process (the machine may be shared: wall time lies).
double cpuMs() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }
size_t heapBytes() { return mallinfo2().uordblks + mallinfo2().hblkhd; }

struct Key {
    std::shared_ptr<const Checkpoint> cp;
    uint64_t handle;  // boundary index it was taken at
    size_t bytes;
    double takeMs;
};

struct Reached {};  // thrown by the hook at the jump target

}  // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s SCRIPT [instructions-between-keyframes] [jumps]\n", argv[0]);
        return 2;
    }
    std::ifstream in(argv[1]);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string source = ss.str();
    const uint64_t spacing = argc > 2 ? std::stoull(argv[2]) : 20'000'000;
    const int jumps = argc > 3 ? std::stoi(argv[3]) : 10;

    RunOptions o;
    o.scriptPath = o.displayPath = argv[1];
    RunOutput io{[](std::string_view) {}, [](std::string_view) {}};

    // Plain run: the baseline.
    uint64_t boundaries = 0, instructions = 0;
    o.onHandleBoundary = [&](CheckpointSite &s) { ++boundaries; instructions = s.instructions(); };
    double c0 = cpuMs();
    runScript(source, o, io);
    const double plainMs = cpuMs() - c0;

    // Recording run: a keyframe every `spacing` instructions.
    std::vector<Key> keys;
    uint64_t n = 0, nextKey = 0;
    o.onHandleBoundary = [&](CheckpointSite &s) {
        if (s.instructions() >= nextKey) {
            size_t before = heapBytes();
            double c = cpuMs();
            auto cp = s.take();
            double took = cpuMs() - c;
            if (cp) {
                keys.push_back({cp, n, heapBytes() - before, took});
                nextKey = s.instructions() + spacing;
            }
        }
        ++n;
    };
    c0 = cpuMs();
    runScript(source, o, io);
    const double recordMs = cpuMs() - c0;
    size_t total = 0;
    double takeTotal = 0, takeMax = 0;
    for (auto &k : keys) {
        total += k.bytes;
        takeTotal += k.takeMs;
        takeMax = std::max(takeMax, k.takeMs);
    }
    std::printf("script            %s\n", argv[1]);
    std::printf("handles           %llu\n", static_cast<unsigned long long>(boundaries));
    std::printf("instructions      %llu\n", static_cast<unsigned long long>(instructions));
    std::printf("plain run         %.1f ms CPU\n", plainMs);
    std::printf("recording run     %.1f ms (keyframe every %llu instructions)\n", recordMs,
                static_cast<unsigned long long>(spacing));
    std::printf("keyframes         %zu\n", keys.size());
    if (keys.empty()) return 1;
    std::printf("keyframe size     avg %.2f MB, max %.2f MB (%zu objects in the last)\n",
                total / 1e6 / keys.size(),
                std::max_element(keys.begin(), keys.end(), [](auto &a, auto &b) { return a.bytes < b.bytes; })->bytes / 1e6,
                keys.back().cp->objects);
    std::printf("take              avg %.2f ms, max %.2f ms\n", takeTotal / keys.size(), takeMax);
    std::printf("bytes per handle  %.1f\n", static_cast<double>(total) / static_cast<double>(boundaries));

    // Jumps: targets spread over the run, each from the keyframe before it.
    double jumpMax = 0, jumpTotal = 0, resumeCopyTotal = 0;
    for (int j = 1; j <= jumps; ++j) {
        uint64_t target = boundaries * j / (jumps + 1);
        const Key *k = &keys.front();
        for (auto &key : keys)
            if (key.handle <= target) k = &key;
        uint64_t m = k->handle;
        RunOptions r = o;
        double firstBoundary = -1;
        r.onHandleBoundary = [&](CheckpointSite &) {
            if (firstBoundary < 0) firstBoundary = cpuMs();
            if (m++ == target) throw Reached{};
        };
        double c = cpuMs();
        try {
            resumeCheckpoint(*k->cp, r, io);
        } catch (const Reached &) {
        }
        double took = cpuMs() - c;
        resumeCopyTotal += firstBoundary - c;
        jumpTotal += took;
        jumpMax = std::max(jumpMax, took);
    }
    std::printf("jump              avg %.1f ms, max %.1f ms (of which resume copy avg %.1f ms) over %d jumps\n",
                jumpTotal / jumps, jumpMax, resumeCopyTotal / jumps, jumps);
    return 0;
}

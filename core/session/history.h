// The history of a run: one compact StepRecord per recorded pause point
// (every PauseKind but Line), appended by the engine as the run first goes
// past it. Re-execution is deterministic (ids, Task-N, random seed, virtual
// clock), so a record is a position to return to, not a copy of the state:
// going back re-runs the script from the nearest Keyframe to it.
#pragma once

#include "step_kinds.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace ls::session {

// 32 bytes: where a pause point is (instruction count, handles, tick, clock)
// and what it was.
struct StepRecord {
    uint64_t instructions = 0;  // VM instructions executed before it
    double t = 0;               // virtual clock
    uint32_t handles = 0;       // loop handles run (low 32 bits)
    uint32_t tick = 0;          // loop iterations
    uint32_t task = 0;          // creation number (1-based) of the task concerned, 0 none
    PauseKind kind = PauseKind::Start;
    uint8_t flags = 0;          // kSoftEnd, kStepHandle
    static constexpr uint8_t kSoftEnd = 1;     // End caused by a stop request (not reproducible)
    static constexpr uint8_t kTaskHandle = 2;  // HandleBegin/End of a task's step or wakeup
};
static_assert(sizeof(StepRecord) <= 32);

// Appended by the engine thread, read by the session thread: a mutex keeps
// the two apart (the engine appends only when it first passes a point).
class History {
public:
    size_t size() const;
    StepRecord at(size_t i) const;
    // Appends when `index` is the next one; a soft End at `index` (a stop
    // request) is replaced by what the re-run finds there.
    void record(size_t index, const StepRecord &r);
    // A copy of records [from, to).
    std::vector<StepRecord> range(size_t from, size_t to) const;
    // The first record at or after virtual time t (size() if none).
    size_t firstAtTime(double t) const;
    size_t bytesUsed() const;

private:
    mutable std::mutex m_;
    std::vector<StepRecord> records_;
};

// A state of a run the engine can start from: the start of the run (a
// fresh VM) or a VM checkpoint taken at a handle boundary (keyframes.h);
// the session asks the store for the latest keyframe at or before the
// record it wants.
struct Keyframe {
    virtual ~Keyframe() = default;
    virtual uint64_t recordIndex() const = 0;   // history index it resumes at
    virtual uint64_t instructions() const = 0;  // work done before it
};

// How VM keyframes are spaced (keyframes.h): by work done, and within a
// memory budget proportional to the history.
struct KeyframePolicy {
    uint64_t minSpacing = 500'000;    // VM instructions between keyframes, at least
    double bytesPerRecord = 64;       // keyframe memory per recorded step, at most ...
    size_t floorBytes = 16u << 20;    // ... or this much, whichever is more
};

class KeyframeStore {
public:
    virtual ~KeyframeStore() = default;
    // The latest keyframe at or before record `index` (never null: the start).
    virtual std::shared_ptr<const Keyframe> nearest(uint64_t index) const = 0;
};

// The start of the run: record 0, no instructions.
struct StartKeyframe final : Keyframe {
    uint64_t recordIndex() const override { return 0; }
    uint64_t instructions() const override { return 0; }
};

}  // namespace ls::session

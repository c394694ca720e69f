// Keyframes that are VM checkpoints: the engine copies its whole VM
// (interp/vm_clone.h) at loop handle boundaries, spaced by work done (VM
// instructions), so that going back or jumping re-executes from the
// nearest copy instead of from the start of the run.
//
// A keyframe is the frozen VM, the position in run_until_complete's C++
// frames (asyncio/loop_checkpoint.h) and the engine's own state at that
// moment (history index, task records, output so far). Resuming it gives
// the same run as re-executing from the start: same ids, Task-N, clock,
// output and history records (tests/tst_keyframes.cpp checks).
//
// Memory: keyframes may use at most `bytesPerRecord` per recorded step of
// the history (with a floor of `floorBytes`). When they pass it, every
// other one goes and the spacing doubles, so the spacing adapts to the
// size of the VM (big heaps: fewer keyframes) and the cost of a jump stays
// bounded by one copy plus one spacing of re-execution. When the history
// has grown enough to hold more, the spacing comes back down to twice what
// the budget sustains (keyframe size / (budget per record x records per
// instruction)), never under KeyframePolicy::minSpacing.
#pragma once

#include "engine.h"
#include "history.h"

#include "asyncio/loop_checkpoint.h"
#include "interp/vm_clone.h"

#include <map>
#include <memory>
#include <mutex>

namespace ls::session {

struct VmKeyframe final : Keyframe {
    uint64_t recordIndex() const override { return index; }
    uint64_t instructions() const override { return instr; }

    uint64_t index = 0;   // the first history record the resumed run reaches
    uint64_t instr = 0;   // VM instructions executed before it
    size_t bytes = 0;     // memory it keeps (malloc'd bytes, measured)

    interp::FrozenVm frozen;
    aio::LoopPosition pos;                  // pointers into frozen
    std::vector<Engine::TaskRecord> tasks;  // the engine's records so far
    std::shared_ptr<const std::vector<OutputLine>> output;  // lines [0, outputCount) are the run's
    size_t outputCount = 0;
    size_t outputBytes = 0;
    mutable std::mutex resumeLock;  // a resume reads and restores refcounts
};

class VmKeyframes final : public KeyframeStore {
public:
    explicit VmKeyframes(std::shared_ptr<const History> history, KeyframePolicy policy = {});
    ~VmKeyframes() override;

    // The latest keyframe at or before record `index` (the start when none).
    std::shared_ptr<const Keyframe> nearest(uint64_t index) const override;

    // Engine thread, at a handle boundary: whether a keyframe is wanted at
    // this instruction count (none within the spacing before it, nor
    // within half of it after it: a re-execution passing by again).
    bool due(uint64_t instructions) const;
    // A keyframe could not be taken here (not the supported stack shape,
    // the C++ stack holds references): try again a spacing/8 later.
    void refused(uint64_t instructions);
    void add(std::shared_ptr<VmKeyframe> k);

    size_t count() const;
    size_t bytes() const;
    uint64_t spacing() const;
    uint64_t taken() const;  // keyframes added since the start (thinned ones too)

private:
    size_t budget() const;
    void thin();  // under m_

    std::shared_ptr<const History> history_;
    KeyframePolicy policy_;
    mutable std::mutex m_;
    std::map<uint64_t, std::shared_ptr<VmKeyframe>> byInstr_;  // keyed by instructions
    std::shared_ptr<const Keyframe> start_ = std::make_shared<StartKeyframe>();
    size_t bytes_ = 0;
    uint64_t spacing_;
    uint64_t refusedAt_ = 0;
    bool anyRefused_ = false;
    uint64_t taken_ = 0;
};

// Takes a keyframe of `vm`, stopped at a handle boundary of `loop` with
// `remaining` handles of this iteration to run; null when the cloner
// refuses (the caller fills in the engine state).
std::shared_ptr<VmKeyframe> takeVmKeyframe(interp::VM &vm, aio::EventLoopObject *loop, size_t remaining);

// A running copy of `k` writing to `host`: the VM, its frame chain and the
// loop position in it (for aio::resumeRunMain).
struct ResumedVm {
    std::unique_ptr<interp::VM> vm;
    std::vector<interp::Frame *> chain;
    aio::LoopPosition pos;
};
ResumedVm resumeVmKeyframe(const VmKeyframe &k, interp::VmHost &host);

}  // namespace ls::session

// A Session owns one run of one script: it steps it forward at the
// granularity the teacher picks, goes back and jumps anywhere, and after
// each move hands out an immutable Snapshot.
//
// The run itself is an Engine on its own thread (engine.h). The session
// keeps a cursor (the position shown) and a History of every recorded pause
// point. Going back or jumping re-executes the script from the nearest
// Keyframe to the target in fast mode (no snapshots on the way); recently
// shown Snapshots are cached, so going back and forth over them is free.
//
// All calls come from one thread (the GUI's or a test's), except stop().
#pragma once

#include "engine.h"
#include "narration.h"

#include <deque>
#include <memory>
#include <mutex>

namespace ls::session {

class VmKeyframes;  // keyframes.h (it brings the VM's headers: not here, Qt's `slots` macro)

class Session {
public:
    enum class Status {
        Paused,        // the step arrived; snapshot() shows it
        StillRunning,  // the step's time budget ran out: wait() again or stop()
        Ended,         // arrived at the end of the run
    };

    explicit Session(EngineConfig config, KeyframePolicy keyframes = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Forward by one step of `g` (TaskDone: until `task` finishes, any task
    // when empty). Also stops at breakpoints and at the end.
    Status step(Granularity g, const std::string &task = {});
    // Back to the latest earlier position where a step of `g` would stop.
    Status stepBack(Granularity g, const std::string &task = {});
    // To the recorded pause point `index` (history index; runs forward when
    // the run has not got there yet).
    Status jumpToStep(uint64_t index);
    // To the first pause point at virtual time >= t.
    Status jumpToTime(double t);
    // After StillRunning: waits up to `ms` more for the step to arrive.
    Status wait(int ms);
    // Stops the script running now (an endless loop, a spawner, a flood of
    // output): the run ends with status "stopped" and the session stays
    // usable (back, jump). Thread-safe.
    void stop();
    bool running() const { return pending_; }

    void setBreakpoints(std::vector<Breakpoint> bps) { breakpoints_ = std::move(bps); }
    const std::vector<Breakpoint> &breakpoints() const { return breakpoints_; }
    // How long step() waits before answering StillRunning (default 5 s).
    void setStepTimeout(int ms) { stepTimeoutMs_ = ms; }
    // Recently shown Snapshots kept for instant returns (default 64; 0: off).
    void setSnapshotCacheSize(size_t n) {
        cacheSize_ = n;
        while (cache_.size() > n) cache_.pop_front();
    }

    SnapshotPtr snapshot() const { return current_; }
    const History &history() const { return *history_; }
    // Re-executions started so far (benchmarks, tests).
    uint64_t reExecutions() const { return reExecutions_; }
    // The VM checkpoints re-executions start from (keyframes.h).
    const VmKeyframes &keyframes() const { return *keyframes_; }
    // Re-executions that started from a VM keyframe rather than the start.
    uint64_t keyframeResumes() const { return keyframeResumes_; }

private:
    struct Pos {
        uint64_t index = 0;         // history index (Line: of the last recorded point before it)
        uint64_t instructions = 0;
        bool line = false;
    };
    static bool before(const Pos &a, const Pos &b);
    Pos engineAt() const;
    EngineOrders ordersFor(Granularity g, const std::string &task);
    std::function<bool(const PausePoint &)> landingAt(const Pos &q);
    // Brings the engine to q; with a stepStart index, returns the snapshot
    // of that earlier recorded point as it passes it (see landAt).
    SnapshotPtr syncEngineTo(const Pos &q, bool buildSnapshot, uint64_t stepStart = UINT64_MAX);
    // The last recorded point before `end` where a step of `g` stops.
    bool lastMatchBefore(uint64_t end, Granularity g, const std::string &task, uint64_t &found) const;
    // Where a step of `g` landing at q started (UINT64_MAX: q is the start).
    uint64_t stepStartFor(const Pos &q, Granularity g, const std::string &task) const;
    // `prev`: the state the last step started from (null: unknown).
    Status finishPause(Granularity g, const Snapshot *prev);
    Status landAt(const Pos &q, Granularity g, const std::string &task = {});
    std::unique_ptr<Engine> freshEngine(std::shared_ptr<const VmKeyframe> from = nullptr);
    void replaceEngine(uint64_t target);
    bool recordMatches(const StepRecord &r, Granularity g, const std::string &task) const;
    bool findLineBefore(const Pos &p, Pos &out);
    void waitUntilPaused(Engine &e);
    // Runs past the recorded history until `until`; the jump's step starts
    // at recorded point `stepStart` (UINT64_MAX: unknown, e.g. a time).
    Status runForward(std::function<bool(const PausePoint &)> until, uint64_t stepStart = UINT64_MAX);

    EngineConfig config_;
    std::shared_ptr<History> history_;
    std::unique_ptr<VmKeyframes> keyframes_;  // outlives the engines that fill it
    std::unique_ptr<Engine> engine_;
    mutable std::mutex engineMutex_;  // stop() from another thread vs engine swaps
    std::vector<Breakpoint> breakpoints_;
    int stepTimeoutMs_ = 5000;
    bool pending_ = false;
    Granularity pendingGranularity_ = Granularity::Event;
    bool pendingJump_ = false;  // the pending move is a runForward jump
    SnapshotPtr jumpStart_;     // its step's start, when the engine was paused there
    Pos cursor_;
    SnapshotPtr current_;
    std::deque<std::pair<Pos, SnapshotPtr>> cache_;  // recently shown, newest last
    size_t cacheSize_ = 64;
    std::vector<std::string> taskNames_;             // by creation number - 1
    uint64_t reExecutions_ = 0;
    uint64_t keyframeResumes_ = 0;
};

// The narration of the move from `prev` to `cur` (prev may be null).
Narration narrate(const Snapshot *prev, const Snapshot &cur);

}  // namespace ls::session

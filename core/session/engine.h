// One run of one script on its own thread, pausable at pause points.
//
// The engine nests C++ frames (asyncio.run -> run_until_complete ->
// run_forever -> _run_once -> Task step -> VM::resume -> eval), so a run
// cannot return from the middle of a step. Instead it runs on a worker
// thread and *pauses* by blocking that thread inside the hooks (LoopObserver,
// VmHost, the VM's instruction hook). While it is blocked the VM is still,
// the snapshot is built, and the session decides what happens next.
#pragma once

#include "history.h"
#include "snapshot.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace ls::interp { class VM; struct Frame; }
namespace ls::aio { struct EventLoopObject; }

namespace ls::session {

struct VmKeyframe;
class VmKeyframes;
struct ResumedVm;

struct EngineConfig {
    std::string source;
    std::string scriptPath;   // sys.argv[0]
    std::string displayPath;  // the file name frames and tracebacks show
    uint64_t seed = 0;
    uint64_t maxInstructions = 0;       // 0: none
    uint64_t maxHandles = 10'000'000;
    uint64_t maxHeapBytes = 2ull << 30;
    uint64_t maxOutputBytes = 64ull << 20;  // a runaway print loop stops here
};

// A pause point as the stop condition sees it (engine thread).
struct PausePoint {
    PauseKind kind = PauseKind::Start;
    uint64_t index = 0;         // history index (Line: of the last recorded point)
    uint64_t instructions = 0;
    double t = 0;
    uint64_t tick = 0, handles = 0;
    uint32_t taskNumber = 0;    // creation number of the task concerned (0 none)
    std::string task;           // its name (Line: the running task, "" outside tasks)
    std::string detail;         // HandleBegin/End: the handle's label
    int line = 0;               // Line only
    bool taskHandle = false;    // HandleBegin/End of a task's step or wakeup
    bool locksChanged = false;  // HandleEnd with watchLocks: an owner changed
    double timeout = -1;        // Timeout: the poll's timeout in seconds
    std::string endStatus;      // End: ok error deadlock limit stopped
    int exitCode = 0;
};

// What the engine does until its next pause (set while it is paused).
struct EngineOrders {
    // True where the run should pause (End always pauses).
    std::function<bool(const PausePoint &)> stopAt;
    // Line pause points exist from this instruction count on (UINT64_MAX: none).
    uint64_t linesFrom = UINT64_MAX;
    bool watchLocks = false;    // compute PausePoint::locksChanged at HandleEnd
    bool buildSnapshot = true;  // at the pause (fast re-execution: false on the way)
    // Re-execution landing on a line: the instruction at linesFrom is a
    // Line point whatever the line detection says (it was one in the run
    // that recorded it).
    bool forceFirstLine = false;
    // A landing (jump, step back) also builds, without pausing, the snapshot
    // of the recorded point where the step it lands by starts, and keeps only
    // the events after it: the narration and the events then tell that step,
    // not everything re-executed on the way (UINT64_MAX: none).
    uint64_t stepStartIndex = UINT64_MAX;
};

class Engine {
public:
    Engine(EngineConfig config, std::shared_ptr<History> history);
    ~Engine();  // aborts the run (wherever it is) and joins the thread
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // Before the first go(): take keyframes into `store` (keyframes.h) at
    // handle boundaries, and start from `from` instead of the start of the
    // run when given (its record index is the first this run reaches).
    void useKeyframes(VmKeyframes *store, std::shared_ptr<const VmKeyframe> from);

    // Starts (first call) or resumes the run with new orders. Only while paused.
    void go(EngineOrders orders);
    // Waits until the run pauses; false when it still runs after `ms`.
    bool waitPaused(int ms);
    bool paused() const;
    // Stops the script running now (runaway): the run ends with status
    // "stopped" at the next instruction check. Thread-safe.
    void requestStop();

    // Valid while paused.
    const PausePoint &at() const { return at_; }
    std::shared_ptr<Snapshot> takeSnapshot() { return std::move(snapshot_); }
    // The snapshot at EngineOrders::stepStartIndex, if the run passed it.
    std::shared_ptr<Snapshot> takeStepStart() { return std::move(stepStart_); }
    // Builds the snapshot of where the run is paused, on the calling thread
    // (the engine thread is blocked, so the VM is still).
    void snapshotNow();
    // Recorded points passed since the previous pause (the last 200 kept).
    std::vector<EventView> takeEvents(uint64_t &dropped);

    // Engine-thread internals (hooks call these).
    void reach(PausePoint p, interp::Frame *frame = nullptr);
    void onInstruction(interp::Frame *f);
    void onWrite(int stream, std::string_view text);
    void noteEvent(const PausePoint &p, std::string detail);
    struct TaskRecord {
        uint64_t seq = 0;
        std::string name, coro;
        std::string finalState;  // "" while not done
        std::string result, exception;
        bool started = false;
    };
    std::vector<TaskRecord> &tasks() { return tasks_; }
    TaskRecord *taskRecord(uint64_t seq);
    interp::VM *vm() { return vm_; }
    const EngineConfig &config() const { return config_; }
    uint64_t nextIndex() const { return nextIndex_; }

private:
    void threadMain();
    void runScript(interp::VM &vm, PausePoint &end, ResumedVm *resume);
    void onHandleBoundary(aio::EventLoopObject *loop, size_t remaining);
    void pauseHere(const PausePoint &p, interp::Frame *frame);
    std::string lockFingerprint();

    EngineConfig config_;
    std::shared_ptr<History> history_;
    std::thread thread_;

    mutable std::mutex m_;
    std::condition_variable cv_;
    bool paused_ = false, started_ = false, finished_ = false;
    uint64_t resumeGeneration_ = 0;
    std::atomic<bool> aborting_{false};
    std::atomic<bool> stopRequested_{false};
    bool dead_ = false;  // the VM is being torn down: hooks do nothing

    // Engine-thread state.
    EngineOrders orders_;
    interp::VM *vm_ = nullptr;
    uint64_t nextIndex_ = 0;
    PausePoint at_;
    interp::Frame *atFrame_ = nullptr;
    std::shared_ptr<Snapshot> snapshot_;
    std::shared_ptr<Snapshot> stepStart_;
    std::shared_ptr<std::vector<OutputLine>> output_;
    size_t outputBytes_ = 0;
    bool outputLimitHit_ = false;
    std::vector<EventView> events_;
    uint64_t eventsDropped_ = 0;
    std::vector<TaskRecord> tasks_;
    std::string lockPrint_;
    // Line detection: the previous instruction the hook saw.
    const interp::Frame *lastFrame_ = nullptr;
    uint32_t lastIdx_ = 0;
    int lastLine_ = -1;
    const void *lastCode_ = nullptr;
    bool lastCodeInScript_ = false;
    uint64_t appliedLinesFrom_ = UINT64_MAX;
    // Keyframes (keyframes.h).
    VmKeyframes *keyframes_ = nullptr;
    std::shared_ptr<const VmKeyframe> from_;
    friend class SnapshotBuilder;
};

}  // namespace ls::session

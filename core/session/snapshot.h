// The Snapshot: everything the window shows at one moment of a run, as an
// immutable value. Views paint Snapshots only; the `snapshot` CLI prints
// them (docs/snapshot-schema.md). Built on the engine's thread while it is
// paused, then shared read-only (std::shared_ptr<const Snapshot>).
#pragma once

#include "narration.h"
#include "step_kinds.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ls::session {

// One activation of a task's (or the module's) call stack, outermost first.
struct FrameView {
    std::string function;   // qualname ("main", "worker", "Lock.acquire", "<module>")
    std::string file;       // "" for the asyncio model's own code
    int line = 0;
    std::string text;       // that source line, stripped ("" outside the script)
    bool inScript = false;  // the teacher's code (false: asyncio's internals)
    std::vector<std::pair<std::string, std::string>> locals;  // name, safe repr
};

// What a suspended task waits for.
struct AwaitView {
    std::string kind;    // "" (not waiting), sleep, future, task, lock, semaphore, event,
                         // condition, queue_get, queue_put, gather, wait, barrier
    double until = -1;   // sleep: the timer's when
    std::string target;  // task name, primitive name, or the future's repr
};

struct TaskView {
    uint64_t seq = 0;          // creation order
    std::string name, coro;
    std::string state;         // pending running suspended finished cancelled failed
    AwaitView awaits;
    std::vector<FrameView> stack;  // coroutine chain: outermost (the task's coro) first
    int line = -1;             // the task coroutine's current line (-1: not started/done)
    std::string result;        // finished: repr of the result
    std::string exception;     // failed: "Type: message"
};

struct HandleView {
    std::string label;  // the run contract's label (step:Task-2, wakeup:Task-2, cb:NAME)
    std::string task;   // the task it belongs to ("" for plain callbacks)
    bool cancelled = false;
};

struct TimerView {
    double when = 0;
    std::string label;  // as the trace's timer labels (Task-N or cb:NAME)
    bool cancelled = false;
};

// Lock, Semaphore, BoundedSemaphore, Event, Condition, Barrier, Queue (and
// its Priority/Lifo subclasses).
struct SyncView {
    uint64_t id = 0;            // the object's id() serial
    std::string type;           // "Lock", "Semaphore", "Queue", ...
    std::string name;           // a variable that refers to it ("lock", "q"), or ""
    std::vector<std::string> owners;   // Lock: the holder; Semaphore: slot holders
    bool locked = false;        // Lock/Condition: held; Event: set
    int64_t value = -1;         // Semaphore: free slots; Queue: qsize
    int64_t capacity = -1;      // BoundedSemaphore: bound; Queue: maxsize (0 unbounded)
    std::vector<std::string> waiters;  // tasks waiting, in wake-up order
    std::vector<std::string> putters;  // Queue: tasks waiting to put
    std::vector<std::string> contents; // Queue: items, head first (safe reprs)
};

struct OutputLine {
    double t = 0;
    int stream = 1;     // 1 stdout, 2 stderr
    std::string text;   // one write (print's sep/end applied)
};

// One recorded pause point the last step went through.
struct EventView {
    PauseKind kind = PauseKind::Start;
    uint64_t index = 0;  // history index
    double t = 0;
    std::string task;    // the task concerned, if any
    std::string detail;  // handle label, output text, final state, ...
};

enum class LoopPhase : uint8_t { NotRunning, RunningHandles, ComputingTimeout, Polling, MovingTimers };
std::string_view loopPhaseName(LoopPhase p);

struct Snapshot {
    // Where we are.
    uint64_t step = 0;              // history index of the last pause point passed
    Granularity granularity = Granularity::Event;  // of the step that led here
    PauseKind pause = PauseKind::Start;  // the pause point we are at
    uint64_t instructions = 0, handles = 0, tick = 0;
    double t = 0;
    LoopPhase phase = LoopPhase::NotRunning;
    double timeout = -1;            // ComputingTimeout: the poll's timeout (s); -1 otherwise
    bool ended = false;
    std::string endStatus;          // ok error deadlock limit stopped
    int exitCode = 0;

    // The current position in the teacher's code.
    std::string runningTask;        // "" when no task runs
    int line = -1;                  // line of the script's innermost frame (-1 none)
    std::string lineText;           // that source line, stripped

    std::vector<HandleView> ready;  // loop._ready, head first, cancelled ones included
    std::vector<TimerView> heap;    // loop._scheduled in array order
    std::vector<TaskView> tasks;    // every task seen, creation order (done ones too)
    std::vector<FrameView> moduleStack;  // frames outside any task (module code, asyncio.run)
    std::vector<SyncView> sync;
    // Output so far. The engine appends to the shared log past
    // `outputCount` (never moving what is below it), so read it through
    // outputLines() only.
    std::shared_ptr<const std::vector<OutputLine>> output;
    size_t outputCount = 0;
    std::span<const OutputLine> outputLines() const {
        return output ? std::span<const OutputLine>(output->data(), outputCount) : std::span<const OutputLine>();
    }
    std::vector<EventView> events;  // of the last step (at most the last 200)
    uint64_t eventsDropped = 0;     // older events of the step not kept
    Narration narration;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

}  // namespace ls::session

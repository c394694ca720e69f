// The vocabulary of stepping: where a run can pause (PauseKind), how far a
// step goes (Granularity), and the breakpoints a teacher can set.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ls::session {

// The engine's pause points, in the order a run meets them. Every kind but
// Line is recorded in the history (one StepRecord each); Line points exist
// only while line stepping or line breakpoints need them.
enum class PauseKind : uint8_t {
    Start,        // before the script's first instruction
    Line,         // a source line of the script starts (any frame of the script)
    TaskCreated,  // a Task was made (pending)
    Tick,         // a loop iteration: expired timers moved, handles not yet run
    HandleBegin,  // a ready handle is about to run
    HandleEnd,    // that handle returned
    TaskDone,     // a task finished, was cancelled or failed
    Output,       // print() or a write to stdout/stderr
    Clock,        // the virtual clock moved (the loop's poll or time.sleep)
    End,          // the run is over (ok, error, deadlock, limit, stopped)
    Timeout,      // the loop computed its poll's timeout (before polling)
};

enum class Granularity : uint8_t {
    Event,      // the next recorded pause point, whatever it is
    Line,       // the next source line of the script
    Handle,     // one handle of the ready queue (a task running to its next await)
    Iteration,  // one loop iteration (_run_once)
    Output,     // until the next output
    Clock,      // until the virtual clock moves
    TaskDone,   // until a given task finishes
    End,        // to the end
};

std::string_view pauseKindName(PauseKind k);
std::string_view granularityName(Granularity g);
// Parses the CLI/JSON names ("line", "handle", "iteration"/"tick", ...).
bool parseGranularity(std::string_view s, Granularity &out);

// Conditions a step also stops at. A line breakpoint stops when the line
// starts (in any task, or only in `task` when not empty).
struct Breakpoint {
    enum class Kind : uint8_t { Line, TaskStateChange, LockChange } kind = Kind::Line;
    int line = 0;
    std::string task;  // Line: only in this task; TaskStateChange: only this task
};

}  // namespace ls::session

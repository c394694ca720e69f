// What the last step did, as structured data (a kind and its arguments) and
// one formatter that says it in English or Chinese, so the CLI, the window
// and exported pictures use the same sentence.
//
// A Narration is a head (what ran) and its consequences, rendered as
// "HEAD: C1, C2 and C3" / "HEAD：C1，C2，C3".
#pragma once

#include <string>
#include <vector>

namespace ls::session {

enum class NarrationKind {
    // heads
    RunStarted,       // ()
    TaskReached,      // (task, code)            Task-2 reached `await asyncio.sleep(2)`
    TaskRanLine,      // (task, line, code)      Task-2 runs line 5: `x += 1`
    ModuleRanLine,    // (line, code)
    CallbackRan,      // (label)
    LoopIteration,    // (tick, ready count)
    ClockMoved,       // (from, to)
    Printed,          // (text)
    TaskStarted,      // (task)
    RunEnded,         // (status)
    NothingHappened,  // ()
    TimeoutReady,     // (ready count)           poll timeout 0: handles are ready
    TimeoutStopping,  // ()                      poll timeout 0: the loop is stopping
    TimeoutUntil,     // (seconds, when)         poll may wait until the earliest timer
    // consequences
    TimerAdded,       // (when)                  a timer for t=2.00 joined the heap
    TimerExpired,     // (label, when)           the timer of Task-2 (t=2.00) moved to the ready queue
    TaskSuspended,    // (task, reason)          Task-2 is suspended (sleep until 2.00)
    TaskFinished,     // (task, result)
    TaskFailed,       // (task, exception)
    TaskCancelled,    // (task)
    TaskCreated,      // (task, coro)
    HandleQueued,     // (label)                 step:Task-3 joined the ready queue
    LockTaken,        // (task, lock)
    LockReleased,     // (task, lock)
    OutputWritten,    // (text)
    TaskWaits,        // (task, reason)          for a task that stays waiting
};

struct NarrationItem {
    NarrationKind kind;
    std::vector<std::string> args;
};

struct Narration {
    std::vector<NarrationItem> items;  // items[0] is the head
    bool empty() const { return items.empty(); }
};

enum class Language { English, Chinese };

// The sentence for `n` in `lang` (UTF-8).
std::string formatNarration(const Narration &n, Language lang);
// One item alone (the head, or a consequence as a clause).
std::string formatNarrationItem(const NarrationItem &item, Language lang);
// "TaskReached", ... (JSON).
const char *narrationKindName(NarrationKind k);

}  // namespace ls::session

#include "step_kinds.h"

namespace ls::session {

std::string_view pauseKindName(PauseKind k) {
    switch (k) {
    case PauseKind::Start: return "start";
    case PauseKind::Line: return "line";
    case PauseKind::TaskCreated: return "task_created";
    case PauseKind::Tick: return "tick";
    case PauseKind::HandleBegin: return "handle_begin";
    case PauseKind::HandleEnd: return "handle_end";
    case PauseKind::TaskDone: return "task_done";
    case PauseKind::Output: return "output";
    case PauseKind::Clock: return "clock";
    case PauseKind::End: return "end";
    case PauseKind::Timeout: return "timeout";
    }
    return "?";
}

std::string_view granularityName(Granularity g) {
    switch (g) {
    case Granularity::Event: return "event";
    case Granularity::Line: return "line";
    case Granularity::Handle: return "handle";
    case Granularity::Iteration: return "iteration";
    case Granularity::Output: return "output";
    case Granularity::Clock: return "clock";
    case Granularity::TaskDone: return "task";
    case Granularity::End: return "end";
    }
    return "?";
}

bool parseGranularity(std::string_view s, Granularity &out) {
    struct { std::string_view name; Granularity g; } const table[] = {
        {"event", Granularity::Event},       {"line", Granularity::Line},   {"handle", Granularity::Handle},
        {"iteration", Granularity::Iteration}, {"tick", Granularity::Iteration}, {"output", Granularity::Output},
        {"clock", Granularity::Clock},       {"task", Granularity::TaskDone}, {"end", Granularity::End},
    };
    for (auto &e : table)
        if (e.name == s) { out = e.g; return true; }
    return false;
}

}  // namespace ls::session

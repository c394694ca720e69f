#include "snapshot_json.h"

#include "runner/trace_writer.h"

namespace ls::session {

using runner::appendJsonString;
using runner::jsonFloat;

namespace {

void str(std::string &o, std::string_view s) { appendJsonString(o, s); }

void key(std::string &o, std::string_view k, bool first = false) {
    if (!first) o += ", ";
    str(o, k);
    o += ": ";
}

void strList(std::string &o, const std::vector<std::string> &v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
        if (i) o += ", ";
        str(o, v[i]);
    }
    o += ']';
}

void readyJson(std::string &o, const Snapshot &s) {
    o += '[';
    bool first = true;
    for (auto &h : s.ready) {
        if (h.cancelled) continue;  // as the trace's `ready`
        if (!first) o += ", ";
        first = false;
        str(o, h.label);
    }
    o += ']';
}

void heapJson(std::string &o, const Snapshot &s) {
    o += '[';
    for (size_t i = 0; i < s.heap.size(); ++i) {
        if (i) o += ", ";
        o += '[' + jsonFloat(s.heap[i].when) + ", ";
        str(o, s.heap[i].label);
        o += s.heap[i].cancelled ? ", true]" : ", false]";
    }
    o += ']';
}

bool isDone(const TaskView &t) { return t.state == "finished" || t.state == "failed" || t.state == "cancelled"; }

void frameJson(std::string &o, const FrameView &f) {
    o += '{';
    key(o, "function", true);
    str(o, f.function);
    key(o, "file");
    str(o, f.file);
    key(o, "line");
    o += std::to_string(f.line);
    key(o, "text");
    str(o, f.text);
    key(o, "in_script");
    o += f.inScript ? "true" : "false";
    key(o, "locals");
    o += '{';
    for (size_t i = 0; i < f.locals.size(); ++i) {
        if (i) o += ", ";
        str(o, f.locals[i].first);
        o += ": ";
        str(o, f.locals[i].second);
    }
    o += "}}";
}

void stackJson(std::string &o, const std::vector<FrameView> &st) {
    o += '[';
    for (size_t i = 0; i < st.size(); ++i) {
        if (i) o += ", ";
        frameJson(o, st[i]);
    }
    o += ']';
}

void nullableInt(std::string &o, int64_t v) { o += v < 0 ? std::string("null") : std::to_string(v); }

}  // namespace

std::string tickJson(const Snapshot &s) {
    std::string o = "{";
    key(o, "tick", true);
    o += std::to_string(s.tick);
    key(o, "t");
    o += jsonFloat(s.t);
    key(o, "ready");
    readyJson(o, s);
    key(o, "heap");
    heapJson(o, s);
    key(o, "tasks");
    o += '[';
    bool first = true;
    for (auto &t : s.tasks) {
        if (isDone(t)) continue;
        if (!first) o += ", ";
        first = false;
        o += '{';
        key(o, "name", true);
        str(o, t.name);
        key(o, "state");
        str(o, t.state);
        key(o, "coro");
        str(o, t.coro);
        key(o, "line");
        if (t.state == "pending" || t.line < 0) o += "null";
        else o += std::to_string(t.line);
        o += '}';
    }
    o += ']';
    key(o, "done");
    o += '[';
    first = true;
    for (auto &t : s.tasks) {
        if (!isDone(t)) continue;
        if (!first) o += ", ";
        first = false;
        o += '{';
        key(o, "name", true);
        str(o, t.name);
        key(o, "state");
        str(o, t.state);
        o += '}';
    }
    o += "]}";
    return o;
}

std::string snapshotJson(const Snapshot &s, Language lang) {
    std::string o = "{";
    key(o, "step", true);
    o += std::to_string(s.step);
    key(o, "granularity");
    str(o, granularityName(s.granularity));
    key(o, "pause");
    str(o, pauseKindName(s.pause));
    key(o, "instructions");
    o += std::to_string(s.instructions);
    key(o, "handles");
    o += std::to_string(s.handles);
    key(o, "tick");
    o += std::to_string(s.tick);
    key(o, "t");
    o += jsonFloat(s.t);
    key(o, "phase");
    str(o, loopPhaseName(s.phase));
    key(o, "timeout");
    if (s.timeout >= 0) o += jsonFloat(s.timeout); else o += "null";
    key(o, "ended");
    o += s.ended ? "true" : "false";
    key(o, "status");
    if (s.ended) str(o, s.endStatus); else o += "null";
    key(o, "exit_code");
    if (s.ended) o += std::to_string(s.exitCode); else o += "null";
    key(o, "running");
    if (s.runningTask.empty()) o += "null"; else str(o, s.runningTask);
    key(o, "line");
    nullableInt(o, s.line);
    key(o, "line_text");
    str(o, s.lineText);
    key(o, "ready");
    readyJson(o, s);
    key(o, "ready_handles");
    o += '[';
    for (size_t i = 0; i < s.ready.size(); ++i) {
        if (i) o += ", ";
        o += '{';
        key(o, "label", true);
        str(o, s.ready[i].label);
        key(o, "task");
        if (s.ready[i].task.empty()) o += "null"; else str(o, s.ready[i].task);
        key(o, "cancelled");
        o += s.ready[i].cancelled ? "true" : "false";
        o += '}';
    }
    o += ']';
    key(o, "heap");
    heapJson(o, s);
    auto taskJson = [&](const TaskView &t) {
        o += '{';
        key(o, "name", true);
        str(o, t.name);
        key(o, "state");
        str(o, t.state);
        key(o, "coro");
        str(o, t.coro);
        key(o, "line");
        if (t.state == "pending" || t.line < 0) o += "null"; else o += std::to_string(t.line);
        key(o, "awaits");
        if (t.awaits.kind.empty()) o += "null";
        else {
            o += '{';
            key(o, "kind", true);
            str(o, t.awaits.kind);
            key(o, "until");
            o += t.awaits.until < 0 ? std::string("null") : jsonFloat(t.awaits.until);
            key(o, "target");
            if (t.awaits.target.empty()) o += "null"; else str(o, t.awaits.target);
            o += '}';
        }
        key(o, "stack");
        stackJson(o, t.stack);
        key(o, "result");
        if (t.state == "finished") str(o, t.result); else o += "null";
        key(o, "exception");
        if (t.state == "failed") str(o, t.exception); else o += "null";
        o += '}';
    };
    key(o, "tasks");
    o += '[';
    bool first = true;
    for (auto &t : s.tasks) {
        if (isDone(t)) continue;
        if (!first) o += ", ";
        first = false;
        taskJson(t);
    }
    o += ']';
    key(o, "done");
    o += '[';
    first = true;
    for (auto &t : s.tasks) {
        if (!isDone(t)) continue;
        if (!first) o += ", ";
        first = false;
        taskJson(t);
    }
    o += ']';
    key(o, "module_stack");
    stackJson(o, s.moduleStack);
    key(o, "sync");
    o += '[';
    for (size_t i = 0; i < s.sync.size(); ++i) {
        const SyncView &v = s.sync[i];
        if (i) o += ", ";
        o += '{';
        key(o, "id", true);
        o += std::to_string(v.id);
        key(o, "type");
        str(o, v.type);
        key(o, "name");
        if (v.name.empty()) o += "null"; else str(o, v.name);
        key(o, "owners");
        strList(o, v.owners);
        key(o, "locked");
        o += v.locked ? "true" : "false";
        key(o, "value");
        nullableInt(o, v.value);
        key(o, "capacity");
        nullableInt(o, v.capacity);
        key(o, "waiters");
        strList(o, v.waiters);
        key(o, "putters");
        strList(o, v.putters);
        key(o, "contents");
        strList(o, v.contents);
        o += '}';
    }
    o += ']';
    key(o, "output");
    o += '[';
    auto out = s.outputLines();
    for (size_t i = 0; i < out.size(); ++i) {
        if (i) o += ", ";
        o += '{';
        key(o, "t", true);
        o += jsonFloat(out[i].t);
        key(o, "stream");
        str(o, out[i].stream == 2 ? "stderr" : "stdout");
        key(o, "text");
        str(o, out[i].text);
        o += '}';
    }
    o += ']';
    key(o, "events");
    o += '[';
    for (size_t i = 0; i < s.events.size(); ++i) {
        const EventView &e = s.events[i];
        if (i) o += ", ";
        o += '{';
        key(o, "index", true);
        o += std::to_string(e.index);
        key(o, "kind");
        str(o, pauseKindName(e.kind));
        key(o, "t");
        o += jsonFloat(e.t);
        key(o, "task");
        if (e.task.empty()) o += "null"; else str(o, e.task);
        key(o, "detail");
        str(o, e.detail);
        o += '}';
    }
    o += ']';
    key(o, "events_dropped");
    o += std::to_string(s.eventsDropped);
    key(o, "narration");
    o += '{';
    key(o, "text", true);
    str(o, formatNarration(s.narration, lang));
    key(o, "items");
    o += '[';
    for (size_t i = 0; i < s.narration.items.size(); ++i) {
        if (i) o += ", ";
        o += '{';
        key(o, "kind", true);
        str(o, narrationKindName(s.narration.items[i].kind));
        key(o, "args");
        strList(o, s.narration.items[i].args);
        o += '}';
    }
    o += "]}}";
    return o;
}

}  // namespace ls::session

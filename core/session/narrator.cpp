// narrate(): what changed between two Snapshots, as a Narration (a head
// saying what ran and the consequences the views animate).
#include "session.h"

#include <cstdio>
#include <algorithm>
#include <map>
#include <set>

namespace ls::session {

namespace {

std::string time2(double t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", t);
    return buf;
}

std::string oneLine(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

const TaskView *findTask(const Snapshot &s, const std::string &name) {
    for (auto &t : s.tasks)
        if (t.name == name) return &t;
    return nullptr;
}

// The source text of the task's innermost line in the teacher's code.
std::string taskCode(const TaskView &t, const Snapshot &s) {
    (void)s;
    for (auto it = t.stack.rbegin(); it != t.stack.rend(); ++it)
        if (it->inScript) return it->function + ":" + std::to_string(it->line);
    return t.coro;
}

NarrationItem finalItem(const TaskView &t) {
    if (t.state == "finished") return {NarrationKind::TaskFinished, {t.name, t.result}};
    if (t.state == "failed") return {NarrationKind::TaskFailed, {t.name, t.exception}};
    return {NarrationKind::TaskCancelled, {t.name}};
}

}  // namespace

Narration narrate(const Snapshot *prev, const Snapshot &cur) {
    Narration n;
    std::string headTask;
    auto head = [&](NarrationKind k, std::vector<std::string> args) { n.items.push_back({k, std::move(args)}); };
    const EventView *lastEv = cur.events.empty() ? nullptr : &cur.events.back();
    switch (cur.pause) {
    case PauseKind::Start: head(NarrationKind::RunStarted, {}); break;
    case PauseKind::End: head(NarrationKind::RunEnded, {cur.endStatus}); break;
    case PauseKind::Line:
        if (!cur.runningTask.empty()) head(NarrationKind::TaskRanLine, {cur.runningTask, std::to_string(cur.line), cur.lineText});
        else head(NarrationKind::ModuleRanLine, {std::to_string(cur.line), cur.lineText});
        break;
    case PauseKind::Tick: {
        size_t ready = 0;
        for (auto &h : cur.ready) ready += !h.cancelled;
        head(NarrationKind::LoopIteration, {std::to_string(cur.tick), std::to_string(ready)});
        break;
    }
    case PauseKind::Clock: head(NarrationKind::ClockMoved, {time2(prev ? prev->t : 0.0), time2(cur.t)}); break;
    case PauseKind::Timeout: {
        size_t ready = 0;
        for (auto &h : cur.ready) ready += !h.cancelled;
        if (cur.timeout > 0) {
            double when = cur.t + cur.timeout;
            for (auto &tm : cur.heap)
                if (!tm.cancelled) { when = std::min(when, tm.when); }
            head(NarrationKind::TimeoutUntil, {time2(cur.timeout), time2(when)});
        } else if (ready) {
            head(NarrationKind::TimeoutReady, {std::to_string(ready)});
        } else {
            head(NarrationKind::TimeoutStopping, {});
        }
        break;
    }
    case PauseKind::Output: {
        auto out = cur.outputLines();
        head(NarrationKind::Printed, {out.empty() ? std::string() : oneLine(out.back().text)});
        break;
    }
    case PauseKind::TaskCreated:
    case PauseKind::TaskDone:
    case PauseKind::HandleBegin:
    case PauseKind::HandleEnd: {
        std::string task = lastEv ? lastEv->task : std::string();
        const TaskView *t = task.empty() ? nullptr : findTask(cur, task);
        if (cur.pause == PauseKind::TaskCreated && t) {
            head(NarrationKind::TaskCreated, {t->name, t->coro});
        } else if (t && cur.pause == PauseKind::HandleBegin) {
            head(NarrationKind::TaskStarted, {t->name});
        } else if (t && t->state == "suspended") {
            // The line the task stopped at, in the teacher's code.
            std::string text;
            for (auto it = t->stack.rbegin(); it != t->stack.rend() && text.empty(); ++it)
                if (it->inScript) text = it->text;
            head(NarrationKind::TaskReached, {t->name, text.empty() ? taskCode(*t, cur) : text});
        } else if (t && t->state != "running" && t->state != "pending") {
            n.items.push_back(finalItem(*t));
        } else {
            head(NarrationKind::CallbackRan, {lastEv ? lastEv->detail : std::string()});
        }
        headTask = task;
        break;
    }
    }
    if (n.items.empty()) head(NarrationKind::NothingHappened, {});
    if (!prev) return n;

    // Consequences, in the order the views animate them.
    std::set<std::string> before;
    for (auto &t : prev->tasks) before.insert(t.name);
    for (auto &t : cur.tasks)
        if (!before.count(t.name) && !(cur.pause == PauseKind::TaskCreated && t.name == headTask))
            n.items.push_back({NarrationKind::TaskCreated, {t.name, t.coro}});
    if (cur.pause != PauseKind::Output && cur.outputCount > prev->outputCount && cur.outputCount - prev->outputCount <= 3) {
        auto out = cur.outputLines();
        for (size_t i = prev->outputCount; i < cur.outputCount; ++i)
            n.items.push_back({NarrationKind::OutputWritten, {oneLine(out[i].text)}});
    }
    std::multiset<std::pair<double, std::string>> oldTimers;
    for (auto &tm : prev->heap) if (!tm.cancelled) oldTimers.insert({tm.when, tm.label});
    for (auto &tm : cur.heap) {
        if (tm.cancelled) continue;
        auto it = oldTimers.find({tm.when, tm.label});
        if (it != oldTimers.end()) oldTimers.erase(it);
        else n.items.push_back({NarrationKind::TimerAdded, {time2(tm.when)}});
    }
    if (cur.pause == PauseKind::Tick)
        for (auto &[when, label] : oldTimers) n.items.push_back({NarrationKind::TimerExpired, {label, time2(when)}});
    std::map<uint64_t, const SyncView *> oldSync;
    for (auto &s : prev->sync) oldSync[s.id] = &s;
    for (auto &s : cur.sync) {
        auto it = oldSync.find(s.id);
        std::string name = s.name.empty() ? s.type : s.type + " " + s.name;
        const std::vector<std::string> none;
        const auto &was = it == oldSync.end() ? none : it->second->owners;
        for (auto &o : s.owners)
            if (std::find(was.begin(), was.end(), o) == was.end()) n.items.push_back({NarrationKind::LockTaken, {o, name}});
        for (auto &o : was)
            if (std::find(s.owners.begin(), s.owners.end(), o) == s.owners.end()) n.items.push_back({NarrationKind::LockReleased, {o, name}});
    }
    for (auto &t : cur.tasks) {
        const TaskView *p = findTask(*prev, t.name);
        if (!p || p->state == t.state) continue;
        if (t.name == headTask && n.items[0].kind != NarrationKind::TaskReached && n.items[0].kind != NarrationKind::CallbackRan &&
            n.items[0].kind != NarrationKind::TaskStarted)
            continue;
        if (t.state == "suspended") n.items.push_back({NarrationKind::TaskSuspended, {t.name}});
        else if (t.state == "finished" || t.state == "failed" || t.state == "cancelled") n.items.push_back(finalItem(t));
    }
    return n;
}

}  // namespace ls::session

#include "session.h"

#include "keyframes.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdio>

namespace ls::session {

namespace {

constexpr int kReplayWaitMs = 200;

}  // namespace

Session::Session(EngineConfig config, KeyframePolicy keyframes)
    : config_(std::move(config)), history_(std::make_shared<History>()),
      keyframes_(std::make_unique<VmKeyframes>(history_, keyframes)) {
    // Step 0: the run stands before its first instruction.
    engine_ = freshEngine();
    EngineOrders o;
    o.stopAt = [](const PausePoint &p) { return p.kind == PauseKind::Start; };
    engine_->go(std::move(o));
    waitUntilPaused(*engine_);
    finishPause(Granularity::Event, nullptr);
}

Session::~Session() = default;

std::unique_ptr<Engine> Session::freshEngine(std::shared_ptr<const VmKeyframe> from) {
    auto e = std::make_unique<Engine>(config_, history_);
    e->useKeyframes(keyframes_.get(), std::move(from));
    return e;
}

void Session::waitUntilPaused(Engine &e) {
    while (!e.waitPaused(kReplayWaitMs)) {
    }
}

bool Session::before(const Pos &a, const Pos &b) {
    // A Line point at instruction n comes before the recorded points made
    // while instruction n runs, and after those made before it.
    if (a.instructions != b.instructions) return a.instructions < b.instructions;
    if (a.line != b.line) return a.line;
    return a.index < b.index;
}

Session::Pos Session::engineAt() const {
    const PausePoint &p = engine_->at();
    return Pos{p.index, p.instructions, p.kind == PauseKind::Line};
}

EngineOrders Session::ordersFor(Granularity g, const std::string &task) {
    EngineOrders o;
    bool lines = g == Granularity::Line;
    for (auto &b : breakpoints_) {
        if (b.kind == Breakpoint::Kind::Line) lines = true;
        if (b.kind == Breakpoint::Kind::LockChange) o.watchLocks = true;
    }
    o.linesFrom = lines ? 0 : UINT64_MAX;
    std::vector<Breakpoint> bps = breakpoints_;
    o.stopAt = [g, task, bps](const PausePoint &p) {
        switch (g) {
        case Granularity::Event: if (p.kind != PauseKind::Line) return true; break;
        case Granularity::Line: if (p.kind == PauseKind::Line) return true; break;
        case Granularity::Handle: if (p.kind == PauseKind::HandleEnd) return true; break;
        case Granularity::Iteration: if (p.kind == PauseKind::Tick) return true; break;
        case Granularity::Output: if (p.kind == PauseKind::Output) return true; break;
        case Granularity::Clock: if (p.kind == PauseKind::Clock) return true; break;
        case Granularity::TaskDone:
            if (p.kind == PauseKind::TaskDone && (task.empty() || p.task == task)) return true;
            break;
        case Granularity::End: break;
        }
        for (auto &b : bps) {
            switch (b.kind) {
            case Breakpoint::Kind::Line:
                if (p.kind == PauseKind::Line && p.line == b.line && (b.task.empty() || b.task == p.task)) return true;
                break;
            case Breakpoint::Kind::TaskStateChange: {
                bool change = p.kind == PauseKind::TaskCreated || p.kind == PauseKind::TaskDone ||
                              ((p.kind == PauseKind::HandleBegin || p.kind == PauseKind::HandleEnd) && p.taskHandle);
                if (change && (b.task.empty() || b.task == p.task)) return true;
                break;
            }
            case Breakpoint::Kind::LockChange:
                if (p.locksChanged) return true;
                break;
            }
        }
        return false;
    };
    return o;
}

std::function<bool(const PausePoint &)> Session::landingAt(const Pos &q) {
    if (q.line) return [n = q.instructions](const PausePoint &p) { return p.kind == PauseKind::Line && p.instructions == n; };
    return [i = q.index](const PausePoint &p) { return p.kind != PauseKind::Line && p.index == i; };
}

SnapshotPtr Session::syncEngineTo(const Pos &q, bool buildSnapshot, uint64_t stepStart) {
    const bool wantStart = stepStart != UINT64_MAX;
    SnapshotPtr start;
    bool reuse = false;
    if (engine_ && engine_->paused()) {
        Pos e = engineAt();
        if (!before(e, q) && !before(q, e) && !wantStart) {  // already there
            if (buildSnapshot) engine_->snapshotNow();
            return nullptr;
        }
        reuse = before(e, q) && engine_->at().kind != PauseKind::End;
        if (reuse && wantStart) {
            if (!e.line && e.index == stepStart) {  // paused right where the step starts
                engine_->snapshotNow();
                start = engine_->takeSnapshot();
            } else if (e.index >= stepStart) {
                reuse = false;  // already past it: re-execute
            }
        }
        // Far behind the target with a keyframe in between: start from it.
        if (reuse) {
            auto k = keyframes_->nearest(std::min(q.index, stepStart));
            if (k->instructions() > e.instructions && k->instructions() - e.instructions > keyframes_->spacing())
                reuse = false;
        }
    }
    EngineOrders o;
    o.stopAt = landingAt(q);
    o.linesFrom = q.line ? q.instructions : UINT64_MAX;
    o.forceFirstLine = q.line;
    o.buildSnapshot = buildSnapshot;
    if (wantStart && !start) o.stepStartIndex = stepStart;
    if (!reuse) replaceEngine(std::min(q.index, stepStart));  // re-execute from the nearest keyframe
    engine_->go(std::move(o));
    waitUntilPaused(*engine_);
    return start ? start : engine_->takeStepStart();
}

Session::Status Session::finishPause(Granularity g, const Snapshot *prev) {
    pending_ = false;
    auto snap = engine_->takeSnapshot();
    if (!snap) {
        // A fast landing: no snapshot was asked for; build none here.
        return engine_->at().kind == PauseKind::End ? Status::Ended : Status::Paused;
    }
    snap->granularity = g;
    snap->events = engine_->takeEvents(snap->eventsDropped);
    snap->narration = narrate(prev, *snap);
    current_ = std::move(snap);
    cursor_ = engineAt();
    taskNames_.clear();
    for (auto &t : current_->tasks) taskNames_.push_back(t.name);
    if (cacheSize_ && !cursor_.line) {
        cache_.emplace_back(cursor_, current_);
        if (cache_.size() > cacheSize_) cache_.pop_front();
    }
    return current_->ended ? Status::Ended : Status::Paused;
}

Session::Status Session::step(Granularity g, const std::string &task) {
    if (pending_) return Status::StillRunning;
    if (current_ && current_->ended) return Status::Ended;
    syncEngineTo(cursor_, false);
    pendingGranularity_ = g;
    engine_->go(ordersFor(g, task));
    pending_ = true;
    pendingJump_ = false;
    return wait(stepTimeoutMs_);
}

Session::Status Session::wait(int ms) {
    if (!pending_) return current_ && current_->ended ? Status::Ended : Status::Paused;
    if (!engine_->waitPaused(ms)) return Status::StillRunning;
    if (pendingJump_) {
        SnapshotPtr start = jumpStart_ ? std::move(jumpStart_) : engine_->takeStepStart();
        const PausePoint &at = engine_->at();
        if (!start && at.index > 0 && at.kind != PauseKind::Line) {
            // A jump to a time ahead of the run: where its last step
            // started was unknown on the way. The point is recorded now:
            // land on it again, as on any recorded point.
            pending_ = false;
            engine_->takeSnapshot();
            return landAt(Pos{at.index, at.instructions, false}, Granularity::Event);
        }
        return finishPause(pendingGranularity_, start.get());
    }
    SnapshotPtr prev = current_;  // a step goes on from what is shown
    return finishPause(pendingGranularity_, prev.get());
}

void Session::stop() {
    std::lock_guard g(engineMutex_);
    if (engine_) engine_->requestStop();
}

void Session::replaceEngine(uint64_t target) {
    // The nearest keyframe at or before the target: the start of the run (a
    // fresh VM) or a VM checkpoint (a copy of it, from its record index on).
    auto vmKeyframe = std::dynamic_pointer_cast<const VmKeyframe>(keyframes_->nearest(target));
    std::unique_ptr<Engine> old;
    {
        std::lock_guard g(engineMutex_);
        old = std::move(engine_);
    }
    old.reset();  // aborts and joins its thread outside the lock
    if (vmKeyframe) ++keyframeResumes_;
    auto fresh = freshEngine(std::move(vmKeyframe));
    std::lock_guard g(engineMutex_);
    engine_ = std::move(fresh);
    ++reExecutions_;
}

bool Session::lastMatchBefore(uint64_t end, Granularity g, const std::string &task, uint64_t &found) const {
    constexpr uint64_t kChunk = 4096;  // records copied out of the history at a time
    for (uint64_t i = end; i > 0;) {
        uint64_t from = i > kChunk ? i - kChunk : 0;
        auto recs = history_->range(from, i);
        for (size_t k = recs.size(); k-- > 0;)
            if (recordMatches(recs[k], g, task)) {
                found = from + k;
                return true;
            }
        i = from;
    }
    return false;
}

uint64_t Session::stepStartFor(const Pos &q, Granularity g, const std::string &task) const {
    if (q.line) return q.index;  // the recorded point the line follows
    if (q.index == 0) return UINT64_MAX;
    if (g == Granularity::Event || g == Granularity::Line) return q.index - 1;
    uint64_t start = 0;
    lastMatchBefore(q.index, g, task, start);
    return start;
}

Session::Status Session::landAt(const Pos &q, Granularity g, const std::string &task) {
    if (pending_) return Status::StillRunning;
    for (auto it = cache_.rbegin(); it != cache_.rend(); ++it) {
        if (it->first.index == q.index && it->first.instructions == q.instructions && it->first.line == q.line) {
            // Shown recently: no re-execution (the engine catches up lazily
            // when the next step forward needs it). The snapshot keeps the
            // events, narration and granularity of the step that first
            // reached it: they still tell truly how the run got there.
            current_ = it->second;
            cursor_ = q;
            return current_->ended ? Status::Ended : Status::Paused;
        }
    }
    SnapshotPtr start = syncEngineTo(q, true, stepStartFor(q, g, task));
    return finishPause(g, start.get());
}

bool Session::recordMatches(const StepRecord &r, Granularity g, const std::string &task) const {
    switch (g) {
    case Granularity::Event: return true;
    case Granularity::Line: return false;
    case Granularity::Handle: return r.kind == PauseKind::HandleEnd;
    case Granularity::Iteration: return r.kind == PauseKind::Tick;
    case Granularity::Output: return r.kind == PauseKind::Output;
    case Granularity::Clock: return r.kind == PauseKind::Clock;
    case Granularity::TaskDone:
        return r.kind == PauseKind::TaskDone &&
               (task.empty() || (r.task && r.task <= taskNames_.size() && taskNames_[r.task - 1] == task));
    case Granularity::End: return r.kind == PauseKind::End;
    }
    return false;
}

bool Session::findLineBefore(const Pos &p, Pos &out) {
    // Line points are not recorded: re-execute with line detection on over
    // a window of recorded points before p, widening it until one is found.
    uint64_t last = p.line ? p.index : (p.index ? p.index - 1 : 0);
    for (uint64_t span = 1;; span *= 8) {
        uint64_t from = last + 1 > span ? last + 1 - span : 0;
        StepRecord r = history_->at(from);
        bool found = false;
        Pos best;
        EngineOrders o;
        o.buildSnapshot = false;
        o.linesFrom = from == 0 ? 0 : r.instructions + 1;
        o.stopAt = [&](const PausePoint &pp) {
            Pos here{pp.index, pp.instructions, pp.kind == PauseKind::Line};
            if (!before(here, p)) return true;
            if (here.line) {
                best = here;
                found = true;
            }
            return false;
        };
        replaceEngine(from);
        engine_->go(std::move(o));
        waitUntilPaused(*engine_);
        if (found) {
            out = best;
            return true;
        }
        if (from == 0) return false;
    }
}

Session::Status Session::stepBack(Granularity g, const std::string &task) {
    if (pending_) return Status::StillRunning;
    Pos target;  // default: the start
    if (g == Granularity::Line) {
        if (!findLineBefore(cursor_, target)) target = Pos{};
        return landAt(target, g, task);
    }
    if (cursor_.index == 0 && !cursor_.line) return landAt(target, g, task);
    uint64_t found;
    if (lastMatchBefore(cursor_.line ? cursor_.index + 1 : cursor_.index, g, task, found))
        target = Pos{found, history_->at(found).instructions, false};
    return landAt(target, g, task);
}

Session::Status Session::jumpToStep(uint64_t index) {
    if (pending_) return Status::StillRunning;
    if (index < history_->size()) {
        StepRecord r = history_->at(index);
        if (!(r.kind == PauseKind::End && (r.flags & StepRecord::kSoftEnd)) || index + 1 < history_->size())
            return landAt(Pos{index, r.instructions, false}, Granularity::Event);
    }
    if (current_ && current_->ended) return landAt(Pos{history_->size() - 1, history_->at(history_->size() - 1).instructions, false}, Granularity::Event);
    return runForward([index](const PausePoint &p) { return p.kind != PauseKind::Line && p.index >= index; },
                      index ? index - 1 : UINT64_MAX);
}

Session::Status Session::runForward(std::function<bool(const PausePoint &)> until, uint64_t stepStart) {
    // From the last recorded point on, the run has not been there yet.
    uint64_t last = history_->size() - 1;
    syncEngineTo(Pos{last, history_->at(last).instructions, false}, false);
    EngineOrders o;
    o.stopAt = std::move(until);
    jumpStart_.reset();
    if (stepStart == last) {
        engine_->snapshotNow();
        jumpStart_ = engine_->takeSnapshot();
    } else {
        o.stepStartIndex = stepStart;
    }
    pendingGranularity_ = Granularity::Event;
    engine_->go(std::move(o));
    pending_ = true;
    pendingJump_ = true;
    return wait(stepTimeoutMs_);
}

Session::Status Session::jumpToTime(double t) {
    if (pending_) return Status::StillRunning;
    size_t i = history_->firstAtTime(t);
    if (i < history_->size()) return jumpToStep(i);
    if (current_ && current_->ended) return jumpToStep(history_->size() - 1);
    return runForward([t](const PausePoint &p) { return p.kind != PauseKind::Line && p.t >= t - 1e-12; });
}

}  // namespace ls::session

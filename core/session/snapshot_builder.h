// Builds a Snapshot from a paused engine's VM. Runs on the engine thread
// between two instructions of the script, so it must not change anything
// the script could observe: it never runs Python code (user __repr__ is not
// called: safeRepr) and the engine restores the heap's id() serial counter
// around it.
#pragma once

#include "snapshot.h"

#include <map>

namespace ls::interp { class VM; struct Frame; class Value; struct Object; }

namespace ls::session {

class Engine;
struct PausePoint;

// repr() for builtin values, "<Type object>" for anything whose repr
// would run Python code. Long results are cut with "...".
std::string safeRepr(interp::VM &vm, const interp::Value &v, int depth = 0);
// "ValueError: bad input" for an exception object.
std::string exceptionText(interp::VM &vm, const interp::Value &exc);

class SnapshotBuilder {
public:
    SnapshotBuilder(Engine &engine, interp::VM &vm) : e_(engine), vm_(vm) {}
    std::shared_ptr<Snapshot> build(const PausePoint &p, interp::Frame *frame);
    // Every live sync primitive and queue; `names` maps objects to a name.
    std::vector<SyncView> syncViews(const std::map<const interp::Object *, std::string> &names);

private:
    FrameView frameView(interp::Frame *f, bool withLocals);
    void buildTasks(Snapshot &s, interp::Frame *frame, const std::map<const interp::Object *, std::string> &names);
    std::map<const interp::Object *, std::string> primitiveNames();
    std::string sourceLine(int line);

    Engine &e_;
    interp::VM &vm_;
};

}  // namespace ls::session

// Checkpoints of a running asyncio program, taken between two handles of
// the loop (the only moment when everything but a few C++ locals is heap
// state), and their resumption.
//
// The one C++ stack shape supported (anything else is refused):
//   runMain -> eval(main frame, Python frames of asyncio.run/Runner.run
//   inline) -> CALL loop.run_until_complete (native) -> runForever ->
//   runOnce -> [boundary]
// A checkpoint is a FrozenVm plus what those C++ frames hold: the
// LoopRunRecord (references counted in the frozen refcounts) and how many
// handles of the current runOnce are still to run. Resuming recreates each
// C++ frame's locals from it and runs on, exactly as the original did.
#pragma once

#include "asyncio_state.h"
#include "interp/vm_clone.h"

#include <string>
#include <unordered_map>

namespace ls::aio {

struct LoopPosition {
    LoopRunRecord rec;       // pointers into the VM it belongs to
    size_t remaining = 0;    // handles of this runOnce still to run
    // When CALL found a bound method object on the caller's stack
    // (loop.run_until_complete looked up as an attribute): it; VM::call then
    // held self and the argument in a vector. Null: CALL had (function, self).
    Object *boundMethod = nullptr;
};

// Whether `vm`, stopped at a handle boundary of `loop` (inside
// AsyncioState::handleBoundary), has the supported shape; `why` says why not.
bool canonicalShape(VM &vm, EventLoopObject *loop, std::string *why = nullptr);

// The references the C++ frames of that shape hold (object -> count).
VmCloner::StackRefs stackReferences(const LoopPosition &pos, const std::vector<Frame *> &chain);

// For a clone at a boundary: sets pos.boundMethod from the caller's stack
// and accepts exactly the references that variant of the shape holds.
VmCloner::AcceptStack acceptLoopStack(LoopPosition &pos, const std::vector<Frame *> &chain);

// The position in the clone, through the cloner's map.
LoopPosition mapPosition(const LoopPosition &pos, const VmCloner::Map &map);

// Freezes `vm`, paused at a handle boundary of its loop with `remaining`
// handles of this runOnce to go (canonicalShape holds), into `out`: a copy
// sharing the run's immutable objects (code, str, ...), whose host keeps
// the clock, without the per-run state that points into the run. `extra`
// visits references the caller keeps beside the VM. Returns the position in
// the copy; throws CloneError.
LoopPosition freezeAtBoundary(VM &vm, size_t remaining, const VmCloner::ExtraRoots &extra, FrozenVm &out);

// Runs the rest of the program from `pos` on `vm` (a fresh clone whose
// chain is `chain`, innermost first; ownership passes here). Returns or
// throws exactly as VM::runMain would have in the original run.
void resumeRunMain(VM &vm, const LoopPosition &pos, std::vector<Frame *> chain);

}  // namespace ls::aio

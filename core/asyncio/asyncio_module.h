// Module init functions of the asyncio model (registered in the VM's
// module table) and the deadlock report.
#pragma once

#include "asyncio_state.h"

#include <string>

namespace ls::aio {

Value initAsyncioCModule(VM &vm);  // _asyncio
Value initAsyncioModule(VM &vm);   // asyncio

// The run contract's deadlock message: every waiting task and what it
// waits on (stderr, exit code 3).
std::string describeDeadlock(VM &vm);

// Run contract rule 5: a module body that awaits runs as the coroutine
// `<module>` under asyncio.run (sets VM::topLevelAwaitRunner).
void installTopLevelAwait(VM &vm);

}  // namespace ls::aio

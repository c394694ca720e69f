// Exception groups for natives and the VM (py: Objects/exceptions.c
// BaseExceptionGroup, 3.11): what asyncio's TaskGroup raises and `except*`
// splits.
#pragma once

#include "vm.h"

#include <string_view>
#include <vector>

namespace ls::interp {

// True for an instance of BaseExceptionGroup (or a subclass).
bool isExceptionGroup(VM &vm, const Value &v);

// BaseExceptionGroup(message, excs): an ExceptionGroup when every member is
// an Exception (py: _PyExc_CreateExceptionGroup).
Value makeExceptionGroup(VM &vm, std::string_view message, std::vector<Value> excs);

// Fills the BaseExceptionGroup/ExceptionGroup types (called by
// installCoreTypes once the generic exception slots are set).
void installExceptionGroups(VM &vm);

}  // namespace ls::interp

// How C++ code raises and propagates Python exceptions.
//
// Natives and VM helpers throw PyException carrying the Python exception
// object; the eval loop catches it at the instruction that called into C++
// and unwinds Python frames itself. VmAbort is not a Python exception: a
// script cannot catch it (instruction budget, memory cap, stop request).
#pragma once

#include "value.h"

#include <string>

namespace ls::interp {

struct PyException {
    Value exc;  // an ExceptionObject
    // RERAISE, a bare `raise`, END_ASYNC_FOR: the exception goes on from
    // where it is without a traceback entry for the frame that re-raises it
    // and without a new __context__ (py: ceval.c `goto exception_unwind`).
    bool reraise = false;
};

struct VmAbort {
    enum class Reason { InstructionBudget, MemoryLimit, StopRequested, StepBudget };
    Reason reason;
    std::string message;
};

}  // namespace ls::interp

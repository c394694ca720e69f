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
};

struct VmAbort {
    enum class Reason { InstructionBudget, MemoryLimit, StopRequested, StepBudget };
    Reason reason;
    std::string message;
};

}  // namespace ls::interp

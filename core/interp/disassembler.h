// A readable listing of compiled code, in the manner of CPython's `dis`:
// line numbers, instruction indices, op names, arguments with the names,
// constants and jump targets they stand for, then every nested code object.
#pragma once

#include "objects.h"

#include <string>

namespace ls::interp {

std::string disassemble(const CodeObject &code);

// A short repr of a constant as the listing shows it (no VM needed).
std::string constRepr(const Value &v);

}  // namespace ls::interp

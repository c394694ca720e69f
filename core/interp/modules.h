// The table of modules a script can import. Each is built on first import
// by its init function (one file per module under core/interp/modules/).
#pragma once

#include "value.h"

#include <span>
#include <string_view>

namespace ls::interp {

class VM;

struct ModuleDef {
    std::string_view name;
    Value (*init)(VM &vm);  // returns a ModuleObject
};

// Every importable module (module_table.cpp).
std::span<const ModuleDef> builtinModules();

// Modules that exist in CPython but that LoopScope does not simulate
// (ModuleNotFoundError says so rather than pretending they do not exist).
bool isKnownUnsimulatedModule(std::string_view name);

}  // namespace ls::interp

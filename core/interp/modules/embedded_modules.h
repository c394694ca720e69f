// The Python halves of standard-library modules (core/interp/modules/py/),
// embedded at build time by cmake/embed_modules.cmake, and the helper that
// runs one into a module's namespace.
#pragma once

#include <string_view>

namespace ls::interp {

class VM;
struct DictObject;

// The source of modules/py/<name>.py, or an empty view if there is none.
std::string_view embeddedModuleSource(std::string_view name);

// Runs modules/py/<name>.py with `globals` as its namespace. Tracebacks show
// it as CPython's stdlib file (<prefix>/lib/python3.11/<name>.py), so paths
// normalised to their base name compare equal to CPython's.
void execEmbeddedModule(VM &vm, std::string_view name, DictObject *globals);

}  // namespace ls::interp

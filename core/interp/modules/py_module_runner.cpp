// Runs the embedded Python half of a standard-library module (see
// embedded_modules.h) into the module's namespace.
#include "embedded_modules.h"

#include "../vm.h"

namespace ls::interp {

void execEmbeddedModule(VM &vm, std::string_view name, DictObject *globals) {
    std::string_view source = embeddedModuleSource(name);
    if (source.empty()) vm.raise(vm.exc.ImportError, "missing embedded source for module '" + std::string(name) + "'");
    globals->table.set(vm, vm.str("__file__"), vm.str("/usr/lib/python3.11/" + std::string(name) + ".py"));
    vm.execModule(source, "/usr/lib/python3.11/" + std::string(name) + ".py", globals);
}

}  // namespace ls::interp

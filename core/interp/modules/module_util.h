// Small helpers shared by the module files: building a module object and
// turning stdlib errors into Python exceptions.
#pragma once

#include "../stdlib/stdlib_error.h"
#include "../vm.h"

namespace ls::interp {

// A new module with an empty dict; `set` adds attributes.
struct ModuleBuilder {
    VM &vm;
    Value module;
    DictObject *dict;
    ModuleBuilder(VM &v, std::string_view name) : vm(v) {
        auto *m = vm.make<ModuleObject>(vm.types.module, std::string(name));
        module = Value(m);
        m->dict = vm.make<DictObject>(vm.types.dict);
        dict = m->dict.get();
        set("__name__", vm.str(name));
    }
    void set(std::string_view name, Value v) { dict->table.set(vm, vm.str(name), std::move(v)); }
    void fn(std::string_view name, NativeFn f) { vm.defFunction(dict, name, f); }
};

// Re-raises a stdlib helper's error as the Python exception it names.
[[noreturn]] inline void raiseStdlibError(VM &vm, const stdlib::StdlibError &e) {
    TypeObject *t = vm.exc.ValueError;
    switch (e.kind()) {
    case stdlib::StdlibError::Kind::IndexError: t = vm.exc.IndexError; break;
    case stdlib::StdlibError::Kind::TypeError: t = vm.exc.TypeError; break;
    case stdlib::StdlibError::Kind::OverflowError: t = vm.exc.OverflowError; break;
    case stdlib::StdlibError::Kind::ZeroDivisionError: t = vm.exc.ZeroDivisionError; break;
    case stdlib::StdlibError::Kind::OSError: t = vm.exc.OSError; break;
    default: break;
    }
    vm.raise(t, e.what());
}

}  // namespace ls::interp

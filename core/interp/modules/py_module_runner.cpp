// Runs the embedded Python half of a standard-library module (see
// embedded_modules.h) into the module's namespace, and the init functions
// of the modules that are pure Python.
#include "embedded_modules.h"

#include "module_util.h"

namespace ls::interp {

void execEmbeddedModule(VM &vm, std::string_view name, DictObject *globals) {
    std::string_view source = embeddedModuleSource(name);
    if (source.empty()) vm.raise(vm.exc.ImportError, "missing embedded source for module '" + std::string(name) + "'");
    std::string path = "/usr/lib/python3.11/" + std::string(name) + ".py";
    globals->table.set(vm, vm.str("__file__"), vm.str(path));
    vm.execModule(source, path, globals);
}

namespace {

Value runPythonModule(VM &vm, std::string_view name) {
    ModuleBuilder m(vm, name);
    execEmbeddedModule(vm, name, m.dict);
    return m.module;
}

}  // namespace

// Modules written entirely in Python (modules/py/<name>.py).
#define LS_PYTHON_MODULE(fn, name) \
    Value fn(VM &vm) { return runPythonModule(vm, name); }
LS_PYTHON_MODULE(initTypingModule, "typing")
LS_PYTHON_MODULE(initContextlibModule, "contextlib")
LS_PYTHON_MODULE(initBisectModule, "bisect")
LS_PYTHON_MODULE(initEnumModule, "enum")
LS_PYTHON_MODULE(initDataclassesModule, "dataclasses")
LS_PYTHON_MODULE(initCopyModule, "copy")
LS_PYTHON_MODULE(initStringModule, "string")
LS_PYTHON_MODULE(initTextwrapModule, "textwrap")
LS_PYTHON_MODULE(initWarningsModule, "warnings")
LS_PYTHON_MODULE(initLoggingModule, "logging")
LS_PYTHON_MODULE(initJsonModule, "json")
LS_PYTHON_MODULE(initTypesModule, "types")
LS_PYTHON_MODULE(initAbcModule, "abc")
LS_PYTHON_MODULE(initReModule, "re")
LS_PYTHON_MODULE(initTracebackModule, "traceback")
LS_PYTHON_MODULE(initPprintModule, "pprint")
LS_PYTHON_MODULE(initStatisticsModule, "statistics")
#undef LS_PYTHON_MODULE

// collections.abc (CPython's _collections_abc), also reachable as the
// `abc` attribute of collections.
Value initCollectionsAbcModule(VM &vm) {
    ModuleBuilder m(vm, "collections.abc");
    execEmbeddedModule(vm, "_collections_abc", m.dict);
    vm.setAttr(vm.importModule("collections"), "abc", m.module);
    return m.module;
}

}  // namespace ls::interp

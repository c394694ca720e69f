// Every module a script can import, and the ones LoopScope declines to
// simulate (named in the ModuleNotFoundError so a teacher sees why).
#include "modules.h"

#include "asyncio/asyncio_module.h"
#include "modules/sys_module.h"

namespace ls::interp {
Value initRandomModule(VM &vm);
Value initTimeModule(VM &vm);
Value initMathModule(VM &vm);
Value initItertoolsModule(VM &vm);
Value initOperatorModule(VM &vm);
Value initFunctoolsModule(VM &vm);
Value initCollectionsModule(VM &vm);
Value initLsStdlibModule(VM &vm);
Value initInspectModule(VM &vm);
Value initTypingModule(VM &vm);
Value initContextlibModule(VM &vm);
Value initHeapqModule(VM &vm);
Value initBisectModule(VM &vm);
Value initDatetimeModule(VM &vm);
Value initStringModule(VM &vm);
Value initTextwrapModule(VM &vm);
Value initCopyModule(VM &vm);
Value initJsonModule(VM &vm);
Value initWarningsModule(VM &vm);
Value initLoggingModule(VM &vm);
Value initContextvarsModule(VM &vm);
Value initTypesModule(VM &vm);
Value initAbcModule(VM &vm);
Value initEnumModule(VM &vm);
Value initDataclassesModule(VM &vm);
Value initCollectionsAbcModule(VM &vm);
Value initReModule(VM &vm);
Value initTracebackModule(VM &vm);
Value initPprintModule(VM &vm);
Value initStatisticsModule(VM &vm);
Value initBuiltinsModule(VM &vm);  // vm_core_types.cpp
}

#include <array>

namespace ls::interp {

std::span<const ModuleDef> builtinModules() {
    static const ModuleDef table[] = {
        {"sys", initSysModule},
        {"builtins", initBuiltinsModule},
        {"random", initRandomModule},
        {"time", initTimeModule},
        {"math", initMathModule},
        {"itertools", initItertoolsModule},
        {"operator", initOperatorModule},
        {"functools", initFunctoolsModule},
        {"collections", initCollectionsModule},
        {"_ls_stdlib", initLsStdlibModule},
        {"inspect", initInspectModule},
        {"typing", initTypingModule},
        {"contextlib", initContextlibModule},
        {"heapq", initHeapqModule},
        {"bisect", initBisectModule},
        {"datetime", initDatetimeModule},
        {"string", initStringModule},
        {"textwrap", initTextwrapModule},
        {"copy", initCopyModule},
        {"json", initJsonModule},
        {"warnings", initWarningsModule},
        {"logging", initLoggingModule},
        {"contextvars", initContextvarsModule},
        {"types", initTypesModule},
        {"abc", initAbcModule},
        {"enum", initEnumModule},
        {"dataclasses", initDataclassesModule},
        {"collections.abc", initCollectionsAbcModule},
        {"re", initReModule},
        {"traceback", initTracebackModule},
        {"pprint", initPprintModule},
        {"statistics", initStatisticsModule},
        {"_asyncio", aio::initAsyncioCModule},
        {"asyncio", aio::initAsyncioModule},
    };
    return table;
}

bool isKnownUnsimulatedModule(std::string_view name) {
    // Standard-library modules only: a third-party name (requests, aiohttp)
    // gets CPython's plain "No module named" message, as python3 without
    // the package would print.
    static const std::array<std::string_view, 19> names = {
        "os", "socket", "subprocess", "threading", "multiprocessing", "urllib",
        "http", "ssl", "select", "selectors", "signal", "shutil", "pathlib", "io", "concurrent",
        "tempfile", "sqlite3", "pickle", "ctypes"};
    std::string_view top = name.substr(0, name.find('.'));
    for (auto n : names)
        if (n == top) return true;
    return false;
}

}  // namespace ls::interp

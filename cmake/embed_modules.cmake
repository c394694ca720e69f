# Generates a C++ source holding the Python halves of the standard-library
# modules (core/interp/modules/py/*.py) as string literals, looked up by
# embeddedModuleSource(name) (core/interp/modules/embedded_modules.h).
# Invoked at build time: cmake -DOUT=... -DPY_DIR=... -P embed_modules.cmake
file(GLOB SOURCES ${PY_DIR}/*.py)
list(SORT SOURCES)
set(body "// Generated from core/interp/modules/py/*.py by cmake/embed_modules.cmake. Do not edit.\n#include \"interp/modules/embedded_modules.h\"\n\nnamespace ls::interp {\n\nstd::string_view embeddedModuleSource(std::string_view name) {\n    struct File { std::string_view name, source; };\n    static const File files[] = {\n")
foreach(src ${SOURCES})
  get_filename_component(name ${src} NAME_WE)
  file(READ ${src} content)
  set(body "${body}        {\"${name}\", R\"LSPY(${content})LSPY\"},\n")
endforeach()
set(body "${body}        {\"\", {}},  // keeps the array non-empty\n    };\n    for (const auto &f : files)\n        if (f.name == name) return f.source;\n    return {};\n}\n\n}  // namespace ls::interp\n")
file(WRITE ${OUT}.tmp "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})

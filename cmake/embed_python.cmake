# Generates a C++ source holding the Python files of the asyncio model
# (core/asyncio/py/*.py) as string literals, so the engine needs no files
# at run time. Invoked at build time: cmake -DOUT=... -DPY_DIR=... -P embed_python.cmake
file(GLOB SOURCES ${PY_DIR}/*.py)
list(SORT SOURCES)
set(body "// Generated from core/asyncio/py/*.py by cmake/embed_python.cmake. Do not edit.\n#include \"asyncio/embedded_python.h\"\n\nnamespace ls::aio {\n\nstd::span<const EmbeddedPython> embeddedPython() {\n    static const EmbeddedPython files[] = {\n")
foreach(src ${SOURCES})
  get_filename_component(name ${src} NAME_WE)
  file(READ ${src} content)
  set(body "${body}        {\"${name}\", R\"LSPY(${content})LSPY\"},\n")
endforeach()
set(body "${body}    };\n    return files;\n}\n\n}  // namespace ls::aio\n")
file(WRITE ${OUT}.tmp "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})

// The compiler: AST (ast.h) -> CodeObjects holding the bytecode of
// opcodes.h, reproducing what CPython 3.11's Python/compile.c does for the
// same source (scopes via symtable.h, the same co_varnames / co_cellvars /
// co_freevars / flags, finally bodies inlined on every exit path, ...).
#pragma once

#include "ast.h"
#include "objects.h"
#include "opcodes.h"
#include "syntax_error.h"

namespace ls::interp {

class VM;

struct CompileOptions {
    // Allows `await`, `async for`, `async with` and async comprehensions in
    // the module body (as `python -m asyncio` / Jupyter do). Without it
    // they are SyntaxErrors, as for a plain CPython script.
    bool allowTopLevelAwait = true;
};

// Compiles a parsed module to the code object of its body ("<module>").
// Throws ls::SyntaxErrorException for compile-stage errors (CPython's
// messages and positions).
//
// When the module body uses top-level await (await / async for /
// async with / an async comprehension outside any function), the module
// code has CO_COROUTINE (and starts with GEN_START): the runner runs it as
// the coroutine `<module>` under asyncio.run. See usesTopLevelAwait().
Ref<CodeObject> compileModule(VM &vm, const ast::Module &module, const CompileOptions &opts = {});

inline bool usesTopLevelAwait(const CodeObject &moduleCode) { return (moduleCode.flags & CO_COROUTINE) != 0; }

// True for the opcodes whose argument is a jump target (an instruction
// index): jumps, FOR_ITER and the SETUP_* handlers.
bool opIsJump(Op op);

}  // namespace ls::interp

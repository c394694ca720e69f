// The `contextvars` model for C++ callers (the asyncio model): the current
// context of a VM, copy_context(), and Context.run() semantics. A Context
// maps ContextVars to values; each task and callback runs in one, exactly
// as CPython's Task/Handle do (Task.__init__ copies the current context,
// Handle._run calls self._context.run(callback, *args)).
#pragma once

#include "../vm.h"

#include <span>

namespace ls::interp::ctxvars {

// contextvars.copy_context(): a new Context with the current one's values.
Value copyContext(VM &vm);

// True for Context objects (the `context=` argument of call_soon & co.).
bool isContext(VM &vm, const Value &v);

// Context.run(callable, *args): makes `ctx` current while the callable
// runs, restoring the previous context afterwards (also on exceptions).
// RuntimeError "cannot enter context: ... is already entered" when `ctx` is
// running already.
Value runInContext(VM &vm, const Value &ctx, const Value &callable, std::span<const Value> args);

}  // namespace ls::interp::ctxvars

// Set construction the compiler and the eval loop can share with the set
// type, so that sets keep CPython's iteration order (builtins_set_order.cpp
// simulates CPython's set table from how a set was filled).
#pragma once

#include "vm.h"

#include <vector>

namespace ls::interp {

// py: Objects/setobject.c set_update_internal: what set.update(x) does, and
// what SET_UPDATE should do ({*a, *b}, and the folded display below): sets
// are merged as CPython merges tables, dicts contribute their keys, other
// iterables are added one by one.
void setUpdateFrom(VM &vm, SetObject *set, const Value &iterable);

// The frozenset CPython 3.11's compiler makes for a set display of 3 or
// more constants ({10, 2, 18} compiles to BUILD_SET 0; LOAD_CONST
// frozenset; SET_UPDATE 1; py: Python/compile.c starunpack_helper, then
// merge_consts_recursive rebuilds it from its own iteration order). With
// SET_UPDATE doing setUpdateFrom, the display then iterates as CPython's.
Value foldedSetConstant(VM &vm, const std::vector<Value> &items);

}  // namespace ls::interp

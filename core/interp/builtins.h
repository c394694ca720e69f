// Installers of the builtin types' protocols/methods and the builtin
// functions. initBuiltinTypes (types.cpp) creates the type objects first;
// then each installer below fills the slots, methods and functions of its
// area. One file (or a few) per area: builtins_<area>.cpp.
#pragma once

#include <string>
#include <string_view>

namespace ls::interp {

class VM;
class Value;
struct TypeObject;

void installIntType(VM &vm);        // builtins_int.cpp: int and bool
void installFloatType(VM &vm);      // builtins_float.cpp
void installStrType(VM &vm);        // builtins_str.cpp (+ builtins_str_format.cpp: %, format, str.format)
void installNumericFunctions(VM &vm);  // abs round divmod pow chr ord format bin hex oct ascii repr hash
void installSequenceTypes(VM &vm);  // builtins_list.cpp, builtins_tuple.cpp, builtins_range.cpp (range, slice)
void installDictType(VM &vm);       // builtins_dict.cpp (dict, views, iterators)
void installSetTypes(VM &vm);       // builtins_set.cpp (set, frozenset)
void installIterFunctions(VM &vm);  // builtins_iter.cpp: print len enumerate zip map filter sorted reversed
                                    // min max sum any all iter next isinstance issubclass getattr setattr
                                    // hasattr delattr callable id vars dir globals locals
void installBytesType(VM &vm);      // builtins_bytes.cpp: bytes (literals, encode/decode)
void installBytearrayType(VM &vm);  // builtins_bytearray.cpp
void installBytesTextMethods(VM &vm);  // builtins_bytes_methods.cpp: split, strip, find, ...
// The bytes of a bytes object (or subclass), or nullptr for anything else.
const std::string *bytesDataOf(VM &vm, const Value &v);
void installCoreTypes(VM &vm);      // object, type, function, method, module, generator, exceptions (vm_*.cpp)
namespace seq {
// Whether CPython implements dunder `m` of builtin type `owner` as a slot
// wrapper (str.__add__) rather than a method (list.__getitem__, __format__).
bool isSlotWrapper(std::string_view owner, std::string_view m);
// cls[item] -> types.GenericAlias (list[int], collections.deque[str]).
void defClassGetItem(VM &vm, TypeObject *cls);
}

}  // namespace ls::interp

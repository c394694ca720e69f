// Private to bytes and bytearray (builtins_bytes*.cpp, builtins_bytearray.cpp):
// both keep their bytes in a BytesObject; only the type differs.
#pragma once

#include "objects.h"

#include <string>

namespace ls::interp {

class VM;
struct CallArgs;

struct BytesObject : NativeObject {
    LS_CLONEABLE(BytesObject)
    std::string data;
    BytesObject(TypeObject *t, std::string d) : NativeObject(t), data(std::move(d)) {}
};

// bytes or bytearray (or a subclass of either).
bool isBytes(VM &vm, const Value &v);
// b'...' as CPython's bytes repr.
std::string bytesRepr(VM &vm, const Value &v);
// The bytes a bytes()/bytearray() call describes (str+encoding, count,
// bytes-like, iterable of ints), with CPython's errors.
std::string bytesDataFrom(VM &vm, const CallArgs &a);
TypeObject *bytearrayType(VM &vm);

}  // namespace ls::interp

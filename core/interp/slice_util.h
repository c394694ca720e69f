// Slices against a sequence length, shared by every sequence type (str,
// list, tuple, range) so they all clamp and count exactly as CPython does.
#pragma once

#include <cstdint>

namespace ls::interp {

class VM;
struct SliceObject;
class Value;

// A slice resolved against a length: the indices a loop visits are
// start, start+step, ... (`length` of them).
struct SliceIndices {
    int64_t start = 0, stop = 0, step = 1, length = 0;
};

// py: Objects/sliceobject.c PySlice_Unpack + PySlice_AdjustIndices (3.11).
// Raises ValueError "slice step cannot be zero" and TypeError "slice indices
// must be integers or None or have an __index__ method".
SliceIndices sliceIndices(VM &vm, const SliceObject *slice, int64_t length);

// py: PySlice_AdjustIndices alone, for start/stop/step already unpacked.
int64_t adjustSliceIndices(int64_t length, int64_t &start, int64_t &stop, int64_t step);

// py: Objects/abstract.c PyNumber_AsSsize_t-style conversion of a
// sequence index (int, bool or __index__), or false when `key` is not an
// index at all (so the caller can try slices and raise its own TypeError).
bool indexValue(VM &vm, const Value &key, int64_t &out);

}  // namespace ls::interp

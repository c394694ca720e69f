// How much C++ stack the calling thread has left.
//
// The recursion limit counts Python frames, and a Python-to-Python call
// costs no C++ stack (the eval loop pushes a Frame). But a call made from
// C++ -- a __repr__ or __hash__ run by a native, a method called by a
// builtin, a coroutine step -- nests a whole eval loop, and an eval frame
// under AddressSanitizer is several times its Release size: a thousand
// such levels overflow an 8 MB stack before the limit is reached. The VM
// asks this before nesting and raises RecursionError instead, as CPython
// 3.12 does with its C stack check.
#pragma once

#include <cstddef>

namespace ls::interp {

namespace stack_limit_detail {
struct Bounds {
    bool known = false;
    char *limit = nullptr;  // below this, the stack is nearly full (null: unknown)
};
// Constant-initialised, so reading it costs no guard (every call asks).
inline thread_local Bounds tBounds;
void readBounds();
}  // namespace stack_limit_detail

// True when less remains than the raising, unwinding and traceback
// printing after a RecursionError need: a quarter of a small stack, at
// most 1 MB of a big one (8 MB is the default for the main thread and for
// std::thread on Linux).
inline bool cppStackNearlyFull() {
    auto &b = stack_limit_detail::tBounds;
    if (!b.known) stack_limit_detail::readBounds();
    return static_cast<char *>(__builtin_frame_address(0)) < b.limit;
}

}  // namespace ls::interp

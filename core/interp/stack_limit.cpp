#include "stack_limit.h"

#include <pthread.h>

#include <algorithm>
#include <cstdint>

namespace ls::interp {

namespace {

struct StackBounds {
    char *low = nullptr;
    std::size_t size = 0;
};

// Read once per thread: the bounds of a thread's stack never change.
StackBounds readBounds() {
    StackBounds b;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return b;
    void *addr = nullptr;
    std::size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
        b.low = static_cast<char *>(addr);
        b.size = size;
    }
    pthread_attr_destroy(&attr);
    return b;
}

const StackBounds &bounds() {
    thread_local const StackBounds b = readBounds();
    return b;
}

}  // namespace

std::size_t cppStackLeft() {
    const StackBounds &b = bounds();
    if (!b.low) return SIZE_MAX;
    char *here = static_cast<char *>(__builtin_frame_address(0));
    return here > b.low ? static_cast<std::size_t>(here - b.low) : 0;
}

bool cppStackNearlyFull() {
    const StackBounds &b = bounds();
    if (!b.low) return false;
    const std::size_t reserve = std::min<std::size_t>(b.size / 4, std::size_t(1) << 20);
    char *here = static_cast<char *>(__builtin_frame_address(0));
    return here < b.low + reserve;
}

}  // namespace ls::interp

#include "stack_limit.h"

#include <pthread.h>

#include <algorithm>

namespace ls::interp {

namespace stack_limit_detail {

// Read once per thread: the bounds of a thread's stack never change.
void readBounds() {
    Bounds &b = tBounds;
    b.known = true;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    void *addr = nullptr;
    std::size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
        b.limit = static_cast<char *>(addr) + std::min<std::size_t>(size / 4, std::size_t(1) << 20);
    }
    pthread_attr_destroy(&attr);
}

}  // namespace stack_limit_detail

}  // namespace ls::interp

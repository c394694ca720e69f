#include "memory_cap.h"

#include "errors.h"
#include "vm.h"

#include <malloc.h>

#if defined(__SANITIZE_ADDRESS__)
#define LS_ASAN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LS_ASAN_ALLOCATOR 1
#endif
#endif
#ifdef LS_ASAN_ALLOCATOR
#include <sanitizer/allocator_interface.h>
#endif

namespace ls::interp {

size_t heapBytesInUse() {
#ifdef LS_ASAN_ALLOCATOR
    return __sanitizer_get_current_allocated_bytes();
#else
    struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
#endif
}

namespace {

[[noreturn]] void overCap(uint64_t cap) {
    throw VmAbort{VmAbort::Reason::MemoryLimit,
                  "memory limit exceeded: the script uses more than " + std::to_string(cap >> 20) + " MiB"};
}

// mallinfo2() walks malloc's free lists (costly on a churned heap), so big
// blocks are not measured one by one: the heap is measured again only when
// the last measure plus the big blocks asked for since would pass the cap
// (frees only lower the real figure; small blocks are the periodic check's).
struct Estimate {
    const VM *vm = nullptr;
    uint64_t inUse = 0;
};
thread_local Estimate estimate;

}  // namespace

void checkGrowth(VM &vm, size_t bytes) {
    const uint64_t cap = vm.options().maxHeapBytes;
    if (!cap || (bytes && bytes < (size_t{1} << 20))) return;
    if (bytes > cap) overCap(cap);
    if (bytes == 0 || estimate.vm != &vm || estimate.inUse > cap - bytes) {
        estimate.vm = &vm;
        estimate.inUse = heapBytesInUse();
        if (estimate.inUse > cap - bytes) overCap(cap);
    }
    estimate.inUse += bytes;
}

}  // namespace ls::interp

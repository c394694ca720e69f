// The memory cap (VmOptions::maxHeapBytes): a script that grows a list or a
// string without bound stops with "memory limit exceeded" (VmAbort, exit 4)
// long before the machine's OOM killer would end the whole process.
#pragma once

#include <cstddef>

namespace ls::interp {

class VM;

// Bytes the process has malloc'ed and not freed (glibc's, or ASan's
// allocator's under AddressSanitizer, which glibc's statistics do not see).
size_t heapBytesInUse();

// Before a native makes one big block (repetition, concatenation): throws
// VmAbort(MemoryLimit) when `bytes` more would pass the cap. Blocks under
// 1 MiB return at once (the eval loop's periodic check sees them); 0 checks
// what is in use now. Cheap: the heap is measured only when the last
// measure plus the blocks asked for since would pass the cap.
void checkGrowth(VM &vm, size_t bytes);

}  // namespace ls::interp

// py: Lib/heapq.py (3.11) heappush/heappop with their exact sift algorithms
// over TimerHandles ordered by `when` alone (TimerHandle.__lt__), so the
// array and the order of equal deadlines are CPython's.
#pragma once

#include "events.h"

#include <vector>

namespace ls::aio {

using TimerHeap = std::vector<Ref<HandleObject>>;

void heapPush(TimerHeap &heap, Ref<HandleObject> item);
Ref<HandleObject> heapPop(TimerHeap &heap);
void heapify(TimerHeap &heap);

}  // namespace ls::aio

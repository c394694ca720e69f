#include "heapq.h"

namespace ls::aio {

namespace {

bool lessThan(const Ref<HandleObject> &a, const Ref<HandleObject> &b) { return a->when < b->when; }

// py: heapq._siftdown: moves the item at pos up towards startpos.
void siftDown(TimerHeap &heap, size_t startpos, size_t pos) {
    Ref<HandleObject> newitem = heap[pos];
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        Ref<HandleObject> &parent = heap[parentpos];
        if (lessThan(newitem, parent)) {
            heap[pos] = parent;
            pos = parentpos;
            continue;
        }
        break;
    }
    heap[pos] = newitem;
}

// py: heapq._siftup: bubbles the smaller child up to a leaf, then siftDown.
void siftUp(TimerHeap &heap, size_t pos) {
    size_t endpos = heap.size();
    size_t startpos = pos;
    Ref<HandleObject> newitem = heap[pos];
    size_t childpos = 2 * pos + 1;
    while (childpos < endpos) {
        size_t rightpos = childpos + 1;
        if (rightpos < endpos && !lessThan(heap[childpos], heap[rightpos])) childpos = rightpos;
        heap[pos] = heap[childpos];
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    heap[pos] = newitem;
    siftDown(heap, startpos, pos);
}

}  // namespace

void heapPush(TimerHeap &heap, Ref<HandleObject> item) {
    heap.push_back(std::move(item));
    siftDown(heap, 0, heap.size() - 1);
}

Ref<HandleObject> heapPop(TimerHeap &heap) {
    Ref<HandleObject> last = heap.back();
    heap.pop_back();
    if (!heap.empty()) {
        Ref<HandleObject> ret = heap[0];
        heap[0] = last;
        siftUp(heap, 0);
        return ret;
    }
    return last;
}

void heapify(TimerHeap &heap) {
    size_t n = heap.size();
    for (size_t i = n / 2; i-- > 0;) siftUp(heap, i);
}

}  // namespace ls::aio

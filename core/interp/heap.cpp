#include "heap.h"
#include "objects.h"

#include <vector>

namespace ls::interp {

Object::~Object() {
    if (hasSideDict) dropSideDict(this);
    // Unlink from the heap list (the sentinel makes both neighbours exist).
    if (heapPrev) {
        heapPrev->heapNext = heapNext;
        heapNext->heapPrev = heapPrev;
    }
}

namespace {

// Freeing an object releases what it holds, which may free more: a list
// nested a million deep would recurse a million C++ frames. Past this many
// nested frees the rest waits in a list that the outermost free drains, as
// CPython's "trashcan" does.
constexpr int kMaxNestedFrees = 256;
thread_local int tFreeDepth = 0;
thread_local std::vector<Object *> *tDeferredFrees = nullptr;

}  // namespace

void releaseObject(Object *o) {
    if (o->needsFinalizer && !o->finalized && o->finalizeLater()) return;
    if (tFreeDepth >= kMaxNestedFrees) {
        if (!tDeferredFrees) tDeferredFrees = new std::vector<Object *>;
        tDeferredFrees->push_back(o);
        return;
    }
    ++tFreeDepth;
    delete o;
    if (tFreeDepth == 1 && tDeferredFrees) {
        while (!tDeferredFrees->empty()) {
            Object *next = tDeferredFrees->back();
            tDeferredFrees->pop_back();
            delete next;
        }
        delete tDeferredFrees;
        tDeferredFrees = nullptr;
    }
    --tFreeDepth;
}

Heap::Heap() {
    sentinel_.heapPrev = sentinel_.heapNext = &sentinel_;
    sentinel_.refcnt = 1;
}

Heap::~Heap() {
    clearAll();
    // Anything still linked is kept alive by a reference from outside the
    // heap (a leak in C++ code); detach so the sentinel's unlink is safe.
    for (Object *o = sentinel_.heapNext; o != &sentinel_;) {
        Object *n = o->heapNext;
        o->heapPrev = o->heapNext = nullptr;
        o = n;
    }
    sentinel_.heapPrev = sentinel_.heapNext = nullptr;
}

void Heap::link(Object *o) {
    o->serial = ++allocated_;
    o->heapNext = &sentinel_;
    o->heapPrev = sentinel_.heapPrev;
    sentinel_.heapPrev->heapNext = o;
    sentinel_.heapPrev = o;
}

void Heap::linkClone(Object *o) {
    o->heapNext = &sentinel_;
    o->heapPrev = sentinel_.heapPrev;
    sentinel_.heapPrev->heapNext = o;
    sentinel_.heapPrev = o;
}

void Heap::clearAll() {
    // Pin everything, drop every reference each object holds, then unpin:
    // cycles are gone and reference counting frees all of it. Finalizers
    // are not run at teardown.
    std::vector<Object *> all;
    for (Object *o = sentinel_.heapNext; o != &sentinel_; o = o->heapNext) {
        o->incref();
        o->finalized = true;
        all.push_back(o);
    }
    // Shared objects (immutable, see Object::shared) may outlive this heap
    // in a checkpoint: their contents must stay whole.
    for (Object *o : all)
        if (!o->shared) o->clearRefs();
    for (Object *o : all) o->decref();
}

}  // namespace ls::interp

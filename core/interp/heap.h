// Where objects live. Every object is linked into its heap's list so that
// teardown can break reference cycles (clearAll); reference counting frees
// everything else the moment it becomes garbage, as in CPython.
#pragma once

#include "value.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace ls::interp {

class Heap {
public:
    Heap();
    ~Heap();
    Heap(const Heap &) = delete;
    Heap &operator=(const Heap &) = delete;

    template <class T, class... A> T *make(A &&...a) {
        T *o = new T(std::forward<A>(a)...);
        link(o);
        return o;
    }
    size_t allocatedTotal() const { return allocated_; }
    // The session builds Snapshots between two instructions; temporaries it
    // makes must not shift the id() serials of what the script makes next
    // (re-execution has to give the same ids), so it restores the counter.
    void restoreAllocatedTotal(size_t n) { allocated_ = n; }
    // Checkpoints (vm_clone.h): links a cloned object keeping its serial,
    // and carries the serial counter over.
    void linkClone(Object *o);
    void setAllocatedTotal(size_t n) { allocated_ = n; }
    // Every live object, oldest first (slow: introspection only).
    std::vector<Object *> liveObjects() const {
        std::vector<Object *> v;
        for (Object *o = sentinel_.heapNext; o != &sentinel_; o = o->heapNext) v.push_back(o);
        return v;
    }
    // Breaks every cycle by clearing each object's references, then lets
    // reference counting free what is left.
    void clearAll();

private:
    void link(Object *o);
    Object sentinel_{Kind::Native, nullptr};  // list head; never a real object
    size_t allocated_ = 0;
    friend void releaseObject(Object *o);
};

}  // namespace ls::interp

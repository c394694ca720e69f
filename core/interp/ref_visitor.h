// RefVisitor: what Object::visitRefs calls for every reference an object
// holds. Checkpoints (vm_clone.h) use it twice: to count the references each
// object receives from the rest of the VM (so a checkpoint is refused when
// the C++ stack holds references it cannot recreate) and to rebind a cloned
// object's references to the clone's objects.
#pragma once

#include "dict_table.h"
#include "value.h"

#include <functional>
#include <memory>
#include <vector>

namespace ls::interp {

struct Frame;

class RefVisitor {
public:
    virtual ~RefVisitor() = default;
    // An owning reference (counted in o->refcnt); returns what to store
    // (null: forget the reference without releasing it).
    virtual Object *owned(Object *o) = 0;
    // A pointer kept without a reference; returns what to store (null when
    // the object does not exist any more where the visitor maps to).
    virtual Object *borrowed(Object *o) = 0;
    // A frame owned by the visited object (a generator's).
    virtual void ownedFrame(std::unique_ptr<Frame> &f) = 0;
    // A frame pointer kept without owning it.
    virtual Frame *borrowedFrame(Frame *f) = 0;
    // The VM a visited object points back to.
    virtual VM *vm(VM *old) = 0;

    void operator()(Value &v) {
        if (!v.isObj()) return;
        if (Object *n = owned(v.obj())) v.rebindRaw(n);
        else v.forgetRaw();
    }
    template <class T> void operator()(Ref<T> &r) {
        if (r) r.rebindRaw(static_cast<T *>(owned(r.get())));
    }
    void operator()(std::vector<Value> &vs) {
        for (auto &v : vs) (*this)(v);
    }
    template <class T> void operator()(std::vector<Ref<T>> &vs) {
        for (auto &v : vs) (*this)(v);
    }
    void operator()(DictTable &t) {
        for (size_t i = 0; i < t.capacityEnd(); ++i) {
            (*this)(t.entryAt(i).key);
            (*this)(t.entryAt(i).value);
        }
    }
    // State shared by several objects (itertools.tee's buffer): visited
    // once; `first` visits it (and copies it first when `copy`).
    virtual std::shared_ptr<void> sharedState(const void *key,
                                              const std::function<std::shared_ptr<void>(bool copy)> &first) = 0;
    template <class T> void shared(std::shared_ptr<T> &p) {
        if (!p) return;
        std::shared_ptr<T> orig = p;
        auto r = sharedState(orig.get(), [&](bool copy) -> std::shared_ptr<void> {
            std::shared_ptr<T> c = copy ? std::make_shared<T>(*orig) : orig;
            c->visitRefs(*this);
            return c;
        });
        p = std::static_pointer_cast<T>(r);
    }
    template <class T> void raw(T *&p) {
        if (p) p = static_cast<T *>(borrowed(const_cast<std::remove_const_t<T> *>(p)));
    }
};

}  // namespace ls::interp

// Deep copies of a whole VM, the ground of checkpoints (loop_checkpoint.h,
// runner/checkpoint.h): every heap object, the frames of the running eval,
// the VM's own fields and the extensions' state, with every reference
// rebound to the copy. The copy keeps serials (id()), the instruction
// count and each object's refcount, so it runs on exactly as the original.
//
// Safety nets, since forgetting one object kind or one field would make a
// resumed run differ in subtle ways:
//  - every concrete object type overrides Object::cloneShell (LS_CLONEABLE);
//    the defaults throw CloneError naming the type;
//  - a field copied but not visited by visitRefs leaves the source's
//    refcounts changed: the clone checks them and aborts (a bug);
//  - the clone recounts the references each object receives; whatever the
//    source's refcount has beyond that is held by the C++ stack, and the
//    caller must accept exactly that (`acceptStack`), otherwise the clone is
//    refused (CloneError): the caller could not recreate those references.
//
// A frozen copy (a keyframe, never run) may share the immutable objects
// (str, big int, code, tuples of such) with its source instead of copying
// them (Options::shareImmutables): they get Object::shared, stay on the
// source's heap, and the copy holds references to them (counted in their
// refcounts, which then sum every VM's). A copy of a frozen VM (a resume)
// copies them again, so a running VM only ever has objects of its own.
#pragma once

#include "vm.h"

#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace ls::interp {

struct CloneError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A VM that does not run: the copy a checkpoint keeps, with the frames of
// the eval that was running (innermost first) which nothing else owns.
struct FrozenVm {
    std::unique_ptr<VmHost> host;     // keeps the virtual clock
    std::unique_ptr<VM> vm;
    std::vector<Frame *> chain;       // current frame ... root frame (owned)
    // Value::floatIdentityCounter() when it was taken (a resume restores it).
    uint32_t floatIdentities = 0;
    FrozenVm() = default;
    FrozenVm(FrozenVm &&) = default;
    FrozenVm &operator=(FrozenVm &&) = default;
    ~FrozenVm();
    // Gives the chain frames away (a resume runs them).
    std::vector<Frame *> releaseChain() { return std::move(chain); }
};

class VmCloner {
public:
    // Extra references held outside the VM (observers of the runner):
    // the callback visits them with the visitor it is given.
    using ExtraRoots = std::function<void(RefVisitor &)>;

    // References the C++ stack holds in src (object -> count, non-zero only).
    using StackRefs = std::unordered_map<const Object *, int>;
    // Says whether the caller will recreate exactly those references (else
    // sets `why`).
    using AcceptStack = std::function<bool(const StackRefs &held, std::string &why)>;
    // An AcceptStack for a known set.
    static AcceptStack exactly(StackRefs expected);

    // Copies `src` into a new VM that writes to `host` (its clock is set to
    // src's). Empty `acceptStack`: the stack must hold nothing (a VM at
    // rest). `extra` visits the caller's extra roots: copies it made of
    // src references, rebound to the clone. After the clone, `map`
    // translates any src object or frame to its copy.
    struct Map {
        std::unordered_map<const Object *, Object *> objects;
        std::unordered_map<const Frame *, Frame *> frames;
        Object *operator()(const Object *o) const {
            auto it = objects.find(o);
            return it == objects.end() ? nullptr : it->second;
        }
        Frame *frame(const Frame *f) const {
            auto it = frames.find(f);
            return it == frames.end() ? nullptr : it->second;
        }
    };
    struct Options {
        bool shareImmutables = false;
        // References the C++ stack holds to shared objects of src (their
        // refcounts cannot tell): given to their copies, as the stack
        // references of copied objects are (acceptStack ignores them).
        const StackRefs *stackOfShared = nullptr;
    };
    static std::unique_ptr<VM> clone(VM &src, VmHost &host, const AcceptStack &acceptStack, const ExtraRoots &extra,
                                     std::vector<Frame *> &chainOut, Map &map, const Options &options);
    static std::unique_ptr<VM> clone(VM &src, VmHost &host, const AcceptStack &acceptStack, const ExtraRoots &extra,
                                     std::vector<Frame *> &chainOut, Map &map) {
        return clone(src, host, acceptStack, extra, chainOut, map, Options{});
    }
    // How many objects a frozen copy shares with its source.
    static size_t sharedCount(const VM &frozen);

    // Marks every object finalized, deletes `chain`, then the VM: tears a
    // VM down without running Python code (a checkpoint never resumed).
    static void discard(std::unique_ptr<VM> vm, std::vector<Frame *> &chain);
};

// Visits every reference a frame holds (shared by the cloner's visitors).
void visitFrameRefs(Frame &f, RefVisitor &v);

}  // namespace ls::interp

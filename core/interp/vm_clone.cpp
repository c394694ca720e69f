// VmCloner: the deep copy behind checkpoints (see vm_clone.h).
//
// Phase 1 makes a shell of every object (its copy constructor: the copy's
// Values still point into the source and hold references there) and copies
// the frames. Phase 2 rebinds every visited reference to the copy, handing
// the borrowed source reference back. Phase 3 recounts the copy's
// references and compares them with the source's refcounts.
#include "vm_clone.h"

#include <stdexcept>
#include <typeinfo>

namespace ls::interp {

// ------------------------------------------------------ per-type pieces

Object *Object::cloneShell() const {
    throw CloneError(std::string("no checkpoint copy for object kind ") + typeid(*this).name());
}

Object *NativeObject::cloneShell() const {
    // A subclass that forgot LS_CLONEABLE would be sliced to its base here.
    if (typeid(*this) != typeid(NativeObject))
        throw CloneError(std::string("no checkpoint copy for native type ") + typeid(*this).name() + " (" +
                         (type ? type->name : std::string("?")) + ")");
    return new NativeObject(*this);
}

void ExceptionObject::visitRefs(RefVisitor &v) {
    InstanceObject::visitRefs(v);
    v(args); v(cause); v(context); v(value); v(notes);
    v(groupMessage); v(groupExceptions); v(osErrno); v(osStrerror); v(osFilename); v(osFilename2);
    tbFrame = v.borrowedFrame(const_cast<Frame *>(static_cast<const Frame *>(tbFrame)));
}

Object *GeneratorObject::cloneShell() const {
    auto *g = new GeneratorObject(type, flavor, vm);
    g->needsFinalizer = needsFinalizer;
    g->finalized = finalized;
    g->immortal = immortal;
    g->serial = serial;
    g->state = state;
    g->name = name;
    g->qualname = qualname;
    g->asyncGenHooksCalled = asyncGenHooksCalled;
    g->asyncGenRunningAsync = asyncGenRunningAsync;
    g->origin = origin;
    if (frame) g->frame = std::make_unique<Frame>(*frame);
    return g;
}

void GeneratorObject::visitRefs(RefVisitor &v) {
    v(origin);
    if (frame) v.ownedFrame(frame);
    vm = v.vm(vm);
}

void visitFrameRefs(Frame &f, RefVisitor &v) {
    v(f.code); v(f.func); v(f.globals); v(f.locals);
    v(f.fast); v(f.stack);
    for (auto &b : f.blocks) v(b.exc);
    v(f.pendingThrow);
    f.back = v.borrowedFrame(f.back);
    v.raw(f.gen);
}

namespace {

// A bug in the cloner or in an object's visitRefs (the source's refcounts
// are no longer right): loud, and not a CloneError that callers absorb.
// (No stderr here: the engine's objects never reach the OS, tst_sandbox.)
[[noreturn]] void fatal(const std::string &what) { throw std::logic_error("VM clone bug: " + what); }

std::string describe(const Object *o) {
    std::string s = typeid(*o).name();
    if (o->type) s += " (" + o->type->name + ")";
    return s;
}

// What every phase's visitor does alike: frames an object owns are visited
// in place, and state objects share (sharedState) is made once per phase
// (copied when the phase copies) and handed to every object that asks.
class PhaseVisitor : public RefVisitor {
public:
    explicit PhaseVisitor(bool copying) : copying_(copying) {}
    void ownedFrame(std::unique_ptr<Frame> &f) override { visitFrameRefs(*f, *this); }
    std::shared_ptr<void> sharedState(const void *key, const std::function<std::shared_ptr<void>(bool)> &first) override {
        auto it = shared_.find(key);
        if (it != shared_.end()) return it->second;
        auto r = first(copying_);
        shared_.emplace(key, r);
        return r;
    }

private:
    bool copying_;
    std::unordered_map<const void *, std::shared_ptr<void>> shared_;
};

// A phase that leaves borrowed pointers and the VM as they are.
class InPlaceVisitor : public PhaseVisitor {
public:
    InPlaceVisitor() : PhaseVisitor(false) {}
    Object *borrowed(Object *o) override { return o; }
    Frame *borrowedFrame(Frame *f) override { return f; }
    VM *vm(VM *old) override { return old; }
};

// Phase 2: rebinds a shell's references from source objects to copies.
class Remap : public PhaseVisitor {
public:
    Remap(const VmCloner::Map &m, VM *newVm) : PhaseVisitor(true), map_(m), vm_(newVm) {}
    Object *owned(Object *o) override {
        Object *n = map_(o);
        if (!n) fatal("a reference to an object outside the heap: " + describe(o));
        if (n != o) --o->refcnt;  // the shell's copy constructor took it (a shared object keeps it)
        return n;
    }
    Object *borrowed(Object *o) override { return map_(o); }
    Frame *borrowedFrame(Frame *f) override { return f ? map_.frame(f) : nullptr; }
    VM *vm(VM *old) override { return old ? vm_ : nullptr; }

private:
    const VmCloner::Map &map_;
    VM *vm_;
};

// Phase 3: counts the references each copy receives (in its refcnt).
class Count : public InPlaceVisitor {
public:
    Object *owned(Object *o) override {
        if (!o->shared) ++o->refcnt;  // a shared object's count is every VM's
        return o;
    }
};

// Teardown of a frozen VM: forgets every reference (the objects are all
// deleted right after, whatever their counts).
class Forget : public InPlaceVisitor {
public:
    Object *owned(Object *o) override {
        if (o->shared) o->decref();  // it outlives this VM: give the reference back
        return nullptr;
    }
};

template <class Struct> void remapTypeTable(Struct &dst, const Struct &src, const VmCloner::Map &map) {
    static_assert(sizeof(Struct) % sizeof(TypeObject *) == 0);
    auto *d = reinterpret_cast<TypeObject **>(&dst);
    auto *s = reinterpret_cast<TypeObject *const *>(&src);
    for (size_t i = 0; i < sizeof(Struct) / sizeof(TypeObject *); ++i)
        d[i] = s[i] ? static_cast<TypeObject *>(map(s[i])) : nullptr;
}

}  // namespace

VmCloner::AcceptStack VmCloner::exactly(StackRefs expected) {
    return [expected = std::move(expected)](const StackRefs &held, std::string &why) {
        StackRefs want;
        for (auto &[o, n] : expected)
            if (n && !o->shared) want[o] = n;  // shared: refcounts cannot tell (Options::stackOfShared)
        if (held == want) return true;
        for (auto &[o, n] : held) {
            auto it = want.find(o);
            int w = it == want.end() ? 0 : it->second;
            if (w != n) why += describe(o) + ": " + std::to_string(n) + " held, " + std::to_string(w) + " expected; ";
        }
        for (auto &[o, n] : want)
            if (!held.count(o)) why += describe(o) + ": 0 held, " + std::to_string(n) + " expected; ";
        return false;
    };
}

namespace {

// Whether `o` never changes after it is made and refers only to objects
// that never change either: a frozen copy may share it (Object::shared).
// Exact builtin types only (a subclass instance has a dict to change).
class Immutables {
public:
    explicit Immutables(const VM &vm) : vm_(vm) {}
    bool operator()(Object *o) {
        if (o->shared) return true;
        auto it = memo_.find(o);
        if (it != memo_.end()) return it->second;
        bool ok = decide(o);
        memo_.emplace(o, ok);
        return ok;
    }

private:
    bool value(const Value &v) { return !v.isObj() || (*this)(v.obj()); }
    bool decide(Object *o) {
        if (o->hasSideDict || o->needsFinalizer || o->immortal || !o->type || !o->type->isBuiltin) return false;
        switch (o->kind) {
        case Kind::Str: return o->type == vm_.types.str;
        case Kind::BigInt: return true;
        case Kind::Tuple: {
            if (o->type != vm_.types.tuple) return false;
            for (const Value &v : static_cast<TupleObject *>(o)->items)
                if (!value(v)) return false;
            return true;
        }
        case Kind::Code: {
            auto *c = static_cast<CodeObject *>(o);
            for (const Value &v : c->consts)
                if (!value(v)) return false;
            for (auto &n : c->names)
                if (n && !(*this)(n.get())) return false;
            return true;
        }
        default: return false;
        }
    }
    const VM &vm_;
    std::unordered_map<const Object *, bool> memo_;
};

}  // namespace

size_t VmCloner::sharedCount(const VM &frozen) { return frozen.sharedObjects_.size(); }

std::unique_ptr<VM> VmCloner::clone(VM &src, VmHost &host, const AcceptStack &acceptStack, const ExtraRoots &extra,
                                    std::vector<Frame *> &chainOut, Map &map, const Options &options) {
    host.now = src.host().now;
    std::unique_ptr<VM> dst(new VM(host, src.options_, VM::BlankTag{}));
    std::vector<Object *> all = src.heap_.liveObjects();
    // A frozen source's shared objects are not on its heap: copied too.
    all.insert(all.end(), src.sharedObjects_.begin(), src.sharedObjects_.end());

    // Which objects are copied (olds/news) and which shared (options).
    std::vector<Object *> olds, shared;
    olds.reserve(all.size());
    if (options.shareImmutables) {
        Immutables immutable(src);
        for (Object *o : all) (immutable(o) ? shared : olds).push_back(o);
    } else {
        olds = std::move(all);
    }
    std::vector<uint32_t> before;
    before.reserve(olds.size());
    for (Object *o : olds) before.push_back(o->refcnt);

    // ---- phase 1: shells and frames
    std::vector<Object *> news;
    news.reserve(olds.size());
    map.objects.reserve((olds.size() + shared.size()) * 2);
    try {
        for (Object *o : olds) {
            Object *n = o->cloneShell();
            news.push_back(n);
            map.objects.emplace(o, n);
        }
    } catch (...) {
        for (Object *n : news) delete n;  // shells only point into src: this gives its references back
        throw;
    }
    for (Object *o : shared) {
        o->shared = true;
        map.objects.emplace(o, o);
    }
    for (size_t i = 0; i < olds.size(); ++i) {
        dst->heap_.linkClone(news[i]);
        if (olds[i]->kind == Kind::Generator) {
            auto *og = static_cast<GeneratorObject *>(olds[i]);
            if (og->frame) map.frames.emplace(og->frame.get(), static_cast<GeneratorObject *>(news[i])->frame.get());
        }
    }
    dst->heap_.setAllocatedTotal(src.heap_.allocatedTotal());
    std::vector<Frame *> oldChain, newChain;
    for (Frame *f = src.current_; f; f = f->back) {
        oldChain.push_back(f);
        if (Frame *owned = map.frame(f)) {
            newChain.push_back(owned);  // a generator's frame (not canonical, but copied right)
            continue;
        }
        Frame *n = new Frame(*f);
        map.frames.emplace(f, n);
        newChain.push_back(n);
    }

    // ---- phase 2: rebind
    Remap remap(map, dst.get());
    for (size_t i = 0; i < olds.size(); ++i) {
        Object *n = news[i];
        TypeObject *t = n->type;
        if (olds[i]->shared) {
            // Shared by a frozen source: its type is one of the VM it was
            // made in, which the source knows a copy of.
            auto it = src.sharedTypes_.find(t);
            if (it != src.sharedTypes_.end()) t = it->second;
        }
        n->type = t ? static_cast<TypeObject *>(map(t)) : nullptr;
        n->visitRefs(remap);
    }
    for (size_t i = 0; i < newChain.size(); ++i)
        if (!oldChain[i]->gen) visitFrameRefs(*newChain[i], remap);
    for (auto &[key, e] : src.extensions_) {
        VM::Extension ne = e;
        if (e.isType) {
            ne.state = std::shared_ptr<void>(map(static_cast<Object *>(e.state.get())), [](void *) {});
        } else {
            ne.state = e.copy(e.state.get());
            e.visit(ne.state.get(), remap);
        }
        dst->extensions_.emplace(key, std::move(ne));
    }
    if (extra) extra(remap);
    for (size_t i = 0; i < olds.size(); ++i)
        if (olds[i]->refcnt != before[i])
            fatal("a field copied but not visited by visitRefs holds " + describe(olds[i]));

    // ---- the VM's own fields
    remapTypeTable(dst->types, src.types, map);
    remapTypeTable(dst->exc, src.exc, map);
    for (Object *n : news) n->refcnt = 0;
    auto val = [&](const Value &v) { return v.isObj() ? Value(map(v.obj())) : v; };
    dst->builtins_ = static_cast<DictObject *>(map(src.builtins_.get()));
    if (src.mainGlobals_) dst->mainGlobals_ = static_cast<DictObject *>(map(src.mainGlobals_.get()));
    for (auto &[k, v] : src.modules_) dst->modules_.emplace(k, val(v));
    for (auto &[k, v] : src.interned_) dst->interned_.emplace(k, static_cast<StrObject *>(map(v.get())));
    dst->sources_ = src.sources_;
    dst->notImplemented_ = val(src.notImplemented_);
    dst->ellipsis_ = val(src.ellipsis_);
    dst->emptyTuple_ = val(src.emptyTuple_);
    dst->current_ = newChain.empty() ? nullptr : newChain.front();
    dst->depth_ = src.depth_;
    dst->instructions_ = src.instructions_;
    dst->budgetCheckAt_ = src.budgetCheckAt_;
    dst->nativeSteps_ = src.nativeSteps_;
    dst->memoryCheckAt_ = src.memoryCheckAt_;
    for (Object *o : src.pendingFinalizers_) {
        Object *n = map(o);
        ++n->refcnt;  // the resurrection reference (see finalizeLater)
        dst->pendingFinalizers_.push_back(n);
    }
    dst->scriptPath_ = src.scriptPath_;
    // The __dict__s of builtin-subclass instances live in a side table
    // (objects.cpp), not in the objects: each copy gets the copied dict.
    for (size_t i = 0; i < olds.size(); ++i)
        if (olds[i]->hasSideDict)
            if (DictObject *d = sideDict(src, olds[i], false)) setSideDict(news[i], static_cast<DictObject *>(map(d)));

    // ---- phase 3: recount and compare
    Count count;
    for (Object *n : news) {
        if (n->immortal) ++n->refcnt;
        n->visitRefs(count);
    }
    for (size_t i = 0; i < newChain.size(); ++i)
        if (!oldChain[i]->gen) visitFrameRefs(*newChain[i], count);
    for (auto &[key, e] : dst->extensions_)
        if (!e.isType) e.visit(e.state.get(), count);
    if (extra) extra(count);
    StackRefs held;
    for (size_t i = 0; i < olds.size(); ++i) {
        if (olds[i]->shared) continue;  // its refcount is every VM's (stackOfShared)
        int64_t h = static_cast<int64_t>(olds[i]->refcnt) - static_cast<int64_t>(news[i]->refcnt);
        if (h) held[olds[i]] = static_cast<int>(h);
    }
    std::string unexplained;
    // No acceptStack: a VM at rest, the C++ stack holds nothing.
    if (!(acceptStack ? acceptStack : exactly({}))(held, unexplained)) {
        Forget forget;
        if (extra) extra(forget);  // the caller's copies pointed into the discarded clone
        discard(std::move(dst), newChain);
        throw CloneError("references held outside the VM: " + unexplained);
    }
    // Identical refcounts: the caller takes over the declared stack references.
    for (size_t i = 0; i < olds.size(); ++i) {
        if (!olds[i]->shared) {
            news[i]->refcnt = olds[i]->refcnt;
        } else if (options.stackOfShared) {
            auto it = options.stackOfShared->find(olds[i]);
            if (it != options.stackOfShared->end()) news[i]->refcnt += it->second;
        }
    }
    // The shared objects: one reference each for the copy (dropped by
    // discard), and their types' copies for whoever copies the copy.
    for (Object *o : shared) {
        o->incref();
        dst->sharedObjects_.push_back(o);
        if (o->type) dst->sharedTypes_.emplace(o->type, static_cast<TypeObject *>(map(o->type)));
    }
    chainOut = std::move(newChain);
    return dst;
}

void VmCloner::discard(std::unique_ptr<VM> vm, std::vector<Frame *> &chain) {
    if (!vm) return;
    // A frozen VM's refcounts include what the C++ stack of the original
    // held, so counting cannot free it: pin everything, drop every
    // reference, then delete each object (no finaliser runs).
    std::vector<Object *> all = vm->heap_.liveObjects();
    for (Object *o : all) {
        o->finalized = true;
        o->refcnt += 1u << 24;
    }
    for (Frame *f : chain)
        if (!f->gen) delete f;  // a generator's frame belongs to it
    chain.clear();
    vm->current_ = nullptr;
    vm->pendingFinalizers_.clear();
    vm->modules_.clear();
    vm->interned_.clear();
    vm->mainGlobals_.reset();
    vm->builtins_.reset();
    vm->notImplemented_ = vm->ellipsis_ = vm->emptyTuple_ = Value();
    Forget forget;
    for (auto &[key, e] : vm->extensions_)
        if (!e.isType) e.visit(e.state.get(), forget);
    for (Object *o : all) o->visitRefs(forget);
    // Side dicts are released by their owners' destructors: detach them
    // while every object still exists (all are pinned).
    for (Object *o : all)
        if (o->hasSideDict) dropSideDict(o);
    for (Object *o : all) delete o;  // destructors may still read extensions (the task list)
    for (Object *o : vm->sharedObjects_) o->decref();  // may free it: no VM holds it any more
    vm->sharedObjects_.clear();
    vm.reset();
}

FrozenVm::~FrozenVm() {
    if (vm) VmCloner::discard(std::move(vm), chain);
}

}  // namespace ls::interp

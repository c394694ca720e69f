// Value: what a Python variable holds. None, bool, int (when it fits int64)
// and float live inline; everything else is a reference-counted Object on the heap.
//
// Reference counting (not tracing GC) is deliberate: finalisation is then as
// deterministic as CPython's, and asyncio's visible behaviour depends on it
// (a generator dropped mid-iteration is closed when its last reference goes).
// Cycles are broken when the VM is torn down (Heap::clearAll).
#pragma once

#include <cstdint>
#include <cstring>
#include <utility>

namespace ls::interp {

struct Object;
struct TypeObject;
class Heap;
class VM;
class RefVisitor;

// Layout of an object in C++ (what struct it is), used for fast dispatch.
// The Python-visible type is Object::type, which may be a subclass.
enum class Kind : uint8_t {
    Str, Tuple, List, Dict, Set, FrozenSet,
    Type, Instance, Exception,
    Function, BuiltinFunction, BoundMethod, Code, Cell,
    Generator,  // also coroutines and async generators (GeneratorObject::flavor)
    Module, Range, Slice, Property, StaticMethod, ClassMethod, Super,
    Native,     // any other C++ object (iterators, deque, Future, ...): NativeObject
    BigInt,     // an int outside int64 (bigint.h); smaller ints are inline
};

struct Object {
    uint32_t refcnt = 0;
    Kind kind;
    // Objects that need Python code run when they die (a suspended generator
    // to close, an un-awaited coroutine to warn about) set this; the heap then
    // hands them to the VM instead of deleting them.
    bool needsFinalizer = false;
    bool finalized = false;
    // An instance of a Python subclass of list/dict/str/... with attributes
    // of its own: its __dict__ lives in a side table (objects.cpp).
    bool hasSideDict = false;
    // Kept alive by the VM itself (builtin types): one reference that no
    // Value accounts for (checkpoints need to know; see vm_clone.h).
    bool immortal = false;
    // Immutable (str, int, code, tuples of such) and possibly referenced by
    // other VMs too: a keyframe's frozen copy shares it instead of copying
    // it (vm_clone.h). Its refcount then counts every VM's references, and
    // heap teardown leaves its references alone.
    bool shared = false;
    TypeObject *type;
    // id(): a serial number from the heap, so re-executed runs agree.
    uint64_t serial = 0;
    // Every live object is on its heap's list, so teardown can break cycles.
    Object *heapPrev = nullptr, *heapNext = nullptr;

    Object(Kind k, TypeObject *t) : kind(k), type(t) {}
    Object &operator=(const Object &) = delete;
    virtual ~Object();

    // Checkpoints (vm_clone.h): a copy of this object, not yet on a heap,
    // whose references still point into the source VM; visitRefs then
    // rebinds them. Every concrete type overrides both (LS_CLONEABLE); the
    // defaults throw, so a type that forgot is caught by the first clone.
    virtual Object *cloneShell() const;
    // Visits every Value/Ref this object holds and every object pointer it
    // keeps without owning it (see RefVisitor).
    virtual void visitRefs(RefVisitor &) {}

    // Drop every Value this object holds (cycle breaking at teardown).
    virtual void clearRefs() {}
    // Called when the refcount reaches zero and needsFinalizer is set: an
    // object that must run Python code first (close a suspended generator,
    // warn about a never-awaited coroutine) hands itself to its VM, keeps
    // itself alive and returns true; it is released again afterwards.
    virtual bool finalizeLater() { return false; }
    // The Python-visible part of finalisation for objects other than
    // generators (asyncio: "Task exception was never retrieved"); runs when
    // the VM processes the object handed over by finalizeLater.
    virtual void finalize(VM &) {}

    void incref() { ++refcnt; }
    inline void decref();

protected:
    // For cloneShell only: copies the header, not the refcount nor the
    // heap links (the clone links it into its own heap).
    Object(const Object &o)
        : kind(o.kind), needsFinalizer(o.needsFinalizer), finalized(o.finalized), immortal(o.immortal),
          type(o.type), serial(o.serial) {}
};

// Inside a struct deriving from Object: its cloneShell (copy constructor).
#define LS_CLONEABLE(T) \
    ::ls::interp::Object *cloneShell() const override { return new T(*this); }

// Called when a refcount reaches zero (defined in heap.cpp).
void releaseObject(Object *o);

inline void Object::decref() {
    if (--refcnt == 0) releaseObject(this);
}

class Value {
public:
    enum class Tag : uint8_t { Null, None, Bool, Int, Float, Obj };

    Value() : tag_(Tag::Null) { u_.i = 0; }
    static Value none() { Value v; v.tag_ = Tag::None; return v; }
    static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.u_.i = 0; v.u_.b = b; return v; }
    static Value integer(int64_t i) { Value v; v.tag_ = Tag::Int; v.u_.i = i; return v; }
    // Every float made at run time is a new object in CPython, so `is` tells
    // two equal floats apart (`nan in [nan]` is True only for the same
    // object). A float's identity rides in the padding after the tag and is
    // kept by copies, as a reference to the same object would be.
    static Value real(double d) { Value v; v.tag_ = Tag::Float; v.fid_ = ++floatIdentities_; v.u_.f = d; return v; }
    // Checkpoints: the identity the next float gets is counted per thread;
    // a checkpoint saves the count and a resume restores it, so the resumed
    // run numbers its floats as the original did (no clash with old ones).
    static uint32_t floatIdentityCounter() { return floatIdentities_; }
    static void setFloatIdentityCounter(uint32_t n) { floatIdentities_ = n; }
    // Takes a new reference to o.
    explicit Value(Object *o) : tag_(Tag::Obj) { u_.o = o; o->incref(); }
    // Adopts an object whose refcount was not yet counted for this Value
    // (fresh objects start at 0, so this is the same as the constructor).
    static Value adopt(Object *o) { return Value(o); }

    Value(const Value &v) : tag_(v.tag_), fid_(v.fid_), u_(v.u_) { if (tag_ == Tag::Obj) u_.o->incref(); }
    Value(Value &&v) noexcept : tag_(v.tag_), fid_(v.fid_), u_(v.u_) { v.tag_ = Tag::Null; }
    Value &operator=(const Value &v) {
        if (v.tag_ == Tag::Obj) v.u_.o->incref();
        release();
        tag_ = v.tag_; fid_ = v.fid_; u_ = v.u_;
        return *this;
    }
    Value &operator=(Value &&v) noexcept {
        if (this != &v) { release(); tag_ = v.tag_; fid_ = v.fid_; u_ = v.u_; v.tag_ = Tag::Null; }
        return *this;
    }
    ~Value() { release(); }

    Tag tag() const { return tag_; }
    bool isNull() const { return tag_ == Tag::Null; }
    explicit operator bool() const = delete;  // use isNull() / VM::truthy()
    bool isNone() const { return tag_ == Tag::None; }
    bool isBool() const { return tag_ == Tag::Bool; }
    bool isInt() const { return tag_ == Tag::Int; }
    bool isFloat() const { return tag_ == Tag::Float; }
    bool isObj() const { return tag_ == Tag::Obj; }
    bool is(Kind k) const { return tag_ == Tag::Obj && u_.o->kind == k; }

    // Checkpoints only: points this Value at `o` without touching either
    // refcount (the cloner keeps the counts itself).
    void rebindRaw(Object *o) { u_.o = o; }
    // ... or makes it Null without releasing its reference.
    void forgetRaw() { tag_ = Tag::Null; }
    // A Value that takes over a reference already counted in o->refcnt.
    static Value steal(Object *o) { Value v; v.tag_ = Tag::Obj; v.u_.o = o; return v; }

    bool asBool() const { return u_.b; }
    int64_t asInt() const { return u_.i; }
    double asFloat() const { return u_.f; }
    Object *obj() const { return u_.o; }
    template <class T> T *as() const { return static_cast<T *>(u_.o); }

    // Identity (Python's `is`).
    bool identical(const Value &o) const {
        if (tag_ != o.tag_) return false;
        switch (tag_) {
        case Tag::Null: case Tag::None: return true;
        case Tag::Bool: return u_.b == o.u_.b;
        case Tag::Int: return u_.i == o.u_.i;
        case Tag::Float: return fid_ == o.fid_;
        case Tag::Obj: return u_.o == o.u_.o;
        }
        return false;
    }

private:
    void release() { if (tag_ == Tag::Obj) { Object *o = u_.o; tag_ = Tag::Null; o->decref(); } }
    Tag tag_;
    uint32_t fid_ = 0;  // float identity (see real())
    inline static thread_local uint32_t floatIdentities_ = 0;
    union { bool b; int64_t i; double f; Object *o; } u_;
};

// Intrusive owning pointer to a concrete object type.
template <class T>
class Ref {
public:
    Ref() = default;
    Ref(T *p) : p_(p) { if (p_) p_->incref(); }
    Ref(const Ref &r) : p_(r.p_) { if (p_) p_->incref(); }
    Ref(Ref &&r) noexcept : p_(r.p_) { r.p_ = nullptr; }
    Ref &operator=(const Ref &r) { if (r.p_) r.p_->incref(); reset(); p_ = r.p_; return *this; }
    Ref &operator=(Ref &&r) noexcept { if (this != &r) { reset(); p_ = r.p_; r.p_ = nullptr; } return *this; }
    ~Ref() { reset(); }
    void reset() { if (p_) { T *p = p_; p_ = nullptr; p->decref(); } }
    T *get() const { return p_; }
    T *operator->() const { return p_; }
    T &operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }
    Value value() const { return p_ ? Value(static_cast<Object *>(p_)) : Value(); }
    // Checkpoints only (see Value::rebindRaw).
    void rebindRaw(T *p) { p_ = p; }
private:
    T *p_ = nullptr;
};

}  // namespace ls::interp

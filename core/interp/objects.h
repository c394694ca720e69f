// The concrete heap objects of the interpreter. Each struct is one CPython
// object layout (PyUnicodeObject, PyListObject, PyFunctionObject, ...);
// behaviour lives in the VM and in builtins_*.cpp, not here.
#pragma once

#include "dict_table.h"
#include "opcodes.h"
#include "ref_visitor.h"
#include "value.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ls::interp {

class VM;
struct Frame;
struct DictObject;
struct StrObject;

// ------------------------------------------------------------------ str

// The hash of a str's UTF-8 text (also used for lookups by std::string_view).
int64_t strHash(std::string_view s);

struct StrObject : Object {
    std::string s;            // UTF-8
    mutable int64_t cpLen = -1;   // length in code points, computed lazily
    mutable int64_t hashCache = -1;
    StrObject(TypeObject *t, std::string v) : Object(Kind::Str, t), s(std::move(v)) {}
    bool isAscii() const { return length() == static_cast<int64_t>(s.size()); }
    int64_t length() const;   // code points
    LS_CLONEABLE(StrObject)
};

// ------------------------------------------------------------ containers

struct TupleObject : Object {
    std::vector<Value> items;
    TupleObject(TypeObject *t, std::vector<Value> v) : Object(Kind::Tuple, t), items(std::move(v)) {}
    void clearRefs() override { items.clear(); }
    LS_CLONEABLE(TupleObject)
    void visitRefs(RefVisitor &v) override { v(items); }
};

struct ListObject : Object {
    std::vector<Value> items;
    ListObject(TypeObject *t, std::vector<Value> v = {}) : Object(Kind::List, t), items(std::move(v)) {}
    void clearRefs() override { items.clear(); }
    LS_CLONEABLE(ListObject)
    void visitRefs(RefVisitor &v) override { v(items); }
};

// dict, and its subclasses with the same layout (defaultdict, Counter,
// OrderedDict, user subclasses of dict).
struct DictObject : Object {
    DictTable table;
    Value defaultFactory;  // defaultdict only (Null otherwise)
    DictObject(TypeObject *t) : Object(Kind::Dict, t) {}
    void clearRefs() override { table.clear(); defaultFactory = Value(); }
    LS_CLONEABLE(DictObject)
    void visitRefs(RefVisitor &v) override { v(table); v(defaultFactory); }
};

// set and frozenset (kind tells which); insertion ordered (a documented
// deviation: CPython orders sets by hash).
struct SetObject : Object {
    DictTable table;  // values unused (Null)
    SetObject(Kind k, TypeObject *t) : Object(k, t) {}
    void clearRefs() override { table.clear(); }
    LS_CLONEABLE(SetObject)
    void visitRefs(RefVisitor &v) override { v(table); }
};

struct RangeObject : Object {
    int64_t start, stop, step;
    RangeObject(TypeObject *t, int64_t a, int64_t b, int64_t s) : Object(Kind::Range, t), start(a), stop(b), step(s) {}
    int64_t length() const;
    LS_CLONEABLE(RangeObject)
};

struct SliceObject : Object {
    Value start, stop, step;  // None when omitted
    SliceObject(TypeObject *t, Value a, Value b, Value c)
        : Object(Kind::Slice, t), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
    void clearRefs() override { start = stop = step = Value::none(); }
    LS_CLONEABLE(SliceObject)
    void visitRefs(RefVisitor &v) override { v(start); v(stop); v(step); }
};

// --------------------------------------------------------------- classes

// Arguments of a native call: positional values, then keyword (name, value)
// pairs. `self` of a method is args[0].
struct KwArg {
    std::string_view name;
    const Value *value;
};
// The __dict__ of an instance of a Python subclass of a builtin whose C++
// layout has no dict (list, dict, set, str, tuple, ...); null when it has
// none yet and `create` is false.
struct DictObject *sideDict(VM &vm, Object *o, bool create);
void dropSideDict(Object *o);
// Checkpoints (vm_clone.h): gives `o` the side dict `d` (a new reference).
void setSideDict(Object *o, struct DictObject *d);

struct CallArgs {
    std::span<const Value> pos;
    std::span<const KwArg> kw;
    const struct BuiltinFunctionObject *callee = nullptr;
    size_t size() const { return pos.size(); }
    const Value &operator[](size_t i) const { return pos[i]; }
    // The keyword argument `name`, or nullptr.
    const Value *keyword(std::string_view name) const {
        for (auto &k : kw) if (k.name == name) return k.value;
        return nullptr;
    }
};

// A function implemented in C++. Raises Python exceptions by throwing
// PyException (see errors.h).
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// C++ implementations of a builtin type's protocols (CPython's tp_* / nb_* /
// sq_* slots). The VM's protocol functions (VM::repr, VM::binaryOp, ...) call
// them for objects whose type (or a base) fills them. Script-defined classes
// leave them empty: the VM looks up their dunder methods instead. A slot that
// cannot handle its operands returns vm.notImplemented() (binary, compare).
struct TypeSlots {
    std::string (*repr)(VM &, const Value &self) = nullptr;
    std::string (*str)(VM &, const Value &self) = nullptr;        // default: repr
    int64_t (*hash)(VM &, const Value &self) = nullptr;           // default: identity
    bool unhashable = false;                                      // list, dict, set
    Value (*richcompare)(VM &, const Value &a, const Value &b, CompareOp) = nullptr;
    // Called for type(a) first, then for type(b) (reflected); `a` and `b`
    // stay in source order, so an implementation checks which one it is.
    Value (*binary)(VM &, BinOp op, const Value &a, const Value &b) = nullptr;
    Value (*negative)(VM &, const Value &) = nullptr;
    Value (*positive)(VM &, const Value &) = nullptr;
    Value (*invert)(VM &, const Value &) = nullptr;
    bool (*truthy)(VM &, const Value &) = nullptr;                // default: len, else true
    int64_t (*len)(VM &, const Value &) = nullptr;
    Value (*getitem)(VM &, const Value &self, const Value &key) = nullptr;
    void (*setitem)(VM &, const Value &self, const Value &key, Value v) = nullptr;
    void (*delitem)(VM &, const Value &self, const Value &key) = nullptr;
    bool (*contains)(VM &, const Value &self, const Value &item) = nullptr;  // default: iterate
    Value (*iter)(VM &, const Value &self) = nullptr;
    // For iterators implemented as NativeObject, NativeObject::next is used.
    // Calling an instance (natives such as functools.partial).
    Value (*call)(VM &, const Value &self, const CallArgs &args) = nullptr;
    // Attribute lookup hook for natives with computed attributes; returns
    // Null to fall back to the type's dict.
    Value (*getattr)(VM &, const Value &self, std::string_view name) = nullptr;
    bool (*setattr)(VM &, const Value &self, std::string_view name, const Value &v) = nullptr;
    // format(self, spec); default: str(self) when spec is empty.
    Value (*format)(VM &, const Value &self, std::string_view spec) = nullptr;
};

// A class: builtin (int, list, Exception, ...) or defined by a script.
// Single inheritance: `mro` is the chain self, base, base's base, ..., object.
struct TypeObject : Object {
    std::string name, qualname, module;
    Ref<TypeObject> base;                 // null only for `object`
    std::vector<TypeObject *> mro;        // kept alive through `base` and `bases`
    std::vector<Ref<TypeObject>> bases;   // __bases__ of a class statement (empty: just `base`)
    Ref<DictObject> dict;                 // attributes and methods
    Kind instanceKind = Kind::Instance;   // C++ layout of instances
    bool isBuiltin = false;               // attributes cannot be set
    bool isHeapType = false;              // defined by a script (class statement)
    // How instances are made when the class is called (tp_new); inherited by
    // subclasses through the mro. Null for `object`'s default (an Instance).
    Value (*newInstance)(VM &, TypeObject *cls, const CallArgs &args) = nullptr;
    // Protocol implementations; subclasses copy their base's at creation.
    TypeSlots slots;

    TypeObject(TypeObject *meta, std::string n) : Object(Kind::Type, meta), name(n), qualname(std::move(n)) {}
    bool isSubtypeOf(const TypeObject *other) const {
        for (auto *t : mro) if (t == other) return true;
        return false;
    }
    // Looks `name` up along the mro (no descriptors applied). Null if absent.
    Value lookup(std::string_view name) const;
    void clearRefs() override;
    LS_CLONEABLE(TypeObject)
    void visitRefs(RefVisitor &v) override {
        v(base); v(dict); v(bases);
        for (auto *&t : mro) v.raw(t);
    }
};

// An instance of a script-defined class (or of `object`).
struct InstanceObject : Object {
    Ref<DictObject> dict;  // __dict__
    InstanceObject(Kind k, TypeObject *t) : Object(k, t) {}
    void clearRefs() override { dict.reset(); }
    LS_CLONEABLE(InstanceObject)
    void visitRefs(RefVisitor &v) override { v(dict); }
};

// One line of a traceback, captured when the exception passes a frame.
struct TracebackEntry {
    std::string filename, function;
    int line;
};

// BaseException and every subclass (instanceKind == Kind::Exception).
struct ExceptionObject : InstanceObject {
    Value args;                          // tuple
    std::vector<TracebackEntry> traceback;  // innermost last, as printed
    Value cause, context;                // Null when absent
    bool suppressContext = false;
    Value value;                         // StopIteration.value, SystemExit.code
    std::vector<Value> notes;            // add_note (3.11)
    const void *tbFrame = nullptr;       // frame of the newest traceback entry (no duplicates on re-raise)
    std::string suggestion;              // "Did you mean: 'x'?" (NameError, AttributeError)
    // The fields of CPython's C layouts for two families (Null when unset):
    // PyBaseExceptionGroupObject msg/excs (excs a tuple) and PyOSErrorObject
    // errno/strerror/filename/filename2; `written` is BlockingIOError's
    // characters_written (-1: unset).
    Value groupMessage, groupExceptions;
    Value osErrno, osStrerror, osFilename, osFilename2;
    int64_t written = -1;
    ExceptionObject(TypeObject *t) : InstanceObject(Kind::Exception, t) {}
    void clearRefs() override {
        InstanceObject::clearRefs(); args = cause = context = value = Value(); notes.clear();
        groupMessage = groupExceptions = osErrno = osStrerror = osFilename = osFilename2 = Value();
    }
    LS_CLONEABLE(ExceptionObject)
    void visitRefs(RefVisitor &v) override;  // vm_clone.cpp (tbFrame)
};

// ------------------------------------------------------------- functions

enum CodeFlags : uint32_t {
    CO_VARARGS = 0x04,
    CO_VARKEYWORDS = 0x08,
    CO_GENERATOR = 0x20,
    CO_COROUTINE = 0x80,
    CO_ASYNC_GENERATOR = 0x200,
    // Module or class body: names live in a dict (LOAD_NAME/STORE_NAME).
    CO_NAMESPACE = 0x10000,
};

// Where a LOAD/STORE_NAME or LOAD/STORE_GLOBAL instruction found its name
// last time (name_cache.h).
struct NameCacheEntry {
    const void *table = nullptr;   // the DictTable it was found in
    const void *shadow = nullptr;  // found in builtins: the globals it was absent from...
    uint64_t shadowVersion = 0;    // ...at this version of theirs
    int32_t index = -1;            // its entry index in `table`
};

// Compiled code of one function, lambda, comprehension, class body or module.
struct CodeObject : Object {
    std::vector<Instr> code;
    std::vector<int> lines;           // source line of each instruction
    std::vector<Value> consts;
    std::vector<Ref<StrObject>> names;    // attribute/global/import names
    std::vector<std::string> varnames;    // fast locals: parameters first
    std::vector<std::string> cellvars;    // locals captured by inner functions
    std::vector<std::string> freevars;    // captured from enclosing functions
    // For each cellvar that is also a parameter: its index in varnames
    // (the VM copies the argument into the cell at frame start), else -1.
    std::vector<int> cell2arg;
    int argcount = 0;        // positional (incl. positional-only)
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    uint32_t flags = 0;
    int firstline = 0;
    int stacksize = 0;       // maximum value-stack depth
    std::string name, qualname, filename;
    // One per instruction, made on first use; a cache, not part of the code.
    std::vector<NameCacheEntry> nameCaches;
    CodeObject(TypeObject *t) : Object(Kind::Code, t) {}
    int nlocals() const { return static_cast<int>(varnames.size()); }
    int ncells() const { return static_cast<int>(cellvars.size() + freevars.size()); }
    void clearRefs() override { consts.clear(); names.clear(); }
    // A checkpoint's copy starts with empty name caches: they point at
    // the dicts of the VM that filled them.
    Object *cloneShell() const override {
        auto *c = new CodeObject(*this);
        c->nameCaches.clear();
        return c;
    }
    void visitRefs(RefVisitor &v) override { v(consts); v(names); }
};

struct CellObject : Object {
    Value v;  // Null when empty
    CellObject(TypeObject *t) : Object(Kind::Cell, t) {}
    void clearRefs() override { v = Value(); }
    LS_CLONEABLE(CellObject)
    void visitRefs(RefVisitor &r) override { r(v); }
};

struct FunctionObject : Object {
    Ref<CodeObject> code;
    Ref<DictObject> globals;
    Value defaults;     // tuple or Null
    Value kwdefaults;   // dict or Null
    Value annotations;  // dict or Null (__annotations__)
    std::vector<Ref<CellObject>> closure;
    std::string name, qualname, module;
    Ref<DictObject> dict;  // function attributes (__wrapped__, __doc__, ...)
    FunctionObject(TypeObject *t) : Object(Kind::Function, t) {}
    void clearRefs() override {
        globals.reset(); defaults = kwdefaults = annotations = Value(); closure.clear(); dict.reset();
    }
    LS_CLONEABLE(FunctionObject)
    void visitRefs(RefVisitor &v) override {
        v(code); v(globals); v(defaults); v(kwdefaults); v(annotations); v(closure); v(dict);
    }
};

using NativeFn = Value (*)(VM &vm, const CallArgs &args);

struct BuiltinFunctionObject : Object {
    std::string name, qualname;
    NativeFn fn;
    Value data;  // state for natives that need it (e.g. the function a wrapper wraps)
    // For methods of builtin types: the type it belongs to (its instances are
    // args[0]); used by reprs like <method 'append' of 'list' objects>.
    TypeObject *ownerType = nullptr;
    // Where CPython defines this callable in Python ("file:line"), for
    // reprs that show callback sources (asyncio's "cb=[f() at file:line]").
    std::string source;
    BuiltinFunctionObject(TypeObject *t, std::string n, NativeFn f)
        : Object(Kind::BuiltinFunction, t), name(n), qualname(std::move(n)), fn(f) {}
    void clearRefs() override { data = Value(); }
    LS_CLONEABLE(BuiltinFunctionObject)
    void visitRefs(RefVisitor &v) override { v(data); v.raw(ownerType); }
};

struct BoundMethodObject : Object {
    Value func, self;
    BoundMethodObject(TypeObject *t, Value f, Value s)
        : Object(Kind::BoundMethod, t), func(std::move(f)), self(std::move(s)) {}
    void clearRefs() override { func = self = Value(); }
    LS_CLONEABLE(BoundMethodObject)
    void visitRefs(RefVisitor &v) override { v(func); v(self); }
};

struct PropertyObject : Object {
    Value fget, fset, fdel, doc;
    PropertyObject(TypeObject *t) : Object(Kind::Property, t) {}
    void clearRefs() override { fget = fset = fdel = doc = Value(); }
    LS_CLONEABLE(PropertyObject)
    void visitRefs(RefVisitor &v) override { v(fget); v(fset); v(fdel); v(doc); }
};

// staticmethod / classmethod wrappers (kind tells which).
struct MethodWrapperObject : Object {
    Value func;
    MethodWrapperObject(Kind k, TypeObject *t, Value f) : Object(k, t), func(std::move(f)) {}
    void clearRefs() override { func = Value(); }
    LS_CLONEABLE(MethodWrapperObject)
    void visitRefs(RefVisitor &v) override { v(func); }
};

struct SuperObject : Object {
    Ref<TypeObject> startAfter;  // lookups begin after this class in obj's mro
    Value obj;                   // instance (or class, for classmethods)
    SuperObject(TypeObject *t) : Object(Kind::Super, t) {}
    void clearRefs() override { obj = Value(); }
    LS_CLONEABLE(SuperObject)
    void visitRefs(RefVisitor &v) override { v(startAfter); v(obj); }
};

struct ModuleObject : Object {
    std::string name;
    Ref<DictObject> dict;
    ModuleObject(TypeObject *t, std::string n) : Object(Kind::Module, t), name(std::move(n)) {}
    void clearRefs() override { dict.reset(); }
    LS_CLONEABLE(ModuleObject)
    void visitRefs(RefVisitor &v) override { v(dict); }
};

// ------------------------------------------------- generators, coroutines

enum class GenFlavor : uint8_t { Generator, Coroutine, AsyncGenerator };
enum class GenState : uint8_t { Created, Running, Suspended, Closed };

// A generator, coroutine or async generator: a suspended frame (see frame.h)
// driven by send/throw/close, exactly as CPython's.
struct GeneratorObject : Object {
    GenFlavor flavor;
    GenState state = GenState::Created;
    std::unique_ptr<Frame> frame;   // null once closed
    std::string name, qualname;
    VM *vm;                         // for finalisation when the last reference goes
    // async generators: first iteration hooks ran (sys.set_asyncgen_hooks)
    bool asyncGenHooksCalled = false;
    bool asyncGenRunningAsync = false;  // an asend/athrow is in progress
    // A coroutine that was awaited or iterated at least once: no
    // "never awaited" warning when it is dropped unstarted... (CPython warns
    // only for coroutines in state Created).
    Value origin;                   // reserved
    GeneratorObject(TypeObject *t, GenFlavor f, VM *v);
    ~GeneratorObject() override;
    void clearRefs() override;
    bool finalizeLater() override;
    // vm_clone.cpp: the frame is cloned by visitRefs (unique_ptr).
    Object *cloneShell() const override;
    void visitRefs(RefVisitor &v) override;
};

// ------------------------------------------------------- native objects

// Base for every other object implemented in C++ (iterators, deque, Future,
// Task, partial, ...). Python-visible methods live in its type's dict; the
// virtuals here are fast paths the VM uses directly.
struct NativeObject : Object {
    NativeObject(TypeObject *t) : Object(Kind::Native, t) {}
    // Plain NativeObject (NotImplemented, Ellipsis, sentinels) clones as
    // is; a subclass that does not override throws (vm_clone.cpp).
    Object *cloneShell() const override;
    // Iterator protocol fast path: returns false when exhausted. Types that
    // are not iterators leave `isIterator` false.
    virtual bool isIterator() const { return false; }
    virtual bool next(VM &, Value &out) { (void)out; return false; }
    // Generator-like protocol for awaitables implemented in C++ (asyncio's
    // future iterator, async generators' asend): true with a value to yield,
    // or false with the return value in `out`. The defaults use next().
    virtual bool genSend(VM &vm, const Value &sent, Value &out);
    virtual bool genThrow(VM &vm, const Value &exc, Value &out);
};

}  // namespace ls::interp

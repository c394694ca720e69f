// The virtual machine: owns the heap, the builtin types, the modules and the
// running frames of one Python program. Many VMs can exist at once (tests,
// history re-execution): there is no global state.
//
// This header is the API that natives (builtins_*.cpp, modules, asyncio) use:
// making objects, raising exceptions, and the object protocols (call,
// attributes, items, iteration, comparison, repr/str, hash).
#pragma once

#include "errors.h"
#include "frame.h"
#include "heap.h"
#include "objects.h"

#include <atomic>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ls::interp {

// The builtin exception hierarchy, as (field, Python name, base field).
// Order matters: a base comes before its subclasses.
#define LS_EXCEPTION_TYPES(X) \
    X(BaseException, "BaseException", BaseException) \
    X(SystemExit, "SystemExit", BaseException) \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException) \
    X(GeneratorExit, "GeneratorExit", BaseException) \
    X(BaseExceptionGroup, "BaseExceptionGroup", BaseException) \
    X(Exception, "Exception", BaseException) \
    X(ExceptionGroup, "ExceptionGroup", BaseExceptionGroup) /* and Exception: see types.cpp */ \
    X(ArithmeticError, "ArithmeticError", Exception) \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError) \
    X(OverflowError, "OverflowError", ArithmeticError) \
    X(FloatingPointError, "FloatingPointError", ArithmeticError) \
    X(AssertionError, "AssertionError", Exception) \
    X(AttributeError, "AttributeError", Exception) \
    X(BufferError, "BufferError", Exception) \
    X(EOFError, "EOFError", Exception) \
    X(ImportError, "ImportError", Exception) \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError) \
    X(LookupError, "LookupError", Exception) \
    X(IndexError, "IndexError", LookupError) \
    X(KeyError, "KeyError", LookupError) \
    X(MemoryError, "MemoryError", Exception) \
    X(NameError, "NameError", Exception) \
    X(UnboundLocalError, "UnboundLocalError", NameError) \
    X(OSError, "OSError", Exception) \
    X(BlockingIOError, "BlockingIOError", OSError) \
    X(ChildProcessError, "ChildProcessError", OSError) \
    X(ConnectionError, "ConnectionError", OSError) \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError) \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError) \
    X(FileExistsError, "FileExistsError", OSError) \
    X(FileNotFoundError, "FileNotFoundError", OSError) \
    X(InterruptedError, "InterruptedError", OSError) \
    X(IsADirectoryError, "IsADirectoryError", OSError) \
    X(NotADirectoryError, "NotADirectoryError", OSError) \
    X(PermissionError, "PermissionError", OSError) \
    X(ProcessLookupError, "ProcessLookupError", OSError) \
    X(TimeoutError, "TimeoutError", OSError) \
    X(ReferenceError, "ReferenceError", Exception) \
    X(RuntimeError, "RuntimeError", Exception) \
    X(NotImplementedError, "NotImplementedError", RuntimeError) \
    X(RecursionError, "RecursionError", RuntimeError) \
    X(StopIteration, "StopIteration", Exception) \
    X(StopAsyncIteration, "StopAsyncIteration", Exception) \
    X(SyntaxError, "SyntaxError", Exception) \
    X(IndentationError, "IndentationError", SyntaxError) \
    X(TabError, "TabError", IndentationError) \
    X(SystemError, "SystemError", Exception) \
    X(TypeError, "TypeError", Exception) \
    X(ValueError, "ValueError", Exception) \
    X(UnicodeError, "UnicodeError", ValueError) \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError) \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError) \
    X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError) \
    X(Warning, "Warning", Exception) \
    X(UserWarning, "UserWarning", Warning) \
    X(DeprecationWarning, "DeprecationWarning", Warning) \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning) \
    X(SyntaxWarning, "SyntaxWarning", Warning) \
    X(RuntimeWarning, "RuntimeWarning", Warning) \
    X(FutureWarning, "FutureWarning", Warning) \
    X(ImportWarning, "ImportWarning", Warning) \
    X(UnicodeWarning, "UnicodeWarning", Warning) \
    X(BytesWarning, "BytesWarning", Warning) \
    X(ResourceWarning, "ResourceWarning", Warning) \
    X(EncodingWarning, "EncodingWarning", Warning)

struct BuiltinTypes {
    TypeObject *object, *type, *NoneType, *NotImplementedType, *ellipsis,
        *bool_, *int_, *float_, *str, *tuple, *list, *dict, *set, *frozenset,
        *range, *slice, *function, *builtin_function, *method, *code, *cell,
        *generator, *coroutine, *async_generator, *module, *property,
        *staticmethod, *classmethod, *super_, *bytes;
    // A builtin method as found on its class (str.upper, str.__add__) and
    // a slot dunder bound to an instance ("a".__add__).
    TypeObject *method_descriptor, *wrapper_descriptor, *method_wrapper;
    // Iterators and views whose types natives share.
    TypeObject *iterator;  // generic native iterator type ("iterator")
};

struct ExceptionTypes {
#define LS_EXC_FIELD(field, name, base) TypeObject *field;
    LS_EXCEPTION_TYPES(LS_EXC_FIELD)
#undef LS_EXC_FIELD
};

// What a script's world looks like to the VM (run contract: virtual clock,
// output streams). The CLI, the session and tests plug in here.
struct VmHost {
    virtual ~VmHost() = default;
    // stream 1 = stdout, 2 = stderr. `text` is UTF-8.
    virtual void write(int stream, std::string_view text) = 0;
    // A print() call wrote `text` (sep/end applied), whatever its file.
    virtual void printed(std::string_view text) { (void)text; }
    // time.sleep(d): advance the virtual clock (and report a block when a
    // loop runs). The default just advances the clock.
    virtual void blockingSleep(double seconds) { now += seconds; }
    double now = 0.0;  // virtual seconds since the process started
};

struct VmOptions {
    int recursionLimit = 1000;
    // VM instructions before VmAbort (0 = unlimited): --max-instructions.
    uint64_t maxInstructions = 0;
    // Bytes of heap before MemoryError-like abort (0 = unlimited).
    uint64_t maxHeapBytes = 0;
    uint64_t seed = 0;  // random.seed applied before the script starts
};

class VM {
public:
    explicit VM(VmHost &host, VmOptions options = {});
    // An empty VM for VmCloner to fill (no builtins, no types).
    struct BlankTag {};
    VM(VmHost &host, VmOptions options, BlankTag) : host_(host), options_(options) {}
    ~VM();
    VM(const VM &) = delete;
    VM &operator=(const VM &) = delete;

    VmHost &host() { return host_; }
    const VmOptions &options() const { return options_; }
    Heap &heap() { return heap_; }

    BuiltinTypes types{};
    ExceptionTypes exc{};

    // ------------------------------------------------------------ making
    template <class T, class... A> T *make(A &&...a) { return heap_.make<T>(std::forward<A>(a)...); }
    Value str(std::string s);
    Value str(std::string_view s) { return str(std::string(s)); }
    Value str(const char *s) { return str(std::string(s)); }
    Value tuple(std::vector<Value> items);
    Value list(std::vector<Value> items = {});
    Value dict();
    Value bytes(std::string data);  // builtins_bytes.cpp
    Value set(std::vector<Value> items = {});
    Value none() const { return Value::none(); }
    Value boolean(bool b) const { return Value::boolean(b); }
    Value integer(int64_t i) const { return Value::integer(i); }
    Value real(double d) const { return Value::real(d); }
    Value notImplemented() const { return notImplemented_; }
    Value ellipsis() const { return ellipsis_; }
    Value emptyTuple() const { return emptyTuple_; }
    // An interned str for names used over and over (attribute names).
    Ref<StrObject> intern(std::string_view s);

    // A native function object; `owner` marks a method of a builtin type.
    Value native(std::string_view name, NativeFn fn, TypeObject *owner = nullptr, Value data = {});
    // Defines a native method on a type (args[0] is self).
    void defMethod(TypeObject *t, std::string_view name, NativeFn fn);
    // Sets t.name = v (for class attributes, staticmethods, properties).
    void defAttr(TypeObject *t, std::string_view name, Value v);
    // Defines a function in a dict (module globals, builtins).
    void defFunction(DictObject *d, std::string_view name, NativeFn fn);
    // A new builtin type (for natives such as deque or Future).
    TypeObject *newBuiltinType(std::string_view name, TypeObject *base, std::string_view module = "builtins",
                               Kind instanceKind = Kind::Native);

    // --------------------------------------------------------- exceptions
    [[noreturn]] void raise(TypeObject *type, std::string message);
    [[noreturn]] void raise(Value exception);
    [[noreturn]] void raise(TypeObject *type, std::vector<Value> args) { raise(newException(type, std::move(args))); }
    // Builds an exception instance of `type` with args (message).
    Value newException(TypeObject *type, std::string message);
    Value newException(TypeObject *type, std::vector<Value> args);
    // StopIteration(v) with .value = v: what a C-level iterator's send()
    // raises when it returns v (natives implementing the generator protocol).
    Value stopIterationCarrying(const Value &v);
    [[noreturn]] void raiseTypeErrorArgs(std::string_view func, size_t expected, size_t got);
    // Checks the number of positional args, raising CPython's TypeError.
    void checkArgs(const CallArgs &a, std::string_view func, size_t min, size_t max);

    // --------------------------------------------------------- protocols
    TypeObject *typeOf(const Value &v) const;
    bool isInstance(const Value &v, const TypeObject *t) const { return typeOf(v)->isSubtypeOf(t); }
    std::string typeName(const Value &v) const { return typeOf(v)->name; }

    Value call(const Value &callable, std::span<const Value> args = {}, std::span<const KwArg> kw = {});
    Value call(const Value &callable, std::initializer_list<Value> args) {
        return call(callable, std::span<const Value>(args.begin(), args.size()));
    }
    // Calls obj.name(*args).
    Value callMethod(const Value &obj, std::string_view name, std::span<const Value> args = {});
    Value callMethod(const Value &obj, std::string_view name, std::initializer_list<Value> args) {
        return callMethod(obj, name, std::span<const Value>(args.begin(), args.size()));
    }
    bool isCallable(const Value &v) const;

    Value getAttr(const Value &obj, std::string_view name);      // AttributeError if missing
    Value getAttrOpt(const Value &obj, std::string_view name);   // Null if missing
    void setAttr(const Value &obj, std::string_view name, Value v);
    void delAttr(const Value &obj, std::string_view name);
    bool hasAttr(const Value &obj, std::string_view name) { return !getAttrOpt(obj, name).isNull(); }

    Value getItem(const Value &obj, const Value &key);
    void setItem(const Value &obj, const Value &key, Value v);
    void delItem(const Value &obj, const Value &key);
    bool contains(const Value &container, const Value &item);
    int64_t len(const Value &obj);

    bool truthy(const Value &v);
    std::string repr(const Value &v);
    std::string toStr(const Value &v);  // str(v)
    int64_t hash(const Value &v);
    bool eq(const Value &a, const Value &b);
    bool compare(const Value &a, const Value &b, CompareOp op);  // rich comparison, truth of the result
    Value richCompare(const Value &a, const Value &b, CompareOp op);
    Value binaryOp(BinOp op, const Value &a, const Value &b);
    Value unaryNegative(const Value &a);
    Value format(const Value &v, std::string_view spec);  // format(v, spec)

    Value iter(const Value &obj);
    // Advances an iterator: false when exhausted (StopIteration swallowed).
    bool next(const Value &iterator, Value &out);
    std::vector<Value> toVector(const Value &iterable);

    // Integer conversions with CPython's errors ("'str' object cannot be
    // interpreted as an integer"). index() is __index__.
    int64_t index(const Value &v);
    double toDouble(const Value &v);  // int or float, TypeError otherwise

    // -------------------------------------------------------- namespaces
    DictObject *builtins() { return builtins_.get(); }
    // Imports a module by name (builtin table; ModuleNotFoundError otherwise).
    Value importModule(std::string_view name);
    std::map<std::string, Value, std::less<>> &modules() { return modules_; }
    // The script's __main__ module globals.
    DictObject *mainGlobals() { return mainGlobals_.get(); }

    // ----------------------------------------------------------- running
    // Compiles and runs `source` as __main__. Returns normally when the
    // module body completes; throws PyException for an uncaught exception,
    // SyntaxErrorException, or VmAbort.
    void runMain(std::string_view source, const std::string &filename);
    // After the script: drops __main__'s names and runs the finalisers this
    // frees (CPython's interpreter shutdown reports pending tasks then).
    void shutdown();
    // Compiles `source` and runs it with `globals` as its namespace (the
    // Python half of a builtin module).
    void execModule(std::string_view source, const std::string &filename, DictObject *globals);
    // The two halves of runMain, for callers that need them apart.
    Ref<CodeObject> compileMain(std::string_view source, const std::string &filename);
    DictObject *newMainModule(const std::string &filename);
    // Set by the asyncio model: runs a module body that uses top-level await
    // as the main task of asyncio.run (run contract, rule 5).
    std::function<void(VM &, CodeObject *, DictObject *globals)> topLevelAwaitRunner;
    // Runs a Python frame to completion on a nested eval loop (natives that
    // call Python code) and returns its result.
    Value runFrame(std::unique_ptr<Frame> frame);
    // Resumes a generator/coroutine: sends `value` (or throws `exc` when not
    // Null). Returns true and sets `out` when it yielded, false and sets
    // `out` to the return value when it finished; Python exceptions propagate
    // as PyException.
    bool resume(GeneratorObject *gen, const Value &value, const Value &exc, Value &out);

    // Source lines of the files the VM compiled (tracebacks, code view).
    const std::vector<std::string> *sourceLines(const std::string &filename) const;

    // The exception currently being handled (sys.exc_info()[1]) or Null.
    Value currentHandledException() const;

    // Formats a traceback exactly as CPython prints an uncaught exception.
    std::string formatException(const Value &exc);

    // Instruction counter (budget, benchmarks, history keyframes).
    uint64_t instructionCount() const { return instructions_; }
    // Asks the running code to stop at the next budget check (thread-safe).
    void requestStop() { stopRequested_.store(true); }
    // Session hook (core/session: line stepping, breakpoints): once
    // instructionCount() reaches `from`, called before every instruction with
    // the frame that runs it. It rides on the budget check, so an unset hook
    // costs the eval loop nothing. The hook may throw VmAbort.
    void setInstructionHook(std::function<void(Frame *)> hook, uint64_t from = 0) {
        instrHook_ = std::move(hook);
        instrHookFrom_ = from;
        budgetCheckAt_ = 0;
    }
    void setInstructionHookFrom(uint64_t from) {
        instrHookFrom_ = from;
        budgetCheckAt_ = 0;
    }

    // Called with objects whose last reference went and that need Python
    // code to finalise them (generators to close, coroutines never awaited).
    void scheduleFinalizer(Object *o);
    void runPendingFinalizers();

    // Hook for the asyncio model: called when an async generator is first
    // iterated (firstiter) and when one is garbage (finalizer); see
    // sys.set_asyncgen_hooks. Null when no loop runs.
    std::function<void(GeneratorObject *)> asyncGenFirstIter;
    std::function<void(GeneratorObject *)> asyncGenFinalizer;

    void setRecursionLimit(int n) { options_.recursionLimit = n; }
    // The script's path as given on the command line (sys.argv[0]).
    const std::string &scriptPath() const { return scriptPath_; }
    void setScriptPath(std::string p) { scriptPath_ = std::move(p); }
    // Current frame depth (RecursionError at options().recursionLimit).
    int depth() const { return depth_; }
    Frame *currentFrame() const { return current_; }

    // Extension point: subsystems (asyncio) keep per-VM state here.
    template <class T> T *extension(std::string_view key) const {
        auto it = extensions_.find(std::string(key));
        return it == extensions_.end() ? nullptr : static_cast<T *>(it->second.state.get());
    }
    // State of type T; `visit` shows a checkpoint every object reference it
    // holds (vm_clone.h copies T and rebinds them).
    template <class T> void setExtension(std::string_view key, std::shared_ptr<T> ext, void (*visit)(T &, RefVisitor &)) {
        Extension e;
        e.state = ext;
        e.visit = [visit](void *p, RefVisitor &v) { visit(*static_cast<T *>(p), v); };
        e.copy = [](const void *p) -> std::shared_ptr<void> { return std::make_shared<T>(*static_cast<const T *>(p)); };
        extensions_[std::string(key)] = std::move(e);
    }
    // A builtin type made on first use (kept alive by the VM).
    void setExtension(std::string_view key, TypeObject *type);

    // Internal: the eval loop (vm_eval.cpp) and its helpers.
    Value eval(Frame *entry);
    // Checkpoints: continues an eval of `entry` whose inline frames reach
    // `innermost` (the chain innermost->back->...->entry), at innermost->ip.
    Value evalResume(Frame *entry, Frame *innermost);
    void setCurrentFrame(Frame *f) { current_ = f; }
    std::unique_ptr<Frame> makeFrameForCall(FunctionObject *fn, std::span<const Value> args, std::span<const KwArg> kw, const Value &self);
    void registerSource(const std::string &filename, std::vector<std::string> lines);
    // One more nested call; RecursionError past the limit or near the end of
    // the C++ stack ("maximum recursion depth exceeded" + `where`, as
    // CPython's _Py_EnterRecursiveCall).
    void pushDepth(const char *where = "");
    void checkBudget();
    void popDepth() { --depth_; }
    // A frame for `code`, recycled when one is at hand.
    std::unique_ptr<Frame> newFrame(CodeObject *code);
    // Takes back the frame of a returned inline call (not a generator's).
    void recycleFrame(Frame *f);
    // Counts one item of a loop run inside a builtin (VM::next does):
    // such a loop executes no instruction, so without this a
    // sum(range(10**12)) could neither be stopped nor be held to the
    // instruction budget (where an item counts as one instruction).
    void countNativeStep() {
        if ((++nativeSteps_ & kNativeCheckMask) == 0) checkNativeSteps();
    }

private:
    friend struct VmInternals;
    friend class VmCloner;
    VmHost &host_;
    VmOptions options_;
    Heap heap_;
    Ref<DictObject> builtins_;
    Ref<DictObject> mainGlobals_;
    std::map<std::string, Value, std::less<>> modules_;
    std::map<std::string, Ref<StrObject>, std::less<>> interned_;
    // Immutable once registered: shared with checkpoint copies.
    std::map<std::string, std::shared_ptr<const std::vector<std::string>>, std::less<>> sources_;
    struct Extension {
        std::shared_ptr<void> state;
        std::function<void(void *, RefVisitor &)> visit;
        std::shared_ptr<void> (*copy)(const void *) = nullptr;
        bool isType = false;
    };
    std::map<std::string, Extension> extensions_;
    Value notImplemented_, ellipsis_, emptyTuple_;
    Frame *current_ = nullptr;
    int depth_ = 0;
    uint64_t instructions_ = 0;
    uint64_t budgetCheckAt_ = 0;
    static constexpr uint64_t kNativeCheckMask = (1 << 14) - 1;
    uint64_t nativeSteps_ = 0;
    void checkNativeSteps();
    // Throws VmAbort(StopRequested) once when requestStop() was called.
    void takeStopRequest();
    std::atomic<bool> stopRequested_{false};
    std::function<void(Frame *)> instrHook_;
    uint64_t instrHookFrom_ = 0;
    uint64_t memoryCheckAt_ = 0;
    std::vector<Object *> pendingFinalizers_;
    // Frames of returned inline calls, scrubbed, for the next calls: a call
    // then costs no malloc (fib: malloc/free were 28% of the run).
    std::vector<std::unique_ptr<Frame>> framePool_;
    std::string scriptPath_;
    bool runningFinalizers_ = false;
    // A frozen checkpoint copy only (vm_clone.h): the immutable objects it
    // shares with the VM it was copied from (one reference each) and, for
    // their types, this VM's copies of them.
    std::vector<Object *> sharedObjects_;
    std::map<const Object *, TypeObject *> sharedTypes_;
};

// Creates the builtin type objects (types.cpp); builtins.h fills them.
void initBuiltinTypes(VM &vm);

}  // namespace ls::interp

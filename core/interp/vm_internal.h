// Helpers of the eval loop, split by theme into vm_calls.cpp, vm_ops.cpp,
// vm_generators.cpp and vm_protocols.cpp. Not for natives: use vm.h.
#pragma once

#include "vm.h"

namespace ls::interp::internal {

// vm_calls.cpp
// Executes a CALL* instruction. Returns a new frame to continue in when the
// callee is a plain Python function (inline call), else pushes the result
// and returns null.
Frame *doCall(VM &vm, Frame *f, Instr in);
Value makeFunction(VM &vm, Frame *f, uint32_t flags);
Value buildClassFunction(VM &vm);

// vm_protocols.cpp
Value loadMethod(VM &vm, const Value &obj, std::string_view name, Value &self);
Value unaryOp(VM &vm, Op op, const Value &a);
std::string asciiRepr(VM &vm, const Value &v);

// vm_attributes.cpp (attributes every object of a kind has)
Value typeGetAttr(VM &vm, TypeObject *cls, std::string_view name);
Value specialAttribute(VM &vm, const Value &obj, std::string_view name);
bool setSpecialAttribute(VM &vm, const Value &obj, std::string_view name, const Value &v);
// Adds CPython 3.11's "Did you mean: 'x'?" to an AttributeError/NameError.
void attachNameSuggestion(VM &vm, const Value &exc, const Value &obj, std::string_view name);
std::string defaultRepr(VM &vm, const Value &v);
// False when instances of `t` cannot take attribute `name`: `object()`
// itself, or a class whose __slots__ (along its mro) do not list it.
bool instanceMayHaveAttribute(VM &vm, TypeObject *t, std::string_view name);
// type(name, bases, dict): a class made at run time.
Value makeClass(VM &vm, const std::string &name, const std::vector<TypeObject *> &bases, DictObject *ns);
Value makeClass(VM &vm, TypeObject *meta, const std::string &name, const std::vector<TypeObject *> &bases, DictObject *ns);
// __set_name__ on the new class's attributes, then the bases' __init_subclass__(**kw).
void finishClass(VM &vm, TypeObject *cls, std::span<const KwArg> kw);
// type(name, bases, dict) with `meta` as the new class's type.
Value typeNew(VM &vm, TypeObject *meta, const CallArgs &a);
// Calling a class without its metaclass's __call__ (type.__call__).
Value callTypeDefault(VM &vm, TypeObject *cls, std::span<const Value> args, std::span<const KwArg> kw);
void installClassCreation(VM &vm);
// MATCH_PATTERN (vm_match.cpp): the captures tuple, or None when no match.
Value matchPattern(VM &vm, const Value &subject, const Value &descriptor, const Value &values);
// object.__setattr__ / object.__delattr__: attribute assignment and deletion
// without the class's own __setattr__ / __delattr__.
void genericSetAttr(VM &vm, const Value &obj, std::string_view name, Value v);
void genericDelAttr(VM &vm, const Value &obj, std::string_view name);
// An instance of a Python subclass of a builtin without a dict slot
// (list, dict, str, ...): its attributes go to sideDict().
inline bool usesSideDict(const Value &obj) {
    if (!obj.isObj() || !obj.obj()->type || !obj.obj()->type->isHeapType) return false;
    switch (obj.obj()->kind) {
    case Kind::Instance: case Kind::Exception: case Kind::Type: case Kind::Module: case Kind::Function: return false;
    default: return true;
    }
}
// The closest name within CPython's edit-distance limit, or "".
std::string bestSuggestion(std::string_view name, const std::vector<std::string> &candidates);
// iter() over an object with only __getitem__ (old sequence protocol).
Value sequenceIterator(VM &vm, const Value &obj);

// vm_ops.cpp
[[noreturn]] void raiseUnboundDeref(VM &vm, Frame *f, uint32_t cell);
bool exceptionMatches(VM &vm, const Value &exc, const Value &type);
void dictMerge(VM &vm, const Value &dst, const Value &src, bool rejectDuplicates, Frame *f);
void unpackSequence(VM &vm, Frame *f, const Value &seq, uint32_t n);
void unpackEx(VM &vm, Frame *f, const Value &seq, uint32_t before, uint32_t after);
void doRaise(VM &vm, Frame *f, uint32_t argc);
void enterWith(VM &vm, const Value &mgr, Value &exitBound, Value &enterResult);
void enterAsyncWith(VM &vm, const Value &mgr, Value &exitBound, Value &awaitable);
Value tracebackObject(VM &vm, const Value &exc);
Value importName(VM &vm, std::string_view name, const Value &fromlist);
Value importFrom(VM &vm, const Value &module, std::string_view name);
void importStar(VM &vm, Frame *f, const Value &module);

// exception_groups.cpp: the run-time halves of `except*`.
// CHECK_EXC_STAR: [rest, type] -> [rest', match]; a match becomes the
// exception the handler body handles.
void exceptStarMatch(VM &vm, Frame *f);
// PREP_RERAISE_STAR: [orig, excs] -> [what to re-raise, or None].
void prepReraiseStar(VM &vm, Frame *f);

// vm_generators.cpp
Value getAwaitable(VM &vm, const Value &obj, uint32_t where);
// Sends `sent` (or throws `exc` when not Null) into a sub-iterator for
// YIELD_FROM. Returns true with the yielded value in `out`, or false with
// the sub-iterator's return value in `out`.
bool delegate(VM &vm, Frame *f, const Value &iter, const Value &sent, const Value &exc, Value &out);
Value getAIter(VM &vm, const Value &obj);
Value getANext(VM &vm, const Value &aiter);
Value wrapAsyncGenValue(VM &vm, Value v);
// Creates the generator/coroutine object for a call of a function whose
// code has CO_GENERATOR/CO_COROUTINE/CO_ASYNC_GENERATOR.
Value makeGenerator(VM &vm, FunctionObject *fn, std::unique_ptr<Frame> frame);

}  // namespace ls::interp::internal

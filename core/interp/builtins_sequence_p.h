// Private to the container builtins (builtins_tuple/list/range/dict/set/
// iter*.cpp): the per-VM table of iterator and view types, and helpers the
// container types share (item equality, reprs of recursive containers,
// sequence comparison, argument checks with CPython's exact messages).
#pragma once

#include <atomic>  // vm.h uses std::atomic without including it

#include "slice_util.h"
#include "vm.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ls::interp::seq {

// The types of the iterators and views the containers hand out. They are
// not in builtins, so each VM keeps them here (an extension, not a global:
// several VMs live at once).
struct ContainerTypes {
    TypeObject *listIterator = nullptr, *listReverseIterator = nullptr;
    TypeObject *tupleIterator = nullptr, *rangeIterator = nullptr;
    TypeObject *dictKeys = nullptr, *dictValues = nullptr, *dictItems = nullptr;
    TypeObject *dictKeyIterator = nullptr, *dictValueIterator = nullptr, *dictItemIterator = nullptr;
    TypeObject *dictReverseKeyIterator = nullptr, *dictReverseValueIterator = nullptr,
               *dictReverseItemIterator = nullptr;
    TypeObject *setIterator = nullptr, *callableIterator = nullptr;
    // Builtins that are types in CPython (repr `<class 'enumerate'>`).
    TypeObject *enumerate = nullptr, *zip = nullptr, *map = nullptr, *filter = nullptr,
               *reversed = nullptr;
    // Containers whose repr is being computed (CPython's Py_ReprEnter), so
    // a list containing itself prints `[[...]]`.
    std::vector<const Object *> reprActive;
    TypeObject *genericAlias = nullptr;  // types.GenericAlias: list[int]
};

// Creates the table (and the types) on first use.
ContainerTypes &types(VM &vm);

// A native iterator type: `__iter__` returns self, `__next__` advances
// through NativeObject::next, slots.iter is the identity.
TypeObject *newIteratorType(VM &vm, std::string_view name);

// ------------------------------------------------------------- errors

[[noreturn]] void raiseStopIteration(VM &vm);
// KeyError whose args are (key,): str(e) is repr(key).
[[noreturn]] void raiseKeyError(VM &vm, const Value &key);
// "descriptor 'append' for 'list' objects doesn't apply to a 'int' object".
[[noreturn]] void raiseDescriptorError(VM &vm, std::string_view method, const TypeObject *owner,
                                       const Value &self);

// `self` of a method of a builtin type: checks its layout (kind) and that
// there is one, raising CPython's descriptor errors otherwise.
const Value &selfOf(VM &vm, const CallArgs &a, std::string_view method, const TypeObject *owner, Kind kind,
                    Kind altKind = Kind::Native);

// Exactly `n` positional arguments after self, "list.append() takes exactly
// one argument (0 given)" (METH_O / METH_NOARGS style messages).
void exactArgs(VM &vm, const CallArgs &a, std::string_view qualname, size_t n, size_t skip = 1);
// Argument-clinic style counts: "pop expected at most 1 argument, got 2".
void rangeArgs(VM &vm, const CallArgs &a, std::string_view name, size_t min, size_t max, size_t skip = 1);
// "f() takes no keyword arguments".
void noKw(VM &vm, const CallArgs &a, std::string_view func);
// Only `allowed` keywords: "'foo' is an invalid keyword argument for sort()".
void allowedKw(VM &vm, const CallArgs &a, std::string_view func, std::initializer_list<std::string_view> allowed);

// ------------------------------------------------------------ helpers

// PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.
bool eqItems(VM &vm, const Value &a, const Value &b);

// py: Objects/object.c Py_ReprEnter/Py_ReprLeave.
class ReprGuard {
public:
    ReprGuard(VM &vm, const Object *o);
    ~ReprGuard();
    ReprGuard(const ReprGuard &) = delete;
    ReprGuard &operator=(const ReprGuard &) = delete;
    bool recursive() const { return recursive_; }
private:
    ContainerTypes &t_;
    bool recursive_;
};

// "a, b, c": the reprs of items, re-reading the vector each step (a repr
// may mutate the container).
std::string joinReprs(VM &vm, const std::vector<Value> &items);

// py: Objects/listobject.c list_richcompare (tuplerichcompare is the same):
// lexicographic, items compared with == first. Vectors are re-read after
// each comparison since __eq__ may mutate them.
Value sequenceCompare(VM &vm, const std::vector<Value> &a, const std::vector<Value> &b, CompareOp op);

// The items of any iterable; lists and tuples are copied without iterating.
std::vector<Value> itemsOf(VM &vm, const Value &iterable);

// Sequence index: negative counts from the end; false when out of range.
inline bool normalizeIndex(int64_t &i, int64_t len) {
    if (i < 0) i += len;
    return i >= 0 && i < len;
}

// index()'s optional start/stop, clamped as CPython's
// _PyEval_SliceIndexNotNone and list_index_impl do.
int64_t indexBound(VM &vm, const Value &v, int64_t len);

// A repetition count for seq * n (or n * seq): ints, bools and __index__.
// Returns false when `n` is not an integer (the caller raises).
bool repeatCount(VM &vm, const Value &n, int64_t &count);
[[noreturn]] void raiseCantMultiply(VM &vm, const Value &n);
// Whether `v`'s class is a script class defining the reflected method
// `name` (e.g. "__radd__"): then a builtin sequence's binary slot returns
// NotImplemented so that method runs, instead of raising its own TypeError
// (CPython tries nb_add of both operands before sq_concat).
bool hasReflected(VM &vm, const Value &v, std::string_view name);

// Sorts `keys` (and `values` alongside, when not null) with CPython's
// timsort, comparing with `<` only, in the same order CPython does.
// `keys` and `values` are left in an unspecified order when a comparison
// raises. py: Objects/listobject.c list_sort_impl (3.11).
void timsort(VM &vm, std::vector<Value> &keys, std::vector<Value> *values);

// list.sort(key=, reverse=) on `list`; sorted() shares it.
// py: Objects/listobject.c list_sort_impl: the list looks empty while it is
// sorted, and "list modified during sort" if it was changed meanwhile.
void listSort(VM &vm, ListObject *list, const Value &keyfunc, bool reverse);
// The keyword arguments of list.sort / sorted: key and reverse.
void sortOptions(VM &vm, const CallArgs &a, Value &keyfunc, bool &reverse);

// Python-visible dunders over a builtin type's C++ slots, so that
// list.__add__(a, b), super().__eq__(o) or dict.__repr__(self) work:
// __repr__, the six comparisons (when richcompare is set), __hash__ (or
// __hash__ = None when unhashable), and the binary operators named in
// `ops` with their reflected (__r*__) and, for `inplace`, __i*__ forms.
void defSlotDunders(VM &vm, TypeObject *t, std::initializer_list<BinOp> ops, bool inplace);

// Defines cls.__class_getitem__ (PEP 585: list[int] is a GenericAlias).
void defClassGetItem(VM &vm, TypeObject *cls);
// Whether `v` is a types.GenericAlias (isinstance() rejects them).
bool isGenericAlias(VM &vm, const Value &v);

// Installers of the parts of installSequenceTypes.
void installTuple(VM &vm);
void installList(VM &vm);
void installRangeAndSlice(VM &vm);

// ------------------------------------------------------- dict and set

enum class DictPart : uint8_t { Keys, Values, Items };

// builtins_dict_views.cpp: iterators over a dict (forward or reversed) and
// the keys()/values()/items() views.
Value dictIterator(VM &vm, const Value &dict, DictPart part, bool reverse);
Value dictView(VM &vm, const Value &dict, DictPart part);
void installDictViews(VM &vm);

// py: Objects/dictobject.c dict_update_arg: a dict, an object with keys(),
// or an iterable of pairs ("dictionary update sequence element #0 has
// length 3; 2 is required").
void dictUpdateFrom(VM &vm, DictObject *d, const Value &arg);

// builtins_set.cpp
inline bool isSetLike(const Value &v) { return v.is(Kind::Set) || v.is(Kind::FrozenSet); }
// A new empty set whose type is `cls` (set, frozenset or a subclass).
SetObject *newSet(VM &vm, TypeObject *cls);
// builtins_set_order.cpp: CPython's iteration order of a set, and the
// mutations that keep its simulated table current (see that file).
// Entry positions of s->table in the order CPython iterates the set.
std::vector<size_t> setOrder(VM &vm, const SetObject *s);
bool setAdd(VM &vm, SetObject *s, const Value &key);  // true when new
bool setAdd(VM &vm, SetObject *s, const Value &key, int64_t hash);
bool setErase(VM &vm, SetObject *s, const Value &key);  // false when absent
Value setPop(VM &vm, SetObject *s);  // the set is not empty
// py: set_merge / set_update_internal's dict path: adds another set's
// (or a dict's) keys, presizing and copying layouts as CPython does.
void setMerge(VM &vm, SetObject *so, const SetObject *other);
void setMergeDict(VM &vm, SetObject *so, const DictObject *d);
// After difference_update / -= (CPython then drops dummies when they fill
// more than a quarter of the table).
void setDifferenceUpdated(VM &vm, SetObject *s, bool erasedAny);
// The table of `s` was replaced wholesale (swap): forget its simulation.
void setForget(VM &vm, const SetObject *s);
// Adds every item of an iterable (py: set_update_internal).
void setUpdate(VM &vm, SetObject *s, const Value &iterable);
// set(a) <op>= b for the set operators of dict views (py:
// dictviews_and/or/sub/xor): `a` is the view or, reflected, any iterable.
Value setOperationFromIterables(VM &vm, BinOp base, const Value &a, const Value &b);

// Makes a tuple of `cls` (tuple or a subclass).
Value makeTuple(VM &vm, TypeObject *cls, std::vector<Value> items);

}  // namespace ls::interp::seq

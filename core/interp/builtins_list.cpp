// list: protocols, methods, list_iterator / list_reverseiterator, and
// installSequenceTypes (tuple, list, range, slice).
// py: Objects/listobject.c (3.11)
#include "builtins.h"
#include "builtins_sequence_p.h"
#include "memory_cap.h"

#include <algorithm>

namespace ls::interp {

namespace seq {

namespace {

ListObject *listOf(const Value &v) { return v.as<ListObject>(); }
int64_t sizeOf(const ListObject *l) { return static_cast<int64_t>(l->items.size()); }

// py: listiterobject: by index, so it sees items appended meanwhile.
struct ListIterator : NativeObject {
    LS_CLONEABLE(ListIterator)
    void visitRefs(RefVisitor &v) override { v(seq); }
    Value seq;
    size_t index = 0;
    ListIterator(TypeObject *t, Value s) : NativeObject(t), seq(std::move(s)) {}
    bool isIterator() const override { return true; }
    bool next(VM &, Value &out) override {
        if (seq.isNull()) return false;
        auto &items = seq.as<ListObject>()->items;
        if (index < items.size()) { out = items[index++]; return true; }
        seq = Value();
        return false;
    }
    void clearRefs() override { seq = Value(); }
};

// py: listreviterobject.
struct ListReverseIterator : NativeObject {
    LS_CLONEABLE(ListReverseIterator)
    void visitRefs(RefVisitor &v) override { v(seq); }
    Value seq;
    int64_t index;
    ListReverseIterator(TypeObject *t, Value s, int64_t i) : NativeObject(t), seq(std::move(s)), index(i) {}
    bool isIterator() const override { return true; }
    bool next(VM &, Value &out) override {
        if (seq.isNull()) return false;
        auto &items = seq.as<ListObject>()->items;
        if (index >= 0 && index < static_cast<int64_t>(items.size())) {
            out = items[static_cast<size_t>(index--)];
            return true;
        }
        index = -1;
        seq = Value();
        return false;
    }
    void clearRefs() override { seq = Value(); }
};

Value newList(VM &vm, std::vector<Value> items) { return vm.list(std::move(items)); }

// py: list_extend: lists and tuples are copied at once; any other iterable
// is appended item by item (an error midway keeps what was appended).
void listExtend(VM &vm, ListObject *l, const Value &iterable) {
    if (iterable.is(Kind::List) || iterable.is(Kind::Tuple)) {
        std::vector<Value> src = itemsOf(vm, iterable);  // a copy: iterable may be l itself
        checkGrowth(vm, (l->items.size() + src.size()) * sizeof(Value));
        l->items.insert(l->items.end(), src.begin(), src.end());
        return;
    }
    Value it = vm.iter(iterable);
    Value item;
    while (vm.next(it, item)) {
        // No VM instruction runs here (list(range(10**10))): check the cap as the list grows.
        if ((l->items.size() & 0xFFFF) == 0xFFFF) checkGrowth(vm, l->items.size() * sizeof(Value));
        l->items.push_back(std::move(item));
    }
}

// py: PySequence_Fast(v, message): the items of an iterable, with the
// TypeError of a non-iterable replaced by `message`.
std::vector<Value> sequenceFast(VM &vm, const Value &v, const char *message) {
    if (v.is(Kind::List) || v.is(Kind::Tuple)) return itemsOf(vm, v);
    Value it;
    try {
        it = vm.iter(v);
    } catch (PyException &e) {
        if (vm.isInstance(e.exc, vm.exc.TypeError)) vm.raise(vm.exc.TypeError, message);
        throw;
    }
    std::vector<Value> out;
    Value item;
    while (vm.next(it, item)) out.push_back(std::move(item));
    return out;
}

std::string listRepr(VM &vm, const Value &self) {
    auto *l = listOf(self);
    if (l->items.empty()) return "[]";
    ReprGuard guard(vm, l);
    if (guard.recursive()) return "[...]";
    return "[" + joinReprs(vm, l->items) + "]";
}

Value listCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!a.is(Kind::List) || !b.is(Kind::List)) return vm.notImplemented();
    Value ka = a, kb = b;
    return sequenceCompare(vm, listOf(ka)->items, listOf(kb)->items, op);
}

void checkRepeatSize(VM &vm, size_t len, int64_t n) {
    if (len && static_cast<uint64_t>(n) > (uint64_t{1} << 31) / len)
        vm.raise(vm.newException(vm.exc.MemoryError, std::vector<Value>{}));
    checkGrowth(vm, len * static_cast<size_t>(n) * sizeof(Value));
}

Value repeatList(VM &vm, const std::vector<Value> &items, int64_t n) {
    if (n <= 0 || items.empty()) return newList(vm, {});
    checkRepeatSize(vm, items.size(), n);
    std::vector<Value> out;
    out.reserve(items.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return newList(vm, std::move(out));
}

Value listBinary(VM &vm, BinOp op, const Value &a, const Value &b) {
    switch (op) {
    case BinOp::Add: {
        if (!a.is(Kind::List)) return vm.notImplemented();
        if (!b.is(Kind::List)) {
            if (hasReflected(vm, b, "__radd__")) return vm.notImplemented();
            vm.raise(vm.exc.TypeError, "can only concatenate list (not \"" + vm.typeName(b) + "\") to list");
        }
        checkGrowth(vm, (listOf(a)->items.size() + listOf(b)->items.size()) * sizeof(Value));
        std::vector<Value> out = listOf(a)->items;
        auto &y = listOf(b)->items;
        out.insert(out.end(), y.begin(), y.end());
        return newList(vm, std::move(out));
    }
    case BinOp::InplaceAdd:
        // py: list_inplace_concat: extend with any iterable, keep identity.
        if (!a.is(Kind::List) || hasReflected(vm, b, "__radd__")) return vm.notImplemented();
        listExtend(vm, listOf(a), b);
        return a;
    case BinOp::Mul:
    case BinOp::InplaceMul: {
        bool selfLeft = a.is(Kind::List);
        const Value &seqV = selfLeft ? a : b;
        const Value &nV = selfLeft ? b : a;
        int64_t n;
        if (!repeatCount(vm, nV, n)) {
            if (selfLeft && hasReflected(vm, nV, "__rmul__")) return vm.notImplemented();
            raiseCantMultiply(vm, nV);
        }
        if (op == BinOp::InplaceMul && selfLeft) {
            // py: list_inplace_repeat
            auto &items = listOf(a)->items;
            if (n <= 0) {
                std::vector<Value> garbage;
                garbage.swap(items);
            } else if (n > 1 && !items.empty()) {
                checkRepeatSize(vm, items.size(), n);
                std::vector<Value> one = items;
                for (int64_t i = 1; i < n; ++i) items.insert(items.end(), one.begin(), one.end());
            }
            return a;
        }
        std::vector<Value> copy = listOf(seqV)->items;
        return repeatList(vm, copy, n);
    }
    default:
        return vm.notImplemented();
    }
}

int64_t listLen(VM &, const Value &self) { return sizeOf(listOf(self)); }

[[noreturn]] void badIndexType(VM &vm, const Value &key) {
    vm.raise(vm.exc.TypeError, "list indices must be integers or slices, not " + vm.typeName(key));
}

Value listGetItem(VM &vm, const Value &self, const Value &key) {
    auto &items = listOf(self)->items;
    int64_t i;
    if (indexValue(vm, key, i)) {
        if (!normalizeIndex(i, static_cast<int64_t>(items.size()))) vm.raise(vm.exc.IndexError, "list index out of range");
        return items[static_cast<size_t>(i)];
    }
    if (key.is(Kind::Slice)) {
        SliceIndices s = sliceIndices(vm, key.as<SliceObject>(), static_cast<int64_t>(items.size()));
        std::vector<Value> out;
        out.reserve(static_cast<size_t>(s.length));
        for (int64_t k = 0, j = s.start; k < s.length; ++k, j += s.step) out.push_back(items[static_cast<size_t>(j)]);
        return newList(vm, std::move(out));
    }
    badIndexType(vm, key);
}

// py: list_ass_slice: replaces items[low:high] (re-clamped to the current
// size) with `repl`.
void assignSimpleSlice(ListObject *l, int64_t low, int64_t high, std::vector<Value> repl) {
    int64_t n = sizeOf(l);
    low = std::clamp<int64_t>(low, 0, n);
    high = std::clamp<int64_t>(high, low, n);
    auto &items = l->items;
    // Old items die after the list is consistent again.
    std::vector<Value> garbage(std::make_move_iterator(items.begin() + low), std::make_move_iterator(items.begin() + high));
    items.erase(items.begin() + low, items.begin() + high);
    items.insert(items.begin() + low, std::make_move_iterator(repl.begin()), std::make_move_iterator(repl.end()));
}

void deleteSlice(ListObject *l, const SliceIndices &s) {
    if (s.length <= 0) return;
    std::vector<Value> garbage;
    auto &items = l->items;
    if (s.step == 1) {
        assignSimpleSlice(l, s.start, s.stop, {});
        return;
    }
    // Mark the doomed positions, then compact.
    std::vector<bool> doomed(items.size(), false);
    for (int64_t k = 0, j = s.start; k < s.length; ++k, j += s.step) doomed[static_cast<size_t>(j)] = true;
    std::vector<Value> kept;
    kept.reserve(items.size() - static_cast<size_t>(s.length));
    for (size_t i = 0; i < items.size(); ++i) (doomed[i] ? garbage : kept).push_back(std::move(items[i]));
    items.swap(kept);
}

// py: list_ass_subscript
void listSetItem(VM &vm, const Value &self, const Value &key, Value v) {
    auto *l = listOf(self);
    int64_t i;
    if (indexValue(vm, key, i)) {
        if (!normalizeIndex(i, sizeOf(l))) vm.raise(vm.exc.IndexError, "list assignment index out of range");
        Value old = std::move(l->items[static_cast<size_t>(i)]);
        l->items[static_cast<size_t>(i)] = std::move(v);
        return;
    }
    if (!key.is(Kind::Slice)) badIndexType(vm, key);
    SliceIndices s = sliceIndices(vm, key.as<SliceObject>(), sizeOf(l));
    if (s.step == 1) {
        assignSimpleSlice(l, s.start, s.stop, sequenceFast(vm, v, "can only assign an iterable"));
        return;
    }
    std::vector<Value> seqItems = sequenceFast(vm, v, "must assign iterable to extended slice");
    if (static_cast<int64_t>(seqItems.size()) != s.length)
        vm.raise(vm.exc.ValueError, "attempt to assign sequence of size " + std::to_string(seqItems.size()) +
                                        " to extended slice of size " + std::to_string(s.length));
    std::vector<Value> garbage;
    for (int64_t k = 0, j = s.start; k < s.length; ++k, j += s.step) {
        if (j < 0 || j >= sizeOf(l)) break;  // shrunk while iterating `v`
        garbage.push_back(std::move(l->items[static_cast<size_t>(j)]));
        l->items[static_cast<size_t>(j)] = std::move(seqItems[static_cast<size_t>(k)]);
    }
}

void listDelItem(VM &vm, const Value &self, const Value &key) {
    auto *l = listOf(self);
    int64_t i;
    if (indexValue(vm, key, i)) {
        if (!normalizeIndex(i, sizeOf(l))) vm.raise(vm.exc.IndexError, "list assignment index out of range");
        Value old = std::move(l->items[static_cast<size_t>(i)]);
        l->items.erase(l->items.begin() + i);
        return;
    }
    if (!key.is(Kind::Slice)) badIndexType(vm, key);
    deleteSlice(l, sliceIndices(vm, key.as<SliceObject>(), sizeOf(l)));
}

bool listContains(VM &vm, const Value &self, const Value &item) {
    Value keep = self;
    auto &items = listOf(self)->items;
    for (size_t i = 0; i < items.size(); ++i) {
        Value x = items[i];
        if (eqItems(vm, x, item)) return true;
    }
    return false;
}

Value listIter(VM &vm, const Value &self) { return Value(vm.make<ListIterator>(types(vm).listIterator, self)); }

void initFrom(VM &vm, ListObject *l, const CallArgs &a, size_t skip) {
    noKw(vm, a, "list");
    rangeArgs(vm, a, "list", 0, 1, skip);
    if (!l->items.empty()) {
        std::vector<Value> garbage;
        garbage.swap(l->items);
    }
    if (a.size() > skip) listExtend(vm, l, a[skip]);
}

// py: list.__new__ ignores its arguments and list.__init__ fills the list.
// The VM calls only a script's __init__ after newInstance, so the list is
// filled here unless such an __init__ will run (it may call
// super().__init__(iterable) itself).
Value listNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto *l = vm.make<ListObject>(cls);
    Value v(l);
    if (cls != vm.types.list && cls->lookup("__init__").is(Kind::Function)) return v;
    initFrom(vm, l, a, 0);
    return v;
}

// ------------------------------------------------------------ methods

ListObject *self(VM &vm, const CallArgs &a, std::string_view m) {
    ListObject *l = listOf(selfOf(vm, a, m, vm.types.list, Kind::List));
    if (m != "sort" && m != "__init__") noKw(vm, a, "list." + std::string(m));
    return l;
}

Value list_append(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "append");
    exactArgs(vm, a, "list.append", 1);
    l->items.push_back(a[1]);
    return vm.none();
}

Value list_extend(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "extend");
    exactArgs(vm, a, "list.extend", 1);
    listExtend(vm, l, a[1]);
    return vm.none();
}

Value list_insert(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "insert");
    rangeArgs(vm, a, "insert", 2, 2);
    int64_t i = vm.index(a[1]);
    int64_t n = sizeOf(l);
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    l->items.insert(l->items.begin() + i, a[2]);
    return vm.none();
}

Value list_pop(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "pop");
    rangeArgs(vm, a, "pop", 0, 1);
    int64_t i = a.size() > 1 ? vm.index(a[1]) : -1;
    if (l->items.empty()) vm.raise(vm.exc.IndexError, "pop from empty list");
    if (!normalizeIndex(i, sizeOf(l))) vm.raise(vm.exc.IndexError, "pop index out of range");
    Value out = std::move(l->items[static_cast<size_t>(i)]);
    l->items.erase(l->items.begin() + i);
    return out;
}

Value list_remove(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "remove");
    exactArgs(vm, a, "list.remove", 1);
    Value keep = a[0];
    for (size_t i = 0; i < l->items.size(); ++i) {
        Value x = l->items[i];
        if (eqItems(vm, x, a[1])) {
            if (i < l->items.size()) {
                Value old = std::move(l->items[i]);
                l->items.erase(l->items.begin() + static_cast<int64_t>(i));
            }
            return vm.none();
        }
    }
    vm.raise(vm.exc.ValueError, "list.remove(x): x not in list");
}

Value list_index(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "index");
    rangeArgs(vm, a, "index", 1, 3);
    Value keep = a[0];
    int64_t start = a.size() > 2 ? indexBound(vm, a[2], sizeOf(l)) : 0;
    int64_t stop = a.size() > 3 ? indexBound(vm, a[3], sizeOf(l)) : sizeOf(l);
    for (int64_t i = start; i < stop && i < sizeOf(l); ++i) {
        Value x = l->items[static_cast<size_t>(i)];
        if (eqItems(vm, x, a[1])) return vm.integer(i);
    }
    vm.raise(vm.exc.ValueError, vm.repr(a[1]) + " is not in list");
}

Value list_count(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "count");
    exactArgs(vm, a, "list.count", 1);
    Value keep = a[0];
    int64_t n = 0;
    for (size_t i = 0; i < l->items.size(); ++i) {
        Value x = l->items[i];
        n += eqItems(vm, x, a[1]);
    }
    return vm.integer(n);
}

Value list_sort(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "sort");
    if (a.size() > 1) vm.raise(vm.exc.TypeError, "sort() takes no positional arguments");
    Value key;
    bool reverse;
    sortOptions(vm, a, key, reverse);
    listSort(vm, l, key, reverse);
    return vm.none();
}

Value list_reverse(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "reverse");
    exactArgs(vm, a, "list.reverse", 0);
    std::reverse(l->items.begin(), l->items.end());
    return vm.none();
}

Value list_copy(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "copy");
    exactArgs(vm, a, "list.copy", 0);
    return newList(vm, l->items);
}

Value list_clear(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "clear");
    exactArgs(vm, a, "list.clear", 0);
    std::vector<Value> garbage;
    garbage.swap(l->items);
    return vm.none();
}

Value list_reversed(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "__reversed__");
    exactArgs(vm, a, "list.__reversed__", 0);
    return Value(vm.make<ListReverseIterator>(types(vm).listReverseIterator, a[0], sizeOf(l) - 1));
}

Value list_init(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "__init__");
    initFrom(vm, l, a, 1);
    return vm.none();
}

Value list_len(VM &vm, const CallArgs &a) {
    auto *l = self(vm, a, "__len__");
    exactArgs(vm, a, "list.__len__", 0);
    return vm.integer(sizeOf(l));
}

Value list_getitem(VM &vm, const CallArgs &a) {
    self(vm, a, "__getitem__");
    exactArgs(vm, a, "list.__getitem__", 1);
    return listGetItem(vm, a[0], a[1]);
}

Value list_setitem(VM &vm, const CallArgs &a) {
    self(vm, a, "__setitem__");
    rangeArgs(vm, a, "", 2, 2);
    listSetItem(vm, a[0], a[1], a[2]);
    return vm.none();
}

Value list_delitem(VM &vm, const CallArgs &a) {
    self(vm, a, "__delitem__");
    exactArgs(vm, a, "list.__delitem__", 1);
    listDelItem(vm, a[0], a[1]);
    return vm.none();
}

Value list_contains(VM &vm, const CallArgs &a) {
    self(vm, a, "__contains__");
    exactArgs(vm, a, "list.__contains__", 1);
    return vm.boolean(listContains(vm, a[0], a[1]));
}

Value list_iter(VM &vm, const CallArgs &a) {
    self(vm, a, "__iter__");
    exactArgs(vm, a, "list.__iter__", 0);
    return listIter(vm, a[0]);
}

}  // namespace

void installList(VM &vm) {
    TypeObject *t = vm.types.list;
    TypeSlots &s = t->slots;
    s.repr = listRepr;
    s.unhashable = true;
    s.richcompare = listCompare;
    s.binary = listBinary;
    s.len = listLen;
    s.getitem = listGetItem;
    s.setitem = listSetItem;
    s.delitem = listDelItem;
    s.contains = listContains;
    s.iter = listIter;
    t->newInstance = listNew;
    vm.defMethod(t, "append", list_append);
    vm.defMethod(t, "extend", list_extend);
    vm.defMethod(t, "insert", list_insert);
    vm.defMethod(t, "pop", list_pop);
    vm.defMethod(t, "remove", list_remove);
    vm.defMethod(t, "index", list_index);
    vm.defMethod(t, "count", list_count);
    vm.defMethod(t, "sort", list_sort);
    vm.defMethod(t, "reverse", list_reverse);
    vm.defMethod(t, "copy", list_copy);
    vm.defMethod(t, "clear", list_clear);
    vm.defMethod(t, "__reversed__", list_reversed);
    vm.defMethod(t, "__init__", list_init);
    vm.defMethod(t, "__len__", list_len);
    vm.defMethod(t, "__getitem__", list_getitem);
    vm.defMethod(t, "__setitem__", list_setitem);
    vm.defMethod(t, "__delitem__", list_delitem);
    vm.defMethod(t, "__contains__", list_contains);
    vm.defMethod(t, "__iter__", list_iter);
}

// ------------------------------------------------------------ sorting

void sortOptions(VM &vm, const CallArgs &a, Value &keyfunc, bool &reverse) {
    allowedKw(vm, a, "sort", {"key", "reverse"});
    keyfunc = Value();
    reverse = false;
    if (const Value *k = a.keyword("key"); k && !k->isNone()) keyfunc = *k;
    if (const Value *r = a.keyword("reverse")) reverse = r->isBool() ? r->asBool() : vm.index(*r) != 0;
}

void listSort(VM &vm, ListObject *list, const Value &keyfunc, bool reverse) {
    Value keep(list);
    std::vector<Value> saved;
    saved.swap(list->items);  // the list looks empty while it is sorted
    // Puts the (possibly partially sorted) items back, dropping whatever
    // was stored in the list meanwhile; true when something was.
    auto restore = [&]() {
        std::vector<Value> meanwhile;
        meanwhile.swap(list->items);
        list->items.swap(saved);
        return !meanwhile.empty();
    };
    std::vector<Value> keys;
    try {
        if (!keyfunc.isNull()) {
            keys.reserve(saved.size());
            for (const Value &item : saved) keys.push_back(vm.call(keyfunc, {item}));
        }
    } catch (...) {
        restore();
        throw;
    }
    if (reverse) {
        std::reverse(keys.begin(), keys.end());
        std::reverse(saved.begin(), saved.end());
    }
    try {
        if (keyfunc.isNull()) timsort(vm, saved, nullptr);
        else timsort(vm, keys, &saved);
    } catch (...) {
        if (reverse) std::reverse(saved.begin(), saved.end());
        restore();
        throw;
    }
    if (reverse) std::reverse(saved.begin(), saved.end());
    if (restore()) vm.raise(vm.exc.ValueError, "list modified during sort");
}

}  // namespace seq

void installSequenceTypes(VM &vm) {
    seq::types(vm);
    seq::installTuple(vm);
    seq::installList(vm);
    seq::installRangeAndSlice(vm);
    seq::defClassGetItem(vm, vm.types.list);
    seq::defSlotDunders(vm, vm.types.list, {BinOp::Add, BinOp::Mul}, true);
    seq::defSlotDunders(vm, vm.types.tuple, {BinOp::Add, BinOp::Mul}, false);
    seq::defSlotDunders(vm, vm.types.range, {}, false);
    seq::defSlotDunders(vm, vm.types.slice, {}, false);
    seq::defClassGetItem(vm, vm.types.tuple);
}

}  // namespace ls::interp

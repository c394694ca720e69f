// tuple: protocols, methods and tuple_iterator.
// py: Objects/tupleobject.c (3.11)
#include "builtins_sequence_p.h"
#include "memory_cap.h"

namespace ls::interp::seq {

namespace {

TupleObject *tupleOf(const Value &v) { return v.as<TupleObject>(); }

// py: tupleiterobject: walks the tuple by index (tuples never change size).
struct TupleIterator : NativeObject {
    LS_CLONEABLE(TupleIterator)
    void visitRefs(RefVisitor &v) override { v(seq); }
    Value seq;
    size_t index = 0;
    TupleIterator(TypeObject *t, Value s) : NativeObject(t), seq(std::move(s)) {}
    bool isIterator() const override { return true; }
    bool next(VM &, Value &out) override {
        if (seq.isNull()) return false;
        auto &items = seq.as<TupleObject>()->items;
        if (index < items.size()) { out = items[index++]; return true; }
        seq = Value();  // exhausted for good, and the tuple is released
        return false;
    }
    void clearRefs() override { seq = Value(); }
};

std::string tupleRepr(VM &vm, const Value &self) {
    auto *t = tupleOf(self);
    if (t->items.empty()) return "()";
    ReprGuard guard(vm, t);
    if (guard.recursive()) return "(...)";
    std::string out = "(" + joinReprs(vm, t->items);
    if (t->items.size() == 1) out += ",";
    return out + ")";
}

// py: tuplehash (3.11): xxHash's mixing over the items' hashes.
int64_t tupleHash(VM &vm, const Value &self) {
    constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    auto *t = tupleOf(self);
    uint64_t acc = kPrime5;
    for (const Value &item : t->items) {
        uint64_t lane = static_cast<uint64_t>(vm.hash(item));
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += static_cast<uint64_t>(t->items.size()) ^ (kPrime5 ^ 3527539ULL);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
}

Value tupleCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!a.is(Kind::Tuple) || !b.is(Kind::Tuple)) return vm.notImplemented();
    // Hold both: comparing items may run code that drops the last reference.
    Value ka = a, kb = b;
    return sequenceCompare(vm, tupleOf(ka)->items, tupleOf(kb)->items, op);
}

Value repeatTuple(VM &vm, const Value &tuple, int64_t n) {
    auto &items = tupleOf(tuple)->items;
    if (n <= 0 || items.empty()) return vm.emptyTuple();
    if (n == 1 && vm.typeOf(tuple) == vm.types.tuple) return tuple;
    if (static_cast<uint64_t>(n) > (uint64_t{1} << 31) / items.size())
        vm.raise(vm.newException(vm.exc.MemoryError, std::vector<Value>{}));
    checkGrowth(vm, items.size() * static_cast<size_t>(n) * sizeof(Value));
    std::vector<Value> out;
    out.reserve(items.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return vm.tuple(std::move(out));
}

int baseOpIndex(BinOp op) {
    int i = static_cast<int>(op);
    return i >= kInplaceOffset ? i - kInplaceOffset : i;
}

// Tuples are immutable: the in-place forms behave as the plain ones.
Value tupleBinary(VM &vm, BinOp op, const Value &a, const Value &b) {
    BinOp base = static_cast<BinOp>(baseOpIndex(op));
    if (base == BinOp::Add) {
        if (!a.is(Kind::Tuple)) return vm.notImplemented();
        if (!b.is(Kind::Tuple)) {
            if (hasReflected(vm, b, "__radd__")) return vm.notImplemented();
            vm.raise(vm.exc.TypeError, "can only concatenate tuple (not \"" + vm.typeName(b) + "\") to tuple");
        }
        auto &x = tupleOf(a)->items, &y = tupleOf(b)->items;
        if (y.empty() && vm.typeOf(a) == vm.types.tuple) return a;
        if (x.empty() && vm.typeOf(b) == vm.types.tuple) return b;
        checkGrowth(vm, (x.size() + y.size()) * sizeof(Value));
        std::vector<Value> out;
        out.reserve(x.size() + y.size());
        out.insert(out.end(), x.begin(), x.end());
        out.insert(out.end(), y.begin(), y.end());
        return vm.tuple(std::move(out));
    }
    if (base == BinOp::Mul) {
        const Value &seqV = a.is(Kind::Tuple) ? a : b;
        const Value &nV = a.is(Kind::Tuple) ? b : a;
        int64_t n;
        if (!repeatCount(vm, nV, n)) {
            if (&seqV == &a && hasReflected(vm, nV, "__rmul__")) return vm.notImplemented();
            raiseCantMultiply(vm, nV);
        }
        return repeatTuple(vm, seqV, n);
    }
    return vm.notImplemented();
}

int64_t tupleLen(VM &, const Value &self) { return static_cast<int64_t>(tupleOf(self)->items.size()); }

Value tupleGetItem(VM &vm, const Value &self, const Value &key) {
    auto &items = tupleOf(self)->items;
    int64_t i;
    if (indexValue(vm, key, i)) {
        if (!normalizeIndex(i, static_cast<int64_t>(items.size())))
            vm.raise(vm.exc.IndexError, "tuple index out of range");
        return items[static_cast<size_t>(i)];
    }
    if (key.is(Kind::Slice)) {
        SliceIndices s = sliceIndices(vm, key.as<SliceObject>(), static_cast<int64_t>(items.size()));
        if (s.step == 1 && s.length == static_cast<int64_t>(items.size()) && vm.typeOf(self) == vm.types.tuple)
            return self;
        std::vector<Value> out;
        out.reserve(static_cast<size_t>(s.length));
        for (int64_t k = 0, j = s.start; k < s.length; ++k, j += s.step) out.push_back(items[static_cast<size_t>(j)]);
        return vm.tuple(std::move(out));
    }
    vm.raise(vm.exc.TypeError, "tuple indices must be integers or slices, not " + vm.typeName(key));
}

bool tupleContains(VM &vm, const Value &self, const Value &item) {
    Value keep = self;
    auto &items = tupleOf(self)->items;
    for (size_t i = 0; i < items.size(); ++i)
        if (eqItems(vm, items[i], item)) return true;
    return false;
}

Value tupleIter(VM &vm, const Value &self) {
    return Value(vm.make<TupleIterator>(types(vm).tupleIterator, self));
}

// py: tuple_new_impl / tuple_subtype_new.
Value tupleNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    if (cls == vm.types.tuple) noKw(vm, a, "tuple");
    rangeArgs(vm, a, "tuple", 0, 1, 0);
    if (a.size() == 0) return cls == vm.types.tuple ? vm.emptyTuple() : makeTuple(vm, cls, {});
    if (cls == vm.types.tuple && vm.typeOf(a[0]) == vm.types.tuple) return a[0];
    return makeTuple(vm, cls, itemsOf(vm, a[0]));
}

// ------------------------------------------------------------ methods

const Value &self(VM &vm, const CallArgs &a, std::string_view m) {
    const Value &s = selfOf(vm, a, m, vm.types.tuple, Kind::Tuple);
    noKw(vm, a, "tuple." + std::string(m));
    return s;
}

Value tuple_count(VM &vm, const CallArgs &a) {
    Value s = self(vm, a, "count");
    exactArgs(vm, a, "tuple.count", 1);
    auto &items = tupleOf(s)->items;
    int64_t n = 0;
    for (size_t i = 0; i < items.size(); ++i) n += eqItems(vm, items[i], a[1]);
    return vm.integer(n);
}

Value tuple_index(VM &vm, const CallArgs &a) {
    Value s = self(vm, a, "index");
    rangeArgs(vm, a, "index", 1, 3);
    auto &items = tupleOf(s)->items;
    int64_t len = static_cast<int64_t>(items.size());
    int64_t start = a.size() > 2 ? indexBound(vm, a[2], len) : 0;
    int64_t stop = a.size() > 3 ? indexBound(vm, a[3], len) : len;
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(items.size()); ++i)
        if (eqItems(vm, items[static_cast<size_t>(i)], a[1])) return vm.integer(i);
    vm.raise(vm.exc.ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_len(VM &vm, const CallArgs &a) {
    Value s = self(vm, a, "__len__");
    exactArgs(vm, a, "tuple.__len__", 0);
    return vm.integer(tupleLen(vm, s));
}

Value tuple_getitem(VM &vm, const CallArgs &a) {
    Value s = self(vm, a, "__getitem__");
    exactArgs(vm, a, "tuple.__getitem__", 1);
    return tupleGetItem(vm, s, a[1]);
}

Value tuple_contains(VM &vm, const CallArgs &a) {
    Value s = self(vm, a, "__contains__");
    exactArgs(vm, a, "tuple.__contains__", 1);
    return vm.boolean(tupleContains(vm, s, a[1]));
}

Value tuple_iter(VM &vm, const CallArgs &a) {
    Value s = self(vm, a, "__iter__");
    exactArgs(vm, a, "tuple.__iter__", 0);
    return tupleIter(vm, s);
}

Value tuple_hash(VM &vm, const CallArgs &a) {
    Value s = self(vm, a, "__hash__");
    exactArgs(vm, a, "tuple.__hash__", 0);
    return vm.integer(tupleHash(vm, s));
}

}  // namespace

void installTuple(VM &vm) {
    TypeObject *t = vm.types.tuple;
    TypeSlots &s = t->slots;
    s.repr = tupleRepr;
    s.hash = tupleHash;
    s.richcompare = tupleCompare;
    s.binary = tupleBinary;
    s.len = tupleLen;
    s.getitem = tupleGetItem;
    s.contains = tupleContains;
    s.iter = tupleIter;
    t->newInstance = tupleNew;
    vm.defMethod(t, "count", tuple_count);
    vm.defMethod(t, "index", tuple_index);
    vm.defMethod(t, "__len__", tuple_len);
    vm.defMethod(t, "__getitem__", tuple_getitem);
    vm.defMethod(t, "__contains__", tuple_contains);
    vm.defMethod(t, "__iter__", tuple_iter);
    vm.defMethod(t, "__hash__", tuple_hash);
}

}  // namespace ls::interp::seq

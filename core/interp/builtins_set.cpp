// set and frozenset: protocols, methods and set_iterator.
// py: Objects/setobject.c (3.11)
//
// Storage is the insertion-ordered DictTable (objects.h), but iteration,
// repr and pop() follow the order CPython's own set table would have: the
// live keys are replayed, in insertion order, into a simulation of
// CPython's open-addressing table (cpythonOrder below). For keys whose
// hash equals CPython's (ints, floats, bools, tuples of those) this gives
// CPython's order for sets built by literals, comprehensions, add() and
// set(iterable); history the table does not keep (deleted slots, pre-sized
// merges) can still make large sets differ.
#include "builtins.h"
#include "builtins_sequence_p.h"

#include <algorithm>

namespace ls::interp {

namespace seq {

namespace {

SetObject *setOf(const Value &v) { return v.as<SetObject>(); }
int64_t sizeOf(const SetObject *s) { return static_cast<int64_t>(s->table.size()); }

// py: set_add_entry / set_insert_clean / set_table_resize: where CPython's
// table would put each key. Returns entry positions in table-slot order.
std::vector<size_t> cpythonOrder(const DictTable &t) {
    constexpr size_t kLinearProbes = 9;
    constexpr int kPerturbShift = 5;
    std::vector<size_t> live;
    live.reserve(t.size());
    for (size_t i = 0; i < t.capacityEnd(); ++i)
        if (!t.entryAt(i).key.isNull()) live.push_back(i);
    std::vector<int64_t> slots(8, -1);  // entry position, -1 empty
    size_t mask = 7, fill = 0;
    auto insertClean = [&](std::vector<int64_t> &table, size_t m, size_t pos) {
        uint64_t h = static_cast<uint64_t>(t.entryAt(pos).hash);
        uint64_t perturb = h;
        size_t i = static_cast<size_t>(h) & m;
        for (;;) {
            size_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
            for (size_t j = 0; j <= probes; ++j) {
                if (table[i + j] < 0) { table[i + j] = static_cast<int64_t>(pos); return; }
            }
            perturb >>= kPerturbShift;
            i = static_cast<size_t>(i * 5 + 1 + perturb) & m;
        }
    };
    for (size_t pos : live) {
        insertClean(slots, mask, pos);  // keys are distinct: no equality probing needed
        ++fill;
        if (fill * 5 < mask * 3) continue;
        size_t minused = fill > 50000 ? fill * 2 : fill * 4;
        size_t newsize = 8;
        while (newsize <= minused) newsize <<= 1;
        std::vector<int64_t> bigger(newsize, -1);
        for (int64_t p : slots)
            if (p >= 0) insertClean(bigger, newsize - 1, static_cast<size_t>(p));
        slots.swap(bigger);
        mask = newsize - 1;
    }
    std::vector<size_t> order;
    order.reserve(live.size());
    for (int64_t p : slots)
        if (p >= 0) order.push_back(static_cast<size_t>(p));
    return order;
}

// The keys (with their hashes) in CPython's iteration order.
struct Key {
    Value key;
    int64_t hash;
};
std::vector<Key> orderedKeys(const SetObject *s) {
    std::vector<Key> out;
    for (size_t pos : cpythonOrder(s->table)) {
        const auto &e = s->table.entryAt(pos);
        out.push_back(Key{e.key, e.hash});
    }
    return out;
}

// Iterates a snapshot in CPython's order; a change of size raises (sticky).
struct SetIterator : NativeObject {
    Value set;
    std::vector<Value> keys;
    size_t index = 0;
    int64_t used;
    SetIterator(TypeObject *t, Value s) : NativeObject(t), set(std::move(s)) {
        auto *so = setOf(set);
        used = sizeOf(so);
        for (auto &k : orderedKeys(so)) keys.push_back(std::move(k.key));
    }
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        if (set.isNull()) return false;
        if (used != sizeOf(setOf(set))) {
            used = -1;
            vm.raise(vm.exc.RuntimeError, "Set changed size during iteration");
        }
        if (index < keys.size()) { out = keys[index++]; return true; }
        set = Value();
        keys.clear();
        return false;
    }
    void clearRefs() override { set = Value(); keys.clear(); }
};

// The builtin base of a set's type: results of operators are plain sets
// or frozensets (py: make_new_set_basetype).
TypeObject *baseTypeOf(VM &vm, const Value &v) {
    return vm.typeOf(v)->isSubtypeOf(vm.types.frozenset) ? vm.types.frozenset : vm.types.set;
}

// A copy made in the source's insertion order, so that its simulated
// CPython table is laid out as the source's is (py: set_merge into an empty
// set copies the table as is).
void copyInto(VM &vm, SetObject *dst, const SetObject *src) {
    Value keep(const_cast<SetObject *>(src));
    auto &t = src->table;
    for (size_t i = 0; i < t.capacityEnd(); ++i) {
        const auto &e = t.entryAt(i);
        if (!e.key.isNull()) dst->table.set(vm, e.key, e.hash, Value());
    }
}

Value copyOf(VM &vm, const Value &v) {
    SetObject *r = newSet(vm, baseTypeOf(vm, v));
    Value keep(r);
    copyInto(vm, r, setOf(v));
    return keep;
}

void addKey(VM &vm, SetObject *s, const Value &key) { s->table.set(vm, key, Value()); }

// A set used as a key is looked up as the equal frozenset (py: set_contains,
// set_remove, set_discard); other TypeErrors propagate.
template <class F>
auto withFrozenFallback(VM &vm, const Value &key, F op) -> decltype(op(key)) {
    try {
        return op(key);
    } catch (PyException &e) {
        if (!key.is(Kind::Set) || !vm.isInstance(e.exc, vm.exc.TypeError)) throw;
    }
    SetObject *tmp = newSet(vm, vm.types.frozenset);
    Value frozen(tmp);
    copyInto(vm, tmp, setOf(key));
    return op(frozen);
}

bool hasKey(VM &vm, SetObject *s, const Value &key) { return s->table.find(vm, key) != nullptr; }

// Membership in any "other" operand: sets by hash, dicts by key, else via
// the container protocol.
bool otherHas(VM &vm, const Value &other, const Key &k) {
    if (isSetLike(other)) return setOf(other)->table.find(vm, k.key, k.hash) != nullptr;
    return vm.contains(other, k.key);
}

std::string setRepr(VM &vm, const Value &self) {
    auto *s = setOf(self);
    std::string name = vm.typeName(self);
    bool exactSet = vm.typeOf(self) == vm.types.set;
    if (s->table.empty()) return name + "()";
    ReprGuard guard(vm, s);
    if (guard.recursive()) return name + "(...)";
    std::vector<Value> items;
    for (auto &k : orderedKeys(s)) items.push_back(std::move(k.key));
    std::string inner = "{" + joinReprs(vm, items) + "}";
    return exactSet ? inner : name + "(" + inner + ")";
}

// py: set_issubset for two sets.
bool isSubset(VM &vm, const Value &a, const Value &b) {
    if (sizeOf(setOf(a)) > sizeOf(setOf(b))) return false;
    for (auto &k : orderedKeys(setOf(a)))
        if (!setOf(b)->table.find(vm, k.key, k.hash)) return false;
    return true;
}

Value setCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!isSetLike(a) || !isSetLike(b)) return vm.notImplemented();
    int64_t la = sizeOf(setOf(a)), lb = sizeOf(setOf(b));
    bool r = false;
    switch (op) {
    case CompareOp::Eq: r = la == lb && isSubset(vm, a, b); break;
    case CompareOp::Ne: r = !(la == lb && isSubset(vm, a, b)); break;
    case CompareOp::Le: r = isSubset(vm, a, b); break;
    case CompareOp::Ge: r = isSubset(vm, b, a); break;
    case CompareOp::Lt: r = la < lb && isSubset(vm, a, b); break;
    case CompareOp::Gt: r = la > lb && isSubset(vm, b, a); break;
    }
    return vm.boolean(r);
}

// py: set_intersection
Value intersection(VM &vm, const Value &so, const Value &other) {
    if (so.identical(other)) return copyOf(vm, so);
    SetObject *r = newSet(vm, baseTypeOf(vm, so));
    Value keep(r);
    if (isSetLike(other)) {
        Value big = so, small = other;
        if (sizeOf(setOf(other)) > sizeOf(setOf(so))) std::swap(big, small);
        for (auto &k : orderedKeys(setOf(small)))
            if (setOf(big)->table.find(vm, k.key, k.hash)) r->table.set(vm, k.key, k.hash, Value());
        return keep;
    }
    Value it = vm.iter(other), x;
    while (vm.next(it, x)) {
        int64_t h = vm.hash(x);
        if (setOf(so)->table.find(vm, x, h)) r->table.set(vm, x, h, Value());
    }
    return keep;
}

// py: set_difference (and set_copy_and_difference): the keys of `so` not
// in `other`.
Value difference(VM &vm, const Value &so, const Value &other) {
    Value otherSet = other;
    if (!isSetLike(other) && !(other.is(Kind::Dict) && vm.typeOf(other) == vm.types.dict)) {
        SetObject *tmp = newSet(vm, vm.types.set);
        otherSet = Value(tmp);
        setUpdate(vm, tmp, other);
    }
    SetObject *r = newSet(vm, baseTypeOf(vm, so));
    Value keep(r);
    for (auto &k : orderedKeys(setOf(so))) {
        bool in = otherSet.is(Kind::Dict) ? otherSet.as<DictObject>()->table.find(vm, k.key, k.hash) != nullptr
                                          : otherHas(vm, otherSet, k);
        if (!in) r->table.set(vm, k.key, k.hash, Value());
    }
    return keep;
}

void differenceUpdate(VM &vm, SetObject *so, const Value &other) {
    if (other.obj() == so) {
        so->table.clear();
        return;
    }
    if (isSetLike(other)) {
        for (auto &k : orderedKeys(setOf(other))) so->table.erase(vm, k.key);
        return;
    }
    Value it = vm.iter(other), x;
    while (vm.next(it, x)) so->table.erase(vm, x);
}

// py: set_symmetric_difference_update
void symmetricDifferenceUpdate(VM &vm, SetObject *so, const Value &other) {
    if (other.obj() == so) {
        so->table.clear();
        return;
    }
    Value otherSet = other;
    if (!isSetLike(other)) {
        SetObject *tmp = newSet(vm, vm.types.set);
        otherSet = Value(tmp);
        setUpdate(vm, tmp, other);
    }
    for (auto &k : orderedKeys(setOf(otherSet))) {
        if (!so->table.erase(vm, k.key)) so->table.set(vm, k.key, k.hash, Value());
    }
}

// py: set_symmetric_difference: a copy of `other`, updated with `so`.
Value symmetricDifference(VM &vm, const Value &so, const Value &other) {
    SetObject *r = newSet(vm, baseTypeOf(vm, so));
    Value keep(r);
    setUpdate(vm, r, other);
    symmetricDifferenceUpdate(vm, r, so);
    return keep;
}

Value setBinary(VM &vm, BinOp op, const Value &a, const Value &b) {
    if (!isSetLike(a) || !isSetLike(b)) return vm.notImplemented();
    int i = static_cast<int>(op);
    bool inplace = i >= kInplaceOffset;
    BinOp base = inplace ? static_cast<BinOp>(i - kInplaceOffset) : op;
    if (inplace && !a.is(Kind::Set)) return vm.notImplemented();  // frozenset: the plain operator
    switch (base) {
    case BinOp::Or:
        if (inplace) { setUpdate(vm, setOf(a), b); return a; }
        {
            Value r = copyOf(vm, a);
            setUpdate(vm, setOf(r), b);
            return r;
        }
    case BinOp::And: {
        Value r = intersection(vm, a, b);
        if (!inplace) return r;
        std::swap(setOf(a)->table, setOf(r)->table);
        return a;
    }
    case BinOp::Sub:
        if (inplace) { differenceUpdate(vm, setOf(a), b); return a; }
        return difference(vm, a, b);
    case BinOp::Xor:
        if (inplace) { symmetricDifferenceUpdate(vm, setOf(a), b); return a; }
        return symmetricDifference(vm, a, b);
    default:
        return vm.notImplemented();
    }
}

int64_t setLen(VM &, const Value &self) { return sizeOf(setOf(self)); }

bool setContains(VM &vm, const Value &self, const Value &key) {
    return withFrozenFallback(vm, key, [&](const Value &k) { return hasKey(vm, setOf(self), k); });
}

Value setIter(VM &vm, const Value &self) { return Value(vm.make<SetIterator>(types(vm).setIterator, self)); }

// py: frozenset_hash: order-independent mix of the entries' hashes.
int64_t frozensetHash(VM &, const Value &self) {
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    auto &t = setOf(self)->table;
    uint64_t hash = 0;
    for (size_t i = 0; i < t.capacityEnd(); ++i)
        if (!t.entryAt(i).key.isNull()) hash ^= shuffle(static_cast<uint64_t>(t.entryAt(i).hash));
    hash ^= (static_cast<uint64_t>(t.size()) + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713ULL;
    return static_cast<int64_t>(hash);
}

void initFrom(VM &vm, SetObject *s, const CallArgs &a, size_t skip) {
    noKw(vm, a, "set");
    rangeArgs(vm, a, "set", 0, 1, skip);
    if (!s->table.empty()) s->table.clear();
    if (a.size() > skip) setUpdate(vm, s, a[skip]);
}

// py: set_new ignores its arguments and set_init fills the set; as for
// list, the filling happens here unless a script __init__ will run.
Value setNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    SetObject *s = newSet(vm, cls);
    Value v(s);
    if (cls != vm.types.set && cls->lookup("__init__").is(Kind::Function)) return v;
    initFrom(vm, s, a, 0);
    return v;
}

// py: frozenset_new
Value frozensetNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    if (cls == vm.types.frozenset) noKw(vm, a, "frozenset");
    rangeArgs(vm, a, "frozenset", 0, 1, 0);
    if (cls == vm.types.frozenset && a.size() == 1 && vm.typeOf(a[0]) == vm.types.frozenset) return a[0];
    SetObject *s = newSet(vm, cls);
    Value v(s);
    if (a.size() == 1) setUpdate(vm, s, a[0]);
    return v;
}

// ------------------------------------------------------------ methods

std::string qual(VM &vm, const Value &self, std::string_view m) {
    return baseTypeOf(vm, self)->name + "." + std::string(m);
}
const Value &anySelf(VM &vm, const CallArgs &a, std::string_view m) {
    const Value &s = selfOf(vm, a, m, vm.types.set, Kind::Set, Kind::FrozenSet);
    noKw(vm, a, qual(vm, s, m));
    return s;
}
SetObject *mutableSelf(VM &vm, const CallArgs &a, std::string_view m) {
    const Value &s = selfOf(vm, a, m, vm.types.set, Kind::Set);
    if (m != "__init__") noKw(vm, a, "set." + std::string(m));
    return setOf(s);
}

Value set_add(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "add");
    exactArgs(vm, a, "set.add", 1);
    addKey(vm, s, a[1]);
    return vm.none();
}

Value set_discard(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "discard");
    exactArgs(vm, a, "set.discard", 1);
    withFrozenFallback(vm, a[1], [&](const Value &k) { return s->table.erase(vm, k); });
    return vm.none();
}

Value set_remove(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "remove");
    exactArgs(vm, a, "set.remove", 1);
    if (!withFrozenFallback(vm, a[1], [&](const Value &k) { return s->table.erase(vm, k); })) raiseKeyError(vm, a[1]);
    return vm.none();
}

Value set_pop(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "pop");
    exactArgs(vm, a, "set.pop", 0);
    if (s->table.empty()) raiseKeyError(vm, vm.str("pop from an empty set"));
    auto &c = types(vm).popCache;
    if (c.set != s || c.serial != s->serial || c.version != s->table.version()) {
        c.set = s;
        c.serial = s->serial;
        c.order = cpythonOrder(s->table);
        c.next = 0;
    }
    while (c.next < c.order.size() && s->table.entryAt(c.order[c.next]).key.isNull()) ++c.next;
    Value key = s->table.entryAt(c.order[c.next++]).key;
    s->table.erase(vm, key);
    c.version = s->table.version();
    return key;
}

Value set_clear(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "clear");
    exactArgs(vm, a, "set.clear", 0);
    s->table.clear();
    return vm.none();
}

Value set_copy(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "copy");
    exactArgs(vm, a, qual(vm, self, "copy"), 0);
    if (vm.typeOf(self) == vm.types.frozenset) return self;
    return copyOf(vm, self);
}

Value set_update(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "update");
    noKw(vm, a, "set.update");
    for (size_t i = 1; i < a.size(); ++i) setUpdate(vm, s, a[i]);
    return vm.none();
}

Value set_union(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "union");
    noKw(vm, a, qual(vm, self, "union"));
    Value r = copyOf(vm, self);
    for (size_t i = 1; i < a.size(); ++i) setUpdate(vm, setOf(r), a[i]);
    return r;
}

Value intersectionMulti(VM &vm, const CallArgs &a, const Value &self) {
    if (a.size() == 1) return copyOf(vm, self);
    Value r = self;
    for (size_t i = 1; i < a.size(); ++i) r = intersection(vm, r, a[i]);
    return r;
}

Value set_intersection(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "intersection");
    noKw(vm, a, qual(vm, self, "intersection"));
    return intersectionMulti(vm, a, self);
}

Value set_intersection_update(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "intersection_update");
    noKw(vm, a, "set.intersection_update");
    Value r = intersectionMulti(vm, a, a[0]);
    std::swap(s->table, setOf(r)->table);
    return vm.none();
}

Value set_difference(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "difference");
    noKw(vm, a, qual(vm, self, "difference"));
    if (a.size() == 1) return copyOf(vm, self);
    Value r = difference(vm, self, a[1]);
    for (size_t i = 2; i < a.size(); ++i) differenceUpdate(vm, setOf(r), a[i]);
    return r;
}

Value set_difference_update(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "difference_update");
    noKw(vm, a, "set.difference_update");
    for (size_t i = 1; i < a.size(); ++i) differenceUpdate(vm, s, a[i]);
    return vm.none();
}

Value set_symmetric_difference(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "symmetric_difference");
    exactArgs(vm, a, qual(vm, self, "symmetric_difference"), 1);
    return symmetricDifference(vm, self, a[1]);
}

Value set_symmetric_difference_update(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "symmetric_difference_update");
    exactArgs(vm, a, "set.symmetric_difference_update", 1);
    symmetricDifferenceUpdate(vm, s, a[1]);
    return vm.none();
}

// py: set_issubset: a non-set argument is intersected first.
Value set_issubset(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "issubset");
    exactArgs(vm, a, qual(vm, self, "issubset"), 1);
    if (!isSetLike(a[1])) return vm.boolean(sizeOf(setOf(intersection(vm, self, a[1]))) == sizeOf(setOf(self)));
    return vm.boolean(isSubset(vm, self, a[1]));
}

Value set_issuperset(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "issuperset");
    exactArgs(vm, a, qual(vm, self, "issuperset"), 1);
    if (isSetLike(a[1])) return vm.boolean(isSubset(vm, a[1], self));
    Value it = vm.iter(a[1]), x;
    while (vm.next(it, x))
        if (!hasKey(vm, setOf(self), x)) return vm.boolean(false);
    return vm.boolean(true);
}

Value set_isdisjoint(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "isdisjoint");
    exactArgs(vm, a, qual(vm, self, "isdisjoint"), 1);
    const Value &other = a[1];
    if (other.identical(self)) return vm.boolean(sizeOf(setOf(self)) == 0);
    if (isSetLike(other)) {
        Value small = self, big = other;
        if (sizeOf(setOf(other)) < sizeOf(setOf(self))) std::swap(small, big);
        for (auto &k : orderedKeys(setOf(small)))
            if (setOf(big)->table.find(vm, k.key, k.hash)) return vm.boolean(false);
        return vm.boolean(true);
    }
    Value it = vm.iter(other), x;
    while (vm.next(it, x))
        if (hasKey(vm, setOf(self), x)) return vm.boolean(false);
    return vm.boolean(true);
}

Value set_contains(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "__contains__");
    exactArgs(vm, a, qual(vm, self, "__contains__"), 1);
    return vm.boolean(setContains(vm, self, a[1]));
}

Value set_len(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "__len__");
    exactArgs(vm, a, qual(vm, self, "__len__"), 0);
    return vm.integer(setLen(vm, self));
}

Value set_iter(VM &vm, const CallArgs &a) {
    const Value &self = anySelf(vm, a, "__iter__");
    exactArgs(vm, a, qual(vm, self, "__iter__"), 0);
    return setIter(vm, self);
}

Value set_init(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "__init__");
    initFrom(vm, s, a, 1);
    return vm.none();
}

void commonSlots(TypeObject *t) {
    TypeSlots &s = t->slots;
    s.repr = setRepr;
    s.richcompare = setCompare;
    s.binary = setBinary;
    s.len = setLen;
    s.contains = setContains;
    s.iter = setIter;
}

}  // namespace

SetObject *newSet(VM &vm, TypeObject *cls) {
    Kind k = cls->isSubtypeOf(vm.types.frozenset) ? Kind::FrozenSet : Kind::Set;
    return vm.make<SetObject>(k, cls);
}

// py: set_update_internal: sets merge in their table order, dicts
// contribute their keys, anything else is iterated.
void setUpdate(VM &vm, SetObject *s, const Value &iterable) {
    if (isSetLike(iterable)) {
        if (iterable.obj() == s) return;
        if (s->table.empty()) {
            copyInto(vm, s, setOf(iterable));
            return;
        }
        for (auto &k : orderedKeys(setOf(iterable))) s->table.set(vm, k.key, k.hash, Value());
        return;
    }
    if (iterable.is(Kind::Dict) && vm.typeOf(iterable) == vm.types.dict) {
        Value keep = iterable;
        auto &t = iterable.as<DictObject>()->table;
        for (size_t i = 0; i < t.capacityEnd(); ++i) {
            const auto &e = t.entryAt(i);
            if (e.key.isNull()) continue;
            Value k = e.key;
            s->table.set(vm, k, e.hash, Value());
        }
        return;
    }
    Value it = vm.iter(iterable), x;
    while (vm.next(it, x)) addKey(vm, s, x);
}

Value setOperationFromIterables(VM &vm, BinOp base, const Value &a, const Value &b) {
    SetObject *r = newSet(vm, vm.types.set);
    Value keep(r);
    setUpdate(vm, r, a);
    switch (base) {
    case BinOp::Or: setUpdate(vm, r, b); break;
    case BinOp::Sub: differenceUpdate(vm, r, b); break;
    case BinOp::Xor: symmetricDifferenceUpdate(vm, r, b); break;
    case BinOp::And: {
        Value x = intersection(vm, keep, b);
        std::swap(r->table, setOf(x)->table);
        break;
    }
    default: break;
    }
    return keep;
}

}  // namespace seq

void installSetTypes(VM &vm) {
    using namespace seq;
    types(vm);
    TypeObject *st = vm.types.set, *fs = vm.types.frozenset;
    commonSlots(st);
    commonSlots(fs);
    st->slots.unhashable = true;
    fs->slots.hash = frozensetHash;
    st->newInstance = setNew;
    fs->newInstance = frozensetNew;
    for (TypeObject *t : {st, fs}) {
        vm.defMethod(t, "copy", set_copy);
        vm.defMethod(t, "union", set_union);
        vm.defMethod(t, "intersection", set_intersection);
        vm.defMethod(t, "difference", set_difference);
        vm.defMethod(t, "symmetric_difference", set_symmetric_difference);
        vm.defMethod(t, "issubset", set_issubset);
        vm.defMethod(t, "issuperset", set_issuperset);
        vm.defMethod(t, "isdisjoint", set_isdisjoint);
        vm.defMethod(t, "__contains__", set_contains);
        vm.defMethod(t, "__len__", set_len);
        vm.defMethod(t, "__iter__", set_iter);
    }
    vm.defMethod(st, "add", set_add);
    vm.defMethod(st, "discard", set_discard);
    vm.defMethod(st, "remove", set_remove);
    vm.defMethod(st, "pop", set_pop);
    vm.defMethod(st, "clear", set_clear);
    vm.defMethod(st, "update", set_update);
    vm.defMethod(st, "intersection_update", set_intersection_update);
    vm.defMethod(st, "difference_update", set_difference_update);
    vm.defMethod(st, "symmetric_difference_update", set_symmetric_difference_update);
    vm.defMethod(st, "__init__", set_init);
    defClassGetItem(vm, st);
    defClassGetItem(vm, fs);
    defSlotDunders(vm, st, {BinOp::Or, BinOp::And, BinOp::Sub, BinOp::Xor}, true);
    defSlotDunders(vm, fs, {BinOp::Or, BinOp::And, BinOp::Sub, BinOp::Xor}, false);
}

}  // namespace ls::interp

// set and frozenset: protocols, methods and set_iterator.
// py: Objects/setobject.c (3.11)
//
// Storage is the insertion-ordered DictTable (objects.h), but iteration,
// repr and pop() follow the order CPython's own set table would have
// (builtins_set_order.cpp); keys are added and removed through setAdd /
// setErase so that simulation stays current.
#include "builtins.h"
#include "builtins_sequence_p.h"
#include "set_update.h"

#include <algorithm>

namespace ls::interp {

namespace seq {

namespace {

SetObject *setOf(const Value &v) { return v.as<SetObject>(); }
int64_t sizeOf(const SetObject *s) { return static_cast<int64_t>(s->table.size()); }

// The keys (with their hashes) in CPython's iteration order.
struct Key {
    Value key;
    int64_t hash;
};
std::vector<Key> orderedKeys(VM &vm, const SetObject *s) {
    std::vector<Key> out;
    for (size_t pos : setOrder(vm, s)) {
        const auto &e = s->table.entryAt(pos);
        out.push_back(Key{e.key, e.hash});
    }
    return out;
}

// Iterates a snapshot in CPython's order; a change of size raises (sticky).
struct SetIterator : NativeObject {
    LS_CLONEABLE(SetIterator)
    void visitRefs(RefVisitor &v) override { v(set); v(keys); }
    Value set;
    std::vector<Value> keys;
    size_t index = 0;
    int64_t used;
    SetIterator(VM &vm, TypeObject *t, Value s) : NativeObject(t), set(std::move(s)) {
        auto *so = setOf(set);
        used = sizeOf(so);
        for (auto &k : orderedKeys(vm, so)) keys.push_back(std::move(k.key));
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

Value copyOf(VM &vm, const Value &v) {
    SetObject *r = newSet(vm, baseTypeOf(vm, v));
    Value keep(r);
    setMerge(vm, r, setOf(v));  // py: set_copy
    return keep;
}

void addKey(VM &vm, SetObject *s, const Value &key) { setAdd(vm, s, key); }

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
    setMerge(vm, tmp, setOf(key));
    return op(frozen);
}

bool hasKey(VM &vm, SetObject *s, const Value &key) { return s->table.find(vm, key) != nullptr; }

std::string setRepr(VM &vm, const Value &self) {
    auto *s = setOf(self);
    std::string name = vm.typeName(self);
    bool exactSet = vm.typeOf(self) == vm.types.set;
    if (s->table.empty()) return name + "()";
    ReprGuard guard(vm, s);
    if (guard.recursive()) return name + "(...)";
    std::vector<Value> items;
    for (auto &k : orderedKeys(vm, s)) items.push_back(std::move(k.key));
    std::string inner = "{" + joinReprs(vm, items) + "}";
    return exactSet ? inner : name + "(" + inner + ")";
}

// py: set_issubset for two sets.
bool isSubset(VM &vm, const Value &a, const Value &b) {
    if (sizeOf(setOf(a)) > sizeOf(setOf(b))) return false;
    for (auto &k : orderedKeys(vm, setOf(a)))
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
        for (auto &k : orderedKeys(vm, setOf(small)))
            if (setOf(big)->table.find(vm, k.key, k.hash)) setAdd(vm, r, k.key, k.hash);
        return keep;
    }
    Value it = vm.iter(other), x;
    while (vm.next(it, x)) {
        int64_t h = vm.hash(x);
        if (setOf(so)->table.find(vm, x, h)) setAdd(vm, r, x, h);
    }
    return keep;
}

void differenceUpdate(VM &vm, SetObject *so, const Value &other);

// py: set_difference: small `other` sets/dicts filter `so` into a new set;
// otherwise (or for other iterables) a copy has `other` removed.
Value difference(VM &vm, const Value &so, const Value &other) {
    int64_t otherSize = -1;
    bool plainDict = other.is(Kind::Dict) && vm.typeOf(other) == vm.types.dict;
    if (isSetLike(other)) otherSize = sizeOf(setOf(other));
    else if (plainDict) otherSize = static_cast<int64_t>(other.as<DictObject>()->table.size());
    if (otherSize < 0 || (sizeOf(setOf(so)) >> 2) > otherSize) {
        Value r = copyOf(vm, so);
        differenceUpdate(vm, setOf(r), other);
        return r;
    }
    SetObject *r = newSet(vm, baseTypeOf(vm, so));
    Value keep(r);
    for (auto &k : orderedKeys(vm, setOf(so))) {
        bool in = plainDict ? other.as<DictObject>()->table.find(vm, k.key, k.hash) != nullptr
                            : setOf(other)->table.find(vm, k.key, k.hash) != nullptr;
        if (!in) setAdd(vm, r, k.key, k.hash);
    }
    return keep;
}

void differenceUpdate(VM &vm, SetObject *so, const Value &other) {
    if (other.obj() == so) {
        so->table.clear();
        return;
    }
    bool any = false;
    setOrder(vm, so);  // track `so` so that its deletions are recorded
    if (isSetLike(other)) {
        for (auto &k : orderedKeys(vm, setOf(other))) any = setErase(vm, so, k.key) || any;
    } else {
        Value it = vm.iter(other), x;
        while (vm.next(it, x)) any = setErase(vm, so, x) || any;
    }
    setDifferenceUpdated(vm, so, any);
}

// py: set_symmetric_difference_update
void symmetricDifferenceUpdate(VM &vm, SetObject *so, const Value &other) {
    if (other.obj() == so) {
        so->table.clear();
        return;
    }
    if (other.is(Kind::Dict) && vm.typeOf(other) == vm.types.dict) {
        Value keep = other;
        auto &t = other.as<DictObject>()->table;
        for (size_t i = 0; i < t.capacityEnd(); ++i) {
            if (t.entryAt(i).key.isNull()) continue;
            Value k = t.entryAt(i).key;
            int64_t h = t.entryAt(i).hash;
            if (!setErase(vm, so, k)) setAdd(vm, so, k, h);
        }
        return;
    }
    Value otherSet = other;
    if (!isSetLike(other)) {
        SetObject *tmp = newSet(vm, baseTypeOf(vm, Value(so)));
        otherSet = Value(tmp);
        setUpdate(vm, tmp, other);
    }
    for (auto &k : orderedKeys(vm, setOf(otherSet))) {
        if (!setErase(vm, so, k.key)) setAdd(vm, so, k.key, k.hash);
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
        setForget(vm, setOf(a));
        setForget(vm, setOf(r));
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

Value setIter(VM &vm, const Value &self) { return Value(vm.make<SetIterator>(vm, types(vm).setIterator, self)); }

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
    withFrozenFallback(vm, a[1], [&](const Value &k) { return setErase(vm, s, k); });
    return vm.none();
}

Value set_remove(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "remove");
    exactArgs(vm, a, "set.remove", 1);
    if (!withFrozenFallback(vm, a[1], [&](const Value &k) { return setErase(vm, s, k); })) raiseKeyError(vm, a[1]);
    return vm.none();
}

Value set_pop(VM &vm, const CallArgs &a) {
    SetObject *s = mutableSelf(vm, a, "pop");
    exactArgs(vm, a, "set.pop", 0);
    if (s->table.empty()) raiseKeyError(vm, vm.str("pop from an empty set"));
    return setPop(vm, s);
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
    for (size_t i = 1; i < a.size(); ++i)
        if (!a[i].identical(self)) setUpdate(vm, setOf(r), a[i]);  // py: set_union skips self
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
    setForget(vm, s);
    setForget(vm, setOf(r));
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
        for (auto &k : orderedKeys(vm, setOf(small)))
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
        setMerge(vm, s, setOf(iterable));
        return;
    }
    if (iterable.is(Kind::Dict) && vm.typeOf(iterable) == vm.types.dict) {
        setMergeDict(vm, s, iterable.as<DictObject>());
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
        setForget(vm, r);
        setForget(vm, setOf(x));
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

namespace ls::interp {

void setUpdateFrom(VM &vm, SetObject *set, const Value &iterable) { seq::setUpdate(vm, set, iterable); }

Value foldedSetConstant(VM &vm, const std::vector<Value> &items) {
    SetObject *first = seq::newSet(vm, vm.types.frozenset);
    Value keepFirst(first);
    for (const Value &v : items) seq::setAdd(vm, first, v);
    // py: merge_consts_recursive: frozenset(tuple(first)), keys added in
    // first's iteration order.
    SetObject *second = seq::newSet(vm, vm.types.frozenset);
    Value out(second);
    for (size_t pos : seq::setOrder(vm, first)) {
        const auto &e = first->table.entryAt(pos);
        seq::setAdd(vm, second, e.key, e.hash);
    }
    return out;
}

}  // namespace ls::interp

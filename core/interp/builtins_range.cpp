// range and slice, with range_iterator, and the slice normalisation every
// sequence type shares (slice_util.h).
// py: Objects/rangeobject.c, Objects/sliceobject.c (3.11)
#include "bigint.h"
#include "builtins_sequence_p.h"

#include <limits>

namespace ls::interp {

// ------------------------------------------------------------ slice_util

namespace {
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

// py: Python/ceval.c _PyEval_SliceIndex: None keeps the default.
void sliceIndex(VM &vm, const Value &v, int64_t &out) {
    if (v.isNone()) return;
    // A big int clips to the int64 range, as CPython clips to Py_ssize_t.
    if (big::isBig(v)) { out = big::sign(v) < 0 ? kMin : kMax; return; }
    if (!indexValue(vm, v, out))
        vm.raise(vm.exc.TypeError, "slice indices must be integers or None or have an __index__ method");
}
}  // namespace

bool indexValue(VM &vm, const Value &key, int64_t &out) {
    if (key.isInt()) { out = key.asInt(); return true; }
    if (key.isBool()) { out = key.asBool() ? 1 : 0; return true; }
    if (key.isObj() && key.obj()->kind != Kind::Slice && !vm.typeOf(key)->lookup("__index__").isNull()) {
        out = vm.index(key);
        return true;
    }
    return false;
}

int64_t adjustSliceIndices(int64_t length, int64_t &start, int64_t &stop, int64_t step) {
    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (stop < start) return (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        return (stop - start - 1) / step + 1;
    }
    return 0;
}

SliceIndices sliceIndices(VM &vm, const SliceObject *slice, int64_t length) {
    // py: PySlice_Unpack
    SliceIndices r;
    r.step = 1;
    sliceIndex(vm, slice->step, r.step);
    if (r.step == 0) vm.raise(vm.exc.ValueError, "slice step cannot be zero");
    if (r.step < -kMax) r.step = -kMax;  // so that -step cannot overflow
    r.start = r.step < 0 ? kMax : 0;
    sliceIndex(vm, slice->start, r.start);
    r.stop = r.step < 0 ? kMin : kMax;
    sliceIndex(vm, slice->stop, r.stop);
    r.length = adjustSliceIndices(length, r.start, r.stop, r.step);
    return r;
}

// ----------------------------------------------------------------- range

namespace seq {

namespace {

RangeObject *rangeOf(const Value &v) { return v.as<RangeObject>(); }

// py: rangeiterobject: `len` values from `next`, stepping by `step`.
struct RangeIterator : NativeObject {
    LS_CLONEABLE(RangeIterator)
    int64_t next_, step, remaining;
    RangeIterator(TypeObject *t, int64_t start, int64_t st, int64_t len)
        : NativeObject(t), next_(start), step(st), remaining(len) {}
    bool isIterator() const override { return true; }
    bool next(VM &, Value &out) override {
        if (remaining <= 0) return false;
        out = Value::integer(next_);
        --remaining;
        if (remaining > 0) next_ += step;  // never step past the last value (no overflow)
        return true;
    }
};

std::string rangeRepr(VM &, const Value &self) {
    auto *r = rangeOf(self);
    std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) out += ", " + std::to_string(r->step);
    return out + ")";
}

int64_t rangeLen(VM &, const Value &self) { return rangeOf(self)->length(); }

bool rangeTruthy(VM &, const Value &self) { return rangeOf(self)->length() != 0; }

Value makeRange(VM &vm, int64_t start, int64_t stop, int64_t step) {
    return Value(vm.make<RangeObject>(vm.types.range, start, stop, step));
}

Value rangeGetItem(VM &vm, const Value &self, const Value &key) {
    auto *r = rangeOf(self);
    int64_t len = r->length();
    int64_t i;
    if (indexValue(vm, key, i)) {
        if (!normalizeIndex(i, len)) vm.raise(vm.exc.IndexError, "range object index out of range");
        return vm.integer(r->start + i * r->step);
    }
    if (key.is(Kind::Slice)) {
        // py: compute_slice: the slice's indices, mapped through this range.
        SliceIndices s = sliceIndices(vm, key.as<SliceObject>(), len);
        return makeRange(vm, r->start + s.start * r->step, r->start + s.stop * r->step, r->step * s.step);
    }
    vm.raise(vm.exc.TypeError, "range indices must be integers or slices, not " + vm.typeName(key));
}

// py: range_contains_long: arithmetic for ints, iteration otherwise.
bool rangeHasInt(const RangeObject *r, int64_t v) {
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    return (v - r->start) % r->step == 0;
}

bool rangeContains(VM &vm, const Value &self, const Value &item) {
    auto *r = rangeOf(self);
    if (item.isInt()) return rangeHasInt(r, item.asInt());
    if (item.isBool()) return rangeHasInt(r, item.asBool() ? 1 : 0);
    Value keep = self;
    int64_t len = r->length();
    for (int64_t k = 0; k < len; ++k)
        if (eqItems(vm, vm.integer(r->start + k * r->step), item)) return true;
    return false;
}

Value rangeIter(VM &vm, const Value &self) {
    auto *r = rangeOf(self);
    return Value(vm.make<RangeIterator>(types(vm).rangeIterator, r->start, r->step, r->length()));
}

// py: range_equals: same length, and (when non-empty) same start, and
// (when longer than one) same step.
bool rangeEquals(const RangeObject *a, const RangeObject *b) {
    if (a == b) return true;
    int64_t la = a->length(), lb = b->length();
    if (la != lb) return false;
    if (la == 0) return true;
    if (a->start != b->start) return false;
    if (la == 1) return true;
    return a->step == b->step;
}

Value rangeCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!a.is(Kind::Range) || !b.is(Kind::Range) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return vm.notImplemented();
    bool eq = rangeEquals(rangeOf(a), rangeOf(b));
    return vm.boolean(op == CompareOp::Eq ? eq : !eq);
}

// py: range_hash: hash((len, start, step)) with None for what does not
// affect equality.
int64_t rangeHash(VM &vm, const Value &self) {
    auto *r = rangeOf(self);
    int64_t len = r->length();
    std::vector<Value> t{vm.integer(len), vm.none(), vm.none()};
    if (len > 0) {
        t[1] = vm.integer(r->start);
        if (len > 1) t[2] = vm.integer(r->step);
    }
    return vm.hash(vm.tuple(std::move(t)));
}

Value rangeGetAttr(VM &vm, const Value &self, std::string_view name) {
    auto *r = rangeOf(self);
    if (name == "start") return vm.integer(r->start);
    if (name == "stop") return vm.integer(r->stop);
    if (name == "step") return vm.integer(r->step);
    return Value();
}

// py: range_new / range_from_array.
Value rangeNew(VM &vm, TypeObject *, const CallArgs &a) {
    noKw(vm, a, "range");
    rangeArgs(vm, a, "range", 1, 3, 0);
    // LoopScope's ranges keep int64 bounds; CPython accepts bigger ones but
    // raises this same error as soon as the length is needed.
    for (const Value &v : a.pos)
        if (big::isBig(v)) vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
    int64_t start = 0, stop, step = 1;
    if (a.size() == 1) {
        stop = vm.index(a[0]);
    } else {
        start = vm.index(a[0]);
        stop = vm.index(a[1]);
        if (a.size() == 3) step = vm.index(a[2]);
    }
    if (step == 0) vm.raise(vm.exc.ValueError, "range() arg 3 must not be zero");
    return makeRange(vm, start, stop, step);
}

const Value &rangeSelf(VM &vm, const CallArgs &a, std::string_view m) {
    const Value &s = selfOf(vm, a, m, vm.types.range, Kind::Range);
    noKw(vm, a, "range." + std::string(m));
    return s;
}

Value range_count(VM &vm, const CallArgs &a) {
    Value s = rangeSelf(vm, a, "count");
    exactArgs(vm, a, "range.count", 1);
    auto *r = rangeOf(s);
    if (a[1].isInt() || a[1].isBool()) return vm.integer(rangeContains(vm, s, a[1]) ? 1 : 0);
    int64_t n = 0, len = r->length();
    for (int64_t k = 0; k < len; ++k) n += eqItems(vm, vm.integer(r->start + k * r->step), a[1]);
    return vm.integer(n);
}

Value range_index(VM &vm, const CallArgs &a) {
    Value s = rangeSelf(vm, a, "index");
    exactArgs(vm, a, "range.index", 1);
    auto *r = rangeOf(s);
    const Value &x = a[1];
    if (x.isInt() || x.isBool()) {
        int64_t v = x.isInt() ? x.asInt() : (x.asBool() ? 1 : 0);
        if (rangeHasInt(r, v)) return vm.integer((v - r->start) / r->step);
    } else {
        int64_t len = r->length();
        for (int64_t k = 0; k < len; ++k)
            if (eqItems(vm, vm.integer(r->start + k * r->step), x)) return vm.integer(k);
    }
    if (x.isInt() || x.isBool()) vm.raise(vm.exc.ValueError, vm.repr(x) + " is not in range");
    vm.raise(vm.exc.ValueError, "sequence.index(x): x not in sequence");
}

// py: range_reverse: a range_iterator running backwards.
Value range_reversed(VM &vm, const CallArgs &a) {
    Value s = rangeSelf(vm, a, "__reversed__");
    exactArgs(vm, a, "range.__reversed__", 0);
    auto *r = rangeOf(s);
    int64_t len = r->length();
    int64_t last = len > 0 ? r->start + (len - 1) * r->step : r->start;
    return Value(vm.make<RangeIterator>(types(vm).rangeIterator, last, -r->step, len));
}

Value range_len(VM &vm, const CallArgs &a) {
    Value s = rangeSelf(vm, a, "__len__");
    exactArgs(vm, a, "range.__len__", 0);
    return vm.integer(rangeLen(vm, s));
}

Value range_getitem(VM &vm, const CallArgs &a) {
    Value s = rangeSelf(vm, a, "__getitem__");
    exactArgs(vm, a, "range.__getitem__", 1);
    return rangeGetItem(vm, s, a[1]);
}

Value range_contains(VM &vm, const CallArgs &a) {
    Value s = rangeSelf(vm, a, "__contains__");
    exactArgs(vm, a, "range.__contains__", 1);
    return vm.boolean(rangeContains(vm, s, a[1]));
}

Value range_iter(VM &vm, const CallArgs &a) {
    Value s = rangeSelf(vm, a, "__iter__");
    exactArgs(vm, a, "range.__iter__", 0);
    return rangeIter(vm, s);
}

// ----------------------------------------------------------------- slice

SliceObject *sliceOf(const Value &v) { return v.as<SliceObject>(); }

std::string sliceRepr(VM &vm, const Value &self) {
    auto *s = sliceOf(self);
    return "slice(" + vm.repr(s->start) + ", " + vm.repr(s->stop) + ", " + vm.repr(s->step) + ")";
}

// py: slice_richcompare: as the tuples (start, stop, step).
Value sliceCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!a.is(Kind::Slice) || !b.is(Kind::Slice)) return vm.notImplemented();
    auto *x = sliceOf(a), *y = sliceOf(b);
    Value ta = vm.tuple({x->start, x->stop, x->step});
    Value tb = vm.tuple({y->start, y->stop, y->step});
    return vm.richCompare(ta, tb, op);
}

Value sliceGetAttr(VM &, const Value &self, std::string_view name) {
    auto *s = sliceOf(self);
    if (name == "start") return s->start;
    if (name == "stop") return s->stop;
    if (name == "step") return s->step;
    return Value();
}

Value sliceNew(VM &vm, TypeObject *, const CallArgs &a) {
    noKw(vm, a, "slice");
    rangeArgs(vm, a, "slice", 1, 3, 0);
    Value start = vm.none(), stop, step = vm.none();
    if (a.size() == 1) {
        stop = a[0];
    } else {
        start = a[0];
        stop = a[1];
        if (a.size() == 3) step = a[2];
    }
    return Value(vm.make<SliceObject>(vm.types.slice, start, stop, step));
}

// py: slice_indices / _PySlice_GetLongIndices.
Value slice_indices(VM &vm, const CallArgs &a) {
    Value s = selfOf(vm, a, "indices", vm.types.slice, Kind::Slice);
    noKw(vm, a, "slice.indices");
    exactArgs(vm, a, "slice.indices", 1);
    int64_t len = vm.index(a[1]);
    if (len < 0) vm.raise(vm.exc.ValueError, "length should not be negative");
    SliceIndices r = sliceIndices(vm, sliceOf(s), len);
    return vm.tuple({vm.integer(r.start), vm.integer(r.stop), vm.integer(r.step)});
}

}  // namespace

namespace {

// start/stop/step as read-only properties (CPython's member descriptors),
// so they show in dir(); reads go through the getattr slot first.
Value rangeStart(VM &vm, const CallArgs &a) { return rangeGetAttr(vm, a[0], "start"); }
Value rangeStop(VM &vm, const CallArgs &a) { return rangeGetAttr(vm, a[0], "stop"); }
Value rangeStep(VM &vm, const CallArgs &a) { return rangeGetAttr(vm, a[0], "step"); }
Value sliceStart(VM &vm, const CallArgs &a) { return sliceGetAttr(vm, a[0], "start"); }
Value sliceStop(VM &vm, const CallArgs &a) { return sliceGetAttr(vm, a[0], "stop"); }
Value sliceStep(VM &vm, const CallArgs &a) { return sliceGetAttr(vm, a[0], "step"); }

bool readonlyMembers(VM &vm, const Value &, std::string_view name, const Value &) {
    if (name == "start" || name == "stop" || name == "step") vm.raise(vm.exc.AttributeError, "readonly attribute");
    return false;
}

void defMember(VM &vm, TypeObject *t, const char *name, NativeFn get) {
    auto *p = vm.make<PropertyObject>(vm.types.property);
    Value pv(p);
    p->fget = vm.native(name, get, t);
    p->fset = p->fdel = p->doc = vm.none();
    vm.defAttr(t, name, pv);
}

}  // namespace

void installRangeAndSlice(VM &vm) {
    TypeObject *r = vm.types.range;
    TypeSlots &rs = r->slots;
    rs.repr = rangeRepr;
    rs.hash = rangeHash;
    rs.richcompare = rangeCompare;
    rs.truthy = rangeTruthy;
    rs.len = rangeLen;
    rs.getitem = rangeGetItem;
    rs.contains = rangeContains;
    rs.iter = rangeIter;
    rs.getattr = rangeGetAttr;
    rs.setattr = readonlyMembers;
    r->newInstance = rangeNew;
    vm.defMethod(r, "count", range_count);
    vm.defMethod(r, "index", range_index);
    vm.defMethod(r, "__reversed__", range_reversed);
    vm.defMethod(r, "__len__", range_len);
    vm.defMethod(r, "__getitem__", range_getitem);
    vm.defMethod(r, "__contains__", range_contains);
    vm.defMethod(r, "__iter__", range_iter);
    defMember(vm, r, "start", rangeStart);
    defMember(vm, r, "stop", rangeStop);
    defMember(vm, r, "step", rangeStep);

    TypeObject *sl = vm.types.slice;
    TypeSlots &ss = sl->slots;
    ss.repr = sliceRepr;
    ss.unhashable = true;
    ss.richcompare = sliceCompare;
    ss.getattr = sliceGetAttr;
    ss.setattr = readonlyMembers;
    sl->newInstance = sliceNew;
    vm.defMethod(sl, "indices", slice_indices);
    defMember(vm, sl, "start", sliceStart);
    defMember(vm, sl, "stop", sliceStop);
    defMember(vm, sl, "step", sliceStep);
}

}  // namespace seq

}  // namespace ls::interp

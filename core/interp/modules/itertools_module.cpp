// The `itertools` module: lazy iterators as NativeObjects, step for step as
// py: Modules/itertoolsmodule.c (3.11): the same laziness (chain(1) fails
// only when iterated), groupby's shared-iterator grouper semantics, islice's
// argument checks and tee's shared buffer.
#include "module_util.h"
#include "native_util.h"

#include <deque>
#include <memory>

namespace ls::interp {

namespace {

using modutil::bind;
using modutil::positionalOnly;

// The module's types, kept per VM (some are made by other iterators).
struct ItertoolsTypes {
    TypeObject *grouper = nullptr, *tee = nullptr, *chain = nullptr;
};

ItertoolsTypes &types(VM &vm) { return *vm.extension<ItertoolsTypes>("itertools.types"); }

// An iterator whose next() is a C++ lambda-free virtual: every itertools
// iterator derives from this to get isIterator().
struct Iter : NativeObject {
    using NativeObject::NativeObject;
    bool isIterator() const override { return true; }
};

// ------------------------------------------------------------- infinite

struct CountIter : Iter {
    LS_CLONEABLE(CountIter)
    void visitRefs(RefVisitor &v) override { v(cnt); v(step); }
    Value cnt, step;
    CountIter(TypeObject *t, Value c, Value s) : Iter(t), cnt(std::move(c)), step(std::move(s)) {}
    bool next(VM &vm, Value &out) override {
        out = cnt;
        cnt = vm.binaryOp(BinOp::Add, cnt, step);
        return true;
    }
    void clearRefs() override { cnt = step = Value(); }
};

Value countNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto v = bind(vm, a, "count", {"start", "step"});
    Value start = v[0].isNull() ? Value::integer(0) : v[0];
    Value step = v[1].isNull() ? Value::integer(1) : v[1];
    if (!modutil::isNumber(vm, start) || !modutil::isNumber(vm, step)) vm.raise(vm.exc.TypeError, "a number is required");
    return Value(vm.make<CountIter>(cls, start, step));
}

std::string countRepr(VM &vm, const Value &self) {
    auto *c = static_cast<CountIter *>(self.obj());
    bool stepIsOne = (c->step.isInt() && c->step.asInt() == 1) || (c->step.isBool() && c->step.asBool());
    if (stepIsOne) return "count(" + vm.repr(c->cnt) + ")";
    return "count(" + vm.repr(c->cnt) + ", " + vm.repr(c->step) + ")";
}

struct CycleIter : Iter {
    LS_CLONEABLE(CycleIter)
    void visitRefs(RefVisitor &v) override { v(it); v(saved); }
    Value it;
    std::vector<Value> saved;
    size_t index = 0;
    bool firstpass = true;
    CycleIter(TypeObject *t, Value i) : Iter(t), it(std::move(i)) {}
    bool next(VM &vm, Value &out) override {
        if (firstpass && !it.isNull()) {
            Value item;
            if (vm.next(it, item)) {
                saved.push_back(item);
                out = std::move(item);
                return true;
            }
            it = Value();
            firstpass = false;
        }
        if (saved.empty()) return false;
        out = saved[index];
        index = (index + 1) % saved.size();
        return true;
    }
    void clearRefs() override { it = Value(); saved.clear(); }
};

struct RepeatIter : Iter {
    LS_CLONEABLE(RepeatIter)
    void visitRefs(RefVisitor &v) override { v(element); }
    Value element;
    int64_t cnt;  // -1: forever
    RepeatIter(TypeObject *t, Value e, int64_t c) : Iter(t), element(std::move(e)), cnt(c) {}
    bool next(VM &, Value &out) override {
        if (cnt == 0) return false;
        if (cnt > 0) --cnt;
        out = element;
        return true;
    }
    void clearRefs() override { element = Value(); }
};

Value repeatNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto v = bind(vm, a, "repeat", {"object", "times"}, 1);
    int64_t cnt = -1;
    if (!v[1].isNull()) {
        cnt = vm.index(v[1]);
        if (cnt < 0) cnt = 0;
    }
    return Value(vm.make<RepeatIter>(cls, v[0], cnt));
}

// ------------------------------------------------------------ terminating

struct AccumulateIter : Iter {
    LS_CLONEABLE(AccumulateIter)
    void visitRefs(RefVisitor &v) override { v(it); v(func); v(total); v(initial); }
    Value it, func, total, initial;
    AccumulateIter(TypeObject *t, Value i, Value f, Value init) : Iter(t), it(std::move(i)), func(std::move(f)), initial(std::move(init)) {}
    bool next(VM &vm, Value &out) override {
        if (!initial.isNull()) {
            total = initial;
            initial = Value();
            out = total;
            return true;
        }
        Value item;
        if (!vm.next(it, item)) return false;
        if (total.isNull()) total = item;
        else if (func.isNull() || func.isNone()) total = vm.binaryOp(BinOp::Add, total, item);
        else total = vm.call(func, {total, item});
        out = total;
        return true;
    }
    void clearRefs() override { it = func = total = initial = Value(); }
};

struct ChainIter : Iter {
    LS_CLONEABLE(ChainIter)
    void visitRefs(RefVisitor &v) override { v(source); v(active); }
    Value source, active;  // source: an iterator of iterables
    ChainIter(TypeObject *t, Value s) : Iter(t), source(std::move(s)) {}
    bool next(VM &vm, Value &out) override {
        while (!source.isNull()) {
            if (active.isNull()) {
                Value iterable;
                if (!vm.next(source, iterable)) {
                    source = Value();
                    return false;
                }
                active = vm.iter(iterable);
            }
            if (vm.next(active, out)) return true;
            active = Value();
        }
        return false;
    }
    void clearRefs() override { source = active = Value(); }
};

struct CompressIter : Iter {
    LS_CLONEABLE(CompressIter)
    void visitRefs(RefVisitor &v) override { v(data); v(selectors); }
    Value data, selectors;
    CompressIter(TypeObject *t, Value d, Value s) : Iter(t), data(std::move(d)), selectors(std::move(s)) {}
    bool next(VM &vm, Value &out) override {
        for (;;) {
            Value item, sel;
            if (!vm.next(data, item) || !vm.next(selectors, sel)) return false;
            if (vm.truthy(sel)) {
                out = std::move(item);
                return true;
            }
        }
    }
    void clearRefs() override { data = selectors = Value(); }
};

// dropwhile / takewhile / filterfalse: a predicate over one iterator.
enum class PredKind { DropWhile, TakeWhile, FilterFalse };

struct PredicateIter : Iter {
    LS_CLONEABLE(PredicateIter)
    void visitRefs(RefVisitor &v) override { v(func); v(it); }
    PredKind kind;
    Value func, it;
    bool done = false;  // dropwhile: dropping finished; takewhile: stopped
    PredicateIter(TypeObject *t, PredKind k, Value f, Value i) : Iter(t), kind(k), func(std::move(f)), it(std::move(i)) {}
    bool test(VM &vm, const Value &item) {
        if (kind == PredKind::FilterFalse && func.isNone()) return vm.truthy(item);
        return vm.truthy(vm.call(func, {item}));
    }
    bool next(VM &vm, Value &out) override {
        Value item;
        switch (kind) {
        case PredKind::DropWhile:
            while (vm.next(it, item)) {
                if (done || !test(vm, item)) {
                    done = true;
                    out = std::move(item);
                    return true;
                }
            }
            return false;
        case PredKind::TakeWhile:
            if (done || !vm.next(it, item)) return false;
            if (test(vm, item)) {
                out = std::move(item);
                return true;
            }
            done = true;
            return false;
        case PredKind::FilterFalse:
            while (vm.next(it, item)) {
                if (!test(vm, item)) {
                    out = std::move(item);
                    return true;
                }
            }
            return false;
        }
        return false;
    }
    void clearRefs() override { func = it = Value(); }
};

template <PredKind K> Value predicateNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    const char *name = K == PredKind::DropWhile ? "dropwhile" : K == PredKind::TakeWhile ? "takewhile" : "filterfalse";
    positionalOnly(vm, a, name, 2, 2);
    return Value(vm.make<PredicateIter>(cls, K, a[0], vm.iter(a[1])));
}

// py: groupbyobject / _grouperobject.
struct GroupByIter : Iter {
    LS_CLONEABLE(GroupByIter)
    void visitRefs(RefVisitor &v) override { v(it); v(keyfunc); v(tgtkey); v(currkey); v(currvalue); }
    Value it, keyfunc, tgtkey, currkey, currvalue;
    uint64_t currgrouper = 0;  // serial of the grouper that may still advance
    GroupByIter(TypeObject *t, Value i, Value k) : Iter(t), it(std::move(i)), keyfunc(std::move(k)) {}
    // py: groupby_step: false when the source is exhausted.
    bool step(VM &vm) {
        Value v;
        if (!vm.next(it, v)) return false;
        Value k = keyfunc.isNone() ? v : vm.call(keyfunc, {v});
        currvalue = std::move(v);
        currkey = std::move(k);
        return true;
    }
    bool next(VM &vm, Value &out) override;
    void clearRefs() override { it = keyfunc = tgtkey = currkey = currvalue = Value(); }
};

struct GrouperIter : Iter {
    LS_CLONEABLE(GrouperIter)
    void visitRefs(RefVisitor &v) override { v(parent); v(tgtkey); }
    Value parent, tgtkey;
    GrouperIter(TypeObject *t, Value p, Value k) : Iter(t), parent(std::move(p)), tgtkey(std::move(k)) {}
    bool next(VM &vm, Value &out) override {
        auto *gbo = static_cast<GroupByIter *>(parent.obj());
        if (gbo->currgrouper != serial) return false;
        Value keep = parent;
        if (gbo->currvalue.isNull() && !gbo->step(vm)) return false;
        if (!vm.eq(tgtkey, gbo->currkey)) return false;
        out = std::move(gbo->currvalue);
        gbo->currvalue = Value();
        return true;
    }
    void clearRefs() override { parent = tgtkey = Value(); }
};

bool GroupByIter::next(VM &vm, Value &out) {
    Value keep(this);
    currgrouper = 0;
    for (;;) {
        if (currkey.isNull()) {
            // pass: read the first element
        } else if (tgtkey.isNull()) {
            break;
        } else if (!vm.eq(tgtkey, currkey)) {
            break;
        }
        if (!step(vm)) return false;
    }
    tgtkey = currkey;
    auto *g = vm.make<GrouperIter>(types(vm).grouper, Value(this), tgtkey);
    Value grouper(g);
    currgrouper = g->serial;
    out = vm.tuple({currkey, grouper});
    return true;
}

// py: isliceobject.
struct IsliceIter : Iter {
    LS_CLONEABLE(IsliceIter)
    void visitRefs(RefVisitor &v) override { v(it); }
    Value it;
    int64_t next_, stop, step, cnt = 0;
    IsliceIter(TypeObject *t, Value i, int64_t start, int64_t st, int64_t sp) : Iter(t), it(std::move(i)), next_(start), stop(st), step(sp) {}
    bool next(VM &vm, Value &out) override {
        if (it.isNull()) return false;
        Value item;
        while (cnt < next_) {
            if (!vm.next(it, item)) { it = Value(); return false; }
            ++cnt;
        }
        if (stop != -1 && cnt >= stop) { it = Value(); return false; }
        if (!vm.next(it, item)) { it = Value(); return false; }
        ++cnt;
        int64_t old = next_;
        next_ += step;
        if (next_ < old || (stop != -1 && next_ > stop)) next_ = stop;
        out = std::move(item);
        return true;
    }
    void clearRefs() override { it = Value(); }
};

// PyNumber_AsSsize_t with errors turned into -1 (islice_new clears them).
int64_t asSsizeOrMinus1(VM &vm, const Value &v) {
    try {
        return vm.index(v);
    } catch (PyException &) {
        return -1;
    }
}

Value isliceNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    positionalOnly(vm, a, "islice", 2, 4);
    int64_t start = 0, stop = -1, step = 1;
    const char *stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (a.size() == 2) {
        if (!a[1].isNone()) {
            stop = asSsizeOrMinus1(vm, a[1]);
            if (stop == -1) vm.raise(vm.exc.ValueError, stopMsg);
        }
    } else {
        if (!a[1].isNone()) start = asSsizeOrMinus1(vm, a[1]);
        if (!a[2].isNone()) {
            stop = asSsizeOrMinus1(vm, a[2]);
            if (stop == -1) vm.raise(vm.exc.ValueError, stopMsg);
        }
    }
    if (start < 0 || stop < -1)
        vm.raise(vm.exc.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (a.size() == 4 && !a[3].isNone()) step = asSsizeOrMinus1(vm, a[3]);
    if (step < 1) vm.raise(vm.exc.ValueError, "Step for islice() must be a positive integer or None.");
    return Value(vm.make<IsliceIter>(cls, vm.iter(a[0]), start, stop, step));
}

struct StarmapIter : Iter {
    LS_CLONEABLE(StarmapIter)
    void visitRefs(RefVisitor &v) override { v(func); v(it); }
    Value func, it;
    StarmapIter(TypeObject *t, Value f, Value i) : Iter(t), func(std::move(f)), it(std::move(i)) {}
    bool next(VM &vm, Value &out) override {
        Value args;
        if (!vm.next(it, args)) return false;
        auto v = modutil::items(vm, args);
        out = vm.call(func, v);
        return true;
    }
    void clearRefs() override { func = it = Value(); }
};

// py: teeobject over a shared teedataobject: items read from the source
// once, kept until every tee has passed them.
struct TeeData {
    Value it;
    std::vector<Value> items;
    void visitRefs(RefVisitor &v) { v(it); v(items); }
};

struct TeeIter : Iter {
    LS_CLONEABLE(TeeIter)
    void visitRefs(RefVisitor &v) override { v.shared(data); }
    std::shared_ptr<TeeData> data;
    size_t index = 0;
    TeeIter(TypeObject *t, std::shared_ptr<TeeData> d, size_t i) : Iter(t), data(std::move(d)), index(i) {}
    bool next(VM &vm, Value &out) override {
        if (index < data->items.size()) {
            out = data->items[index++];
            return true;
        }
        if (data->it.isNull()) return false;
        Value src = data->it, item;
        if (!vm.next(src, item)) return false;
        data->items.push_back(item);
        ++index;
        out = std::move(item);
        return true;
    }
    void clearRefs() override { data.reset(); }
};

Value teeCopy(VM &vm, const Value &t) {
    auto *src = static_cast<TeeIter *>(t.obj());
    return Value(vm.make<TeeIter>(types(vm).tee, src->data, src->index));
}

struct ZipLongestIter : Iter {
    LS_CLONEABLE(ZipLongestIter)
    void visitRefs(RefVisitor &v) override { v(iters); v(fill); }
    std::vector<Value> iters;  // Null once exhausted
    Value fill;
    size_t active;
    ZipLongestIter(TypeObject *t, std::vector<Value> its, Value f) : Iter(t), iters(std::move(its)), fill(std::move(f)), active(iters.size()) {}
    bool next(VM &vm, Value &out) override {
        if (iters.empty() || active == 0) return false;
        std::vector<Value> result;
        for (auto &it : iters) {
            Value item;
            if (it.isNull()) {
                item = fill;
            } else if (!vm.next(it, item)) {
                it = Value();
                if (--active == 0) return false;
                item = fill;
            }
            result.push_back(std::move(item));
        }
        out = vm.tuple(std::move(result));
        return true;
    }
    void clearRefs() override { iters.clear(); fill = Value(); }
};

// --------------------------------------------------------- combinatorics

struct ProductIter : Iter {
    LS_CLONEABLE(ProductIter)
    void visitRefs(RefVisitor &v) override { for (auto &p : pools) v(p); }
    std::vector<std::vector<Value>> pools;
    std::vector<size_t> indices;
    bool started = false, stopped = false;
    ProductIter(TypeObject *t, std::vector<std::vector<Value>> p) : Iter(t), pools(std::move(p)), indices(pools.size(), 0) {}
    bool next(VM &vm, Value &out) override {
        if (stopped) return false;
        if (!started) {
            started = true;
            for (auto &p : pools)
                if (p.empty()) { stopped = true; return false; }
        } else {
            // Odometer: advance the rightmost index that can move.
            size_t i = pools.size();
            for (;;) {
                if (i == 0) { stopped = true; return false; }
                --i;
                if (++indices[i] < pools[i].size()) break;
                indices[i] = 0;
            }
        }
        std::vector<Value> r;
        for (size_t i = 0; i < pools.size(); ++i) r.push_back(pools[i][indices[i]]);
        out = vm.tuple(std::move(r));
        return true;
    }
    void clearRefs() override { pools.clear(); }
};

Value productNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    int64_t repeat = 1;
    for (auto &k : a.kw) {
        if (k.name != "repeat") vm.raise(vm.exc.TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for product()");
        repeat = vm.index(*k.value);
    }
    if (repeat < 0) vm.raise(vm.exc.ValueError, "repeat argument cannot be negative");
    std::vector<std::vector<Value>> base;
    for (auto &x : a.pos) base.push_back(vm.toVector(x));
    std::vector<std::vector<Value>> pools;
    for (int64_t r = 0; r < repeat; ++r)
        for (auto &p : base) pools.push_back(p);
    return Value(vm.make<ProductIter>(cls, std::move(pools)));
}

// permutations / combinations / combinations_with_replacement, as the
// pure-Python equivalents in the itertools documentation (same order).
enum class CombKind { Permutations, Combinations, CombinationsWithReplacement };

struct CombIter : Iter {
    LS_CLONEABLE(CombIter)
    void visitRefs(RefVisitor &v) override { v(pool); }
    CombKind kind;
    std::vector<Value> pool;
    size_t r;
    std::vector<size_t> indices, cycles;
    bool started = false, stopped = false;
    CombIter(TypeObject *t, CombKind k, std::vector<Value> p, size_t rr) : Iter(t), kind(k), pool(std::move(p)), r(rr) {
        size_t n = pool.size();
        if (kind == CombKind::Permutations) {
            for (size_t i = 0; i < n; ++i) indices.push_back(i);
            for (size_t i = 0; i < r; ++i) cycles.push_back(n - i);
        } else if (kind == CombKind::Combinations) {
            for (size_t i = 0; i < r; ++i) indices.push_back(i);
        } else {
            indices.assign(r, 0);
        }
    }
    bool advance() {
        size_t n = pool.size();
        switch (kind) {
        case CombKind::Permutations:
            for (size_t i = r; i-- > 0;) {
                if (--cycles[i] == 0) {
                    // indices[i:] = indices[i+1:] + indices[i:i+1]
                    size_t first = indices[i];
                    for (size_t j = i; j + 1 < n; ++j) indices[j] = indices[j + 1];
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    std::swap(indices[i], indices[n - cycles[i]]);
                    return true;
                }
            }
            return false;
        case CombKind::Combinations:
            for (size_t i = r; i-- > 0;) {
                if (indices[i] != i + n - r) {
                    ++indices[i];
                    for (size_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
                    return true;
                }
            }
            return false;
        case CombKind::CombinationsWithReplacement:
            for (size_t i = r; i-- > 0;) {
                if (indices[i] != n - 1) {
                    size_t v = indices[i] + 1;
                    for (size_t j = i; j < r; ++j) indices[j] = v;
                    return true;
                }
            }
            return false;
        }
        return false;
    }
    bool next(VM &vm, Value &out) override {
        if (stopped) return false;
        if (!started) {
            started = true;
            bool empty = kind == CombKind::CombinationsWithReplacement ? (pool.empty() && r > 0) : r > pool.size();
            if (empty) { stopped = true; return false; }
        } else if (!advance()) {
            stopped = true;
            return false;
        }
        std::vector<Value> t;
        for (size_t i = 0; i < r; ++i) t.push_back(pool[indices[i]]);
        out = vm.tuple(std::move(t));
        return true;
    }
    void clearRefs() override { pool.clear(); }
};

template <CombKind K> Value combNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    const char *name = K == CombKind::Permutations ? "permutations" : K == CombKind::Combinations ? "combinations" : "combinations_with_replacement";
    auto v = bind(vm, a, name, {"iterable", "r"}, K == CombKind::Permutations ? 1 : 2);
    std::vector<Value> pool = vm.toVector(v[0]);
    int64_t r = static_cast<int64_t>(pool.size());
    if (K == CombKind::Permutations) {
        if (!v[1].isNull() && !v[1].isNone()) {
            if (!v[1].isInt() && !v[1].isBool()) vm.raise(vm.exc.TypeError, "Expected int as r");
            r = v[1].isInt() ? v[1].asInt() : v[1].asBool();
        }
    } else {
        r = vm.index(v[1]);
    }
    if (r < 0) vm.raise(vm.exc.ValueError, "r must be non-negative");
    return Value(vm.make<CombIter>(cls, K, std::move(pool), static_cast<size_t>(r)));
}

struct PairwiseIter : Iter {
    LS_CLONEABLE(PairwiseIter)
    void visitRefs(RefVisitor &v) override { v(it); v(old); }
    Value it, old;
    PairwiseIter(TypeObject *t, Value i) : Iter(t), it(std::move(i)) {}
    bool next(VM &vm, Value &out) override {
        if (it.isNull()) return false;
        if (old.isNull() && !vm.next(it, old)) {
            it = Value();
            return false;
        }
        Value nw;
        if (!vm.next(it, nw)) {
            it = old = Value();
            return false;
        }
        out = vm.tuple({old, nw});
        old = std::move(nw);
        return true;
    }
    void clearRefs() override { it = old = Value(); }
};

}  // namespace

Value initItertoolsModule(VM &vm) {
    ModuleBuilder m(vm, "itertools");
    auto tt = std::make_shared<ItertoolsTypes>();
    vm.setExtension("itertools.types", tt, +[](ItertoolsTypes &s, RefVisitor &v) { v.raw(s.grouper); v.raw(s.tee); v.raw(s.chain); });
    auto add = [&](const char *name, Value (*ctor)(VM &, TypeObject *, const CallArgs &)) {
        TypeObject *t = modutil::newIteratorType(vm, name, "itertools", ctor);
        m.set(name, Value(t));
        return t;
    };

    TypeObject *count = add("count", countNew);
    count->slots.repr = countRepr;
    add("cycle", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        positionalOnly(vm, a, "cycle", 1, 1);
        return Value(vm.make<CycleIter>(cls, vm.iter(a[0])));
    });
    TypeObject *repeat = add("repeat", repeatNew);
    repeat->slots.repr = [](VM &vm, const Value &self) {
        auto *r = static_cast<RepeatIter *>(self.obj());
        if (r->cnt < 0) return "repeat(" + vm.repr(r->element) + ")";
        return "repeat(" + vm.repr(r->element) + ", " + std::to_string(r->cnt) + ")";
    };
    vm.defMethod(repeat, "__length_hint__", [](VM &vm, const CallArgs &a) {
        auto *r = static_cast<RepeatIter *>(a[0].obj());
        if (r->cnt < 0) vm.raise(vm.exc.TypeError, "len() of unsized object");
        return Value::integer(r->cnt);
    });
    add("accumulate", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        auto v = bind(vm, a, "accumulate", {"iterable", "func", "*", "initial"}, 1);
        Value initial = v[2].isNull() || v[2].isNone() ? Value() : v[2];
        return Value(vm.make<AccumulateIter>(cls, vm.iter(v[0]), v[1], initial));
    });
    TypeObject *chain = add("chain", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        modutil::noKeywords(vm, a, "chain");
        std::vector<Value> its(a.pos.begin(), a.pos.end());
        return Value(vm.make<ChainIter>(cls, vm.iter(vm.tuple(std::move(its)))));
    });
    tt->chain = chain;
    vm.defAttr(chain, "from_iterable", vm.native("from_iterable", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "from_iterable", 1, 1);
        return Value(vm.make<ChainIter>(types(vm).chain, vm.iter(a[0])));
    }));
    add("compress", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        auto v = bind(vm, a, "compress", {"data", "selectors"}, 2);
        return Value(vm.make<CompressIter>(cls, vm.iter(v[0]), vm.iter(v[1])));
    });
    add("dropwhile", predicateNew<PredKind::DropWhile>);
    add("takewhile", predicateNew<PredKind::TakeWhile>);
    add("filterfalse", predicateNew<PredKind::FilterFalse>);
    add("groupby", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        auto v = bind(vm, a, "groupby", {"iterable", "key"}, 1);
        return Value(vm.make<GroupByIter>(cls, vm.iter(v[0]), v[1].isNull() ? Value::none() : v[1]));
    });
    tt->grouper = modutil::newIteratorType(vm, "_grouper", "itertools");
    add("islice", isliceNew);
    add("starmap", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        positionalOnly(vm, a, "starmap", 2, 2);
        return Value(vm.make<StarmapIter>(cls, a[0], vm.iter(a[1])));
    });
    tt->tee = add("_tee", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        positionalOnly(vm, a, "_tee", 1, 1);
        auto data = std::make_shared<TeeData>();
        data->it = vm.iter(a[0]);
        return Value(vm.make<TeeIter>(cls, data, 0));
    });
    vm.defMethod(tt->tee, "__copy__", [](VM &vm, const CallArgs &a) { return teeCopy(vm, a[0]); });
    m.fn("tee", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "tee", 1, 2);
        int64_t n = a.size() > 1 ? vm.index(a[1]) : 2;
        if (n < 0) vm.raise(vm.exc.ValueError, "n must be >= 0");
        std::vector<Value> out;
        if (n == 0) return vm.emptyTuple();
        Value first;
        if (a[0].isObj() && a[0].obj()->type == types(vm).tee) {
            first = a[0];  // a tee is its own first copy (py: tee's __copy__ path)
        } else {
            auto data = std::make_shared<TeeData>();
            data->it = vm.iter(a[0]);
            first = Value(vm.make<TeeIter>(types(vm).tee, data, 0));
        }
        out.push_back(first);
        for (int64_t i = 1; i < n; ++i) out.push_back(teeCopy(vm, first));
        return vm.tuple(std::move(out));
    });
    add("zip_longest", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        Value fill = Value::none();
        for (auto &k : a.kw) {
            if (k.name != "fillvalue") vm.raise(vm.exc.TypeError, "zip_longest() got an unexpected keyword argument");
            fill = *k.value;
        }
        std::vector<Value> its;
        for (auto &x : a.pos) its.push_back(vm.iter(x));
        return Value(vm.make<ZipLongestIter>(cls, std::move(its), fill));
    });
    add("product", productNew);
    add("permutations", combNew<CombKind::Permutations>);
    add("combinations", combNew<CombKind::Combinations>);
    add("combinations_with_replacement", combNew<CombKind::CombinationsWithReplacement>);
    add("pairwise", [](VM &vm, TypeObject *cls, const CallArgs &a) {
        positionalOnly(vm, a, "pairwise", 1, 1);
        return Value(vm.make<PairwiseIter>(cls, vm.iter(a[0])));
    });
    return m.module;
}

}  // namespace ls::interp

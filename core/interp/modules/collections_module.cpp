// The `collections` module. The C half mirrors py: Modules/_collectionsmodule.c
// (3.11): `deque` (bounded, with the mutation checks of its iterators) and
// `defaultdict` (a dict whose __missing__ calls default_factory). namedtuple,
// Counter, OrderedDict and ChainMap are Python, as in CPython's
// Lib/collections/__init__.py: modules/py/collections.py, run into the same
// namespace.
#include "../builtins.h"
#include "embedded_modules.h"
#include "module_util.h"
#include "native_util.h"

#include <algorithm>
#include <deque>

namespace ls::interp {

namespace {

using modutil::positionalOnly;

struct DequeObject : NativeObject {
    LS_CLONEABLE(DequeObject)
    void visitRefs(RefVisitor &v) override { for (auto &x : items) v(x); }
    std::deque<Value> items;
    int64_t maxlen = -1;  // -1: unbounded
    uint64_t state = 0;   // bumped by every mutation (iterators check it)
    using NativeObject::NativeObject;
    void clearRefs() override { items.clear(); }
    bool full() const { return maxlen >= 0 && static_cast<int64_t>(items.size()) >= maxlen; }
    // py: deque_append / deque_appendleft: a full deque drops from the
    // other end.
    void append(Value v) {
        ++state;
        if (maxlen == 0) return;
        if (full()) items.pop_front();
        items.push_back(std::move(v));
    }
    void appendLeft(Value v) {
        ++state;
        if (maxlen == 0) return;
        if (full()) items.pop_back();
        items.push_front(std::move(v));
    }
};

struct CollectionsTypes {
    TypeObject *deque = nullptr, *dequeIter = nullptr, *dequeRevIter = nullptr, *defaultdict = nullptr;
};

CollectionsTypes &types(VM &vm) { return *vm.extension<CollectionsTypes>("collections.types"); }

DequeObject *dq(const Value &v) { return static_cast<DequeObject *>(v.obj()); }

bool isDeque(VM &vm, const Value &v) { return v.is(Kind::Native) && vm.isInstance(v, types(vm).deque); }

DequeObject *self(VM &vm, const CallArgs &a, const char *method) {
    if (a.size() < 1 || !isDeque(vm, a[0]))
        vm.raise(vm.exc.TypeError, std::string("descriptor '") + method + "' requires a 'collections.deque' object");
    return dq(a[0]);
}

// METH_NOARGS / METH_O messages: "deque.append() takes exactly one argument (0 given)".
void methodArgs(VM &vm, const CallArgs &a, const char *method, size_t n) {
    modutil::noKeywords(vm, a, std::string("deque.") + method);
    if (a.size() - 1 == n) return;
    std::string m = std::string("deque.") + method + "() takes ";
    if (n == 0) m += "no arguments (";
    else m += "exactly one argument (";
    vm.raise(vm.exc.TypeError, m + std::to_string(a.size() - 1) + " given)");
}

struct DequeIter : NativeObject {
    LS_CLONEABLE(DequeIter)
    void visitRefs(RefVisitor &v) override { v(deque); }
    Value deque;
    size_t index = 0, counter;
    uint64_t state;
    bool reverse;
    DequeIter(TypeObject *t, Value d, bool rev) : NativeObject(t), deque(std::move(d)), reverse(rev) {
        state = dq(deque)->state;
        counter = dq(deque)->items.size();
    }
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        auto *d = dq(deque);
        if (d->state != state) {
            counter = 0;
            vm.raise(vm.exc.RuntimeError, "deque mutated during iteration");
        }
        if (counter == 0) return false;
        out = reverse ? d->items[d->items.size() - 1 - index] : d->items[index];
        ++index;
        --counter;
        return true;
    }
    void clearRefs() override { deque = Value(); }
};

void extendDeque(VM &vm, DequeObject *d, const Value &iterable, bool left) {
    // Extending with itself iterates over a snapshot (py: deque_extend).
    std::vector<Value> items = modutil::items(vm, iterable);
    for (auto &x : items) left ? d->appendLeft(x) : d->append(x);
}

Value dequeNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto v = modutil::bind(vm, a, "deque", {"iterable", "maxlen"});
    auto *d = vm.make<DequeObject>(cls);
    Value dv(d);
    if (!v[1].isNull() && !v[1].isNone()) {
        if (!v[1].isInt() && !v[1].isBool()) vm.raise(vm.exc.TypeError, "an integer is required");
        d->maxlen = vm.index(v[1]);
        if (d->maxlen < 0) vm.raise(vm.exc.ValueError, "maxlen must be non-negative");
    }
    if (!v[0].isNull()) {
        Value it = vm.iter(v[0]), x;
        while (vm.next(it, x)) d->append(std::move(x));
    }
    return dv;
}

Value copyDeque(VM &vm, const Value &src) {
    auto *s = dq(src);
    auto *d = vm.make<DequeObject>(src.obj()->type);
    Value dv(d);
    d->items = s->items;
    d->maxlen = s->maxlen;
    return dv;
}

std::string dequeRepr(VM &vm, const Value &selfv) {
    auto *d = dq(selfv);
    auto *guard = vm.extension<std::vector<const Object *>>("collections.repr");
    for (auto *o : *guard)
        if (o == d) return "[...]";
    guard->push_back(d);
    std::string s;
    try {
        std::vector<Value> items(d->items.begin(), d->items.end());
        for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + vm.repr(items[i]);
    } catch (...) {
        guard->pop_back();
        throw;
    }
    guard->pop_back();
    std::string name = selfv.obj()->type->name;
    if (d->maxlen >= 0) return name + "([" + s + "], maxlen=" + std::to_string(d->maxlen) + ")";
    return name + "([" + s + "])";
}

// Normalised index for item access: IndexError "deque index out of range".
size_t itemIndex(VM &vm, DequeObject *d, const Value &key) {
    if (!key.isInt() && !key.isBool() && vm.typeOf(key)->lookup("__index__").isNull())
        vm.raise(vm.exc.TypeError, "sequence index must be integer, not '" + vm.typeName(key) + "'");
    int64_t i = vm.index(key), n = static_cast<int64_t>(d->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) vm.raise(vm.exc.IndexError, "deque index out of range");
    return static_cast<size_t>(i);
}

// py: deque_richcompare: element-wise like a list, deques only.
Value dequeCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!isDeque(vm, a) || !isDeque(vm, b)) return vm.notImplemented();
    std::vector<Value> x(dq(a)->items.begin(), dq(a)->items.end()), y(dq(b)->items.begin(), dq(b)->items.end());
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && x.size() != y.size()) return Value::boolean(op == CompareOp::Ne);
    size_t i = 0;
    for (; i < x.size() && i < y.size(); ++i)
        if (!x[i].identical(y[i]) && !vm.eq(x[i], y[i])) break;
    if (i >= x.size() || i >= y.size()) {
        int64_t n = static_cast<int64_t>(x.size()), m = static_cast<int64_t>(y.size());
        bool r = false;
        switch (op) {
        case CompareOp::Lt: r = n < m; break;
        case CompareOp::Le: r = n <= m; break;
        case CompareOp::Eq: r = n == m; break;
        case CompareOp::Ne: r = n != m; break;
        case CompareOp::Gt: r = n > m; break;
        case CompareOp::Ge: r = n >= m; break;
        }
        return Value::boolean(r);
    }
    if (op == CompareOp::Eq) return Value::boolean(false);
    if (op == CompareOp::Ne) return Value::boolean(true);
    return vm.richCompare(x[i], y[i], op);
}

Value dequeBinary(VM &vm, BinOp op, const Value &a, const Value &b) {
    bool inplace = static_cast<int>(op) >= kInplaceOffset;
    BinOp base = inplace ? static_cast<BinOp>(static_cast<int>(op) - kInplaceOffset) : op;
    if (base == BinOp::Add && isDeque(vm, a)) {
        if (inplace) {
            extendDeque(vm, dq(a), b, false);
            return a;
        }
        if (!isDeque(vm, b))
            vm.raise(vm.exc.TypeError, "can only concatenate deque (not \"" + vm.typeName(b) + "\") to deque");
        Value r = copyDeque(vm, a);
        extendDeque(vm, dq(r), b, false);
        return r;
    }
    if (base == BinOp::Mul) {
        const Value &d = isDeque(vm, a) ? a : b;
        const Value &n = isDeque(vm, a) ? b : a;
        if (!isDeque(vm, d) || (!n.isInt() && !n.isBool())) return vm.notImplemented();
        int64_t times = n.isInt() ? n.asInt() : n.asBool();
        Value r = inplace && &d == &a ? a : copyDeque(vm, d);
        std::vector<Value> once(dq(d)->items.begin(), dq(d)->items.end());
        auto *rd = dq(r);
        if (times <= 0) {
            rd->items.clear();
            ++rd->state;
            return r;
        }
        for (int64_t i = 1; i < times; ++i)
            for (auto &x : once) rd->append(x);
        return r;
    }
    return vm.notImplemented();
}

int64_t findIndex(VM &vm, DequeObject *d, const Value &x, int64_t start, int64_t stop) {
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(d->items.size()); ++i) {
        Value item = d->items[static_cast<size_t>(i)];
        bool eq = item.identical(x) || vm.eq(item, x);
        if (d->state != state) vm.raise(vm.exc.RuntimeError, "deque mutated during iteration");
        if (eq) return i;
    }
    return -1;
}

void installDequeMethods(VM &vm, TypeObject *t) {
    vm.defMethod(t, "append", [](VM &vm, const CallArgs &a) { methodArgs(vm, a, "append", 1); self(vm, a, "append")->append(a[1]); return Value::none(); });
    vm.defMethod(t, "appendleft", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "appendleft", 1);
        self(vm, a, "appendleft")->appendLeft(a[1]);
        return Value::none();
    });
    vm.defMethod(t, "pop", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "pop", 0);
        auto *d = self(vm, a, "pop");
        if (d->items.empty()) vm.raise(vm.exc.IndexError, "pop from an empty deque");
        Value v = std::move(d->items.back());
        d->items.pop_back();
        ++d->state;
        return v;
    });
    vm.defMethod(t, "popleft", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "popleft", 0);
        auto *d = self(vm, a, "popleft");
        if (d->items.empty()) vm.raise(vm.exc.IndexError, "pop from an empty deque");
        Value v = std::move(d->items.front());
        d->items.pop_front();
        ++d->state;
        return v;
    });
    vm.defMethod(t, "extend", [](VM &vm, const CallArgs &a) { methodArgs(vm, a, "extend", 1); extendDeque(vm, self(vm, a, "extend"), a[1], false); return Value::none(); });
    vm.defMethod(t, "extendleft", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "extendleft", 1);
        extendDeque(vm, self(vm, a, "extendleft"), a[1], true);
        return Value::none();
    });
    vm.defMethod(t, "clear", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "clear", 0);
        auto *d = self(vm, a, "clear");
        d->items.clear();
        ++d->state;
        return Value::none();
    });
    vm.defMethod(t, "rotate", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "rotate", 0, 1, 1);
        auto *d = self(vm, a, "rotate");
        int64_t n = a.size() > 1 ? vm.index(a[1]) : 1, len = static_cast<int64_t>(d->items.size());
        if (len <= 1) return Value::none();
        n %= len;
        if (n < 0) n += len;
        std::rotate(d->items.begin(), d->items.end() - n, d->items.end());
        ++d->state;
        return Value::none();
    });
    vm.defMethod(t, "count", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "count", 1);
        auto *d = self(vm, a, "count");
        uint64_t state = d->state;
        int64_t n = 0;
        std::vector<Value> items(d->items.begin(), d->items.end());
        for (auto &x : items) {
            if (x.identical(a[1]) || vm.eq(x, a[1])) ++n;
            if (d->state != state) vm.raise(vm.exc.RuntimeError, "deque mutated during iteration");
        }
        return Value::integer(n);
    });
    vm.defMethod(t, "index", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "index", 1, 3, 1);
        auto *d = self(vm, a, "index");
        int64_t n = static_cast<int64_t>(d->items.size());
        int64_t start = a.size() > 2 ? vm.index(a[2]) : 0, stop = a.size() > 3 ? vm.index(a[3]) : n;
        if (start < 0) start = std::max<int64_t>(0, start + n);
        if (stop < 0) stop = std::max<int64_t>(0, stop + n);
        int64_t i = findIndex(vm, d, a[1], start, std::min(stop, n));
        if (i < 0) vm.raise(vm.exc.ValueError, vm.repr(a[1]) + " is not in deque");
        return Value::integer(i);
    });
    vm.defMethod(t, "remove", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "remove", 1);
        auto *d = self(vm, a, "remove");
        int64_t i = findIndex(vm, d, a[1], 0, static_cast<int64_t>(d->items.size()));
        if (i < 0) vm.raise(vm.exc.ValueError, vm.repr(a[1]) + " is not in deque");
        d->items.erase(d->items.begin() + i);
        ++d->state;
        return Value::none();
    });
    vm.defMethod(t, "insert", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "insert", 2, 2, 1);
        auto *d = self(vm, a, "insert");
        int64_t i = vm.index(a[1]), n = static_cast<int64_t>(d->items.size());
        if (d->full()) vm.raise(vm.exc.IndexError, "deque already at its maximum size");
        if (i < 0) i = std::max<int64_t>(0, i + n);
        if (i > n) i = n;
        d->items.insert(d->items.begin() + i, a[2]);
        ++d->state;
        return Value::none();
    });
    vm.defMethod(t, "reverse", [](VM &vm, const CallArgs &a) {
        methodArgs(vm, a, "reverse", 0);
        auto *d = self(vm, a, "reverse");
        std::reverse(d->items.begin(), d->items.end());
        ++d->state;
        return Value::none();
    });
    for (const char *name : {"copy", "__copy__"})
        vm.defMethod(t, name, [](VM &vm, const CallArgs &a) { self(vm, a, "copy"); return copyDeque(vm, a[0]); });
    vm.defMethod(t, "__reversed__", [](VM &vm, const CallArgs &a) {
        self(vm, a, "__reversed__");
        return Value(vm.make<DequeIter>(types(vm).dequeRevIter, a[0], true));
    });
    // The protocol methods, for scripts that call them by name.
    vm.defMethod(t, "__len__", [](VM &vm, const CallArgs &a) { methodArgs(vm, a, "__len__", 0); return Value::integer(static_cast<int64_t>(self(vm, a, "__len__")->items.size())); });
    vm.defMethod(t, "__getitem__", [](VM &vm, const CallArgs &a) { methodArgs(vm, a, "__getitem__", 1); self(vm, a, "__getitem__"); return vm.getItem(a[0], a[1]); });
    vm.defMethod(t, "__setitem__", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "__setitem__", 2, 2, 1);
        self(vm, a, "__setitem__");
        vm.setItem(a[0], a[1], a[2]);
        return Value::none();
    });
    vm.defMethod(t, "__delitem__", [](VM &vm, const CallArgs &a) { methodArgs(vm, a, "__delitem__", 1); self(vm, a, "__delitem__"); vm.delItem(a[0], a[1]); return Value::none(); });
    vm.defMethod(t, "__contains__", [](VM &vm, const CallArgs &a) { methodArgs(vm, a, "__contains__", 1); self(vm, a, "__contains__"); return Value::boolean(vm.contains(a[0], a[1])); });
    vm.defMethod(t, "__iter__", [](VM &vm, const CallArgs &a) { methodArgs(vm, a, "__iter__", 0); self(vm, a, "__iter__"); return vm.iter(a[0]); });
    t->slots.getattr = [](VM &, const Value &selfv, std::string_view name) {
        if (name == "maxlen") return dq(selfv)->maxlen < 0 ? Value::none() : Value::integer(dq(selfv)->maxlen);
        return Value();
    };
}

void installDequeSlots(TypeObject *t) {
    t->slots.repr = dequeRepr;
    t->slots.unhashable = true;
    t->slots.richcompare = dequeCompare;
    t->slots.binary = dequeBinary;
    t->slots.len = [](VM &, const Value &s) { return static_cast<int64_t>(dq(s)->items.size()); };
    t->slots.iter = [](VM &vm, const Value &s) { return Value(vm.make<DequeIter>(types(vm).dequeIter, s, false)); };
    t->slots.getitem = [](VM &vm, const Value &s, const Value &key) { return dq(s)->items[itemIndex(vm, dq(s), key)]; };
    t->slots.setitem = [](VM &vm, const Value &s, const Value &key, Value v) { dq(s)->items[itemIndex(vm, dq(s), key)] = std::move(v); };
    t->slots.delitem = [](VM &vm, const Value &s, const Value &key) {
        auto *d = dq(s);
        size_t i = itemIndex(vm, d, key);
        d->items.erase(d->items.begin() + static_cast<std::ptrdiff_t>(i));
        ++d->state;
    };
    t->slots.contains = [](VM &vm, const Value &s, const Value &x) {
        return findIndex(vm, dq(s), x, 0, static_cast<int64_t>(dq(s)->items.size())) >= 0;
    };
}

// ------------------------------------------------------------ defaultdict

DictObject *ddict(const Value &v) { return v.as<DictObject>(); }

Value defaultdictNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto *d = vm.make<DictObject>(cls);
    Value dv(d);
    d->defaultFactory = Value::none();
    if (a.size() > 0) {
        if (!a[0].isNone() && !vm.isCallable(a[0])) vm.raise(vm.exc.TypeError, "first argument must be callable or None");
        d->defaultFactory = a[0];
    }
    if (a.size() > 1 || !a.kw.empty()) {
        Value update = vm.getAttr(dv, "update");
        vm.call(update, a.size() > 1 ? a.pos.subspan(1) : std::span<const Value>(), a.kw);
    }
    return dv;
}

// py: defdict_repr: "defaultdict(<class 'list'>, {...})".
std::string defaultdictRepr(VM &vm, const Value &s) {
    auto *d = ddict(s);
    std::string factory = d->defaultFactory.isNull() ? "None" : vm.repr(d->defaultFactory);
    return s.obj()->type->name + "(" + factory + ", " + vm.types.dict->slots.repr(vm, s) + ")";
}

Value defaultdictCopy(VM &vm, const CallArgs &a) {
    if (a.size() < 1 || !a[0].is(Kind::Dict)) vm.raise(vm.exc.TypeError, "descriptor 'copy' requires a 'collections.defaultdict' object");
    auto *src = ddict(a[0]);
    auto *d = vm.make<DictObject>(src->type);
    Value dv(d);
    d->defaultFactory = src->defaultFactory;
    d->table = src->table;
    return dv;
}

void installDefaultdict(VM &vm, TypeObject *t) {
    t->newInstance = defaultdictNew;
    t->slots.repr = defaultdictRepr;
    vm.defMethod(t, "__missing__", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "__missing__", 1, 1, 1);
        auto *d = ddict(a[0]);
        if (d->defaultFactory.isNull() || d->defaultFactory.isNone()) vm.raise(vm.exc.KeyError, std::vector<Value>{a[1]});
        Value keep = a[0];
        Value v = vm.call(d->defaultFactory, std::span<const Value>());
        vm.setItem(a[0], a[1], v);
        return v;
    });
    vm.defMethod(t, "copy", defaultdictCopy);
    vm.defMethod(t, "__copy__", defaultdictCopy);
    t->slots.getattr = [](VM &, const Value &s, std::string_view name) {
        if (name == "default_factory") return ddict(s)->defaultFactory.isNull() ? Value::none() : ddict(s)->defaultFactory;
        return Value();
    };
    t->slots.setattr = [](VM &vm, const Value &s, std::string_view name, const Value &v) {
        if (name != "default_factory") vm.raise(vm.exc.AttributeError, "'" + vm.typeName(s) + "' object has no attribute '" + std::string(name) + "'");
        ddict(s)->defaultFactory = v;
        return true;
    };
}

}  // namespace

Value initCollectionsModule(VM &vm) {
    ModuleBuilder m(vm, "collections");
    auto ct = std::make_shared<CollectionsTypes>();
    vm.setExtension("collections.types", ct, +[](CollectionsTypes &s, RefVisitor &v) {
        v.raw(s.deque); v.raw(s.dequeIter); v.raw(s.dequeRevIter); v.raw(s.defaultdict);
    });
    vm.setExtension("collections.repr", std::make_shared<std::vector<const Object *>>(),
                    +[](std::vector<const Object *> &s, RefVisitor &v) { for (auto *&o : s) v.raw(o); });

    ct->deque = modutil::newType(vm, "deque", "collections", dequeNew);
    installDequeSlots(ct->deque);
    installDequeMethods(vm, ct->deque);
    seq::defClassGetItem(vm, ct->deque);
    m.set("deque", Value(ct->deque));
    ct->dequeIter = modutil::newIteratorType(vm, "_deque_iterator", "_collections");
    ct->dequeRevIter = modutil::newIteratorType(vm, "_deque_reverse_iterator", "_collections");

    ct->defaultdict = vm.newBuiltinType("defaultdict", vm.types.dict, "collections", Kind::Dict);
    installDefaultdict(vm, ct->defaultdict);
    m.set("defaultdict", Value(ct->defaultdict));

    execEmbeddedModule(vm, "collections", m.dict);
    return m.module;
}

}  // namespace ls::interp

// dict: protocols and methods (views and iterators: builtins_dict_views.cpp).
// py: Objects/dictobject.c (3.11)
#include "builtins.h"
#include "builtins_sequence_p.h"

namespace ls::interp {

namespace seq {

namespace {

DictObject *dictOf(const Value &v) { return v.as<DictObject>(); }

Value newDict(VM &vm) { return vm.dict(); }

// Copies every entry of `src` into `dst` (py: dict_merge's fast path).
void mergeDict(VM &vm, DictObject *dst, DictObject *src) {
    if (dst == src) return;
    Value keep(src);
    auto &t = src->table;
    for (size_t i = 0; i < t.capacityEnd(); ++i) {
        const auto &e = t.entryAt(i);
        if (e.key.isNull()) continue;
        Value k = e.key, v = e.value;
        int64_t h = e.hash;
        dst->table.set(vm, k, h, std::move(v));
    }
}

std::string dictRepr(VM &vm, const Value &self) {
    auto *d = dictOf(self);
    if (d->table.empty()) return "{}";
    ReprGuard guard(vm, d);
    if (guard.recursive()) return "{...}";
    std::string out = "{";
    bool first = true;
    // Re-read the table each step: a repr may mutate the dict.
    for (size_t i = 0; i < d->table.capacityEnd(); ++i) {
        const auto &e = d->table.entryAt(i);
        if (e.key.isNull()) continue;
        Value k = e.key, v = e.value;
        if (!first) out += ", ";
        first = false;
        out += vm.repr(k);
        out += ": ";
        out += vm.repr(v);
    }
    return out + "}";
}

// py: dict_equal: same size, every key of a in b with an equal value.
bool dictEqual(VM &vm, DictObject *a, DictObject *b) {
    if (a->table.size() != b->table.size()) return false;
    Value ka(a), kb(b);
    for (size_t i = 0; i < a->table.capacityEnd(); ++i) {
        const auto &e = a->table.entryAt(i);
        if (e.key.isNull()) continue;
        Value k = e.key, av = e.value;
        Value *bv = b->table.find(vm, k, e.hash);
        if (!bv) return false;
        Value bval = *bv;
        if (!eqItems(vm, av, bval)) return false;
    }
    return true;
}

Value dictCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!a.is(Kind::Dict) || !b.is(Kind::Dict) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return vm.notImplemented();
    bool eq = dictEqual(vm, dictOf(a), dictOf(b));
    return vm.boolean(op == CompareOp::Eq ? eq : !eq);
}

Value dictBinary(VM &vm, BinOp op, const Value &a, const Value &b) {
    if (op == BinOp::Or) {
        if (!a.is(Kind::Dict) || !b.is(Kind::Dict)) return vm.notImplemented();
        Value out = newDict(vm);
        mergeDict(vm, dictOf(out), dictOf(a));
        mergeDict(vm, dictOf(out), dictOf(b));
        return out;
    }
    if (op == BinOp::InplaceOr && a.is(Kind::Dict)) {
        // py: dict_ior: any mapping or iterable of pairs.
        dictUpdateFrom(vm, dictOf(a), b);
        return a;
    }
    return vm.notImplemented();
}

int64_t dictLen(VM &, const Value &self) { return static_cast<int64_t>(dictOf(self)->table.size()); }

// py: dict_subscript: a subclass's __missing__ (defaultdict's factory)
// handles absent keys.
Value dictGetItem(VM &vm, const Value &self, const Value &key) {
    auto *d = dictOf(self);
    if (Value *v = d->table.find(vm, key)) return *v;
    if (d->type != vm.types.dict) {
        Value missing = d->type->lookup("__missing__");
        if (!missing.isNull()) return vm.call(missing, {self, key});
        if (!d->defaultFactory.isNull() && !d->defaultFactory.isNone()) {
            Value keep = self;
            Value v = vm.call(d->defaultFactory, std::span<const Value>());
            d->table.set(vm, key, v);
            return v;
        }
    }
    raiseKeyError(vm, key);
}

void dictSetItem(VM &vm, const Value &self, const Value &key, Value v) { dictOf(self)->table.set(vm, key, std::move(v)); }

void dictDelItem(VM &vm, const Value &self, const Value &key) {
    if (!dictOf(self)->table.erase(vm, key)) raiseKeyError(vm, key);
}

bool dictContains(VM &vm, const Value &self, const Value &key) { return dictOf(self)->table.find(vm, key) != nullptr; }

Value dictIter(VM &vm, const Value &self) { return dictIterator(vm, self, DictPart::Keys, false); }

void setKeywords(VM &vm, DictObject *d, const CallArgs &a) {
    for (const KwArg &k : a.kw) d->table.set(vm, vm.str(k.name), *k.value);
}

void initFrom(VM &vm, DictObject *d, const CallArgs &a, size_t skip) {
    rangeArgs(vm, a, "dict", 0, 1, skip);
    if (a.size() > skip) dictUpdateFrom(vm, d, a[skip]);
    setKeywords(vm, d, a);
}

// py: dict.__new__ ignores its arguments and dict.__init__ fills the dict;
// as for list, the filling happens here unless a script __init__ will run.
Value dictNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto *d = vm.make<DictObject>(cls);
    Value v(d);
    if (cls != vm.types.dict && cls->lookup("__init__").is(Kind::Function)) return v;
    initFrom(vm, d, a, 0);
    return v;
}

// ------------------------------------------------------------ methods

DictObject *self(VM &vm, const CallArgs &a, std::string_view m) {
    DictObject *d = dictOf(selfOf(vm, a, m, vm.types.dict, Kind::Dict));
    if (m != "update" && m != "__init__") noKw(vm, a, "dict." + std::string(m));
    return d;
}

Value dict_get(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "get");
    rangeArgs(vm, a, "get", 1, 2);
    if (Value *v = d->table.find(vm, a[1])) return *v;
    return a.size() > 2 ? a[2] : vm.none();
}

Value dict_setdefault(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "setdefault");
    rangeArgs(vm, a, "setdefault", 1, 2);
    if (Value *v = d->table.find(vm, a[1])) return *v;
    Value dflt = a.size() > 2 ? a[2] : vm.none();
    d->table.set(vm, a[1], dflt);
    return dflt;
}

Value dict_pop(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "pop");
    rangeArgs(vm, a, "pop", 1, 2);
    Value out;
    if (d->table.erase(vm, a[1], &out)) return out;
    if (a.size() > 2) return a[2];
    raiseKeyError(vm, a[1]);
}

Value dict_popitem(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "popitem");
    exactArgs(vm, a, "dict.popitem", 0);
    DictTable::Entry e;
    if (!d->table.popLast(e)) raiseKeyError(vm, vm.str("popitem(): dictionary is empty"));
    return vm.tuple({e.key, e.value});
}

Value dict_keys(VM &vm, const CallArgs &a) {
    self(vm, a, "keys");
    exactArgs(vm, a, "dict.keys", 0);
    return dictView(vm, a[0], DictPart::Keys);
}

Value dict_values(VM &vm, const CallArgs &a) {
    self(vm, a, "values");
    exactArgs(vm, a, "dict.values", 0);
    return dictView(vm, a[0], DictPart::Values);
}

Value dict_items(VM &vm, const CallArgs &a) {
    self(vm, a, "items");
    exactArgs(vm, a, "dict.items", 0);
    return dictView(vm, a[0], DictPart::Items);
}

Value dict_update(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "update");
    rangeArgs(vm, a, "update", 0, 1);
    if (a.size() > 1) dictUpdateFrom(vm, d, a[1]);
    setKeywords(vm, d, a);
    return vm.none();
}

// py: dict_fromkeys (a classmethod: args[0] is the class).
Value dict_fromkeys(VM &vm, const CallArgs &a) {
    noKw(vm, a, "dict.fromkeys");
    rangeArgs(vm, a, "fromkeys", 1, 2);
    Value value = a.size() > 2 ? a[2] : vm.none();
    Value out = vm.call(a[0], std::span<const Value>());
    Value it = vm.iter(a[1]);
    Value key;
    bool plain = out.is(Kind::Dict) && vm.typeOf(out) == vm.types.dict;
    while (vm.next(it, key)) {
        if (plain) dictOf(out)->table.set(vm, key, value);
        else vm.setItem(out, key, value);
    }
    return out;
}

Value dict_copy(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "copy");
    exactArgs(vm, a, "dict.copy", 0);
    Value out = newDict(vm);
    mergeDict(vm, dictOf(out), d);
    return out;
}

Value dict_clear(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "clear");
    exactArgs(vm, a, "dict.clear", 0);
    d->table.clear();  // the old entries die after the dict is empty
    return vm.none();
}

Value dict_contains(VM &vm, const CallArgs &a) {
    self(vm, a, "__contains__");
    exactArgs(vm, a, "dict.__contains__", 1);
    return vm.boolean(dictContains(vm, a[0], a[1]));
}

Value dict_getitem(VM &vm, const CallArgs &a) {
    self(vm, a, "__getitem__");
    exactArgs(vm, a, "dict.__getitem__", 1);
    return dictGetItem(vm, a[0], a[1]);
}

Value dict_setitem(VM &vm, const CallArgs &a) {
    self(vm, a, "__setitem__");
    rangeArgs(vm, a, "", 2, 2);
    dictSetItem(vm, a[0], a[1], a[2]);
    return vm.none();
}

Value dict_delitem(VM &vm, const CallArgs &a) {
    self(vm, a, "__delitem__");
    exactArgs(vm, a, "dict.__delitem__", 1);
    dictDelItem(vm, a[0], a[1]);
    return vm.none();
}

Value dict_len(VM &vm, const CallArgs &a) {
    self(vm, a, "__len__");
    exactArgs(vm, a, "dict.__len__", 0);
    return vm.integer(dictLen(vm, a[0]));
}

Value dict_iter(VM &vm, const CallArgs &a) {
    self(vm, a, "__iter__");
    exactArgs(vm, a, "dict.__iter__", 0);
    return dictIter(vm, a[0]);
}

Value dict_reversed(VM &vm, const CallArgs &a) {
    self(vm, a, "__reversed__");
    exactArgs(vm, a, "dict.__reversed__", 0);
    return dictIterator(vm, a[0], DictPart::Keys, true);
}

Value dict_init(VM &vm, const CallArgs &a) {
    auto *d = self(vm, a, "__init__");
    initFrom(vm, d, a, 1);
    return vm.none();
}

}  // namespace

void dictUpdateFrom(VM &vm, DictObject *d, const Value &arg) {
    // A dict whose iteration is not overridden is copied entry by entry,
    // as PyDict_Merge does (even when keys/__getitem__ are overridden).
    if (arg.is(Kind::Dict)) {
        TypeObject *t = vm.typeOf(arg);
        Value iterOverride = t == vm.types.dict ? Value() : t->lookup("__iter__");
        if (t == vm.types.dict || !iterOverride.is(Kind::Function)) {
            mergeDict(vm, d, dictOf(arg));
            return;
        }
    }
    Value keysFn = vm.getAttrOpt(arg, "keys");
    if (!keysFn.isNull()) {
        Value keys = vm.call(keysFn, std::span<const Value>());
        Value it = vm.iter(keys);
        Value k;
        while (vm.next(it, k)) {
            Value v = vm.getItem(arg, k);
            d->table.set(vm, k, std::move(v));
        }
        return;
    }
    // py: PyDict_MergeFromSeq2
    Value it = vm.iter(arg);
    Value item;
    for (int64_t i = 0; vm.next(it, item); ++i) {
        std::vector<Value> pair;
        if (item.is(Kind::Tuple) || item.is(Kind::List)) {
            pair = itemsOf(vm, item);
        } else {
            Value pit;
            try {
                pit = vm.iter(item);
            } catch (PyException &e) {
                if (vm.isInstance(e.exc, vm.exc.TypeError))
                    vm.raise(vm.exc.TypeError,
                             "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence");
                throw;
            }
            Value x;
            while (vm.next(pit, x)) pair.push_back(std::move(x));
        }
        if (pair.size() != 2)
            vm.raise(vm.exc.ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                            std::to_string(pair.size()) + "; 2 is required");
        d->table.set(vm, pair[0], pair[1]);
    }
}

}  // namespace seq

void installDictType(VM &vm) {
    using namespace seq;
    types(vm);
    TypeObject *t = vm.types.dict;
    TypeSlots &s = t->slots;
    s.repr = dictRepr;
    s.unhashable = true;
    s.richcompare = dictCompare;
    s.binary = dictBinary;
    s.len = dictLen;
    s.getitem = dictGetItem;
    s.setitem = dictSetItem;
    s.delitem = dictDelItem;
    s.contains = dictContains;
    s.iter = dictIter;
    t->newInstance = dictNew;
    vm.defMethod(t, "get", dict_get);
    vm.defMethod(t, "setdefault", dict_setdefault);
    vm.defMethod(t, "pop", dict_pop);
    vm.defMethod(t, "popitem", dict_popitem);
    vm.defMethod(t, "keys", dict_keys);
    vm.defMethod(t, "values", dict_values);
    vm.defMethod(t, "items", dict_items);
    vm.defMethod(t, "update", dict_update);
    vm.defMethod(t, "copy", dict_copy);
    vm.defMethod(t, "clear", dict_clear);
    vm.defMethod(t, "__contains__", dict_contains);
    vm.defMethod(t, "__getitem__", dict_getitem);
    vm.defMethod(t, "__setitem__", dict_setitem);
    vm.defMethod(t, "__delitem__", dict_delitem);
    vm.defMethod(t, "__len__", dict_len);
    vm.defMethod(t, "__iter__", dict_iter);
    vm.defMethod(t, "__reversed__", dict_reversed);
    vm.defMethod(t, "__init__", dict_init);
    Value fromkeys = vm.native("fromkeys", dict_fromkeys, t);
    vm.defAttr(t, "fromkeys", Value(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod, fromkeys)));
    installDictViews(vm);
    defClassGetItem(vm, t);
    defSlotDunders(vm, t, {BinOp::Or}, true);
}

}  // namespace ls::interp

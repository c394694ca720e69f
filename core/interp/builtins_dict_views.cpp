// dict_keys / dict_values / dict_items views and the dict iterators.
// py: Objects/dictobject.c (3.11) dictiter_*, dictreviter_*, dictview_*,
// dictviews_and/or/sub/xor, dictview_richcompare.
#include "builtins_sequence_p.h"

namespace ls::interp::seq {

namespace {

DictObject *dictOf(const Value &v) { return v.as<DictObject>(); }

Value entryValue(VM &vm, const DictTable::Entry &e, DictPart part) {
    switch (part) {
    case DictPart::Keys: return e.key;
    case DictPart::Values: return e.value;
    case DictPart::Items: return vm.tuple({e.key, e.value});
    }
    return Value();
}

// Walks the entries by position. A change of size raises (and keeps
// raising); finding more entries than the dict had at the start means keys
// were replaced ("dictionary keys changed during iteration").
struct DictIterator : NativeObject {
    LS_CLONEABLE(DictIterator)
    void visitRefs(RefVisitor &v) override { v(dict); }
    Value dict;
    DictPart part;
    bool reverse;
    int64_t pos;
    int64_t used;       // size at creation; -1 once a change was reported
    int64_t remaining;  // entries still expected
    DictIterator(TypeObject *t, Value d, DictPart p, bool rev)
        : NativeObject(t), dict(std::move(d)), part(p), reverse(rev) {
        auto &table = dictOf(dict)->table;
        used = remaining = static_cast<int64_t>(table.size());
        pos = rev ? static_cast<int64_t>(table.capacityEnd()) - 1 : 0;
    }
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        if (dict.isNull()) return false;
        auto &t = dictOf(dict)->table;
        if (used != static_cast<int64_t>(t.size())) {
            used = -1;
            vm.raise(vm.exc.RuntimeError, "dictionary changed size during iteration");
        }
        int64_t end = static_cast<int64_t>(t.capacityEnd());
        int64_t i = pos;
        if (reverse) {
            if (i >= end) i = end - 1;
            while (i >= 0 && t.entryAt(static_cast<size_t>(i)).key.isNull()) --i;
            if (i < 0) { dict = Value(); return false; }
            pos = i - 1;
        } else {
            while (i < end && t.entryAt(static_cast<size_t>(i)).key.isNull()) ++i;
            if (i >= end) { dict = Value(); return false; }
            if (remaining <= 0) {
                dict = Value();
                vm.raise(vm.exc.RuntimeError, "dictionary keys changed during iteration");
            }
            pos = i + 1;
        }
        --remaining;
        out = entryValue(vm, t.entryAt(static_cast<size_t>(i)), part);
        return true;
    }
    void clearRefs() override { dict = Value(); }
};

struct DictView : NativeObject {
    LS_CLONEABLE(DictView)
    void visitRefs(RefVisitor &v) override { v(dict); }
    Value dict;
    DictPart part;
    DictView(TypeObject *t, Value d, DictPart p) : NativeObject(t), dict(std::move(d)), part(p) {}
    void clearRefs() override { dict = Value(); }
};

DictView *viewOf(const Value &v) { return static_cast<DictView *>(v.obj()); }

bool isView(VM &vm, const Value &v) {
    if (!v.is(Kind::Native)) return false;
    auto &t = types(vm);
    TypeObject *ty = v.obj()->type;
    return ty == t.dictKeys || ty == t.dictValues || ty == t.dictItems;
}

// Keys and items views are set-like (py: PyDictViewSet_Check).
bool isSetView(VM &vm, const Value &v) {
    return isView(vm, v) && viewOf(v)->part != DictPart::Values;
}

std::string viewRepr(VM &vm, const Value &self) {
    auto *v = viewOf(self);
    ReprGuard guard(vm, v);
    std::string name = vm.typeName(self);
    if (guard.recursive()) return name + "(...)";
    std::vector<Value> items;
    Value it = dictIterator(vm, v->dict, v->part, false), x;
    while (vm.next(it, x)) items.push_back(std::move(x));
    return name + "([" + joinReprs(vm, items) + "])";
}

int64_t viewLen(VM &, const Value &self) { return static_cast<int64_t>(dictOf(viewOf(self)->dict)->table.size()); }

Value viewIter(VM &vm, const Value &self) {
    auto *v = viewOf(self);
    return dictIterator(vm, v->dict, v->part, false);
}

bool viewContains(VM &vm, const Value &self, const Value &item) {
    auto *v = viewOf(self);
    auto *d = dictOf(v->dict);
    Value keep = self;
    switch (v->part) {
    case DictPart::Keys: return d->table.find(vm, item) != nullptr;
    case DictPart::Items: {
        // py: dictitems_contains: a 2-tuple whose key maps to an equal value.
        if (!item.is(Kind::Tuple) || item.as<TupleObject>()->items.size() != 2) return false;
        Value key = item.as<TupleObject>()->items[0], value = item.as<TupleObject>()->items[1];
        Value *found = d->table.find(vm, key);
        if (!found) return false;
        Value f = *found;
        return eqItems(vm, f, value);
    }
    case DictPart::Values: {
        Value it = dictIterator(vm, v->dict, DictPart::Values, false), x;
        while (vm.next(it, x))
            if (eqItems(vm, x, item)) return true;
        return false;
    }
    }
    return false;
}

// py: all_contained_in
bool allContainedIn(VM &vm, const Value &a, const Value &b) {
    Value it = vm.iter(a), x;
    while (vm.next(it, x))
        if (!vm.contains(b, x)) return false;
    return true;
}

Value viewCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!isSetView(vm, a) || !(isSetLike(b) || isSetView(vm, b))) return vm.notImplemented();
    int64_t la = vm.len(a), lb = vm.len(b);
    bool ok = false;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (la == lb) ok = allContainedIn(vm, a, b);
        if (op == CompareOp::Ne) ok = !ok;
        break;
    case CompareOp::Lt: if (la < lb) ok = allContainedIn(vm, a, b); break;
    case CompareOp::Le: if (la <= lb) ok = allContainedIn(vm, a, b); break;
    case CompareOp::Gt: if (la > lb) ok = allContainedIn(vm, b, a); break;
    case CompareOp::Ge: if (la >= lb) ok = allContainedIn(vm, b, a); break;
    }
    return vm.boolean(ok);
}

// py: _PyDictView_Intersect: iterate the other operand (or the smaller
// view), keeping what the view contains.
Value viewIntersect(VM &vm, Value self, Value other) {
    if (!isSetView(vm, self)) std::swap(self, other);
    int64_t lenSelf = viewLen(vm, self);
    if (other.is(Kind::Set) && vm.typeOf(other) == vm.types.set && lenSelf <= vm.len(other))
        std::swap(self, other);  // other.intersection(self): iterate the view, test the set
    else if (isSetView(vm, other) && viewLen(vm, other) > lenSelf)
        std::swap(self, other);
    SetObject *result = newSet(vm, vm.types.set);
    Value keep(result);
    Value it = vm.iter(other), x;
    while (vm.next(it, x)) {
        bool in = isSetView(vm, self) ? viewContains(vm, self, x) : vm.contains(self, x);
        if (in) setAdd(vm, result, x);
    }
    return keep;
}

Value viewBinary(VM &vm, BinOp op, const Value &a, const Value &b) {
    int i = static_cast<int>(op);
    BinOp base = i >= kInplaceOffset ? static_cast<BinOp>(i - kInplaceOffset) : op;
    if (!isSetView(vm, a) && !isSetView(vm, b)) return vm.notImplemented();
    switch (base) {
    case BinOp::And: return viewIntersect(vm, a, b);
    case BinOp::Or:
    case BinOp::Sub:
    case BinOp::Xor: return setOperationFromIterables(vm, base, a, b);
    default: return vm.notImplemented();
    }
}

const Value &viewSelf(VM &vm, const CallArgs &a, std::string_view m) {
    if (a.size() == 0 || !isView(vm, a[0]))
        vm.raise(vm.exc.TypeError, "descriptor '" + std::string(m) + "' requires a dict view");
    noKw(vm, a, vm.typeName(a[0]) + "." + std::string(m));
    return a[0];
}

// py: dictviews_isdisjoint
Value view_isdisjoint(VM &vm, const CallArgs &a) {
    const Value &self = viewSelf(vm, a, "isdisjoint");
    exactArgs(vm, a, vm.typeName(self) + ".isdisjoint", 1);
    if (a[1].identical(self)) return vm.boolean(viewLen(vm, self) == 0);
    Value it = vm.iter(a[1]), x;
    while (vm.next(it, x))
        if (viewContains(vm, self, x)) return vm.boolean(false);
    return vm.boolean(true);
}

Value view_reversed(VM &vm, const CallArgs &a) {
    const Value &self = viewSelf(vm, a, "__reversed__");
    exactArgs(vm, a, vm.typeName(self) + ".__reversed__", 0);
    return dictIterator(vm, viewOf(self)->dict, viewOf(self)->part, true);
}

Value view_len(VM &vm, const CallArgs &a) {
    const Value &self = viewSelf(vm, a, "__len__");
    exactArgs(vm, a, vm.typeName(self) + ".__len__", 0);
    return vm.integer(viewLen(vm, self));
}

Value view_iter(VM &vm, const CallArgs &a) {
    const Value &self = viewSelf(vm, a, "__iter__");
    exactArgs(vm, a, vm.typeName(self) + ".__iter__", 0);
    return viewIter(vm, self);
}

Value view_contains(VM &vm, const CallArgs &a) {
    const Value &self = viewSelf(vm, a, "__contains__");
    exactArgs(vm, a, vm.typeName(self) + ".__contains__", 1);
    return vm.boolean(viewContains(vm, self, a[1]));
}

void setupView(VM &vm, TypeObject *t, bool setLike) {
    TypeSlots &s = t->slots;
    s.repr = viewRepr;
    s.len = viewLen;
    s.iter = viewIter;
    s.contains = viewContains;
    if (setLike) {
        s.unhashable = true;
        s.richcompare = viewCompare;
        s.binary = viewBinary;
        vm.defMethod(t, "isdisjoint", view_isdisjoint);
    }
    defSlotDunders(vm, t, setLike ? std::initializer_list<BinOp>{BinOp::And, BinOp::Or, BinOp::Sub, BinOp::Xor}
                                  : std::initializer_list<BinOp>{}, false);
    vm.defMethod(t, "__reversed__", view_reversed);
    vm.defMethod(t, "__len__", view_len);
    vm.defMethod(t, "__iter__", view_iter);
    vm.defMethod(t, "__contains__", view_contains);
}

}  // namespace

Value dictIterator(VM &vm, const Value &dict, DictPart part, bool reverse) {
    auto &t = types(vm);
    TypeObject *type = nullptr;
    switch (part) {
    case DictPart::Keys: type = reverse ? t.dictReverseKeyIterator : t.dictKeyIterator; break;
    case DictPart::Values: type = reverse ? t.dictReverseValueIterator : t.dictValueIterator; break;
    case DictPart::Items: type = reverse ? t.dictReverseItemIterator : t.dictItemIterator; break;
    }
    return Value(vm.make<DictIterator>(type, dict, part, reverse));
}

Value dictView(VM &vm, const Value &dict, DictPart part) {
    auto &t = types(vm);
    TypeObject *type = part == DictPart::Keys ? t.dictKeys : part == DictPart::Values ? t.dictValues : t.dictItems;
    return Value(vm.make<DictView>(type, dict, part));
}

void installDictViews(VM &vm) {
    auto &t = types(vm);
    setupView(vm, t.dictKeys, true);
    setupView(vm, t.dictValues, false);
    setupView(vm, t.dictItems, true);
}

}  // namespace ls::interp::seq

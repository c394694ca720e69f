// Plumbing shared by the container builtins (see builtins_sequence_p.h):
// the per-VM iterator/view types, CPython's argument-count messages, item
// equality, recursive-repr guards and sequence comparison.
#include "builtins_sequence_p.h"

#include <memory>

namespace ls::interp::seq {

namespace {

constexpr std::string_view kExtensionKey = "ls.containers";

Value iterSelf(VM &vm, const CallArgs &a) {
    vm.checkArgs(a, "__iter__", 1, 1);
    return a[0];
}

Value iterNext(VM &vm, const CallArgs &a) {
    if (a.size() != 1) exactArgs(vm, a, "__next__", 0);
    const Value &self = a[0];
    if (!self.is(Kind::Native) || !self.as<NativeObject>()->isIterator())
        vm.raise(vm.exc.TypeError, "descriptor '__next__' requires an iterator, not '" + vm.typeName(self) + "'");
    Value out;
    if (self.as<NativeObject>()->next(vm, out)) return out;
    raiseStopIteration(vm);
}

Value identityIter(VM &, const Value &self) { return self; }

// py: Objects/genericaliasobject.c (3.11): origin[args], made by
// __class_getitem__; calling it makes an instance of the origin.
struct GenericAlias : NativeObject {
    LS_CLONEABLE(GenericAlias)
    void visitRefs(RefVisitor &v) override { v(origin); v(args); }
    Value origin, args;  // args: a tuple
    GenericAlias(TypeObject *t, Value o, Value a) : NativeObject(t), origin(std::move(o)), args(std::move(a)) {}
    void clearRefs() override { origin = args = Value(); }
};

GenericAlias *aliasOf(const Value &v) { return static_cast<GenericAlias *>(v.obj()); }

// py: ga_repr_item
std::string aliasItemRepr(VM &vm, const Value &v) {
    if (v.identical(vm.ellipsis())) return "...";
    if (isGenericAlias(vm, v)) return vm.repr(v);
    if (v.is(Kind::Type)) {
        auto *t = v.as<TypeObject>();
        return t->module == "builtins" ? t->qualname : t->module + "." + t->qualname;
    }
    return vm.repr(v);
}

std::string aliasRepr(VM &vm, const Value &self) {
    auto *g = aliasOf(self);
    std::string out = aliasItemRepr(vm, g->origin) + "[";
    auto &items = g->args.as<TupleObject>()->items;
    if (items.empty()) out += "()";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + aliasItemRepr(vm, items[i]);
    return out + "]";
}

Value aliasCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!isGenericAlias(vm, a) || !isGenericAlias(vm, b) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return vm.notImplemented();
    bool eq = aliasOf(a)->origin.identical(aliasOf(b)->origin) && vm.eq(aliasOf(a)->args, aliasOf(b)->args);
    return vm.boolean(op == CompareOp::Eq ? eq : !eq);
}

int64_t aliasHash(VM &vm, const Value &self) {
    int64_t h = vm.hash(aliasOf(self)->origin) ^ vm.hash(aliasOf(self)->args);
    return h == -1 ? -2 : h;
}

Value aliasCall(VM &vm, const Value &self, const CallArgs &a) {
    Value origin = aliasOf(self)->origin;
    return vm.call(origin, a.pos, a.kw);
}

Value aliasGetAttr(VM &, const Value &self, std::string_view name) {
    if (name == "__origin__") return aliasOf(self)->origin;
    if (name == "__args__") return aliasOf(self)->args;
    return Value();
}

Value classGetItem(VM &vm, const CallArgs &a) {
    if (a.size() != 2) exactArgs(vm, a, "__class_getitem__", 1);
    Value args = a[1].is(Kind::Tuple) ? a[1] : vm.tuple({a[1]});
    return Value(vm.make<GenericAlias>(types(vm).genericAlias, a[0], args));
}

// py: ga_new: types.GenericAlias(origin, args), also what
// `__class_getitem__ = classmethod(GenericAlias)` calls (asyncio.Queue).
Value aliasNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, "GenericAlias() takes no keyword arguments");
    if (a.size() != 2)
        vm.raise(vm.exc.TypeError, "GenericAlias expected 2 arguments, got " + std::to_string(a.size()));
    Value args = a[1].is(Kind::Tuple) ? a[1] : vm.tuple({a[1]});
    return Value(vm.make<GenericAlias>(cls, a[0], args));
}

// The codes of slotDunder (BuiltinFunctionObject::data).
constexpr int64_t kRepr = 0, kHash = 1, kCompare = 100, kBinary = 200, kReflected = 300;

const char *binaryName(BinOp op) {
    static const char *names[] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
                                  "lshift", "rshift", "or", "xor", "and", "floordiv"};
    int i = static_cast<int>(op);
    return names[i >= kInplaceOffset ? i - kInplaceOffset : i];
}

Value slotDunder(VM &vm, const CallArgs &a) {
    const BuiltinFunctionObject *fn = a.callee;
    int64_t code = fn->data.asInt();
    TypeObject *owner = fn->ownerType;
    if (a.size() == 0)
        vm.raise(vm.exc.TypeError, "unbound method " + fn->qualname + "() needs an argument");
    const Value &self = a[0];
    if (!vm.typeOf(self)->isSubtypeOf(owner)) raiseDescriptorError(vm, fn->name, owner, self);
    noKw(vm, a, fn->qualname);
    const TypeSlots &s = owner->slots;
    if (code == kRepr) {
        exactArgs(vm, a, fn->qualname, 0);
        return vm.str(s.repr(vm, self));
    }
    if (code == kHash) {
        exactArgs(vm, a, fn->qualname, 0);
        return vm.integer(s.hash(vm, self));
    }
    exactArgs(vm, a, fn->qualname, 1);
    if (code >= kReflected) return s.binary(vm, static_cast<BinOp>(code - kReflected), a[1], self);
    if (code >= kBinary) return s.binary(vm, static_cast<BinOp>(code - kBinary), self, a[1]);
    return s.richcompare(vm, self, a[1], static_cast<CompareOp>(code - kCompare));
}

}  // namespace

void defSlotDunders(VM &vm, TypeObject *t, std::initializer_list<BinOp> ops, bool inplace) {
    auto def = [&](const std::string &name, int64_t code) {
        vm.defAttr(t, name, vm.native(name, slotDunder, t, vm.integer(code)));
    };
    if (t->slots.repr) def("__repr__", kRepr);
    if (t->slots.unhashable) vm.defAttr(t, "__hash__", vm.none());
    else if (t->slots.hash) def("__hash__", kHash);
    if (t->slots.richcompare) {
        static const char *cmp[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; ++i) def(cmp[i], kCompare + i);
    }
    for (BinOp op : ops) {
        std::string n = binaryName(op);
        def("__" + n + "__", kBinary + static_cast<int64_t>(op));
        // Sequence concatenation has no reflected form (list.__radd__ does
        // not exist in CPython); repetition and the set operators do.
        if (op != BinOp::Add) def("__r" + n + "__", kReflected + static_cast<int64_t>(op));
        if (inplace) def("__i" + n + "__", kBinary + static_cast<int64_t>(op) + kInplaceOffset);
    }
}

void defClassGetItem(VM &vm, TypeObject *cls) {
    Value fn = vm.native("__class_getitem__", classGetItem, cls);
    vm.defAttr(cls, "__class_getitem__", Value(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod, fn)));
}

bool isGenericAlias(VM &vm, const Value &v) {
    return v.is(Kind::Native) && v.obj()->type->isSubtypeOf(types(vm).genericAlias);
}

TypeObject *newIteratorType(VM &vm, std::string_view name) {
    TypeObject *t = vm.newBuiltinType(name, vm.types.object);
    t->slots.iter = identityIter;
    vm.defMethod(t, "__iter__", iterSelf);
    vm.defMethod(t, "__next__", iterNext);
    return t;
}

ContainerTypes &types(VM &vm) {
    if (auto *t = vm.extension<ContainerTypes>(kExtensionKey)) return *t;
    auto table = std::make_shared<ContainerTypes>();
    ContainerTypes &t = *table;
    vm.setExtension(kExtensionKey, table, +[](ContainerTypes &s, RefVisitor &v) {
        for (TypeObject **t : {&s.listIterator, &s.listReverseIterator, &s.tupleIterator, &s.rangeIterator, &s.dictKeys,
                               &s.dictValues, &s.dictItems, &s.dictKeyIterator, &s.dictValueIterator, &s.dictItemIterator,
                               &s.dictReverseKeyIterator, &s.dictReverseValueIterator, &s.dictReverseItemIterator,
                               &s.setIterator, &s.callableIterator, &s.enumerate, &s.zip, &s.map, &s.filter,
                               &s.reversed, &s.genericAlias})
            v.raw(*t);
        for (auto *&o : s.reprActive) v.raw(o);
    });
    t.listIterator = newIteratorType(vm, "list_iterator");
    t.listReverseIterator = newIteratorType(vm, "list_reverseiterator");
    t.tupleIterator = newIteratorType(vm, "tuple_iterator");
    t.rangeIterator = newIteratorType(vm, "range_iterator");
    t.dictKeyIterator = newIteratorType(vm, "dict_keyiterator");
    t.dictValueIterator = newIteratorType(vm, "dict_valueiterator");
    t.dictItemIterator = newIteratorType(vm, "dict_itemiterator");
    t.dictReverseKeyIterator = newIteratorType(vm, "dict_reversekeyiterator");
    t.dictReverseValueIterator = newIteratorType(vm, "dict_reversevalueiterator");
    t.dictReverseItemIterator = newIteratorType(vm, "dict_reverseitemiterator");
    t.setIterator = newIteratorType(vm, "set_iterator");
    t.callableIterator = newIteratorType(vm, "callable_iterator");
    // The VM's iterator over __getitem__ sequences ("iterator") gets the
    // same Python-visible protocol when it lacks it.
    if (TypeObject *seqIt = vm.types.iterator; seqIt && seqIt->lookup("__next__").isNull()) {
        if (!seqIt->slots.iter) seqIt->slots.iter = identityIter;
        vm.defMethod(seqIt, "__iter__", iterSelf);
        vm.defMethod(seqIt, "__next__", iterNext);
    }
    t.enumerate = newIteratorType(vm, "enumerate");
    t.zip = newIteratorType(vm, "zip");
    t.map = newIteratorType(vm, "map");
    t.filter = newIteratorType(vm, "filter");
    t.reversed = newIteratorType(vm, "reversed");
    t.dictKeys = vm.newBuiltinType("dict_keys", vm.types.object);
    t.dictValues = vm.newBuiltinType("dict_values", vm.types.object);
    t.dictItems = vm.newBuiltinType("dict_items", vm.types.object);
    t.genericAlias = vm.newBuiltinType("GenericAlias", vm.types.object, "types");
    TypeSlots &ga = t.genericAlias->slots;
    ga.repr = aliasRepr;
    ga.richcompare = aliasCompare;
    ga.hash = aliasHash;
    ga.call = aliasCall;
    ga.getattr = aliasGetAttr;
    t.genericAlias->newInstance = aliasNew;
    return t;
}

// ------------------------------------------------------------- errors

void raiseStopIteration(VM &vm) { vm.raise(vm.newException(vm.exc.StopIteration, std::vector<Value>{})); }

void raiseKeyError(VM &vm, const Value &key) { vm.raise(vm.newException(vm.exc.KeyError, std::vector<Value>{key})); }

// CPython implements most dunders of builtin types as slot wrappers, whose
// errors read differently from those of ordinary methods (method
// descriptors); these few dunders are ordinary methods.
bool isSlotWrapper(std::string_view owner, std::string_view m) {
    bool dunder = m.size() > 4 && m.substr(0, 2) == "__" && m.substr(m.size() - 2) == "__";
    if (!dunder) return false;
    static const std::string_view methods[] = {
        "__reversed__", "__class_getitem__", "__init_subclass__", "__subclasshook__", "__format__",
        "__sizeof__", "__reduce__", "__reduce_ex__", "__dir__", "__getstate__", "__setstate__", "__round__",
        "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__copy__", "__deepcopy__", "__enter__",
        "__exit__", "__aenter__", "__aexit__", "__bytes__", "__length_hint__", "__instancecheck__",
        "__subclasscheck__", "__subclasses__", "__prepare__", "__fspath__"};
    for (auto x : methods)
        if (m == x) return false;
    if (m == "__getitem__") return owner != "list" && owner != "dict";
    if (m == "__contains__") return owner != "dict" && owner != "set" && owner != "frozenset";
    return true;
}

void raiseDescriptorError(VM &vm, std::string_view method, const TypeObject *owner, const Value &self) {
    if (isSlotWrapper(owner->name, method))
        vm.raise(vm.exc.TypeError, "descriptor '" + std::string(method) + "' requires a '" + owner->name +
                                       "' object but received a '" + vm.typeName(self) + "'");
    vm.raise(vm.exc.TypeError, "descriptor '" + std::string(method) + "' for '" + owner->name +
                                   "' objects doesn't apply to a '" + vm.typeName(self) + "' object");
}

const Value &selfOf(VM &vm, const CallArgs &a, std::string_view method, const TypeObject *owner, Kind kind,
                    Kind altKind) {
    if (a.size() == 0)
        vm.raise(vm.exc.TypeError, "unbound method " + owner->name + "." + std::string(method) + "() needs an argument");
    const Value &self = a[0];
    if (!(self.is(kind) || (altKind != Kind::Native && self.is(altKind))))
        raiseDescriptorError(vm, method, owner, self);
    return self;
}

void exactArgs(VM &vm, const CallArgs &a, std::string_view qualname, size_t n, size_t skip) {
    size_t got = a.size() - skip;
    if (got == n) return;
    std::string q(qualname);
    size_t dot = q.find('.');
    if (dot != std::string::npos && isSlotWrapper(q.substr(0, dot), q.substr(dot + 1)))
        vm.raise(vm.exc.TypeError, "expected " + std::to_string(n) + (n == 1 ? " argument" : " arguments") +
                                       ", got " + std::to_string(got));
    if (n == 0) vm.raise(vm.exc.TypeError, q + "() takes no arguments (" + std::to_string(got) + " given)");
    if (n == 1) vm.raise(vm.exc.TypeError, q + "() takes exactly one argument (" + std::to_string(got) + " given)");
    vm.raise(vm.exc.TypeError, q + "() takes exactly " + std::to_string(n) + " arguments (" + std::to_string(got) + " given)");
}

void rangeArgs(VM &vm, const CallArgs &a, std::string_view name, size_t min, size_t max, size_t skip) {
    size_t got = a.size() - skip;
    auto plural = [](size_t k) { return k == 1 ? " argument" : " arguments"; };
    std::string n(name);
    if (min == max && (got != min))
        vm.raise(vm.exc.TypeError, n + " expected " + std::to_string(min) + plural(min) + ", got " + std::to_string(got));
    if (got < min)
        vm.raise(vm.exc.TypeError, n + " expected at least " + std::to_string(min) + plural(min) + ", got " + std::to_string(got));
    if (got > max)
        vm.raise(vm.exc.TypeError, n + " expected at most " + std::to_string(max) + plural(max) + ", got " + std::to_string(got));
}

void noKw(VM &vm, const CallArgs &a, std::string_view func) {
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, std::string(func) + "() takes no keyword arguments");
}

void allowedKw(VM &vm, const CallArgs &a, std::string_view func, std::initializer_list<std::string_view> allowed) {
    for (const KwArg &k : a.kw) {
        bool ok = false;
        for (auto name : allowed) ok = ok || name == k.name;
        if (!ok)
            vm.raise(vm.exc.TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for " +
                                           std::string(func) + "()");
    }
}

// ------------------------------------------------------------ helpers

bool eqItems(VM &vm, const Value &a, const Value &b) {
    // Inline floats count as identical when their bits are, as DictTable
    // does: `x = nan; [x] == [x]` is True as in CPython (two separately
    // made NaNs compare equal too, where CPython says False).
    if (a.identical(b)) return true;
    return vm.eq(a, b);
}

ReprGuard::ReprGuard(VM &vm, const Object *o) : t_(types(vm)) {
    recursive_ = false;
    for (const Object *p : t_.reprActive) recursive_ = recursive_ || p == o;
    if (!recursive_) t_.reprActive.push_back(o);
}

ReprGuard::~ReprGuard() {
    if (!recursive_) t_.reprActive.pop_back();
}

std::string joinReprs(VM &vm, const std::vector<Value> &items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        Value item = items[i];  // keep alive while its repr runs
        out += vm.repr(item);
    }
    return out;
}

Value sequenceCompare(VM &vm, const std::vector<Value> &a, const std::vector<Value> &b, CompareOp op) {
    if (a.size() != b.size() && (op == CompareOp::Eq || op == CompareOp::Ne))
        return vm.boolean(op == CompareOp::Ne);
    size_t i = 0;
    for (; i < a.size() && i < b.size(); ++i) {
        Value x = a[i], y = b[i];
        if (!eqItems(vm, x, y)) break;
    }
    if (i >= a.size() || i >= b.size()) {
        size_t la = a.size(), lb = b.size();
        bool r = false;
        switch (op) {
        case CompareOp::Lt: r = la < lb; break;
        case CompareOp::Le: r = la <= lb; break;
        case CompareOp::Eq: r = la == lb; break;
        case CompareOp::Ne: r = la != lb; break;
        case CompareOp::Gt: r = la > lb; break;
        case CompareOp::Ge: r = la >= lb; break;
        }
        return vm.boolean(r);
    }
    if (op == CompareOp::Eq) return vm.boolean(false);
    if (op == CompareOp::Ne) return vm.boolean(true);
    Value x = a[i], y = b[i];
    return vm.richCompare(x, y, op);
}

std::vector<Value> itemsOf(VM &vm, const Value &iterable) {
    if (iterable.is(Kind::List)) return iterable.as<ListObject>()->items;
    if (iterable.is(Kind::Tuple)) return iterable.as<TupleObject>()->items;
    return vm.toVector(iterable);
}

int64_t indexBound(VM &vm, const Value &v, int64_t len) {
    int64_t i;
    if (!indexValue(vm, v, i))
        vm.raise(vm.exc.TypeError, "slice indices must be integers or have an __index__ method");
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    return i;
}

bool repeatCount(VM &vm, const Value &n, int64_t &count) {
    if (n.isInt()) { count = n.asInt(); return true; }
    if (n.isBool()) { count = n.asBool() ? 1 : 0; return true; }
    if (n.isObj() && !vm.typeOf(n)->lookup("__index__").isNull()) { count = vm.index(n); return true; }
    return false;
}

void raiseCantMultiply(VM &vm, const Value &n) {
    vm.raise(vm.exc.TypeError, "can't multiply sequence by non-int of type '" + vm.typeName(n) + "'");
}

bool hasReflected(VM &vm, const Value &v, std::string_view name) {
    TypeObject *t = vm.typeOf(v);
    return t->isHeapType && t->lookup(name).is(Kind::Function);
}

Value makeTuple(VM &vm, TypeObject *cls, std::vector<Value> items) {
    if (cls == vm.types.tuple) return vm.tuple(std::move(items));
    return Value(vm.make<TupleObject>(cls, std::move(items)));
}

}  // namespace ls::interp::seq

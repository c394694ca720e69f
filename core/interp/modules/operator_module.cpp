// The `operator` module. py: Modules/_operator.c (3.11): the operator
// functions over the VM's protocols, and the itemgetter / attrgetter /
// methodcaller callables with their reprs.
#include "module_util.h"
#include "native_util.h"

namespace ls::interp {

namespace {

using modutil::positionalOnly;

// Binary operator functions: the BinOp rides in the native's data.
Value binaryFn(VM &vm, const CallArgs &a) {
    auto op = static_cast<BinOp>(a.callee->data.asInt());
    positionalOnly(vm, a, a.callee->name, 2, 2);
    return vm.binaryOp(op, a[0], a[1]);
}

Value compareFn(VM &vm, const CallArgs &a) {
    auto op = static_cast<CompareOp>(a.callee->data.asInt());
    positionalOnly(vm, a, a.callee->name, 2, 2);
    return vm.richCompare(a[0], a[1], op);
}

// Unary + and ~ through the numbers' own methods.
Value unaryDunder(VM &vm, const Value &x, const char *dunder, const char *sym) {
    if (vm.typeOf(x)->lookup(dunder).isNull())
        vm.raise(vm.exc.TypeError, std::string("bad operand type for unary ") + sym + ": '" + vm.typeName(x) + "'");
    return vm.callMethod(x, dunder, {});
}

Value callBuiltin(VM &vm, const char *name, std::initializer_list<Value> args) {
    Value *f = vm.builtins()->table.findStr(name, strHash(name));
    return vm.call(*f, args);
}

// --------------------------------------------------------------- getters

struct ItemGetter : NativeObject {
    LS_CLONEABLE(ItemGetter)
    void visitRefs(RefVisitor &v) override { v(items); }
    std::vector<Value> items;
    using NativeObject::NativeObject;
    void clearRefs() override { items.clear(); }
};

struct AttrGetter : NativeObject {
    LS_CLONEABLE(AttrGetter)
    std::vector<std::vector<std::string>> paths;  // dotted names, split
    std::vector<std::string> names;
    using NativeObject::NativeObject;
};

struct MethodCaller : NativeObject {
    LS_CLONEABLE(MethodCaller)
    void visitRefs(RefVisitor &v) override { v(args); for (auto &kv : kwargs) v(kv.second); }
    std::string name;
    std::vector<Value> args;
    std::vector<std::pair<std::string, Value>> kwargs;
    using NativeObject::NativeObject;
    void clearRefs() override { args.clear(); kwargs.clear(); }
};

Value itemGetterNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    modutil::noKeywords(vm, a, "itemgetter");
    if (a.size() == 0) vm.raise(vm.exc.TypeError, "itemgetter expected 1 argument, got 0");
    auto *g = vm.make<ItemGetter>(cls);
    Value v(g);
    g->items.assign(a.pos.begin(), a.pos.end());
    return v;
}

Value attrGetterNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    modutil::noKeywords(vm, a, "attrgetter");
    if (a.size() == 0) vm.raise(vm.exc.TypeError, "attrgetter expected 1 argument, got 0");
    auto *g = vm.make<AttrGetter>(cls);
    Value v(g);
    for (auto &x : a.pos) {
        if (!x.is(Kind::Str)) vm.raise(vm.exc.TypeError, "attribute name must be a string");
        const std::string &s = x.as<StrObject>()->s;
        g->names.push_back(s);
        std::vector<std::string> parts;
        size_t start = 0;
        for (;;) {
            size_t dot = s.find('.', start);
            parts.push_back(s.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        g->paths.push_back(std::move(parts));
    }
    return v;
}

Value methodCallerNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    if (a.size() == 0) vm.raise(vm.exc.TypeError, "methodcaller needs at least one argument, the method name");
    if (!a[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "method name must be a string");
    auto *m = vm.make<MethodCaller>(cls);
    Value v(m);
    m->name = a[0].as<StrObject>()->s;
    m->args.assign(a.pos.begin() + 1, a.pos.end());
    for (auto &k : a.kw) m->kwargs.emplace_back(std::string(k.name), *k.value);
    return v;
}

std::string joinReprs(VM &vm, const std::vector<Value> &v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + vm.repr(v[i]);
    return out;
}

}  // namespace

Value initOperatorModule(VM &vm) {
    ModuleBuilder m(vm, "operator");
    struct BinDef { const char *name; BinOp op; };
    static const BinDef bins[] = {
        {"add", BinOp::Add}, {"sub", BinOp::Sub}, {"mul", BinOp::Mul}, {"matmul", BinOp::MatMul},
        {"truediv", BinOp::TrueDiv}, {"floordiv", BinOp::FloorDiv}, {"mod", BinOp::Mod}, {"pow", BinOp::Pow},
        {"lshift", BinOp::LShift}, {"rshift", BinOp::RShift}, {"and_", BinOp::And}, {"or_", BinOp::Or},
        {"xor", BinOp::Xor}, {"iadd", BinOp::InplaceAdd}, {"isub", BinOp::InplaceSub}, {"imul", BinOp::InplaceMul},
        {"imatmul", BinOp::InplaceMatMul}, {"itruediv", BinOp::InplaceTrueDiv}, {"ifloordiv", BinOp::InplaceFloorDiv},
        {"imod", BinOp::InplaceMod}, {"ipow", BinOp::InplacePow}, {"ilshift", BinOp::InplaceLShift},
        {"irshift", BinOp::InplaceRShift}, {"iand", BinOp::InplaceAnd}, {"ior", BinOp::InplaceOr},
        {"ixor", BinOp::InplaceXor}, {"concat", BinOp::Add}, {"iconcat", BinOp::InplaceAdd},
    };
    for (auto &b : bins) m.set(b.name, vm.native(b.name, binaryFn, nullptr, Value::integer(static_cast<int64_t>(b.op))));
    struct CmpDef { const char *name; CompareOp op; };
    static const CmpDef cmps[] = {{"lt", CompareOp::Lt}, {"le", CompareOp::Le}, {"eq", CompareOp::Eq},
                                  {"ne", CompareOp::Ne}, {"gt", CompareOp::Gt}, {"ge", CompareOp::Ge}};
    for (auto &c : cmps) m.set(c.name, vm.native(c.name, compareFn, nullptr, Value::integer(static_cast<int64_t>(c.op))));

    m.fn("neg", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "neg", 1, 1); return vm.unaryNegative(a[0]); });
    m.fn("pos", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "pos", 1, 1);
        if (a[0].isInt() || a[0].isFloat()) return a[0];
        if (a[0].isBool()) return Value::integer(a[0].asBool());
        return unaryDunder(vm, a[0], "__pos__", "+");
    });
    for (const char *n : {"invert", "inv"})
        m.fn(n, [](VM &vm, const CallArgs &a) {
            positionalOnly(vm, a, a.callee->name, 1, 1);
            if (a[0].isInt()) return Value::integer(~a[0].asInt());
            if (a[0].isBool()) return Value::integer(~static_cast<int64_t>(a[0].asBool()));
            return unaryDunder(vm, a[0], "__invert__", "~");
        });
    m.fn("abs", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "abs", 1, 1); return callBuiltin(vm, "abs", {a[0]}); });
    m.fn("not_", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "not_", 1, 1); return Value::boolean(!vm.truthy(a[0])); });
    m.fn("truth", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "truth", 1, 1); return Value::boolean(vm.truthy(a[0])); });
    m.fn("is_", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "is_", 2, 2); return Value::boolean(a[0].identical(a[1])); });
    m.fn("is_not", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "is_not", 2, 2); return Value::boolean(!a[0].identical(a[1])); });
    m.fn("index", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "index", 1, 1); return Value::integer(vm.index(a[0])); });
    m.fn("contains", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "contains", 2, 2); return Value::boolean(vm.contains(a[0], a[1])); });
    m.fn("countOf", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "countOf", 2, 2);
        int64_t n = 0;
        Value it = vm.iter(a[0]), x;
        while (vm.next(it, x))
            if (x.identical(a[1]) || vm.eq(x, a[1])) ++n;
        return Value::integer(n);
    });
    m.fn("indexOf", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "indexOf", 2, 2);
        int64_t i = 0;
        Value it = vm.iter(a[0]), x;
        for (; vm.next(it, x); ++i)
            if (x.identical(a[1]) || vm.eq(x, a[1])) return Value::integer(i);
        vm.raise(vm.exc.ValueError, "sequence.index(x): x not in sequence");
    });
    m.fn("getitem", [](VM &vm, const CallArgs &a) { positionalOnly(vm, a, "getitem", 2, 2); return vm.getItem(a[0], a[1]); });
    m.fn("setitem", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "setitem", 3, 3);
        vm.setItem(a[0], a[1], a[2]);
        return Value::none();
    });
    m.fn("delitem", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "delitem", 2, 2);
        vm.delItem(a[0], a[1]);
        return Value::none();
    });
    m.fn("length_hint", [](VM &vm, const CallArgs &a) {
        positionalOnly(vm, a, "length_hint", 1, 2);
        try {
            return Value::integer(vm.len(a[0]));
        } catch (PyException &e) {
            if (!vm.isInstance(e.exc, vm.exc.TypeError)) throw;
        }
        Value hint = vm.getAttrOpt(a[0], "__length_hint__");
        if (!hint.isNull()) {
            Value r = vm.call(hint, std::span<const Value>());
            if (!r.identical(vm.notImplemented())) return Value::integer(vm.index(r));
        }
        return a.size() > 1 ? Value::integer(vm.index(a[1])) : Value::integer(0);
    });
    m.fn("call", [](VM &vm, const CallArgs &a) {
        if (a.size() == 0) vm.raise(vm.exc.TypeError, "call() missing 1 required positional argument: 'obj'");
        return vm.call(a[0], a.pos.subspan(1), a.kw);
    });

    TypeObject *ig = modutil::newType(vm, "itemgetter", "operator", itemGetterNew);
    ig->slots.call = [](VM &vm, const Value &self, const CallArgs &a) {
        auto *g = static_cast<ItemGetter *>(self.obj());
        positionalOnly(vm, a, "itemgetter", 1, 1);
        if (g->items.size() == 1) return vm.getItem(a[0], g->items[0]);
        std::vector<Value> out;
        for (auto &k : g->items) out.push_back(vm.getItem(a[0], k));
        return vm.tuple(std::move(out));
    };
    ig->slots.repr = [](VM &vm, const Value &self) {
        return "operator.itemgetter(" + joinReprs(vm, static_cast<ItemGetter *>(self.obj())->items) + ")";
    };
    m.set("itemgetter", Value(ig));

    TypeObject *ag = modutil::newType(vm, "attrgetter", "operator", attrGetterNew);
    ag->slots.call = [](VM &vm, const Value &self, const CallArgs &a) {
        auto *g = static_cast<AttrGetter *>(self.obj());
        positionalOnly(vm, a, "attrgetter", 1, 1);
        std::vector<Value> out;
        for (auto &path : g->paths) {
            Value v = a[0];
            for (auto &name : path) v = vm.getAttr(v, name);
            out.push_back(v);
        }
        return out.size() == 1 ? out[0] : vm.tuple(std::move(out));
    };
    ag->slots.repr = [](VM &vm, const Value &self) {
        std::string s = "operator.attrgetter(";
        auto &names = static_cast<AttrGetter *>(self.obj())->names;
        for (size_t i = 0; i < names.size(); ++i) s += (i ? ", " : "") + vm.repr(vm.str(names[i]));
        return s + ")";
    };
    m.set("attrgetter", Value(ag));

    TypeObject *mc = modutil::newType(vm, "methodcaller", "operator", methodCallerNew);
    mc->slots.call = [](VM &vm, const Value &self, const CallArgs &a) {
        auto *c = static_cast<MethodCaller *>(self.obj());
        positionalOnly(vm, a, "methodcaller", 1, 1);
        Value meth = vm.getAttr(a[0], c->name);
        std::vector<KwArg> kw;
        for (auto &k : c->kwargs) kw.push_back(KwArg{k.first, &k.second});
        return vm.call(meth, c->args, kw);
    };
    mc->slots.repr = [](VM &vm, const Value &self) {
        auto *c = static_cast<MethodCaller *>(self.obj());
        std::string s = "operator.methodcaller(" + vm.repr(vm.str(c->name));
        for (auto &x : c->args) s += ", " + vm.repr(x);
        for (auto &k : c->kwargs) s += ", " + k.first + "=" + vm.repr(k.second);
        return s + ")";
    };
    m.set("methodcaller", Value(mc));
    return m.module;
}

}  // namespace ls::interp

// The operator dunders of int, bool and float as attributes (int.__add__,
// (2.5).__mul__, float.__lt__ ...), for code that calls them by name:
// functools.reduce(int.__add__, xs), map(float.__mul__, ...). The VM itself
// uses the C++ slots, not these.
// py: Objects/typeobject.c slot wrappers (wrap_binaryfunc_l/_r,
// richcmp_*): an operand the type cannot handle gives NotImplemented.
#include "bigint.h"
#include "builtins_scalar.h"

namespace ls::interp::num {

namespace {

const char *const kBinaryNames[] = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
                                    "lshift", "rshift", "or", "xor", "and", "floordiv"};
const char *const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

// Checks self's type and the argument count of a wrapper.
void wrapperArgs(VM &vm, const CallArgs &a, bool isFloat, std::string_view name, size_t nargs) {
    const char *tname = isFloat ? "float" : "int";
    bool ok = a.size() > 0 && (isFloat ? a[0].isFloat() : big::isIntegral(a[0]));
    if (!ok)
        vm.raise(vm.exc.TypeError, "descriptor '" + std::string(name) + "' requires a '" + tname +
                                       "' object but received a '" +
                                       (a.size() ? vm.typeName(a[0]) : std::string("NoneType")) + "'");
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, "wrapper " + std::string(name) + "() takes no keyword arguments");
    if (a.size() - 1 != nargs)
        vm.raise(vm.exc.TypeError, "expected " + std::to_string(nargs) + " argument" + (nargs == 1 ? "" : "s") +
                                       ", got " + std::to_string(a.size() - 1));
}

// Whether `other` is an operand this type's own operator accepts: int's
// only takes ints (int.__add__(1.5) is NotImplemented), float's both.
bool accepts(bool isFloat, const Value &other) {
    return isFloat ? isNumber(other) || big::isBig(other) : big::isIntegral(other);
}

template <int Op, bool Reflected, bool IsFloat>
Value binaryWrapper(VM &vm, const CallArgs &a) {
    std::string name = std::string(Reflected ? "__r" : "__") + kBinaryNames[Op] + "__";
    wrapperArgs(vm, a, IsFloat, name, 1);
    if (!accepts(IsFloat, a[1])) return vm.notImplemented();
    auto op = static_cast<BinOp>(Op);
    const Value &x = Reflected ? a[1] : a[0];
    const Value &y = Reflected ? a[0] : a[1];
    Value r;
    if (IsFloat) {
        r = floatBinary(vm, op, vm.toDouble(x), vm.toDouble(y));
    } else if (x.isBool() && y.isBool() && (op == BinOp::And || op == BinOp::Or || op == BinOp::Xor)) {
        bool p = x.asBool(), q = y.asBool();
        r = Value::boolean(op == BinOp::And ? (p && q) : op == BinOp::Or ? (p || q) : (p != q));
    } else if (isIntLike(x) && isIntLike(y)) {
        r = intBinary(vm, op, intOf(x), intOf(y));
    } else {
        r = big::binary(vm, op, x, y);
    }
    return r.isNull() ? vm.notImplemented() : r;
}

template <int Op, bool IsFloat>
Value compareWrapper(VM &vm, const CallArgs &a) {
    wrapperArgs(vm, a, IsFloat, kCompareNames[Op], 1);
    // int.__eq__(1.0) is NotImplemented in CPython too (long_richcompare).
    if (!accepts(IsFloat, a[1])) return vm.notImplemented();
    return vm.richCompare(a[0], a[1], static_cast<CompareOp>(Op));
}

template <bool IsFloat>
Value negWrapper(VM &vm, const CallArgs &a) {
    wrapperArgs(vm, a, IsFloat, "__neg__", 0);
    return vm.unaryNegative(a[0]);
}

Value invertWrapper(VM &vm, const CallArgs &a) {
    wrapperArgs(vm, a, false, "__invert__", 0);
    return isIntLike(a[0]) ? Value::integer(~intOf(a[0])) : big::invert(vm, a[0]);
}

template <bool IsFloat>
Value boolWrapper(VM &vm, const CallArgs &a) {
    wrapperArgs(vm, a, IsFloat, "__bool__", 0);
    return Value::boolean(vm.truthy(a[0]));
}

template <bool IsFloat>
Value hashWrapper(VM &vm, const CallArgs &a) {
    wrapperArgs(vm, a, IsFloat, "__hash__", 0);
    return Value::integer(vm.hash(a[0]));
}

template <bool IsFloat>
Value reprWrapper(VM &vm, const CallArgs &a) {
    wrapperArgs(vm, a, IsFloat, "__repr__", 0);
    return vm.str(vm.repr(a[0]));
}

template <bool IsFloat>
Value formatMethod(VM &vm, const CallArgs &a) {
    const char *qual = IsFloat ? "float.__format__" : "int.__format__";
    if (a.size() == 0 || !(IsFloat ? a[0].isFloat() : big::isIntegral(a[0])))
        vm.raise(vm.exc.TypeError, std::string("descriptor '__format__' for '") + (IsFloat ? "float" : "int") +
                                       "' objects doesn't apply to a '" +
                                       (a.size() ? vm.typeName(a[0]) : std::string("NoneType")) + "' object");
    argck::oneArg(vm, a, qual);
    if (!a[1].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "__format__() argument must be str, not " + vm.typeName(a[1]));
    return vm.format(a[0], a[1].as<StrObject>()->s);
}

template <bool IsFloat, int... Ops>
void defBinary(VM &vm, TypeObject *t, std::integer_sequence<int, Ops...>) {
    (..., (kBinaryNames[Ops] != std::string_view("matmul")
               ? (vm.defMethod(t, std::string("__") + kBinaryNames[Ops] + "__", binaryWrapper<Ops, false, IsFloat>),
                  vm.defMethod(t, std::string("__r") + kBinaryNames[Ops] + "__", binaryWrapper<Ops, true, IsFloat>))
               : void()));
}

template <bool IsFloat, int... Ops>
void defCompare(VM &vm, TypeObject *t, std::integer_sequence<int, Ops...>) {
    (..., vm.defMethod(t, kCompareNames[Ops], compareWrapper<Ops, IsFloat>));
}

}  // namespace

void installNumberDunders(VM &vm, TypeObject *t, bool isFloat) {
    if (isFloat) {
        // Bit operators do not exist on floats.
        defBinary<true>(vm, t, std::integer_sequence<int, 0, 1, 2, 4, 5, 6, 12>{});
        defCompare<true>(vm, t, std::make_integer_sequence<int, 6>{});
        vm.defMethod(t, "__neg__", negWrapper<true>);
        vm.defMethod(t, "__bool__", boolWrapper<true>);
        vm.defMethod(t, "__hash__", hashWrapper<true>);
        vm.defMethod(t, "__repr__", reprWrapper<true>);
        vm.defMethod(t, "__format__", formatMethod<true>);
    } else {
        defBinary<false>(vm, t, std::make_integer_sequence<int, 13>{});
        defCompare<false>(vm, t, std::make_integer_sequence<int, 6>{});
        vm.defMethod(t, "__neg__", negWrapper<false>);
        vm.defMethod(t, "__invert__", invertWrapper);
        vm.defMethod(t, "__bool__", boolWrapper<false>);
        vm.defMethod(t, "__hash__", hashWrapper<false>);
        vm.defMethod(t, "__repr__", reprWrapper<false>);
        vm.defMethod(t, "__format__", formatMethod<false>);
    }
}

}  // namespace ls::interp::num

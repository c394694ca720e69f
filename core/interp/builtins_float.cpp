// float: protocols, constructor and methods. Arithmetic kernels are in
// builtins_numbers.cpp, text conversions in text/format_number.h.
// py: Objects/floatobject.c (3.11)
#include "builtins.h"
#include "bigint.h"
#include "builtins_scalar.h"
#include "text/format_spec.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cfloat>
#include <cmath>

namespace ls::interp {

using num::intOf;
using num::isIntLike;

namespace {

// --------------------------------------------------------------- protocols

std::string floatRepr(VM &, const Value &self) { return text::floatRepr(self.asFloat()); }

int64_t floatHash(VM &, const Value &self) { return num::hashFloat(self.asFloat()); }

bool compareDoubles(double a, double b, CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
    }
    return false;
}

CompareOp swapped(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
    }
}

// py: float_richcompare (ints compare exactly, not through a rounded double)
Value floatRichCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (a.isFloat() && b.isFloat()) return Value::boolean(compareDoubles(a.asFloat(), b.asFloat(), op));
    if (a.isFloat() && isIntLike(b))
        return Value::boolean(num::compareIntFloat(intOf(b), a.asFloat(), swapped(op)));
    if (isIntLike(a) && b.isFloat()) return Value::boolean(num::compareIntFloat(intOf(a), b.asFloat(), op));
    return vm.notImplemented();
}

Value floatBinarySlot(VM &vm, BinOp op, const Value &a, const Value &b) {
    if (!num::isNumber(a) || !num::isNumber(b)) return vm.notImplemented();
    Value r = num::floatBinary(vm, num::baseOp(op), num::toFloat(a), num::toFloat(b));
    return r.isNull() ? vm.notImplemented() : r;
}

Value floatNegative(VM &, const Value &v) { return Value::real(-v.asFloat()); }
Value floatPositive(VM &, const Value &v) { return v; }
bool floatTruthy(VM &, const Value &v) { return v.asFloat() != 0.0; }

Value floatFormat(VM &vm, const Value &self, std::string_view spec) {
    if (spec.empty()) return vm.str(text::floatRepr(self.asFloat()));
    text::TextError err;
    auto r = text::formatFloat(self.asFloat(), spec, &err);
    if (!r) num::raiseTextError(vm, err);
    return vm.str(std::move(*r));
}

// ------------------------------------------------------------ construction

// py: PyNumber_Float
Value numberToFloat(VM &vm, const Value &x) {
    if (x.isFloat()) return x;
    if (isIntLike(x)) return Value::real(static_cast<double>(intOf(x)));
    if (big::isBig(x)) return Value::real(big::toDouble(vm, x));
    if (x.is(Kind::Str)) {
        text::TextError err;
        auto d = text::parseFloat(x.as<StrObject>()->s, &err);
        if (!d) num::raiseTextError(vm, err);
        return Value::real(*d);
    }
    Value r = num::callSpecial(vm, x, "__float__");
    if (!r.isNull()) {
        if (!r.isFloat())
            vm.raise(vm.exc.TypeError,
                     vm.typeName(x) + ".__float__ returned non-float (type " + vm.typeName(r) + ")");
        return r;
    }
    if (!vm.typeOf(x)->lookup("__index__").isNull()) return Value::real(static_cast<double>(vm.index(x)));
    vm.raise(vm.exc.TypeError, "float() argument must be a string or a real number, not '" + vm.typeName(x) + "'");
}

// py: float_new_impl -- float(x=0.0, /)
Value floatNew(VM &vm, TypeObject *, const CallArgs &args) {
    if (!args.kw.empty()) vm.raise(vm.exc.TypeError, "float() takes no keyword arguments");
    if (args.size() > 1)
        vm.raise(vm.exc.TypeError, "float expected at most 1 argument, got " + std::to_string(args.size()));
    if (args.size() == 0) return Value::real(0.0);
    return numberToFloat(vm, args[0]);
}

// ----------------------------------------------------------------- methods

double selfFloat(VM &vm, const CallArgs &a, std::string_view name) {
    if (a.size() == 0 || !a[0].isFloat())
        vm.raise(vm.exc.TypeError, "descriptor '" + std::string(name) + "' for 'float' objects doesn't apply to a '" +
                                       (a.size() ? vm.typeName(a[0]) : std::string("NoneType")) + "' object");
    return a[0].asFloat();
}

// A METH_NOARGS method of float.
double noArgs(VM &vm, const CallArgs &a, std::string_view name) {
    double d = selfFloat(vm, a, name);
    argck::noArgs(vm, a, "float." + std::string(name));
    return d;
}

std::string_view calleeName(const CallArgs &a, std::string_view dflt) {
    return a.callee ? std::string_view(a.callee->name) : dflt;
}

Value floatSelf(VM &vm, const CallArgs &a) { return Value::real(noArgs(vm, a, calleeName(a, "conjugate"))); }
Value floatZero(VM &vm, const CallArgs &a) {
    noArgs(vm, a, "imag");
    return Value::real(0.0);
}
Value floatIsInteger(VM &vm, const CallArgs &a) {
    double d = noArgs(vm, a, "is_integer");
    return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}
Value floatTrunc(VM &vm, const CallArgs &a) {
    return num::floatToIntValue(vm, noArgs(vm, a, calleeName(a, "__trunc__")));
}
Value floatFloor(VM &vm, const CallArgs &a) {
    return num::floatToIntValue(vm, std::floor(noArgs(vm, a, "__floor__")));
}
Value floatCeil(VM &vm, const CallArgs &a) {
    return num::floatToIntValue(vm, std::ceil(noArgs(vm, a, "__ceil__")));
}
Value floatAbs(VM &vm, const CallArgs &a) { return Value::real(std::fabs(noArgs(vm, a, "__abs__"))); }
Value floatGetNewArgs(VM &vm, const CallArgs &a) { return vm.tuple({Value::real(noArgs(vm, a, "__getnewargs__"))}); }

// py: float___round___impl
Value floatRound(VM &vm, const CallArgs &a) {
    double x = selfFloat(vm, a, "__round__");
    argck::clinic(vm, a, "__round__", "float.__round__", 0, 1);
    if (a.size() < 2 || a[1].isNone()) return num::floatToIntValue(vm, text::pyRoundHalfEven(x));
    int64_t nd = vm.index(a[1]);
    bool overflow = false;
    double r = text::pyRound(x, nd, &overflow);
    if (overflow) vm.raise(vm.exc.OverflowError, std::string(text::kRoundOverflowMessage));
    return Value::real(r);
}

// py: float_as_integer_ratio_impl
Value floatAsIntegerRatio(VM &vm, const CallArgs &a) {
    double x = noArgs(vm, a, "as_integer_ratio");
    if (std::isinf(x)) vm.raise(vm.exc.OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) vm.raise(vm.exc.ValueError, "cannot convert NaN to integer ratio");
    int exponent;
    double m = std::frexp(x, &exponent);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
        m *= 2.0;
        --exponent;
    }
    Value numerator = num::floatToIntValue(vm, m);
    Value denominator = Value::integer(1);
    if (exponent > 0) numerator = big::binary(vm, BinOp::LShift, numerator, Value::integer(exponent));
    else denominator = big::binary(vm, BinOp::LShift, denominator, Value::integer(-exponent));
    return vm.tuple({numerator, denominator});
}

// py: float_hex
Value floatHex(VM &vm, const CallArgs &a) {
    double x = noArgs(vm, a, "hex");
    if (std::isnan(x) || std::isinf(x)) return vm.str(text::floatRepr(x));
    if (x == 0.0) return vm.str(std::copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
    static constexpr char digits[] = "0123456789abcdef";
    int e;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    std::string s;
    s += digits[static_cast<int>(m)];
    m -= static_cast<int>(m);
    s += '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        s += digits[static_cast<int>(m)];
        m -= static_cast<int>(m);
    }
    std::string out = x < 0.0 ? "-0x" : "0x";
    out += s + "p" + (e < 0 ? "-" : "+") + std::to_string(e < 0 ? -e : e);
    return vm.str(std::move(out));
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// py: float_fromhex (a classmethod): [sign] ['0x'] hexdigits ['.' hexdigits]
// ['p' [sign] decimal], or inf/nan; surrounding whitespace allowed.
Value floatFromhex(VM &vm, const CallArgs &a) {
    // args[0] is the class (classmethod).
    if (a.size() != 2 || !a.kw.empty())
        vm.raise(vm.exc.TypeError, "float.fromhex() takes exactly one argument (" +
                                       std::to_string(a.size() ? a.size() - 1 : 0) + " given)");
    if (!a[1].is(Kind::Str)) vm.raise(vm.exc.TypeError, "must be str, not " + vm.typeName(a[1]));
    std::string_view s = strs::text(a[1]);
    auto invalid = [&]() -> Value {
        vm.raise(vm.exc.ValueError, "invalid hexadecimal floating-point string");
    };
    size_t i = 0, n = s.size();
    while (i < n && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    while (n > i && std::isspace(static_cast<unsigned char>(s[n - 1]))) --n;
    s = s.substr(i, n - i);
    i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    std::string rest;
    for (char c : s.substr(i)) rest += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (rest == "inf" || rest == "infinity") return Value::real(negative ? -INFINITY : INFINITY);
    if (rest == "nan") return Value::real(negative ? -NAN : NAN);
    if (rest.starts_with("0x")) rest = rest.substr(2);
    // Up to 15 significant hex digits (60 bits) are kept exactly; later
    // non-zero digits only matter as a sticky bit for the final rounding.
    uint64_t mant = 0;
    bool sticky = false;
    int64_t exp = 0;
    size_t p = 0;
    bool any = false;
    int sig = 0;
    auto digit = [&](int d, bool fraction) {
        any = true;
        if (mant != 0 || d != 0) ++sig;
        if (sig <= 15) {
            mant = mant * 16 + static_cast<uint64_t>(d);
            if (fraction) exp -= 4;
        } else {
            sticky |= d != 0;
            if (!fraction) exp += 4;
        }
    };
    for (; p < rest.size() && hexDigit(rest[p]) >= 0; ++p) digit(hexDigit(rest[p]), false);
    if (p < rest.size() && rest[p] == '.')
        for (++p; p < rest.size() && hexDigit(rest[p]) >= 0; ++p) digit(hexDigit(rest[p]), true);
    if (!any) return invalid();
    if (p < rest.size() && rest[p] == 'p') {
        ++p;
        bool eneg = false;
        if (p < rest.size() && (rest[p] == '+' || rest[p] == '-')) eneg = rest[p++] == '-';
        if (p == rest.size() || rest[p] < '0' || rest[p] > '9') return invalid();
        int64_t e = 0;
        for (; p < rest.size() && rest[p] >= '0' && rest[p] <= '9'; ++p)
            e = std::min<int64_t>(e * 10 + (rest[p] - '0'), 100000);
        exp += eneg ? -e : e;
    }
    if (p != rest.size()) return invalid();
    int bits = mant ? 64 - std::countl_zero(mant) : 0;
    if (bits > 53) {  // round half to even, with the sticky bit
        int extra = bits - 53;
        uint64_t low = mant & ((uint64_t{1} << extra) - 1), half = uint64_t{1} << (extra - 1);
        mant >>= extra;
        exp += extra;
        if (low > half || (low == half && (sticky || (mant & 1)))) ++mant;
    }
    double r = std::ldexp(static_cast<double>(mant), static_cast<int>(std::clamp<int64_t>(exp, -200000, 200000)));
    if (std::isinf(r)) vm.raise(vm.exc.OverflowError, "hexadecimal value too large to represent as a float");
    return Value::real(negative ? -r : r);
}

void defProperty(VM &vm, TypeObject *t, std::string_view name, NativeFn fn) {
    auto *p = vm.make<PropertyObject>(vm.types.property);
    Value prop = Value::adopt(p);
    p->fget = vm.native(name, fn, t);
    vm.defAttr(t, name, prop);
}

}  // namespace

void installFloatType(VM &vm) {
    TypeObject *t = vm.types.float_;
    TypeSlots &s = t->slots;
    s.repr = floatRepr;
    s.hash = floatHash;
    s.richcompare = floatRichCompare;
    s.binary = floatBinarySlot;
    s.negative = floatNegative;
    s.positive = floatPositive;
    s.truthy = floatTruthy;
    s.format = floatFormat;
    t->newInstance = floatNew;

    vm.defMethod(t, "is_integer", floatIsInteger);
    vm.defMethod(t, "as_integer_ratio", floatAsIntegerRatio);
    vm.defMethod(t, "hex", floatHex);
    vm.defMethod(t, "conjugate", floatSelf);
    vm.defMethod(t, "__float__", floatSelf);
    vm.defMethod(t, "__pos__", floatSelf);
    vm.defMethod(t, "__int__", floatTrunc);
    vm.defMethod(t, "__trunc__", floatTrunc);
    vm.defMethod(t, "__floor__", floatFloor);
    vm.defMethod(t, "__ceil__", floatCeil);
    vm.defMethod(t, "__abs__", floatAbs);
    vm.defMethod(t, "__round__", floatRound);
    vm.defMethod(t, "__getnewargs__", floatGetNewArgs);
    vm.defAttr(t, "fromhex",
               Value::adopt(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod,
                                                         vm.native("fromhex", floatFromhex, t))));
    defProperty(vm, t, "real", floatSelf);
    defProperty(vm, t, "imag", floatZero);
    num::installNumberDunders(vm, t, true);
}

}  // namespace ls::interp

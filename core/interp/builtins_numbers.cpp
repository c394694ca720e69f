// Arithmetic kernels shared by int, float and the numeric builtins (see
// builtins_numbers.h). Each mirrors the CPython 3.11 function named beside
// it on int64 values; a result that does not fit (the __builtin_*_overflow
// checks) is recomputed as a big int (bigint.h).
#include "bigint.h"
#include "builtins_scalar.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ls::interp::num {

void raiseTextError(VM &vm, const text::TextError &err) {
    switch (err.kind) {
    case text::ErrorKind::TypeError: vm.raise(vm.exc.TypeError, err.message);
    case text::ErrorKind::OverflowError: vm.raise(vm.exc.OverflowError, err.message);
    case text::ErrorKind::KeyError: vm.raise(vm.exc.KeyError, err.message);
    default: vm.raise(vm.exc.ValueError, err.message);
    }
}

void raiseOverflow(VM &vm) {
    vm.raise(vm.exc.OverflowError,
             "integer overflow: result does not fit in 64 bits (LoopScope ints are 64-bit)");
}

std::pair<int64_t, int64_t> intDivmod(VM &vm, int64_t a, int64_t b) {
    if (b == 0) vm.raise(vm.exc.ZeroDivisionError, "integer division or modulo by zero");
    if (a == std::numeric_limits<int64_t>::min() && b == -1) raiseOverflow(vm);  // callers go big first
    int64_t q = a / b, r = a % b;
    // C truncates toward zero; Python floors: fix up when the signs differ.
    if (r != 0 && ((r < 0) != (b < 0))) { --q; r += b; }
    return {q, r};
}

Value intPow(VM &vm, int64_t a, int64_t b) {
    // py: Objects/longobject.c long_pow: a negative exponent means float pow.
    if (b < 0) return Value::real(floatPow(vm, static_cast<double>(a), static_cast<double>(b)));
    int64_t result = 1, base = a, e = b;
    while (e > 0) {
        if (e & 1) {
            if (__builtin_mul_overflow(result, base, &result)) return big::binary(vm, BinOp::Pow, Value::integer(a), Value::integer(b));
        }
        e >>= 1;
        // A base that no longer fits while bits remain makes the result
        // overflow too (|base| >= 2 here, and |result| >= 1).
        if (e > 0 && __builtin_mul_overflow(base, base, &base))
            return big::binary(vm, BinOp::Pow, Value::integer(a), Value::integer(b));
    }
    return Value::integer(result);
}

namespace {
int bitLength(unsigned __int128 v) {
    int n = 0;
    while (v) { ++n; v >>= 1; }
    return n;
}
}  // namespace

double intTrueDiv(VM &vm, int64_t a, int64_t b) {
    if (b == 0) vm.raise(vm.exc.ZeroDivisionError, "division by zero");
    constexpr int64_t kExact = int64_t{1} << 53;
    if (a >= -kExact && a <= kExact && b >= -kExact && b <= kExact)
        return static_cast<double>(a) / static_cast<double>(b);  // both exact: IEEE rounds once
    // py: long_true_divide: correctly rounded quotient of the exact values.
    bool negative = (a < 0) != (b < 0);
    unsigned __int128 ua = a < 0 ? -static_cast<unsigned __int128>(a) : static_cast<unsigned __int128>(a);
    unsigned __int128 ub = b < 0 ? -static_cast<unsigned __int128>(b) : static_cast<unsigned __int128>(b);
    if (ua == 0) return negative ? -0.0 : 0.0;
    // Scale the dividend so the quotient has at least 55 bits.
    int shift = std::max(0, 55 + bitLength(ub) - bitLength(ua));
    unsigned __int128 n = ua << shift;
    unsigned __int128 q = n / ub;
    bool sticky = n % ub != 0;
    int extra = bitLength(q) - 53;
    unsigned __int128 low = q & ((static_cast<unsigned __int128>(1) << extra) - 1);
    unsigned __int128 half = static_cast<unsigned __int128>(1) << (extra - 1);
    q >>= extra;
    if (low > half || (low == half && (sticky || (q & 1)))) ++q;
    double r = std::ldexp(static_cast<double>(static_cast<uint64_t>(q)), extra - shift);
    return negative ? -r : r;
}

Value intBinary(VM &vm, BinOp op, int64_t a, int64_t b) {
    int64_t r;
    auto grow = [&] { return big::binary(vm, op, Value::integer(a), Value::integer(b)); };
    switch (op) {
    case BinOp::Add:
        if (__builtin_add_overflow(a, b, &r)) return grow();
        return Value::integer(r);
    case BinOp::Sub:
        if (__builtin_sub_overflow(a, b, &r)) return grow();
        return Value::integer(r);
    case BinOp::Mul:
        if (__builtin_mul_overflow(a, b, &r)) return grow();
        return Value::integer(r);
    case BinOp::TrueDiv:
        return Value::real(intTrueDiv(vm, a, b));
    case BinOp::FloorDiv:
        if (a == std::numeric_limits<int64_t>::min() && b == -1) return grow();  // 2**63
        return Value::integer(intDivmod(vm, a, b).first);
    case BinOp::Mod:
        if (b == 0) vm.raise(vm.exc.ZeroDivisionError, "integer modulo by zero");
        if (b == -1) return Value::integer(0);  // avoids INT64_MIN % -1 trapping
        return Value::integer(intDivmod(vm, a, b).second);
    case BinOp::Pow:
        return intPow(vm, a, b);
    case BinOp::LShift:
        // py: long_lshift
        if (b < 0) vm.raise(vm.exc.ValueError, "negative shift count");
        if (a == 0) return Value::integer(0);
        if (b >= 64) return grow();
        r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
        if ((r >> b) != a) return grow();
        return Value::integer(r);
    case BinOp::RShift:
        if (b < 0) vm.raise(vm.exc.ValueError, "negative shift count");
        if (b >= 63) return Value::integer(a < 0 ? -1 : 0);
        return Value::integer(a >> b);  // arithmetic shift: floors, as Python
    case BinOp::And: return Value::integer(a & b);
    case BinOp::Or: return Value::integer(a | b);
    case BinOp::Xor: return Value::integer(a ^ b);
    default:
        return Value();
    }
}

std::pair<double, double> floatDivmod(VM &vm, double vx, double wx) {
    if (wx == 0.0) vm.raise(vm.exc.ZeroDivisionError, "float divmod()");
    // py: Objects/floatobject.c _float_div_mod
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    return {floordiv, mod};
}

namespace {
bool isOddInteger(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }
}  // namespace

double floatPow(VM &vm, double iv, double iw) {
    // py: Objects/floatobject.c float_pow (3.11), special cases first.
    if (iw == 0.0) return 1.0;
    if (std::isnan(iv)) return iv;
    if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        bool odd = isOddInteger(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = isOddInteger(iw);
        if (iw < 0.0) vm.raise(vm.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        // CPython returns a complex number here; LoopScope has none.
        if (iw != std::floor(iw)) vm.raise(vm.exc.ValueError, "complex numbers are not supported by LoopScope");
        iv = -iv;
        negate = isOddInteger(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) {
        // _Py_ADJUST_ERANGE1: an infinite result from finite operands
        vm.raise(vm.newException(vm.exc.OverflowError,
                                 std::vector<Value>{Value::integer(34), vm.str("Numerical result out of range")}));
    }
    return negate ? -ix : ix;
}

Value floatBinary(VM &vm, BinOp op, double a, double b) {
    switch (op) {
    case BinOp::Add: return Value::real(a + b);
    case BinOp::Sub: return Value::real(a - b);
    case BinOp::Mul: return Value::real(a * b);
    case BinOp::TrueDiv:
        if (b == 0.0) vm.raise(vm.exc.ZeroDivisionError, "float division by zero");
        return Value::real(a / b);
    case BinOp::FloorDiv:
        if (b == 0.0) vm.raise(vm.exc.ZeroDivisionError, "float floor division by zero");
        return Value::real(floatDivmod(vm, a, b).first);
    case BinOp::Mod: {
        // py: float_rem
        if (b == 0.0) vm.raise(vm.exc.ZeroDivisionError, "float modulo");
        double mod = std::fmod(a, b);
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = std::copysign(0.0, b);
        }
        return Value::real(mod);
    }
    case BinOp::Pow: return Value::real(floatPow(vm, a, b));
    default: return Value();
    }
}

int64_t floatToInt(VM &vm, double d) {
    if (std::isnan(d)) vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (t < -9223372036854775808.0 || t >= 9223372036854775808.0)
        vm.raise(vm.exc.OverflowError, "int too large to convert to int64");
    return static_cast<int64_t>(t);
}

Value floatToIntValue(VM &vm, double d) {
    if (std::isnan(d)) vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return Value::integer(static_cast<int64_t>(t));
    return big::fromDouble(vm, t);
}

bool compareIntFloat(int64_t i, double d, CompareOp op) {
    if (std::isnan(d)) return op == CompareOp::Ne;
    int c;  // sign of i - d, computed exactly
    constexpr int64_t kExact = int64_t{1} << 53;
    if (i >= -kExact && i <= kExact) {
        double di = static_cast<double>(i);
        c = di < d ? -1 : di > d ? 1 : 0;
    } else if (d >= 9223372036854775808.0) {
        c = -1;
    } else if (d < -9223372036854775808.0) {
        c = 1;
    } else {
        double t = std::trunc(d);
        auto ti = static_cast<int64_t>(t);
        double frac = d - t;
        if (i != ti) c = i < ti ? -1 : 1;
        else c = frac > 0 ? -1 : frac < 0 ? 1 : 0;
    }
    switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
    }
    return false;
}

namespace {
constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;
}  // namespace

int64_t hashInt(int64_t v) {
    uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    auto h = static_cast<int64_t>(mag % kHashModulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t hashFloat(double v) {
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
        return 0;  // CPython 3.10+ hashes NaN by identity; floats here have none
    }
    int e;
    double m = std::frexp(v, &e);
    int64_t sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    x = x * static_cast<uint64_t>(sign);
    if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
    return static_cast<int64_t>(x);
}

Value intRoundDigits(VM &vm, int64_t v, int64_t ndigits) {
    if (ndigits >= 0) return Value::integer(v);
    // py: long_round: v - divmod_near(v, 10**-ndigits)[1], half to even.
    if (ndigits < -38) return Value::integer(0);
    __int128 p = 1;
    for (int64_t i = 0; i < -ndigits; ++i) p *= 10;
    __int128 a = v;
    __int128 q = a / p, r = a % p;
    if (r < 0) { --q; r += p; }
    __int128 twice = 2 * r;
    if (twice > p || (twice == p && (q & 1))) ++q;
    __int128 result = q * p;
    if (result > std::numeric_limits<int64_t>::max() || result < std::numeric_limits<int64_t>::min())
        return big::roundDigits(vm, Value::integer(v), Value::integer(ndigits));
    return Value::integer(static_cast<int64_t>(result));
}

Value callSpecial(VM &vm, const Value &self, std::string_view name) {
    Value m = vm.typeOf(self)->lookup(name);
    if (m.isNull()) return Value();
    return vm.call(m, {self});
}

}  // namespace ls::interp::num

// Big-int arithmetic on GMP with CPython 3.11's results and errors. See
// bigint.h for the representation rule (inline when it fits int64).
#include "bigint.h"

#include "builtins_scalar.h"
#include "text/format_spec.h"
#include "vm.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace ls::interp::big {

namespace {

// An integral operand as mpz, without copying a big one.
class Operand {
public:
    explicit Operand(const Value &v) {
        if (v.is(Kind::BigInt)) {
            p_ = bigOf(v)->z;
        } else {
            mpz_set_si(tmp_.z, num::intOf(v));
            p_ = tmp_.z;
        }
    }
    mpz_srcptr get() const { return p_; }
    operator mpz_srcptr() const { return p_; }
    const __mpz_struct *operator->() const { return p_; }

private:
    Mpz tmp_;
    mpz_srcptr p_;
};

uint64_t bitsOf(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2); }

[[noreturn]] void raiseZeroDiv(VM &vm, const char *msg) { vm.raise(vm.exc.ZeroDivisionError, msg); }

uint64_t absU64(mpz_srcptr z) {
    // mpz_getlimbn(z, 0) is the low limb of |z| (limbs are 64-bit here).
    static_assert(sizeof(mp_limb_t) == 8);
    return mpz_sgn(z) == 0 ? 0 : static_cast<uint64_t>(mpz_getlimbn(z, 0));
}

// Digits of a power of ten needed for 10**n (for the size check).
uint64_t bitsForPow(uint64_t baseBits, uint64_t exp) {
    if (baseBits == 0 || exp == 0) return 1;
    if (exp > kMaxBits) return kMaxBits + 1;
    return (baseBits - 1) * exp + 1;
}

// py: long_pow without a modulus: a ** b for b >= 0.
Value powNonNegative(VM &vm, mpz_srcptr a, mpz_srcptr b) {
    // 0, 1 and -1 stay small for any exponent.
    if (mpz_cmp_si(a, 1) == 0 || mpz_sgn(b) == 0) return Value::integer(1);
    if (mpz_sgn(a) == 0) return Value::integer(0);
    if (mpz_cmp_si(a, -1) == 0) return Value::integer(mpz_odd_p(b) ? -1 : 1);
    if (!mpz_fits_ulong_p(b)) checkBits(vm, kMaxBits + 1);
    unsigned long e = mpz_get_ui(b);
    checkBits(vm, bitsForPow(bitsOf(a), e));
    Mpz r;
    mpz_pow_ui(r, a, e);
    return normalize(vm, r);
}

// py: long_true_divide: a / b correctly rounded, for b != 0.
double trueDivideMpz(VM &vm, mpz_srcptr a, mpz_srcptr b) {
    constexpr int kMantDig = std::numeric_limits<double>::digits;        // 53
    constexpr int kMaxExp = std::numeric_limits<double>::max_exponent;   // 1024
    constexpr int kMinExp = std::numeric_limits<double>::min_exponent;   // -1021
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return negative ? -0.0 : 0.0;
    Mpz aa, bb;
    mpz_abs(aa, a);
    mpz_abs(bb, b);
    // Both exactly representable: one IEEE division rounds correctly.
    if (bitsOf(aa) <= kMantDig && bitsOf(bb) <= kMantDig) {
        double r = mpz_get_d(aa) / mpz_get_d(bb);
        return negative ? -r : r;
    }
    int64_t diff = static_cast<int64_t>(bitsOf(aa)) - static_cast<int64_t>(bitsOf(bb));
    if (diff > kMaxExp) vm.raise(vm.exc.OverflowError, "integer division result too large for a float");
    if (diff < kMinExp - kMantDig - 1) return negative ? -0.0 : 0.0;
    // Scale so the quotient keeps DBL_MANT_DIG + 2 or 3 bits.
    int64_t shift = std::max<int64_t>(diff, kMinExp) - kMantDig - 2;
    bool inexact = false;
    Mpz x;
    if (shift <= 0) {
        mpz_mul_2exp(x, aa, static_cast<mp_bitcnt_t>(-shift));
    } else {
        mpz_tdiv_q_2exp(x, aa, static_cast<mp_bitcnt_t>(shift));
        inexact = mpz_scan1(aa, 0) < static_cast<mp_bitcnt_t>(shift);
    }
    Mpz q, r;
    mpz_tdiv_qr(q, r, x, bb);
    if (mpz_sgn(r) != 0) inexact = true;
    int64_t xBits = static_cast<int64_t>(bitsOf(q));
    int64_t extra = std::max<int64_t>(xBits, kMinExp - shift) - kMantDig;
    // Round half to even on the low `extra` bits, the sticky bit included.
    uint64_t low = mpz_getlimbn(q, 0);
    uint64_t mask = uint64_t{1} << (extra - 1);
    // The test reads the lowest kept bit too (ties go to even).
    uint64_t lowBits = low | (inexact ? 1 : 0);
    Mpz rounded;
    mpz_tdiv_q_2exp(rounded, q, static_cast<mp_bitcnt_t>(extra));
    if ((lowBits & mask) && (lowBits & (3 * mask - 1))) mpz_add_ui(rounded, rounded, 1);
    double dx = mpz_get_d(rounded);  // at most 54 bits: exact
    int64_t exp = shift + extra;
    if (exp + static_cast<int64_t>(bitsOf(rounded)) > kMaxExp)
        vm.raise(vm.exc.OverflowError, "integer division result too large for a float");
    double result = std::ldexp(dx, static_cast<int>(exp));
    return negative ? -result : result;
}

}  // namespace

Value index(VM &vm, const Value &v) {
    if (v.isBool()) return Value::integer(v.asBool());
    if (isIntegral(v)) return v;
    TypeObject *t = vm.typeOf(v);
    if (t->isHeapType && !t->lookup("__index__").isNull()) {
        Value r = vm.callMethod(v, "__index__", {});
        if (isIntegral(r)) return r.isBool() ? Value::integer(r.asBool()) : r;
    }
    return Value::integer(vm.index(v));  // its TypeError
}

void load(const Value &v, mpz_t out) {
    if (v.is(Kind::BigInt)) mpz_set(out, bigOf(v)->z);
    else mpz_set_si(out, num::intOf(v));
}

Value normalize(VM &vm, const mpz_t v) {
    if (mpz_fits_slong_p(v)) return Value::integer(mpz_get_si(v));
    auto *o = vm.make<BigIntObject>(vm.types.int_);
    mpz_set(o->z, v);
    return Value::adopt(o);
}

void checkBits(VM &vm, uint64_t bits) {
    if (bits > kMaxBits)
        vm.raise(vm.exc.MemoryError, "int result too large: LoopScope's ints are limited to " +
                                         std::to_string(kMaxBits) + " bits (32 MiB)");
}

Value binary(VM &vm, BinOp op, const Value &av, const Value &bv) {
    Operand a(av), b(bv);
    Mpz r;
    switch (op) {
    case BinOp::Add: mpz_add(r, a, b); break;
    case BinOp::Sub: mpz_sub(r, a, b); break;
    case BinOp::Mul:
        checkBits(vm, bitsOf(a) + bitsOf(b) > 0 ? bitsOf(a) + bitsOf(b) - 1 : 0);
        mpz_mul(r, a, b);
        break;
    case BinOp::TrueDiv:
        if (mpz_sgn(b) == 0) raiseZeroDiv(vm, "division by zero");
        return Value::real(trueDivideMpz(vm, a, b));
    case BinOp::FloorDiv:
        if (mpz_sgn(b) == 0) raiseZeroDiv(vm, "integer division or modulo by zero");
        mpz_fdiv_q(r, a, b);
        break;
    case BinOp::Mod:
        if (mpz_sgn(b) == 0) raiseZeroDiv(vm, "integer modulo by zero");
        mpz_fdiv_r(r, a, b);
        break;
    case BinOp::Pow:
        if (mpz_sgn(b) < 0) {
            // py: long_pow: a negative exponent is float pow.
            return Value::real(num::floatPow(vm, toDouble(vm, av), toDouble(vm, bv)));
        }
        return powNonNegative(vm, a, b);
    case BinOp::LShift: {
        if (mpz_sgn(b) < 0) vm.raise(vm.exc.ValueError, "negative shift count");
        if (mpz_sgn(a) == 0) return Value::integer(0);
        if (!mpz_fits_ulong_p(b)) checkBits(vm, kMaxBits + 1);
        unsigned long n = mpz_get_ui(b);
        checkBits(vm, bitsOf(a) + n);
        mpz_mul_2exp(r, a, n);
        break;
    }
    case BinOp::RShift: {
        if (mpz_sgn(b) < 0) vm.raise(vm.exc.ValueError, "negative shift count");
        if (!mpz_fits_ulong_p(b) || mpz_get_ui(b) >= bitsOf(a)) return Value::integer(mpz_sgn(a) < 0 ? -1 : 0);
        mpz_fdiv_q_2exp(r, a, mpz_get_ui(b));  // floors, as Python's >>
        break;
    }
    case BinOp::And: mpz_and(r, a, b); break;  // two's complement semantics
    case BinOp::Or: mpz_ior(r, a, b); break;
    case BinOp::Xor: mpz_xor(r, a, b); break;
    default: return Value();
    }
    return normalize(vm, r);
}

std::pair<Value, Value> divmod(VM &vm, const Value &av, const Value &bv) {
    Operand a(av), b(bv);
    if (mpz_sgn(b) == 0) raiseZeroDiv(vm, "integer division or modulo by zero");
    Mpz q, r;
    mpz_fdiv_qr(q, r, a, b);
    return {normalize(vm, q), normalize(vm, r)};
}

Value powMod(VM &vm, const Value &av, const Value &bv, const Value &mv) {
    Operand a(av), b(bv), m(mv);
    if (mpz_sgn(m) == 0) vm.raise(vm.exc.ValueError, "pow() 3rd argument cannot be 0");
    Mpz mod, base, r;
    mpz_abs(mod, m);
    mpz_mod(base, a, mod);
    if (mpz_sgn(b) < 0) {
        // A negative exponent inverts the base first (py: long_invmod).
        if (mpz_cmp_ui(mod, 1) == 0) return Value::integer(0);
        if (!mpz_invert(base, base, mod)) vm.raise(vm.exc.ValueError, "base is not invertible for the given modulus");
        Mpz e;
        mpz_neg(e, b);
        mpz_powm(r, base, e, mod);
    } else {
        mpz_powm(r, base, b, mod);
    }
    // The result has the sign of the modulus.
    if (mpz_sgn(m) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
    return normalize(vm, r);
}

Value negate(VM &vm, const Value &v) {
    Mpz r;
    load(v, r);
    mpz_neg(r, r);
    return normalize(vm, r);
}

Value invert(VM &vm, const Value &v) {
    Mpz r;
    load(v, r);
    mpz_com(r, r);
    return normalize(vm, r);
}

Value absolute(VM &vm, const Value &v) {
    Mpz r;
    load(v, r);
    mpz_abs(r, r);
    return normalize(vm, r);
}

int compare(const Value &av, const Value &bv) {
    Operand a(av), b(bv);
    int c = mpz_cmp(a, b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool compareFloat(const Value &iv, double d, CompareOp op) {
    if (std::isnan(d)) return op == CompareOp::Ne;
    Operand i(iv);
    int c = mpz_cmp_d(i, d);  // exact, infinities included
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

int64_t hash(const Value &v) {
    if (!v.is(Kind::BigInt)) return num::hashInt(num::intOf(v));
    constexpr unsigned long kModulus = (1UL << 61) - 1;
    mpz_srcptr z = bigOf(v)->z;
    auto h = static_cast<int64_t>(mpz_tdiv_ui(z, kModulus));  // of |z|
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

int64_t bitLength(const Value &v) {
    Operand a(v);
    return static_cast<int64_t>(bitsOf(a));
}

int64_t bitCount(const Value &v) {
    Mpz a;
    load(v, a);
    mpz_abs(a, a);
    return static_cast<int64_t>(mpz_popcount(a));
}

int sign(const Value &v) {
    Operand a(v);
    return mpz_sgn(a.get());
}

double frexp(const Value &v, int64_t &exponent) {
    // py: _PyLong_Frexp: |v| = m * 2**e, m in [0.5, 1) rounded half to even
    // to 53 bits (a round-up to 1.0 carries into e).
    Operand a(v);
    mpz_srcptr z = a;
    uint64_t bits = bitsOf(z);
    if (bits == 0) { exponent = 0; return 0.0; }
    constexpr uint64_t kKeep = 55;  // 53 bits + round bit + sticky bit
    uint64_t t;
    int64_t exp;
    if (bits <= 53) {
        t = absU64(z);
        exp = 0;
    } else {
        Mpz top;
        mpz_abs(top, z);
        uint64_t shift = bits > kKeep ? bits - kKeep : 0;
        bool sticky = shift > 0 && mpz_scan1(top, 0) < shift;
        mpz_tdiv_q_2exp(top, top, shift);
        t = absU64(top) | (sticky ? 1 : 0);
        int drop = static_cast<int>(bits - shift) - 53;  // 1 or 2 low bits to round off
        uint64_t half = uint64_t{1} << (drop - 1), low = t & ((uint64_t{1} << drop) - 1);
        t >>= drop;
        if (low > half || (low == half && (t & 1))) ++t;
        exp = static_cast<int64_t>(shift) + drop;
    }
    int tBits = 64 - __builtin_clzll(t);
    exponent = exp + tBits;
    double m = std::ldexp(static_cast<double>(t), -tBits);
    return mpz_sgn(z) < 0 ? -m : m;
}

double toDouble(VM &vm, const Value &v) {
    if (!v.is(Kind::BigInt)) return static_cast<double>(num::intOf(v));
    // py: PyLong_AsDouble: correctly rounded (half to even).
    int64_t e;
    double m = frexp(v, e);
    if (e > 1024) vm.raise(vm.exc.OverflowError, "int too large to convert to float");
    return std::ldexp(m, static_cast<int>(e));
}

Value fromDouble(VM &vm, double d) {
    Mpz r;
    mpz_set_d(r, std::trunc(d));  // exact for an integral double
    return normalize(vm, r);
}

double trueDivide(VM &vm, const Value &a, const Value &b) {
    Operand x(a), y(b);
    if (mpz_sgn(y.get()) == 0) raiseZeroDiv(vm, "division by zero");
    return trueDivideMpz(vm, x, y);
}

Value roundDigits(VM &vm, const Value &v, const Value &ndigitsValue) {
    // py: long_round: v - divmod_near(v, 10**-ndigits)[1]
    Operand nd(ndigitsValue);
    if (mpz_sgn(nd.get()) >= 0) return v.isBool() ? Value::integer(num::intOf(v)) : v;
    Operand a(v);
    // 10**n with n beyond the digits of v (plus one) rounds to 0.
    Mpz n;
    mpz_neg(n, nd);
    if (mpz_cmp_ui(n, mpz_sizeinbase(a, 10) + 1) > 0) return Value::integer(0);
    Mpz p, q, r, twice;
    mpz_ui_pow_ui(p, 10, mpz_get_ui(n));
    mpz_fdiv_qr(q, r, a, p);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    return normalize(vm, q);
}

namespace {

[[noreturn]] void raiseStrDigits(VM &vm) {
    vm.raise(vm.exc.ValueError, "Exceeds the limit (" + std::to_string(kMaxStrDigits) +
                                    " digits) for integer string conversion; use sys.set_int_max_str_digits() "
                                    "to increase the limit");
}

// Decimal digits of |v|, with CPython's limit (py: long_to_decimal_string_internal:
// a size pre-check on 30-bit digits, then the exact digit count).
std::string decimalMagnitude(VM &vm, mpz_srcptr z) {
    uint64_t digits30 = (bitsOf(z) + 29) / 30;
    if (digits30 >= 10 * kMaxStrDigits / (3 * 30) + 2) raiseStrDigits(vm);
    Mpz a;
    mpz_abs(a, z);
    std::string s(mpz_sizeinbase(a, 10) + 1, '\0');
    mpz_get_str(s.data(), 10, a);
    s.resize(std::strlen(s.c_str()));
    if (s.size() > static_cast<size_t>(kMaxStrDigits)) raiseStrDigits(vm);
    return s;
}

}  // namespace

std::string toDecimal(VM &vm, const Value &v) {
    if (!v.is(Kind::BigInt)) return std::to_string(num::intOf(v));
    mpz_srcptr z = bigOf(v)->z;
    std::string s = decimalMagnitude(vm, z);
    return mpz_sgn(z) < 0 ? "-" + s : s;
}

std::string magnitudeDigits(const Value &v, int base) {
    Mpz a;
    load(v, a);
    mpz_abs(a, a);
    std::string s(mpz_sizeinbase(a, base) + 1, '\0');
    mpz_get_str(s.data(), base, a);
    s.resize(std::strlen(s.c_str()));
    return s;
}

std::string format(VM &vm, const Value &v, const text::FormatSpec &spec) {
    text::TextError err;
    std::optional<std::string> r;
    bool isFloatType = spec.type == 'e' || spec.type == 'E' || spec.type == 'f' || spec.type == 'F' ||
                       spec.type == 'g' || spec.type == 'G' || spec.type == '%';
    if (isFloatType) {
        r = text::formatFloat(toDouble(vm, v), spec, &err, vm.typeName(v));
    } else {
        int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8 : (spec.type == 'x' || spec.type == 'X') ? 16 : 10;
        Operand a(v);
        std::string digits = base == 10 ? decimalMagnitude(vm, a) : magnitudeDigits(v, base);
        r = text::formatBigIntDigits(mpz_sgn(a.get()) < 0, digits, spec, &err, vm.typeName(v));
    }
    if (!r) num::raiseTextError(vm, err);
    return std::move(*r);
}

Value fromDigits(VM &vm, bool negative, const std::string &digits, int base) {
    Mpz r;
    if (mpz_set_str(r, digits.c_str(), base) != 0) vm.raise(vm.exc.ValueError, "invalid digits for int()");
    if (negative) mpz_neg(r, r);
    return normalize(vm, r);
}

std::optional<std::string> toBytes(const Value &v, int64_t length, bool isSigned) {
    Mpz a;
    load(v, a);
    if (length < 0) return std::nullopt;
    // Two's complement of a negative value: a + 256**length.
    if (mpz_sgn(a) < 0) {
        Mpz m;
        mpz_ui_pow_ui(m, 256, static_cast<unsigned long>(length));
        // Fits a signed field when a >= -(256**length)/2.
        Mpz half;
        mpz_tdiv_q_2exp(half, m, 1);
        mpz_neg(half, half);
        if (!isSigned || mpz_cmp(a, half) < 0) return std::nullopt;
        mpz_add(a, a, m);
    } else {
        uint64_t bits = bitsOf(a) + (isSigned ? 1 : 0);
        if (bits > static_cast<uint64_t>(length) * 8) return std::nullopt;
    }
    std::string out(static_cast<size_t>(length), '\0');
    size_t count = 0;
    std::string raw(mpz_sizeinbase(a, 256) + 1, '\0');
    mpz_export(raw.data(), &count, 1, 1, 1, 0, a);
    raw.resize(count);
    if (raw.size() > out.size()) return std::nullopt;
    std::copy(raw.begin(), raw.end(), out.end() - static_cast<std::ptrdiff_t>(raw.size()));
    return out;
}

Value fromBytes(VM &vm, const std::string &bigEndian, bool isSigned) {
    Mpz r;
    if (!bigEndian.empty()) mpz_import(r, bigEndian.size(), 1, 1, 1, 0, bigEndian.data());
    if (isSigned && !bigEndian.empty() && (static_cast<unsigned char>(bigEndian[0]) & 0x80)) {
        Mpz m;
        mpz_ui_pow_ui(m, 256, bigEndian.size());
        mpz_sub(r, r, m);
    }
    return normalize(vm, r);
}

}  // namespace ls::interp::big

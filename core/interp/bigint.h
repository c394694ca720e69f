// Python ints beyond int64. An int lives inline in Value while it fits in
// int64 (the fast path); a result that does not fit becomes a BigIntObject
// (GMP's mpz_t) whose Python type is still `int`. Every function here returns
// values normalised the same way: a result that fits int64 goes back inline,
// so `==`, hash() and dict keys never see two representations of one number.
//
// The int type's slots (builtins_int.cpp) and the int64 kernels
// (builtins_numbers.cpp) hand over to these functions when an operand is big
// or an int64 result would overflow.
// py: Objects/longobject.c (3.11)
#pragma once

#include "objects.h"
#include "opcodes.h"

#include <gmp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ls::text { struct FormatSpec; }

namespace ls::interp {

// An int that does not fit in int64. Never holds a value that fits (see
// big::normalize); immutable once handed out, like every Python int.
struct BigIntObject : Object {
    mpz_t z;
    explicit BigIntObject(TypeObject *t) : Object(Kind::BigInt, t) { mpz_init(z); }
    ~BigIntObject() override { mpz_clear(z); }
    // Checkpoints (vm_clone.h): a copy of the digits; it holds no references.
    Object *cloneShell() const override { return new BigIntObject(*this); }

private:
    BigIntObject(const BigIntObject &o) : Object(o) { mpz_init_set(z, o.z); }
};

namespace big {

// An owned mpz_t for temporaries.
struct Mpz {
    mpz_t z;
    Mpz() { mpz_init(z); }
    explicit Mpz(int64_t v) { mpz_init_set_si(z, v); }
    ~Mpz() { mpz_clear(z); }
    Mpz(const Mpz &) = delete;
    Mpz &operator=(const Mpz &) = delete;
    operator mpz_ptr() { return z; }
    operator mpz_srcptr() const { return z; }
    // For GMP's macros (mpz_sgn, mpz_odd_p), which dereference their argument.
    __mpz_struct *operator->() { return z; }
    const __mpz_struct *operator->() const { return z; }
};

// CPython's sys.get_int_max_str_digits() default.
inline constexpr int kMaxStrDigits = 4300;
// The largest int LoopScope builds, in bits (32 MiB): larger results raise
// MemoryError before GMP starts, so 10**(10**9) fails at once instead of
// running for minutes or exhausting the process.
inline constexpr uint64_t kMaxBits = uint64_t{1} << 28;

inline bool isBig(const Value &v) { return v.is(Kind::BigInt); }
// int, bool or a big int.
inline bool isIntegral(const Value &v) { return v.isInt() || v.isBool() || v.is(Kind::BigInt); }
inline const BigIntObject *bigOf(const Value &v) { return v.as<BigIntObject>(); }

// py: PyNumber_Index: an int (bool -> 0/1), a big int, or what a class's
// __index__ returns; TypeError otherwise.
Value index(VM &vm, const Value &v);
// Copies an integral value into out.
void load(const Value &v, mpz_t out);
// out as a Python int: inline when it fits int64, else a new BigIntObject.
Value normalize(VM &vm, const mpz_t v);
// MemoryError when a result of `bits` bits would exceed kMaxBits.
void checkBits(VM &vm, uint64_t bits);

// a op b for integral a and b (op not in-place); Null for @. Used for every
// big operand and for int64 results that overflow.
Value binary(VM &vm, BinOp op, const Value &a, const Value &b);
// pow(a, b, m) for integral operands (py: long_pow with a modulus).
Value powMod(VM &vm, const Value &a, const Value &b, const Value &m);
// divmod(a, b) for integral operands.
std::pair<Value, Value> divmod(VM &vm, const Value &a, const Value &b);
Value negate(VM &vm, const Value &v);
Value invert(VM &vm, const Value &v);
Value absolute(VM &vm, const Value &v);

// Sign of a - b for integral a and b.
int compare(const Value &a, const Value &b);
// Exact comparison of an integral value with a float (float_richcompare).
bool compareFloat(const Value &i, double d, CompareOp op);
// py: long_hash: modulo 2**61 - 1, as num::hashInt for int64 values.
int64_t hash(const Value &v);
int64_t bitLength(const Value &v);
int64_t bitCount(const Value &v);
int sign(const Value &v);

// float(v), correctly rounded: OverflowError "int too large to convert to
// float".
double toDouble(VM &vm, const Value &v);
// |v| = m * 2**e with m in [0.5, 1) correctly rounded, sign of v (0 -> 0.0,
// e 0); py: _PyLong_Frexp (math.log of huge ints).
double frexp(const Value &v, int64_t &exponent);
// int(d) for a finite float of any size (truncates).
Value fromDouble(VM &vm, double d);
// a / b correctly rounded (py: long_true_divide).
double trueDivide(VM &vm, const Value &a, const Value &b);
// round(v, ndigits) for ndigits < 0: half to even (py: long_round).
Value roundDigits(VM &vm, const Value &v, const Value &ndigits);

// str(v) in base 10: ValueError past the 4300-digit limit, as CPython.
std::string toDecimal(VM &vm, const Value &v);
// Magnitude digits in base 2, 8 or 16 (lower case), no prefix or sign.
std::string magnitudeDigits(const Value &v, int base);
// format(v, spec) for a big int (int.__format__).
std::string format(VM &vm, const Value &v, const text::FormatSpec &spec);
// A validated literal's digits (text::parseIntLiteral) as an int.
Value fromDigits(VM &vm, bool negative, const std::string &digits, int base);

// to_bytes / from_bytes for values of any size (builtins_int.cpp checks
// the arguments). Bytes are most significant first.
std::optional<std::string> toBytes(const Value &v, int64_t length, bool isSigned);
Value fromBytes(VM &vm, const std::string &bigEndian, bool isSigned);

}  // namespace big
}  // namespace ls::interp

// The numeric and text builtin functions: abs round divmod pow chr ord
// format bin hex oct ascii repr hash.
// py: Python/bltinmodule.c (3.11), with Objects/abstract.c for the
// protocol fallbacks (__abs__, __round__, __divmod__, __pow__).
#include "bigint.h"
#include "builtins.h"
#include "builtins_scalar.h"
#include "text/unicode.h"

#include <cmath>
#include <limits>

namespace ls::interp {

using num::intOf;
using num::isIntLike;

namespace {

// A special method of a script class, looked up on its type; Null if absent.
Value special(VM &vm, const Value &v, std::string_view name) { return vm.typeOf(v)->lookup(name); }

Value builtinAbs(VM &vm, const CallArgs &a) {
    argck::oneArg(vm, a, "abs", 0);
    const Value &x = a[0];
    if (isIntLike(x) && intOf(x) != std::numeric_limits<int64_t>::min()) {
        int64_t i = intOf(x);
        return Value::integer(i < 0 ? -i : i);
    }
    if (big::isIntegral(x)) return big::absolute(vm, x);
    if (x.isFloat()) return Value::real(std::fabs(x.asFloat()));
    Value m = special(vm, x, "__abs__");
    if (m.isNull()) vm.raise(vm.exc.TypeError, "bad operand type for abs(): '" + vm.typeName(x) + "'");
    return vm.call(m, {x});
}

// py: builtin_round_impl -- round(number, ndigits=None)
Value builtinRound(VM &vm, const CallArgs &a) {
    Value b[2];
    argck::bind(vm, a, "round", {"number", "ndigits"}, 1, b, 0);
    bool noDigits = b[1].isNull() || b[1].isNone();
    const Value &x = b[0];
    if (isIntLike(x)) {
        if (noDigits) return Value::integer(intOf(x));
        if (isIntLike(b[1])) return num::intRoundDigits(vm, intOf(x), intOf(b[1]));
    }
    if (big::isIntegral(x)) {
        if (noDigits) return x;
        if (!big::isIntegral(b[1])) vm.index(b[1]);  // TypeError for a non-integer
        return big::roundDigits(vm, x, b[1]);
    }
    Value m = special(vm, x, "__round__");
    if (m.isNull()) vm.raise(vm.exc.TypeError, "type " + vm.typeName(x) + " doesn't define __round__ method");
    if (noDigits) return vm.call(m, {x});
    return vm.call(m, {x, b[1]});
}

// py: PyNumber_Divmod: int and float directly, then __divmod__ /
// __rdivmod__ of script classes.
Value builtinDivmod(VM &vm, const CallArgs &a) {
    argck::clinic(vm, a, "divmod", "divmod", 2, 2, 0);
    const Value &x = a[0], &y = a[1];
    if (isIntLike(x) && isIntLike(y) && !(intOf(x) == std::numeric_limits<int64_t>::min() && intOf(y) == -1)) {
        auto [q, r] = num::intDivmod(vm, intOf(x), intOf(y));
        return vm.tuple({Value::integer(q), Value::integer(r)});
    }
    if (big::isIntegral(x) && big::isIntegral(y)) {
        auto [q, r] = big::divmod(vm, x, y);
        return vm.tuple({q, r});
    }
    if ((num::isNumber(x) || big::isBig(x)) && (num::isNumber(y) || big::isBig(y))) {
        double fx = x.isFloat() ? x.asFloat() : big::toDouble(vm, x);
        double fy = y.isFloat() ? y.asFloat() : big::toDouble(vm, y);
        auto [q, r] = num::floatDivmod(vm, fx, fy);
        return vm.tuple({Value::real(q), Value::real(r)});
    }
    Value m = special(vm, x, "__divmod__");
    if (!m.isNull()) {
        Value r = vm.call(m, {x, y});
        if (!r.identical(vm.notImplemented())) return r;
    }
    m = special(vm, y, "__rdivmod__");
    if (!m.isNull()) {
        Value r = vm.call(m, {y, x});
        if (!r.identical(vm.notImplemented())) return r;
    }
    vm.raise(vm.exc.TypeError,
             "unsupported operand type(s) for divmod(): '" + vm.typeName(x) + "' and '" + vm.typeName(y) + "'");
}

// Modular inverse of a modulo m (m > 1) by extended Euclid; false if none.
bool modInverse(__int128 a, __int128 m, __int128 &inv) {
    __int128 r0 = m, r1 = ((a % m) + m) % m, t0 = 0, t1 = 1;
    while (r1 != 0) {
        __int128 q = r0 / r1;
        __int128 r2 = r0 - q * r1;
        r0 = r1;
        r1 = r2;
        __int128 t2 = t0 - q * t1;
        t0 = t1;
        t1 = t2;
    }
    if (r0 != 1) return false;
    inv = ((t0 % m) + m) % m;
    return true;
}

// py: long_pow with a modulus: the result has the sign of the modulus.
Value intPowMod(VM &vm, int64_t base, int64_t exp, int64_t mod) {
    if (mod == 0) vm.raise(vm.exc.ValueError, "pow() 3rd argument cannot be 0");
    __int128 m = mod < 0 ? -static_cast<__int128>(mod) : mod;
    __int128 b = ((static_cast<__int128>(base) % m) + m) % m;
    __int128 e = exp;
    if (e < 0) {
        __int128 inv = 0;
        if (m == 1) {
            b = 0;
        } else if (!modInverse(b, m, inv)) {
            vm.raise(vm.exc.ValueError, "base is not invertible for the given modulus");
        }
        b = inv;
        e = -e;
    }
    __int128 r = 1 % m;
    while (e > 0) {
        if (e & 1) r = r * b % m;
        b = b * b % m;
        e >>= 1;
    }
    if (mod < 0 && r != 0) r -= m;
    return Value::integer(static_cast<int64_t>(r));
}

// py: builtin_pow_impl -- pow(base, exp, mod=None)
Value builtinPow(VM &vm, const CallArgs &a) {
    Value b[3];
    argck::bind(vm, a, "pow", {"base", "exp", "mod"}, 2, b, 0);
    const Value &x = b[0], &y = b[1], &z = b[2];
    if (z.isNull() || z.isNone()) return vm.binaryOp(BinOp::Pow, x, y);
    if (isIntLike(x) && isIntLike(y) && isIntLike(z)) return intPowMod(vm, intOf(x), intOf(y), intOf(z));
    if (big::isIntegral(x) && big::isIntegral(y) && big::isIntegral(z)) return big::powMod(vm, x, y, z);
    auto numeric = [](const Value &v) { return num::isNumber(v) || big::isBig(v); };
    if (numeric(x) && numeric(y) && numeric(z))
        vm.raise(vm.exc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    // py: ternary_op: a script class's __pow__(exp, mod), else the error.
    Value m = special(vm, x, "__pow__");
    if (!m.isNull() && vm.typeOf(x)->isHeapType) {
        Value r = vm.call(m, {x, y, z});
        if (!r.identical(vm.notImplemented())) return r;
    }
    vm.raise(vm.exc.TypeError, "unsupported operand type(s) for ** or pow(): '" + vm.typeName(x) + "', '" +
                                   vm.typeName(y) + "', '" + vm.typeName(z) + "'");
}

Value builtinChr(VM &vm, const CallArgs &a) {
    argck::oneArg(vm, a, "chr", 0);
    int64_t i = vm.index(a[0]);
    if (i < 0 || i > 0x10FFFF) vm.raise(vm.exc.ValueError, "chr() arg not in range(0x110000)");
    std::string s;
    text::appendUtf8(s, static_cast<char32_t>(i));
    return strs::character(vm, s);
}

Value builtinOrd(VM &vm, const CallArgs &a) {
    argck::oneArg(vm, a, "ord", 0);
    if (!a[0].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "ord() expected string of length 1, but " + vm.typeName(a[0]) + " found");
    const StrObject *s = a[0].as<StrObject>();
    if (s->length() != 1)
        vm.raise(vm.exc.TypeError,
                 "ord() expected a character, but string of length " + std::to_string(s->length()) + " found");
    size_t p = 0;
    return Value::integer(text::decodeUtf8At(s->s, p));
}

// py: builtin_format_impl -- format(value, format_spec='', /)
Value builtinFormat(VM &vm, const CallArgs &a) {
    argck::clinic(vm, a, "format", "format", 1, 2, 0);
    std::string_view spec;
    if (a.size() > 1) {
        if (!a[1].is(Kind::Str))
            vm.raise(vm.exc.TypeError, "format() argument 2 must be str, not " + vm.typeName(a[1]));
        spec = strs::text(a[1]);
    }
    return vm.format(a[0], spec);
}

// bin/oct/hex: py: PyNumber_ToBase ("-0x1f" for negatives).
Value toBase(VM &vm, const CallArgs &a, const char *name, int bits, const char *prefix) {
    argck::oneArg(vm, a, name, 0);
    Value i = big::index(vm, a[0]);
    if (big::isBig(i)) {
        std::string out = big::sign(i) < 0 ? "-" : "";
        return vm.str(out + prefix + big::magnitudeDigits(i, 1 << bits));
    }
    int64_t v = i.asInt();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    std::string digits;
    do {
        digits += "0123456789abcdef"[m & ((1u << bits) - 1)];
        m >>= bits;
    } while (m);
    std::string out = v < 0 ? "-" : "";
    out += prefix;
    out.append(digits.rbegin(), digits.rend());
    return vm.str(std::move(out));
}
Value builtinBin(VM &vm, const CallArgs &a) { return toBase(vm, a, "bin", 1, "0b"); }
Value builtinOct(VM &vm, const CallArgs &a) { return toBase(vm, a, "oct", 3, "0o"); }
Value builtinHex(VM &vm, const CallArgs &a) { return toBase(vm, a, "hex", 4, "0x"); }

Value builtinAscii(VM &vm, const CallArgs &a) {
    argck::oneArg(vm, a, "ascii", 0);
    return vm.str(strs::asciiRepr(vm, a[0]));
}

Value builtinRepr(VM &vm, const CallArgs &a) {
    argck::oneArg(vm, a, "repr", 0);
    return vm.str(vm.repr(a[0]));
}

Value builtinHash(VM &vm, const CallArgs &a) {
    argck::oneArg(vm, a, "hash", 0);
    return Value::integer(vm.hash(a[0]));
}

}  // namespace

void installNumericFunctions(VM &vm) {
    DictObject *b = vm.builtins();
    vm.defFunction(b, "abs", builtinAbs);
    vm.defFunction(b, "round", builtinRound);
    vm.defFunction(b, "divmod", builtinDivmod);
    vm.defFunction(b, "pow", builtinPow);
    vm.defFunction(b, "chr", builtinChr);
    vm.defFunction(b, "ord", builtinOrd);
    vm.defFunction(b, "format", builtinFormat);
    vm.defFunction(b, "bin", builtinBin);
    vm.defFunction(b, "oct", builtinOct);
    vm.defFunction(b, "hex", builtinHex);
    vm.defFunction(b, "ascii", builtinAscii);
    vm.defFunction(b, "repr", builtinRepr);
    vm.defFunction(b, "hash", builtinHash);
}

}  // namespace ls::interp

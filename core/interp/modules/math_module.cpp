// The `math` module. py: Modules/mathmodule.c (3.11): the same error
// classification (math_1/math_2: "math domain error" / "math range error"),
// fsum's exact Shewchuk summation and hypot/dist's compensated vector_norm,
// so results agree with CPython to the last bit. The integer functions
// (factorial, comb, perm, gcd, lcm, isqrt) work on big ints through GMP.
#include "module_util.h"
#include "../args.h"
#include "../bigint.h"
#include "../builtins_scalar.h"

#include <cfloat>
#include <cmath>
#include <limits>
#include <numeric>

namespace ls::interp {

namespace {

// ------------------------------------------------------------ arguments

void noKw(VM &vm, const CallArgs &a, std::string_view qualname) {
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, std::string(qualname) + "() takes no keyword arguments");
}

// METH_O: "math.sqrt() takes exactly one argument (2 given)".
void oneArg(VM &vm, const CallArgs &a, std::string_view name) {
    std::string qn = "math." + std::string(name);
    noKw(vm, a, qn);
    if (a.size() != 1) vm.raise(vm.exc.TypeError, qn + "() takes exactly one argument (" + std::to_string(a.size()) + " given)");
}

// Argument clinic, positional only: "pow expected 2 arguments, got 1".
void positional(VM &vm, const CallArgs &a, std::string_view name, size_t min, size_t max) {
    noKw(vm, a, name);
    size_t n = a.size();
    if (n >= min && n <= max) return;
    std::string m(name);
    m += " expected ";
    size_t want = n < min ? min : max;
    if (min != max) m += n < min ? "at least " : "at most ";
    m += std::to_string(want) + " argument" + (want == 1 ? "" : "s") + ", got " + std::to_string(n);
    vm.raise(vm.exc.TypeError, m);
}

// PyFloat_AsDouble: float, int, then __float__, then __index__.
double toReal(VM &vm, const Value &v) {
    if (v.isFloat()) return v.asFloat();
    if (v.isInt()) return static_cast<double>(v.asInt());
    if (v.isBool()) return v.asBool() ? 1.0 : 0.0;
    if (big::isBig(v)) return big::toDouble(vm, v);
    TypeObject *t = vm.typeOf(v);
    if (!t->lookup("__float__").isNull()) {
        Value r = vm.callMethod(v, "__float__", {});
        if (!r.isFloat())
            vm.raise(vm.exc.TypeError, t->name + ".__float__ returned non-float (type " + vm.typeName(r) + ")");
        return r.asFloat();
    }
    if (!t->lookup("__index__").isNull()) return static_cast<double>(vm.index(v));
    vm.raise(vm.exc.TypeError, "must be real number, not " + t->name);
}

Value realValue(double d) { return Value::real(d); }

// py: is_error + the errno classification of math_1 / math_2.
[[noreturn]] void domainError(VM &vm) { vm.raise(vm.exc.ValueError, "math domain error"); }
[[noreturn]] void rangeError(VM &vm) { vm.raise(vm.exc.OverflowError, "math range error"); }

// py: math_1: a NaN from a non-NaN is a domain error; an infinity from a
// finite argument is a range error (functions that can overflow) or a domain
// error (poles such as atanh(1)).
double math1(VM &vm, double x, double (*f)(double), bool canOverflow) {
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) domainError(vm);
    if (std::isinf(r) && std::isfinite(x)) {
        if (canOverflow) rangeError(vm);
        domainError(vm);
    }
    return r;
}

// py: math_2.
double math2(VM &vm, double x, double y, double (*f)(double, double)) {
    double r = f(x, y);
    if (std::isnan(r)) {
        if (!std::isnan(x) && !std::isnan(y)) domainError(vm);
    } else if (std::isinf(r)) {
        if (std::isfinite(x) && std::isfinite(y)) rangeError(vm);
    }
    return r;
}


// ------------------------------------------------------------ logarithms

// py: m_log / m_log2 / m_log10: log(0) and log(negative) are domain errors.
template <double (*F)(double)> double mLog(VM &vm, double x) {
    if (std::isfinite(x)) {
        if (x > 0.0) return F(x);
        domainError(vm);
    }
    if (std::isnan(x) || x > 0.0) return x;  // nan, +inf
    domainError(vm);                          // -inf
}
double logE(double x) { return std::log(x); }
double log2f(double x) { return std::log2(x); }
double log10f(double x) { return std::log10(x); }

// py: loghelper: ints are checked for positivity before conversion.
template <double (*F)(double)> double logHelper(VM &vm, const Value &v) {
    if (v.isInt() || v.isBool()) {
        int64_t i = v.isInt() ? v.asInt() : v.asBool();
        if (i <= 0) domainError(vm);
        return F(static_cast<double>(i));
    }
    if (big::isBig(v)) {
        // Too big for a double: log(m * 2**e) = log(m) + log(2) * e.
        if (big::sign(v) <= 0) domainError(vm);
        int64_t e;
        double m = big::frexp(v, e);
        return F(m) + F(2.0) * static_cast<double>(e);
    }
    return mLog<F>(vm, toReal(vm, v));
}

// ------------------------------------------------------ vector_norm, fsum

// py: vector_norm (3.11): scaling by a power of two, Veltkamp-Dekker
// splitting, compensated summation and a differential sqrt correction.
double vectorNorm(std::vector<double> &vec, double max, bool foundNan) {
    const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
    size_t n = vec.size();
    if (std::isinf(max)) return max;
    if (foundNan) return std::numeric_limits<double>::quiet_NaN();
    if (max == 0.0 || n <= 1) return max;
    int maxE;
    std::frexp(max, &maxE);
    if (maxE < -1023) {
        // ldexp(1.0, -max_e) would overflow: make subnormals normal first.
        for (auto &x : vec) x /= DBL_MIN;
        return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
    }
    double scale = std::ldexp(1.0, -maxE);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo;
    for (double v : vec) {
        x = v * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum; csum += x; frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

// py: math_fsum: Shewchuk's partials, then half-even correction.
Value fsum(VM &vm, const CallArgs &a) {
    oneArg(vm, a, "fsum");
    Value it = vm.iter(a[0]);
    std::vector<double> p;
    double specialSum = 0.0, infSum = 0.0, lo = 0.0;
    Value item;
    while (vm.next(it, item)) {
        double x = toReal(vm, item), xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < p.size(); ++j) {
            double y = p[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y, yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave)) vm.raise(vm.exc.OverflowError, "intermediate overflow in fsum");
                if (std::isinf(xsave)) infSum += xsave;
                specialSum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (specialSum != 0.0) {
        if (std::isnan(infSum)) vm.raise(vm.exc.ValueError, "-inf + inf in fsum");
        return realValue(specialSum);
    }
    double hi = 0.0;
    size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return realValue(hi);
}

// ------------------------------------------------------------ integers

Value intArg(VM &vm, const Value &v) { return big::index(vm, v); }

// n! by GMP; py: math_factorial ("factorial() argument should not exceed").
Value factorial(VM &vm, const Value &nv) {
    if (big::sign(nv) < 0) vm.raise(vm.exc.ValueError, "factorial() not defined for negative values");
    if (!nv.isInt()) vm.raise(vm.exc.OverflowError, "factorial() argument should not exceed 9223372036854775807");
    uint64_t n = static_cast<uint64_t>(nv.asInt());
    // log2(n!) < n * log2(n): refuse results beyond the big-int cap up front.
    if (n > 2) big::checkBits(vm, static_cast<uint64_t>(static_cast<double>(n) * std::log2(static_cast<double>(n))));
    big::Mpz r;
    mpz_fac_ui(r, n);
    return big::normalize(vm, r);
}

// n!/(n-k)! (perm) or n!/(k!(n-k)!) (comb); py: perm_comb.
Value permComb(VM &vm, const Value &nv, const Value &kv, bool isComb) {
    if (big::sign(nv) < 0) vm.raise(vm.exc.ValueError, "n must be a non-negative integer");
    if (big::sign(kv) < 0) vm.raise(vm.exc.ValueError, "k must be a non-negative integer");
    if (big::compare(kv, nv) > 0) return Value::integer(0);
    big::Mpz n, k, nk;
    big::load(nv, n);
    big::load(kv, k);
    mpz_sub(nk, n, k);
    if (isComb && mpz_cmp(nk, k) < 0) mpz_swap(nk, k);  // comb(n, k) == comb(n, n - k)
    if (!mpz_fits_slong_p(k))
        vm.raise(vm.exc.OverflowError, isComb ? "min(n - k, k) must not exceed 9223372036854775807"
                                              : "k must not exceed 9223372036854775807");
    unsigned long kk = mpz_get_ui(k);
    big::checkBits(vm, static_cast<uint64_t>(kk) * mpz_sizeinbase(n, 2));
    big::Mpz r;
    if (isComb) {
        mpz_bin_ui(r, n, kk);
    } else {
        // falling product n * (n-1) * ... * (n-k+1)
        mpz_set_ui(r, 1);
        big::Mpz f;
        mpz_set(f, n);
        for (unsigned long i = 0; i < kk; ++i) {
            mpz_mul(r, r, f);
            mpz_sub_ui(f, f, 1);
        }
    }
    return big::normalize(vm, r);
}

// floor/ceil/trunc: floats and ints directly, else the special method.
Value roundingFn(VM &vm, const CallArgs &a, const char *name, const char *dunder, double (*f)(double)) {
    oneArg(vm, a, name);
    const Value &x = a[0];
    if (x.isFloat()) return num::floatToIntValue(vm, f(x.asFloat()));
    if (x.isInt() || big::isBig(x)) return x;
    if (x.isBool()) return Value::integer(x.asBool());
    if (!vm.typeOf(x)->lookup(dunder).isNull()) return vm.callMethod(x, dunder, {});
    if (std::string_view(name) == "trunc")
        vm.raise(vm.exc.TypeError, "type " + vm.typeName(x) + " doesn't define __trunc__ method");
    return num::floatToIntValue(vm, f(toReal(vm, x)));
}

// py: math_pow_impl: IEEE specials handled directly, then libm.
double mathPow(VM &vm, double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
        if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
        if (std::isinf(x)) {
            bool oddY = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0) return oddY ? x : std::fabs(x);
            if (y == 0.0) return 1.0;
            return oddY ? std::copysign(0.0, x) : 0.0;
        }
        if (std::fabs(x) == 1.0) return 1.0;
        if (y > 0.0 && std::fabs(x) > 1.0) return y;
        if (y < 0.0 && std::fabs(x) < 1.0) return -y;
        return 0.0;
    }
    double r = std::pow(x, y);
    if (std::isnan(r)) domainError(vm);
    if (std::isinf(r)) {
        if (x == 0.0) domainError(vm);
        rangeError(vm);
    }
    return r;
}

double degToRad(double x) { return x * (M_PI / 180.0); }
double radToDeg(double x) { return x * (180.0 / M_PI); }

// py: m_remainder: IEEE 754 remainder (round-half-even quotient).
double mRemainder(double x, double y) {
    if (std::isfinite(x) && std::isfinite(y)) {
        if (y == 0.0) return std::numeric_limits<double>::quiet_NaN();
        return std::remainder(x, y);
    }
    if (std::isnan(x)) return x;
    if (std::isnan(y)) return y;
    if (std::isinf(x)) return std::numeric_limits<double>::quiet_NaN();
    return x;  // finite x, infinite y
}

double mAtan2(double y, double x) { return std::atan2(y, x); }
double mCopysign(double x, double y) { return std::copysign(x, y); }

// py: m_sinpi: sin(pi * x), exact at the integers and half-integers.
double sinpi(double x) {
    double y = std::fmod(std::fabs(x), 2.0), r;
    switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

// py: lanczos_sum and its coefficients (Lanczos approximation, g = 6.02...).
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[13] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
                                    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

double lanczosSum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 13; --i >= 0;) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

// py: m_tgamma, with its errno (EDOM -> ValueError, ERANGE -> OverflowError).
double mGamma(VM &vm, double x) {
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0.0) return x;
        domainError(vm);
    }
    if (x == 0.0) domainError(vm);
    if (x == std::floor(x)) {
        if (x < 0.0) domainError(vm);
        static const double kGammaIntegral[23] = {
            1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
            479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
            6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
            1124000727777607680000.0};
        if (x <= 23) return kGammaIntegral[static_cast<int>(x) - 1];
    }
    double absx = std::fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (std::isinf(r)) rangeError(vm);
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        rangeError(vm);
    }
    double y = absx + kLanczosGMinusHalf, z;
    if (absx > kLanczosGMinusHalf) {
        double q = y - absx;
        z = q - kLanczosGMinusHalf;
    } else {
        double q = y - kLanczosGMinusHalf;
        z = q - absx;
    }
    z = z * kLanczosG / y;
    if (x < 0.0) {
        r = -M_PI / sinpi(absx) / absx * std::exp(y) / lanczosSum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczosSum(absx) / std::exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (std::isinf(r)) rangeError(vm);
    return r;
}

// py: m_lgamma.
double mLgamma(VM &vm, double x) {
    if (!std::isfinite(x)) return std::isnan(x) ? x : std::numeric_limits<double>::infinity();
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0.0) domainError(vm);
        return 0.0;
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) return -std::log(absx);
    double r = std::log(lanczosSum(absx)) - kLanczosG;
    r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
    if (x < 0.0) r = 1.144729885849400174143427351353058711647 - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
    if (std::isinf(r)) rangeError(vm);
    return r;
}

struct Func1 {
    const char *name;
    double (*f)(double);
    bool canOverflow;
};

const Func1 kFunc1[] = {
    {"acos", [](double x) { return std::acos(x); }, false},
    {"acosh", [](double x) { return std::acosh(x); }, false},
    {"asin", [](double x) { return std::asin(x); }, false},
    {"asinh", [](double x) { return std::asinh(x); }, false},
    {"atan", [](double x) { return std::atan(x); }, false},
    {"atanh", [](double x) { return std::atanh(x); }, false},
    {"cbrt", [](double x) { return std::cbrt(x); }, false},
    {"cos", [](double x) { return std::cos(x); }, false},
    {"cosh", [](double x) { return std::cosh(x); }, true},
    {"erf", [](double x) { return std::erf(x); }, false},
    {"erfc", [](double x) { return std::erfc(x); }, false},
    {"exp", [](double x) { return std::exp(x); }, true},
    {"exp2", [](double x) { return std::exp2(x); }, true},
    {"expm1", [](double x) { return std::expm1(x); }, true},
    {"fabs", [](double x) { return std::fabs(x); }, false},
    {"log1p", [](double x) { return std::log1p(x); }, false},
    {"sin", [](double x) { return std::sin(x); }, false},
    {"sinh", [](double x) { return std::sinh(x); }, true},
    {"sqrt", [](double x) { return std::sqrt(x); }, false},
    {"tan", [](double x) { return std::tan(x); }, false},
    {"tanh", [](double x) { return std::tanh(x); }, false},
    {"degrees", radToDeg, false},
    {"radians", degToRad, false},
};

// A native per one-argument function: its index in kFunc1 rides in `data`.
Value callFunc1(VM &vm, const CallArgs &a) {
    const Func1 &f = kFunc1[a.callee->data.asInt()];
    oneArg(vm, a, f.name);
    return realValue(math1(vm, toReal(vm, a[0]), f.f, f.canOverflow));
}

template <double (*F)(double, double)> Value func2(VM &vm, const CallArgs &a, const char *name) {
    positional(vm, a, name, 2, 2);
    return realValue(math2(vm, toReal(vm, a[0]), toReal(vm, a[1]), F));
}

}  // namespace

Value initMathModule(VM &vm) {
    ModuleBuilder m(vm, "math");
    m.set("pi", Value::real(M_PI));
    m.set("e", Value::real(M_E));
    m.set("tau", Value::real(2 * M_PI));
    m.set("inf", Value::real(std::numeric_limits<double>::infinity()));
    m.set("nan", Value::real(std::numeric_limits<double>::quiet_NaN()));
    for (size_t i = 0; i < std::size(kFunc1); ++i)
        m.set(kFunc1[i].name, vm.native(kFunc1[i].name, callFunc1, nullptr, Value::integer(static_cast<int64_t>(i))));

    m.fn("pow", [](VM &vm, const CallArgs &a) {
        positional(vm, a, "pow", 2, 2);
        return realValue(mathPow(vm, toReal(vm, a[0]), toReal(vm, a[1])));
    });
    m.fn("atan2", [](VM &vm, const CallArgs &a) { return func2<mAtan2>(vm, a, "atan2"); });
    m.fn("copysign", [](VM &vm, const CallArgs &a) { return func2<mCopysign>(vm, a, "copysign"); });
    m.fn("remainder", [](VM &vm, const CallArgs &a) { return func2<mRemainder>(vm, a, "remainder"); });
    m.fn("fmod", [](VM &vm, const CallArgs &a) {
        positional(vm, a, "fmod", 2, 2);
        double x = toReal(vm, a[0]), y = toReal(vm, a[1]);
        if (std::isinf(y) && std::isfinite(x)) return realValue(x);  // fmod(x, +-inf) is x
        double r = std::fmod(x, y);
        if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domainError(vm);
        return realValue(r);
    });
    m.fn("nextafter", [](VM &vm, const CallArgs &a) {
        positional(vm, a, "nextafter", 2, 2);
        return realValue(std::nextafter(toReal(vm, a[0]), toReal(vm, a[1])));
    });
    m.fn("ulp", [](VM &vm, const CallArgs &a) {
        oneArg(vm, a, "ulp");
        double x = toReal(vm, a[0]);
        if (std::isnan(x)) return realValue(x);
        x = std::fabs(x);
        if (std::isinf(x)) return realValue(x);
        double x2 = std::nextafter(x, std::numeric_limits<double>::infinity());
        if (std::isinf(x2)) return realValue(x - std::nextafter(x, -std::numeric_limits<double>::infinity()));
        return realValue(x2 - x);
    });
    m.fn("gamma", [](VM &vm, const CallArgs &a) { oneArg(vm, a, "gamma"); return realValue(mGamma(vm, toReal(vm, a[0]))); });
    m.fn("lgamma", [](VM &vm, const CallArgs &a) { oneArg(vm, a, "lgamma"); return realValue(mLgamma(vm, toReal(vm, a[0]))); });

    m.fn("log", [](VM &vm, const CallArgs &a) {
        noKw(vm, a, "log");
        if (a.size() < 1 || a.size() > 2) vm.raise(vm.exc.TypeError, "math.log requires 1 to 2 arguments");
        double num = logHelper<logE>(vm, a[0]);
        if (a.size() == 1) return realValue(num);
        double den = logHelper<logE>(vm, a[1]);
        if (den == 0.0) vm.raise(vm.exc.ZeroDivisionError, "float division by zero");
        return realValue(num / den);
    });
    m.fn("log2", [](VM &vm, const CallArgs &a) { oneArg(vm, a, "log2"); return realValue(logHelper<log2f>(vm, a[0])); });
    m.fn("log10", [](VM &vm, const CallArgs &a) { oneArg(vm, a, "log10"); return realValue(logHelper<log10f>(vm, a[0])); });

    m.fn("floor", [](VM &vm, const CallArgs &a) { return roundingFn(vm, a, "floor", "__floor__", [](double x) { return std::floor(x); }); });
    m.fn("ceil", [](VM &vm, const CallArgs &a) { return roundingFn(vm, a, "ceil", "__ceil__", [](double x) { return std::ceil(x); }); });
    m.fn("trunc", [](VM &vm, const CallArgs &a) { return roundingFn(vm, a, "trunc", "__trunc__", [](double x) { return std::trunc(x); }); });

    m.fn("isfinite", [](VM &vm, const CallArgs &a) { oneArg(vm, a, "isfinite"); return Value::boolean(std::isfinite(toReal(vm, a[0]))); });
    m.fn("isinf", [](VM &vm, const CallArgs &a) { oneArg(vm, a, "isinf"); return Value::boolean(std::isinf(toReal(vm, a[0]))); });
    m.fn("isnan", [](VM &vm, const CallArgs &a) { oneArg(vm, a, "isnan"); return Value::boolean(std::isnan(toReal(vm, a[0]))); });
    m.fn("isclose", [](VM &vm, const CallArgs &a) {
        if (a.size() > 2)
            vm.raise(vm.exc.TypeError, "isclose() takes exactly 2 positional arguments (" + std::to_string(a.size()) + " given)");
        for (auto &k : a.kw)
            if (k.name != "a" && k.name != "b" && k.name != "rel_tol" && k.name != "abs_tol")
                vm.raise(vm.exc.TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for isclose()");
        ArgParser p(vm, a, "isclose", {"a", "b", "*", "rel_tol", "abs_tol"}, 2);
        double x = toReal(vm, p.get(0)), y = toReal(vm, p.get(1));
        double relTol = p.has(2) ? toReal(vm, p.get(2)) : 1e-09, absTol = p.has(3) ? toReal(vm, p.get(3)) : 0.0;
        if (relTol < 0.0 || absTol < 0.0) vm.raise(vm.exc.ValueError, "tolerances must be non-negative");
        if (x == y) return Value::boolean(true);
        if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
        double diff = std::fabs(y - x);
        return Value::boolean(diff <= std::fabs(relTol * y) || diff <= std::fabs(relTol * x) || diff <= absTol);
    });

    m.fn("modf", [](VM &vm, const CallArgs &a) {
        oneArg(vm, a, "modf");
        double x = toReal(vm, a[0]);
        if (std::isinf(x)) return vm.tuple({realValue(std::copysign(0.0, x)), realValue(x)});
        double ip;
        double fp = std::modf(x, &ip);
        return vm.tuple({realValue(fp), realValue(ip)});
    });
    m.fn("frexp", [](VM &vm, const CallArgs &a) {
        oneArg(vm, a, "frexp");
        double x = toReal(vm, a[0]);
        int e = 0;
        double mant = (std::isnan(x) || std::isinf(x) || x == 0.0) ? x : std::frexp(x, &e);
        return vm.tuple({realValue(mant), Value::integer(e)});
    });
    m.fn("ldexp", [](VM &vm, const CallArgs &a) {
        positional(vm, a, "ldexp", 2, 2);
        double x = toReal(vm, a[0]);
        if (!a[1].isInt() && !a[1].isBool()) vm.raise(vm.exc.TypeError, "Expected an int as second argument to ldexp.");
        int64_t e = a[1].isInt() ? a[1].asInt() : a[1].asBool();
        if (x == 0.0 || !std::isfinite(x)) return realValue(x);
        double r = std::ldexp(x, static_cast<int>(std::clamp<int64_t>(e, -100000, 100000)));
        if (std::isinf(r)) rangeError(vm);
        return realValue(r);
    });

    m.fn("fsum", fsum);
    m.fn("hypot", [](VM &vm, const CallArgs &a) {
        noKw(vm, a, "hypot");
        std::vector<double> v;
        double max = 0.0;
        bool nan = false;
        for (auto &x : a.pos) {
            double d = std::fabs(toReal(vm, x));
            v.push_back(d);
            nan |= std::isnan(d);
            if (d > max) max = d;
        }
        return realValue(vectorNorm(v, max, nan));
    });
    m.fn("dist", [](VM &vm, const CallArgs &a) {
        positional(vm, a, "dist", 2, 2);
        auto p = vm.toVector(a[0]), q = vm.toVector(a[1]);
        if (p.size() != q.size()) vm.raise(vm.exc.ValueError, "both points must have the same number of dimensions");
        std::vector<double> v;
        double max = 0.0;
        bool nan = false;
        for (size_t i = 0; i < p.size(); ++i) {
            double px = toReal(vm, p[i]), qx = toReal(vm, q[i]);
            double d = std::fabs(px - qx);
            v.push_back(d);
            nan |= std::isnan(d);
            if (d > max) max = d;
        }
        return realValue(vectorNorm(v, max, nan));
    });
    m.fn("prod", [](VM &vm, const CallArgs &a) {
        if (a.size() != 1)
            vm.raise(vm.exc.TypeError, "prod() takes exactly 1 positional argument (" + std::to_string(a.size()) + " given)");
        ArgParser p(vm, a, "prod", {"iterable", "*", "start"}, 1);
        Value acc = p.getOr(1, Value::integer(1));
        Value it = vm.iter(p.get(0)), item;
        while (vm.next(it, item)) acc = vm.binaryOp(BinOp::Mul, acc, item);
        return acc;
    });

    m.fn("factorial", [](VM &vm, const CallArgs &a) {
        oneArg(vm, a, "factorial");
        return factorial(vm, intArg(vm, a[0]));
    });
    m.fn("gcd", [](VM &vm, const CallArgs &a) {
        noKw(vm, a, "gcd");
        big::Mpz g, x;
        for (auto &v : a.pos) {
            big::load(intArg(vm, v), x);
            mpz_gcd(g, g, x);
        }
        return big::normalize(vm, g);
    });
    m.fn("lcm", [](VM &vm, const CallArgs &a) {
        noKw(vm, a, "lcm");
        big::Mpz r, x;
        mpz_set_ui(r, 1);
        for (auto &v : a.pos) {
            big::load(intArg(vm, v), x);
            big::checkBits(vm, mpz_sizeinbase(r, 2) + mpz_sizeinbase(x, 2));
            mpz_lcm(r, r, x);  // non-negative; 0 when any argument is 0
        }
        return big::normalize(vm, r);
    });
    m.fn("isqrt", [](VM &vm, const CallArgs &a) {
        oneArg(vm, a, "isqrt");
        Value n = intArg(vm, a[0]);
        if (big::sign(n) < 0) vm.raise(vm.exc.ValueError, "isqrt() argument must be nonnegative");
        big::Mpz r;
        big::load(n, r);
        mpz_sqrt(r, r);
        return big::normalize(vm, r);
    });
    m.fn("comb", [](VM &vm, const CallArgs &a) {
        positional(vm, a, "comb", 2, 2);
        Value n = intArg(vm, a[0]), k = intArg(vm, a[1]);
        return permComb(vm, n, k, true);
    });
    m.fn("perm", [](VM &vm, const CallArgs &a) {
        positional(vm, a, "perm", 1, 2);
        Value n = intArg(vm, a[0]);
        if (a.size() == 1 || a[1].isNone()) {
            // py: math_perm_impl: perm(n) is factorial(n), with its message
            if (big::sign(n) < 0) vm.raise(vm.exc.ValueError, "factorial() not defined for negative values");
            return factorial(vm, n);
        }
        Value k = intArg(vm, a[1]);
        return permComb(vm, n, k, false);
    });
    return m.module;
}

}  // namespace ls::interp

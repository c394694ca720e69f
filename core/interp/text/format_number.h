// Number <-> text conversions with CPython 3.11 semantics: repr(float),
// PyOS_double_to_string, round(), float(str), int(str, base).
//
// Everything here works on plain C++ types; failures are reported through a
// TextError naming the Python exception the caller should raise and its exact
// CPython message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ls::text {

// ---- errors shared by the text library ----------------------------------

enum class ErrorKind {
    None,
    ValueError,
    TypeError,
    OverflowError,
    KeyError,
    // A callback (see percent_format.h) already raised its own exception:
    // the caller propagates that one; `message` is empty.
    Propagate,
};

struct TextError {
    ErrorKind kind = ErrorKind::None;
    std::string message;

    bool isSet() const { return kind != ErrorKind::None; }
    void set(ErrorKind k, std::string m) {
        kind = k;
        message = std::move(m);
    }
};

// Sets *err (when err is non-null). Convenience for the implementations.
void setError(TextError* err, ErrorKind kind, std::string message);

// ---- float -> text ------------------------------------------------------------

// Flags of PyOS_double_to_string (Include/pystrtod.h Py_DTSF_*).
enum DtsFlags : unsigned {
    kDtsSign = 0x01,      // always add the sign
    kDtsAddDot0 = 0x02,   // "1.0" rather than "1" for integral values
    kDtsAlt = 0x04,       // '#' alternate form: keep the point and zeros
    kDtsNoNeg0 = 0x08,    // 'z': -0.0 that rounds to zero prints as 0
};

// PyOS_double_to_string: formatCode is one of e E f F g G r ('r' = repr,
// precision ignored). Upper-case codes give "INF"/"NAN"/"E".
std::string doubleToString(double x, char formatCode, int precision, unsigned flags = 0);

// repr(float) == str(float): shortest round-trip digits, exponent form when
// the decimal exponent is < -4 or >= 16, "inf", "-inf", "nan", "-0.0".
std::string floatRepr(double x);

// ---- rounding -----------------------------------------------------------------

inline constexpr std::string_view kInfToIntMessage = "cannot convert float infinity to integer";
inline constexpr std::string_view kNanToIntMessage = "cannot convert float NaN to integer";
inline constexpr std::string_view kRoundOverflowMessage = "rounded value too large to represent";

// round(x, ndigits), correctly rounded (half-even on the exact binary value:
// round(2.675, 2) == 2.67). Infinities and NaNs round to themselves. When the
// result overflows (round(1.7e308, -308)) *overflow is set and the caller
// raises OverflowError(kRoundOverflowMessage). Python clamps a huge ndigits to
// Py_ssize_t; any value beyond +-400 behaves the same here.
double pyRound(double x, int64_t ndigits, bool* overflow = nullptr);

// round(x) without ndigits: nearest integer, ties to even (still a double;
// convert it with floatToInt64).
double pyRoundHalfEven(double x);

enum class FloatToIntStatus { Ok, Infinity, NaN, OutOfRange };

// int(x) for a float: truncates toward zero. Infinity -> OverflowError
// (kInfToIntMessage), NaN -> ValueError (kNanToIntMessage); OutOfRange means
// the integer exists but does not fit int64 (the caller may build a big int).
FloatToIntStatus floatToInt64(double x, int64_t* out);
// The matching TextError for a failed conversion (OutOfRange gives
// OverflowError "int too large to convert to int64").
TextError floatToIntError(FloatToIntStatus status);

// ---- text -> float --------------------------------------------------------

// float(str): surrounding whitespace (Unicode too), Unicode decimal digits,
// single underscores between digits, "inf"/"infinity"/"nan" in any case with
// an optional sign. Overflow gives +-inf, underflow +-0.0 (as CPython).
// On failure err gets ValueError("could not convert string to float: '...'").
std::optional<double> parseFloat(std::string_view utf8, TextError* err = nullptr);
std::string invalidFloatMessage(std::string_view original);

// ---- text -> int ------------------------------------------------------------

inline constexpr std::string_view kIntBaseMessage = "int() base must be >= 2 and <= 36, or 0";
inline constexpr int kIntMaxStrDigits = 4300;  // sys.get_int_max_str_digits() default

enum class IntParseStatus {
    Ok,
    Invalid,        // ValueError: invalid literal for int() with base N: '...'
    BadBase,        // ValueError: kIntBaseMessage
    TooManyDigits,  // ValueError: Exceeds the limit (4300 digits) ...
    Overflow,       // valid literal, but outside int64 (see parseIntLiteral)
};

// A syntactically valid int literal: sign, the effective base (a base-0
// prefix resolved) and the digits in that base, lower case, no underscores.
struct IntLiteral {
    bool negative = false;
    int base = 10;
    std::string digits;
};

// py: Objects/longobject.c PyLong_FromUnicodeObject / PyLong_FromString
// syntax. For callers with big ints; never reports Overflow.
std::optional<IntLiteral> parseIntLiteral(std::string_view utf8, int base,
                                          IntParseStatus* status = nullptr, TextError* err = nullptr);

// int(str, base) into int64. Overflow is reported distinctly (status
// Overflow, err OverflowError "int too large to convert to int64").
std::optional<int64_t> parseInt(std::string_view utf8, int base, IntParseStatus* status = nullptr,
                                TextError* err = nullptr);

// "invalid literal for int() with base 10: 'abc'" (the repr is cut to 200
// characters, as CPython's %.200R).
std::string invalidIntLiteralMessage(std::string_view original, int base);

}  // namespace ls::text

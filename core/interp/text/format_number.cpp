#include "interp/text/format_number.h"

#include "interp/text/unicode.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>
#include <utility>

namespace ls::text {

void setError(TextError* err, ErrorKind kind, std::string message) {
    if (err) err->set(kind, std::move(message));
}

namespace {

// Decimal digits as _Py_dg_dtoa returns them: value = 0.DIGITS * 10^decpt,
// no leading zeros, trailing zeros stripped; zero is "0" with decpt 1; a
// mode-3 result that rounds to zero is "" with decpt = -ndigits.
struct Digits {
    std::string digits;
    int decpt = 0;
    bool negative = false;
};

void stripTrailingZeros(std::string& s) {
    while (!s.empty() && s.back() == '0') s.pop_back();
}

// Rounds the exact decimal 0.D * 10^E (plus a nonzero tail when `sticky`) to
// `ndigits` places after the point, half to even, as dtoa mode 3 does.
void roundAtPlace(Digits& d, bool sticky, int ndigits) {
    const int keep = d.decpt + ndigits;  // digits that survive
    if (keep < 0) {
        d.digits.clear();
        d.decpt = -ndigits;
        return;
    }
    if (static_cast<size_t>(keep) < d.digits.size()) {
        const char first = d.digits[static_cast<size_t>(keep)];
        bool restNonzero = sticky;
        for (size_t i = static_cast<size_t>(keep) + 1; i < d.digits.size() && !restNonzero; ++i)
            restNonzero = d.digits[i] != '0';
        d.digits.resize(static_cast<size_t>(keep));
        const bool lastOdd = !d.digits.empty() && ((d.digits.back() - '0') & 1);
        if (first > '5' || (first == '5' && (restNonzero || lastOdd))) {
            size_t i = d.digits.size();
            while (i > 0 && d.digits[i - 1] == '9') d.digits[--i] = '0';
            if (i == 0) {
                d.digits.insert(d.digits.begin(), '1');
                ++d.decpt;
            } else {
                ++d.digits[i - 1];
            }
        }
    }
    stripTrailingZeros(d.digits);
    if (d.digits.empty()) d.decpt = -ndigits;
}

// Parses std::to_chars scientific output "d[.ddd]e[+-]XX" into Digits.
void fromScientific(std::string_view text, Digits& d) {
    const size_t e = text.find('e');
    for (size_t i = 0; i < e; ++i)
        if (text[i] != '.') d.digits.push_back(text[i]);
    int exp = 0;
    std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(), exp);
    d.decpt = exp + 1;
    stripTrailingZeros(d.digits);
}

// py: Python/dtoa.c _Py_dg_dtoa, modes 0 (shortest round-trip), 2
// (max(1, ndigits) significant digits) and 3 (ndigits past the point; may be
// negative). std::to_chars is exact and rounds ties to even like dtoa.
Digits dtoa(double x, int mode, int ndigits) {
    Digits d;
    d.negative = std::signbit(x);
    const double a = std::fabs(x);
    if (a == 0) {
        d.digits = "0";
        d.decpt = 1;
        return d;
    }
    if (mode == 0 || mode == 2) {
        std::string buf(static_cast<size_t>(std::max(ndigits, 1)) + 32, '\0');
        const auto res = mode == 0
            ? std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific)
            : std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific,
                            std::max(ndigits, 1) - 1);
        fromScientific(std::string_view(buf.data(), static_cast<size_t>(res.ptr - buf.data())), d);
        return d;
    }
    if (ndigits >= 0) {
        std::string buf(static_cast<size_t>(ndigits) + 320, '\0');
        const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, ndigits);
        const std::string_view text(buf.data(), static_cast<size_t>(res.ptr - buf.data()));
        const size_t point = text.find('.');
        d.decpt = static_cast<int>(point == std::string_view::npos ? text.size() : point);
        for (char c : text)
            if (c != '.') d.digits.push_back(c);
    } else {
        // Rounding to tens or more: the integer part of a double is exact,
        // and only whether a fraction exists matters for ties.
        const double ip = std::floor(a);
        char buf[400];
        const auto res = std::to_chars(buf, buf + sizeof buf, ip, std::chars_format::fixed, 0);
        d.digits.assign(buf, res.ptr);
        d.decpt = static_cast<int>(d.digits.size());
        if (ip == 0) {
            d.digits.clear();
            d.decpt = 0;
        }
        roundAtPlace(d, a != ip, ndigits);
        return d;
    }
    size_t lead = 0;
    while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
    d.digits.erase(0, lead);
    d.decpt -= static_cast<int>(lead);
    stripTrailingZeros(d.digits);
    if (d.digits.empty()) d.decpt = -ndigits;
    return d;
}

// py: Python/pystrtod.c format_float_short
std::string formatFloatShort(double d, char formatCode, int mode, int precision, bool alwaysAddSign,
                             bool addDot0IfInteger, bool useAltFormatting, bool noNegativeZero,
                             bool upper) {
    std::string out;
    if (!std::isfinite(d)) {
        // The sign of a NaN is ignored.
        if (std::isinf(d) && std::signbit(d))
            out.push_back('-');
        else if (alwaysAddSign)
            out.push_back('+');
        if (std::isinf(d))
            out += upper ? "INF" : "inf";
        else
            out += upper ? "NAN" : "nan";
        return out;
    }
    Digits dg = dtoa(d, mode, precision);
    bool sign = dg.negative;
    if (noNegativeZero && sign && (dg.digits.empty() || dg.digits == "0")) sign = false;

    const int64_t digitsLen = static_cast<int64_t>(dg.digits.size());
    int64_t decpt = dg.decpt;
    int64_t vdigitsEnd = digitsLen;
    bool useExp = false;
    int exp = 0;
    switch (formatCode) {
    case 'e':
        useExp = true;
        vdigitsEnd = precision;
        break;
    case 'f':
        vdigitsEnd = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (addDot0IfInteger ? precision - 1 : precision)) useExp = true;
        if (useAltFormatting) vdigitsEnd = precision;
        break;
    case 'r':
        // Exponent from 1e16 on, so that a 16-digit shortest repr is never
        // padded with misleading zeros.
        if (decpt <= -4 || decpt > 16) useExp = true;
        break;
    default:
        break;
    }
    if (useExp) {
        exp = static_cast<int>(decpt - 1);
        decpt = 1;
    }
    // Ensure vdigitsStart < decpt <= vdigitsEnd, or vdigitsStart < decpt <
    // vdigitsEnd when a ".0" must follow an integral value.
    const int64_t vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
    if (!useExp && addDot0IfInteger)
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
    else
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

    out.reserve(static_cast<size_t>(vdigitsEnd - vdigitsStart) + 8);
    if (sign)
        out.push_back('-');
    else if (alwaysAddSign)
        out.push_back('+');

    // Zero padding on the left of the digits.
    if (decpt <= 0) {
        out.append(static_cast<size_t>(decpt - vdigitsStart), '0');
        out.push_back('.');
        out.append(static_cast<size_t>(-decpt), '0');
    } else {
        out.append(static_cast<size_t>(-vdigitsStart), '0');
    }
    // The digits, with the decimal point when it falls inside them.
    if (0 < decpt && decpt <= digitsLen) {
        out.append(dg.digits, 0, static_cast<size_t>(decpt));
        out.push_back('.');
        out.append(dg.digits, static_cast<size_t>(decpt), std::string::npos);
    } else {
        out += dg.digits;
    }
    // Zeros on the right.
    if (digitsLen < decpt) {
        out.append(static_cast<size_t>(decpt - digitsLen), '0');
        out.push_back('.');
        out.append(static_cast<size_t>(vdigitsEnd - decpt), '0');
    } else {
        out.append(static_cast<size_t>(vdigitsEnd - digitsLen), '0');
    }
    if (out.back() == '.' && !useAltFormatting) out.pop_back();
    if (useExp) {
        out.push_back(upper ? 'E' : 'e');
        out.push_back(exp < 0 ? '-' : '+');
        const std::string e = std::to_string(exp < 0 ? -exp : exp);
        if (e.size() < 2) out.push_back('0');
        out += e;
    }
    return out;
}

}  // namespace

// py: Python/pystrtod.c PyOS_double_to_string
std::string doubleToString(double x, char formatCode, int precision, unsigned flags) {
    bool upper = false;
    int mode = 0;
    switch (formatCode) {
    case 'E':
        upper = true;
        formatCode = 'e';
        [[fallthrough]];
    case 'e':
        mode = 2;
        ++precision;
        break;
    case 'F':
        upper = true;
        formatCode = 'f';
        [[fallthrough]];
    case 'f':
        mode = 3;
        break;
    case 'G':
        upper = true;
        formatCode = 'g';
        [[fallthrough]];
    case 'g':
        mode = 2;
        // precision 0 makes no sense for 'g' format; interpret as 1
        if (precision == 0) precision = 1;
        break;
    default:  // 'r'
        formatCode = 'r';
        mode = 0;
        precision = 0;
        break;
    }
    return formatFloatShort(x, formatCode, mode, precision, flags & kDtsSign, flags & kDtsAddDot0,
                            flags & kDtsAlt, flags & kDtsNoNeg0, upper);
}

// py: Objects/floatobject.c float_repr
std::string floatRepr(double x) { return doubleToString(x, 'r', 0, kDtsAddDot0); }

// ---- rounding -----------------------------------------------------------------

// py: Objects/floatobject.c float___round___impl + double_round
double pyRound(double x, int64_t ndigits, bool* overflow) {
    if (overflow) *overflow = false;
    if (!std::isfinite(x)) return x;
    // Beyond these x is its own rounding, or rounds to +-0.0 (0.30103 is an
    // upper bound for log10(2)).
    constexpr int kNdigitsMax = static_cast<int>((53 - (-1021)) * 0.30103);
    constexpr int kNdigitsMin = -static_cast<int>((1024 + 1) * 0.30103);
    if (ndigits > kNdigitsMax) return x;
    if (ndigits < kNdigitsMin) return 0.0 * x;
    const Digits d = dtoa(x, 3, static_cast<int>(ndigits));
    // "0<digits>e<exp>" back through a correctly rounded strtod, then the sign.
    std::string text = "0" + d.digits + "e" + std::to_string(d.decpt - static_cast<int>(d.digits.size()));
    double rounded = 0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), rounded);
    if (res.ec == std::errc::result_out_of_range) {
        // Only overflow is possible: a rounded nonzero result is >= 10^-323.
        if (overflow) *overflow = true;
        rounded = std::numeric_limits<double>::infinity();
    }
    return d.negative ? -rounded : rounded;
}

// py: Objects/floatobject.c float___round___impl (ndigits is None)
double pyRoundHalfEven(double x) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return rounded;
}

// py: Objects/longobject.c PyLong_FromDouble
FloatToIntStatus floatToInt64(double x, int64_t* out) {
    if (std::isinf(x)) return FloatToIntStatus::Infinity;
    if (std::isnan(x)) return FloatToIntStatus::NaN;
    const double t = std::trunc(x);
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) return FloatToIntStatus::OutOfRange;
    if (out) *out = static_cast<int64_t>(t);
    return FloatToIntStatus::Ok;
}

TextError floatToIntError(FloatToIntStatus status) {
    TextError e;
    switch (status) {
    case FloatToIntStatus::Ok:
        break;
    case FloatToIntStatus::Infinity:
        e.set(ErrorKind::OverflowError, std::string(kInfToIntMessage));
        break;
    case FloatToIntStatus::NaN:
        e.set(ErrorKind::ValueError, std::string(kNanToIntMessage));
        break;
    case FloatToIntStatus::OutOfRange:
        e.set(ErrorKind::OverflowError, "int too large to convert to int64");
        break;
    }
    return e;
}

// ---- text -> float --------------------------------------------------------

namespace {

// Py_ISSPACE: the ASCII whitespace of the C locale.
bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// py: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII:
// Unicode whitespace becomes ' ', Unicode decimal digits their ASCII digit;
// any other non-ASCII character ends the text with '?', which no parser
// accepts.
std::string transformDecimalAndSpaceToAscii(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (size_t pos = 0; pos < utf8.size();) {
        const char32_t ch = decodeUtf8At(utf8, pos);
        if (ch < 127) {
            out.push_back(static_cast<char>(ch));
        } else if (isSpace(ch)) {
            out.push_back(' ');
        } else if (const int dv = decimalValue(ch); dv >= 0) {
            out.push_back(static_cast<char>('0' + dv));
        } else {
            out.push_back('?');
            break;
        }
    }
    return out;
}

// py: Python/pystrtod.c _Py_string_to_number_with_underscores (the
// validation part): underscores only between digits.
bool removeUnderscores(std::string& s) {
    if (s.find('_') == std::string::npos) return true;
    std::string out;
    char prev = '\0';
    for (char c : s) {
        if (c == '_') {
            if (!isAsciiDigit(prev)) return false;
        } else {
            out.push_back(c);
            if (prev == '_' && !isAsciiDigit(c)) return false;
        }
        prev = c;
    }
    if (prev == '_') return false;
    s = std::move(out);
    return true;
}

bool matchNoCase(std::string_view s, size_t pos, std::string_view word) {
    if (s.size() - pos < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
        char c = s[pos + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c != word[i]) return false;
    }
    return true;
}

// py: Python/pystrtod.c _PyOS_ascii_strtod (= _Py_dg_strtod, then
// _Py_parse_inf_or_nan). Returns the number of characters consumed, 0 when
// nothing parses.
size_t asciiStrtod(std::string_view s, double* out) {
    size_t p = 0;
    bool negative = false;
    if (p < s.size() && (s[p] == '-' || s[p] == '+')) negative = s[p++] == '-';
    const size_t intStart = p;
    while (p < s.size() && isAsciiDigit(s[p])) ++p;
    const size_t intEnd = p;
    size_t fracStart = p, fracEnd = p;
    if (p < s.size() && s[p] == '.') {
        fracStart = ++p;
        while (p < s.size() && isAsciiDigit(s[p])) ++p;
        fracEnd = p;
    }
    if (intEnd == intStart && fracEnd == fracStart) {
        // _Py_parse_inf_or_nan
        size_t q = intStart;
        if (matchNoCase(s, q, "inf")) {
            q += 3;
            if (matchNoCase(s, q, "inity")) q += 5;
            *out = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            return q;
        }
        if (matchNoCase(s, q, "nan")) {
            *out = negative ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();
            return q + 3;
        }
        return 0;
    }
    size_t end = p;
    if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
        size_t q = p + 1;
        if (q < s.size() && (s[q] == '+' || s[q] == '-')) ++q;
        if (q < s.size() && isAsciiDigit(s[q])) {
            while (q < s.size() && isAsciiDigit(s[q])) ++q;
            end = q;
        }
    }
    // from_chars takes no '+' sign: convert the unsigned part.
    const std::string_view body = s.substr(intStart, end - intStart);
    double value = 0;
    const auto res = std::from_chars(body.data(), body.data() + body.size(), value);
    if (res.ec == std::errc::result_out_of_range) {
        // Overflow or underflow: decide by the decimal exponent of the
        // leading nonzero digit (anything out of range is far from 1).
        int64_t lead = 0;
        const int64_t intLen = static_cast<int64_t>(intEnd - intStart);
        const size_t firstInt = body.find_first_not_of('0');
        if (firstInt < intEnd - intStart) {
            lead = intLen - 1 - static_cast<int64_t>(firstInt);
        } else {
            size_t j = fracStart;
            while (j < fracEnd && s[j] == '0') ++j;
            lead = -static_cast<int64_t>(j - fracStart) - 1;
        }
        int64_t exp = 0;
        if (end > fracEnd) {
            size_t q = fracEnd + 1;
            const bool expNegative = s[q] == '-';
            if (s[q] == '+' || s[q] == '-') ++q;
            for (; q < end; ++q) exp = std::min<int64_t>(exp * 10 + (s[q] - '0'), 1'000'000'000);
            if (expNegative) exp = -exp;
        }
        value = lead + exp >= 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    *out = negative ? -value : value;
    return end;
}

std::string truncatedRepr(std::string_view original, size_t maxChars) {
    const std::string repr = strRepr(original);
    return std::string(truncateCodePoints(repr, maxChars));
}

}  // namespace

std::string invalidFloatMessage(std::string_view original) {
    return "could not convert string to float: " + strRepr(original);
}

// py: Objects/floatobject.c PyFloat_FromString + float_from_string_inner
std::optional<double> parseFloat(std::string_view utf8, TextError* err) {
    std::string s = transformDecimalAndSpaceToAscii(utf8);
    const auto fail = [&]() -> std::optional<double> {
        setError(err, ErrorKind::ValueError, invalidFloatMessage(utf8));
        return std::nullopt;
    };
    if (!removeUnderscores(s)) return fail();
    size_t first = 0, last = s.size();
    while (first < last && isAsciiSpace(s[first])) ++first;
    if (first == last) return fail();
    while (last - first > 1 && isAsciiSpace(s[last - 1])) --last;
    double value = 0;
    const std::string_view body(s.data() + first, last - first);
    const size_t used = asciiStrtod(body, &value);
    if (used == 0 || used != body.size()) return fail();
    return value;
}

// ---- text -> int ------------------------------------------------------------

std::string invalidIntLiteralMessage(std::string_view original, int base) {
    return "invalid literal for int() with base " + std::to_string(base) + ": " + truncatedRepr(original, 200);
}

namespace {

int digitValueInBase(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

}  // namespace

// py: Objects/longobject.c PyLong_FromUnicodeObject + PyLong_FromString
std::optional<IntLiteral> parseIntLiteral(std::string_view utf8, int base, IntParseStatus* status,
                                          TextError* err) {
    const auto fail = [&](IntParseStatus st, std::string message) -> std::optional<IntLiteral> {
        if (status) *status = st;
        setError(err, ErrorKind::ValueError, std::move(message));
        return std::nullopt;
    };
    if ((base != 0 && base < 2) || base > 36) return fail(IntParseStatus::BadBase, std::string(kIntBaseMessage));
    const std::string s = transformDecimalAndSpaceToAscii(utf8);
    const auto invalid = [&]() { return fail(IntParseStatus::Invalid, invalidIntLiteralMessage(utf8, base)); };
    const auto at = [&](size_t i) { return i < s.size() ? s[i] : '\0'; };

    IntLiteral lit;
    size_t p = 0;
    while (p < s.size() && isAsciiSpace(s[p])) ++p;
    if (at(p) == '+') {
        ++p;
    } else if (at(p) == '-') {
        ++p;
        lit.negative = true;
    }
    int b = base;
    bool errorIfNonzero = false;
    const char c1 = static_cast<char>(at(p + 1) | 0x20);  // prefix letter, case-folded
    if (b == 0) {
        if (at(p) != '0')
            b = 10;
        else if (c1 == 'x')
            b = 16;
        else if (c1 == 'o')
            b = 8;
        else if (c1 == 'b')
            b = 2;
        else {
            // "old" C-style octal literal, now invalid unless it is zero
            errorIfNonzero = true;
            b = 10;
        }
    }
    if (at(p) == '0' && ((b == 16 && c1 == 'x') || (b == 8 && c1 == 'o') || (b == 2 && c1 == 'b'))) {
        p += 2;
        if (at(p) == '_') ++p;  // one underscore allowed after the prefix
    }
    if (at(p) == '_') return invalid();

    const size_t start = p;
    char prev = '\0';
    size_t digits = 0;
    while (p < s.size() && (digitValueInBase(s[p]) < b || s[p] == '_')) {
        if (s[p] == '_') {
            if (prev == '_') return invalid();
        } else {
            ++digits;
            lit.digits.push_back(static_cast<char>(s[p] >= 'A' && s[p] <= 'Z' ? s[p] + 32 : s[p]));
        }
        prev = s[p++];
    }
    if (prev == '_') return invalid();
    // Binary bases convert in linear time and are exempt from the limit.
    if ((b & (b - 1)) != 0 && digits > static_cast<size_t>(kIntMaxStrDigits)) {
        return fail(IntParseStatus::TooManyDigits,
                    "Exceeds the limit (" + std::to_string(kIntMaxStrDigits) +
                        " digits) for integer string conversion: value has " + std::to_string(digits) +
                        " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    if (errorIfNonzero && lit.digits.find_first_not_of('0') != std::string::npos) return invalid();
    if (p == start) return invalid();
    while (p < s.size() && isAsciiSpace(s[p])) ++p;
    if (p != s.size()) return invalid();  // includes embedded NULs

    lit.base = b;
    const size_t nz = lit.digits.find_first_not_of('0');
    lit.digits.erase(0, nz == std::string::npos ? lit.digits.size() - 1 : nz);
    if (status) *status = IntParseStatus::Ok;
    return lit;
}

std::optional<int64_t> parseInt(std::string_view utf8, int base, IntParseStatus* status, TextError* err) {
    const std::optional<IntLiteral> lit = parseIntLiteral(utf8, base, status, err);
    if (!lit) return std::nullopt;
    // Accumulate the magnitude; 2^63 is allowed only for a negative value.
    const uint64_t limit = lit->negative ? (uint64_t{1} << 63) : (uint64_t{1} << 63) - 1;
    uint64_t value = 0;
    for (char c : lit->digits) {
        const uint64_t d = static_cast<uint64_t>(digitValueInBase(c));
        if (value > (limit - d) / static_cast<uint64_t>(lit->base)) {
            if (status) *status = IntParseStatus::Overflow;
            setError(err, ErrorKind::OverflowError, "int too large to convert to int64");
            return std::nullopt;
        }
        value = value * static_cast<uint64_t>(lit->base) + d;
    }
    if (lit->negative) return static_cast<int64_t>(0 - value);
    return static_cast<int64_t>(value);
}

}  // namespace ls::text

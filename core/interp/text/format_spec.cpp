#include "interp/text/format_spec.h"

#include "interp/text/unicode.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <system_error>

namespace ls::text {

namespace {

bool isAlignmentToken(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

bool isSignElement(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// "'d'" for printable ASCII, "'\x1'" otherwise, as CPython's messages
// print the presentation type.
std::string quotedCode(char32_t c) {
    if (c > 32 && c < 128) return std::string("'") + static_cast<char>(c) + "'";
    char buf[16];
    const auto res = std::to_chars(buf, buf + sizeof buf, static_cast<unsigned>(c), 16);
    return "'\\x" + std::string(buf, res.ptr) + "'";
}

std::string_view typeNameForMessage(std::string_view typeName) { return typeName.substr(0, 200); }  // %.200s

std::nullopt_t fail(TextError* err, std::string message, ErrorKind kind = ErrorKind::ValueError) {
    setError(err, kind, std::move(message));
    return std::nullopt;
}

// py: Python/formatter_unicode.c unknown_presentation_type
std::nullopt_t unknownPresentationType(char32_t type, std::string_view typeName, TextError* err) {
    return fail(err, "Unknown format code " + quotedCode(type) + " for object of type '" +
                         std::string(typeNameForMessage(typeName)) + "'");
}

// py: Python/formatter_unicode.c get_integer. Returns the number of digits
// consumed (Unicode decimal digits count), -1 on overflow.
int getInteger(const std::u32string& s, size_t& pos, int64_t* result, TextError* err) {
    int64_t accumulator = 0;
    int numdigits = 0;
    for (; pos < s.size(); ++pos, ++numdigits) {
        const int digit = decimalValue(s[pos]);
        if (digit < 0) break;
        if (accumulator > (INT64_MAX - digit) / 10) {
            setError(err, ErrorKind::ValueError, "Too many decimal digits in format string");
            return -1;
        }
        accumulator = accumulator * 10 + digit;
    }
    *result = accumulator;
    return numdigits;
}

// py: Python/formatter_unicode.c (3.11) _PyUnicode_InsertThousandsGrouping
// with the fixed groupings the spec can ask for: every groupLen digits (0:
// no grouping, as the C locale used for 'n'), zero-padded towards minWidth.
// Built right to left, reversed at the end (all characters are ASCII).
std::string groupDigits(std::string_view digits, int64_t minWidth, int groupLen, char sep) {
    std::string out;
    minWidth = std::max<int64_t>(0, minWidth);
    int64_t remaining = static_cast<int64_t>(digits.size());
    size_t dpos = digits.size();
    bool useSeparator = false;  // separators go between groups only
    const auto emit = [&](int64_t nChars, int64_t nZeros) {
        if (useSeparator) out.push_back(sep);
        for (int64_t i = 0; i < nChars; ++i) out.push_back(digits[--dpos]);
        out.append(static_cast<size_t>(nZeros), '0');
    };
    bool loopBroken = false;
    if (groupLen > 0) {
        for (;;) {
            const int64_t len = std::min<int64_t>(groupLen, std::max<int64_t>(std::max(remaining, minWidth), 1));
            const int64_t nZeros = std::max<int64_t>(0, len - remaining);
            const int64_t nChars = std::max<int64_t>(0, std::min(remaining, len));
            emit(nChars, nZeros);
            useSeparator = true;
            remaining -= nChars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                loopBroken = true;
                break;
            }
            minWidth -= 1;  // the separator's width
        }
    }
    if (!loopBroken) {
        const int64_t len = std::max<int64_t>(std::max(remaining, minWidth), 1);
        emit(std::max<int64_t>(0, std::min(remaining, len)), std::max<int64_t>(0, len - remaining));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// The pieces of a formatted number: [sign][prefix][digits][.remainder].
struct NumberParts {
    bool negative = false;
    std::string_view prefix;     // "0x" etc., only with '#'
    std::string_view digits;     // integer digits, grouped and zero-padded
    bool hasDecimal = false;
    std::string_view remainder;  // after the point: fraction, exponent, '%'; or the 'c' character
    int64_t remainderLen = 0;    // in code points
    int groupLen = 0;
    char separator = 0;
};

void appendFill(std::string& out, char32_t fill, int64_t n) {
    if (fill < 0x80) {
        out.append(static_cast<size_t>(n), static_cast<char>(fill));
        return;
    }
    const std::string f = encodeUtf8(fill);
    for (int64_t i = 0; i < n; ++i) out += f;
}

// py: Python/formatter_unicode.c calc_number_widths + fill_number
std::string layoutNumber(const NumberParts& n, const FormatSpec& f) {
    int64_t nSign = 0;
    char sign = 0;
    if (f.sign == '+') {
        nSign = 1;
        sign = n.negative ? '-' : '+';
    } else if (f.sign == ' ') {
        nSign = 1;
        sign = n.negative ? '-' : ' ';
    } else if (n.negative) {
        nSign = 1;
        sign = '-';
    }
    const int64_t nPrefix = static_cast<int64_t>(n.prefix.size());
    const int64_t nonDigitNonPadding = nSign + nPrefix + (n.hasDecimal ? 1 : 0) + n.remainderLen;
    // Zero padding goes inside the digits (and their separators).
    const int64_t minWidth = (f.fill == '0' && f.align == '=') ? f.width - nonDigitNonPadding : 0;
    // No digits only happens for 'c'; the grouping code wants at least one.
    const std::string grouped =
        n.digits.empty() ? std::string() : groupDigits(n.digits, minWidth, n.groupLen, n.separator);
    const int64_t padding = f.width - (nonDigitNonPadding + static_cast<int64_t>(grouped.size()));
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f.align) {
        case '<':
            rpad = padding;
            break;
        case '^':
            lpad = padding / 2;
            rpad = padding - lpad;
            break;
        case '=':
            spad = padding;
            break;
        default:  // '>'
            lpad = padding;
            break;
        }
    }
    std::string out;
    appendFill(out, f.fill, lpad);
    if (nSign) out.push_back(sign);
    out += n.prefix;
    appendFill(out, f.fill, spad);
    out += grouped;
    if (n.hasDecimal) out.push_back('.');
    out += n.remainder;
    appendFill(out, f.fill, rpad);
    return out;
}

int groupLenFor(const FormatSpec& f) {
    if (f.type == 'n' || !f.thousands) return 0;  // 'n': the C locale does not group
    if (f.thousands == '_' && (f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X')) return 4;
    return 3;
}

// py: Python/formatter_unicode.c format_long_internal, for a magnitude given
// as digits in the presentation base. codePoint is the value for 'c'; none
// when the int does not even fit a C long.
std::optional<std::string> formatLongInternal(bool negative, std::string_view magnitude,
                                              std::optional<int64_t> codePoint, const FormatSpec& f,
                                              TextError* err) {
    if (f.precision != -1) return fail(err, "Precision not allowed in integer format specifier");
    if (f.noNegZero)
        return fail(err, "Negative zero coercion (z) not allowed in integer format specifier");
    NumberParts parts;
    std::string digits;
    std::string character;
    if (f.type == 'c') {
        if (f.sign != 0) return fail(err, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return fail(err, "Alternate form (#) not allowed with integer format specifier 'c'");
        if (!codePoint) return fail(err, "Python int too large to convert to C long", ErrorKind::OverflowError);
        if (*codePoint < 0 || *codePoint > 0x10FFFF)
            return fail(err, "%c arg not in range(0x110000)", ErrorKind::OverflowError);
        // The character travels as a "remainder": copied, never grouped.
        character = encodeUtf8(static_cast<char32_t>(*codePoint));
        parts.remainder = character;
        parts.remainderLen = 1;
    } else {
        digits.assign(magnitude);
        if (f.type == 'X')
            for (char& c : digits) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        parts.negative = negative;
        parts.digits = digits;
        if (f.alternate) {
            switch (f.type) {
            case 'b': parts.prefix = "0b"; break;
            case 'o': parts.prefix = "0o"; break;
            case 'x': parts.prefix = "0x"; break;
            case 'X': parts.prefix = "0X"; break;
            default: break;
            }
        }
        parts.groupLen = groupLenFor(f);
        parts.separator = f.thousands;
    }
    return layoutNumber(parts, f);
}

// py: Python/formatter_unicode.c format_float_internal
std::optional<std::string> formatFloatInternal(double value, const FormatSpec& f, TextError* err) {
    if (f.precision > INT_MAX) return fail(err, "precision too big");
    int precision = static_cast<int>(f.precision);
    int defaultPrecision = 6;
    unsigned flags = 0;
    if (f.alternate) flags |= kDtsAlt;
    if (f.noNegZero) flags |= kDtsNoNeg0;
    char32_t type = f.type;
    if (type == 0) {
        // Omitted type: repr(x) without precision, else like 'g' but with at
        // least one digit after the decimal point.
        flags |= kDtsAddDot0;
        type = 'r';
        defaultPrecision = 0;
    }
    if (type == 'n') type = 'g';  // same as 'g' in the C locale
    bool addPct = false;
    if (type == '%') {
        type = 'f';
        value *= 100;
        addPct = true;
    }
    if (precision < 0)
        precision = defaultPrecision;
    else if (type == 'r')
        type = 'g';
    std::string buf = doubleToString(value, static_cast<char>(type), precision, flags);
    if (addPct) buf.push_back('%');

    NumberParts parts;
    std::string_view rest = buf;
    if (!rest.empty() && rest[0] == '-') {
        parts.negative = true;
        rest.remove_prefix(1);
    }
    // py: parse_number: integer digits, then an optional point.
    size_t i = 0;
    while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i;
    parts.digits = rest.substr(0, i);
    parts.hasDecimal = i < rest.size() && rest[i] == '.';
    parts.remainder = rest.substr(parts.hasDecimal ? i + 1 : i);
    parts.remainderLen = static_cast<int64_t>(parts.remainder.size());
    parts.groupLen = groupLenFor(f);
    parts.separator = f.thousands;
    return layoutNumber(parts, f);
}

// py: Python/formatter_unicode.c format_string_internal
std::optional<std::string> formatStringInternal(std::string_view s, const FormatSpec& f, TextError* err) {
    if (f.sign != 0) {
        return fail(err, f.sign == ' ' ? "Space not allowed in string format specifier"
                                       : "Sign not allowed in string format specifier");
    }
    if (f.noNegZero)
        return fail(err, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) return fail(err, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return fail(err, "'=' alignment not allowed in string format specifier");
    int64_t len = static_cast<int64_t>(codePointCount(s));
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return std::string(s);
    std::string_view body = s;
    if (f.precision >= 0 && len >= f.precision) {
        len = f.precision;
        body = truncateCodePoints(s, static_cast<size_t>(len));
    }
    // py: calc_padding
    const int64_t total = f.width >= 0 ? std::max(f.width, len) : len;
    int64_t lpad = 0;
    if (f.align == '>')
        lpad = total - len;
    else if (f.align == '^')
        lpad = (total - len) / 2;
    std::string out;
    appendFill(out, f.fill, lpad);
    out += body;
    appendFill(out, f.fill, total - len - lpad);
    return out;
}

bool isFloatType(char32_t t) {
    return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%';
}

bool isIntType(char32_t t) {
    return t == 'b' || t == 'c' || t == 'd' || t == 'o' || t == 'x' || t == 'X' || t == 'n';
}

}  // namespace

// py: Python/formatter_unicode.c parse_internal_render_format_spec
std::optional<FormatSpec> parseFormatSpec(std::string_view specUtf8, char32_t defaultType, char32_t defaultAlign,
                                          std::string_view typeName, TextError* err) {
    const std::u32string s = decodeUtf8(specUtf8);
    const size_t end = s.size();
    size_t pos = 0;
    FormatSpec f;
    f.align = defaultAlign;
    f.type = defaultType;
    bool alignSpecified = false, fillSpecified = false;

    // A fill character is only recognised in front of an alignment token.
    if (end - pos >= 2 && isAlignmentToken(s[pos + 1])) {
        f.align = s[pos + 1];
        f.fill = s[pos];
        fillSpecified = alignSpecified = true;
        pos += 2;
    } else if (end - pos >= 1 && isAlignmentToken(s[pos])) {
        f.align = s[pos];
        alignSpecified = true;
        ++pos;
    }
    if (pos < end && isSignElement(s[pos])) f.sign = s[pos++];
    if (pos < end && s[pos] == 'z') {
        f.noNegZero = true;
        ++pos;
    }
    if (pos < end && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    // The special case for 0-padding (backwards compat): '=' alignment only
    // for the types that align right by default.
    if (!fillSpecified && pos < end && s[pos] == '0') {
        f.fill = '0';
        if (!alignSpecified && defaultAlign == '>') f.align = '=';
        ++pos;
    }
    int consumed = getInteger(s, pos, &f.width, err);
    if (consumed < 0) return std::nullopt;
    if (consumed == 0) f.width = -1;

    const auto bothSeparators = [&]() { return fail(err, "Cannot specify both ',' and '_'."); };
    if (pos < end && s[pos] == ',') {
        f.thousands = ',';
        ++pos;
    }
    if (pos < end && s[pos] == '_') {
        if (f.thousands) return bothSeparators();
        f.thousands = '_';
        ++pos;
    }
    if (pos < end && s[pos] == ',' && f.thousands == '_') return bothSeparators();

    if (pos < end && s[pos] == '.') {
        ++pos;
        consumed = getInteger(s, pos, &f.precision, err);
        if (consumed < 0) return std::nullopt;
        if (consumed == 0) return fail(err, "Format specifier missing precision");
    }
    if (end - pos > 1) {
        return fail(err, "Invalid format specifier '" + std::string(specUtf8) + "' for object of type '" +
                             std::string(typeNameForMessage(typeName)) + "'");
    }
    if (end - pos == 1) f.type = s[pos++];

    if (f.thousands) {
        switch (f.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;  // PEP 378
        case 'b': case 'o': case 'x': case 'X':
            if (f.thousands == '_') break;  // PEP 515: every four digits
            [[fallthrough]];
        default:
            return fail(err, std::string("Cannot specify '") + f.thousands + "' with " + quotedCode(f.type) + ".");
        }
    }
    return f;
}

// py: Python/formatter_unicode.c _PyLong_FormatAdvancedWriter
std::optional<std::string> formatInt(int64_t value, const FormatSpec& spec, TextError* err,
                                     std::string_view typeName) {
    if (isFloatType(spec.type)) return formatFloatInternal(static_cast<double>(value), spec, err);
    if (!isIntType(spec.type)) return unknownPresentationType(spec.type, typeName, err);
    int base = 10;
    switch (spec.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    default: break;
    }
    const uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    char buf[72];
    const auto res = std::to_chars(buf, buf + sizeof buf, magnitude, base);
    return formatLongInternal(value < 0, std::string_view(buf, static_cast<size_t>(res.ptr - buf)), value, spec,
                              err);
}

std::optional<std::string> formatBigIntDigits(bool negative, std::string_view digits, const FormatSpec& spec,
                                              TextError* err, std::string_view typeName) {
    if (isFloatType(spec.type)) {
        // PyNumber_Float on a big int: correctly rounded, or OverflowError.
        double v = 0;
        const auto res = std::from_chars(digits.data(), digits.data() + digits.size(), v);
        if (res.ec == std::errc::result_out_of_range || std::isinf(v))
            return fail(err, "int too large to convert to float", ErrorKind::OverflowError);
        return formatFloatInternal(negative ? -v : v, spec, err);
    }
    if (!isIntType(spec.type)) return unknownPresentationType(spec.type, typeName, err);
    return formatLongInternal(negative, digits, std::nullopt, spec, err);
}

// py: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter
std::optional<std::string> formatFloat(double value, const FormatSpec& spec, TextError* err,
                                       std::string_view typeName) {
    if (spec.type == 0 || spec.type == 'n' || isFloatType(spec.type)) return formatFloatInternal(value, spec, err);
    return unknownPresentationType(spec.type, typeName, err);
}

// py: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter
std::optional<std::string> formatString(std::string_view utf8, const FormatSpec& spec, TextError* err,
                                        std::string_view typeName) {
    if (spec.type == 's') return formatStringInternal(utf8, spec, err);
    return unknownPresentationType(spec.type, typeName, err);
}

std::optional<std::string> formatInt(int64_t value, std::string_view spec, TextError* err,
                                     std::string_view typeName) {
    if (spec.empty()) return std::to_string(value);
    const std::optional<FormatSpec> f = parseFormatSpec(spec, 'd', '>', typeName, err);
    if (!f) return std::nullopt;
    return formatInt(value, *f, err, typeName);
}

std::optional<std::string> formatFloat(double value, std::string_view spec, TextError* err,
                                       std::string_view typeName) {
    if (spec.empty()) return floatRepr(value);
    const std::optional<FormatSpec> f = parseFormatSpec(spec, 0, '>', typeName, err);
    if (!f) return std::nullopt;
    return formatFloat(value, *f, err, typeName);
}

std::optional<std::string> formatString(std::string_view utf8, std::string_view spec, TextError* err,
                                        std::string_view typeName) {
    if (spec.empty()) return std::string(utf8);
    const std::optional<FormatSpec> f = parseFormatSpec(spec, 's', '<', typeName, err);
    if (!f) return std::nullopt;
    return formatString(utf8, *f, err, typeName);
}

}  // namespace ls::text

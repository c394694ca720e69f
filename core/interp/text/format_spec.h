// The format-spec mini-language (PEP 3101) of format(), str.format and
// f-strings, for int, float and str values, as CPython 3.11's
// Python/formatter_unicode.c implements it.
//
// Each formatter returns std::nullopt after filling *err with the Python
// exception to raise (ValueError, or OverflowError for an out-of-range 'c').
// `typeName` is the value's type name for messages ("bool" for True).
#pragma once

#include "interp/text/format_number.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ls::text {

struct FormatSpec {
    char32_t fill = U' ';
    char32_t align = 0;       // '<' '>' '=' '^'; defaulted by the parser
    bool alternate = false;   // '#'
    bool noNegZero = false;   // 'z' (floats only)
    char32_t sign = 0;        // '+' '-' ' ' or 0
    int64_t width = -1;       // -1: none
    char thousands = 0;       // ',' or '_' or 0
    int64_t precision = -1;   // -1: none
    char32_t type = 0;        // presentation type; 0 for float means "none"
};

// py: Python/formatter_unicode.c parse_internal_render_format_spec.
// defaultType/defaultAlign: int 'd' '>', float 0 '>', str 's' '<'.
std::optional<FormatSpec> parseFormatSpec(std::string_view spec, char32_t defaultType, char32_t defaultAlign,
                                          std::string_view typeName, TextError* err);

// format(value, spec) with the spec already parsed (parse with the matching
// defaults above). Integer presentation types b c d o x X n; the float ones
// (e E f F g G %) convert the int to float first, as int.__format__ does.
std::optional<std::string> formatInt(int64_t value, const FormatSpec& spec, TextError* err,
                                     std::string_view typeName = "int");
// Float types e E f F g G n % and none (none: repr without precision, 'g'-like
// with at least one digit after the point with one).
std::optional<std::string> formatFloat(double value, const FormatSpec& spec, TextError* err,
                                       std::string_view typeName = "float");
// Type 's' only; width and precision count code points.
std::optional<std::string> formatString(std::string_view utf8, const FormatSpec& spec, TextError* err,
                                        std::string_view typeName = "str");

// An integer too large for int64, given as its magnitude's digits in the
// base of spec.type (b: 2, o: 8, x/X: 16 lower case, d/n: 10). Handles the
// integer presentation types; 'c' reports the OverflowError a big int gets
// (it does not fit a C long).
// Float types are the caller's: convert the int to double and use formatFloat.
std::optional<std::string> formatBigIntDigits(bool negative, std::string_view digits, const FormatSpec& spec,
                                              TextError* err, std::string_view typeName = "int");

// Parse + format in one call. An empty spec yields str(value) (the caller
// handles types whose str differs, e.g. bool).
std::optional<std::string> formatInt(int64_t value, std::string_view spec, TextError* err,
                                     std::string_view typeName = "int");
std::optional<std::string> formatFloat(double value, std::string_view spec, TextError* err,
                                       std::string_view typeName = "float");
std::optional<std::string> formatString(std::string_view utf8, std::string_view spec, TextError* err,
                                        std::string_view typeName = "str");

}  // namespace ls::text

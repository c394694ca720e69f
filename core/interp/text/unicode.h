// UTF-8 text utilities with CPython 3.11 str semantics.
//
// Strings are UTF-8 std::string/std::string_view; "index" always means a
// code point index, as in Python. Decoding is lenient "generalized UTF-8":
// 3-byte encodings of surrogates (U+D800..U+DFFF) are accepted because a
// Python str may hold lone surrogates, and each malformed byte decodes to
// U+FFFD so that no input can make these functions fail.
//
// Character properties come from QChar (Qt 6.4 ships Unicode 14.0, the same
// database as CPython 3.11) plus small exception tables where Python's
// definition differs from a plain general category (see unicode.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ls::text {

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;
inline constexpr char32_t kReplacementChar = 0xFFFD;

// ---- encoding / decoding -------------------------------------------------

// Decodes the code point starting at byte offset `pos` and advances `pos`
// past it. Precondition: pos < s.size().
char32_t decodeUtf8At(std::string_view s, size_t& pos);
std::u32string decodeUtf8(std::string_view s);
void appendUtf8(std::string& out, char32_t cp);
std::string encodeUtf8(char32_t cp);
std::string encodeUtf8(std::u32string_view cps);

// ---- code point indexing ---------------------------------------------------

size_t codePointCount(std::string_view s);
// Byte offset of code point `index`; s.size() when index >= count.
size_t byteOffsetOfCodePoint(std::string_view s, size_t index);
std::optional<char32_t> codePointAt(std::string_view s, size_t index);
// Code points [start, end), both clamped to the string (no negative indices:
// the caller normalises Python slice bounds first).
std::string_view sliceCodePoints(std::string_view s, size_t start, size_t end);
// The first n code points (all of s when it is shorter).
std::string_view truncateCodePoints(std::string_view s, size_t n);

// ---- repr ------------------------------------------------------------------

// repr(str): quotes and escapes exactly as CPython.
std::string strRepr(std::string_view utf8);
// ascii(str): repr with every non-ASCII code point escaped.
std::string strAscii(std::string_view utf8);
// The "backslashreplace" step of ascii(): \xNN, \uNNNN or \UNNNNNNNN for
// every non-ASCII code point of an already built repr.
std::string asciiEscape(std::string_view utf8);

// ---- per code point properties (Python definitions) ------------------------

bool isPrintable(char32_t c);      // str.isprintable
bool isSpace(char32_t c);          // str.isspace
bool isAlpha(char32_t c);          // str.isalpha
bool isDecimal(char32_t c);        // str.isdecimal
bool isDigit(char32_t c);          // str.isdigit
bool isNumeric(char32_t c);        // str.isnumeric
bool isAlnum(char32_t c);          // str.isalnum
bool isUpper(char32_t c);          // Uppercase derived property
bool isLower(char32_t c);          // Lowercase derived property
bool isTitle(char32_t c);          // general category Lt
bool isCased(char32_t c);          // Cased derived property
bool isCaseIgnorable(char32_t c);  // Case_Ignorable derived property
// Py_UNICODE_TODECIMAL: 0..9 for decimal digits (category Nd), else -1.
int decimalValue(char32_t c);
// Py_UNICODE_TODIGIT: also covers digits such as superscripts, else -1.
int digitValue(char32_t c);

// ---- whole-string predicates (Objects/unicodeobject.c) ----------------------

// str.isupper / islower / istitle: need at least one cased character.
bool strIsUpper(std::string_view s);
bool strIsLower(std::string_view s);
bool strIsTitle(std::string_view s);
// all(pred(c) for c in s) and s != '' -- isspace, isalpha, isdigit, ...
bool strAllOf(std::string_view s, bool (*pred)(char32_t));
// str.isprintable is the one predicate that is true for ''.
bool strIsPrintable(std::string_view s);

// ---- case mapping (full mappings, SpecialCasing included) -------------------

std::string toUpper(std::string_view s);     // 'ß'.upper() == 'SS'
std::string toLower(std::string_view s);     // final sigma rule applied
std::string toCaseFold(std::string_view s);  // str.casefold
std::string toTitle(std::string_view s);     // str.title
std::string capitalize(std::string_view s);  // str.capitalize
std::string swapCase(std::string_view s);    // str.swapcase

}  // namespace ls::text

// Character names for "\N{...}" escapes (see tools/gen_unicode_names.py for
// which characters are named).
#pragma once

#include <optional>
#include <string_view>

namespace ls {

// "NAME;HEX\n" lines sorted by name (unicode_names.cpp, generated).
extern const char *const kUnicodeNameTable;

// The character a \N{name} escape names, as CPython's unicodedata getcode
// (case-insensitive names and aliases; computed CJK UNIFIED IDEOGRAPH-XXXX
// and HANGUL SYLLABLE names). nullopt when we do not know the name.
std::optional<char32_t> lookupUnicodeName(std::string_view name);

}  // namespace ls

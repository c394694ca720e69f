// CPython 3.11's str and bytes hash exactly as the run contract's oracle
// sees it (PYTHONHASHSEED=0: SipHash-1-3 with a zero key), so hash('abc')
// and the iteration order of sets of strings can match CPython's.
#pragma once

#include <cstdint>
#include <string_view>

namespace ls::interp {

// py: Python/pyhash.c siphash13 over the bytes of `data`, key (0, 0).
uint64_t siphash13(std::string_view data);
// hash(b'...'): 0 for empty, -1 mapped to -2.
int64_t cpythonBytesHash(std::string_view data);
// hash(str) of a UTF-8 string: SipHash over the string's PEP 393 storage
// (1, 2 or 4 bytes per code point, little-endian, by its widest code point).
int64_t cpythonStrHash(std::string_view utf8);

}  // namespace ls::interp

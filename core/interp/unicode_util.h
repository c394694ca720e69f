// UTF-8 and the Unicode character classes CPython's tokenizer uses.
#pragma once

#include <string>
#include <string_view>

namespace ls {

// Decodes one UTF-8 code point at s[i] (advancing i); an invalid or cut
// sequence gives one U+FFFD for its valid start, as CPython's "replace".
char32_t decodeUtf8(std::string_view s, size_t &i);
void appendUtf8(std::string &out, char32_t cp);
// Python's escape of one code point: \xNN, \uNNNN or \UNNNNNNNN (ascii(),
// codec error messages).
std::string escapeCodePoint(char32_t cp);
// Number of code points in the first `bytes` bytes of `s` (a cut sequence
// at the end counts as one, like CPython's "replace" decoding).
int codePointCount(std::string_view s, size_t bytes);
// py: Parser/pegen.c _PyPegen_byte_offset_to_character_offset: a 1-based
// byte column into `lineWithNewline` to a 1-based column in characters.
int byteToCharOffset(std::string_view lineWithNewline, int byteOffset);
bool isPrintable(char32_t cp);  // Py_UNICODE_ISPRINTABLE
bool isXidStart(char32_t cp);   // _PyUnicode_IsXidStart
bool isXidContinue(char32_t cp);

}  // namespace ls

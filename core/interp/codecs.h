// The text codecs a classroom script meets: UTF-8, ASCII and Latin-1, with
// the error handlers of str.encode / bytes.decode and CPython's messages.
// Other encodings (gbk, utf-16, ...) raise LookupError naming them as not
// simulated.
// py: Objects/unicodeobject.c (3.11) encoders/decoders and error handlers
#pragma once

#include <string>

namespace ls::interp {

class VM;

// `text` is UTF-8; returns the encoded bytes.
std::string encodeText(VM &vm, const std::string &text, const std::string &encoding, const std::string &errors);
// Returns the decoded text as UTF-8.
std::string decodeBytes(VM &vm, const std::string &data, const std::string &encoding, const std::string &errors);

}  // namespace ls::interp

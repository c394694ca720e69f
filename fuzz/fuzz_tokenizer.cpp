// libFuzzer target: any bytes through the tokenizer. It must never crash,
// read out of bounds or loop; errors are reported, not thrown.
#include "interp/tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ls::Tokenizer tok(std::string_view(reinterpret_cast<const char *>(data), size));
    tok.run();
    // Touch what the parser reads afterwards: every token's text and line.
    size_t n = 0;
    for (const auto &t : tok.tokens()) n += tok.text(t).size() + tok.lineText(t.line).size();
    (void)n;
    return 0;
}

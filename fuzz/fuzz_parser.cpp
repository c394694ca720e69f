// libFuzzer target: any bytes through the parser (tokenizer included) and
// the AST dump. A SyntaxError is a valid outcome; anything else escaping,
// a crash or a sanitizer report is a bug.
#include "interp/ast_dump.h"
#include "interp/parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    try {
        auto module = ls::parseModule(std::string_view(reinterpret_cast<const char *>(data), size), "<fuzz>");
        (void)ls::dumpAst(*module, true);
    } catch (const ls::SyntaxErrorException &) {
    }
    return 0;
}

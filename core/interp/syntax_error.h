// A SyntaxError found while tokenizing, parsing or compiling, carrying what
// CPython's traceback.format_exception_only prints: file, line, the source
// line and a caret range under the offending text.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace ls {

struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // or IndentationError / TabError
    std::string msg;                   // e.g. "expected ':'"
    std::string filename;
    int line = 0;         // 1-based
    int offset = 0;       // 1-based column in code points, as CPython's e.offset
    int endLine = 0;      // 0 when unknown
    int endOffset = 0;    // exclusive, 1-based; 0 or -1 when unknown (as CPython)
    std::string lineText; // the offending source line, without its line end
    // What `python3 file.py` reports when it differs from offset/endOffset:
    // reading a file, CPython 3.11 keeps parser error columns in UTF-8
    // bytes (compile() of a str converts them to characters), and says
    // column 0 for errors placed at the end of the file. formatSyntaxError
    // prints the caret under these when set.
    std::optional<std::pair<int, int>> fileOffsets;
};

class SyntaxErrorException : public std::runtime_error {
public:
    explicit SyntaxErrorException(SyntaxErrorInfo i) : std::runtime_error(i.msg), info(std::move(i)) {}
    SyntaxErrorInfo info;
};

// The text CPython 3.11 prints for an uncaught SyntaxError raised by the
// compiler (traceback.format_exception_only): "  File ..., line N\n",
// the stripped source line, the caret line, then "SyntaxError: msg\n".
std::string formatSyntaxError(const SyntaxErrorInfo &info);

}  // namespace ls

// formatSyntaxError: what `python3 file.py` prints for a SyntaxError.
// py: Python/pythonrun.c print_exception_file_and_line, parse_syntax_error
// and print_error_text (3.11). That code works on the UTF-8 bytes of the
// line with the exception's offsets, which is why a file's parser errors
// carry byte offsets (SyntaxErrorInfo::fileOffsets).
#include "syntax_error.h"

namespace ls {

std::string formatSyntaxError(const SyntaxErrorInfo &info)
{
    std::string out;
    if (info.line > 0) {
        out += "  File \"" + info.filename + "\", line " + std::to_string(info.line) + "\n";
        int offset = info.fileOffsets ? info.fileOffsets->first : info.offset;
        int endOffset = info.fileOffsets ? info.fileOffsets->second : info.endOffset;
        int endLine = info.endLine;
        if (info.type != "SyntaxError") {
            // parse_syntax_error: subclasses (IndentationError, TabError)
            // show no range.
            endLine = info.line;
            endOffset = -1;
        }
        // The file's line as CPython read it, with its '\n'.
        const std::string &text = info.lineText;
        long lineSize = long(text.size()) + 1;
        if (endLine > info.line)
            endOffset = int(lineSize);
        if (endOffset > lineSize + 1)
            endOffset = int(lineSize + 1);

        // print_error_text
        long carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
        long off = long(offset) - 1;
        size_t start = 0;
        while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            ++start;
            --off;
        }
        std::string shown = text.substr(start);
        long len = long(shown.size());
        if (off > len)
            off = len;
        // Skip past newlines embedded in the text (multi-line tokens).
        while (true) {
            size_t nl = shown.find('\n');
            if (nl == std::string::npos || long(nl) >= off)
                break;
            shown.erase(0, nl + 1);
            off -= long(nl) + 1;
        }
        out += "    " + shown + "\n";
        if (off >= 0) {
            out += "    ";
            out += std::string(size_t(off), ' ');
            out += std::string(size_t(carets), '^');
            out += "\n";
        }
    }
    out += info.type + ": " + info.msg + "\n";
    return out;
}

}  // namespace ls

// The AST as text, in the format of Python's ast.dump(): the parser's test
// oracle (tests compare it with CPython's own ast.dump of the same source).
#pragma once

#include "ast.h"

#include <string>

namespace ls {

// ast.dump(tree) (3.11): one line, field names, no positions, None fields
// left out. With includeAttributes, also lineno/col_offset/end_lineno/
// end_col_offset, as ast.dump(tree, include_attributes=True) but with
// columns in code points (ast.h's unit; CPython's are UTF-8 bytes).
std::string dumpAst(const ast::Module &module, bool includeAttributes = false);

// repr() of a str, as CPython prints it (also used for Constant values).
std::string pyStrRepr(std::string_view utf8);
// repr() of a bytes object (b'...').
std::string pyBytesRepr(std::string_view bytes);
// repr() of a float (shortest round-trip digits, Python's layout).
std::string pyFloatRepr(double v);

}  // namespace ls

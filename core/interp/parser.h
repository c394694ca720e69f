// The parser: Python 3.11 source (minus `match`) to the AST of ast.h.
#pragma once

#include "ast.h"
#include "syntax_error.h"

#include <memory>
#include <string>
#include <string_view>

namespace ls {

// Parses a whole file. Throws SyntaxErrorException carrying the message and
// location CPython 3.11 reports for the first error (tokenizer and parser
// errors; errors CPython finds later, in its symtable and compiler, are the
// compiler's). `filename` goes into the error and Module::filename.
std::unique_ptr<ast::Module> parseModule(std::string_view source, const std::string &filename);

}  // namespace ls

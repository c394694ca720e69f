// Scope analysis: which names of each function, class, lambda, comprehension
// and module are local, global (explicit or implicit), free or cell, exactly
// as CPython decides it, so the compiler picks the same LOAD_FAST /
// LOAD_GLOBAL / LOAD_DEREF / LOAD_NAME and builds the same co_varnames,
// co_cellvars and co_freevars.
//
// py: Python/symtable.c (3.11). Two passes as there: building (one
// SymbolScope per scope, with each name's DEF_* / USE flags) and analysis
// (analyze_block: resolving each name's scope from the enclosing ones).
// Errors found on the way ("nonlocal declaration not allowed at module
// level", "duplicate argument ...", ...) are thrown as ls::SyntaxErrorException
// with CPython's messages and positions.
#pragma once

#include "ast.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace ls::interp {

// py: Include/internal/pycore_symtable.h DEF_* flags.
namespace symflag {
constexpr uint32_t DefGlobal = 1u << 0;     // global statement
constexpr uint32_t DefLocal = 1u << 1;      // assigned in the block
constexpr uint32_t DefParam = 1u << 2;      // a parameter
constexpr uint32_t DefNonlocal = 1u << 3;   // nonlocal statement
constexpr uint32_t Use = 1u << 4;           // read in the block
constexpr uint32_t DefFree = 1u << 5;       // free in the block (unused, kept for parity)
constexpr uint32_t DefFreeClass = 1u << 6;  // free in a child of a class, and bound in the class
constexpr uint32_t DefImport = 1u << 7;     // bound by import
constexpr uint32_t DefAnnot = 1u << 8;      // annotated (x: int)
constexpr uint32_t DefCompIter = 1u << 9;   // comprehension iteration variable
constexpr uint32_t DefBound = DefLocal | DefParam | DefImport;
}  // namespace symflag

enum class SymScope : uint8_t { None, Local, GlobalExplicit, GlobalImplicit, Free, Cell };
enum class BlockKind : uint8_t { Module, Class, Function };
enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
    uint32_t flags = 0;
    SymScope scope = SymScope::None;
};

// One scope (CPython's PySTEntryObject). Functions, lambdas and
// comprehensions are Function blocks.
struct SymbolScope {
    BlockKind kind = BlockKind::Module;
    std::string name;          // function/class name, "lambda", "listcomp", ...
    const void *node = nullptr;  // the AST node that opened the scope
    ast::Pos pos;
    SymbolScope *parent = nullptr;
    std::vector<std::unique_ptr<SymbolScope>> children;

    // Symbols by (mangled) name, plus their first-seen order (CPython's
    // ste_symbols dict order, which decides which error is reported first).
    std::unordered_map<std::string, Symbol> symbols;
    std::vector<std::string> order;
    // Parameters in definition order: posonly, args, kwonly, *args, **kwargs.
    std::vector<std::string> varnames;
    // global/nonlocal (and walrus-implied) declarations: first position of each.
    std::vector<std::pair<std::string, ast::Pos>> directives;

    bool nested = false;        // inside a function
    bool generator = false;     // contains yield (or is a generator expression)
    bool coroutine = false;     // async def, contains await / async comprehension
    bool varargs = false, varkeywords = false;
    bool returnsValue = false;
    bool childFree = false;     // a child block has free variables
    bool free = false;          // this block has free variables
    bool needsClassClosure = false;  // class: a method uses __class__ / super()
    bool compIterTarget = false;     // building: visiting a comprehension target
    int compIterExpr = 0;            // building: inside a comprehension's iterable
    ComprehensionKind comprehension = ComprehensionKind::None;

    const Symbol *lookup(const std::string &mangled) const {
        auto it = symbols.find(mangled);
        return it == symbols.end() ? nullptr : &it->second;
    }
    SymScope scopeOf(const std::string &mangled) const {
        const Symbol *s = lookup(mangled);
        return s ? s->scope : SymScope::None;
    }
    // Sorted names whose scope is `scope` (or whose flags contain `flag`):
    // CPython's dictbytype(), which orders co_cellvars and co_freevars.
    std::vector<std::string> namesByScope(SymScope scope, uint32_t flag = 0) const;
};

struct SymtableOptions {
    bool allowTopLevelAwait = true;
};

class SymbolTable {
public:
    // Builds and analyses the table of `module`; throws SyntaxErrorException.
    static std::unique_ptr<SymbolTable> build(const ast::Module &module, const SymtableOptions &opts);

    SymbolScope *top() const { return top_.get(); }
    // The scope opened by `node` (a FunctionDef, ClassDef, Lambda or
    // comprehension expression), or nullptr.
    SymbolScope *scopeFor(const void *node) const {
        auto it = byNode_.find(node);
        return it == byNode_.end() ? nullptr : it->second;
    }

private:
    friend class SymtableBuilder;
    std::unique_ptr<SymbolScope> top_;
    std::unordered_map<const void *, SymbolScope *> byNode_;
};

// py: Python/compile.c _Py_Mangle: `__x` inside class C becomes `_C__x`
// (not dunders, not dotted names; leading underscores of C are dropped).
std::string mangleName(const std::string &privateName, const std::string &name);

// Throws the SyntaxError `msg` located at `pos` (CPython's offsets: 1-based
// columns, end exclusive), with the source line from `module`.
[[noreturn]] void throwSyntaxError(const ast::Module &module, const std::string &msg, const ast::Pos &pos);

}  // namespace ls::interp

// Private to compiler*.cpp: the Compiler class, split over
//   compiler.cpp        units, emission, names/consts, assembly, stack depth
//   compiler_stmt.cpp   simple statements, assignments, imports
//   compiler_flow.cpp   loops, try/except/finally, with, break/continue/return
//   compiler_expr.cpp   expressions, calls, conditional jumps
//   compiler_func.cpp   functions, lambdas, classes, comprehensions
// py: Python/compile.c (3.11); the method names follow its compiler_* functions.
#pragma once

#include "compiler.h"
#include "symtable.h"
#include "vm.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ls::interp::detail {

// py: compile.c COMPILER_SCOPE_*
enum class ScopeType : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// py: compile.c enum fblocktype: what a break/continue/return has to undo
// when it leaves the block.
enum class FBlockType : uint8_t {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
    HandlerCleanup, PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
};

struct FBlock {
    explicit FBlock(FBlockType t, int b = -1, int e = -1) : type(t), block(b), exit(e) {}
    FBlockType type;
    int block = -1;  // loops: the continue target
    int exit = -1;   // loops: the break target
    const ast::StmtList *finalbody = nullptr;  // FinallyTry
    ast::Pos withPos;                          // With/AsyncWith: line of the __exit__ call
    std::string name;                          // HandlerCleanup: the `as` name, or empty
};

// One code object being compiled (py: struct compiler_unit).
struct Unit {
    SymbolScope *ste = nullptr;
    ScopeType scopeType = ScopeType::Module;
    std::string name, qualname;
    std::string privateName;  // class name used for mangling (u_private)
    std::vector<Instr> code;
    std::vector<ast::Pos> locs;  // position of each instruction
    std::vector<int> labels;     // label -> instruction index, -1 while unbound
    std::vector<Value> consts;
    std::unordered_map<std::string, int> constIndex;
    std::vector<std::string> names;
    std::unordered_map<std::string, int> nameIndex;
    std::vector<std::string> varnames;
    std::unordered_map<std::string, int> varIndex;
    std::vector<std::string> cellvars, freevars;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
    int firstline = 1;
    ast::Pos loc;                // position given to emitted instructions
    std::vector<FBlock> fblocks;
};

class Compiler {
public:
    Compiler(VM &vm, const ast::Module &module, const CompileOptions &opts);
    Ref<CodeObject> compileModule();

    // ---------------------------------------------------------- compiler.cpp
    // Sets the current position for the lifetime of the guard (SET_LOC).
    // (Restores the unit it was made in, even after a nested scope ended.)
    class LocGuard {
    public:
        LocGuard(Compiler &c, const ast::Pos &pos) : unit_(c.u_), saved_(c.u_->loc) { unit_->loc = pos; }
        ~LocGuard() { unit_->loc = saved_; }
        LocGuard(const LocGuard &) = delete;
        LocGuard &operator=(const LocGuard &) = delete;
    private:
        Unit *unit_;
        ast::Pos saved_;
    };

private:
    friend class LocGuard;
    VM &vm_;
    const ast::Module &mod_;
    CompileOptions opts_;
    std::unique_ptr<SymbolTable> st_;
    std::vector<std::unique_ptr<Unit>> units_;
    Unit *u_ = nullptr;  // units_.back()
    std::unordered_map<std::string, Value> constCache_;  // key -> the module-wide constant
    int futureLine_ = 0;              // line of the last `from __future__ import`
    bool futureAnnotations_ = false;  // from __future__ import annotations

    [[noreturn]] void error(const std::string &msg) const;
    [[noreturn]] void error(const std::string &msg, const ast::Pos &pos) const;

    int emit(Op op, uint32_t arg = 0);
    void emitJump(Op op, int label);
    void emitBackJump(int label);  // CHECK_BUDGET + JUMP (loop back-edges)
    int newLabel();
    void bind(int label);
    bool lastIsTerminal() const;   // nothing can fall through the end of the code

    uint32_t addConst(Value v, const std::string &key);
    void loadConst(Value v, const std::string &key) { emit(Op::LOAD_CONST, addConst(std::move(v), key)); }
    void loadNone();
    void loadInt(int64_t i);
    void loadStr(const std::string &s);
    uint32_t strConst(const std::string &s);
    uint32_t tupleOfStrConst(const std::vector<std::string> &items);
    // A constant for an ast Constant (or a tuple of them); key used for dedup.
    bool constantValue(const ast::Expr &e, Value &out, std::string &key);
    uint32_t addName(const std::string &name);             // unmangled
    uint32_t addMangledName(const std::string &name);      // _Py_Mangle'd (ADDOP_NAME)
    uint32_t addVarname(const std::string &name);
    std::string mangle(const std::string &name) const { return mangleName(u_->privateName, name); }

    void enterScope(const std::string &name, ScopeType type, const void *node, int firstline);
    Ref<CodeObject> exitScope();
    void setQualname();
    uint32_t computeFlags() const;
    int stackDepth() const;
    bool isTopLevelAwait() const;

    void nameOp(const std::string &name, ast::Ctx ctx);
    void makeClosure(const Ref<CodeObject> &code, uint32_t flags, const std::string &qualname);
    void body(const ast::StmtList &stmts);  // module / class body with docstring
    static const ast::Expr *docstring(const ast::StmtList &stmts);
    static bool findAnn(const ast::StmtList &stmts);
    void scanFuture();
    std::string sourceText(const ast::Expr &e) const;
    void annotationValue(const ast::Expr &annotation);  // pushes an annotation's value

    // ----------------------------------------------------- compiler_stmt.cpp
    void visitStmts(const ast::StmtList &stmts);
    void visitStmt(const ast::Stmt &s);
    void assign(const ast::Assign &s);
    void augAssign(const ast::AugAssign &s);
    void annAssign(const ast::AnnAssign &s);
    void store(const ast::Expr &target);   // pops TOS into target
    void del(const ast::Expr &target);
    void unpackHelper(const ast::ExprList &elts);
    void assignSequence(const ast::ExprList &elts);
    void importStmt(const ast::Import &s);
    void importFrom(const ast::ImportFrom &s);
    void assertStmt(const ast::Assert &s);
    void raiseStmt(const ast::Raise &s);
    void exprStmt(const ast::ExprStmt &s);
    void ifStmt(const ast::If &s);
    void matchStmt(const ast::Match &s);
    Value patternDescriptor(const ast::Pattern &p, std::string &key);
    void checkForbiddenName(const std::string &name, ast::Ctx ctx) const;

    // ----------------------------------------------------- compiler_flow.cpp
    void whileStmt(const ast::While &s);
    void forStmt(const ast::For &s);
    void asyncFor(const ast::For &s);
    void breakStmt();
    void continueStmt();
    void returnStmt(const ast::Return &s);
    void tryStmt(const ast::Try &s);
    void tryExcept(const ast::Try &s);
    void tryFinally(const ast::Try &s);
    void tryStarExcept(const ast::Try &s);
    void tryStarFinally(const ast::Try &s);
    void withStmt(const ast::With &s, size_t pos);
    void asyncWith(const ast::With &s, size_t pos);
    void withExceptFinish();
    void callExitWithNones();
    void pushFBlock(FBlock fb);
    void popFBlock();
    void unwindFBlock(const FBlock &info, bool preserveTos);
    // Unwinds every block up to the innermost loop (stored in *loop; null
    // when there is none) or all of them when loop is null.
    void unwindFBlockStack(bool preserveTos, FBlock *loop, bool *foundLoop);
    void emitYieldFrom();  // LOAD_CONST None; YIELD_FROM
    void emitAwait(uint32_t where);  // GET_AWAITABLE where; LOAD_CONST None; YIELD_FROM

    // ----------------------------------------------------- compiler_expr.cpp
    void visitExpr(const ast::Expr &e);
    void visitExprInner(const ast::Expr &e);
    void constant(const ast::Constant &e);
    void nameLoad(const ast::Name &e);
    void binOp(const ast::BinOp &e);
    void unaryOp(const ast::UnaryOp &e);
    void boolOp(const ast::BoolOp &e);
    void compare(const ast::Compare &e);
    void compareOp(ast::CmpOpKind op);
    void jumpIf(const ast::Expr &e, int label, bool cond);
    void ifExp(const ast::IfExp &e);
    void call(const ast::Call &e);
    bool maybeMethodCall(const ast::Call &e);
    void callHelper(int pushed, const ast::ExprList &args, const std::vector<ast::Keyword> &keywords);
    void validateKeywords(const std::vector<ast::Keyword> &keywords);
    void subkwargs(const std::vector<ast::Keyword> &keywords, size_t begin, size_t end);
    void attribute(const ast::Attribute &e);
    void subscript(const ast::Subscript &e);
    void slice(const ast::Slice &e);
    void starunpackHelper(const ast::ExprList &elts, int pushed, Op build, Op add, Op extend, bool tuple);
    void tupleLoad(const ast::Tuple &e);
    void listLoad(const ast::List &e);
    void setLoad(const ast::Set &e);
    void dictLoad(const ast::Dict &e);
    void subdict(const ast::Dict &e, size_t begin, size_t end);
    void joinedStr(const ast::JoinedStr &e);
    void formattedValue(const ast::FormattedValue &e);
    void namedExpr(const ast::NamedExpr &e);
    void yieldExpr(const ast::Yield &e);
    void yieldFrom(const ast::YieldFrom &e);
    void awaitExpr(const ast::Await &e);
    static bool isConstantExpr(const ast::Expr &e);

    // ----------------------------------------------------- compiler_func.cpp
    void functionDef(const ast::FunctionDef &s);
    void classDef(const ast::ClassDef &s);
    void lambda(const ast::Lambda &e);
    uint32_t defaultArguments(const ast::Arguments &args);
    bool annotations(const ast::Arguments &args, const ast::Expr *returns);
    void checkDebugArgs(const ast::Arguments &args) const;
    void setArgCounts(const ast::Arguments &args);
    void decorators(const ast::ExprList &decos);
    void applyDecorators(const ast::ExprList &decos);
    enum class CompKind : uint8_t { List, Set, Dict, Generator };
    void comprehension(const ast::Expr &e, CompKind kind, const char *name,
                       const std::vector<ast::Comprehension> &gens, const ast::Expr *elt, const ast::Expr *val);
    void comprehensionGenerator(const std::vector<ast::Comprehension> &gens, size_t index, int depth,
                                const ast::Expr *elt, const ast::Expr *val, CompKind kind);
    void syncComprehensionGenerator(const std::vector<ast::Comprehension> &gens, size_t index, int depth,
                                    const ast::Expr *elt, const ast::Expr *val, CompKind kind);
    void asyncComprehensionGenerator(const std::vector<ast::Comprehension> &gens, size_t index, int depth,
                                     const ast::Expr *elt, const ast::Expr *val, CompKind kind);
    void comprehensionElement(const ast::Expr *elt, const ast::Expr *val, CompKind kind, int depth);
    void emitYield();  // [ASYNC_GEN_WRAP] YIELD_VALUE
};

// BINARY_OP's argument for an ast operator (inplace: the += form).
uint32_t binOpArg(ast::BinOpKind k, bool inplace);

// Net stack effect of an instruction; `jump` selects the branch taken.
int stackEffect(Op op, uint32_t arg, bool jump);

}  // namespace ls::interp::detail

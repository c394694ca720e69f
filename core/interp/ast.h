// The abstract syntax tree of the Python subset, as the parser produces it and
// the compiler consumes it. Node names and fields follow CPython's Lib/ast.py
// (Python/Python.asdl, 3.11) so that anyone can hold the two side by side;
// what the subset leaves out (match, type comments) is absent.
//
// Positions: `line` is 1-based, `col` is the 0-based offset in code points
// from the line start (CPython's col_offset counts UTF-8 bytes; code points
// are what a teacher sees), end* likewise, end exclusive.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ls::ast {

struct Pos {
    int line = 0, col = 0, endLine = 0, endCol = 0;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
    Name, Constant, JoinedStr, FormattedValue,
    List, Tuple, Dict, Set,
    ListComp, SetComp, DictComp, GeneratorExp,
    BinOp, UnaryOp, BoolOp, Compare,
    Call, Attribute, Subscript, Slice, Starred,
    Lambda, IfExp, NamedExpr,
    Await, Yield, YieldFrom,
};

// Load/Store/Del as in CPython's expr_context; set by the parser on targets.
enum class Ctx : uint8_t { Load, Store, Del };

struct Expr {
    ExprKind kind;
    Pos pos;
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
    template <class T> T &as() { return static_cast<T &>(*this); }
    template <class T> const T &as() const { return static_cast<const T &>(*this); }
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

struct Name : Expr {
    std::string id;
    Ctx ctx = Ctx::Load;
    Name() : Expr(ExprKind::Name) {}
};

struct Ellipsis {};
// None is std::monostate. Integers that do not fit int64 are kept as their
// decimal text (`bigInt`), so the compiler can report them, not the parser.
struct BigInt { std::string digits; };
// b"...": the byte values (a std::string, but not text).
struct Bytes { std::string data; };
using ConstantValue = std::variant<std::monostate, bool, int64_t, double, std::string, Ellipsis, BigInt, Bytes>;

struct Constant : Expr {
    ConstantValue value;
    Constant() : Expr(ExprKind::Constant) {}
};

// f"...": `values` holds Constant (str) and FormattedValue parts, in order.
struct JoinedStr : Expr {
    ExprList values;
    JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

// {value!conversion:format_spec}. conversion: 0 none, 's', 'r' or 'a'.
// format_spec is a JoinedStr (it may itself hold fields) or null.
// For the self-documenting form {x=}, the parser emits the Constant "x="
// (the expression's source text, spaces kept) before this node and sets
// conversion to 'r' unless a conversion or format spec was given, as CPython.
struct FormattedValue : Expr {
    ExprPtr value;
    char conversion = 0;
    ExprPtr formatSpec;
    FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

struct List : Expr {
    ExprList elts;
    Ctx ctx = Ctx::Load;
    List() : Expr(ExprKind::List) {}
};
struct Tuple : Expr {
    ExprList elts;
    Ctx ctx = Ctx::Load;
    Tuple() : Expr(ExprKind::Tuple) {}
};
// {k: v, **m}: a null key means `**values[i]`.
struct Dict : Expr {
    ExprList keys, values;
    Dict() : Expr(ExprKind::Dict) {}
};
struct Set : Expr {
    ExprList elts;
    Set() : Expr(ExprKind::Set) {}
};

struct Comprehension {
    ExprPtr target, iter;
    ExprList ifs;
    bool isAsync = false;
};
struct ListComp : Expr {
    ExprPtr elt;
    std::vector<Comprehension> generators;
    ListComp() : Expr(ExprKind::ListComp) {}
};
struct SetComp : Expr {
    ExprPtr elt;
    std::vector<Comprehension> generators;
    SetComp() : Expr(ExprKind::SetComp) {}
};
struct DictComp : Expr {
    ExprPtr key, value;
    std::vector<Comprehension> generators;
    DictComp() : Expr(ExprKind::DictComp) {}
};
struct GeneratorExp : Expr {
    ExprPtr elt;
    std::vector<Comprehension> generators;
    GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
};

enum class BinOpKind : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
struct BinOp : Expr {
    ExprPtr left;
    BinOpKind op;
    ExprPtr right;
    BinOp() : Expr(ExprKind::BinOp) {}
};

enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
struct UnaryOp : Expr {
    UnaryOpKind op;
    ExprPtr operand;
    UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

enum class BoolOpKind : uint8_t { And, Or };
struct BoolOp : Expr {
    BoolOpKind op;
    ExprList values;  // two or more
    BoolOp() : Expr(ExprKind::BoolOp) {}
};

enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
// a < b <= c: left=a, ops=[Lt, LtE], comparators=[b, c]
struct Compare : Expr {
    ExprPtr left;
    std::vector<CmpOpKind> ops;
    ExprList comparators;
    Compare() : Expr(ExprKind::Compare) {}
};

// f(a, *b, k=v, **m): `args` may hold Starred; a keyword with empty `arg`
// is `**value`.
struct Keyword {
    std::string arg;
    ExprPtr value;
    Pos pos;
};
struct Call : Expr {
    ExprPtr func;
    ExprList args;
    std::vector<Keyword> keywords;
    Call() : Expr(ExprKind::Call) {}
};

struct Attribute : Expr {
    ExprPtr value;
    std::string attr;
    Ctx ctx = Ctx::Load;
    Attribute() : Expr(ExprKind::Attribute) {}
};
// a[i], a[i:j], a[i, j]: `slice` is any expression, a Slice, or a Tuple of them.
struct Subscript : Expr {
    ExprPtr value, slice;
    Ctx ctx = Ctx::Load;
    Subscript() : Expr(ExprKind::Subscript) {}
};
struct Slice : Expr {
    ExprPtr lower, upper, step;  // each may be null
    Slice() : Expr(ExprKind::Slice) {}
};
struct Starred : Expr {
    ExprPtr value;
    Ctx ctx = Ctx::Load;
    Starred() : Expr(ExprKind::Starred) {}
};

struct Arg {
    std::string name;
    ExprPtr annotation;  // may be null; evaluated never (annotations are not kept)
    Pos pos;
};
// def f(a, b=1, /, c=2, *args, d, e=3, **kw)
struct Arguments {
    std::vector<Arg> posonlyargs, args;
    std::optional<Arg> vararg;
    std::vector<Arg> kwonlyargs;
    ExprList kwDefaults;  // one per kwonlyarg, null where there is none
    std::optional<Arg> kwarg;
    ExprList defaults;    // for the last len(defaults) of posonlyargs+args
};

struct Lambda : Expr {
    Arguments args;
    ExprPtr body;
    Lambda() : Expr(ExprKind::Lambda) {}
};
struct IfExp : Expr {
    ExprPtr test, body, orelse;
    IfExp() : Expr(ExprKind::IfExp) {}
};
struct NamedExpr : Expr {  // target := value
    ExprPtr target, value;
    NamedExpr() : Expr(ExprKind::NamedExpr) {}
};
struct Await : Expr {
    ExprPtr value;
    Await() : Expr(ExprKind::Await) {}
};
struct Yield : Expr {
    ExprPtr value;  // may be null
    Yield() : Expr(ExprKind::Yield) {}
};
struct YieldFrom : Expr {
    ExprPtr value;
    YieldFrom() : Expr(ExprKind::YieldFrom) {}
};

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
    FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
    For, While, If, With, Raise, Try, Assert, Import, ImportFrom,
    Global, Nonlocal, ExprStmt, Pass, Break, Continue, Match,
};

struct Stmt {
    StmtKind kind;
    Pos pos;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
    template <class T> T &as() { return static_cast<T &>(*this); }
    template <class T> const T &as() const { return static_cast<const T &>(*this); }
};
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

struct FunctionDef : Stmt {  // def and async def
    std::string name;
    Arguments args;
    StmtList body;
    ExprList decorators;
    ExprPtr returns;  // may be null; never evaluated
    bool isAsync = false;
    FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};
struct ClassDef : Stmt {
    std::string name;
    ExprList bases;
    std::vector<Keyword> keywords;
    StmtList body;
    ExprList decorators;
    ClassDef() : Stmt(StmtKind::ClassDef) {}
};
struct Return : Stmt {
    ExprPtr value;  // may be null
    Return() : Stmt(StmtKind::Return) {}
};
struct Delete : Stmt {
    ExprList targets;
    Delete() : Stmt(StmtKind::Delete) {}
};
struct Assign : Stmt {  // a = b = value
    ExprList targets;
    ExprPtr value;
    Assign() : Stmt(StmtKind::Assign) {}
};
struct AugAssign : Stmt {
    ExprPtr target;
    BinOpKind op;
    ExprPtr value;
    AugAssign() : Stmt(StmtKind::AugAssign) {}
};
struct AnnAssign : Stmt {  // x: int = 3 (annotation is parsed, never evaluated)
    ExprPtr target, annotation, value;  // value may be null
    bool simple = true;  // a bare name target, not `(x): int` nor `a.b: int` (CPython's `simple`)
    AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};
struct For : Stmt {
    ExprPtr target, iter;
    StmtList body, orelse;
    bool isAsync = false;
    For() : Stmt(StmtKind::For) {}
};
struct While : Stmt {
    ExprPtr test;
    StmtList body, orelse;
    While() : Stmt(StmtKind::While) {}
};
struct If : Stmt {  // elif is a nested If in orelse, as CPython
    ExprPtr test;
    StmtList body, orelse;
    If() : Stmt(StmtKind::If) {}
};
// A pattern of a match statement, compiled to a descriptor the VM's
// MATCH_PATTERN reads: expressions it needs (values, classes, mapping
// keys) are evaluated into a tuple first and referred to by index; the
// names it binds get slots, in first-appearance order.
enum class PatKind : uint8_t { Wildcard, Capture, Value, Singleton, Sequence, Star, Mapping, Class, As, Or };
struct Pattern {
    PatKind kind = PatKind::Wildcard;
    Pos pos;
    int valueIndex = -1;            // Value, Class (the class), Singleton: 0 None, 1 True, 2 False
    int slot = -1;                  // Capture, Star, As, Mapping's **rest: where the binding goes (-1: none)
    std::vector<std::unique_ptr<Pattern>> patterns;  // Sequence, Or, Class positional, Mapping values, As: [0]
    std::vector<int> keyIndexes;    // Mapping keys
    std::vector<std::string> kwdNames;  // Class keyword patterns (their patterns follow the positional ones)
};
using PatternPtr = std::unique_ptr<Pattern>;
struct MatchCase {
    PatternPtr pattern;
    ExprList values;                // evaluated before matching, indexed by the pattern
    ExprList captures;              // Name targets (Store), one per slot
    ExprPtr guard;                  // may be null
    StmtList body;
};
struct Match : Stmt {
    ExprPtr subject;
    std::vector<MatchCase> cases;
    Match() : Stmt(StmtKind::Match) {}
};
struct WithItem {
    ExprPtr contextExpr, optionalVars;  // optionalVars may be null
};
struct With : Stmt {
    std::vector<WithItem> items;
    StmtList body;
    bool isAsync = false;
    With() : Stmt(StmtKind::With) {}
};
struct Raise : Stmt {
    ExprPtr exc, cause;  // both may be null
    Raise() : Stmt(StmtKind::Raise) {}
};
struct ExceptHandler {
    ExprPtr type;      // may be null (bare except)
    std::string name;  // empty when no `as`
    StmtList body;
    Pos pos;
};
struct Try : Stmt {
    StmtList body;
    std::vector<ExceptHandler> handlers;
    StmtList orelse, finalbody;
    bool isStar = false;  // except*
    Try() : Stmt(StmtKind::Try) {}
};
struct Assert : Stmt {
    ExprPtr test, msg;  // msg may be null
    Assert() : Stmt(StmtKind::Assert) {}
};
struct Alias {
    std::string name;    // dotted for `import a.b`
    std::string asname;  // empty when none
    Pos pos;
};
struct Import : Stmt {
    std::vector<Alias> names;
    Import() : Stmt(StmtKind::Import) {}
};
struct ImportFrom : Stmt {  // from module import names; `*` is one alias "*"
    std::string module;
    std::vector<Alias> names;
    int level = 0;
    ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};
struct Global : Stmt {
    std::vector<std::string> names;
    Global() : Stmt(StmtKind::Global) {}
};
struct Nonlocal : Stmt {
    std::vector<std::string> names;
    Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};
struct ExprStmt : Stmt {
    ExprPtr value;
    ExprStmt() : Stmt(StmtKind::ExprStmt) {}
};
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

struct Module {
    StmtList body;
    std::string filename;
    // The source split into lines (without line ends), for tracebacks and
    // the code view.
    std::vector<std::string> lines;
};

}  // namespace ls::ast

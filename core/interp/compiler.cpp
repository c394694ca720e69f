// The compiler's core: code units, instruction emission, labels, constant /
// name / variable tables, scopes (enter/exit), name resolution and assembly
// (label resolution, stack depth, flags).
// py: Python/compile.c (3.11): compiler_enter_scope, compiler_set_qualname,
// compiler_nameop, compiler_make_closure, compute_code_flags, stackdepth.
#include "bigint.h"
#include "compiler_internal.h"

#include <bit>
#include <cstring>
#include <stdexcept>

namespace ls::interp {

bool opIsJump(Op op) {
    switch (op) {
    case Op::JUMP: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE:
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: case Op::JUMP_IF_NOT_EXC_MATCH:
    case Op::FOR_ITER: case Op::SETUP_EXCEPT: case Op::SETUP_FINALLY: case Op::SETUP_WITH:
    case Op::SETUP_ASYNC_WITH:
        return true;
    default:
        return false;
    }
}

Ref<CodeObject> compileModule(VM &vm, const ast::Module &module, const CompileOptions &opts) {
    detail::Compiler c(vm, module, opts);
    return c.compileModule();
}

namespace detail {

// Stack effect of each opcode, as documented in opcodes.h.
// py: Python/compile.c stack_effect
int stackEffect(Op op, uint32_t arg, bool jump) {
    int n = static_cast<int>(arg);
    switch (op) {
    case Op::NOP: case Op::ROT_TWO: case Op::ROT_THREE: case Op::ROT_FOUR: return 0;
    case Op::POP_TOP: return -1;
    case Op::DUP_TOP: return 1;
    case Op::DUP_TOP_TWO: return 2;
    case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF: case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF: case Op::LOAD_NAME: case Op::LOAD_GLOBAL: return 1;
    case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_NAME: case Op::STORE_GLOBAL: return -1;
    case Op::DELETE_FAST: case Op::DELETE_DEREF: case Op::DELETE_NAME: case Op::DELETE_GLOBAL: return 0;
    case Op::LOAD_ATTR: return 0;
    case Op::STORE_ATTR: return -2;
    case Op::DELETE_ATTR: return -1;
    case Op::LOAD_METHOD: return 1;
    case Op::BINARY_SUBSCR: return -1;
    case Op::STORE_SUBSCR: return -3;
    case Op::DELETE_SUBSCR: return -2;
    case Op::BUILD_SLICE: return 1 - n;
    case Op::UNARY_POSITIVE: case Op::UNARY_NEGATIVE: case Op::UNARY_NOT: case Op::UNARY_INVERT: return 0;
    case Op::BINARY_OP: case Op::COMPARE_OP: case Op::IS_OP: case Op::CONTAINS_OP: return -1;
    case Op::JUMP: return 0;
    case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: return -1;
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::JUMP_IF_NOT_EXC_MATCH: return -1;
    case Op::GET_ITER: case Op::GET_AITER: return 0;
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::GET_ANEXT: return 1;
    case Op::END_ASYNC_FOR: return -2;
    case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING: return 1 - n;
    case Op::BUILD_MAP: return 1 - 2 * n;
    case Op::LIST_APPEND: case Op::SET_ADD: return -1;
    case Op::MAP_ADD: return -2;
    case Op::LIST_EXTEND: case Op::SET_UPDATE: case Op::DICT_UPDATE: case Op::DICT_MERGE: return -1;
    case Op::LIST_TO_TUPLE: return 0;
    case Op::UNPACK_SEQUENCE: return n - 1;
    case Op::UNPACK_EX: return static_cast<int>((arg & 0xFFFF) + (arg >> 16));
    case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Op::CALL: return -(n + 1);
    case Op::CALL_FUNCTION: return -n;
    case Op::CALL_FUNCTION_KW: return -(n + 1);
    case Op::CALL_FUNCTION_EX: return -1 - static_cast<int>(arg & 1);
    case Op::MAKE_FUNCTION: return -1 - std::popcount(arg & 0x0F);
    case Op::RETURN_VALUE: return -1;
    case Op::LOAD_BUILD_CLASS: return 1;
    case Op::IMPORT_NAME: return -1;
    case Op::IMPORT_FROM: return 1;
    case Op::IMPORT_STAR: return -1;
    case Op::LOAD_ASSERTION_ERROR: return 1;
    case Op::SETUP_EXCEPT: case Op::SETUP_FINALLY: return jump ? 1 : 0;
    case Op::POP_BLOCK: case Op::PUSH_EXC_INFO: case Op::POP_EXCEPT: return 0;
    case Op::RAISE_VARARGS: return -n;
    case Op::RERAISE: return -1;
    case Op::SETUP_WITH: return 1;  // mgr -- exit enter; handler: exit exc
    case Op::BEFORE_ASYNC_WITH: return 1;
    case Op::SETUP_ASYNC_WITH: return 0;  // handler: exit exc (enter_result replaced)
    case Op::WITH_EXCEPT_START: return 1;
    case Op::CALL_EXIT_NORMAL: return 0;
    case Op::CHECK_EXC_STAR: return 0;
    case Op::GEN_START: case Op::YIELD_VALUE: case Op::GET_YIELD_FROM_ITER: case Op::GET_AWAITABLE:
    case Op::ASYNC_GEN_WRAP: return 0;
    case Op::YIELD_FROM: return -1;
    case Op::PRINT_EXPR: return -1;
    case Op::SETUP_ANNOTATIONS: return 0;
    case Op::LOAD_LOCALS: return 1;
    case Op::MATCH_PATTERN: return -1;
    case Op::CHECK_BUDGET: return 0;
    case Op::PREP_RERAISE_STAR: return -1;
    case Op::COUNT_: break;
    }
    return 0;
}

Compiler::Compiler(VM &vm, const ast::Module &module, const CompileOptions &opts)
    : vm_(vm), mod_(module), opts_(opts) {}

void Compiler::error(const std::string &msg) const { throwSyntaxError(mod_, msg, u_->loc); }
void Compiler::error(const std::string &msg, const ast::Pos &pos) const { throwSyntaxError(mod_, msg, pos); }

bool Compiler::isTopLevelAwait() const {
    return opts_.allowTopLevelAwait && u_->ste->kind == BlockKind::Module;
}

// ------------------------------------------------------------------ emission

int Compiler::emit(Op op, uint32_t arg) {
    u_->code.push_back(Instr{op, arg});
    u_->locs.push_back(u_->loc);
    return static_cast<int>(u_->code.size()) - 1;
}

void Compiler::emitJump(Op op, int label) { emit(op, static_cast<uint32_t>(label)); }

void Compiler::emitBackJump(int label) {
    emit(Op::CHECK_BUDGET);
    emitJump(Op::JUMP, label);
}

int Compiler::newLabel() {
    u_->labels.push_back(-1);
    return static_cast<int>(u_->labels.size()) - 1;
}

void Compiler::bind(int label) { u_->labels[static_cast<size_t>(label)] = static_cast<int>(u_->code.size()); }

bool Compiler::lastIsTerminal() const {
    if (u_->code.empty()) return false;
    int end = static_cast<int>(u_->code.size());
    for (int l : u_->labels)
        if (l == end) return false;  // something jumps past the last instruction
    switch (u_->code.back().op) {
    case Op::RETURN_VALUE: case Op::RAISE_VARARGS: case Op::RERAISE: case Op::JUMP: return true;
    default: return false;
    }
}

// ---------------------------------------------------------- tables

uint32_t Compiler::addConst(Value v, const std::string &key) {
    auto it = u_->constIndex.find(key);
    if (it != u_->constIndex.end()) return static_cast<uint32_t>(it->second);
    // Equal constants are one object across the whole module, as CPython's
    // merge_consts_recursive makes them (`f() is g()` for two 'abc' literals).
    if (key[0] != 'C') {
        auto [cached, fresh] = constCache_.emplace(key, v);
        if (!fresh) v = cached->second;
    }
    u_->consts.push_back(std::move(v));
    int idx = static_cast<int>(u_->consts.size()) - 1;
    u_->constIndex.emplace(key, idx);
    return static_cast<uint32_t>(idx);
}

void Compiler::loadNone() { loadConst(Value::none(), "N"); }
void Compiler::loadInt(int64_t i) { loadConst(Value::integer(i), "I" + std::to_string(i)); }
uint32_t Compiler::strConst(const std::string &s) { return addConst(vm_.str(s), "S" + s); }
void Compiler::loadStr(const std::string &s) { emit(Op::LOAD_CONST, strConst(s)); }

uint32_t Compiler::tupleOfStrConst(const std::vector<std::string> &items) {
    std::string key = "T" + std::to_string(items.size()) + ":";
    std::vector<Value> vals;
    for (auto &s : items) {
        key += std::to_string(s.size()) + ":" + s;
        vals.push_back(vm_.str(s));
    }
    return addConst(vm_.tuple(std::move(vals)), key);
}

// The value of a constant expression: ast Constant, or a tuple of constants
// (CPython's AST optimizer folds those into one constant).
bool Compiler::constantValue(const ast::Expr &e, Value &out, std::string &key) {
    if (e.kind == ast::ExprKind::Constant) {
        const auto &v = e.as<ast::Constant>().value;
        if (std::holds_alternative<std::monostate>(v)) { out = Value::none(); key = "N"; return true; }
        if (auto *b = std::get_if<bool>(&v)) { out = Value::boolean(*b); key = *b ? "B1" : "B0"; return true; }
        if (auto *i = std::get_if<int64_t>(&v)) { out = Value::integer(*i); key = "I" + std::to_string(*i); return true; }
        if (auto *d = std::get_if<double>(&v)) {
            uint64_t bits;
            std::memcpy(&bits, d, sizeof bits);
            out = Value::real(*d);
            key = "F" + std::to_string(bits);
            return true;
        }
        if (auto *s = std::get_if<std::string>(&v)) { out = vm_.str(*s); key = "S" + *s; return true; }
        if (std::holds_alternative<ast::Ellipsis>(v)) { out = vm_.ellipsis(); key = "E"; return true; }
        if (auto *by = std::get_if<ast::Bytes>(&v)) { out = vm_.bytes(by->data); key = "Y" + by->data; return true; }
        if (auto *big = std::get_if<ast::BigInt>(&v)) {  // beyond int64: a big int constant
            out = big::fromDigits(vm_, false, big->digits, 10);
            key = "L" + big->digits;
            return true;
        }
        return false;
    }
    if (e.kind == ast::ExprKind::UnaryOp) {  // -<number>
        if (!isConstantExpr(e)) return false;
        const auto &v = e.as<ast::UnaryOp>().operand->as<ast::Constant>().value;
        if (auto *i = std::get_if<int64_t>(&v)) {
            out = Value::integer(-*i);
            key = "I" + std::to_string(-*i);
        } else if (auto *d = std::get_if<double>(&v)) {
            double neg = -*d;
            uint64_t bits;
            std::memcpy(&bits, &neg, sizeof bits);
            out = Value::real(neg);
            key = "F" + std::to_string(bits);
        } else {  // -9223372036854775808
            out = Value::integer(INT64_MIN);
            key = "I" + std::to_string(INT64_MIN);
        }
        return true;
    }
    if (e.kind == ast::ExprKind::Tuple) {
        const auto &t = e.as<ast::Tuple>();
        if (t.ctx != ast::Ctx::Load) return false;
        for (auto &elt : t.elts) if (!isConstantExpr(*elt)) return false;
        std::vector<Value> items;
        key = "T" + std::to_string(t.elts.size()) + ":";
        for (auto &elt : t.elts) {
            Value v;
            std::string k;
            constantValue(*elt, v, k);
            items.push_back(std::move(v));
            key += std::to_string(k.size()) + ":" + k;
        }
        out = vm_.tuple(std::move(items));
        return true;
    }
    return false;
}

uint32_t Compiler::addName(const std::string &name) {
    auto it = u_->nameIndex.find(name);
    if (it != u_->nameIndex.end()) return static_cast<uint32_t>(it->second);
    u_->names.push_back(name);
    int idx = static_cast<int>(u_->names.size()) - 1;
    u_->nameIndex.emplace(name, idx);
    return static_cast<uint32_t>(idx);
}

uint32_t Compiler::addMangledName(const std::string &name) { return addName(mangle(name)); }

uint32_t Compiler::addVarname(const std::string &name) {
    auto it = u_->varIndex.find(name);
    if (it != u_->varIndex.end()) return static_cast<uint32_t>(it->second);
    u_->varnames.push_back(name);
    int idx = static_cast<int>(u_->varnames.size()) - 1;
    u_->varIndex.emplace(name, idx);
    return static_cast<uint32_t>(idx);
}

// ------------------------------------------------------------------ scopes

// py: compiler_enter_scope
void Compiler::enterScope(const std::string &name, ScopeType type, const void *node, int firstline) {
    auto unit = std::make_unique<Unit>();
    unit->ste = st_->scopeFor(node);
    if (!unit->ste) throw std::logic_error("compiler: no symbol table entry for " + name);
    unit->scopeType = type;
    unit->name = name;
    unit->firstline = firstline;
    unit->loc = ast::Pos{firstline, 0, firstline, 0};
    // Names are mangled with the enclosing class's name, inherited by nested
    // functions; a class body sets its own after entering.
    if (u_) unit->privateName = u_->privateName;
    for (auto &v : unit->ste->varnames) {
        unit->varIndex.emplace(v, static_cast<int>(unit->varnames.size()));
        unit->varnames.push_back(v);
    }
    unit->cellvars = unit->ste->namesByScope(SymScope::Cell);
    if (unit->ste->needsClassClosure) unit->cellvars.insert(unit->cellvars.begin(), "__class__");
    unit->freevars = unit->ste->namesByScope(SymScope::Free, symflag::DefFreeClass);
    units_.push_back(std::move(unit));
    u_ = units_.back().get();
    if (type != ScopeType::Module) setQualname();
    else u_->qualname = name;

    uint32_t flags = computeFlags();
    if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) emit(Op::GEN_START);
}

// py: compiler_set_qualname
void Compiler::setQualname() {
    Unit *u = u_;
    if (units_.size() <= 2) {  // the parent is the module
        u->qualname = u->name;
        return;
    }
    Unit *parent = units_[units_.size() - 2].get();
    bool forceGlobal = false;
    if (u->scopeType == ScopeType::Function || u->scopeType == ScopeType::AsyncFunction ||
        u->scopeType == ScopeType::Class) {
        std::string mangled = mangleName(parent->privateName, u->name);
        if (parent->ste->scopeOf(mangled) == SymScope::GlobalExplicit) forceGlobal = true;
    }
    if (forceGlobal) {
        u->qualname = u->name;
    } else if (parent->scopeType == ScopeType::Function || parent->scopeType == ScopeType::AsyncFunction ||
               parent->scopeType == ScopeType::Lambda) {
        u->qualname = parent->qualname + ".<locals>." + u->name;
    } else {
        u->qualname = parent->qualname + "." + u->name;
    }
}

// py: compute_code_flags
uint32_t Compiler::computeFlags() const {
    const SymbolScope *ste = u_->ste;
    uint32_t flags = 0;
    if (ste->kind == BlockKind::Function) {
        if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    } else {
        flags |= CO_NAMESPACE;
    }
    if (isTopLevelAwait() && ste->coroutine && !ste->generator) flags |= CO_COROUTINE;
    return flags;
}

// The maximum stack depth, following every path from the entry and every
// exception handler, as py: compile.c stackdepth(). Every instruction must
// be reached with one depth; a mismatch is a compiler bug.
int Compiler::stackDepth() const {
    const auto &code = u_->code;
    std::vector<int> depth(code.size(), -1);
    std::vector<std::pair<size_t, int>> work;
    int maxDepth = 0;
    if (!code.empty()) work.emplace_back(0, 0);
    auto reach = [&](size_t target, int d) {
        if (target >= code.size()) throw std::logic_error("compiler: jump past the end of " + u_->qualname);
        if (depth[target] < 0) work.emplace_back(target, d);
        else if (depth[target] != d)
            throw std::logic_error("compiler: inconsistent stack depth at " + std::to_string(target) + " in " +
                                   u_->qualname);
    };
    while (!work.empty()) {
        auto [i, d] = work.back();
        work.pop_back();
        while (i < code.size()) {
            if (depth[i] >= 0) {
                if (depth[i] != d)
                    throw std::logic_error("compiler: inconsistent stack depth at " + std::to_string(i) + " in " +
                                           u_->qualname);
                break;
            }
            depth[i] = d;
            const Instr &in = code[i];
            if (opIsJump(in.op)) {
                int target = d + stackEffect(in.op, in.arg, true);
                if (target < 0) throw std::logic_error("compiler: negative stack depth in " + u_->qualname);
                maxDepth = std::max(maxDepth, target);
                reach(in.arg, target);
            }
            d += stackEffect(in.op, in.arg, false);
            if (d < 0) throw std::logic_error("compiler: negative stack depth at " + std::to_string(i) + " in " +
                                              u_->qualname);
            maxDepth = std::max(maxDepth, d);
            Op op = in.op;
            if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE) break;
            ++i;
        }
    }
    return maxDepth;
}

// py: compiler_exit_scope + assemble
Ref<CodeObject> Compiler::exitScope() {
    Unit *u = u_;
    if (!lastIsTerminal()) {
        // The implicit `return None` at the end gets the last line seen.
        if (!u->locs.empty()) u->loc = u->locs.back();
        loadNone();
        emit(Op::RETURN_VALUE);
    }
    for (auto &in : u->code) {
        if (!opIsJump(in.op)) continue;
        int target = u->labels.at(in.arg);
        if (target < 0) throw std::logic_error("compiler: unbound label in " + u->qualname);
        in.arg = static_cast<uint32_t>(target);
    }
    auto *co = vm_.make<CodeObject>(vm_.types.code);
    Ref<CodeObject> code(co);
    co->stacksize = stackDepth();
    co->flags = computeFlags();
    co->code = std::move(u->code);
    co->lines.reserve(u->locs.size());
    for (auto &p : u->locs) co->lines.push_back(p.line);
    co->consts = std::move(u->consts);
    for (auto &n : u->names) co->names.push_back(vm_.intern(n));
    co->varnames = u->varnames;
    co->cellvars = u->cellvars;
    co->freevars = u->freevars;
    // A parameter captured by an inner function lives in a cell; the VM
    // copies the argument into it when the frame starts.
    co->cell2arg.assign(co->cellvars.size(), -1);
    bool anyArgCell = false;
    for (size_t i = 0; i < co->cellvars.size(); ++i) {
        const auto &params = u->ste->varnames;
        for (size_t j = 0; j < params.size(); ++j) {
            if (params[j] == co->cellvars[i]) {
                co->cell2arg[i] = static_cast<int>(j);
                anyArgCell = true;
            }
        }
    }
    if (!anyArgCell) co->cell2arg.clear();
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->firstline = u->firstline;
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = mod_.filename;

    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return code;
}

// ------------------------------------------------------------------ names

void Compiler::checkForbiddenName(const std::string &name, ast::Ctx ctx) const {
    if (name != "__debug__") return;
    if (ctx == ast::Ctx::Store) error("cannot assign to __debug__");
    if (ctx == ast::Ctx::Del) error("cannot delete __debug__");
}

// py: compiler_nameop
void Compiler::nameOp(const std::string &name, ast::Ctx ctx) {
    checkForbiddenName(name, ctx);
    std::string mangled = mangle(name);
    SymScope scope = u_->ste->scopeOf(mangled);
    bool isFunction = u_->ste->kind == BlockKind::Function;
    enum class OpType { Name, Fast, Global, Deref } optype = OpType::Name;
    uint32_t derefIndex = 0;
    auto indexIn = [&](const std::vector<std::string> &v) -> int {
        for (size_t i = 0; i < v.size(); ++i) if (v[i] == mangled) return static_cast<int>(i);
        return -1;
    };
    switch (scope) {
    case SymScope::Free: {
        int i = indexIn(u_->freevars);
        if (i < 0) throw std::logic_error("compiler: free variable " + mangled + " missing");
        optype = OpType::Deref;
        derefIndex = static_cast<uint32_t>(u_->cellvars.size() + static_cast<size_t>(i));
        break;
    }
    case SymScope::Cell: {
        int i = indexIn(u_->cellvars);
        if (i < 0) throw std::logic_error("compiler: cell variable " + mangled + " missing");
        optype = OpType::Deref;
        derefIndex = static_cast<uint32_t>(i);
        break;
    }
    case SymScope::Local: if (isFunction) optype = OpType::Fast; break;
    case SymScope::GlobalImplicit: if (isFunction) optype = OpType::Global; break;
    case SymScope::GlobalExplicit: optype = OpType::Global; break;
    case SymScope::None: break;
    }
    using C = ast::Ctx;
    switch (optype) {
    case OpType::Deref:
        emit(ctx == C::Load ? (u_->ste->kind == BlockKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF)
             : ctx == C::Store ? Op::STORE_DEREF : Op::DELETE_DEREF,
             derefIndex);
        break;
    case OpType::Fast:
        emit(ctx == C::Load ? Op::LOAD_FAST : ctx == C::Store ? Op::STORE_FAST : Op::DELETE_FAST, addVarname(mangled));
        break;
    case OpType::Global:
        emit(ctx == C::Load ? Op::LOAD_GLOBAL : ctx == C::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
             addName(mangled));
        break;
    case OpType::Name:
        emit(ctx == C::Load ? Op::LOAD_NAME : ctx == C::Store ? Op::STORE_NAME : Op::DELETE_NAME, addName(mangled));
        break;
    }
}

// py: compiler_make_closure. Pushes [closure tuple] code qualname and
// MAKE_FUNCTION; `flags` tells what the caller already pushed.
void Compiler::makeClosure(const Ref<CodeObject> &code, uint32_t flags, const std::string &qualname) {
    if (!code->freevars.empty()) {
        for (auto &name : code->freevars) {
            // A method's free variable named like a local of the class is
            // both local and free in the class: the closure takes the free one.
            bool isCell = (u_->scopeType == ScopeType::Class && name == "__class__") ||
                          u_->ste->scopeOf(name) == SymScope::Cell;
            int arg = -1;
            if (isCell) {
                for (size_t i = 0; i < u_->cellvars.size(); ++i) if (u_->cellvars[i] == name) arg = static_cast<int>(i);
            } else {
                for (size_t i = 0; i < u_->freevars.size(); ++i)
                    if (u_->freevars[i] == name) arg = static_cast<int>(u_->cellvars.size() + i);
            }
            if (arg < 0) throw std::logic_error("compiler: closure lookup of " + name + " in " + u_->qualname);
            emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(arg));
        }
        emit(Op::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
        flags |= 8;
    }
    emit(Op::LOAD_CONST, addConst(code.value(), "C" + std::to_string(u_->consts.size())));
    loadStr(qualname);
    emit(Op::MAKE_FUNCTION, flags);
}

// py: _PyAST_GetDocString
const ast::Expr *Compiler::docstring(const ast::StmtList &stmts) {
    if (stmts.empty() || stmts[0]->kind != ast::StmtKind::ExprStmt) return nullptr;
    const ast::Expr &e = *stmts[0]->as<ast::ExprStmt>().value;
    if (e.kind != ast::ExprKind::Constant) return nullptr;
    if (!std::holds_alternative<std::string>(e.as<ast::Constant>().value)) return nullptr;
    return &e;
}

// py: find_ann: does the body (not nested scopes) hold an annotated assignment?
bool Compiler::findAnn(const ast::StmtList &stmts) {
    for (auto &sp : stmts) {
        const ast::Stmt &s = *sp;
        switch (s.kind) {
        case ast::StmtKind::AnnAssign: return true;
        case ast::StmtKind::For:
            if (findAnn(s.as<ast::For>().body) || findAnn(s.as<ast::For>().orelse)) return true;
            break;
        case ast::StmtKind::While:
            if (findAnn(s.as<ast::While>().body) || findAnn(s.as<ast::While>().orelse)) return true;
            break;
        case ast::StmtKind::If:
            if (findAnn(s.as<ast::If>().body) || findAnn(s.as<ast::If>().orelse)) return true;
            break;
        case ast::StmtKind::With:
            if (findAnn(s.as<ast::With>().body)) return true;
            break;
        case ast::StmtKind::Try: {
            auto &t = s.as<ast::Try>();
            for (auto &h : t.handlers) if (findAnn(h.body)) return true;
            if (findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse)) return true;
            break;
        }
        default: break;
        }
    }
    return false;
}

// py: compiler_body (module and class bodies)
void Compiler::body(const ast::StmtList &stmts) {
    std::optional<LocGuard> first;
    if (u_->scopeType == ScopeType::Module && !stmts.empty()) first.emplace(*this, stmts[0]->pos);
    if (findAnn(stmts)) emit(Op::SETUP_ANNOTATIONS);
    size_t i = 0;
    if (const ast::Expr *doc = docstring(stmts)) {
        LocGuard g(*this, stmts[0]->pos);
        visitExpr(*doc);
        nameOp("__doc__", ast::Ctx::Store);
        i = 1;
    }
    for (; i < stmts.size(); ++i) visitStmt(*stmts[i]);
}

// py: compiler_mod
Ref<CodeObject> Compiler::compileModule() {
    SymtableOptions so;
    so.allowTopLevelAwait = opts_.allowTopLevelAwait;
    st_ = SymbolTable::build(mod_, so);
    scanFuture();
    enterScope("<module>", ScopeType::Module, &mod_, 1);
    body(mod_.body);
    return exitScope();
}

// py: Python/future.c future_parse: `from __future__ import ...` must come
// first (after the docstring); `annotations` turns annotations into strings.
void Compiler::scanFuture() {
    const auto &b = mod_.body;
    size_t i = docstring(b) ? 1 : 0;
    for (; i < b.size(); ++i) {
        const ast::Stmt &s = *b[i];
        if (s.kind != ast::StmtKind::ImportFrom) break;
        const auto &imp = s.as<ast::ImportFrom>();
        if (imp.module != "__future__" || imp.level != 0) break;
        futureLine_ = s.pos.line;
        for (auto &alias : imp.names) {
            static constexpr const char *known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                                    "with_statement", "print_function", "unicode_literals",
                                                    "barry_as_FLUFL", "generator_stop", "annotations"};
            bool ok = false;
            for (const char *k : known) if (alias.name == k) ok = true;
            // py: future.c reports the statement's start, without an end column.
            ast::Pos at{s.pos.line, s.pos.col, s.pos.line, -1};
            if (alias.name == "braces") error("not a chance", at);
            if (!ok) error("future feature " + alias.name + " is not defined", at);
            if (alias.name == "annotations") futureAnnotations_ = true;
        }
    }
}

// The source text of `e`, as the value of an annotation under
// `from __future__ import annotations`. CPython unparses the AST
// (Python/ast_unparse.c); the source slice equals it for usual spellings.
std::string Compiler::sourceText(const ast::Expr &e) const {
    const ast::Pos &p = e.pos;
    auto cpToByte = [](const std::string &line, int cp) {
        size_t i = 0;
        for (int n = 0; i < line.size() && n < cp; ++n) {
            auto c = static_cast<unsigned char>(line[i]);
            i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        }
        return std::min(i, line.size());
    };
    std::string out;
    for (int ln = p.line; ln <= p.endLine; ++ln) {
        if (ln < 1 || static_cast<size_t>(ln) > mod_.lines.size()) break;
        const std::string &line = mod_.lines[static_cast<size_t>(ln) - 1];
        size_t from = ln == p.line ? cpToByte(line, p.col) : 0;
        size_t to = ln == p.endLine ? cpToByte(line, p.endCol) : line.size();
        if (ln != p.line) out += ' ';
        if (to > from) out += line.substr(from, to - from);
    }
    return out;
}

}  // namespace detail
}  // namespace ls::interp

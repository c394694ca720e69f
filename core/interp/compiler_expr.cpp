// Expressions: constants, names, operators, comparisons (chained, with
// short-circuit), boolean operators, conditional jumps, calls, attributes,
// subscripts, displays (with * and ** unpacking), f-strings, walrus,
// yield / yield from / await.
// py: Python/compile.c (3.11) compiler_visit_expr1, compiler_jump_if,
// compiler_compare, compiler_boolop, compiler_call, compiler_call_helper,
// maybe_optimize_method_call, starunpack_helper, compiler_dict,
// compiler_joined_str, compiler_formatted_value.
#include "compiler_internal.h"
#include "set_update.h"

namespace ls::interp::detail {

namespace {

constexpr size_t kStackUseGuideline = 30;  // py: STACK_USE_GUIDELINE

// The line of an attribute's name (`obj\n .name`), which CPython 3.11 gives
// LOAD_ATTR / LOAD_METHOD and the method CALL.
ast::Pos attrPos(const ast::Expr &e) {
    ast::Pos p = e.pos;
    if (p.endLine) p.line = p.endLine;
    return p;
}

// Compile-time truth of a constant, or -1 when unknown.
int constantTruth(const ast::Expr &e) {
    if (e.kind == ast::ExprKind::Tuple) {
        if (e.as<ast::Tuple>().ctx != ast::Ctx::Load) return -1;
        return e.as<ast::Tuple>().elts.empty() ? 0 : -1;
    }
    if (e.kind != ast::ExprKind::Constant) return -1;
    const auto &v = e.as<ast::Constant>().value;
    if (std::holds_alternative<std::monostate>(v)) return 0;
    if (auto *b = std::get_if<bool>(&v)) return *b ? 1 : 0;
    if (auto *i = std::get_if<int64_t>(&v)) return *i != 0 ? 1 : 0;
    if (auto *d = std::get_if<double>(&v)) return *d != 0.0 ? 1 : 0;
    if (auto *s = std::get_if<std::string>(&v)) return s->empty() ? 0 : 1;
    if (std::holds_alternative<ast::Ellipsis>(v)) return 1;
    return -1;
}

}  // namespace

bool Compiler::isConstantExpr(const ast::Expr &e) {
    if (e.kind == ast::ExprKind::Constant) return true;
    if (e.kind == ast::ExprKind::UnaryOp) {
        auto &u = e.as<ast::UnaryOp>();
        if (u.op != ast::UnaryOpKind::USub || u.operand->kind != ast::ExprKind::Constant) return false;
        const auto &v = u.operand->as<ast::Constant>().value;
        if (std::holds_alternative<int64_t>(v) || std::holds_alternative<double>(v)) return true;
        auto *big = std::get_if<ast::BigInt>(&v);
        return big && big->digits == "9223372036854775808";  // -2**63 fits
    }
    if (e.kind == ast::ExprKind::Tuple && e.as<ast::Tuple>().ctx == ast::Ctx::Load) {
        for (auto &elt : e.as<ast::Tuple>().elts) if (!isConstantExpr(*elt)) return false;
        return true;
    }
    return false;
}

void Compiler::visitExpr(const ast::Expr &e) {
    LocGuard g(*this, e.pos);
    visitExprInner(e);
}

void Compiler::visitExprInner(const ast::Expr &e) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::Name: nameLoad(e.as<ast::Name>()); break;
    case K::Constant: constant(e.as<ast::Constant>()); break;
    case K::JoinedStr: joinedStr(e.as<ast::JoinedStr>()); break;
    case K::FormattedValue: formattedValue(e.as<ast::FormattedValue>()); break;
    case K::List: listLoad(e.as<ast::List>()); break;
    case K::Tuple: tupleLoad(e.as<ast::Tuple>()); break;
    case K::Dict: dictLoad(e.as<ast::Dict>()); break;
    case K::Set: setLoad(e.as<ast::Set>()); break;
    case K::ListComp: {
        auto &c = e.as<ast::ListComp>();
        comprehension(e, CompKind::List, "<listcomp>", c.generators, c.elt.get(), nullptr);
        break;
    }
    case K::SetComp: {
        auto &c = e.as<ast::SetComp>();
        comprehension(e, CompKind::Set, "<setcomp>", c.generators, c.elt.get(), nullptr);
        break;
    }
    case K::DictComp: {
        auto &c = e.as<ast::DictComp>();
        comprehension(e, CompKind::Dict, "<dictcomp>", c.generators, c.key.get(), c.value.get());
        break;
    }
    case K::GeneratorExp: {
        auto &c = e.as<ast::GeneratorExp>();
        comprehension(e, CompKind::Generator, "<genexpr>", c.generators, c.elt.get(), nullptr);
        break;
    }
    case K::BinOp: binOp(e.as<ast::BinOp>()); break;
    case K::UnaryOp: unaryOp(e.as<ast::UnaryOp>()); break;
    case K::BoolOp: boolOp(e.as<ast::BoolOp>()); break;
    case K::Compare: compare(e.as<ast::Compare>()); break;
    case K::Call: call(e.as<ast::Call>()); break;
    case K::Attribute: attribute(e.as<ast::Attribute>()); break;
    case K::Subscript: subscript(e.as<ast::Subscript>()); break;
    case K::Slice: slice(e.as<ast::Slice>()); break;
    case K::Starred: error("can't use starred expression here"); break;
    case K::Lambda: lambda(e.as<ast::Lambda>()); break;
    case K::IfExp: ifExp(e.as<ast::IfExp>()); break;
    case K::NamedExpr: namedExpr(e.as<ast::NamedExpr>()); break;
    case K::Await: awaitExpr(e.as<ast::Await>()); break;
    case K::Yield: yieldExpr(e.as<ast::Yield>()); break;
    case K::YieldFrom: yieldFrom(e.as<ast::YieldFrom>()); break;
    }
}

void Compiler::constant(const ast::Constant &e) {
    Value v;
    std::string key;
    constantValue(e, v, key);
    loadConst(std::move(v), key);
}

void Compiler::nameLoad(const ast::Name &e) {
    // py: the AST optimizer turns __debug__ into True (-O is not simulated).
    if (e.id == "__debug__") {
        loadConst(Value::boolean(true), "B1");
        return;
    }
    nameOp(e.id, ast::Ctx::Load);
}

void Compiler::binOp(const ast::BinOp &e) {
    visitExpr(*e.left);
    visitExpr(*e.right);
    emit(Op::BINARY_OP, binOpArg(e.op, false));
}

void Compiler::unaryOp(const ast::UnaryOp &e) {
    // -<number> is a constant (py: the AST optimizer folds it); it also lets
    // -9223372036854775808 be written.
    Value v;
    std::string key;
    if (constantValue(e, v, key)) {
        loadConst(std::move(v), key);
        return;
    }
    visitExpr(*e.operand);
    switch (e.op) {
    case ast::UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
    case ast::UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
    case ast::UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
    case ast::UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
    }
}

void Compiler::boolOp(const ast::BoolOp &e) {
    Op jump = e.op == ast::BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    int end = newLabel();
    for (size_t i = 0; i + 1 < e.values.size(); ++i) {
        visitExpr(*e.values[i]);
        emitJump(jump, end);
    }
    visitExpr(*e.values.back());
    bind(end);
}

void Compiler::compareOp(ast::CmpOpKind op) {
    using K = ast::CmpOpKind;
    switch (op) {
    case K::Eq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq)); break;
    case K::NotEq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ne)); break;
    case K::Lt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Lt)); break;
    case K::LtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Le)); break;
    case K::Gt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Gt)); break;
    case K::GtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge)); break;
    case K::Is: emit(Op::IS_OP, 0); break;
    case K::IsNot: emit(Op::IS_OP, 1); break;
    case K::In: emit(Op::CONTAINS_OP, 0); break;
    case K::NotIn: emit(Op::CONTAINS_OP, 1); break;
    }
}

// a < b < c: each middle operand is compared twice but evaluated once
// (DUP_TOP ROT_THREE), and the chain stops at the first false result.
void Compiler::compare(const ast::Compare &e) {
    visitExpr(*e.left);
    size_t n = e.ops.size() - 1;
    if (n == 0) {
        visitExpr(*e.comparators[0]);
        compareOp(e.ops[0]);
        return;
    }
    int cleanup = newLabel(), end = newLabel();
    for (size_t i = 0; i < n; ++i) {
        visitExpr(*e.comparators[i]);
        emit(Op::DUP_TOP);
        emit(Op::ROT_THREE);
        compareOp(e.ops[i]);
        emitJump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visitExpr(*e.comparators[n]);
    compareOp(e.ops[n]);
    emitJump(Op::JUMP, end);
    bind(cleanup);
    emit(Op::ROT_TWO);
    emit(Op::POP_TOP);
    bind(end);
}

// Jumps to `label` when the truth of `e` is `cond`, without materialising
// and/or/not/chained-comparison results (py: compiler_jump_if).
void Compiler::jumpIf(const ast::Expr &e, int label, bool cond) {
    using K = ast::ExprKind;
    int truth = constantTruth(e);
    if (truth >= 0) {
        if ((truth == 1) == cond) {
            LocGuard g(*this, e.pos);
            emitJump(Op::JUMP, label);
        }
        return;
    }
    switch (e.kind) {
    case K::UnaryOp:
        if (e.as<ast::UnaryOp>().op == ast::UnaryOpKind::Not) {
            jumpIf(*e.as<ast::UnaryOp>().operand, label, !cond);
            return;
        }
        break;
    case K::BoolOp: {
        auto &b = e.as<ast::BoolOp>();
        bool cond2 = b.op == ast::BoolOpKind::Or;
        int next2 = label;
        if (cond2 != cond) next2 = newLabel();
        for (size_t i = 0; i + 1 < b.values.size(); ++i) jumpIf(*b.values[i], next2, cond2);
        jumpIf(*b.values.back(), label, cond);
        if (next2 != label) bind(next2);
        return;
    }
    case K::IfExp: {
        auto &i = e.as<ast::IfExp>();
        int end = newLabel(), next2 = newLabel();
        jumpIf(*i.test, next2, false);
        jumpIf(*i.body, label, cond);
        emitJump(Op::JUMP, end);
        bind(next2);
        jumpIf(*i.orelse, label, cond);
        bind(end);
        return;
    }
    case K::Compare: {
        auto &c = e.as<ast::Compare>();
        size_t n = c.ops.size() - 1;
        if (n == 0) break;
        LocGuard g(*this, e.pos);
        int cleanup = newLabel(), end = newLabel();
        visitExpr(*c.left);
        for (size_t i = 0; i < n; ++i) {
            visitExpr(*c.comparators[i]);
            emit(Op::DUP_TOP);
            emit(Op::ROT_THREE);
            compareOp(c.ops[i]);
            emitJump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(*c.comparators[n]);
        compareOp(c.ops[n]);
        emitJump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
        emitJump(Op::JUMP, end);
        bind(cleanup);
        emit(Op::POP_TOP);
        if (!cond) emitJump(Op::JUMP, label);
        bind(end);
        return;
    }
    default: break;
    }
    visitExpr(e);
    LocGuard g(*this, e.pos);
    emitJump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

void Compiler::ifExp(const ast::IfExp &e) {
    int end = newLabel(), next = newLabel();
    jumpIf(*e.test, next, false);
    visitExpr(*e.body);
    emitJump(Op::JUMP, end);
    bind(next);
    visitExpr(*e.orelse);
    bind(end);
}

// ------------------------------------------------------------------- calls

void Compiler::call(const ast::Call &e) {
    if (maybeMethodCall(e)) return;
    visitExpr(*e.func);
    callHelper(0, e.args, e.keywords);
}

// obj.m(a, b): LOAD_METHOD + CALL, no bound method object in between.
// Positional arguments only (opcodes.h's contract).
bool Compiler::maybeMethodCall(const ast::Call &e) {
    if (e.func->kind != ast::ExprKind::Attribute || !e.keywords.empty()) return false;
    if (e.args.size() >= kStackUseGuideline) return false;
    for (auto &a : e.args) if (a->kind == ast::ExprKind::Starred) return false;
    auto &meth = e.func->as<ast::Attribute>();
    visitExpr(*meth.value);
    LocGuard g(*this, attrPos(*e.func));
    emit(Op::LOAD_METHOD, addMangledName(meth.attr));
    for (auto &a : e.args) visitExpr(*a);
    emit(Op::CALL, static_cast<uint32_t>(e.args.size()));
    return true;
}

// py: validate_keywords
void Compiler::validateKeywords(const std::vector<ast::Keyword> &keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
        const ast::Keyword &k = keywords[i];
        if (k.arg.empty()) continue;
        checkForbiddenName(k.arg, ast::Ctx::Store);
        for (size_t j = i + 1; j < keywords.size(); ++j)
            if (keywords[j].arg == k.arg) error("keyword argument repeated: " + k.arg, keywords[j].pos);
    }
}

// Builds the dict of keywords[begin, end) (none of them **).
void Compiler::subkwargs(const std::vector<ast::Keyword> &keywords, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > kStackUseGuideline;
    if (big) emit(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        loadStr(keywords[i].arg);
        visitExpr(*keywords[i].value);
        if (big) emit(Op::MAP_ADD, 1);
    }
    if (!big) emit(Op::BUILD_MAP, static_cast<uint32_t>(n));
}

// py: compiler_call_helper. `pushed` values (class body function and name
// for __build_class__) are already on the stack after the callable.
void Compiler::callHelper(int pushed, const ast::ExprList &args, const std::vector<ast::Keyword> &keywords) {
    validateKeywords(keywords);
    size_t nelts = args.size(), nkw = keywords.size();
    bool ex = nelts + nkw * 2 > kStackUseGuideline;
    for (auto &a : args) if (a->kind == ast::ExprKind::Starred) ex = true;
    for (auto &k : keywords) if (k.arg.empty()) ex = true;
    if (!ex) {
        for (auto &a : args) visitExpr(*a);
        uint32_t n = static_cast<uint32_t>(static_cast<size_t>(pushed) + nelts + nkw);
        if (nkw) {
            std::vector<std::string> names;
            for (auto &k : keywords) {
                visitExpr(*k.value);
                names.push_back(k.arg);
            }
            emit(Op::LOAD_CONST, tupleOfStrConst(names));
            emit(Op::CALL_FUNCTION_KW, n);
        } else {
            emit(Op::CALL_FUNCTION, n);
        }
        return;
    }
    // Positional arguments: f(*x) passes x itself (CALL_FUNCTION_EX makes
    // the tuple, with CPython's "argument after *" error); otherwise a tuple.
    if (pushed == 0 && nelts == 1 && args[0]->kind == ast::ExprKind::Starred)
        visitExpr(*args[0]->as<ast::Starred>().value);
    else
        starunpackHelper(args, pushed, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
    if (nkw) {
        bool haveDict = false;
        size_t nseen = 0;  // plain keywords not yet packed
        for (size_t i = 0; i < nkw; ++i) {
            const ast::Keyword &k = keywords[i];
            if (!k.arg.empty()) {
                ++nseen;
                continue;
            }
            if (nseen) {
                subkwargs(keywords, i - nseen, i);
                if (haveDict) emit(Op::DICT_MERGE, 1);
                haveDict = true;
                nseen = 0;
            }
            if (!haveDict) {
                emit(Op::BUILD_MAP, 0);
                haveDict = true;
            }
            visitExpr(*k.value);
            emit(Op::DICT_MERGE, 1);
        }
        if (nseen) {
            subkwargs(keywords, nkw - nseen, nkw);
            if (haveDict) emit(Op::DICT_MERGE, 1);
        }
    }
    emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// ------------------------------------------------------- attribute, subscript

void Compiler::attribute(const ast::Attribute &e) {
    visitExpr(*e.value);
    LocGuard g(*this, attrPos(*static_cast<const ast::Expr *>(&e)));
    emit(Op::LOAD_ATTR, addMangledName(e.attr));
}

void Compiler::subscript(const ast::Subscript &e) {
    visitExpr(*e.value);
    visitExpr(*e.slice);
    emit(Op::BINARY_SUBSCR);
}

void Compiler::slice(const ast::Slice &e) {
    uint32_t n = 2;
    if (e.lower) visitExpr(*e.lower);
    else loadNone();
    if (e.upper) visitExpr(*e.upper);
    else loadNone();
    if (e.step) {
        visitExpr(*e.step);
        n = 3;
    }
    emit(Op::BUILD_SLICE, n);
}

// ---------------------------------------------------------------- displays

// py: starunpack_helper: [a, *b, c], (a, *b), {a, *b}, f(a, *b).
void Compiler::starunpackHelper(const ast::ExprList &elts, int pushed, Op build, Op add, Op extend, bool tuple) {
    size_t n = elts.size();
    uint32_t npushed = static_cast<uint32_t>(pushed);
    if (n > 2) {
        bool allConst = true;
        for (auto &e : elts) if (!isConstantExpr(*e)) allConst = false;
        if (allConst && build == Op::BUILD_SET) {
            // py: starunpack_helper folds {c1, c2, c3} into a frozenset
            // constant: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1.
            std::vector<Value> items;
            std::string key = "F" + std::to_string(n) + ":";
            for (auto &e : elts) {
                Value v;
                std::string k;
                constantValue(*e, v, k);
                items.push_back(std::move(v));
                key += std::to_string(k.size()) + ":" + k;
            }
            uint32_t c = addConst(foldedSetConstant(vm_, items), key);
            emit(build, npushed);
            emit(Op::LOAD_CONST, c);
            emit(extend, 1);
            return;
        }
        if (allConst) {
            // One constant tuple instead of n loads.
            std::vector<Value> items;
            std::string key = "T" + std::to_string(n) + ":";
            for (auto &e : elts) {
                Value v;
                std::string k;
                constantValue(*e, v, k);
                items.push_back(std::move(v));
                key += std::to_string(k.size()) + ":" + k;
            }
            uint32_t c = addConst(vm_.tuple(std::move(items)), key);
            if (tuple && !pushed) {
                emit(Op::LOAD_CONST, c);
            } else {
                emit(build, npushed);
                emit(Op::LOAD_CONST, c);
                emit(extend, 1);
                if (tuple) emit(Op::LIST_TO_TUPLE);
            }
            return;
        }
    }
    bool big = n + npushed > kStackUseGuideline;
    bool seenStar = false;
    for (auto &e : elts) if (e->kind == ast::ExprKind::Starred) seenStar = true;
    if (!seenStar && !big) {
        for (auto &e : elts) visitExpr(*e);
        emit(tuple ? Op::BUILD_TUPLE : build, static_cast<uint32_t>(n) + npushed);
        return;
    }
    bool built = false;
    if (big) {
        emit(build, npushed);
        built = true;
    }
    for (size_t i = 0; i < n; ++i) {
        const ast::Expr &e = *elts[i];
        if (e.kind == ast::ExprKind::Starred) {
            if (!built) {
                emit(build, static_cast<uint32_t>(i) + npushed);
                built = true;
            }
            visitExpr(*e.as<ast::Starred>().value);
            emit(extend, 1);
        } else {
            visitExpr(e);
            if (built) emit(add, 1);
        }
    }
    if (tuple) emit(Op::LIST_TO_TUPLE);
}

void Compiler::tupleLoad(const ast::Tuple &e) {
    Value v;
    std::string key;
    if (constantValue(e, v, key)) {  // (1, 2, 3) is one constant
        loadConst(std::move(v), key);
        return;
    }
    starunpackHelper(e.elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
}

void Compiler::listLoad(const ast::List &e) {
    starunpackHelper(e.elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
}

void Compiler::setLoad(const ast::Set &e) {
    starunpackHelper(e.elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false);
}

void Compiler::subdict(const ast::Dict &e, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > kStackUseGuideline;
    if (big) emit(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        visitExpr(*e.keys[i]);
        visitExpr(*e.values[i]);
        if (big) emit(Op::MAP_ADD, 1);
    }
    if (!big) emit(Op::BUILD_MAP, static_cast<uint32_t>(n));
}

// py: compiler_dict: runs of key: value pairs become dicts merged with
// DICT_UPDATE, as do **mappings.
void Compiler::dictLoad(const ast::Dict &e) {
    size_t n = e.values.size(), elements = 0;
    bool haveDict = false;
    for (size_t i = 0; i < n; ++i) {
        if (!e.keys[i]) {
            if (elements) {
                subdict(e, i - elements, i);
                if (haveDict) emit(Op::DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            if (!haveDict) {
                emit(Op::BUILD_MAP, 0);
                haveDict = true;
            }
            visitExpr(*e.values[i]);
            emit(Op::DICT_UPDATE, 1);
        } else if (elements * 2 > kStackUseGuideline) {
            subdict(e, i - elements, i + 1);
            if (haveDict) emit(Op::DICT_UPDATE, 1);
            haveDict = true;
            elements = 0;
        } else {
            ++elements;
        }
    }
    if (elements) {
        subdict(e, n - elements, n);
        if (haveDict) emit(Op::DICT_UPDATE, 1);
        haveDict = true;
    }
    if (!haveDict) emit(Op::BUILD_MAP, 0);
}

// --------------------------------------------------------------- f-strings

void Compiler::joinedStr(const ast::JoinedStr &e) {
    size_t n = e.values.size();
    if (n > kStackUseGuideline) {
        // ''.join([...]) keeps the stack small.
        loadStr("");
        emit(Op::LOAD_METHOD, addName("join"));
        emit(Op::BUILD_LIST, 0);
        for (auto &v : e.values) {
            visitExpr(*v);
            emit(Op::LIST_APPEND, 1);
        }
        emit(Op::CALL, 1);
        return;
    }
    for (auto &v : e.values) visitExpr(*v);
    if (n != 1) emit(Op::BUILD_STRING, static_cast<uint32_t>(n));
}

void Compiler::formattedValue(const ast::FormattedValue &e) {
    visitExpr(*e.value);
    uint32_t arg = 0;
    switch (e.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
    }
    if (e.formatSpec) {
        visitExpr(*e.formatSpec);
        arg |= 4;
    }
    emit(Op::FORMAT_VALUE, arg);
}

// ------------------------------------------------------------------ others

void Compiler::namedExpr(const ast::NamedExpr &e) {
    visitExpr(*e.value);
    emit(Op::DUP_TOP);
    store(*e.target);
}

void Compiler::emitYield() {
    if (u_->ste->generator && u_->ste->coroutine) emit(Op::ASYNC_GEN_WRAP);
    emit(Op::YIELD_VALUE);
}

void Compiler::yieldExpr(const ast::Yield &e) {
    if (u_->ste->kind != BlockKind::Function) error("'yield' outside function");
    if (e.value) visitExpr(*e.value);
    else loadNone();
    emitYield();
}

void Compiler::yieldFrom(const ast::YieldFrom &e) {
    if (u_->ste->kind != BlockKind::Function) error("'yield' outside function");
    if (u_->scopeType == ScopeType::AsyncFunction) error("'yield from' inside async function");
    visitExpr(*e.value);
    emit(Op::GET_YIELD_FROM_ITER);
    emitYieldFrom();
}

void Compiler::awaitExpr(const ast::Await &e) {
    if (!isTopLevelAwait()) {
        if (u_->ste->kind != BlockKind::Function) error("'await' outside function");
        if (u_->scopeType != ScopeType::AsyncFunction && u_->scopeType != ScopeType::Comprehension)
            error("'await' outside async function");
    }
    visitExpr(*e.value);
    emitAwait(0);
}

}  // namespace ls::interp::detail

// Statements other than control flow: assignments (plain, augmented,
// annotated, unpacking), del, imports, assert, raise, expression statements
// and if.
// py: Python/compile.c (3.11) compiler_visit_stmt, compiler_augassign,
// compiler_annassign, unpack_helper, assignment_helper, compiler_import,
// compiler_from_import, compiler_assert, compiler_if.
#include "compiler_internal.h"

namespace ls::interp::detail {

namespace {

BinOp binOpFor(ast::BinOpKind k) {
    using K = ast::BinOpKind;
    switch (k) {
    case K::Add: return BinOp::Add;
    case K::Sub: return BinOp::Sub;
    case K::Mult: return BinOp::Mul;
    case K::MatMult: return BinOp::MatMul;
    case K::Div: return BinOp::TrueDiv;
    case K::Mod: return BinOp::Mod;
    case K::Pow: return BinOp::Pow;
    case K::LShift: return BinOp::LShift;
    case K::RShift: return BinOp::RShift;
    case K::BitOr: return BinOp::Or;
    case K::BitXor: return BinOp::Xor;
    case K::BitAnd: return BinOp::And;
    case K::FloorDiv: return BinOp::FloorDiv;
    }
    return BinOp::Add;
}

const ast::ExprList *sequenceElts(const ast::Expr &e) {
    if (e.kind == ast::ExprKind::Tuple) return &e.as<ast::Tuple>().elts;
    if (e.kind == ast::ExprKind::List) return &e.as<ast::List>().elts;
    return nullptr;
}

bool hasStarred(const ast::ExprList &elts) {
    for (auto &e : elts) if (e->kind == ast::ExprKind::Starred) return true;
    return false;
}

}  // namespace

uint32_t binOpArg(ast::BinOpKind k, bool inplace) {
    int op = static_cast<int>(binOpFor(k));
    return static_cast<uint32_t>(inplace ? op + kInplaceOffset : op);
}

void Compiler::visitStmts(const ast::StmtList &stmts) {
    for (auto &s : stmts) visitStmt(*s);
}

void Compiler::visitStmt(const ast::Stmt &s) {
    LocGuard g(*this, s.pos);
    using K = ast::StmtKind;
    switch (s.kind) {
    case K::FunctionDef: functionDef(s.as<ast::FunctionDef>()); break;
    case K::ClassDef: classDef(s.as<ast::ClassDef>()); break;
    case K::Return: returnStmt(s.as<ast::Return>()); break;
    case K::Delete:
        for (auto &t : s.as<ast::Delete>().targets) del(*t);
        break;
    case K::Assign: assign(s.as<ast::Assign>()); break;
    case K::AugAssign: augAssign(s.as<ast::AugAssign>()); break;
    case K::AnnAssign: annAssign(s.as<ast::AnnAssign>()); break;
    case K::For:
        if (s.as<ast::For>().isAsync) asyncFor(s.as<ast::For>());
        else forStmt(s.as<ast::For>());
        break;
    case K::While: whileStmt(s.as<ast::While>()); break;
    case K::If: ifStmt(s.as<ast::If>()); break;
    case K::With:
        if (s.as<ast::With>().isAsync) asyncWith(s.as<ast::With>(), 0);
        else withStmt(s.as<ast::With>(), 0);
        break;
    case K::Raise: raiseStmt(s.as<ast::Raise>()); break;
    case K::Try: tryStmt(s.as<ast::Try>()); break;
    case K::Assert: assertStmt(s.as<ast::Assert>()); break;
    case K::Import: importStmt(s.as<ast::Import>()); break;
    case K::ImportFrom: importFrom(s.as<ast::ImportFrom>()); break;
    case K::Global: case K::Nonlocal: break;  // only the symbol table cares
    case K::ExprStmt: exprStmt(s.as<ast::ExprStmt>()); break;
    case K::Pass: emit(Op::NOP); break;  // keeps a line for the code view
    case K::Break: breakStmt(); break;
    case K::Continue: continueStmt(); break;
    case K::Match: matchStmt(s.as<ast::Match>()); break;
    }
}

// ------------------------------------------------------------- assignment

void Compiler::assign(const ast::Assign &s) {
    // `a, b = b, a` without building a tuple (py: the 3.11 optimizer's
    // BUILD_TUPLE/UNPACK_SEQUENCE -> SWAP for 2 or 3 items).
    if (s.targets.size() == 1 && s.value->kind == ast::ExprKind::Tuple) {
        const ast::ExprList *targets = sequenceElts(*s.targets[0]);
        const ast::ExprList &values = s.value->as<ast::Tuple>().elts;
        if (targets && targets->size() == values.size() && (values.size() == 2 || values.size() == 3) &&
            !hasStarred(*targets) && !hasStarred(values)) {
            for (auto &v : values) visitExpr(*v);
            if (values.size() == 2) {
                emit(Op::ROT_TWO);
            } else {
                emit(Op::ROT_THREE);
                emit(Op::ROT_TWO);
            }
            LocGuard g(*this, s.targets[0]->pos);
            for (auto &t : *targets) store(*t);
            return;
        }
    }
    visitExpr(*s.value);
    for (size_t i = 0; i < s.targets.size(); ++i) {
        if (i + 1 < s.targets.size()) emit(Op::DUP_TOP);
        store(*s.targets[i]);
    }
}

// Stores TOS into `target` (py: compiler_visit_expr with a Store context).
void Compiler::store(const ast::Expr &target) {
    LocGuard g(*this, target.pos);
    using K = ast::ExprKind;
    switch (target.kind) {
    case K::Name: nameOp(target.as<ast::Name>().id, ast::Ctx::Store); break;
    case K::Attribute: {
        auto &a = target.as<ast::Attribute>();
        checkForbiddenName(a.attr, ast::Ctx::Store);
        visitExpr(*a.value);
        ast::Pos attrPos = target.pos;
        attrPos.line = target.pos.endLine ? target.pos.endLine : target.pos.line;
        LocGuard ga(*this, attrPos);
        emit(Op::STORE_ATTR, addMangledName(a.attr));
        break;
    }
    case K::Subscript: {
        auto &sub = target.as<ast::Subscript>();
        visitExpr(*sub.value);
        visitExpr(*sub.slice);
        emit(Op::STORE_SUBSCR);
        break;
    }
    case K::Tuple: assignSequence(target.as<ast::Tuple>().elts); break;
    case K::List: assignSequence(target.as<ast::List>().elts); break;
    case K::Starred: error("starred assignment target must be in a list or tuple"); break;
    default: error("cannot assign to expression"); break;
    }
}

// py: unpack_helper
void Compiler::unpackHelper(const ast::ExprList &elts) {
    size_t n = elts.size();
    bool seenStar = false;
    for (size_t i = 0; i < n; ++i) {
        if (elts[i]->kind != ast::ExprKind::Starred) continue;
        if (seenStar) error("multiple starred expressions in assignment");
        // CPython's limits (the before count fits 8 bits there).
        if (i >= (1u << 8) || n - i - 1 >= (0x7fffffffu >> 8)) error("too many expressions in star-unpacking assignment");
        emit(Op::UNPACK_EX, static_cast<uint32_t>(i | ((n - i - 1) << 16)));
        seenStar = true;
    }
    if (!seenStar) emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(n));
}

// py: assignment_helper
void Compiler::assignSequence(const ast::ExprList &elts) {
    unpackHelper(elts);
    for (auto &e : elts) store(e->kind == ast::ExprKind::Starred ? *e->as<ast::Starred>().value : *e);
}

void Compiler::del(const ast::Expr &target) {
    LocGuard g(*this, target.pos);
    using K = ast::ExprKind;
    switch (target.kind) {
    case K::Name: nameOp(target.as<ast::Name>().id, ast::Ctx::Del); break;
    case K::Attribute: {
        auto &a = target.as<ast::Attribute>();
        checkForbiddenName(a.attr, ast::Ctx::Del);
        visitExpr(*a.value);
        emit(Op::DELETE_ATTR, addMangledName(a.attr));
        break;
    }
    case K::Subscript: {
        auto &sub = target.as<ast::Subscript>();
        visitExpr(*sub.value);
        visitExpr(*sub.slice);
        emit(Op::DELETE_SUBSCR);
        break;
    }
    case K::Tuple: for (auto &e : target.as<ast::Tuple>().elts) del(*e); break;
    case K::List: for (auto &e : target.as<ast::List>().elts) del(*e); break;
    default: error("cannot delete expression"); break;
    }
}

// py: compiler_augassign: the container is evaluated once.
void Compiler::augAssign(const ast::AugAssign &s) {
    const ast::Expr &e = *s.target;
    using K = ast::ExprKind;
    ast::Pos attrPos = e.pos;
    attrPos.line = e.pos.endLine ? e.pos.endLine : e.pos.line;
    {
        LocGuard g(*this, e.pos);
        switch (e.kind) {
        case K::Attribute: {
            auto &a = e.as<ast::Attribute>();
            visitExpr(*a.value);
            emit(Op::DUP_TOP);
            LocGuard ga(*this, attrPos);
            emit(Op::LOAD_ATTR, addMangledName(a.attr));
            break;
        }
        case K::Subscript: {
            auto &sub = e.as<ast::Subscript>();
            visitExpr(*sub.value);
            visitExpr(*sub.slice);
            emit(Op::DUP_TOP_TWO);
            emit(Op::BINARY_SUBSCR);
            break;
        }
        case K::Name: nameOp(e.as<ast::Name>().id, ast::Ctx::Load); break;
        default: error("illegal expression for augmented assignment"); break;
        }
    }
    visitExpr(*s.value);
    emit(Op::BINARY_OP, binOpArg(s.op, true));
    LocGuard g(*this, e.pos);
    switch (e.kind) {
    case K::Attribute: {
        auto &a = e.as<ast::Attribute>();
        checkForbiddenName(a.attr, ast::Ctx::Store);
        LocGuard ga(*this, attrPos);
        emit(Op::ROT_TWO);
        emit(Op::STORE_ATTR, addMangledName(a.attr));
        break;
    }
    case K::Subscript:
        emit(Op::ROT_THREE);
        emit(Op::STORE_SUBSCR);
        break;
    default: nameOp(e.as<ast::Name>().id, ast::Ctx::Store); break;
    }
}

// The value an annotation stores: evaluated, or its source text under
// `from __future__ import annotations`.
void Compiler::annotationValue(const ast::Expr &annotation) {
    if (futureAnnotations_) loadStr(sourceText(annotation));
    else visitExpr(annotation);
}

// py: compiler_annassign. Module and class bodies record simple names'
// annotations in __annotations__; functions evaluate no annotations.
void Compiler::annAssign(const ast::AnnAssign &s) {
    const ast::Expr &t = *s.target;
    if (s.value) {
        visitExpr(*s.value);
        store(t);
    }
    bool namespaceScope = u_->scopeType == ScopeType::Module || u_->scopeType == ScopeType::Class;
    // check_ann_expr: parts of a complex target must exist at run time.
    auto checkExpr = [&](const ast::Expr &e) {
        visitExpr(e);
        emit(Op::POP_TOP);
    };
    switch (t.kind) {
    case ast::ExprKind::Name: {
        const std::string &id = t.as<ast::Name>().id;
        checkForbiddenName(id, ast::Ctx::Store);
        if (s.simple && namespaceScope) {
            annotationValue(*s.annotation);
            emit(Op::LOAD_NAME, addName("__annotations__"));
            loadStr(mangle(id));
            emit(Op::STORE_SUBSCR);
        }
        break;
    }
    case ast::ExprKind::Attribute: {
        auto &a = t.as<ast::Attribute>();
        checkForbiddenName(a.attr, ast::Ctx::Store);
        if (!s.value) checkExpr(*a.value);
        break;
    }
    case ast::ExprKind::Subscript: {
        auto &sub = t.as<ast::Subscript>();
        if (!s.value) {
            checkExpr(*sub.value);
            // check_ann_subscr
            auto checkSubscr = [&](auto &&self, const ast::Expr &e) -> void {
                if (e.kind == ast::ExprKind::Slice) {
                    auto &sl = e.as<ast::Slice>();
                    if (sl.lower) checkExpr(*sl.lower);
                    if (sl.upper) checkExpr(*sl.upper);
                    if (sl.step) checkExpr(*sl.step);
                } else if (e.kind == ast::ExprKind::Tuple) {
                    for (auto &elt : e.as<ast::Tuple>().elts) self(self, *elt);
                } else {
                    checkExpr(e);
                }
            };
            checkSubscr(checkSubscr, *sub.slice);
        }
        break;
    }
    default: error("illegal target for annotation"); break;
    }
    // check_annotation: a complex target's annotation is evaluated last.
    if (!s.simple && !futureAnnotations_ && namespaceScope) checkExpr(*s.annotation);
}

// ------------------------------------------------------------------ imports

// py: compiler_import
void Compiler::importStmt(const ast::Import &s) {
    for (auto &alias : s.names) {
        loadInt(0);
        loadNone();
        emit(Op::IMPORT_NAME, addMangledName(alias.name));
        size_t dot = alias.name.find('.');
        if (!alias.asname.empty()) {
            // py: compiler_import_as: `import a.b.c as d` binds the submodule.
            if (dot != std::string::npos) {
                size_t pos = dot + 1;
                for (;;) {
                    size_t next = alias.name.find('.', pos);
                    std::string attr = alias.name.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
                    emit(Op::IMPORT_FROM, addName(attr));
                    if (next == std::string::npos) break;
                    emit(Op::ROT_TWO);
                    emit(Op::POP_TOP);
                    pos = next + 1;
                }
                nameOp(alias.asname, ast::Ctx::Store);
                emit(Op::POP_TOP);
            } else {
                nameOp(alias.asname, ast::Ctx::Store);
            }
        } else {
            // `import a.b` binds `a`.
            nameOp(alias.name.substr(0, dot), ast::Ctx::Store);
        }
    }
}

// py: compiler_from_import
void Compiler::importFrom(const ast::ImportFrom &s) {
    loadInt(s.level);
    std::vector<std::string> names;
    for (auto &alias : s.names) names.push_back(alias.name);
    if (s.module == "__future__" && s.level == 0 && s.pos.line > futureLine_)
        error("from __future__ imports must occur at the beginning of the file");
    emit(Op::LOAD_CONST, tupleOfStrConst(names));
    emit(Op::IMPORT_NAME, addMangledName(s.module));
    for (size_t i = 0; i < s.names.size(); ++i) {
        const ast::Alias &alias = s.names[i];
        if (i == 0 && alias.name == "*") {
            emit(Op::IMPORT_STAR);
            return;
        }
        emit(Op::IMPORT_FROM, addMangledName(alias.name));
        nameOp(alias.asname.empty() ? alias.name : alias.asname, ast::Ctx::Store);
    }
    emit(Op::POP_TOP);  // the module
}

// ------------------------------------------------------------------ others

// py: compiler_assert (`__debug__` is always true: -O is not simulated)
void Compiler::assertStmt(const ast::Assert &s) {
    int end = newLabel();
    jumpIf(*s.test, end, true);
    emit(Op::LOAD_ASSERTION_ERROR);
    if (s.msg) {
        visitExpr(*s.msg);
        emit(Op::CALL_FUNCTION, 1);
    }
    emit(Op::RAISE_VARARGS, 1);
    bind(end);
}

void Compiler::raiseStmt(const ast::Raise &s) {
    uint32_t n = 0;
    if (s.exc) {
        visitExpr(*s.exc);
        ++n;
        if (s.cause) {
            visitExpr(*s.cause);
            ++n;
        }
    }
    emit(Op::RAISE_VARARGS, n);
}

// py: compiler_visit_stmt_expr: constant statements (docstrings elsewhere,
// `...`) produce no code.
void Compiler::exprStmt(const ast::ExprStmt &s) {
    if (s.value->kind == ast::ExprKind::Constant) {
        Value v;
        std::string key;
        constantValue(*s.value, v, key);  // reports too-large int literals
        emit(Op::NOP);
        return;
    }
    visitExpr(*s.value);
    emit(Op::POP_TOP);
}

// py: compiler_if
void Compiler::ifStmt(const ast::If &s) {
    int end = newLabel();
    int next = s.orelse.empty() ? end : newLabel();
    jumpIf(*s.test, next, false);
    visitStmts(s.body);
    if (!s.orelse.empty()) {
        emitJump(Op::JUMP, end);
        bind(next);
        visitStmts(s.orelse);
    }
    bind(end);
}

}  // namespace ls::interp::detail

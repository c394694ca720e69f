// The compiler, match statements. Each case evaluates the expressions its
// pattern needs into a tuple, then MATCH_PATTERN tries the pattern (a
// constant descriptor, see vm_match.cpp) against the subject and pushes the
// captured values (a tuple, one per slot) or None.
#include "compiler_internal.h"

namespace ls::interp::detail {

namespace {

Value intValue(int64_t i) { return Value::integer(i); }

}  // namespace

// Descriptor tuples: (kind, ...) as read by vm_match.cpp; `key` gets a
// text form of it so equal descriptors share one constant.
Value Compiler::patternDescriptor(const ast::Pattern &p, std::string &key) {
    using ast::PatKind;
    auto subs = [&](const std::vector<ast::PatternPtr> &ps) {
        std::vector<Value> out;
        key += "(";
        for (auto &x : ps) {
            out.push_back(patternDescriptor(*x, key));
            key += ",";
        }
        key += ")";
        return vm_.tuple(std::move(out));
    };
    auto ints = [&](const std::vector<int> &xs) {
        std::vector<Value> out;
        key += "[";
        for (int x : xs) {
            out.push_back(intValue(x));
            key += std::to_string(x) + ",";
        }
        key += "]";
        return vm_.tuple(std::move(out));
    };
    int kind = static_cast<int>(p.kind);
    key += std::to_string(kind) + ":";
    switch (p.kind) {
    case PatKind::Wildcard: return vm_.tuple({intValue(kind)});
    case PatKind::Capture:
    case PatKind::Star:
        key += std::to_string(p.slot);
        return vm_.tuple({intValue(kind), intValue(p.slot)});
    case PatKind::Value:
    case PatKind::Singleton:
        key += std::to_string(p.valueIndex);
        return vm_.tuple({intValue(kind), intValue(p.valueIndex)});
    case PatKind::Sequence:
    case PatKind::Or: {
        Value s = subs(p.patterns);
        return vm_.tuple({intValue(kind), s});
    }
    case PatKind::Mapping: {
        Value k = ints(p.keyIndexes);
        Value s = subs(p.patterns);
        key += std::to_string(p.slot);
        return vm_.tuple({intValue(kind), k, s, intValue(p.slot)});
    }
    case PatKind::Class: {
        key += std::to_string(p.valueIndex);
        Value s = subs(p.patterns);
        std::vector<Value> names;
        for (auto &n : p.kwdNames) {
            names.push_back(vm_.str(n));
            key += n + ",";
        }
        return vm_.tuple({intValue(kind), intValue(p.valueIndex), s, vm_.tuple(std::move(names))});
    }
    case PatKind::As: {
        Value s = patternDescriptor(*p.patterns[0], key);
        key += "/" + std::to_string(p.slot);
        return vm_.tuple({intValue(kind), s, intValue(p.slot)});
    }
    }
    return Value::none();
}

// match subject: case pattern [if guard]: body ...
//   subject                      (stays on the stack while cases are tried)
//   DUP_TOP; values; BUILD_TUPLE n; MATCH_PATTERN desc  -> None | captures
//   DUP_TOP; LOAD_CONST None; IS_OP; POP_JUMP_IF_TRUE fail
//   UNPACK_SEQUENCE k; store captures  (POP_TOP when k == 0)
//   guard -> POP_JUMP_IF_FALSE next
//   POP_TOP (subject); body; JUMP end
// fail: POP_TOP; next: ...
// after the last case: POP_TOP (subject); end:
void Compiler::matchStmt(const ast::Match &s) {
    int end = newLabel();
    visitExpr(*s.subject);
    for (auto &c : s.cases) {
        int fail = newLabel(), next = newLabel();
        emit(Op::DUP_TOP);
        for (auto &v : c.values) visitExpr(*v);
        emit(Op::BUILD_TUPLE, static_cast<uint32_t>(c.values.size()));
        std::string key = "M";
        Value desc = patternDescriptor(*c.pattern, key);
        emit(Op::MATCH_PATTERN, addConst(desc, key));
        emit(Op::DUP_TOP);
        loadNone();
        emit(Op::IS_OP, 0);
        emitJump(Op::POP_JUMP_IF_TRUE, fail);
        if (c.captures.empty()) {
            emit(Op::POP_TOP);
        } else {
            emit(Op::UNPACK_SEQUENCE, static_cast<uint32_t>(c.captures.size()));
            for (auto &t : c.captures) store(*t);
        }
        if (c.guard) jumpIf(*c.guard, next, false);
        emit(Op::POP_TOP);
        visitStmts(c.body);
        emitJump(Op::JUMP, end);
        bind(fail);
        emit(Op::POP_TOP);
        bind(next);
    }
    emit(Op::POP_TOP);
    bind(end);
}

}  // namespace ls::interp::detail

// A running (or suspended) activation of a code object: fast locals, cells,
// value stack, instruction pointer and exception blocks. Frames are explicit
// data, not C++ stack frames: calls push a Frame, generators keep theirs.
#pragma once

#include "objects.h"

#include <vector>

namespace ls::interp {

struct Block {
    enum class Type : uint8_t { Except, ExceptHandler };
    Type type;
    uint32_t handler = 0;     // Except: where to jump
    uint32_t stackDepth = 0;  // value stack depth to unwind to
    Value exc;                // ExceptHandler: the exception being handled
};

struct Frame {
    Ref<CodeObject> code;
    Ref<FunctionObject> func;   // null for module code
    Ref<DictObject> globals;
    Ref<DictObject> locals;     // namespace dict (module and class bodies)
    std::vector<Value> fast;    // varnames, then cells (CellObject values)
    std::vector<Value> stack;
    uint32_t sp = 0;            // number of values on the stack
    uint32_t ip = 0;            // next instruction
    std::vector<Block> blocks;
    Frame *back = nullptr;      // the frame that called/resumed this one
    GeneratorObject *gen = nullptr;  // owning generator, if any
    // Set when the frame's callee is a native that re-entered the eval loop:
    // that loop must return here instead of continuing into `back`.
    bool isEntry = false;
    // gen.throw(exc) on a suspended frame: raised at the resume point, or
    // passed on to the sub-iterator when suspended in YIELD_FROM.
    Value pendingThrow;

    explicit Frame(CodeObject *c) : code(c) { size(c); }
    // A recycled frame (VM::recycleFrame) made ready for `c`: its vectors
    // keep their capacity, so a call allocates nothing.
    void reuseFor(CodeObject *c) {
        code = c;
        size(c);
    }
    // Drops every reference and all state but the vectors' capacity.
    void scrub() {
        code.reset(); func.reset(); globals.reset(); locals.reset();
        for (auto &v : fast) v = Value();
        for (uint32_t i = 0; i < sp && i < stack.size(); ++i) stack[i] = Value();
        sp = ip = 0;
        blocks.clear();
        back = nullptr;
        gen = nullptr;
        isEntry = false;
        pendingThrow = Value();
    }
    void push(Value v) { stack[sp++] = std::move(v); }
    Value pop() { return std::move(stack[--sp]); }
    Value &top(int n = 0) { return stack[sp - 1 - n]; }
    // Source line of the instruction being executed (ip already advanced).
    int line() const {
        if (code->lines.empty()) return code->firstline;
        uint32_t i = ip == 0 ? 0 : ip - 1;
        if (i >= code->lines.size()) i = static_cast<uint32_t>(code->lines.size() - 1);
        return code->lines[i];
    }
    CellObject *cell(uint32_t i) const { return fast[code->varnames.size() + i].as<CellObject>(); }
    void clear() {
        fast.clear(); stack.clear(); sp = 0; blocks.clear(); locals.reset(); pendingThrow = Value();
    }

private:
    void size(CodeObject *c) {
        fast.assign(c->varnames.size() + c->cellvars.size() + c->freevars.size(), Value());
        stack.resize(static_cast<size_t>(c->stacksize) + 4);
    }
};

}  // namespace ls::interp

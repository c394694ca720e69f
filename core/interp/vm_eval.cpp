// The eval loop: executes the bytecode of opcodes.h.
//
// Python-to-Python calls of plain functions push a Frame and continue in
// the same loop (no C++ recursion), so deep recursion costs no C++ stack and
// RecursionError is exact. Generators, coroutines and calls made from C++
// (natives, type.__call__ running __init__) enter a nested eval.
#include "vm.h"

#include "name_cache.h"
#include "set_update.h"
#include "stack_limit.h"
#include "vm_internal.h"

#include <cmath>

namespace ls::interp {

namespace {

struct DepthGuard {
    VM &vm;
    bool armed = true;
    ~DepthGuard() { if (armed) vm.popDepth(); }
};

}  // namespace

// Returns the exception currently being handled along the frame chain.
Value VM::currentHandledException() const {
    for (Frame *f = current_; f; f = f->back) {
        for (auto it = f->blocks.rbegin(); it != f->blocks.rend(); ++it)
            if (it->type == Block::Type::ExceptHandler) return it->exc;
    }
    return Value();
}

void VM::pushDepth(const char *where) {
    // Calls made from C++ nest eval loops: the C++ stack can run out before
    // the Python limit does (stack_limit.h).
    if (++depth_ > options_.recursionLimit || cppStackNearlyFull()) {
        --depth_;
        raise(exc.RecursionError, std::string("maximum recursion depth exceeded") + where);
    }
}

std::unique_ptr<Frame> VM::newFrame(CodeObject *code) {
    if (framePool_.empty()) return std::make_unique<Frame>(code);
    std::unique_ptr<Frame> f = std::move(framePool_.back());
    framePool_.pop_back();
    f->reuseFor(code);
    return f;
}

void VM::recycleFrame(Frame *f) {
    constexpr size_t kPooled = 64;  // deeper recursion frees its frames
    std::unique_ptr<Frame> owned(f);
    if (framePool_.size() >= kPooled || f->gen) return;
    owned->scrub();
    framePool_.push_back(std::move(owned));
}

Value VM::runFrame(std::unique_ptr<Frame> frame) {
    pushDepth();
    DepthGuard guard{*this};
    Value r = eval(frame.get());
    return r;
}

namespace {

// Adds the frame's current line to the exception's traceback, once per frame.
void addTraceback(Frame *f, const Value &exc) {
    if (!exc.is(Kind::Exception)) return;
    auto *e = exc.as<ExceptionObject>();
    if (e->tbFrame == f) return;  // re-raised in the same frame
    e->tbFrame = f;
    e->traceback.insert(e->traceback.begin(), TracebackEntry{f->code->filename, f->code->name, f->line()});
}

// An exception raised by a native (1/0, d[k], ...) while another is being
// handled gets that one as __context__, as _PyErr_SetObject does. Only new
// exceptions (no traceback yet): one that comes out of a nested eval or is
// raised again was chained where it was first raised; `raise` (doRaise)
// chains its own.
void chainContext(VM &vm, const Value &exc) {
    if (!exc.is(Kind::Exception)) return;
    auto *e = exc.as<ExceptionObject>();
    if (!e->traceback.empty() || e->tbFrame || !e->context.isNull()) return;
    Value ctx = vm.currentHandledException();
    if (ctx.isNull() || ctx.isNone() || ctx.identical(exc)) return;
    for (Value o = ctx; o.is(Kind::Exception);) {  // no cycle (py: _PyErr_SetObject)
        auto *oe = o.as<ExceptionObject>();
        if (oe->context.identical(exc)) { oe->context = Value(); break; }
        o = oe->context;
    }
    e->context = ctx;
}

// Finds a handler in `f` for an exception: unwinds blocks and the value
// stack; returns true when execution continues at a handler.
bool unwindToHandler(Frame *f, const Value &exc) {
    while (!f->blocks.empty()) {
        Block b = std::move(f->blocks.back());
        f->blocks.pop_back();
        if (b.type == Block::Type::ExceptHandler) continue;
        while (f->sp > b.stackDepth) f->stack[--f->sp] = Value();
        f->push(exc);
        f->ip = b.handler;
        return true;
    }
    return false;
}

}  // namespace

Value VM::eval(Frame *entry) { return evalResume(entry, nullptr); }

Value VM::evalResume(Frame *entry, Frame *innermost) {
    Frame *const savedCurrent = innermost ? entry->back : current_;
    if (!innermost) entry->back = current_;
    entry->isEntry = true;
    Frame *f = innermost ? innermost : entry;
    current_ = f;
    BuiltinTypes &T = types;

    for (;;) {
        try {
            if (!f->pendingThrow.isNull() && f->code->code[f->ip].op != Op::YIELD_FROM) {
                Value e = std::move(f->pendingThrow);
                f->pendingThrow = Value();
                throw PyException{e};
            }
            for (;;) {
                const Instr in = f->code->code[f->ip++];
                if (++instructions_ >= budgetCheckAt_) {
                    checkBudget();
                    if (instrHook_ && instructions_ >= instrHookFrom_) instrHook_(f);
                }
                switch (in.op) {
                case Op::NOP:
                case Op::GEN_START:
                case Op::CHECK_BUDGET:
                case Op::PRINT_EXPR:
                    break;
                case Op::SETUP_ANNOTATIONS: {
                    DictObject *d = f->locals ? f->locals.get() : f->globals.get();
                    if (!d->table.findStr("__annotations__", strHash("__annotations__")))
                        d->table.set(*this, str("__annotations__"), dict());
                    break;
                }
                case Op::POP_TOP: f->stack[--f->sp] = Value(); break;
                case Op::DUP_TOP: { Value v = f->top(); f->push(std::move(v)); break; }
                case Op::DUP_TOP_TWO: {
                    Value a = f->top(1), b = f->top();
                    f->push(std::move(a)); f->push(std::move(b));
                    break;
                }
                case Op::ROT_TWO: std::swap(f->top(), f->top(1)); break;
                case Op::ROT_THREE: {
                    Value c = f->pop(); Value b = f->pop(); Value a = f->pop();
                    f->push(std::move(c)); f->push(std::move(a)); f->push(std::move(b));
                    break;
                }
                case Op::ROT_FOUR: {
                    Value d = f->pop(); Value c = f->pop(); Value b = f->pop(); Value a = f->pop();
                    f->push(std::move(d)); f->push(std::move(a)); f->push(std::move(b)); f->push(std::move(c));
                    break;
                }
                case Op::LOAD_CONST: f->push(f->code->consts[in.arg]); break;
                case Op::LOAD_FAST: {
                    const Value &v = f->fast[in.arg];
                    if (v.isNull())
                        raise(exc.UnboundLocalError, "cannot access local variable '" + f->code->varnames[in.arg] +
                                                         "' where it is not associated with a value");
                    f->push(v);
                    break;
                }
                case Op::STORE_FAST: f->fast[in.arg] = f->pop(); break;
                case Op::DELETE_FAST:
                    if (f->fast[in.arg].isNull())
                        raise(exc.UnboundLocalError, "cannot access local variable '" + f->code->varnames[in.arg] +
                                                         "' where it is not associated with a value");
                    f->fast[in.arg] = Value();
                    break;
                case Op::LOAD_DEREF: {
                    CellObject *c = f->cell(in.arg);
                    if (c->v.isNull()) internal::raiseUnboundDeref(*this, f, in.arg);
                    f->push(c->v);
                    break;
                }
                case Op::STORE_DEREF: f->cell(in.arg)->v = f->pop(); break;
                case Op::DELETE_DEREF: {
                    CellObject *c = f->cell(in.arg);
                    if (c->v.isNull()) internal::raiseUnboundDeref(*this, f, in.arg);
                    c->v = Value();
                    break;
                }
                case Op::LOAD_CLOSURE: f->push(f->fast[f->code->varnames.size() + in.arg]); break;
                case Op::LOAD_CLASSDEREF: {
                    size_t ncell = f->code->cellvars.size();
                    const std::string &name = in.arg < ncell ? f->code->cellvars[in.arg] : f->code->freevars[in.arg - ncell];
                    if (f->locals) {
                        if (Value *v = f->locals->table.findStr(name, strHash(name))) { f->push(*v); break; }
                    }
                    CellObject *c = f->cell(in.arg);
                    if (c->v.isNull()) internal::raiseUnboundDeref(*this, f, in.arg);
                    f->push(c->v);
                    break;
                }
                case Op::LOAD_NAME: {
                    StrObject *name = f->code->names[in.arg].get();
                    Value *v;
                    if (!f->locals || f->locals.get() == f->globals.get()) {  // a module body
                        v = loadGlobalCached(*this, nameCacheFor(f->code.get(), f->ip - 1), f->globals->table, builtins_->table, name);
                    } else {
                        int64_t h = hash(Value(name));
                        v = f->locals->table.findStr(name->s, h);
                        if (!v) v = f->globals->table.findStr(name->s, h);
                        if (!v) v = builtins_->table.findStr(name->s, h);
                    }
                    if (!v) raise(exc.NameError, "name '" + name->s + "' is not defined");
                    f->push(*v);
                    break;
                }
                case Op::STORE_NAME: {
                    Value v = f->pop();
                    DictObject *d = f->locals ? f->locals.get() : f->globals.get();
                    storeNameCached(*this, nameCacheFor(f->code.get(), f->ip - 1), d->table, f->code->names[in.arg].get(), std::move(v));
                    break;
                }
                case Op::DELETE_NAME: {
                    DictObject *d = f->locals ? f->locals.get() : f->globals.get();
                    Value key(f->code->names[in.arg].get());
                    if (!d->table.erase(*this, key))
                        raise(exc.NameError, "name '" + f->code->names[in.arg]->s + "' is not defined");
                    break;
                }
                case Op::LOAD_GLOBAL: {
                    StrObject *name = f->code->names[in.arg].get();
                    Value *v = loadGlobalCached(*this, nameCacheFor(f->code.get(), f->ip - 1), f->globals->table, builtins_->table, name);
                    if (!v) raise(exc.NameError, "name '" + name->s + "' is not defined");
                    f->push(*v);
                    break;
                }
                case Op::STORE_GLOBAL:
                    storeNameCached(*this, nameCacheFor(f->code.get(), f->ip - 1), f->globals->table, f->code->names[in.arg].get(), f->pop());
                    break;
                case Op::DELETE_GLOBAL:
                    if (!f->globals->table.erase(*this, Value(f->code->names[in.arg].get())))
                        raise(exc.NameError, "name '" + f->code->names[in.arg]->s + "' is not defined");
                    break;
                case Op::LOAD_ATTR: {
                    Value obj = f->pop();
                    f->push(getAttr(obj, f->code->names[in.arg]->s));
                    break;
                }
                case Op::STORE_ATTR: {
                    Value obj = f->pop();
                    Value v = f->pop();
                    setAttr(obj, f->code->names[in.arg]->s, std::move(v));
                    break;
                }
                case Op::DELETE_ATTR: {
                    Value obj = f->pop();
                    delAttr(obj, f->code->names[in.arg]->s);
                    break;
                }
                case Op::LOAD_METHOD: {
                    Value obj = f->pop();
                    Value self;
                    Value m = internal::loadMethod(*this, obj, f->code->names[in.arg]->s, self);
                    f->push(std::move(m));
                    f->push(std::move(self));
                    break;
                }
                case Op::BINARY_SUBSCR: {
                    Value key = f->pop();
                    Value obj = f->pop();
                    if (obj.is(Kind::List) && key.isInt()) {
                        auto &items = obj.as<ListObject>()->items;
                        int64_t i = key.asInt();
                        if (i < 0) i += static_cast<int64_t>(items.size());
                        if (i >= 0 && i < static_cast<int64_t>(items.size())) { f->push(items[static_cast<size_t>(i)]); break; }
                    }
                    f->push(getItem(obj, key));
                    break;
                }
                case Op::STORE_SUBSCR: {
                    Value key = f->pop();
                    Value obj = f->pop();
                    Value v = f->pop();
                    setItem(obj, key, std::move(v));
                    break;
                }
                case Op::DELETE_SUBSCR: {
                    Value key = f->pop();
                    Value obj = f->pop();
                    delItem(obj, key);
                    break;
                }
                case Op::BUILD_SLICE: {
                    Value step = in.arg == 3 ? f->pop() : Value::none();
                    Value stop = f->pop();
                    Value start = f->pop();
                    f->push(Value(make<SliceObject>(T.slice, std::move(start), std::move(stop), std::move(step))));
                    break;
                }
                case Op::UNARY_POSITIVE: { Value a = f->pop(); f->push(internal::unaryOp(*this, in.op, a)); break; }
                case Op::UNARY_NEGATIVE: { Value a = f->pop(); f->push(unaryNegative(a)); break; }
                case Op::UNARY_INVERT: { Value a = f->pop(); f->push(internal::unaryOp(*this, in.op, a)); break; }
                case Op::UNARY_NOT: { Value a = f->pop(); f->push(Value::boolean(!truthy(a))); break; }
                case Op::BINARY_OP: {
                    Value b = f->pop();
                    Value &a = f->top();
                    if (a.isInt() && b.isInt()) {
                        int64_t x = a.asInt(), y = b.asInt(), r;
                        BinOp op = static_cast<BinOp>(in.arg);
                        if (static_cast<int>(op) >= kInplaceOffset) op = static_cast<BinOp>(static_cast<int>(op) - kInplaceOffset);
                        if (op == BinOp::Add && !__builtin_add_overflow(x, y, &r)) { a = Value::integer(r); break; }
                        if (op == BinOp::Sub && !__builtin_sub_overflow(x, y, &r)) { a = Value::integer(r); break; }
                        if (op == BinOp::Mul && !__builtin_mul_overflow(x, y, &r)) { a = Value::integer(r); break; }
                        // py: long_mod / long_div: floor semantics; y == 0 and
                        // INT64_MIN / -1 take the slow path for their errors.
                        if ((op == BinOp::Mod || op == BinOp::FloorDiv) && y != 0 && !(x == INT64_MIN && y == -1)) {
                            int64_t q = x / y, m = x % y;
                            if (m != 0 && ((m < 0) != (y < 0))) { m += y; --q; }
                            a = Value::integer(op == BinOp::Mod ? m : q);
                            break;
                        }
                        if (op == BinOp::TrueDiv && y != 0 && x > -(int64_t(1) << 53) && x < (int64_t(1) << 53) &&
                            y > -(int64_t(1) << 53) && y < (int64_t(1) << 53)) {
                            a = Value::real(static_cast<double>(x) / static_cast<double>(y));
                            break;
                        }
                    } else if ((a.isFloat() && (b.isFloat() || b.isInt())) || (a.isInt() && b.isFloat())) {
                        double x = a.isFloat() ? a.asFloat() : static_cast<double>(a.asInt());
                        double y = b.isFloat() ? b.asFloat() : static_cast<double>(b.asInt());
                        BinOp op = static_cast<BinOp>(in.arg);
                        if (static_cast<int>(op) >= kInplaceOffset) op = static_cast<BinOp>(static_cast<int>(op) - kInplaceOffset);
                        if (op == BinOp::Add) { a = Value::real(x + y); break; }
                        if (op == BinOp::Sub) { a = Value::real(x - y); break; }
                        if (op == BinOp::Mul) { a = Value::real(x * y); break; }
                        if (op == BinOp::TrueDiv && y != 0.0) { a = Value::real(x / y); break; }
                    }
                    if (a.isFloat() && b.isFloat()) {
                        BinOp op = static_cast<BinOp>(in.arg);
                        if (static_cast<int>(op) >= kInplaceOffset) op = static_cast<BinOp>(static_cast<int>(op) - kInplaceOffset);
                        if (op == BinOp::Add) { a = Value::real(a.asFloat() + b.asFloat()); break; }
                        if (op == BinOp::Sub) { a = Value::real(a.asFloat() - b.asFloat()); break; }
                        if (op == BinOp::Mul) { a = Value::real(a.asFloat() * b.asFloat()); break; }
                    }
                    Value av = std::move(a);
                    a = binaryOp(static_cast<BinOp>(in.arg), av, b);
                    break;
                }
                case Op::COMPARE_OP: {
                    Value b = f->pop();
                    Value &a = f->top();
                    if (a.isInt() && b.isInt()) {
                        int64_t x = a.asInt(), y = b.asInt();
                        bool r = false;
                        switch (static_cast<CmpOp>(in.arg)) {
                        case CmpOp::Lt: r = x < y; break;
                        case CmpOp::Le: r = x <= y; break;
                        case CmpOp::Eq: r = x == y; break;
                        case CmpOp::Ne: r = x != y; break;
                        case CmpOp::Gt: r = x > y; break;
                        case CmpOp::Ge: r = x >= y; break;
                        }
                        a = Value::boolean(r);
                        break;
                    }
                    Value av = std::move(a);
                    a = richCompare(av, b, static_cast<CompareOp>(in.arg));
                    break;
                }
                case Op::IS_OP: {
                    Value b = f->pop();
                    Value a = f->pop();
                    bool r = a.identical(b);
                    f->push(Value::boolean(in.arg ? !r : r));
                    break;
                }
                case Op::CONTAINS_OP: {
                    Value b = f->pop();
                    Value a = f->pop();
                    bool r = contains(b, a);
                    f->push(Value::boolean(in.arg ? !r : r));
                    break;
                }
                case Op::JUMP: f->ip = in.arg; break;
                case Op::POP_JUMP_IF_FALSE: {
                    Value c = f->pop();
                    bool t = c.isBool() ? c.asBool() : truthy(c);
                    if (!t) f->ip = in.arg;
                    break;
                }
                case Op::POP_JUMP_IF_TRUE: {
                    Value c = f->pop();
                    bool t = c.isBool() ? c.asBool() : truthy(c);
                    if (t) f->ip = in.arg;
                    break;
                }
                case Op::JUMP_IF_FALSE_OR_POP:
                    if (!truthy(f->top())) f->ip = in.arg; else f->stack[--f->sp] = Value();
                    break;
                case Op::JUMP_IF_TRUE_OR_POP:
                    if (truthy(f->top())) f->ip = in.arg; else f->stack[--f->sp] = Value();
                    break;
                case Op::JUMP_IF_NOT_EXC_MATCH: {
                    Value type = f->pop();
                    if (!internal::exceptionMatches(*this, f->top(), type)) f->ip = in.arg;
                    break;
                }
                case Op::GET_ITER: {
                    Value o = f->pop();
                    f->push(iter(o));
                    break;
                }
                case Op::FOR_ITER: {
                    Value &it = f->top();
                    Value out;
                    if (it.isObj() && it.obj()->kind == Kind::Native && static_cast<NativeObject *>(it.obj())->isIterator()) {
                        if (static_cast<NativeObject *>(it.obj())->next(*this, out)) { f->push(std::move(out)); break; }
                    } else if (next(it, out)) {
                        f->push(std::move(out));
                        break;
                    }
                    f->stack[--f->sp] = Value();
                    f->ip = in.arg;
                    break;
                }
                case Op::GET_AITER: {
                    Value o = f->pop();
                    f->push(internal::getAIter(*this, o));
                    break;
                }
                case Op::GET_ANEXT: {
                    Value aw = internal::getANext(*this, f->top());
                    f->push(std::move(aw));
                    break;
                }
                case Op::END_ASYNC_FOR: {
                    Value e = f->pop();
                    Value aiter = f->pop();
                    if (!isInstance(e, exc.StopAsyncIteration)) throw PyException{e, true};
                    break;
                }
                case Op::BUILD_TUPLE: {
                    std::vector<Value> items(in.arg);
                    for (uint32_t i = in.arg; i > 0; --i) items[i - 1] = f->pop();
                    f->push(tuple(std::move(items)));
                    break;
                }
                case Op::BUILD_LIST: {
                    std::vector<Value> items(in.arg);
                    for (uint32_t i = in.arg; i > 0; --i) items[i - 1] = f->pop();
                    f->push(list(std::move(items)));
                    break;
                }
                case Op::BUILD_SET: {
                    std::vector<Value> items(in.arg);
                    for (uint32_t i = in.arg; i > 0; --i) items[i - 1] = f->pop();
                    f->push(set(std::move(items)));
                    break;
                }
                case Op::BUILD_MAP: {
                    Value d = dict();
                    auto &t = d.as<DictObject>()->table;
                    uint32_t base = f->sp - 2 * in.arg;
                    for (uint32_t i = 0; i < in.arg; ++i) t.set(*this, f->stack[base + 2 * i], f->stack[base + 2 * i + 1]);
                    while (f->sp > base) f->stack[--f->sp] = Value();
                    f->push(std::move(d));
                    break;
                }
                case Op::BUILD_STRING: {
                    std::string s;
                    uint32_t base = f->sp - in.arg;
                    for (uint32_t i = 0; i < in.arg; ++i) s += f->stack[base + i].as<StrObject>()->s;
                    while (f->sp > base) f->stack[--f->sp] = Value();
                    f->push(str(std::move(s)));
                    break;
                }
                case Op::LIST_APPEND: {
                    Value v = f->pop();
                    f->top(static_cast<int>(in.arg) - 1).as<ListObject>()->items.push_back(std::move(v));
                    break;
                }
                case Op::SET_ADD: {
                    Value v = f->pop();
                    f->top(static_cast<int>(in.arg) - 1).as<SetObject>()->table.set(*this, v, Value());
                    break;
                }
                case Op::MAP_ADD: {
                    Value v = f->pop();
                    Value k = f->pop();
                    f->top(static_cast<int>(in.arg) - 1).as<DictObject>()->table.set(*this, k, std::move(v));
                    break;
                }
                case Op::LIST_EXTEND: {
                    Value it = f->pop();
                    auto items = toVector(it);
                    auto &dst = f->top(static_cast<int>(in.arg) - 1).as<ListObject>()->items;
                    for (auto &v : items) dst.push_back(std::move(v));
                    break;
                }
                case Op::SET_UPDATE: {
                    Value it = f->pop();
                    setUpdateFrom(*this, f->top(static_cast<int>(in.arg) - 1).as<SetObject>(), it);
                    break;
                }
                case Op::DICT_UPDATE:
                case Op::DICT_MERGE: {
                    Value m = f->pop();
                    internal::dictMerge(*this, f->top(static_cast<int>(in.arg) - 1), m, in.op == Op::DICT_MERGE, f);
                    break;
                }
                case Op::LIST_TO_TUPLE: {
                    Value l = f->pop();
                    f->push(tuple(l.as<ListObject>()->items));
                    break;
                }
                case Op::UNPACK_SEQUENCE: {
                    Value seq = f->pop();
                    internal::unpackSequence(*this, f, seq, in.arg);
                    break;
                }
                case Op::UNPACK_EX: {
                    Value seq = f->pop();
                    internal::unpackEx(*this, f, seq, in.arg & 0xFFFF, in.arg >> 16);
                    break;
                }
                case Op::FORMAT_VALUE: {
                    Value spec = (in.arg & 4) ? f->pop() : Value();
                    Value v = f->pop();
                    switch (in.arg & 3) {
                    case 1: v = str(toStr(v)); break;
                    case 2: v = str(repr(v)); break;
                    case 3: v = str(internal::asciiRepr(*this, v)); break;
                    default: break;
                    }
                    if (spec.isNull() && v.is(Kind::Str) && v.obj()->type == T.str) { f->push(std::move(v)); break; }
                    f->push(format(v, spec.isNull() ? std::string_view() : std::string_view(spec.as<StrObject>()->s)));
                    break;
                }
                case Op::CALL:
                case Op::CALL_FUNCTION:
                case Op::CALL_FUNCTION_KW:
                case Op::CALL_FUNCTION_EX: {
                    Frame *callee = internal::doCall(*this, f, in);
                    if (callee) {
                        // Inline Python call: continue in the callee.
                        callee->back = f;
                        f = callee;
                        current_ = f;
                    }
                    break;
                }
                case Op::MAKE_FUNCTION: f->push(internal::makeFunction(*this, f, in.arg)); break;
                case Op::RETURN_VALUE: {
                    Value r = f->pop();
                    if (f == entry) {
                        f->blocks.clear();
                        if (f->gen) f->gen->state = GenState::Closed;
                        current_ = savedCurrent;
                        return r;
                    }
                    Frame *caller = f->back;
                    recycleFrame(f);
                    popDepth();
                    f = caller;
                    current_ = f;
                    f->push(std::move(r));
                    break;
                }
                case Op::LOAD_BUILD_CLASS: f->push(internal::buildClassFunction(*this)); break;
                case Op::MATCH_PATTERN: {
                    Value values = f->pop();
                    Value subject = f->pop();
                    f->push(internal::matchPattern(*this, subject, f->code->consts[in.arg], values));
                    break;
                }
                case Op::IMPORT_NAME: {
                    Value fromlist = f->pop();
                    Value level = f->pop();
                    f->push(internal::importName(*this, f->code->names[in.arg]->s, fromlist));
                    break;
                }
                case Op::IMPORT_FROM: {
                    Value v = internal::importFrom(*this, f->top(), f->code->names[in.arg]->s);
                    f->push(std::move(v));
                    break;
                }
                case Op::IMPORT_STAR: {
                    Value m = f->pop();
                    internal::importStar(*this, f, m);
                    break;
                }
                case Op::LOAD_ASSERTION_ERROR: f->push(Value(exc.AssertionError)); break;
                case Op::SETUP_EXCEPT:
                case Op::SETUP_FINALLY:
                    f->blocks.push_back(Block{Block::Type::Except, in.arg, f->sp, Value()});
                    break;
                case Op::POP_BLOCK: f->blocks.pop_back(); break;
                case Op::PUSH_EXC_INFO:
                    f->blocks.push_back(Block{Block::Type::ExceptHandler, 0, f->sp, f->top()});
                    break;
                case Op::POP_EXCEPT:
                    for (auto it = f->blocks.rbegin(); it != f->blocks.rend(); ++it) {
                        if (it->type == Block::Type::ExceptHandler) { f->blocks.erase(std::next(it).base()); break; }
                    }
                    break;
                case Op::RAISE_VARARGS: internal::doRaise(*this, f, in.arg); break;
                case Op::RERAISE: {
                    Value e = f->pop();
                    throw PyException{e, true};
                }
                case Op::SETUP_WITH: {
                    Value mgr = f->pop();
                    Value enter, exitBound;
                    internal::enterWith(*this, mgr, exitBound, enter);
                    f->push(std::move(exitBound));
                    f->blocks.push_back(Block{Block::Type::Except, in.arg, f->sp, Value()});
                    f->push(std::move(enter));
                    break;
                }
                case Op::BEFORE_ASYNC_WITH: {
                    Value mgr = f->pop();
                    Value exitBound, awaitable;
                    internal::enterAsyncWith(*this, mgr, exitBound, awaitable);
                    f->push(std::move(exitBound));
                    f->push(std::move(awaitable));
                    break;
                }
                case Op::SETUP_ASYNC_WITH:
                    f->blocks.push_back(Block{Block::Type::Except, in.arg, f->sp - 1, Value()});
                    break;
                case Op::WITH_EXCEPT_START: {
                    Value e = f->top();
                    Value exitBound = f->top(1);
                    Value args[3] = {Value(typeOf(e)), e, internal::tracebackObject(*this, e)};
                    f->push(call(exitBound, std::span<const Value>(args, 3)));
                    break;
                }
                case Op::CALL_EXIT_NORMAL: {
                    Value exitBound = f->pop();
                    Value args[3] = {Value::none(), Value::none(), Value::none()};
                    f->push(call(exitBound, std::span<const Value>(args, 3)));
                    break;
                }
                case Op::CHECK_EXC_STAR: internal::exceptStarMatch(*this, f); break;
                case Op::PREP_RERAISE_STAR: internal::prepReraiseStar(*this, f); break;
                case Op::YIELD_VALUE: {
                    Value v = f->pop();
                    // Only generator frames yield, and they always run as the
                    // entry frame of a nested eval (VM::resume).
                    f->gen->state = GenState::Suspended;
                    current_ = savedCurrent;
                    return v;
                }
                case Op::GET_YIELD_FROM_ITER: {
                    Value o = f->pop();
                    if (o.is(Kind::Generator)) {
                        auto *g = o.as<GeneratorObject>();
                        if (g->flavor == GenFlavor::Coroutine && !(f->code->flags & (CO_COROUTINE)))
                            raise(exc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                        f->push(std::move(o));
                    } else {
                        f->push(iter(o));
                    }
                    break;
                }
                case Op::GET_AWAITABLE: {
                    Value o = f->pop();
                    f->push(internal::getAwaitable(*this, o, in.arg));
                    break;
                }
                case Op::YIELD_FROM: {
                    Value sent = f->pop();
                    Value &it = f->top();
                    Value out;
                    Value excToThrow;
                    if (!f->pendingThrow.isNull()) {
                        excToThrow = std::move(f->pendingThrow);
                        f->pendingThrow = Value();
                    }
                    bool yielded = internal::delegate(*this, f, it, sent, excToThrow, out);
                    if (yielded) {
                        // Re-execute YIELD_FROM when resumed.
                        f->ip--;
                        f->gen->state = GenState::Suspended;
                        current_ = savedCurrent;
                        return out;
                    }
                    f->top() = std::move(out);
                    break;
                }
                case Op::ASYNC_GEN_WRAP: {
                    Value v = f->pop();
                    f->push(internal::wrapAsyncGenValue(*this, std::move(v)));
                    break;
                }
                case Op::LOAD_LOCALS: f->push(Value(f->locals.get())); break;
                case Op::COUNT_: break;
                }
            }
        } catch (PyException &e) {
            Value ex = e.exc;
            bool traceThisFrame = !e.reraise;
            if (!e.reraise) chainContext(*this, ex);
            for (;;) {
                if (traceThisFrame) addTraceback(f, ex);
                traceThisFrame = true;
                if (unwindToHandler(f, ex)) break;
                if (f == entry) {
                    if (f->gen) f->gen->state = GenState::Closed;
                    f->blocks.clear();
                    current_ = savedCurrent;
                    throw PyException{ex};
                }
                Frame *caller = f->back;
                recycleFrame(f);
                popDepth();
                f = caller;
                current_ = f;
            }
        } catch (...) {
            // VmAbort, SyntaxErrorException from nested compiles, bad_alloc:
            // free the inline frames this eval owns, then let it go on.
            while (f != entry) {
                Frame *caller = f->back;
                recycleFrame(f);
                popDepth();
                f = caller;
            }
            if (f->gen) f->gen->state = GenState::Closed;
            current_ = savedCurrent;
            throw;
        }
    }
}

}  // namespace ls::interp

// The bytecode: one table, one line per opcode with its operand and its
// effect on the value stack ("before -- after", top of stack rightmost), in
// the manner of Lua's lopcodes.h. The compiler (compiler*.cpp) emits exactly
// this; the VM (vm_eval.cpp) executes exactly this. Change both together.
//
// Instructions are fixed width (Instr: 8-bit op, 32-bit arg). Jump targets
// are absolute instruction indices. "const[i]", "name[i]" index the code
// object's tables; "local[i]" is a fast local; "cell[i]" indexes cellvars
// followed by freevars.
//
// Exceptions: SETUP_EXCEPT/SETUP_FINALLY push a block {handler, stack depth}.
// When an exception is raised inside, the VM pops the value stack back to
// that depth, pops the block, pushes the exception object and jumps to the
// handler. POP_BLOCK pops the innermost block on the normal path.
// PUSH_EXC_INFO pushes an EXCEPT_HANDLER block remembering the exception
// being handled; POP_EXCEPT pops it. While such a block is on any frame of the
// running chain, its exception is "the one being handled": sys.exc_info(), a
// bare `raise`, and the __context__ of newly raised exceptions. Unwinding an
// exception through an EXCEPT_HANDLER block pops it too, so a RERAISE at the
// end of unmatched handlers needs no POP_EXCEPT. `return`/`break`/`continue`
// out of an except body: the compiler emits POP_EXCEPT (and POP_BLOCK for
// try blocks) for each block it leaves, innermost first.
//
// Calls: LOAD_METHOD + CALL are used for calls with positional arguments only
// (no *args); everything else loads the callable (LOAD_ATTR/LOAD_NAME/...) and
// uses CALL_FUNCTION / CALL_FUNCTION_KW / CALL_FUNCTION_EX. NULL is a Value
// whose tag is Null.
//
// The compiler inlines `finally` bodies on every exit path (normal, return,
// break, continue), as CPython 3.9+ does, so no opcode needs to know about
// pending returns.
#pragma once

#include <cstdint>

namespace ls::interp {

#define LS_OPCODES(X) \
    /* ---- stack ---- */ \
    X(NOP)                /* --                                               */ \
    X(POP_TOP)            /* a --                                             */ \
    X(DUP_TOP)            /* a -- a a                                         */ \
    X(DUP_TOP_TWO)        /* a b -- a b a b                                   */ \
    X(ROT_TWO)            /* a b -- b a                                       */ \
    X(ROT_THREE)          /* a b c -- c a b                                   */ \
    X(ROT_FOUR)           /* a b c d -- d a b c                               */ \
    /* ---- constants and names ---- */ \
    X(LOAD_CONST)         /* arg=const idx        -- const[arg]               */ \
    X(LOAD_FAST)          /* arg=local idx        -- value  (UnboundLocalError if unset) */ \
    X(STORE_FAST)         /* arg=local idx   value --                         */ \
    X(DELETE_FAST)        /* arg=local idx        --                          */ \
    X(LOAD_DEREF)         /* arg=cell idx         -- value  (NameError/UnboundLocalError if empty) */ \
    X(STORE_DEREF)        /* arg=cell idx    value --                         */ \
    X(DELETE_DEREF)       /* arg=cell idx         --                          */ \
    X(LOAD_CLOSURE)       /* arg=cell idx         -- cell   (the cell object itself, for MAKE_FUNCTION) */ \
    X(LOAD_CLASSDEREF)    /* arg=cell idx         -- value  (class body: locals dict first, then the cell) */ \
    X(LOAD_NAME)          /* arg=name idx         -- value  (locals dict, globals, builtins) */ \
    X(STORE_NAME)         /* arg=name idx    value --       (locals dict)     */ \
    X(DELETE_NAME)        /* arg=name idx         --                          */ \
    X(LOAD_GLOBAL)        /* arg=name idx         -- value  (globals, builtins) */ \
    X(STORE_GLOBAL)       /* arg=name idx    value --                         */ \
    X(DELETE_GLOBAL)      /* arg=name idx         --                          */ \
    X(LOAD_ATTR)          /* arg=name idx      obj -- obj.name                */ \
    X(STORE_ATTR)         /* arg=name idx  value obj --   (obj.name = value)  */ \
    X(DELETE_ATTR)        /* arg=name idx      obj --                         */ \
    X(LOAD_METHOD)        /* arg=name idx      obj -- meth self_or_NULL  (NULL: meth is a plain callable) */ \
    X(BINARY_SUBSCR)      /* obj key -- obj[key]                              */ \
    X(STORE_SUBSCR)       /* value obj key --      (obj[key] = value)         */ \
    X(DELETE_SUBSCR)      /* obj key --                                       */ \
    X(BUILD_SLICE)        /* arg=2|3   start stop [step] -- slice             */ \
    /* ---- operators ---- */ \
    X(UNARY_POSITIVE)     /* a -- +a                                          */ \
    X(UNARY_NEGATIVE)     /* a -- -a                                          */ \
    X(UNARY_NOT)          /* a -- not a                                       */ \
    X(UNARY_INVERT)       /* a -- ~a                                          */ \
    X(BINARY_OP)          /* arg=BinOp (below)   a b -- a op b                */ \
    X(COMPARE_OP)         /* arg=CmpOp (below)   a b -- result  (Eq..GtE; Is/In handled by IS_OP/CONTAINS_OP) */ \
    X(IS_OP)              /* arg=0 is / 1 is not  a b -- bool                 */ \
    X(CONTAINS_OP)        /* arg=0 in / 1 not in  a b -- bool  (b.__contains__(a)) */ \
    /* ---- jumps ---- */ \
    X(JUMP)               /* arg=target           --                          */ \
    X(POP_JUMP_IF_FALSE)  /* arg=target      cond --                          */ \
    X(POP_JUMP_IF_TRUE)   /* arg=target      cond --                          */ \
    X(JUMP_IF_FALSE_OR_POP) /* arg=target    cond -- cond (if jumping) / --   */ \
    X(JUMP_IF_TRUE_OR_POP)  /* arg=target    cond -- cond (if jumping) / --   */ \
    X(JUMP_IF_NOT_EXC_MATCH)/* arg=target  exc type -- exc  (pops type; jumps if exc is not an instance of type / of any in a tuple) */ \
    /* ---- iteration ---- */ \
    X(GET_ITER)           /* obj -- iter(obj)                                 */ \
    X(FOR_ITER)           /* arg=target   iter -- iter next   or, when exhausted: iter -- (and jump to target) */ \
    X(GET_AITER)          /* obj -- obj.__aiter__()                           */ \
    X(GET_ANEXT)          /* aiter -- aiter awaitable(aiter.__anext__())      */ \
    X(END_ASYNC_FOR)      /* aiter exc --    (exc is StopAsyncIteration: swallow it, else re-raise); the handler of the SETUP_EXCEPT around GET_ANEXT: no PUSH_EXC_INFO precedes it */ \
    /* ---- building ---- */ \
    X(BUILD_TUPLE)        /* arg=n   v1..vn -- tuple                          */ \
    X(BUILD_LIST)         /* arg=n   v1..vn -- list                           */ \
    X(BUILD_SET)          /* arg=n   v1..vn -- set                            */ \
    X(BUILD_MAP)          /* arg=n   k1 v1 .. kn vn -- dict                   */ \
    X(BUILD_STRING)       /* arg=n   s1..sn -- s1+..+sn  (all str)            */ \
    X(LIST_APPEND)        /* arg=i   (list at depth i counted from TOS after pop, i>=1) v -- ; list.append(v) */ \
    X(SET_ADD)            /* arg=i   v -- ; set at depth i .add(v)            */ \
    X(MAP_ADD)            /* arg=i   k v -- ; dict at depth i [k]=v           */ \
    X(LIST_EXTEND)        /* arg=i   iterable -- ; list at depth i .extend(iterable) */ \
    X(SET_UPDATE)         /* arg=i   iterable -- ; set at depth i .update(iterable) */ \
    X(DICT_UPDATE)        /* arg=i   mapping -- ; dict at depth i .update(mapping) ({**m}) */ \
    X(DICT_MERGE)         /* arg=i   mapping -- ; like DICT_UPDATE, TypeError on duplicate keys (f(**a, **b)); the callable is at depth i+2 (for "F() got multiple values...") */ \
    X(LIST_TO_TUPLE)      /* list -- tuple                                    */ \
    X(UNPACK_SEQUENCE)    /* arg=n   seq -- vn .. v1  (v1 on top; ValueError "not enough values to unpack (expected n, got m)" / "too many values to unpack (expected n)") */ \
    X(UNPACK_EX)          /* arg=before | after<<16   seq -- v_last.. list .. v1 (a, *b, c = seq; v1 on top) */ \
    X(FORMAT_VALUE)       /* arg=conv(0 none,1 str,2 repr,3 ascii) | 4 if a spec is on the stack   v [spec] -- str */ \
    /* ---- calls and functions ---- */ \
    X(CALL)               /* arg=n   callable self_or_NULL a1..an -- result  (after LOAD_METHOD; or PUSH_NULL + callable is not used: see CALL_FUNCTION) */ \
    X(CALL_FUNCTION)      /* arg=n   callable a1..an -- result                */ \
    X(CALL_FUNCTION_KW)   /* arg=n   callable a1..an names -- result  (names: tuple of str, the last len(names) args are keywords) */ \
    X(CALL_FUNCTION_EX)   /* arg=0|1 callable args [kwargs_dict] -- result (1: kwargs present); args is a tuple, or for f(*x) alone x itself: any iterable, converted (TypeError "F() argument after * must be an iterable, not T") */ \
    X(MAKE_FUNCTION)      /* arg=flags  [defaults tuple] [kwdefaults dict] [annotations tuple] [closure tuple of cells] code qualname -- function; flags: 1 defaults, 2 kwdefaults, 4 annotations (name1, value1, name2, value2, ...: func.__annotations__ as a dict in that order), 8 closure */ \
    X(RETURN_VALUE)       /* v -- (returns v to the caller)                   */ \
    X(LOAD_BUILD_CLASS)   /* -- __build_class__                               */ \
    X(IMPORT_NAME)        /* arg=name idx   level fromlist -- module          */ \
    X(IMPORT_FROM)        /* arg=name idx   module -- module module.name (ImportError "cannot import name ...") */ \
    X(IMPORT_STAR)        /* module --   (copies public names into locals dict) */ \
    X(LOAD_ASSERTION_ERROR) /* -- AssertionError                              */ \
    /* ---- exceptions ---- */ \
    X(SETUP_EXCEPT)       /* arg=handler   -- ; push an exception block       */ \
    X(SETUP_FINALLY)      /* arg=handler   -- ; same as SETUP_EXCEPT (kept distinct for the disassembler) */ \
    X(POP_BLOCK)          /* --  ; pop the innermost block                    */ \
    X(PUSH_EXC_INFO)      /* exc -- exc ; exc becomes the exception being handled (sys.exc_info, __context__ of new raises, bare raise) until the matching POP_EXCEPT */ \
    X(POP_EXCEPT)         /* --  ; restore the previously handled exception   */ \
    X(RAISE_VARARGS)      /* arg=0 (bare raise: re-raise the handled exception) | 1 exc | 2 exc cause   [exc [cause]] -- */ \
    X(RERAISE)            /* exc --   ; raise exc again, keeping its traceback (end of finally / unmatched except) */ \
    X(SETUP_WITH)         /* arg=handler   mgr -- exit_bound enter_result ; calls mgr.__enter__(), pushes an exception block whose depth is below enter_result */ \
    X(BEFORE_ASYNC_WITH)  /* mgr -- exit_bound awaitable(mgr.__aenter__()) ; the compiler then awaits (GET_AWAITABLE 1, LOAD_CONST None, YIELD_FROM) and emits SETUP_ASYNC_WITH */ \
    X(SETUP_ASYNC_WITH)   /* arg=handler   enter_result -- enter_result ; pushes an exception block whose depth is below enter_result (as SETUP_WITH does) */ \
    X(WITH_EXCEPT_START)  /* exit_bound exc -- exit_bound exc result ; result = exit_bound(type(exc), exc, tb); for async with, result is an awaitable the compiler awaits */ \
    X(CALL_EXIT_NORMAL)   /* exit_bound -- result ; exit_bound(None, None, None) */ \
    X(CHECK_EXC_STAR)     /* rest type -- rest' match  (except*: py CHECK_EG_MATCH; rest None -> None None; a group is split by type: match/rest' the matching/other part, None when empty; a naked exception that matches -> ExceptionGroup("", [exc]) and rest' None; a non-None match becomes the exception being handled (innermost EXCEPT_HANDLER block)) */ \
    X(PREP_RERAISE_STAR)  /* orig list -- exc_or_None  (end of except*: py _PyExc_PrepReraiseStar: list holds what the handlers raised and, last, the unhandled rest (may be None); the result is what to re-raise, None if nothing) */ \
    /* ---- generators and coroutines ---- */ \
    X(GEN_START)          /* first instruction of a generator/coroutine body (never suspended before it) */ \
    X(YIELD_VALUE)        /* v -- sent  ; suspends the frame, yields v, resumes with the sent value */ \
    X(GET_YIELD_FROM_ITER)/* obj -- iter  (iter(obj), or obj itself if it is a generator/coroutine) */ \
    X(GET_AWAITABLE)      /* arg=0 await, 1 after __aenter__, 2 after __aexit__   obj -- awaitable iterator (coroutine, or __await__()'s result; TypeError "object X can't be used in 'await' expression") */ \
    X(YIELD_FROM)         /* iter sent -- result ; delegate: send `sent` into iter; while it yields, this frame yields the same value and re-executes YIELD_FROM with what is sent back; when it returns, push its return value */ \
    X(ASYNC_GEN_WRAP)     /* v -- wrapped ; marks a value yielded by an async generator (vs. awaited futures passing through) */ \
    /* ---- misc ---- */ \
    X(PRINT_EXPR)         /* unused by scripts; reserved                      */ \
    X(SETUP_ANNOTATIONS)  /* -- ; module/class body with annotations: locals['__annotations__'] = {} unless it exists */ \
    X(LOAD_LOCALS)        /* -- locals dict (class body end)                  */ \
    X(MATCH_PATTERN)      /* arg=const idx (pattern descriptor)  subject values -- captures tuple | None (match statement, vm_match.cpp) */ \
    X(CHECK_BUDGET)       /* loop back-edge marker; the VM checks its instruction budget and stop requests here (also at every call) */

enum class Op : uint8_t {
#define LS_OP_ENUM(name) name,
    LS_OPCODES(LS_OP_ENUM)
#undef LS_OP_ENUM
    COUNT_
};

const char *opName(Op op);

// BINARY_OP's argument. Inplace forms try __iadd__ etc. first.
enum class BinOp : uint8_t {
    Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv,
    InplaceAdd, InplaceSub, InplaceMul, InplaceMatMul, InplaceTrueDiv, InplaceMod, InplacePow,
    InplaceLShift, InplaceRShift, InplaceOr, InplaceXor, InplaceAnd, InplaceFloorDiv,
};
constexpr int kInplaceOffset = static_cast<int>(BinOp::InplaceAdd);

// COMPARE_OP's argument.
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

struct Instr {
    Op op;
    uint32_t arg;
};

}  // namespace ls::interp

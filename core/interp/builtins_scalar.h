// Internal to the scalar builtins (int, bool, float, str, None and the
// numeric builtin functions: builtins_int.cpp, builtins_float.cpp,
// builtins_numbers.cpp, builtins_numeric.cpp, builtins_str*.cpp).
//
// num::   CPython's int and float arithmetic on inline int64 ints and
//         doubles, with CPython's errors. Ints never wrap: a result outside
//         int64 becomes a big int (bigint.h).
// argck:: CPython's exact argument-count messages, which differ between
//         METH_NOARGS / METH_O methods, argument clinic and PyArg_ParseTuple.
#pragma once

#include "text/format_number.h"
#include "vm.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace ls::interp::argck {

// METH_NOARGS: "str.upper() takes no arguments (1 given)". `qualname` is
// "type.method"; args[0] is self. Also rejects keywords.
void noArgs(VM &vm, const CallArgs &a, std::string_view qualname);
// METH_O: "str.zfill() takes exactly one argument (0 given)". `skip` is 1
// for methods (self), 0 for functions ("abs() takes exactly one argument").
void oneArg(VM &vm, const CallArgs &a, std::string_view qualname, size_t skip = 1);
// Argument clinic, positional only (_PyArg_CheckPositional): "strip expected
// at most 1 argument, got 2"; keywords: "str.strip() takes no keyword
// arguments" (`qualname` is used for that one).
void clinic(VM &vm, const CallArgs &a, std::string_view name, std::string_view qualname, size_t min, size_t max,
            size_t skip = 1);
// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)" and
// "find() takes no keyword arguments".
void parseTuple(VM &vm, const CallArgs &a, std::string_view name, size_t min, size_t max);
// Argument clinic with keywords (_PyArg_UnpackKeywords): binds the
// arguments after self to `names` into out[] (Null when not given);
// "'x' is an invalid keyword argument for split()", "split() takes at most
// 2 arguments (3 given)", "argument for split() given by name ('sep') and
// position (1)", "split() missing required argument 'sep' (pos 1)".
void bind(VM &vm, const CallArgs &a, std::string_view name, std::initializer_list<std::string_view> names,
          size_t required, Value *out, size_t skip = 1);

}  // namespace ls::interp::argck

namespace ls::interp::num {

// Raises the Python exception a text:: function reported.
[[noreturn]] void raiseTextError(VM &vm, const text::TextError &err);

// bool is a subclass of int: both are "int-like" for arithmetic.
inline bool isIntLike(const Value &v) { return v.isInt() || v.isBool(); }
inline int64_t intOf(const Value &v) { return v.isBool() ? (v.asBool() ? 1 : 0) : v.asInt(); }
inline bool isNumber(const Value &v) { return isIntLike(v) || v.isFloat(); }
inline double toFloat(const Value &v) { return v.isFloat() ? v.asFloat() : static_cast<double>(intOf(v)); }

// The non-inplace form of op (the builtin numbers have no in-place variants).
inline BinOp baseOp(BinOp op) {
    int i = static_cast<int>(op);
    return i >= kInplaceOffset ? static_cast<BinOp>(i - kInplaceOffset) : op;
}

[[noreturn]] void raiseOverflow(VM &vm);

// int op int (op not in-place). Null for operators ints lack (@).
Value intBinary(VM &vm, BinOp op, int64_t a, int64_t b);
// float op float (op not in-place). Null for @.
Value floatBinary(VM &vm, BinOp op, double a, double b);

// py: Objects/longobject.c l_divmod: (a // b, a % b); ZeroDivisionError
// "integer division or modulo by zero".
std::pair<int64_t, int64_t> intDivmod(VM &vm, int64_t a, int64_t b);
// py: Objects/floatobject.c float_divmod; ZeroDivisionError "float divmod()".
std::pair<double, double> floatDivmod(VM &vm, double a, double b);
// a ** b on ints; a negative exponent gives a float.
Value intPow(VM &vm, int64_t a, int64_t b);
// py: Objects/floatobject.c float_pow.
double floatPow(VM &vm, double a, double b);
// int / int, correctly rounded as CPython's long_true_divide.
double intTrueDiv(VM &vm, int64_t a, int64_t b);

// Truncates a float to int (int(x)): OverflowError for infinities and
// values outside int64, ValueError for NaN.
int64_t floatToInt(VM &vm, double d);
// int(x) for a float of any size (a big int past int64).
Value floatToIntValue(VM &vm, double d);
// Exact comparison of an int with a float (CPython's float_richcompare).
bool compareIntFloat(int64_t i, double d, CompareOp op);

// py: Python/pyhash.c and Objects/longobject.c long_hash: modulo 2**61 - 1.
int64_t hashInt(int64_t v);
// py: Python/pyhash.c _Py_HashDouble (NaN: 0, as there is no identity).
int64_t hashFloat(double d);

// round(int, ndigits) for ndigits < 0: half to even, as long_round.
Value intRoundDigits(VM &vm, int64_t v, int64_t ndigits);

// Value of a special method looked up on the type (not the instance), called
// with self; Null when the type has no such method. CPython's
// _PyObject_LookupSpecial + call.
Value callSpecial(VM &vm, const Value &self, std::string_view name);

// Defines the operator dunders (__add__, __radd__, __lt__, __neg__ ...) on
// int (isFloat false) or float (builtins_num_dunders.cpp).
void installNumberDunders(VM &vm, TypeObject *t, bool isFloat);

// int(x) for one argument (py: PyNumber_Long): ints, floats (truncated),
// str literals, __int__, __index__, __trunc__.
Value numberToInt(VM &vm, const Value &x);

}  // namespace ls::interp::num

namespace ls::interp::strs {

inline const std::string &text(const Value &v) { return v.as<StrObject>()->s; }

// Self of a str method: "descriptor 'upper' for 'str' objects doesn't apply
// to a 'int' object" when it is not a str.
const StrObject *self(VM &vm, const CallArgs &a, std::string_view method);

// A str of one code point: ASCII ones are cached per VM, as CPython does.
Value character(VM &vm, std::string_view utf8);

// Byte offset of code point index i (0 <= i <= length) and back.
size_t byteOffset(const StrObject *s, int64_t i);
int64_t cpIndex(const StrObject *s, size_t byteOff);

// The start/end arguments of find/count/startswith...: None or an index,
// clamped as CPython's ADJUST_INDICES.
void adjustIndices(VM &vm, const Value &start, const Value &end, int64_t len, int64_t &s, int64_t &e);
// A slice index (int, bool or __index__): "slice indices must be integers
// or None or have an __index__ method".
int64_t sliceIndex(VM &vm, const Value &v);

// ascii(v): repr with non-ASCII code points escaped (builtins_str_format.cpp).
std::string asciiRepr(VM &vm, const Value &v);
// str % args (builtins_str_format.cpp).
Value percentFormat(VM &vm, const Value &format, const Value &args);
// format(str, spec) (builtins_str_format.cpp).
Value formatStr(VM &vm, const Value &self, std::string_view spec);

// Method tables (builtins_str_methods.cpp, builtins_str_format.cpp).
void installStrMethods(VM &vm);
void installStrFormatMethods(VM &vm);

}  // namespace ls::interp::strs

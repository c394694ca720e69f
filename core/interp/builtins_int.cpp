// int and bool (bool is a subclass of int: True + 1 == 2), and NoneType's
// protocols. Ints that fit are int64 values stored inline in Value, larger
// ones BigIntObjects (bigint.h); int64 arithmetic lives in
// builtins_numbers.cpp, the big side in bigint.cpp.
// py: Objects/longobject.c, Objects/boolobject.c, Objects/object.c (None)
#include "args.h"
#include "bigint.h"
#include "builtins.h"
#include "builtins_scalar.h"
#include "text/format_spec.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace ls::interp {

using num::intOf;
using num::isIntLike;

namespace {

// --------------------------------------------------------------- protocols

std::string intRepr(VM &vm, const Value &self) {
    if (self.isBool()) return self.asBool() ? "True" : "False";
    if (self.isInt()) return std::to_string(self.asInt());
    return big::toDecimal(vm, self);
}

int64_t intHash(VM &, const Value &self) { return big::hash(self); }

bool compareInts(int64_t a, int64_t b, CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return a < b;
    case CompareOp::Le: return a <= b;
    case CompareOp::Eq: return a == b;
    case CompareOp::Ne: return a != b;
    case CompareOp::Gt: return a > b;
    case CompareOp::Ge: return a >= b;
    }
    return false;
}

CompareOp swapped(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
    }
}

// Works whichever operand is the int (the VM may call it reflected).
Value intRichCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (isIntLike(a) && isIntLike(b)) return Value::boolean(compareInts(intOf(a), intOf(b), op));
    if (isIntLike(a) && b.isFloat()) return Value::boolean(num::compareIntFloat(intOf(a), b.asFloat(), op));
    if (a.isFloat() && isIntLike(b))
        return Value::boolean(num::compareIntFloat(intOf(b), a.asFloat(), swapped(op)));
    // A big int on either side.
    if (big::isIntegral(a) && big::isIntegral(b)) return Value::boolean(compareInts(big::compare(a, b), 0, op));
    if (big::isIntegral(a) && b.isFloat()) return Value::boolean(big::compareFloat(a, b.asFloat(), op));
    if (a.isFloat() && big::isIntegral(b)) return Value::boolean(big::compareFloat(b, a.asFloat(), swapped(op)));
    return vm.notImplemented();
}

Value intBinarySlot(VM &vm, BinOp op, const Value &a, const Value &b) {
    op = num::baseOp(op);
    if (isIntLike(a) && isIntLike(b)) {
        // bool & | ^ bool stays bool (py: Objects/boolobject.c bool_and ...)
        if (a.isBool() && b.isBool()) {
            if (op == BinOp::And) return Value::boolean(a.asBool() && b.asBool());
            if (op == BinOp::Or) return Value::boolean(a.asBool() || b.asBool());
            if (op == BinOp::Xor) return Value::boolean(a.asBool() != b.asBool());
        }
        Value r = num::intBinary(vm, op, intOf(a), intOf(b));
        return r.isNull() ? vm.notImplemented() : r;
    }
    // int op float: int.__add__ would return NotImplemented and float's
    // reflected slot convert the int; doing it here gives the same result.
    if (big::isIntegral(a) && big::isIntegral(b)) {
        Value r = big::binary(vm, op, a, b);
        return r.isNull() ? vm.notImplemented() : r;
    }
    // int op float converts the int (OverflowError for a huge one).
    if ((big::isIntegral(a) && b.isFloat()) || (a.isFloat() && big::isIntegral(b))) {
        double x = a.isFloat() ? a.asFloat() : big::toDouble(vm, a);
        double y = b.isFloat() ? b.asFloat() : big::toDouble(vm, b);
        Value r = num::floatBinary(vm, op, x, y);
        return r.isNull() ? vm.notImplemented() : r;
    }
    return vm.notImplemented();
}

Value intNegative(VM &vm, const Value &v) {
    if (isIntLike(v) && intOf(v) != std::numeric_limits<int64_t>::min()) return Value::integer(-intOf(v));
    return big::negate(vm, v);
}
Value intPositive(VM &, const Value &v) { return v.isBool() ? Value::integer(intOf(v)) : v; }
Value intInvert(VM &vm, const Value &v) { return isIntLike(v) ? Value::integer(~intOf(v)) : big::invert(vm, v); }
bool intTruthy(VM &, const Value &v) { return !isIntLike(v) || intOf(v) != 0; }

Value intFormat(VM &vm, const Value &self, std::string_view spec) {
    // py: Objects/longobject.c long__format__: '' is str(self) (True for bools)
    if (spec.empty()) return vm.str(intRepr(vm, self));
    text::TextError err;
    if (big::isBig(self)) {
        auto f = text::parseFormatSpec(spec, 'd', '>', vm.typeName(self), &err);
        if (!f) num::raiseTextError(vm, err);
        return vm.str(big::format(vm, self, *f));
    }
    auto r = text::formatInt(intOf(self), spec, &err, vm.typeName(self));
    if (!r) num::raiseTextError(vm, err);
    return vm.str(std::move(*r));
}

// ------------------------------------------------------------ construction

// int(str, base) -- py: PyLong_FromUnicodeObject
Value intFromString(VM &vm, const Value &s, int64_t base) {
    text::IntParseStatus status;
    text::TextError err;
    const std::string &text = s.as<StrObject>()->s;
    auto r = text::parseInt(text, static_cast<int>(base), &status, &err);
    if (status == text::IntParseStatus::Overflow) {
        auto lit = text::parseIntLiteral(text, static_cast<int>(base), &status, &err);
        if (!lit) num::raiseTextError(vm, err);
        return big::fromDigits(vm, lit->negative, lit->digits, lit->base);
    }
    if (!r) num::raiseTextError(vm, err);
    return Value::integer(*r);
}

}  // namespace

// int(x) -- py: Objects/abstract.c PyNumber_Long
Value num::numberToInt(VM &vm, const Value &x) {
    if (x.isInt() || big::isBig(x)) return x;
    if (x.isBool()) return Value::integer(intOf(x));
    if (x.isFloat()) return num::floatToIntValue(vm, x.asFloat());
    if (x.is(Kind::Str)) return intFromString(vm, x, 10);
    Value r = num::callSpecial(vm, x, "__int__");
    if (!r.isNull()) {
        if (!big::isIntegral(r)) vm.raise(vm.exc.TypeError, "__int__ returned non-int (type " + vm.typeName(r) + ")");
        return r.isBool() ? Value::integer(intOf(r)) : r;
    }
    r = num::callSpecial(vm, x, "__index__");
    if (!r.isNull()) {
        if (!big::isIntegral(r)) vm.raise(vm.exc.TypeError, "__index__ returned non-int (type " + vm.typeName(r) + ")");
        return r.isBool() ? Value::integer(intOf(r)) : r;
    }
    r = num::callSpecial(vm, x, "__trunc__");
    if (!r.isNull()) {
        if (big::isIntegral(r)) return r.isBool() ? Value::integer(intOf(r)) : r;
        vm.raise(vm.exc.TypeError, "__trunc__ returned non-Integral (type " + vm.typeName(r) + ")");
    }
    vm.raise(vm.exc.TypeError,
             "int() argument must be a string, a bytes-like object or a real number, not '" + vm.typeName(x) + "'");
}

namespace {

// py: long_new_impl -- int(x=0, /, base=10)
Value intNew(VM &vm, TypeObject *, const CallArgs &args) {
    for (auto &k : args.kw)
        if (k.name != "base") {
            // Built with append: GCC 12 warns (-Wrestrict, a false positive)
            // on "'" + std::string(...).
            std::string msg(1, '\'');
            msg.append(k.name).append("' is an invalid keyword argument for int()");
            vm.raise(vm.exc.TypeError, msg);
        }
    const Value *base = args.keyword("base");
    size_t total = args.size() + (base ? 1 : 0);
    if (total > 2) vm.raise(vm.exc.TypeError, "int() takes at most 2 arguments (" + std::to_string(total) + " given)");
    if (args.size() == 2) {
        if (base) vm.raise(vm.exc.TypeError, "argument for int() given by name ('base') and position (2)");
        base = &args[1];
    }
    if (args.size() == 0) {
        if (base) vm.raise(vm.exc.TypeError, "int() missing string argument");
        return Value::integer(0);
    }
    if (!base) return num::numberToInt(vm, args[0]);
    int64_t b = vm.index(*base);
    if ((b != 0 && b < 2) || b > 36) vm.raise(vm.exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!args[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "int() can't convert non-string with explicit base");
    return intFromString(vm, args[0], b);
}

// py: bool_new -- bool(x=False, /)
Value boolNew(VM &vm, TypeObject *, const CallArgs &args) {
    noKeywords(vm, args, "bool");
    if (args.size() > 1) vm.raise(vm.exc.TypeError, "bool expected at most 1 argument, got " + std::to_string(args.size()));
    return Value::boolean(args.size() == 1 && vm.truthy(args[0]));
}

// ----------------------------------------------------------------- methods

// Self of an int method: an int, bool or big int.
const Value &selfInt(VM &vm, const CallArgs &a, std::string_view name) {
    if (a.size() == 0 || !big::isIntegral(a[0]))
        vm.raise(vm.exc.TypeError, "descriptor '" + std::string(name) + "' for 'int' objects doesn't apply to a '" +
                                       (a.size() ? vm.typeName(a[0]) : std::string("NoneType")) + "' object");
    return a[0];
}

// A METH_NOARGS method of int: checks self and the arguments.
const Value &noArgs(VM &vm, const CallArgs &a, std::string_view name) {
    const Value &v = selfInt(vm, a, name);
    argck::noArgs(vm, a, "int." + std::string(name));
    return v;
}

// self as a plain int (bool -> 0/1; a big int stays big).
Value plainInt(const Value &v) { return v.isBool() ? Value::integer(intOf(v)) : v; }

Value intBitLength(VM &vm, const CallArgs &a) { return Value::integer(big::bitLength(noArgs(vm, a, "bit_length"))); }

Value intBitCount(VM &vm, const CallArgs &a) { return Value::integer(big::bitCount(noArgs(vm, a, "bit_count"))); }

// __int__, __index__, __trunc__, __floor__, __ceil__, conjugate, numerator
// and real all return the int itself (a plain int for bools).
Value intSelf(VM &vm, const CallArgs &a) {
    std::string_view name = a.callee ? std::string_view(a.callee->name) : std::string_view("__int__");
    return plainInt(noArgs(vm, a, name));
}

Value intFloat(VM &vm, const CallArgs &a) { return Value::real(big::toDouble(vm, noArgs(vm, a, "__float__"))); }

Value intAbs(VM &vm, const CallArgs &a) {
    const Value &v = noArgs(vm, a, "__abs__");
    if (isIntLike(v) && intOf(v) != std::numeric_limits<int64_t>::min()) return Value::integer(std::abs(intOf(v)));
    return big::absolute(vm, v);
}

Value intZero(VM &vm, const CallArgs &a) {
    noArgs(vm, a, "imag");
    return Value::integer(0);
}
Value intOne(VM &vm, const CallArgs &a) {
    noArgs(vm, a, "denominator");
    return Value::integer(1);
}

Value intAsIntegerRatio(VM &vm, const CallArgs &a) {
    return vm.tuple({plainInt(noArgs(vm, a, "as_integer_ratio")), Value::integer(1)});
}

// py: long_round (int.__round__(ndigits=None))
Value intRound(VM &vm, const CallArgs &a) {
    const Value &v = selfInt(vm, a, "__round__");
    if (a.size() > 2) vm.raise(vm.exc.TypeError, "__round__ expected at most 1 argument, got " + std::to_string(a.size() - 1));
    if (a.size() < 2 || a[1].isNone()) return plainInt(v);
    if (!big::isIntegral(a[1])) vm.index(a[1]);  // TypeError for a non-integer
    return big::roundDigits(vm, v, a[1]);
}

Value intGetNewArgs(VM &vm, const CallArgs &a) { return vm.tuple({plainInt(noArgs(vm, a, "__getnewargs__"))}); }

// "big"/"little" of to_bytes and from_bytes; true for little-endian.
bool littleEndian(VM &vm, const Value &order) {
    if (order.isNull()) return false;
    if (!order.is(Kind::Str))
        vm.raise(vm.exc.TypeError, "to_bytes() argument 'byteorder' must be str, not " + vm.typeName(order));
    const std::string &o = order.as<StrObject>()->s;
    if (o != "big" && o != "little") vm.raise(vm.exc.ValueError, "byteorder must be either 'little' or 'big'");
    return o == "little";
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
// py: int_to_bytes_impl (3.11 defaults)
Value intToBytes(VM &vm, const CallArgs &a) {
    const Value &v = selfInt(vm, a, "to_bytes");
    if (a.size() > 3)
        vm.raise(vm.exc.TypeError, "to_bytes() takes at most 2 positional arguments (" +
                                       std::to_string(a.size() - 1) + " given)");
    Value b[3];
    argck::bind(vm, a, "to_bytes", {"length", "byteorder", "signed"}, 0, b);
    int64_t length = b[0].isNull() ? 1 : vm.index(b[0]);
    if (length < 0) vm.raise(vm.exc.ValueError, "length argument must be non-negative");
    bool little = littleEndian(vm, b[1]);
    bool isSigned = !b[2].isNull() && vm.truthy(b[2]);
    if (!isSigned && big::sign(v) < 0) vm.raise(vm.exc.OverflowError, "can't convert negative int to unsigned");
    big::checkBits(vm, static_cast<uint64_t>(length) * 8);
    auto out = big::toBytes(v, length, isSigned);
    if (!out) vm.raise(vm.exc.OverflowError, "int too big to convert");
    if (little) std::reverse(out->begin(), out->end());
    return vm.bytes(std::move(*out));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod
// (args[0] is the class). py: int_from_bytes_impl
Value intFromBytes(VM &vm, const CallArgs &a) {
    if (a.size() > 3)
        vm.raise(vm.exc.TypeError, "from_bytes() takes at most 2 positional arguments (" +
                                       std::to_string(a.size() - 1) + " given)");
    Value b[3];
    argck::bind(vm, a, "from_bytes", {"bytes", "byteorder", "signed"}, 1, b);
    bool little = littleEndian(vm, b[1]);
    bool isSigned = !b[2].isNull() && vm.truthy(b[2]);
    if (b[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "cannot convert 'str' object to bytes");
    Value it;
    try {
        it = vm.iter(b[0]);
    } catch (PyException &e) {
        if (!vm.isInstance(e.exc, vm.exc.TypeError)) throw;
        vm.raise(vm.exc.TypeError, "cannot convert '" + vm.typeName(b[0]) + "' object to bytes");
    }
    std::string bytes;  // most significant first
    Value item;
    while (vm.next(it, item)) {
        int64_t x = vm.index(item);
        if (x < 0 || x > 255) vm.raise(vm.exc.ValueError, "bytes must be in range(0, 256)");
        bytes.push_back(static_cast<char>(x));
    }
    if (little) std::reverse(bytes.begin(), bytes.end());
    Value r = big::fromBytes(vm, bytes, isSigned);
    if (a[0].identical(Value(vm.types.bool_))) return Value::boolean(big::sign(r) != 0);
    return r;
}

void defProperty(VM &vm, TypeObject *t, std::string_view name, NativeFn fn) {
    auto *p = vm.make<PropertyObject>(vm.types.property);
    Value prop = Value::adopt(p);
    p->fget = vm.native(name, fn, t);
    vm.defAttr(t, name, prop);
}

// ------------------------------------------------------------------- None

std::string noneRepr(VM &, const Value &) { return "None"; }
// CPython 3.11 hashes None by address; any constant keeps dicts working.
int64_t noneHash(VM &, const Value &) { return 0xFCA86420; }
bool noneTruthy(VM &, const Value &) { return false; }

Value noneNew(VM &vm, TypeObject *, const CallArgs &args) {
    if (args.size() || !args.kw.empty()) vm.raise(vm.exc.TypeError, "NoneType takes no arguments");
    return Value::none();
}

}  // namespace

void installIntType(VM &vm) {
    TypeObject *t = vm.types.int_;
    TypeSlots &s = t->slots;
    s.repr = intRepr;
    s.hash = intHash;
    s.richcompare = intRichCompare;
    s.binary = intBinarySlot;
    s.negative = intNegative;
    s.positive = intPositive;
    s.invert = intInvert;
    s.truthy = intTruthy;
    s.format = intFormat;
    t->newInstance = intNew;

    vm.defMethod(t, "bit_length", intBitLength);
    vm.defMethod(t, "bit_count", intBitCount);
    vm.defMethod(t, "as_integer_ratio", intAsIntegerRatio);
    for (const char *name : {"conjugate", "__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "__pos__"})
        vm.defMethod(t, name, intSelf);
    vm.defMethod(t, "__float__", intFloat);
    vm.defMethod(t, "__abs__", intAbs);
    vm.defMethod(t, "__round__", intRound);
    vm.defMethod(t, "__getnewargs__", intGetNewArgs);
    vm.defMethod(t, "to_bytes", intToBytes);
    vm.defAttr(t, "from_bytes",
               Value::adopt(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod,
                                                         vm.native("from_bytes", intFromBytes, t))));
    defProperty(vm, t, "real", intSelf);
    defProperty(vm, t, "numerator", intSelf);
    defProperty(vm, t, "imag", intZero);
    defProperty(vm, t, "denominator", intOne);
    num::installNumberDunders(vm, t, false);

    // bool: int's protocols with its own repr and constructor. Its slots were
    // copied from int's before int's were filled, so copy them again.
    TypeObject *b = vm.types.bool_;
    b->slots = s;
    b->newInstance = boolNew;

    TypeObject *n = vm.types.NoneType;
    n->slots.repr = noneRepr;
    n->slots.hash = noneHash;
    n->slots.truthy = noneTruthy;
    n->newInstance = noneNew;
}

}  // namespace ls::interp

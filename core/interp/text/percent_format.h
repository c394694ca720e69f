// printf-style formatting, `str % args`, as CPython 3.11's PyUnicode_Format.
//
// The formatter does not know the object model: it reaches the right operand
// through PercentArgs, whose callbacks perform the Python-level conversions
// (str(), repr(), __index__, __float__, item lookup) and report the outcome.
// The formatter owns the control flow and every message CPython words
// itself ("not enough arguments for format string", "%d format: a real
// number is required, not str", "unsupported format character ...").
#pragma once

#include "interp/text/format_number.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ls::text {

enum class ArgStatus {
    Ok,
    WrongType,  // the value has no such conversion: the formatter raises its TypeError
    Error,      // *err was filled: a TextError, or ErrorKind::Propagate for the
                // callback's own pending exception
};

// An integer operand for %d %i %u %o %x %X. Normally `value`; a caller with
// big ints sets `big` and gives the magnitude's digits in the requested base.
struct PercentInt {
    int64_t value = 0;
    bool big = false;
    bool negative = false;
    std::string digits;  // lower case, no prefix, used when big
};

class PercentArgs {
public:
    using Handle = size_t;
    // The right operand itself (when it is not a tuple).
    static constexpr Handle kWhole = static_cast<Handle>(-1);

    virtual ~PercentArgs() = default;

    // Shape of the right operand (PyUnicode_Format): a tuple spreads its
    // items (handles 0..tupleSize()-1); anything else is one argument
    // (kWhole). isMapping is PyMapping_Check(args) && !tuple && !str: it
    // enables %(key)s and disables "not all arguments converted".
    virtual bool isTuple() const = 0;
    virtual size_t tupleSize() const = 0;
    virtual bool isMapping() const = 0;

    // args[key] for %(key)s, stored under a handle the callee chooses
    // (other than tuple indices and kWhole). KeyError etc. -> Error.
    virtual ArgStatus lookupKey(std::string_view key, Handle* out, TextError* err) = 0;
    // Py_TYPE(v)->tp_name, for the formatter's messages.
    virtual std::string typeName(Handle h) = 0;

    // '*' width or precision: Ok with the value when PyLong_Check(v),
    // WrongType otherwise. A big int is an Error: OverflowError "Python int
    // too large to convert to C ssize_t".
    virtual ArgStatus starValue(Handle h, int64_t* out, TextError* err) = 0;
    // %s %r %a: str(v), repr(v), ascii(v) (conversion is 's', 'r' or 'a').
    virtual ArgStatus text(Handle h, char conversion, std::string* out, TextError* err) = 0;
    // %d %i %u: v if int, else int(v) (PyNumber_Long: floats truncate, inf
    // and nan are Errors with floatToIntError's messages); %o %x %X: v if
    // int, else __index__. WrongType when v is no number / has no __index__.
    virtual ArgStatus integer(Handle h, char conversion, int base, PercentInt* out, TextError* err) = 0;
    // %e %E %f %F %g %G: PyFloat_AsDouble(v). WrongType when impossible.
    virtual ArgStatus real(Handle h, double* out, TextError* err) = 0;
    // %c: a one-character str gives its code point, an int its value (any
    // int beyond int64 may be given as INT64_MAX); WrongType otherwise.
    virtual ArgStatus character(Handle h, int64_t* out, TextError* err) = 0;
};

// str % args. On failure returns std::nullopt with *err set (kind Propagate
// when a callback's own exception should be re-raised).
std::optional<std::string> percentFormat(std::string_view format, PercentArgs& args, TextError* err);

// ---- a ready-made PercentArgs over plain values ------------------------------

// None, bool, int, float or str: enough for tests and for callers that have
// already reduced their operands to plain values.
struct PercentValue {
    enum class Kind { None, Bool, Int, Float, Str };
    Kind kind = Kind::None;
    int64_t i = 0;
    double f = 0;
    std::string s;

    static PercentValue none() { return {}; }
    static PercentValue boolean(bool b) { return {Kind::Bool, b ? 1 : 0, 0, {}}; }
    static PercentValue integer(int64_t v) { return {Kind::Int, v, 0, {}}; }
    static PercentValue real(double v) { return {Kind::Float, 0, v, {}}; }
    static PercentValue str(std::string v) { return {Kind::Str, 0, 0, std::move(v)}; }

    std::string repr() const;
};

class SimplePercentArgs : public PercentArgs {
public:
    enum class Shape { Single, Tuple, Dict };

    static SimplePercentArgs single(PercentValue v);
    static SimplePercentArgs tuple(std::vector<PercentValue> items);
    static SimplePercentArgs dict(std::vector<std::pair<std::string, PercentValue>> items);

    bool isTuple() const override { return shape_ == Shape::Tuple; }
    size_t tupleSize() const override { return items_.size(); }
    bool isMapping() const override { return shape_ == Shape::Dict; }
    ArgStatus lookupKey(std::string_view key, Handle* out, TextError* err) override;
    std::string typeName(Handle h) override;
    ArgStatus starValue(Handle h, int64_t* out, TextError* err) override;
    ArgStatus text(Handle h, char conversion, std::string* out, TextError* err) override;
    ArgStatus integer(Handle h, char conversion, int base, PercentInt* out, TextError* err) override;
    ArgStatus real(Handle h, double* out, TextError* err) override;
    ArgStatus character(Handle h, int64_t* out, TextError* err) override;

private:
    bool isDictHandle(Handle h) const { return shape_ == Shape::Dict && h == kWhole; }
    const PercentValue& value(Handle h) const;
    std::string dictRepr() const;

    Shape shape_ = Shape::Single;
    std::vector<PercentValue> items_;  // Single: one item; Dict: the values
    std::vector<std::string> keys_;    // Dict only
};

}  // namespace ls::text

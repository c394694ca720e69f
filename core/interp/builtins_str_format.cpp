// String formatting: `str % args` (the engine is text/percent_format.h; this
// file gives it the Python-level conversions), format(str, spec), and
// str.format / str.format_map.
// py: Objects/unicodeobject.c PyUnicode_Format, unicode__format__;
//     Objects/stringlib/unicode_format.h (3.11)
#include "bigint.h"
#include "builtins_scalar.h"
#include "text/format_spec.h"
#include "text/percent_format.h"
#include "text/unicode.h"

#include <cstdio>
#include <limits>

namespace ls::interp::strs {

std::string asciiRepr(VM &vm, const Value &v) {
    // py: PyObject_ASCII: repr() with non-ASCII code points escaped.
    std::string r = vm.repr(v);
    std::string out;
    out.reserve(r.size());
    static constexpr char hex[] = "0123456789abcdef";
    for (size_t p = 0; p < r.size();) {
        if (static_cast<unsigned char>(r[p]) < 0x80) {
            out += r[p++];
            continue;
        }
        char32_t c = text::decodeUtf8At(r, p);
        int ndigits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        out += ndigits == 2 ? "\\x" : ndigits == 4 ? "\\u" : "\\U";
        for (int i = ndigits - 1; i >= 0; --i) out += hex[(c >> (4 * i)) & 0xF];
    }
    return out;
}

Value formatStr(VM &vm, const Value &self, std::string_view spec) {
    // py: unicode__format__: '' is str(self)
    if (spec.empty()) return self.obj()->type == vm.types.str ? self : vm.str(vm.toStr(self));
    text::TextError err;
    auto r = text::formatString(text(self), spec, &err);
    if (!r) num::raiseTextError(vm, err);
    return vm.str(std::move(*r));
}

namespace {

// ------------------------------------------------------------- str % args

// The right operand of `%` as the percent formatter sees it. Python
// exceptions raised by conversions are kept and re-thrown afterwards.
class VmPercentArgs : public text::PercentArgs {
public:
    VmPercentArgs(VM &vm, const Value &args) : vm_(vm), args_(args) {
        if (args.is(Kind::Tuple)) items_ = &args.as<TupleObject>()->items;
    }

    std::optional<PyException> pending;

    bool isTuple() const override { return items_ != nullptr; }
    size_t tupleSize() const override { return items_ ? items_->size() : 0; }
    bool isMapping() const override {
        // py: PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)
        if (items_ || args_.is(Kind::Str) || !args_.isObj()) return false;
        TypeObject *t = vm_.typeOf(args_);
        return t->slots.getitem != nullptr || !t->lookup("__getitem__").isNull();
    }

    text::ArgStatus lookupKey(std::string_view key, Handle *out, text::TextError *err) override {
        return guard(err, [&] {
            keyed_.push_back(vm_.getItem(args_, vm_.str(key)));
            *out = kKeyedBase + keyed_.size() - 1;
            return text::ArgStatus::Ok;
        });
    }

    std::string typeName(Handle h) override { return vm_.typeName(value(h)); }

    text::ArgStatus starValue(Handle h, int64_t *out, text::TextError *) override {
        const Value &v = value(h);
        if (!num::isIntLike(v)) return text::ArgStatus::WrongType;
        *out = num::intOf(v);
        return text::ArgStatus::Ok;
    }

    text::ArgStatus text(Handle h, char conversion, std::string *out, text::TextError *err) override {
        return guard(err, [&] {
            const Value &v = value(h);
            *out = conversion == 'r' ? vm_.repr(v) : conversion == 'a' ? asciiRepr(vm_, v) : vm_.toStr(v);
            return text::ArgStatus::Ok;
        });
    }

    text::ArgStatus integer(Handle h, char conversion, int base, text::PercentInt *out, text::TextError *err) override {
        const Value &v = value(h);
        if (num::isIntLike(v)) {
            out->value = num::intOf(v);
            return text::ArgStatus::Ok;
        }
        if (big::isBig(v)) return guard(err, [&] { return bigInteger(v, base, out); });
        // py: mainformatlong: PyNumber_Check first, then __index__ for
        // o/x/X and int() for d/i/u; a TypeError there is "wrong type".
        bool index = conversion == 'o' || conversion == 'x' || conversion == 'X';
        if (!isNumber(v)) return text::ArgStatus::WrongType;
        if (index && v.isFloat()) return text::ArgStatus::WrongType;
        return guard(err, [&] {
            try {
                Value i = index ? Value::integer(vm_.index(v)) : num::numberToInt(vm_, v);
                if (big::isBig(i)) return bigInteger(i, base, out);
                out->value = num::intOf(i);
            } catch (PyException &e) {
                if (vm_.isInstance(e.exc, vm_.exc.TypeError)) return text::ArgStatus::WrongType;
                throw;
            }
            return text::ArgStatus::Ok;
        });
    }

    text::ArgStatus real(Handle h, double *out, text::TextError *err) override {
        const Value &v = value(h);
        if (num::isNumber(v)) {
            *out = num::toFloat(v);
            return text::ArgStatus::Ok;
        }
        if (big::isBig(v)) return guard(err, [&] { *out = big::toDouble(vm_, v); return text::ArgStatus::Ok; });
        // py: PyFloat_AsDouble: __float__, then __index__
        return guard(err, [&] {
            Value f = num::callSpecial(vm_, v, "__float__");
            if (!f.isNull()) {
                if (!f.isFloat())
                    vm_.raise(vm_.exc.TypeError,
                              vm_.typeName(v) + ".__float__ returned non-float (type " + vm_.typeName(f) + ")");
                *out = f.asFloat();
                return text::ArgStatus::Ok;
            }
            if (vm_.typeOf(v)->lookup("__index__").isNull()) return text::ArgStatus::WrongType;
            *out = static_cast<double>(vm_.index(v));
            return text::ArgStatus::Ok;
        });
    }

    text::ArgStatus character(Handle h, int64_t *out, text::TextError *) override {
        const Value &v = value(h);
        if (v.is(Kind::Str)) {
            const StrObject *s = v.as<StrObject>();
            if (s->length() != 1) return text::ArgStatus::WrongType;
            size_t p = 0;
            *out = text::decodeUtf8At(s->s, p);
            return text::ArgStatus::Ok;
        }
        if (!num::isIntLike(v)) return text::ArgStatus::WrongType;
        *out = num::intOf(v);
        return text::ArgStatus::Ok;
    }

private:
    static constexpr Handle kKeyedBase = Handle{1} << 40;

    // A big int operand: its magnitude's digits (the 4300-digit limit
    // applies to base 10, as CPython's str()).
    text::ArgStatus bigInteger(const Value &v, int base, text::PercentInt *out) {
        out->big = true;
        out->negative = big::sign(v) < 0;
        std::string d = base == 10 ? big::toDecimal(vm_, v) : big::magnitudeDigits(v, base);
        if (!d.empty() && d[0] == '-') d.erase(0, 1);
        out->digits = std::move(d);
        return text::ArgStatus::Ok;
    }

    const Value &value(Handle h) const {
        if (h == kWhole) return args_;
        if (h >= kKeyedBase) return keyed_[h - kKeyedBase];
        return (*items_)[h];
    }

    // PyNumber_Check: int, float, or a class with __index__/__int__/__float__.
    bool isNumber(const Value &v) const {
        if (num::isNumber(v)) return true;
        TypeObject *t = vm_.typeOf(v);
        return !t->lookup("__index__").isNull() || !t->lookup("__int__").isNull() ||
               !t->lookup("__float__").isNull();
    }

    template <class F>
    text::ArgStatus guard(text::TextError *err, F &&f) {
        try {
            return f();
        } catch (PyException &e) {
            pending = std::move(e);
            text::setError(err, text::ErrorKind::Propagate, "");
            return text::ArgStatus::Error;
        }
    }

    VM &vm_;
    const Value &args_;
    const std::vector<Value> *items_ = nullptr;
    std::vector<Value> keyed_;
};

}  // namespace

Value percentFormat(VM &vm, const Value &format, const Value &args) {
    VmPercentArgs pa(vm, args);
    text::TextError err;
    auto r = text::percentFormat(text(format), pa, &err);
    if (!r) {
        if (err.kind == text::ErrorKind::Propagate && pa.pending) throw std::move(*pa.pending);
        num::raiseTextError(vm, err);
    }
    return vm.str(std::move(*r));
}

namespace {

// ------------------------------------------------------------- str.format

// Where the replacement fields' values come from: str.format's positional
// and keyword arguments, or format_map's mapping (no positionals).
struct FormatSource {
    std::span<const Value> args;
    bool hasArgs = true;
    std::span<const KwArg> kwargs;
    const Value *mapping = nullptr;
};

enum class AutoNumber { Init, Auto, Manual };

class StrFormatter {
public:
    StrFormatter(VM &vm, const FormatSource &src) : vm_(vm), src_(src) {}

    // py: build_string / output_markup
    std::string build(std::u32string_view fmt, int depth) {
        if (depth <= 0) vm_.raise(vm_.exc.ValueError, "Max string recursion exceeded");
        std::string out;
        size_t i = 0, n = fmt.size();
        while (i < n) {
            // py: MarkupIterator_next: literal text up to '{' or '}'
            size_t start = i;
            char32_t c = 0;
            bool markup = false;
            while (i < n) {
                c = fmt[i++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            bool atEnd = i >= n;
            size_t len = i - start;
            if (markup && c == '}' && (atEnd || fmt[i] != '}'))
                vm_.raise(vm_.exc.ValueError, "Single '}' encountered in format string");
            if (markup && atEnd && c == '{')
                vm_.raise(vm_.exc.ValueError, "Single '{' encountered in format string");
            if (markup) {
                if (fmt[i] == c) {  // '{{' or '}}'
                    ++i;
                    markup = false;
                } else {
                    --len;
                }
            }
            appendCps(out, fmt.substr(start, len));
            if (!markup) continue;
            out += field(fmt, i, depth);
        }
        return out;
    }

private:
    static void appendCps(std::string &out, std::u32string_view cps) {
        for (char32_t c : cps) text::appendUtf8(out, c);
    }

    // py: parse_field + output_markup; i is just after the '{'.
    std::string field(std::u32string_view fmt, size_t &i, int depth) {
        size_t n = fmt.size();
        size_t nameStart = i;
        char32_t c = 0;
        while (i < n) {
            c = fmt[i++];
            if (c == '{') vm_.raise(vm_.exc.ValueError, "unexpected '{' in field name");
            if (c == '[') {
                while (i < n && fmt[i] != ']') ++i;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        std::u32string_view name = fmt.substr(nameStart, i - 1 - nameStart);
        char32_t conversion = 0;
        std::u32string_view spec;
        bool specNeedsExpanding = false;
        if (c == '!' || c == ':') {
            bool done = false;
            if (c == '!') {
                if (i >= n) vm_.raise(vm_.exc.ValueError, "end of string while looking for conversion specifier");
                conversion = fmt[i++];
                if (i < n) {
                    char32_t d = fmt[i++];
                    if (d == '}') done = true;
                    else if (d != ':') vm_.raise(vm_.exc.ValueError, "expected ':' after conversion specifier");
                }
            }
            if (!done) {
                size_t specStart = i;
                int count = 1;
                bool closed = false;
                while (i < n) {
                    char32_t d = fmt[i++];
                    if (d == '{') {
                        specNeedsExpanding = true;
                        ++count;
                    } else if (d == '}' && --count == 0) {
                        spec = fmt.substr(specStart, i - 1 - specStart);
                        closed = true;
                        break;
                    }
                }
                if (!closed) vm_.raise(vm_.exc.ValueError, "unmatched '{' in format spec");
            }
        } else if (c != '}') {
            vm_.raise(vm_.exc.ValueError, "expected '}' before end of string");
        }

        Value obj = fieldObject(name);
        if (conversion) {
            switch (conversion) {
            case 'r': obj = vm_.str(vm_.repr(obj)); break;
            case 's': obj = vm_.str(vm_.toStr(obj)); break;
            case 'a': obj = vm_.str(asciiRepr(vm_, obj)); break;
            default: {
                std::string msg = "Unknown conversion specifier ";
                if (conversion > 32 && conversion < 127) {
                    msg += static_cast<char>(conversion);
                } else {
                    char buf[16];
                    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(conversion));
                    msg += buf;
                }
                vm_.raise(vm_.exc.ValueError, msg);
            }
            }
        }
        std::string specText;
        if (specNeedsExpanding) {
            specText = build(spec, depth - 1);
        } else {
            appendCps(specText, spec);
        }
        Value r = vm_.format(obj, specText);
        return text(r);
    }

    // Decimal digits only: the index, else -1. py: get_integer
    int64_t integer(std::u32string_view s) {
        if (s.empty()) return -1;
        int64_t v = 0;
        for (char32_t c : s) {
            int d = text::decimalValue(c);
            if (d < 0) return -1;
            if (v > (std::numeric_limits<int64_t>::max() - d) / 10)
                vm_.raise(vm_.exc.ValueError, "Too many decimal digits in format string");
            v = v * 10 + d;
        }
        return v;
    }

    std::string utf8(std::u32string_view s) {
        std::string out;
        appendCps(out, s);
        return out;
    }

    // py: get_field_object + field_name_split + FieldNameIterator_next
    Value fieldObject(std::u32string_view name) {
        size_t i = 0;
        while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
        std::u32string_view first = name.substr(0, i);
        int64_t index = integer(first);
        bool empty = first.empty();
        if (empty || index != -1) {
            if (auto_ == AutoNumber::Init) auto_ = empty ? AutoNumber::Auto : AutoNumber::Manual;
            if (auto_ == AutoNumber::Manual && empty)
                vm_.raise(vm_.exc.ValueError,
                          "cannot switch from manual field specification to automatic field numbering");
            if (auto_ == AutoNumber::Auto && !empty)
                vm_.raise(vm_.exc.ValueError,
                          "cannot switch from automatic field numbering to manual field specification");
            if (empty) index = nextIndex_++;
        }
        Value obj;
        if (index == -1) {
            Value key = vm_.str(utf8(first));
            if (src_.mapping) {
                obj = vm_.getItem(*src_.mapping, key);
            } else {
                std::string k = utf8(first);
                for (auto &kw : src_.kwargs)
                    if (kw.name == k) obj = *kw.value;
                if (obj.isNull()) vm_.raise(vm_.newException(vm_.exc.KeyError, std::vector<Value>{key}));
            }
        } else {
            if (!src_.hasArgs) vm_.raise(vm_.exc.ValueError, "Format string contains positional fields");
            if (index >= static_cast<int64_t>(src_.args.size()))
                vm_.raise(vm_.exc.IndexError, "Replacement index " + std::to_string(index) +
                                                  " out of range for positional args tuple");
            obj = src_.args[static_cast<size_t>(index)];
        }
        // The rest: .attr and [key] parts.
        while (i < name.size()) {
            char32_t c = name[i++];
            if (c == '.') {
                size_t s = i;
                while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
                if (i == s) vm_.raise(vm_.exc.ValueError, "Empty attribute in format string");
                obj = vm_.getAttr(obj, utf8(name.substr(s, i - s)));
            } else if (c == '[') {
                size_t s = i;
                while (i < name.size() && name[i] != ']') ++i;
                if (i >= name.size()) vm_.raise(vm_.exc.ValueError, "Missing ']' in format string");
                std::u32string_view key = name.substr(s, i - s);
                ++i;
                if (key.empty()) vm_.raise(vm_.exc.ValueError, "Empty attribute in format string");
                int64_t k = integer(key);
                obj = vm_.getItem(obj, k == -1 ? vm_.str(utf8(key)) : Value::integer(k));
            } else {
                vm_.raise(vm_.exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    VM &vm_;
    const FormatSource &src_;
    AutoNumber auto_ = AutoNumber::Init;
    int64_t nextIndex_ = 0;
};

// str.format(*args, **kwargs)
Value strFormatMethod(VM &vm, const CallArgs &a) {
    const StrObject *s = self(vm, a, "format");
    FormatSource src;
    src.args = a.pos.subspan(1);
    src.kwargs = a.kw;
    StrFormatter f(vm, src);
    return vm.str(f.build(text::decodeUtf8(s->s), 2));
}

// str.format_map(mapping)
Value strFormatMap(VM &vm, const CallArgs &a) {
    const StrObject *s = self(vm, a, "format_map");
    argck::oneArg(vm, a, "str.format_map");
    FormatSource src;
    src.hasArgs = false;
    src.mapping = &a[1];
    StrFormatter f(vm, src);
    return vm.str(f.build(text::decodeUtf8(s->s), 2));
}

Value strDunderMod(VM &vm, const CallArgs &a) {
    self(vm, a, "__mod__");
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, "wrapper __mod__() takes no keyword arguments");
    if (a.size() != 2)
        vm.raise(vm.exc.TypeError, "expected 1 argument, got " + std::to_string(a.size() - 1));
    return percentFormat(vm, a[0], a[1]);
}

}  // namespace

void installStrFormatMethods(VM &vm) {
    vm.defMethod(vm.types.str, "format", strFormatMethod);
    vm.defMethod(vm.types.str, "format_map", strFormatMap);
    vm.defMethod(vm.types.str, "__mod__", strDunderMod);
}

}  // namespace ls::interp::strs

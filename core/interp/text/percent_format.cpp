#include "interp/text/percent_format.h"

#include "interp/text/unicode.h"

#include <charconv>
#include <climits>
#include <cmath>

namespace ls::text {

namespace {

// Conversion flags (Include/internal/pycore_format.h).
enum : unsigned { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

struct FormatArg {
    char32_t ch = 0;
    unsigned flags = 0;
    int64_t width = -1;
    int64_t prec = -1;
    bool sign = false;  // the converted text is numeric and may carry a sign
};

std::string hexString(uint64_t v) {
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, v, 16);
    return std::string(buf, res.ptr);
}

// py: Objects/unicodeobject.c struct unicode_formatter_t and the functions
// working on it; one instance per percentFormat call.
class Formatter {
public:
    Formatter(std::string_view format, PercentArgs& args, TextError* err)
        : fmt_(decodeUtf8(format)), args_(args), err_(err) {}

    // py: Objects/unicodeobject.c PyUnicode_Format
    std::optional<std::string> run() {
        if (args_.isTuple()) {
            arglen_ = static_cast<int64_t>(args_.tupleSize());
            argidx_ = 0;
        } else {
            arglen_ = -1;
            argidx_ = -2;
        }
        dict_ = args_.isMapping();
        current_ = PercentArgs::kWhole;
        fmtcnt_ = static_cast<int64_t>(fmt_.size());
        fmtpos_ = 0;
        while (--fmtcnt_ >= 0) {
            if (read(fmtpos_) != '%') {
                const int64_t nonfmtpos = fmtpos_++;
                while (fmtcnt_ >= 0 && read(fmtpos_) != '%') {
                    ++fmtpos_;
                    --fmtcnt_;
                }
                if (fmtcnt_ < 0) --fmtpos_;
                for (int64_t i = nonfmtpos; i < fmtpos_; ++i) appendUtf8(out_, fmt_[static_cast<size_t>(i)]);
            } else {
                ++fmtpos_;
                if (!formatArg()) return std::nullopt;
            }
        }
        if (argidx_ < arglen_ && !dict_) {
            typeError("not all arguments converted during string formatting");
            return std::nullopt;
        }
        return std::move(out_);
    }

private:
    // The format string is NUL-terminated in CPython; reading one past the
    // end yields 0, which the parser relies on.
    char32_t read(int64_t i) const {
        return i < static_cast<int64_t>(fmt_.size()) ? fmt_[static_cast<size_t>(i)] : 0;
    }

    // Each returns false so that callers can `return typeError(...)`.
    bool raise(ErrorKind kind, std::string message) {
        setError(err_, kind, std::move(message));
        return false;
    }
    bool typeError(std::string message) { return raise(ErrorKind::TypeError, std::move(message)); }
    bool valueError(std::string message) { return raise(ErrorKind::ValueError, std::move(message)); }

    // py: Objects/unicodeobject.c unicode_format_getnextarg
    std::optional<PercentArgs::Handle> nextArg() {
        const int64_t argidx = argidx_;
        if (argidx < arglen_) {
            ++argidx_;
            if (arglen_ < 0) return current_;
            return static_cast<PercentArgs::Handle>(argidx);
        }
        typeError("not enough arguments for format string");
        return std::nullopt;
    }

    // py: Objects/unicodeobject.c unicode_format_arg
    bool formatArg() {
        FormatArg arg;
        arg.ch = read(fmtpos_);
        if (arg.ch == '%') {
            ++fmtpos_;
            --fmtcnt_;
            out_.push_back('%');
            return true;
        }
        if (!parseArg(arg)) return false;
        std::string str;
        bool written = false;
        if (!formatOne(arg, &str, &written)) return false;
        if (!written) output(arg, str);
        if (dict_ && argidx_ < arglen_) return typeError("not all arguments converted during string formatting");
        return true;
    }

    // py: Objects/unicodeobject.c unicode_format_arg_parse
    bool parseArg(FormatArg& arg) {
        if (arg.ch == '(') {
            // Get argument value from a dictionary. Example: "%(name)s".
            if (!dict_) return typeError("format requires a mapping");
            ++fmtpos_;
            --fmtcnt_;
            const int64_t keystart = fmtpos_;
            int pcount = 1;
            // Skip over balanced parentheses.
            while (pcount > 0 && --fmtcnt_ >= 0) {
                arg.ch = read(fmtpos_);
                if (arg.ch == ')')
                    --pcount;
                else if (arg.ch == '(')
                    ++pcount;
                ++fmtpos_;
            }
            const int64_t keylen = fmtpos_ - keystart - 1;
            if (fmtcnt_ < 0 || pcount > 0) return valueError("incomplete format key");
            const std::string key = encodeUtf8(std::u32string_view(fmt_).substr(static_cast<size_t>(keystart),
                                                                                static_cast<size_t>(keylen)));
            PercentArgs::Handle h = 0;
            if (args_.lookupKey(key, &h, err_) != ArgStatus::Ok) return false;
            current_ = h;
            arglen_ = -1;
            argidx_ = -2;
        }
        // Flags. Example: "%+i" => flags=F_SIGN.
        while (--fmtcnt_ >= 0) {
            arg.ch = read(fmtpos_);
            ++fmtpos_;
            unsigned flag = 0;
            switch (arg.ch) {
            case '-': flag = F_LJUST; break;
            case '+': flag = F_SIGN; break;
            case ' ': flag = F_BLANK; break;
            case '#': flag = F_ALT; break;
            case '0': flag = F_ZERO; break;
            default: break;
            }
            if (!flag) break;
            arg.flags |= flag;
        }
        // Width. Example: "%10s" => width=10.
        if (arg.ch == '*') {
            int64_t v = 0;
            if (!starArg(&v)) return false;
            arg.width = v;
            if (arg.width < 0) {
                arg.flags |= F_LJUST;
                arg.width = arg.width == INT64_MIN ? INT64_MAX : -arg.width;
            }
            if (--fmtcnt_ >= 0) arg.ch = read(fmtpos_++);
        } else if (arg.ch >= '0' && arg.ch <= '9') {
            arg.width = arg.ch - '0';
            while (--fmtcnt_ >= 0) {
                arg.ch = read(fmtpos_++);
                if (arg.ch < '0' || arg.ch > '9') break;
                const int digit = static_cast<int>(arg.ch - '0');
                if (arg.width > (INT64_MAX - digit) / 10) return valueError("width too big");
                arg.width = arg.width * 10 + digit;
            }
        }
        // Precision. Example: "%.3f" => prec=3.
        if (arg.ch == '.') {
            arg.prec = 0;
            if (--fmtcnt_ >= 0) arg.ch = read(fmtpos_++);
            if (arg.ch == '*') {
                int64_t v = 0;
                if (!starArg(&v)) return false;
                if (v < INT_MIN || v > INT_MAX)
                    return raise(ErrorKind::OverflowError, "Python int too large to convert to C int");
                arg.prec = v < 0 ? 0 : v;
                if (--fmtcnt_ >= 0) arg.ch = read(fmtpos_++);
            } else if (arg.ch >= '0' && arg.ch <= '9') {
                arg.prec = arg.ch - '0';
                while (--fmtcnt_ >= 0) {
                    arg.ch = read(fmtpos_++);
                    if (arg.ch < '0' || arg.ch > '9') break;
                    const int digit = static_cast<int>(arg.ch - '0');
                    if (arg.prec > (INT_MAX - digit) / 10) return valueError("precision too big");
                    arg.prec = arg.prec * 10 + digit;
                }
            }
        }
        // Ignore "h", "l" and "L" format prefix (ex: "%hi" or "%ls").
        if (fmtcnt_ >= 0 && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L')) {
            if (--fmtcnt_ >= 0) arg.ch = read(fmtpos_++);
        }
        if (fmtcnt_ < 0) return valueError("incomplete format");
        return true;
    }

    bool starArg(int64_t* v) {
        const std::optional<PercentArgs::Handle> h = nextArg();
        if (!h) return false;
        const ArgStatus st = args_.starValue(*h, v, err_);
        if (st == ArgStatus::WrongType) return typeError("* wants int");
        return st == ArgStatus::Ok;
    }

    // py: Objects/unicodeobject.c unicode_format_arg_format. Sets *written
    // when the text went straight to the output (CPython's fast paths, which
    // skip the padding stage).
    bool formatOne(FormatArg& arg, std::string* str, bool* written) {
        const std::optional<PercentArgs::Handle> hv = nextArg();
        if (!hv) return false;
        const PercentArgs::Handle v = *hv;
        switch (arg.ch) {
        case 's':
        case 'r':
        case 'a':
            return args_.text(v, static_cast<char>(arg.ch), str, err_) == ArgStatus::Ok;
        case 'i':
        case 'd':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (!formatLong(v, arg, str)) return false;
            arg.sign = true;
            return true;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            // py: Objects/unicodeobject.c formatfloat
            double x = 0;
            const ArgStatus st = args_.real(v, &x, err_);
            if (st == ArgStatus::WrongType)
                return typeError("must be real number, not " + args_.typeName(v).substr(0, 50));
            if (st != ArgStatus::Ok) return false;
            *str = doubleToString(x, static_cast<char>(arg.ch), arg.prec < 0 ? 6 : static_cast<int>(arg.prec),
                                  (arg.flags & F_ALT) ? kDtsAlt : 0u);
            arg.sign = true;
            return true;
        }
        case 'c': {
            // py: Objects/unicodeobject.c formatchar
            int64_t cp = 0;
            const ArgStatus st = args_.character(v, &cp, err_);
            if (st == ArgStatus::WrongType) return typeError("%c requires int or char");
            if (st != ArgStatus::Ok) return false;
            if (cp < 0 || cp > 0x10FFFF)
                return raise(ErrorKind::OverflowError, "%c arg not in range(0x110000)");
            if (arg.width == -1 && arg.prec == -1) {
                appendUtf8(out_, static_cast<char32_t>(cp));
                *written = true;
                return true;
            }
            *str = encodeUtf8(static_cast<char32_t>(cp));
            return true;
        }
        default: {
            const char shown = (arg.ch >= 31 && arg.ch <= 126) ? static_cast<char>(arg.ch) : '?';
            return valueError(std::string("unsupported format character '") + shown + "' (0x" + hexString(arg.ch) +
                              ") at index " + std::to_string(fmtpos_ - 1));
        }
        }
    }

    // py: Objects/unicodeobject.c mainformatlong + _PyUnicode_FormatLong
    bool formatLong(PercentArgs::Handle v, const FormatArg& arg, std::string* str) {
        const char type = static_cast<char>(arg.ch);
        const int base = (type == 'o') ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
        PercentInt n;
        const ArgStatus st = args_.integer(v, type, base, &n, err_);
        if (st == ArgStatus::WrongType) {
            const std::string name = args_.typeName(v).substr(0, 200);
            if (type == 'o' || type == 'x' || type == 'X')
                return typeError(std::string("%") + type + " format: an integer is required, not " + name);
            return typeError(std::string("%") + type + " format: a real number is required, not " + name);
        }
        if (st != ArgStatus::Ok) return false;
        if (arg.prec > INT_MAX - 3) return raise(ErrorKind::OverflowError, "precision too large");
        std::string digits;
        bool negative = n.negative;
        if (n.big) {
            digits = n.digits;
        } else {
            negative = n.value < 0;
            const uint64_t mag = negative ? 0 - static_cast<uint64_t>(n.value) : static_cast<uint64_t>(n.value);
            char buf[72];
            const auto res = std::to_chars(buf, buf + sizeof buf, mag, base);
            digits.assign(buf, res.ptr);
        }
        // "-"? ("0o" | "0x" | "0X")? zero-fill to prec digits
        str->clear();
        if (negative) str->push_back('-');
        if ((arg.flags & F_ALT) && base != 10) {
            str->push_back('0');
            str->push_back(type == 'X' ? 'X' : type);
        }
        if (arg.prec > static_cast<int64_t>(digits.size()))
            str->append(static_cast<size_t>(arg.prec) - digits.size(), '0');
        if (type == 'X')
            for (char& c : digits) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        *str += digits;
        return true;
    }

    // py: Objects/unicodeobject.c unicode_format_arg_output
    void output(FormatArg& arg, const std::string& text) {
        const char32_t fill = (arg.sign && (arg.flags & F_ZERO)) ? '0' : ' ';
        const std::u32string str = decodeUtf8(text);
        int64_t len = static_cast<int64_t>(str.size());
        if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) &&
            !(arg.flags & (F_SIGN | F_BLANK))) {
            out_ += text;
            return;
        }
        // Truncate the string for "s", "r" and "a" formats if the precision is set.
        if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec) len = arg.prec;

        size_t pindex = 0;
        char32_t signchar = 0;
        if (arg.sign) {
            const char32_t ch = str.empty() ? 0 : str[0];
            if (ch == '-' || ch == '+') {
                signchar = ch;
                --len;
                ++pindex;
            } else if (arg.flags & F_SIGN) {
                signchar = '+';
            } else if (arg.flags & F_BLANK) {
                signchar = ' ';
            } else {
                arg.sign = false;
            }
        }
        if (arg.width < len) arg.width = len;
        if (arg.sign) {
            if (fill != ' ') appendUtf8(out_, signchar);
            if (arg.width > len) --arg.width;
        }
        const bool altPrefix = (arg.flags & F_ALT) && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
        if (altPrefix) {
            // The numeric prefix "0x"/"0X"/"0o" goes before any zero padding.
            if (fill != ' ') {
                out_.push_back('0');
                appendUtf8(out_, arg.ch);
                pindex += 2;
            }
            arg.width -= 2;
            if (arg.width < 0) arg.width = 0;
            len -= 2;
        }
        if (arg.width > len && !(arg.flags & F_LJUST)) {
            out_.append(static_cast<size_t>(arg.width - len), static_cast<char>(fill));
            arg.width = len;
        }
        if (fill == ' ') {
            if (arg.sign) appendUtf8(out_, signchar);
            if (altPrefix) {
                out_.push_back('0');
                appendUtf8(out_, arg.ch);
                pindex += 2;
            }
        }
        for (int64_t i = 0; i < len; ++i) appendUtf8(out_, str[pindex + static_cast<size_t>(i)]);
        if (arg.width > len) out_.append(static_cast<size_t>(arg.width - len), ' ');
    }

    const std::u32string fmt_;
    PercentArgs& args_;
    TextError* err_;
    std::string out_;
    int64_t fmtcnt_ = 0, fmtpos_ = 0;
    int64_t arglen_ = -1, argidx_ = -2;
    bool dict_ = false;
    PercentArgs::Handle current_ = PercentArgs::kWhole;
};

}  // namespace

std::optional<std::string> percentFormat(std::string_view format, PercentArgs& args, TextError* err) {
    return Formatter(format, args, err).run();
}

// ---- SimplePercentArgs -----------------------------------------------------------

std::string PercentValue::repr() const {
    switch (kind) {
    case Kind::None: return "None";
    case Kind::Bool: return i ? "True" : "False";
    case Kind::Int: return std::to_string(i);
    case Kind::Float: return floatRepr(f);
    case Kind::Str: return strRepr(s);
    }
    return {};
}

SimplePercentArgs SimplePercentArgs::single(PercentValue v) {
    SimplePercentArgs a;
    a.items_.push_back(std::move(v));
    return a;
}

SimplePercentArgs SimplePercentArgs::tuple(std::vector<PercentValue> items) {
    SimplePercentArgs a;
    a.shape_ = Shape::Tuple;
    a.items_ = std::move(items);
    return a;
}

SimplePercentArgs SimplePercentArgs::dict(std::vector<std::pair<std::string, PercentValue>> items) {
    SimplePercentArgs a;
    a.shape_ = Shape::Dict;
    for (auto& [k, v] : items) {
        a.keys_.push_back(std::move(k));
        a.items_.push_back(std::move(v));
    }
    return a;
}

const PercentValue& SimplePercentArgs::value(Handle h) const { return items_[h == kWhole ? 0 : h]; }

std::string SimplePercentArgs::dictRepr() const {
    std::string out = "{";
    for (size_t i = 0; i < keys_.size(); ++i) {
        if (i) out += ", ";
        out += strRepr(keys_[i]) + ": " + items_[i].repr();
    }
    return out + "}";
}

ArgStatus SimplePercentArgs::lookupKey(std::string_view key, Handle* out, TextError* err) {
    for (size_t i = 0; i < keys_.size(); ++i) {
        if (keys_[i] == key) {
            *out = i;
            return ArgStatus::Ok;
        }
    }
    setError(err, ErrorKind::KeyError, strRepr(key));
    return ArgStatus::Error;
}

std::string SimplePercentArgs::typeName(Handle h) {
    if (isDictHandle(h)) return "dict";
    switch (value(h).kind) {
    case PercentValue::Kind::None: return "NoneType";
    case PercentValue::Kind::Bool: return "bool";
    case PercentValue::Kind::Int: return "int";
    case PercentValue::Kind::Float: return "float";
    case PercentValue::Kind::Str: return "str";
    }
    return {};
}

ArgStatus SimplePercentArgs::starValue(Handle h, int64_t* out, TextError*) {
    if (isDictHandle(h)) return ArgStatus::WrongType;
    const PercentValue& v = value(h);
    if (v.kind != PercentValue::Kind::Int && v.kind != PercentValue::Kind::Bool) return ArgStatus::WrongType;
    *out = v.i;
    return ArgStatus::Ok;
}

ArgStatus SimplePercentArgs::text(Handle h, char conversion, std::string* out, TextError*) {
    if (isDictHandle(h)) {
        *out = conversion == 'a' ? asciiEscape(dictRepr()) : dictRepr();
        return ArgStatus::Ok;
    }
    const PercentValue& v = value(h);
    if (v.kind == PercentValue::Kind::Str && conversion == 's')
        *out = v.s;
    else if (v.kind == PercentValue::Kind::Str && conversion == 'a')
        *out = strAscii(v.s);
    else
        *out = v.repr();  // str == repr == ascii for the other kinds
    return ArgStatus::Ok;
}

ArgStatus SimplePercentArgs::integer(Handle h, char conversion, int, PercentInt* out, TextError* err) {
    if (isDictHandle(h)) return ArgStatus::WrongType;
    const PercentValue& v = value(h);
    switch (v.kind) {
    case PercentValue::Kind::Bool:
    case PercentValue::Kind::Int:
        out->value = v.i;
        return ArgStatus::Ok;
    case PercentValue::Kind::Float: {
        // int(float) for %d; a float has no __index__ for %o %x %X.
        if (conversion == 'o' || conversion == 'x' || conversion == 'X') return ArgStatus::WrongType;
        int64_t n = 0;
        const FloatToIntStatus st = floatToInt64(v.f, &n);
        if (st == FloatToIntStatus::OutOfRange) {
            // int(1e300) is a big int: its exact decimal digits.
            out->big = true;
            out->negative = v.f < 0;
            out->digits = doubleToString(std::fabs(std::trunc(v.f)), 'f', 0);
            return ArgStatus::Ok;
        }
        if (st != FloatToIntStatus::Ok) {
            if (err) *err = floatToIntError(st);
            return ArgStatus::Error;
        }
        out->value = n;
        return ArgStatus::Ok;
    }
    default:
        return ArgStatus::WrongType;
    }
}

ArgStatus SimplePercentArgs::real(Handle h, double* out, TextError*) {
    if (isDictHandle(h)) return ArgStatus::WrongType;
    const PercentValue& v = value(h);
    switch (v.kind) {
    case PercentValue::Kind::Bool:
    case PercentValue::Kind::Int:
        *out = static_cast<double>(v.i);
        return ArgStatus::Ok;
    case PercentValue::Kind::Float:
        *out = v.f;
        return ArgStatus::Ok;
    default:
        return ArgStatus::WrongType;
    }
}

ArgStatus SimplePercentArgs::character(Handle h, int64_t* out, TextError*) {
    if (isDictHandle(h)) return ArgStatus::WrongType;
    const PercentValue& v = value(h);
    if (v.kind == PercentValue::Kind::Int || v.kind == PercentValue::Kind::Bool) {
        *out = v.i;
        return ArgStatus::Ok;
    }
    if (v.kind == PercentValue::Kind::Str && codePointCount(v.s) == 1) {
        size_t pos = 0;
        *out = decodeUtf8At(v.s, pos);
        return ArgStatus::Ok;
    }
    return ArgStatus::WrongType;
}

}  // namespace ls::text

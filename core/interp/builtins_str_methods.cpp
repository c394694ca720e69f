// str methods other than formatting: searching, splitting, joining,
// stripping, case mapping, padding, predicates, translate.
// py: Objects/unicodeobject.c and Objects/stringlib/ (3.11), including each
// method's argument-handling style (their error messages differ).
//
// Substring searches work on the UTF-8 bytes (a match of valid UTF-8 is
// always code-point aligned); positions given or returned in code points are
// converted with strs::byteOffset / strs::cpIndex.
#include "builtins_scalar.h"
#include "text/unicode.h"
#include "unicode_util.h"

#include <algorithm>
#include <limits>

namespace ls::interp::strs {

namespace {

// ------------------------------------------------------------------ helpers

std::string_view sv(const StrObject *s) { return s->s; }

// Code point before byte offset pos (pos > 0); moves pos to its start.
char32_t decodeBefore(std::string_view s, size_t &pos) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    size_t p = pos;
    return text::decodeUtf8At(s, p);
}

// The `sub` argument of find/count/...: "must be str, not int".
const std::string &needStr(VM &vm, const Value &v, std::string_view prefix = "") {
    if (!v.is(Kind::Str)) vm.raise(vm.exc.TypeError, std::string(prefix) + "must be str, not " + vm.typeName(v));
    return text(v);
}

Value arg(const CallArgs &a, size_t i) { return i < a.size() ? a[i] : Value(); }

Value makeList(VM &vm, std::vector<Value> items) { return vm.list(std::move(items)); }

// Byte range [b0, b1) of code points [start, end) (both already clamped).
void byteRange(const StrObject *s, int64_t start, int64_t end, size_t &b0, size_t &b1) {
    b0 = byteOffset(s, start);
    if (s->isAscii()) {
        b1 = static_cast<size_t>(std::max(start, end));
    } else if (end <= start) {
        b1 = b0;
    } else {
        b1 = b0 + text::byteOffsetOfCodePoint(sv(s).substr(b0), static_cast<size_t>(end - start));
    }
}

// ----------------------------------------------------------- find & count

// py: any_find_slice. Returns the code point index or -1.
int64_t findImpl(VM &vm, const CallArgs &a, std::string_view name, bool reverse) {
    const StrObject *s = self(vm, a, name);
    argck::parseTuple(vm, a, name, 1, 3);
    const std::string &sub = needStr(vm, a[1]);
    int64_t len = s->length(), start, end;
    adjustIndices(vm, arg(a, 2), arg(a, 3), len, start, end);
    int64_t sublen = static_cast<int64_t>(text::codePointCount(sub));
    if (end - start < sublen) return -1;
    size_t b0, b1;
    byteRange(s, start, end, b0, b1);
    std::string_view hay = sv(s).substr(b0, b1 - b0);
    size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
    if (pos == std::string_view::npos) return -1;
    return cpIndex(s, b0 + pos);
}

Value strFind(VM &vm, const CallArgs &a) { return Value::integer(findImpl(vm, a, "find", false)); }
Value strRfind(VM &vm, const CallArgs &a) { return Value::integer(findImpl(vm, a, "rfind", true)); }
Value strIndex(VM &vm, const CallArgs &a) {
    int64_t r = findImpl(vm, a, "index", false);
    if (r < 0) vm.raise(vm.exc.ValueError, "substring not found");
    return Value::integer(r);
}
Value strRindex(VM &vm, const CallArgs &a) {
    int64_t r = findImpl(vm, a, "rindex", true);
    if (r < 0) vm.raise(vm.exc.ValueError, "substring not found");
    return Value::integer(r);
}

Value strCount(VM &vm, const CallArgs &a) {
    const StrObject *s = self(vm, a, "count");
    argck::parseTuple(vm, a, "count", 1, 3);
    const std::string &sub = needStr(vm, a[1]);
    int64_t len = s->length(), start, end;
    adjustIndices(vm, arg(a, 2), arg(a, 3), len, start, end);
    if (end < start) return Value::integer(0);
    if (sub.empty()) return Value::integer(start > len ? 0 : end - start + 1);
    size_t b0, b1;
    byteRange(s, start, end, b0, b1);
    std::string_view hay = sv(s).substr(b0, b1 - b0);
    int64_t n = 0;
    for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size())) ++n;
    return Value::integer(n);
}

// py: unicode_startswith / tailmatch
Value startsEnds(VM &vm, const CallArgs &a, std::string_view name, bool ends) {
    const StrObject *s = self(vm, a, name);
    argck::parseTuple(vm, a, name, 1, 3);
    int64_t len = s->length(), start, end;
    adjustIndices(vm, arg(a, 2), arg(a, 3), len, start, end);
    auto match = [&](const std::string &sub) {
        int64_t sublen = static_cast<int64_t>(text::codePointCount(sub));
        if (end - start < sublen) return false;
        if (sublen == 0) return true;
        size_t b0, b1;
        byteRange(s, start, end, b0, b1);
        std::string_view hay = sv(s).substr(b0, b1 - b0);
        if (hay.size() < sub.size()) return false;
        return ends ? hay.substr(hay.size() - sub.size()) == sub : hay.substr(0, sub.size()) == sub;
    };
    const Value &p = a[1];
    if (p.is(Kind::Tuple)) {
        for (const Value &item : p.as<TupleObject>()->items) {
            if (!item.is(Kind::Str))
                vm.raise(vm.exc.TypeError, "tuple for " + std::string(name) + " must only contain str, not " +
                                               vm.typeName(item));
            if (match(text(item))) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (!p.is(Kind::Str))
        vm.raise(vm.exc.TypeError,
                 std::string(name) + " first arg must be str or a tuple of str, not " + vm.typeName(p));
    return Value::boolean(match(text(p)));
}
Value strStartswith(VM &vm, const CallArgs &a) { return startsEnds(vm, a, "startswith", false); }
Value strEndswith(VM &vm, const CallArgs &a) { return startsEnds(vm, a, "endswith", true); }

// ------------------------------------------------------------ split & join

// split/rsplit arguments: sep (str or None) and maxsplit (< 0: no limit).
struct SplitArgs {
    const std::string *sep = nullptr;
    int64_t maxsplit = -1;
};

SplitArgs splitArgs(VM &vm, const CallArgs &a, std::string_view name) {
    self(vm, a, name);
    Value b[2];
    argck::bind(vm, a, name, {"sep", "maxsplit"}, 0, b);
    SplitArgs r;
    if (!b[0].isNull() && !b[0].isNone()) {
        if (!b[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "must be str or None, not " + vm.typeName(b[0]));
        r.sep = &text(b[0]);
        if (r.sep->empty()) vm.raise(vm.exc.ValueError, "empty separator");
    }
    if (!b[1].isNull()) r.maxsplit = vm.index(b[1]);
    if (r.maxsplit < 0) r.maxsplit = std::numeric_limits<int64_t>::max();
    return r;
}

Value strSplit(VM &vm, const CallArgs &a) {
    SplitArgs sa = splitArgs(vm, a, "split");
    std::string_view s = text(a[0]);
    std::vector<Value> out;
    int64_t count = sa.maxsplit;
    if (sa.sep) {
        // py: stringlib/split.h split
        size_t i = 0;
        while (count-- > 0) {
            size_t j = s.find(*sa.sep, i);
            if (j == std::string_view::npos) break;
            out.push_back(vm.str(s.substr(i, j - i)));
            i = j + sa.sep->size();
        }
        if (out.empty() && a[0].obj()->type == vm.types.str) out.push_back(a[0]);
        else out.push_back(vm.str(s.substr(i)));
        return makeList(vm, std::move(out));
    }
    // py: stringlib/split.h split_whitespace
    size_t i = 0, n = s.size();
    auto spaceAt = [&](size_t p, size_t &next) {
        next = p;
        return text::isSpace(text::decodeUtf8At(s, next));
    };
    size_t next;
    while (count-- > 0) {
        while (i < n && spaceAt(i, next)) i = next;
        if (i == n) break;
        size_t j = i;
        while (i < n && !spaceAt(i, next)) i = next;
        out.push_back(vm.str(s.substr(j, i - j)));
    }
    if (i < n) {
        while (i < n && spaceAt(i, next)) i = next;
        if (i != n) out.push_back(vm.str(s.substr(i)));
    }
    return makeList(vm, std::move(out));
}

Value strRsplit(VM &vm, const CallArgs &a) {
    SplitArgs sa = splitArgs(vm, a, "rsplit");
    std::string_view s = text(a[0]);
    std::vector<Value> out;
    int64_t count = sa.maxsplit;
    if (sa.sep) {
        // py: stringlib/split.h rsplit
        size_t end = s.size();
        while (count-- > 0) {
            if (end < sa.sep->size()) break;
            size_t j = s.rfind(*sa.sep, end - sa.sep->size());
            if (j == std::string_view::npos) break;
            out.push_back(vm.str(s.substr(j + sa.sep->size(), end - j - sa.sep->size())));
            end = j;
        }
        out.push_back(vm.str(s.substr(0, end)));
        std::reverse(out.begin(), out.end());
        return makeList(vm, std::move(out));
    }
    // py: stringlib/split.h rsplit_whitespace
    size_t i = s.size();
    auto spaceBefore = [&](size_t p, size_t &prev) {
        prev = p;
        return text::isSpace(decodeBefore(s, prev));
    };
    size_t prev;
    while (count-- > 0) {
        while (i > 0 && spaceBefore(i, prev)) i = prev;
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !spaceBefore(i, prev)) i = prev;
        out.push_back(vm.str(s.substr(i, j - i)));
    }
    if (i > 0) {
        while (i > 0 && spaceBefore(i, prev)) i = prev;
        if (i != 0) out.push_back(vm.str(s.substr(0, i)));
    }
    std::reverse(out.begin(), out.end());
    return makeList(vm, std::move(out));
}

Value strJoin(VM &vm, const CallArgs &a) {
    self(vm, a, "join");
    argck::oneArg(vm, a, "str.join");
    const std::string &sep = text(a[0]);
    std::vector<Value> items;
    const std::vector<Value> *seq;
    if (a[1].is(Kind::List)) {
        seq = &a[1].as<ListObject>()->items;
    } else if (a[1].is(Kind::Tuple)) {
        seq = &a[1].as<TupleObject>()->items;
    } else {
        // py: PySequence_Fast replaces the TypeError of iter().
        Value it;
        try {
            it = vm.iter(a[1]);
        } catch (PyException &e) {
            if (!vm.isInstance(e.exc, vm.exc.TypeError)) throw;
            vm.raise(vm.exc.TypeError, "can only join an iterable");
        }
        Value v;
        while (vm.next(it, v)) items.push_back(std::move(v));
        seq = &items;
    }
    size_t total = 0;
    for (size_t i = 0; i < seq->size(); ++i) {
        const Value &v = (*seq)[i];
        if (!v.is(Kind::Str))
            vm.raise(vm.exc.TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                           vm.typeName(v) + " found");
        total += text(v).size() + sep.size();
    }
    if (seq->size() == 1 && (*seq)[0].obj()->type == vm.types.str) return (*seq)[0];
    std::string out;
    out.reserve(total);
    for (size_t i = 0; i < seq->size(); ++i) {
        if (i) out += sep;
        out += text((*seq)[i]);
    }
    return vm.str(std::move(out));
}

// py: unicode_partition / stringlib/partition.h
Value partitionImpl(VM &vm, const CallArgs &a, std::string_view name, bool reverse) {
    self(vm, a, name);
    argck::oneArg(vm, a, "str." + std::string(name));
    const std::string &sep = needStr(vm, a[1]);
    if (sep.empty()) vm.raise(vm.exc.ValueError, "empty separator");
    std::string_view s = text(a[0]);
    size_t p = reverse ? s.rfind(sep) : s.find(sep);
    if (p == std::string_view::npos) {
        if (reverse) return vm.tuple({vm.str(""), vm.str(""), vm.str(s)});
        return vm.tuple({vm.str(s), vm.str(""), vm.str("")});
    }
    return vm.tuple({vm.str(s.substr(0, p)), a[1], vm.str(s.substr(p + sep.size()))});
}
Value strPartition(VM &vm, const CallArgs &a) { return partitionImpl(vm, a, "partition", false); }
Value strRpartition(VM &vm, const CallArgs &a) { return partitionImpl(vm, a, "rpartition", true); }

bool isLineBreak(char32_t c) {
    switch (c) {
    case '\n': case '\r': case 0x0B: case 0x0C: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

// py: stringlib/split.h splitlines
Value strSplitlines(VM &vm, const CallArgs &a) {
    self(vm, a, "splitlines");
    Value b[1];
    argck::bind(vm, a, "splitlines", {"keepends"}, 0, b);
    bool keepends = !b[0].isNull() && vm.index(b[0]) != 0;
    std::string_view s = text(a[0]);
    std::vector<Value> out;
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t j = i, eol = n, next = n;
        while (j < n) {
            size_t p = j;
            char32_t c = text::decodeUtf8At(s, p);
            if (isLineBreak(c)) {
                eol = j;
                next = p;
                if (c == '\r' && p < n && s[p] == '\n') next = p + 1;
                break;
            }
            j = p;
        }
        out.push_back(vm.str(s.substr(i, (keepends ? next : eol) - i)));
        i = next;
    }
    return makeList(vm, std::move(out));
}

// ---------------------------------------------------------------- stripping

// py: do_strip / do_argstrip; which: 0 strip, 1 lstrip, 2 rstrip.
Value stripImpl(VM &vm, const CallArgs &a, std::string_view name, int which) {
    const StrObject *so = self(vm, a, name);
    argck::clinic(vm, a, name, "str." + std::string(name), 0, 1);
    std::string_view s = so->s;
    std::u32string chars;
    bool custom = a.size() > 1 && !a[1].isNone();
    if (custom) {
        if (!a[1].is(Kind::Str)) vm.raise(vm.exc.TypeError, std::string(name) + " arg must be None or str");
        chars = text::decodeUtf8(text(a[1]));
    }
    auto strip = [&](char32_t c) { return custom ? chars.find(c) != std::u32string::npos : text::isSpace(c); };
    size_t i = 0, j = s.size();
    if (which != 2) {
        while (i < j) {
            size_t p = i;
            if (!strip(text::decodeUtf8At(s, p))) break;
            i = p;
        }
    }
    if (which != 1) {
        while (j > i) {
            size_t p = j;
            if (!strip(decodeBefore(s, p))) break;
            j = p;
        }
    }
    if (i == 0 && j == s.size() && so->type == vm.types.str) return a[0];
    return vm.str(s.substr(i, j - i));
}
Value strStrip(VM &vm, const CallArgs &a) { return stripImpl(vm, a, "strip", 0); }
Value strLstrip(VM &vm, const CallArgs &a) { return stripImpl(vm, a, "lstrip", 1); }
Value strRstrip(VM &vm, const CallArgs &a) { return stripImpl(vm, a, "rstrip", 2); }

Value strRemoveAffix(VM &vm, const CallArgs &a, std::string_view name, bool suffix) {
    const StrObject *so = self(vm, a, name);
    argck::oneArg(vm, a, "str." + std::string(name));
    const std::string &affix = needStr(vm, a[1], std::string(name) + "() argument ");
    std::string_view s = so->s;
    bool has = suffix ? s.ends_with(affix) : s.starts_with(affix);
    if (!has || affix.empty()) return so->type == vm.types.str ? a[0] : vm.str(s);
    return vm.str(suffix ? s.substr(0, s.size() - affix.size()) : s.substr(affix.size()));
}
Value strRemoveprefix(VM &vm, const CallArgs &a) { return strRemoveAffix(vm, a, "removeprefix", false); }
Value strRemovesuffix(VM &vm, const CallArgs &a) { return strRemoveAffix(vm, a, "removesuffix", true); }

// ------------------------------------------------------------------ replace

// py: replace() in unicodeobject.c (count < 0: all)
Value strReplace(VM &vm, const CallArgs &a) {
    const StrObject *so = self(vm, a, "replace");
    argck::clinic(vm, a, "replace", "str.replace", 2, 3);
    const std::string &from = needStr(vm, a[1], "replace() argument 1 ");
    const std::string &to = needStr(vm, a[2], "replace() argument 2 ");
    int64_t count = a.size() > 3 ? vm.index(a[3]) : -1;
    if (count < 0) count = std::numeric_limits<int64_t>::max();
    std::string_view s = so->s;
    std::string out;
    if (from.empty()) {
        // Inserts `to` before every code point and at the end.
        size_t p = 0;
        while (count > 0 && p <= s.size()) {
            out += to;
            --count;
            if (p == s.size()) { p = s.size() + 1; break; }
            size_t q = p;
            text::decodeUtf8At(s, q);
            out.append(s.substr(p, q - p));
            p = q;
        }
        if (p <= s.size()) out.append(s.substr(p));
        return vm.str(std::move(out));
    }
    size_t p = 0;
    bool changed = false;
    while (count > 0) {
        size_t q = s.find(from, p);
        if (q == std::string_view::npos) break;
        out.append(s.substr(p, q - p));
        out += to;
        p = q + from.size();
        --count;
        changed = true;
    }
    if (!changed && so->type == vm.types.str) return a[0];
    out.append(s.substr(p));
    return vm.str(std::move(out));
}

// ------------------------------------------------------------ case mapping

template <std::string (*F)(std::string_view)>
Value caseMethod(VM &vm, const CallArgs &a) {
    const char *name = a.callee ? a.callee->name.c_str() : "upper";
    const StrObject *s = self(vm, a, name);
    argck::noArgs(vm, a, "str." + std::string(name));
    return vm.str(F(s->s));
}

template <bool (*P)(std::string_view)>
Value predicate(VM &vm, const CallArgs &a) {
    const char *name = a.callee ? a.callee->name.c_str() : "isupper";
    const StrObject *s = self(vm, a, name);
    argck::noArgs(vm, a, "str." + std::string(name));
    return Value::boolean(P(s->s));
}

template <bool (*C)(char32_t)>
bool allOf(std::string_view s) { return text::strAllOf(s, C); }

bool isAsciiStr(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// py: PyUnicode_IsIdentifier (the tokenizer's XID classes)
bool isIdentifier(std::string_view s) {
    if (s.empty()) return false;
    size_t p = 0;
    char32_t c = text::decodeUtf8At(s, p);
    if (!ls::isXidStart(c) && c != '_') return false;
    while (p < s.size())
        if (!ls::isXidContinue(text::decodeUtf8At(s, p))) return false;
    return true;
}

// ------------------------------------------------------------------ padding

// The fill character argument of center/ljust/rjust (a Py_UCS4 converter).
std::string fillChar(VM &vm, const CallArgs &a, size_t i) {
    if (a.size() <= i) return " ";
    if (!a[i].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "The fill character must be a unicode character, not " + vm.typeName(a[i]));
    const StrObject *f = a[i].as<StrObject>();
    if (f->length() != 1) vm.raise(vm.exc.TypeError, "The fill character must be exactly one character long");
    return f->s;
}

std::string repeatStr(const std::string &s, int64_t n) {
    std::string out;
    for (int64_t i = 0; i < n; ++i) out += s;
    return out;
}

// py: pad(); which: 0 center, 1 ljust, 2 rjust
Value padImpl(VM &vm, const CallArgs &a, std::string_view name, int which) {
    const StrObject *so = self(vm, a, name);
    argck::clinic(vm, a, name, "str." + std::string(name), 1, 2);
    int64_t width = vm.index(a[1]);
    std::string fill = fillChar(vm, a, 2);
    int64_t len = so->length();
    if (len >= width) return so->type == vm.types.str ? a[0] : vm.str(so->s);
    int64_t marg = width - len, left;
    if (which == 0) left = marg / 2 + (marg & width & 1);
    else if (which == 1) left = 0;
    else left = marg;
    return vm.str(repeatStr(fill, left) + so->s + repeatStr(fill, marg - left));
}
Value strCenter(VM &vm, const CallArgs &a) { return padImpl(vm, a, "center", 0); }
Value strLjust(VM &vm, const CallArgs &a) { return padImpl(vm, a, "ljust", 1); }
Value strRjust(VM &vm, const CallArgs &a) { return padImpl(vm, a, "rjust", 2); }

Value strZfill(VM &vm, const CallArgs &a) {
    const StrObject *so = self(vm, a, "zfill");
    argck::oneArg(vm, a, "str.zfill");
    int64_t width = vm.index(a[1]);
    int64_t len = so->length();
    if (len >= width) return so->type == vm.types.str ? a[0] : vm.str(so->s);
    std::string out(static_cast<size_t>(width - len), '0');
    out += so->s;
    // A leading sign moves in front of the zeros.
    size_t fill = static_cast<size_t>(width - len);
    if (out[fill] == '+' || out[fill] == '-') {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return vm.str(std::move(out));
}

// py: unicode_expandtabs_impl
Value strExpandtabs(VM &vm, const CallArgs &a) {
    self(vm, a, "expandtabs");
    Value b[1];
    argck::bind(vm, a, "expandtabs", {"tabsize"}, 0, b);
    int64_t tabsize = b[0].isNull() ? 8 : vm.index(b[0]);
    std::string_view s = text(a[0]);
    std::string out;
    int64_t col = 0;
    for (size_t p = 0; p < s.size();) {
        size_t q = p;
        char32_t c = text::decodeUtf8At(s, q);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - (col % tabsize);
                col += incr;
                out.append(static_cast<size_t>(incr), ' ');
            }
        } else {
            ++col;
            if (c == '\n' || c == '\r') col = 0;
            out.append(s.substr(p, q - p));
        }
        p = q;
    }
    return vm.str(std::move(out));
}

// ---------------------------------------------------------------- translate

// py: unicode_maketrans_impl (a staticmethod)
Value strMaketrans(VM &vm, const CallArgs &a) {
    // A staticmethod: there is no self among the arguments.
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, "str.maketrans() takes no keyword arguments");
    if (a.size() == 0) vm.raise(vm.exc.TypeError, "maketrans expected at least 1 argument, got 0");
    if (a.size() > 3)
        vm.raise(vm.exc.TypeError, "maketrans expected at most 3 arguments, got " + std::to_string(a.size()));
    Value result = vm.dict();
    if (a.size() == 1) {
        if (!a[0].is(Kind::Dict))
            vm.raise(vm.exc.TypeError, "if you give only one argument to maketrans it must be a dict");
        DictTable &t = a[0].as<DictObject>()->table;
        for (size_t i = 0; i < t.capacityEnd(); ++i) {
            const auto &e = t.entryAt(i);
            if (e.key.isNull()) continue;
            if (e.key.is(Kind::Str)) {
                const StrObject *k = e.key.as<StrObject>();
                if (k->length() != 1)
                    vm.raise(vm.exc.ValueError, "string keys in translate table must be of length 1");
                size_t p = 0;
                vm.setItem(result, Value::integer(text::decodeUtf8At(k->s, p)), e.value);
            } else if (num::isIntLike(e.key)) {
                vm.setItem(result, Value::integer(num::intOf(e.key)), e.value);
            } else {
                vm.raise(vm.exc.TypeError, "keys in translate table must be strings or integers");
            }
        }
        return result;
    }
    if (!a[1].is(Kind::Str)) vm.raise(vm.exc.TypeError, "maketrans() argument 2 must be str, not " + vm.typeName(a[1]));
    if (a.size() > 2 && !a[2].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "maketrans() argument 3 must be str, not " + vm.typeName(a[2]));
    if (!a[0].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "first maketrans argument must be a string if there is a second argument");
    std::u32string x = text::decodeUtf8(text(a[0])), y = text::decodeUtf8(text(a[1]));
    if (x.size() != y.size())
        vm.raise(vm.exc.ValueError, "the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < x.size(); ++i) vm.setItem(result, Value::integer(x[i]), Value::integer(y[i]));
    if (a.size() > 2)
        for (char32_t c : text::decodeUtf8(text(a[2]))) vm.setItem(result, Value::integer(c), Value::none());
    return result;
}

// py: _PyUnicode_TranslateCharmap: table[ord(c)] -> int, str or None;
// LookupError keeps the character.
Value strTranslate(VM &vm, const CallArgs &a) {
    const StrObject *so = self(vm, a, "translate");
    argck::oneArg(vm, a, "str.translate");
    std::string_view s = so->s;
    std::string out;
    for (size_t p = 0; p < s.size();) {
        size_t q = p;
        char32_t c = text::decodeUtf8At(s, q);
        Value m;
        try {
            m = vm.getItem(a[1], Value::integer(c));
        } catch (PyException &e) {
            if (!vm.isInstance(e.exc, vm.exc.LookupError)) throw;
        }
        if (m.isNull()) {
            out.append(s.substr(p, q - p));
        } else if (m.isNone()) {
        } else if (num::isIntLike(m)) {
            int64_t v = num::intOf(m);
            if (v < 0 || v > 0x10FFFF) vm.raise(vm.exc.ValueError, "character mapping must be in range(0x110000)");
            text::appendUtf8(out, static_cast<char32_t>(v));
        } else if (m.is(Kind::Str)) {
            out += text(m);
        } else {
            vm.raise(vm.exc.TypeError, "character mapping must return integer, None or str");
        }
        p = q;
    }
    return vm.str(std::move(out));
}

}  // namespace

void installStrMethods(VM &vm) {
    TypeObject *t = vm.types.str;
    struct M {
        const char *name;
        NativeFn fn;
    };
    static constexpr M methods[] = {
        {"find", strFind}, {"rfind", strRfind}, {"index", strIndex}, {"rindex", strRindex},
        {"count", strCount}, {"startswith", strStartswith}, {"endswith", strEndswith},
        {"split", strSplit}, {"rsplit", strRsplit}, {"join", strJoin}, {"partition", strPartition},
        {"rpartition", strRpartition}, {"splitlines", strSplitlines},
        {"strip", strStrip}, {"lstrip", strLstrip}, {"rstrip", strRstrip},
        {"removeprefix", strRemoveprefix}, {"removesuffix", strRemovesuffix}, {"replace", strReplace},
        {"upper", caseMethod<text::toUpper>}, {"lower", caseMethod<text::toLower>},
        {"casefold", caseMethod<text::toCaseFold>}, {"title", caseMethod<text::toTitle>},
        {"capitalize", caseMethod<text::capitalize>}, {"swapcase", caseMethod<text::swapCase>},
        {"isupper", predicate<text::strIsUpper>}, {"islower", predicate<text::strIsLower>},
        {"istitle", predicate<text::strIsTitle>}, {"isprintable", predicate<text::strIsPrintable>},
        {"isspace", predicate<allOf<text::isSpace>>}, {"isalpha", predicate<allOf<text::isAlpha>>},
        {"isalnum", predicate<allOf<text::isAlnum>>}, {"isdigit", predicate<allOf<text::isDigit>>},
        {"isdecimal", predicate<allOf<text::isDecimal>>}, {"isnumeric", predicate<allOf<text::isNumeric>>},
        {"isascii", predicate<isAsciiStr>}, {"isidentifier", predicate<isIdentifier>},
        {"center", strCenter}, {"ljust", strLjust}, {"rjust", strRjust}, {"zfill", strZfill},
        {"expandtabs", strExpandtabs}, {"translate", strTranslate},
    };
    for (const M &m : methods) vm.defMethod(t, m.name, m.fn);
    vm.defAttr(t, "maketrans",
               Value::adopt(vm.make<MethodWrapperObject>(Kind::StaticMethod, vm.types.staticmethod,
                                                         vm.native("maketrans", strMaketrans, t))));
}

}  // namespace ls::interp::strs

// str: protocols (repr, hash, comparison, + * %, len, indexing and slicing
// by code point, `in`, iteration), the constructor and shared helpers.
// Methods are in builtins_str_methods.cpp, formatting in
// builtins_str_format.cpp.
// py: Objects/unicodeobject.c, Objects/sliceobject.c (3.11)
//
// Text is UTF-8; indices are code points. ASCII strings (the common case)
// index bytes directly.
#include "builtins.h"
#include "builtins_scalar.h"
#include "memory_cap.h"
#include "slice_util.h"
#include "text/unicode.h"

#include <limits>

namespace ls::interp {

namespace {

// Per-VM str state: the iterator types and the one-character cache.
struct StrState {
    TypeObject *asciiIterType = nullptr;
    TypeObject *iterType = nullptr;
    Ref<StrObject> ascii[128];
};

StrState &state(VM &vm) { return *vm.extension<StrState>("builtins.str"); }

}  // namespace

namespace strs {

const StrObject *self(VM &vm, const CallArgs &a, std::string_view method) {
    if (a.size() == 0 || !a[0].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "descriptor '" + std::string(method) + "' for 'str' objects doesn't apply to a '" +
                                       (a.size() ? vm.typeName(a[0]) : std::string("NoneType")) + "' object");
    return a[0].as<StrObject>();
}

Value character(VM &vm, std::string_view utf8) {
    if (utf8.size() == 1) {
        auto c = static_cast<unsigned char>(utf8[0]);
        if (c < 128) {
            Ref<StrObject> &slot = state(vm).ascii[c];
            if (!slot) slot = vm.make<StrObject>(vm.types.str, std::string(utf8));
            return slot.value();
        }
    }
    return vm.str(utf8);
}

size_t byteOffset(const StrObject *s, int64_t i) {
    if (s->isAscii()) return static_cast<size_t>(i);
    return text::byteOffsetOfCodePoint(s->s, static_cast<size_t>(i));
}

int64_t cpIndex(const StrObject *s, size_t byteOff) {
    if (s->isAscii()) return static_cast<int64_t>(byteOff);
    return static_cast<int64_t>(text::codePointCount(std::string_view(s->s).substr(0, byteOff)));
}

int64_t sliceIndex(VM &vm, const Value &v) {
    int64_t i;
    if (!indexValue(vm, v, i))
        vm.raise(vm.exc.TypeError, "slice indices must be integers or None or have an __index__ method");
    return i;
}

void adjustIndices(VM &vm, const Value &start, const Value &end, int64_t len, int64_t &s, int64_t &e) {
    // py: Objects/stringlib ADJUST_INDICES after _PyEval_SliceIndex
    s = start.isNull() || start.isNone() ? 0 : sliceIndex(vm, start);
    e = end.isNull() || end.isNone() ? std::numeric_limits<int64_t>::max() : sliceIndex(vm, end);
    if (e > len) e = len;
    else if (e < 0) { e += len; if (e < 0) e = 0; }
    if (s < 0) { s += len; if (s < 0) s = 0; }
}

}  // namespace strs

namespace {

using strs::text;

// ---------------------------------------------------------------- iterator

// py: Objects/unicodeobject.c unicodeiter / unicode_ascii_iter
struct StrIterator : NativeObject {
    LS_CLONEABLE(StrIterator)
    void visitRefs(RefVisitor &v) override { v(str); }
    Ref<StrObject> str;
    size_t pos = 0;  // byte offset of the next code point
    StrIterator(TypeObject *t, StrObject *s) : NativeObject(t), str(s) {}
    bool isIterator() const override { return true; }
    bool next(VM &vm, Value &out) override {
        if (!str || pos >= str->s.size()) {
            str.reset();
            return false;
        }
        size_t start = pos;
        text::decodeUtf8At(str->s, pos);
        out = strs::character(vm, std::string_view(str->s).substr(start, pos - start));
        return true;
    }
    void clearRefs() override { str.reset(); }
};

Value iterSelf(VM &vm, const CallArgs &a) {
    argck::noArgs(vm, a, "iterator.__iter__");
    return a[0];
}

Value iterNext(VM &vm, const CallArgs &a) {
    argck::noArgs(vm, a, "iterator.__next__");
    if (a[0].is(Kind::Native)) {
        auto *it = static_cast<NativeObject *>(a[0].obj());
        Value out;
        if (it->isIterator() && it->next(vm, out)) return out;
    }
    vm.raise(vm.newException(vm.exc.StopIteration, std::vector<Value>{}));
}

Value iterSlotSelf(VM &, const Value &self) { return self; }

// --------------------------------------------------------------- protocols

std::string strRepr(VM &, const Value &self) { return text::strRepr(text(self)); }
std::string strStr(VM &, const Value &self) { return text(self); }

int64_t strHashSlot(VM &, const Value &self) {
    const StrObject *s = self.as<StrObject>();
    if (s->hashCache == -1) s->hashCache = strHash(s->s);
    return s->hashCache;
}

Value strRichCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!a.is(Kind::Str) || !b.is(Kind::Str)) return vm.notImplemented();
    // UTF-8 byte order is code point order.
    int c = text(a).compare(text(b));
    switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
    }
    return vm.notImplemented();
}

// A script class that may answer a reflected operator itself.
bool mayReflect(VM &vm, const Value &other, std::string_view rname) {
    TypeObject *t = vm.typeOf(other);
    return t->isHeapType && !t->lookup(rname).isNull();
}

bool hasIndex(VM &vm, const Value &v) {
    return num::isIntLike(v) || !vm.typeOf(v)->lookup("__index__").isNull();
}

Value repeat(VM &vm, const Value &s, int64_t n) {
    const std::string &t = text(s);
    if (n <= 0 || t.empty()) return vm.str("");
    if (n == 1 && s.obj()->type == vm.types.str) return s;
    if (static_cast<uint64_t>(n) > (uint64_t{1} << 40) / t.size()) vm.raise(vm.exc.MemoryError, "");
    checkGrowth(vm, t.size() * static_cast<size_t>(n));
    std::string out;
    out.reserve(t.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out += t;
    return vm.str(std::move(out));
}

Value strBinary(VM &vm, BinOp op, const Value &a, const Value &b) {
    op = num::baseOp(op);
    switch (op) {
    case BinOp::Add:
        if (a.is(Kind::Str) && b.is(Kind::Str)) {
            if (text(b).empty() && a.obj()->type == vm.types.str) return a;
            if (text(a).empty() && b.obj()->type == vm.types.str) return b;
            checkGrowth(vm, text(a).size() + text(b).size());
            return vm.str(text(a) + text(b));
        }
        // py: PyNumber_Add falls back to unicode_concat, whose error this is,
        // after the right operand's __radd__ declined.
        if (a.is(Kind::Str) && !mayReflect(vm, b, "__radd__"))
            vm.raise(vm.exc.TypeError, "can only concatenate str (not \"" + vm.typeName(b) + "\") to str");
        return vm.notImplemented();
    case BinOp::Mul: {
        const Value &s = a.is(Kind::Str) ? a : b;
        const Value &n = a.is(Kind::Str) ? b : a;
        if (n.is(Kind::Str)) {
            if (a.is(Kind::Str) && mayReflect(vm, b, "__rmul__")) return vm.notImplemented();
            vm.raise(vm.exc.TypeError, "can't multiply sequence by non-int of type 'str'");
        }
        if (hasIndex(vm, n)) {
            int64_t count = vm.index(n);
            return repeat(vm, s, count);
        }
        if (a.is(Kind::Str) ? mayReflect(vm, b, "__rmul__") : mayReflect(vm, a, "__mul__"))
            return vm.notImplemented();
        vm.raise(vm.exc.TypeError, "can't multiply sequence by non-int of type '" + vm.typeName(n) + "'");
    }
    case BinOp::Mod:
        if (!a.is(Kind::Str)) return vm.notImplemented();
        return strs::percentFormat(vm, a, b);
    default:
        return vm.notImplemented();
    }
}

int64_t strLen(VM &, const Value &self) { return self.as<StrObject>()->length(); }

bool strTruthy(VM &, const Value &self) { return !text(self).empty(); }

Value strGetItem(VM &vm, const Value &self, const Value &key) {
    const StrObject *s = self.as<StrObject>();
    int64_t len = s->length();
    if (key.is(Kind::Slice)) {
        SliceIndices si = sliceIndices(vm, key.as<SliceObject>(), len);
        int64_t start = si.start, stop = si.stop, step = si.step, n = si.length;
        if (n <= 0) return vm.str("");
        if (step == 1) {
            if (n == len && s->type == vm.types.str) return self;
            size_t b0 = strs::byteOffset(s, start);
            size_t b1 = s->isAscii() ? static_cast<size_t>(stop)
                                     : b0 + text::byteOffsetOfCodePoint(std::string_view(s->s).substr(b0),
                                                                        static_cast<size_t>(stop - start));
            return vm.str(s->s.substr(b0, b1 - b0));
        }
        std::string out;
        if (s->isAscii()) {
            out.reserve(static_cast<size_t>(n));
            for (int64_t i = 0, j = start; i < n; ++i, j += step) out += s->s[static_cast<size_t>(j)];
        } else {
            std::u32string cps = text::decodeUtf8(s->s);
            for (int64_t i = 0, j = start; i < n; ++i, j += step) text::appendUtf8(out, cps[static_cast<size_t>(j)]);
        }
        return vm.str(std::move(out));
    }
    int64_t i;
    if (!indexValue(vm, key, i))
        vm.raise(vm.exc.TypeError, "string indices must be integers, not '" + vm.typeName(key) + "'");
    if (i < 0) i += len;
    if (i < 0 || i >= len) vm.raise(vm.exc.IndexError, "string index out of range");
    if (s->isAscii()) return strs::character(vm, std::string_view(s->s).substr(static_cast<size_t>(i), 1));
    size_t b = text::byteOffsetOfCodePoint(s->s, static_cast<size_t>(i));
    size_t e = b;
    text::decodeUtf8At(s->s, e);
    return strs::character(vm, std::string_view(s->s).substr(b, e - b));
}

bool strContains(VM &vm, const Value &self, const Value &item) {
    if (!item.is(Kind::Str))
        vm.raise(vm.exc.TypeError, "'in <string>' requires string as left operand, not " + vm.typeName(item));
    return text(self).find(text(item)) != std::string::npos;
}

Value strIter(VM &vm, const Value &self) {
    auto *s = self.as<StrObject>();
    StrState &st = state(vm);
    return Value::adopt(vm.make<StrIterator>(s->isAscii() ? st.asciiIterType : st.iterType, s));
}

Value strFormatSlot(VM &vm, const Value &self, std::string_view spec) { return strs::formatStr(vm, self, spec); }

// py: unicode_new_impl -- str(object='', encoding=..., errors=...)
Value strNew(VM &vm, TypeObject *cls, const CallArgs &args) {
    Value bound[3];
    argck::bind(vm, args, "str", {"object", "encoding", "errors"}, 0, bound, 0);
    std::string result;
    if (!bound[1].isNull() || !bound[2].isNull()) {
        // bytes do not exist in LoopScope, so nothing can be decoded.
        if (bound[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "decoding str is not supported");
        vm.raise(vm.exc.TypeError, "decoding to str: need a bytes-like object, " +
                                       (bound[0].isNull() ? std::string("NoneType") : vm.typeName(bound[0])) + " found");
    }
    if (!bound[0].isNull()) {
        if (cls == vm.types.str) {
            if (bound[0].is(Kind::Str) && bound[0].obj()->type == vm.types.str) return bound[0];
            return vm.str(vm.toStr(bound[0]));
        }
        result = vm.toStr(bound[0]);
    }
    if (cls == vm.types.str) return vm.str(std::move(result));
    return Value::adopt(vm.make<StrObject>(cls, std::move(result)));
}

// ---------------------------------------------- dunder methods as attributes

const StrObject *dunderSelf(VM &vm, const CallArgs &a, std::string_view name, size_t nargs) {
    const StrObject *s = strs::self(vm, a, name);
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, "wrapper " + std::string(name) + "() takes no keyword arguments");
    if (a.size() - 1 != nargs)
        vm.raise(vm.exc.TypeError, "expected " + std::to_string(nargs) + " argument" + (nargs == 1 ? "" : "s") +
                                       ", got " + std::to_string(a.size() - 1));
    return s;
}

Value strDunderLen(VM &vm, const CallArgs &a) { return Value::integer(dunderSelf(vm, a, "__len__", 0)->length()); }
Value strDunderContains(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, "__contains__", 1);
    return Value::boolean(strContains(vm, a[0], a[1]));
}
Value strDunderGetItem(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, "__getitem__", 1);
    return strGetItem(vm, a[0], a[1]);
}
Value strDunderHash(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, "__hash__", 0);
    return Value::integer(strHashSlot(vm, a[0]));
}
Value strDunderStr(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, "__str__", 0);
    return vm.str(text(a[0]));
}
Value strDunderRepr(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, "__repr__", 0);
    return vm.str(strRepr(vm, a[0]));
}
Value strDunderIter(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, "__iter__", 0);
    return strIter(vm, a[0]);
}
Value strDunderFormat(VM &vm, const CallArgs &a) {
    strs::self(vm, a, "__format__");
    argck::oneArg(vm, a, "str.__format__");
    if (!a[1].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "__format__() argument must be str, not " + vm.typeName(a[1]));
    return strs::formatStr(vm, a[0], text(a[1]));
}

// __add__ / __mul__ / __rmul__ wrap str's sq_concat and sq_repeat, which
// raise rather than return NotImplemented: 'ab'.__add__(1) is a TypeError.
Value strDunderAdd(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, "__add__", 1);
    if (!a[1].is(Kind::Str))
        vm.raise(vm.exc.TypeError, "can only concatenate str (not \"" + vm.typeName(a[1]) + "\") to str");
    return strBinary(vm, BinOp::Add, a[0], a[1]);
}
template <bool Reflected>
Value strDunderMul(VM &vm, const CallArgs &a) {
    dunderSelf(vm, a, Reflected ? "__rmul__" : "__mul__", 1);
    return repeat(vm, a[0], vm.index(a[1]));
}

template <CompareOp Op>
Value strDunderCompare(VM &vm, const CallArgs &a) {
    static constexpr const char *names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    dunderSelf(vm, a, names[static_cast<int>(Op)], 1);
    return strRichCompare(vm, a[0], a[1], Op);
}

Value strGetNewArgs(VM &vm, const CallArgs &a) {
    strs::self(vm, a, "__getnewargs__");
    argck::noArgs(vm, a, "str.__getnewargs__");
    return vm.tuple({vm.str(text(a[0]))});
}

}  // namespace

void installStrType(VM &vm) {
    auto st = std::make_shared<StrState>();
    st->asciiIterType = vm.newBuiltinType("str_ascii_iterator", vm.types.object);
    st->iterType = vm.newBuiltinType("str_iterator", vm.types.object);
    for (TypeObject *it : {st->asciiIterType, st->iterType}) {
        it->slots.iter = iterSlotSelf;
        vm.defMethod(it, "__iter__", iterSelf);
        vm.defMethod(it, "__next__", iterNext);
    }
    vm.setExtension("builtins.str", st, +[](StrState &s, RefVisitor &v) {
        v.raw(s.asciiIterType); v.raw(s.iterType);
        for (auto &r : s.ascii) v(r);
    });

    TypeObject *t = vm.types.str;
    TypeSlots &s = t->slots;
    s.repr = strRepr;
    s.str = strStr;
    s.hash = strHashSlot;
    s.richcompare = strRichCompare;
    s.binary = strBinary;
    s.truthy = strTruthy;
    s.len = strLen;
    s.getitem = strGetItem;
    s.contains = strContains;
    s.iter = strIter;
    s.format = strFormatSlot;
    t->newInstance = strNew;

    vm.defMethod(t, "__len__", strDunderLen);
    vm.defMethod(t, "__contains__", strDunderContains);
    vm.defMethod(t, "__getitem__", strDunderGetItem);
    vm.defMethod(t, "__hash__", strDunderHash);
    vm.defMethod(t, "__str__", strDunderStr);
    vm.defMethod(t, "__repr__", strDunderRepr);
    vm.defMethod(t, "__iter__", strDunderIter);
    vm.defMethod(t, "__format__", strDunderFormat);
    vm.defMethod(t, "__add__", strDunderAdd);
    vm.defMethod(t, "__mul__", strDunderMul<false>);
    vm.defMethod(t, "__rmul__", strDunderMul<true>);
    vm.defMethod(t, "__lt__", strDunderCompare<CompareOp::Lt>);
    vm.defMethod(t, "__le__", strDunderCompare<CompareOp::Le>);
    vm.defMethod(t, "__eq__", strDunderCompare<CompareOp::Eq>);
    vm.defMethod(t, "__ne__", strDunderCompare<CompareOp::Ne>);
    vm.defMethod(t, "__gt__", strDunderCompare<CompareOp::Gt>);
    vm.defMethod(t, "__ge__", strDunderCompare<CompareOp::Ge>);
    vm.defMethod(t, "__getnewargs__", strGetNewArgs);

    strs::installStrMethods(vm);
    strs::installStrFormatMethods(vm);
}

}  // namespace ls::interp

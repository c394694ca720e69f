// The text-like methods of bytes (split, strip, find, replace, ...).
// Structural methods run str's implementation on a Latin-1 view of the
// bytes (one code point per byte, so positions, counts and splits are the
// same) and convert the result back; character classes and case mapping
// are ASCII-only, as bytes' are. Arguments are checked first so that the
// messages are bytes', not str's.
// py: Objects/bytes_methods.c, Objects/bytesobject.c (3.11)
#include "builtins.h"
#include "unicode_util.h"
#include "vm.h"

#include <cctype>

namespace ls::interp {

namespace {

Value latin1View(VM &vm, const std::string &d) {
    std::string u;
    u.reserve(d.size());
    for (unsigned char c : d) appendUtf8(u, c);
    return vm.str(std::move(u));
}

std::string fromLatin1View(const std::string &u) {
    std::string out;
    for (size_t i = 0; i < u.size();) out += static_cast<char>(decodeUtf8(u, i));
    return out;
}

Value backToBytes(VM &vm, const Value &r) {
    if (r.is(Kind::Str)) return vm.bytes(fromLatin1View(r.as<StrObject>()->s));
    if (r.is(Kind::List) || r.is(Kind::Tuple)) {
        std::vector<Value> items = vm.toVector(r);
        for (auto &v : items) v = backToBytes(vm, v);
        return r.is(Kind::List) ? vm.list(std::move(items)) : vm.tuple(std::move(items));
    }
    return r;
}

[[noreturn]] void needBytes(VM &vm, const Value &v) {
    vm.raise(vm.exc.TypeError, "a bytes-like object is required, not '" + vm.typeName(v) + "'");
}

// One argument for the str method: bytes become their Latin-1 view; ints
// and None pass (positions, counts, flags).
Value bridgeArg(VM &vm, const Value &v, bool byteAllowed, bool tupleAllowed) {
    if (const std::string *d = bytesDataOf(vm, v)) return latin1View(vm, *d);
    if (byteAllowed && v.isInt()) {
        if (v.asInt() < 0 || v.asInt() > 255) vm.raise(vm.exc.ValueError, "byte must be in range(0, 256)");
        return latin1View(vm, std::string(1, static_cast<char>(v.asInt())));
    }
    if (byteAllowed && !v.isNone())
        vm.raise(vm.exc.TypeError, "argument should be integer or bytes-like object, not '" + vm.typeName(v) + "'");
    if (tupleAllowed && v.is(Kind::Tuple)) {
        std::vector<Value> items = vm.toVector(v);
        for (auto &x : items) {
            const std::string *d = bytesDataOf(vm, x);
            if (!d) needBytes(vm, x);
            x = latin1View(vm, *d);
        }
        return vm.tuple(std::move(items));
    }
    if (tupleAllowed) {
        vm.raise(vm.exc.TypeError, "startswith first arg must be bytes or a tuple of bytes, not " + vm.typeName(v));
    }
    if (v.isInt() || v.isNone() || v.isBool()) return v;
    needBytes(vm, v);
}

// bytes.NAME as str.NAME on the Latin-1 view (NAME from the callee).
Value bridged(VM &vm, const CallArgs &a) {
    const std::string &name = a.callee->name;
    // find-like methods also take a single byte as an int; startswith and
    // endswith take a tuple of prefixes.
    bool byteFirst = name == "find" || name == "rfind" || name == "count" || name == "index" || name == "rindex";
    bool prefixFirst = name == "startswith" || name == "endswith";
    std::vector<Value> pos;
    pos.push_back(latin1View(vm, *bytesDataOf(vm, a[0])));
    for (size_t i = 1; i < a.size(); ++i) pos.push_back(bridgeArg(vm, a[i], i == 1 && byteFirst, i == 1 && prefixFirst));
    std::vector<Value> kwv;
    std::vector<KwArg> kw;
    kwv.reserve(a.kw.size());
    for (auto &k : a.kw) kwv.push_back(bridgeArg(vm, *k.value, false, false));
    for (size_t i = 0; i < a.kw.size(); ++i) kw.push_back({a.kw[i].name, &kwv[i]});
    Value method = vm.getAttr(Value(vm.types.str), name);
    try {
        return backToBytes(vm, vm.call(method, pos, kw));
    } catch (PyException &e) {
        // str says "substring not found"; bytes says "subsection not found".
        if ((name == "index" || name == "rindex") && vm.isInstance(e.exc, vm.exc.ValueError))
            vm.raise(vm.exc.ValueError, "subsection not found");
        throw;
    }
}

// ASCII-only character classes (isdigit, isalpha, ...): all bytes in the
// class and at least one; isupper/islower look at cased bytes only.
Value asciiTest(VM &vm, const CallArgs &a) {
    const std::string &name = a.callee->name;
    vm.checkArgs(a, name, 1, 1);
    int (*cls)(int) = name == "isdigit" ? [](int c) { return std::isdigit(c); }
                    : name == "isalpha" ? [](int c) { return std::isalpha(c); }
                    : name == "isalnum" ? [](int c) { return std::isalnum(c); }
                    : name == "isspace" ? [](int c) { return std::isspace(c); }
                    : name == "isupper" ? [](int c) { return std::isupper(c); }
                                        : [](int c) { return std::islower(c); };
    bool cased = name == "isupper" || name == "islower";
    const std::string &d = *bytesDataOf(vm, a[0]);
    bool sawCased = false;
    for (unsigned char c : d) {
        if (c >= 0x80) return Value::boolean(false);
        if (cased) {
            if (std::isalpha(c)) { if (!cls(c)) return Value::boolean(false); sawCased = true; }
        } else if (!cls(c)) return Value::boolean(false);
    }
    return Value::boolean(!d.empty() && (!cased || sawCased));
}

char up(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }
char low(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

template <std::string (*Map)(std::string)>
Value asciiMap(VM &vm, const CallArgs &a) {
    vm.checkArgs(a, a.callee->name, 1, 1);
    return vm.bytes(Map(*bytesDataOf(vm, a[0])));
}

std::string upperOf(std::string d) { for (auto &c : d) c = up(c); return d; }
std::string lowerOf(std::string d) { for (auto &c : d) c = low(c); return d; }
std::string swapcaseOf(std::string d) {
    for (auto &c : d) c = std::isupper(static_cast<unsigned char>(c)) ? low(c) : up(c);
    return d;
}
std::string capitalizeOf(std::string d) {
    for (size_t i = 0; i < d.size(); ++i) d[i] = i == 0 ? up(d[i]) : low(d[i]);
    return d;
}
std::string titleOf(std::string d) {
    bool prevCased = false;
    for (auto &c : d) {
        c = prevCased ? low(c) : up(c);
        prevCased = alpha(c);
    }
    return d;
}

}  // namespace

void installBytesTextMethods(VM &vm) {
    TypeObject *B = vm.types.bytes;
    for (const char *n : {"split", "rsplit", "strip", "lstrip", "rstrip", "replace", "partition", "rpartition",
                          "splitlines", "center", "ljust", "rjust", "zfill", "expandtabs", "removeprefix",
                          "removesuffix", "find", "rfind", "count", "index", "rindex", "startswith", "endswith"})
        vm.defMethod(B, n, bridged);
    for (const char *n : {"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower"}) vm.defMethod(B, n, asciiTest);
    vm.defMethod(B, "isascii", [](VM &vm, const CallArgs &a) -> Value {
        for (unsigned char c : *bytesDataOf(vm, a[0])) if (c >= 0x80) return Value::boolean(false);
        return Value::boolean(true);
    });
    vm.defMethod(B, "upper", asciiMap<upperOf>);
    vm.defMethod(B, "lower", asciiMap<lowerOf>);
    vm.defMethod(B, "swapcase", asciiMap<swapcaseOf>);
    vm.defMethod(B, "capitalize", asciiMap<capitalizeOf>);
    vm.defMethod(B, "title", asciiMap<titleOf>);
}

}  // namespace ls::interp

// bytes: the immutable byte strings tutorial code meets through literals,
// str.encode() and bytes.decode(). UTF-8 is the only codec simulated.
// py: Objects/bytesobject.c (3.11)
#include "args.h"
#include "builtins.h"
#include "slice_util.h"
#include "vm.h"

namespace ls::interp {

namespace {

struct BytesObject : NativeObject {
    std::string data;
    BytesObject(TypeObject *t, std::string d) : NativeObject(t), data(std::move(d)) {}
};

struct BytesIter : NativeObject {
    Value src;
    size_t i = 0;
    BytesIter(TypeObject *t, Value s) : NativeObject(t), src(std::move(s)) {}
    bool isIterator() const override { return true; }
    bool next(VM &, Value &out) override {
        auto &d = static_cast<BytesObject *>(src.obj())->data;
        if (i >= d.size()) return false;
        out = Value::integer(static_cast<unsigned char>(d[i++]));
        return true;
    }
    void clearRefs() override { src = Value(); }
};

bool isBytes(VM &vm, const Value &v) { return v.isObj() && vm.typeOf(v)->isSubtypeOf(vm.types.bytes); }
const std::string &data(const Value &v) { return static_cast<BytesObject *>(v.obj())->data; }

// py: bytesobject.c PyBytes_Repr
std::string bytesRepr(VM &, const Value &v) {
    const std::string &d = data(v);
    char quote = (d.find('\'') != std::string::npos && d.find('"') == std::string::npos) ? '"' : '\'';
    std::string s = "b";
    s += quote;
    for (unsigned char c : d) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') { s += '\\'; s += static_cast<char>(c); }
        else if (c == '\t') s += "\\t";
        else if (c == '\n') s += "\\n";
        else if (c == '\r') s += "\\r";
        else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            s += buf;
        } else s += static_cast<char>(c);
    }
    s += quote;
    return s;
}

// Strict UTF-8 validation for decode (errors name the byte, as CPython).
std::string decodeUtf8(VM &vm, const std::string &d) {
    size_t i = 0;
    while (i < d.size()) {
        unsigned char c = static_cast<unsigned char>(d[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = len > 0 && i + len <= d.size();
        for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(d[i + k]) & 0xC0) == 0x80;
        if (!ok) {
            char buf[200];
            std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, i,
                          len == 0 ? "invalid start byte" : "unexpected end of data");
            vm.raise(vm.exc.UnicodeDecodeError, buf);
        }
        i += len;
    }
    return d;
}

void checkCodec(VM &vm, const CallArgs &a, size_t pos) {
    if (a.size() <= pos) return;
    std::string enc = vm.toStr(a[pos]);
    for (auto &c : enc) c = static_cast<char>(std::tolower(c));
    if (enc != "utf-8" && enc != "utf8" && enc != "ascii" && enc != "utf_8")
        vm.raise(vm.exc.LookupError, "unknown encoding: " + vm.toStr(a[pos]) + " (LoopScope simulates UTF-8 only)");
}

Value bytesNew(VM &vm, TypeObject *, const CallArgs &a) {
    if (a.size() == 0) return vm.bytes("");
    const Value &x = a[0];
    if (x.is(Kind::Str)) {
        if (a.size() < 2) vm.raise(vm.exc.TypeError, "string argument without an encoding");
        checkCodec(vm, a, 1);
        return vm.bytes(x.as<StrObject>()->s);
    }
    if (x.isInt()) {
        if (x.asInt() < 0) vm.raise(vm.exc.ValueError, "negative count");
        return vm.bytes(std::string(static_cast<size_t>(x.asInt()), '\0'));
    }
    if (isBytes(vm, x)) return x;
    std::string out;
    for (auto &v : vm.toVector(x)) {
        int64_t b = vm.index(v);
        if (b < 0 || b > 255) vm.raise(vm.exc.ValueError, "bytes must be in range(0, 256)");
        out += static_cast<char>(b);
    }
    return vm.bytes(std::move(out));
}

}  // namespace

Value VM::bytes(std::string d) { return Value(make<BytesObject>(types.bytes, std::move(d))); }

void installBytesType(VM &vm) {
    TypeObject *B = vm.types.bytes;
    B->newInstance = bytesNew;
    B->slots.repr = bytesRepr;
    B->slots.hash = [](VM &, const Value &v) { return strHash(data(v)); };
    B->slots.len = [](VM &, const Value &v) { return static_cast<int64_t>(data(v).size()); };
    B->slots.richcompare = [](VM &vm, const Value &a, const Value &b, CompareOp op) -> Value {
        if (!isBytes(vm, a) || !isBytes(vm, b)) return vm.notImplemented();
        int c = data(a).compare(data(b));
        switch (op) {
        case CompareOp::Lt: return Value::boolean(c < 0);
        case CompareOp::Le: return Value::boolean(c <= 0);
        case CompareOp::Eq: return Value::boolean(c == 0);
        case CompareOp::Ne: return Value::boolean(c != 0);
        case CompareOp::Gt: return Value::boolean(c > 0);
        case CompareOp::Ge: return Value::boolean(c >= 0);
        }
        return vm.notImplemented();
    };
    B->slots.binary = [](VM &vm, BinOp op, const Value &a, const Value &b) -> Value {
        int i = static_cast<int>(op);
        if (i >= kInplaceOffset) op = static_cast<BinOp>(i - kInplaceOffset);
        if (op == BinOp::Add && isBytes(vm, a) && isBytes(vm, b)) return vm.bytes(data(a) + data(b));
        if (op == BinOp::Add && isBytes(vm, a))
            vm.raise(vm.exc.TypeError, "can't concat " + vm.typeName(b) + " to bytes");
        if (op == BinOp::Mul) {
            const Value &s = isBytes(vm, a) ? a : b;
            const Value &n = isBytes(vm, a) ? b : a;
            if (!n.isInt()) return vm.notImplemented();
            std::string out;
            for (int64_t k = 0; k < n.asInt(); ++k) out += data(s);
            return vm.bytes(std::move(out));
        }
        return vm.notImplemented();
    };
    B->slots.getitem = [](VM &vm, const Value &self, const Value &key) -> Value {
        const std::string &d = data(self);
        if (key.is(Kind::Slice)) {
            SliceIndices si = sliceIndices(vm, key.as<SliceObject>(), static_cast<int64_t>(d.size()));
            std::string out;
            for (int64_t k = 0, p = si.start; k < si.length; ++k, p += si.step) out += d[static_cast<size_t>(p)];
            return vm.bytes(std::move(out));
        }
        int64_t i = vm.index(key);
        if (i < 0) i += static_cast<int64_t>(d.size());
        if (i < 0 || i >= static_cast<int64_t>(d.size())) vm.raise(vm.exc.IndexError, "index out of range");
        return Value::integer(static_cast<unsigned char>(d[static_cast<size_t>(i)]));
    };
    B->slots.contains = [](VM &vm, const Value &self, const Value &item) {
        if (item.isInt()) {
            if (item.asInt() < 0 || item.asInt() > 255) vm.raise(vm.exc.ValueError, "byte must be in range(0, 256)");
            return data(self).find(static_cast<char>(item.asInt())) != std::string::npos;
        }
        if (!isBytes(vm, item)) vm.raise(vm.exc.TypeError, "a bytes-like object is required, not '" + vm.typeName(item) + "'");
        return data(self).find(data(item)) != std::string::npos;
    };
    B->slots.iter = [](VM &vm, const Value &self) {
        TypeObject *t = vm.extension<TypeObject>("bytes_iterator");
        if (!t) {
            t = vm.newBuiltinType("bytes_iterator", vm.types.object);
            vm.setExtension("bytes_iterator", std::shared_ptr<void>(t, [](void *) {}));
        }
        return Value(vm.make<BytesIter>(t, self));
    };
    vm.defMethod(B, "decode", [](VM &vm, const CallArgs &a) {
        checkCodec(vm, a, 1);
        return vm.str(decodeUtf8(vm, data(a[0])));
    });
    vm.defMethod(B, "hex", [](VM &vm, const CallArgs &a) {
        std::string out;
        char buf[4];
        for (unsigned char c : data(a[0])) { std::snprintf(buf, sizeof buf, "%02x", c); out += buf; }
        return vm.str(out);
    });
    vm.defMethod(B, "upper", [](VM &vm, const CallArgs &a) {
        std::string d = data(a[0]);
        for (auto &c : d) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return vm.bytes(d);
    });
    vm.defMethod(B, "lower", [](VM &vm, const CallArgs &a) {
        std::string d = data(a[0]);
        for (auto &c : d) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return vm.bytes(d);
    });
    vm.defMethod(B, "startswith", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "startswith", 2, 2);
        return Value::boolean(data(a[0]).starts_with(data(a[1])));
    });
    vm.defMethod(B, "endswith", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "endswith", 2, 2);
        return Value::boolean(data(a[0]).ends_with(data(a[1])));
    });
    vm.defMethod(B, "count", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "count", 2, 2);
        const std::string &h = data(a[0]);
        std::string n = a[1].isInt() ? std::string(1, static_cast<char>(a[1].asInt())) : data(a[1]);
        if (n.empty()) return Value::integer(static_cast<int64_t>(h.size() + 1));
        int64_t c = 0;
        for (size_t p = h.find(n); p != std::string::npos; p = h.find(n, p + n.size())) ++c;
        return Value::integer(c);
    });
    vm.defMethod(B, "join", [](VM &vm, const CallArgs &a) {
        std::string out;
        bool first = true;
        for (auto &v : vm.toVector(a[1])) {
            if (!isBytes(vm, v)) vm.raise(vm.exc.TypeError, "sequence item: expected a bytes-like object, " + vm.typeName(v) + " found");
            if (!first) out += data(a[0]);
            first = false;
            out += data(v);
        }
        return vm.bytes(out);
    });
    vm.defAttr(B, "fromhex", Value(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod,
        vm.native("fromhex", [](VM &vm, const CallArgs &a) {
            std::string s = vm.toStr(a[1]), out;
            std::string hex;
            for (char c : s) if (!std::isspace(static_cast<unsigned char>(c))) hex += c;
            if (hex.size() % 2) vm.raise(vm.exc.ValueError, "non-hexadecimal number found in fromhex() arg");
            for (size_t i = 0; i < hex.size(); i += 2) out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
            return vm.bytes(out);
        }))));
    // str.encode lives here: it is the only way str makes bytes.
    vm.defMethod(vm.types.str, "encode", [](VM &vm, const CallArgs &a) {
        ArgParser p(vm, a, "encode", {"encoding", "errors"}, 0, 1);
        if (p.has(0)) {
            std::string enc = vm.toStr(p.get(0));
            for (auto &c : enc) c = static_cast<char>(std::tolower(c));
            if (enc == "ascii") {
                const std::string &s = a[0].as<StrObject>()->s;
                for (size_t i = 0; i < s.size(); ++i)
                    if (static_cast<unsigned char>(s[i]) >= 0x80)
                        vm.raise(vm.exc.UnicodeEncodeError, "'ascii' codec can't encode character in position " + std::to_string(i) + ": ordinal not in range(128)");
            } else if (enc != "utf-8" && enc != "utf8" && enc != "utf_8") {
                vm.raise(vm.exc.LookupError, "unknown encoding: " + vm.toStr(p.get(0)) + " (LoopScope simulates UTF-8 only)");
            }
        }
        return vm.bytes(a[0].as<StrObject>()->s);
    });
}

}  // namespace ls::interp

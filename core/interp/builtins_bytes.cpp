// bytes: the immutable byte strings tutorial code meets through literals,
// str.encode() and bytes.decode(). UTF-8 is the only codec simulated.
// py: Objects/bytesobject.c (3.11)
#include "args.h"
#include "builtins.h"
#include "codecs.h"
#include "builtins_bytes_p.h"
#include "cpython_hash.h"
#include "memory_cap.h"
#include "slice_util.h"
#include "vm.h"

namespace ls::interp {

namespace {

struct BytesIter : NativeObject {
    LS_CLONEABLE(BytesIter)
    void visitRefs(RefVisitor &v) override { v(src); }
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

const std::string &data(const Value &v) { return static_cast<BytesObject *>(v.obj())->data; }

// py: bytesobject.c PyBytes_Repr
}  // namespace

bool isBytes(VM &vm, const Value &v) {
    if (!v.isObj()) return false;
    TypeObject *t = vm.typeOf(v);
    return t->isSubtypeOf(vm.types.bytes) || t->isSubtypeOf(bytearrayType(vm));
}

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

namespace {

// (encoding, errors) of encode/decode-like calls, CPython's defaults.
std::pair<std::string, std::string> codecArgs(VM &vm, const CallArgs &a, const char *fn) {
    ArgParser p(vm, a, fn, {"encoding", "errors"}, 0, 1);
    return {p.has(0) ? vm.toStr(p.get(0)) : std::string("utf-8"), p.has(1) ? vm.toStr(p.get(1)) : std::string("strict")};
}

}  // namespace

std::string bytesDataFrom(VM &vm, const CallArgs &a) {
    if (a.size() == 0) return "";
    const Value &x = a[0];
    if (x.is(Kind::Str)) {
        if (a.size() < 2) vm.raise(vm.exc.TypeError, "string argument without an encoding");
        return encodeText(vm, x.as<StrObject>()->s, vm.toStr(a[1]), a.size() > 2 ? vm.toStr(a[2]) : "strict");
    }
    if (x.isInt()) {
        if (x.asInt() < 0) vm.raise(vm.exc.ValueError, "negative count");
        return std::string(static_cast<size_t>(x.asInt()), '\0');
    }
    if (isBytes(vm, x)) return data(x);
    std::string out;
    for (auto &v : vm.toVector(x)) {
        int64_t b = vm.index(v);
        if (b < 0 || b > 255) vm.raise(vm.exc.ValueError, "bytes must be in range(0, 256)");
        out += static_cast<char>(b);
    }
    return out;
}

namespace {

Value bytesNew(VM &vm, TypeObject *, const CallArgs &a) {
    if (a.size() == 1 && a[0].isObj() && vm.typeOf(a[0]) == vm.types.bytes) return a[0];
    return vm.bytes(bytesDataFrom(vm, a));
}

}  // namespace

const std::string *bytesDataOf(VM &vm, const Value &v) { return isBytes(vm, v) ? &data(v) : nullptr; }

Value VM::bytes(std::string d) { return Value(make<BytesObject>(types.bytes, std::move(d))); }

void installBytesType(VM &vm) {
    TypeObject *B = vm.types.bytes;
    B->newInstance = bytesNew;
    B->slots.repr = bytesRepr;
    B->slots.hash = [](VM &, const Value &v) { return cpythonBytesHash(data(v)); };
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
        if (op == BinOp::Add && isBytes(vm, a) && isBytes(vm, b)) {
            checkGrowth(vm, data(a).size() + data(b).size());
            return vm.bytes(data(a) + data(b));
        }
        if (op == BinOp::Add && isBytes(vm, a))
            vm.raise(vm.exc.TypeError, "can't concat " + vm.typeName(b) + " to bytes");
        if (op == BinOp::Mul) {
            const Value &s = isBytes(vm, a) ? a : b;
            const Value &n = isBytes(vm, a) ? b : a;
            if (!n.isInt()) return vm.notImplemented();
            // A size no machine has is a MemoryError (as str * n); then the memory cap.
            if (n.asInt() > 0 && !data(s).empty()) {
                if (static_cast<uint64_t>(n.asInt()) > (uint64_t{1} << 40) / data(s).size()) vm.raise(vm.exc.MemoryError, "");
                checkGrowth(vm, data(s).size() * static_cast<size_t>(n.asInt()));
            }
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
            vm.setExtension("bytes_iterator", t);
        }
        return Value(vm.make<BytesIter>(t, self));
    };
    vm.defMethod(B, "decode", [](VM &vm, const CallArgs &a) {
        auto [enc, errors] = codecArgs(vm, a, "decode");
        return vm.str(decodeBytes(vm, data(a[0]), enc, errors));
    });
    vm.defMethod(B, "hex", [](VM &vm, const CallArgs &a) {
        // py: Python/pystrhex.c: groups of bytes_per_sep bytes, counted from
        // the right when positive, from the left when negative.
        ArgParser p(vm, a, "hex", {"sep", "bytes_per_sep"}, 0, 1);
        std::string sep = p.has(0) ? vm.toStr(p.get(0)) : std::string();
        int64_t per = p.has(1) ? vm.index(p.get(1)) : 1;
        const std::string &d = data(a[0]);
        size_t group = static_cast<size_t>(per < 0 ? -per : per);
        std::string out;
        char buf[4];
        for (size_t i = 0; i < d.size(); ++i) {
            bool boundary = !sep.empty() && group > 0 && i > 0 &&
                            (per > 0 ? (d.size() - i) % group == 0 : i % group == 0);
            if (boundary) out += sep;
            std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned char>(d[i]));
            out += buf;
        }
        return vm.str(out);
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
        auto [enc, errors] = codecArgs(vm, a, "encode");
        return vm.bytes(encodeText(vm, a[0].as<StrObject>()->s, enc, errors));
    });
    installBytesTextMethods(vm);
    installBytearrayType(vm);
}

}  // namespace ls::interp

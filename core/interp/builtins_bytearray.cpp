// bytearray: the mutable sibling of bytes, as far as classroom code uses it
// (build, index, append/extend/pop, slices, decode, compare, repr).
// py: Objects/bytearrayobject.c (3.11)
#include "builtins.h"
#include "builtins_bytes_p.h"
#include "codecs.h"
#include "slice_util.h"
#include "vm.h"

namespace ls::interp {

namespace {

std::string &bufOf(const Value &v) { return static_cast<BytesObject *>(v.obj())->data; }

Value newBytearray(VM &vm, std::string d) { return Value(vm.make<BytesObject>(bytearrayType(vm), std::move(d))); }

uint8_t byteValue(VM &vm, const Value &v) {
    int64_t b = vm.index(v);
    if (b < 0 || b > 255) vm.raise(vm.exc.ValueError, "byte must be in range(0, 256)");
    return static_cast<uint8_t>(b);
}

size_t checkedIndex(VM &vm, const std::string &d, const Value &key, const char *what) {
    int64_t i = vm.index(key);
    if (i < 0) i += static_cast<int64_t>(d.size());
    if (i < 0 || i >= static_cast<int64_t>(d.size())) vm.raise(vm.exc.IndexError, what);
    return static_cast<size_t>(i);
}

void install(VM &vm, TypeObject *T) {
    T->newInstance = [](VM &vm, TypeObject *, const CallArgs &a) { return newBytearray(vm, bytesDataFrom(vm, a)); };
    T->slots.repr = [](VM &vm, const Value &v) { return "bytearray(" + bytesRepr(vm, v) + ")"; };
    T->slots.unhashable = true;
    // Comparison, +, *, `in`, iteration and len are bytes' own slots: they
    // accept any bytes-like operand.
    TypeSlots &B = vm.types.bytes->slots;
    T->slots.richcompare = B.richcompare;
    T->slots.len = B.len;
    T->slots.contains = B.contains;
    T->slots.iter = B.iter;
    T->slots.binary = [](VM &vm, BinOp op, const Value &a, const Value &b) -> Value {
        Value r = vm.types.bytes->slots.binary(vm, op, a, b);
        if (r.isObj() && vm.typeOf(r) == vm.types.bytes) return newBytearray(vm, bufOf(r));
        return r;
    };
    T->slots.getitem = [](VM &vm, const Value &self, const Value &key) -> Value {
        Value r = vm.types.bytes->slots.getitem(vm, self, key);
        return key.is(Kind::Slice) ? newBytearray(vm, bufOf(r)) : r;
    };
    T->slots.setitem = [](VM &vm, const Value &self, const Value &key, Value v) {
        std::string &d = bufOf(self);
        d[checkedIndex(vm, d, key, "bytearray index out of range")] = static_cast<char>(byteValue(vm, v));
    };
    vm.defMethod(T, "append", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "append", 2, 2);
        bufOf(a[0]) += static_cast<char>(byteValue(vm, a[1]));
        return Value::none();
    });
    vm.defMethod(T, "extend", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "extend", 2, 2);
        std::string add;
        if (isBytes(vm, a[1])) add = bufOf(a[1]);
        else for (auto &v : vm.toVector(a[1])) add += static_cast<char>(byteValue(vm, v));
        bufOf(a[0]) += add;
        return Value::none();
    });
    vm.defMethod(T, "pop", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "pop", 1, 2);
        std::string &d = bufOf(a[0]);
        if (d.empty()) vm.raise(vm.exc.IndexError, "pop from empty bytearray");
        size_t i = a.size() > 1 ? checkedIndex(vm, d, a[1], "pop index out of range") : d.size() - 1;
        Value r = Value::integer(static_cast<unsigned char>(d[i]));
        d.erase(i, 1);
        return r;
    });
    vm.defMethod(T, "clear", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "clear", 1, 1);
        bufOf(a[0]).clear();
        return Value::none();
    });
    vm.defMethod(T, "decode", [](VM &vm, const CallArgs &a) {
        Value b = vm.bytes(bufOf(a[0]));
        std::vector<Value> pos(a.pos.begin(), a.pos.end());
        pos[0] = b;
        return vm.call(vm.getAttr(b, "decode"), std::span<const Value>(pos).subspan(1), a.kw);
    });
}

}  // namespace

TypeObject *bytearrayType(VM &vm) {
    if (auto *t = vm.extension<TypeObject>("bytearray")) return t;
    TypeObject *t = vm.newBuiltinType("bytearray", vm.types.object);
    vm.setExtension("bytearray", t);
    install(vm, t);
    return t;
}

void installBytearrayType(VM &vm) {
    vm.setItem(Value(vm.builtins()), vm.str("bytearray"), Value(bytearrayType(vm)));
}

}  // namespace ls::interp

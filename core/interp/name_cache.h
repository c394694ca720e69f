// Name lookups of the eval loop with a cache per instruction.
//
// A module-level loop reads and writes its variables by name: without a
// cache each access hashes the name and probes the globals (then the
// builtins), which was 40% of a CPU-bound module loop. The cache remembers
// the dict and entry index where the instruction found its name; a hit is
// checked by the entry's key, so an entry that moved or went is a miss and
// the slow path refills the cache. A name found in the builtins also
// remembers the globals' version: a global of the same name defined since
// (an insertion changes the version) shadows it.
#pragma once

#include "objects.h"
#include "vm.h"

namespace ls::interp {

inline NameCacheEntry &nameCacheFor(CodeObject *code, uint32_t ip) {
    if (code->nameCaches.size() != code->code.size()) code->nameCaches.assign(code->code.size(), NameCacheEntry{});
    return code->nameCaches[ip];
}

// `name` in `globals`, else in `builtins` (null: in neither).
inline Value *loadGlobalCached(VM &vm, NameCacheEntry &c, DictTable &globals, DictTable &builtins, StrObject *name) {
    if (c.table == &globals) {
        if (Value *v = globals.valueAt(c.index, name)) return v;
    } else if (c.table == &builtins && c.shadow == &globals && c.shadowVersion == globals.version()) {
        if (Value *v = builtins.valueAt(c.index, name)) return v;
    }
    const int64_t h = vm.hash(Value(name));
    if (int32_t ix = globals.indexOfStr(name, h); ix >= 0) {
        c = NameCacheEntry{&globals, nullptr, 0, ix};
        return globals.valueAt(ix, name);
    }
    if (int32_t ix = builtins.indexOfStr(name, h); ix >= 0) {
        c = NameCacheEntry{&builtins, &globals, globals.version(), ix};
        return builtins.valueAt(ix, name);
    }
    return nullptr;
}

// d[name] = v.
inline void storeNameCached(VM &vm, NameCacheEntry &c, DictTable &d, StrObject *name, Value v) {
    if (c.table == &d) {
        if (Value *slot = d.valueAt(c.index, name)) {
            *slot = std::move(v);
            return;
        }
    }
    Value key(name);
    const int64_t h = vm.hash(key);
    d.set(vm, key, h, std::move(v));
    c = NameCacheEntry{&d, nullptr, 0, d.indexOfStr(name, h)};
}

}  // namespace ls::interp

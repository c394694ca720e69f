// The hash table behind dict and set: CPython's compact ordered layout
// (Objects/dictobject.c): an `entries` array in insertion order and a sparse
// open-addressing `index` of positions into it. Deleted entries leave a hole
// (null key) until the table is compacted on growth.
//
// Hashing and equality may call Python code (__hash__, __eq__), so the
// operations take the VM; str and int keys take a fast path that does not.
#pragma once

#include "value.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ls::interp {

class VM;
struct StrObject;

class DictTable {
public:
    struct Entry {
        Value key;    // Null: deleted
        Value value;  // unused by sets
        int64_t hash;
    };

    size_t size() const { return used_; }
    bool empty() const { return used_ == 0; }

    // Pointer to the value stored for key, or nullptr.
    Value *find(VM &vm, const Value &key);
    // Same with a hash computed beforehand.
    Value *find(VM &vm, const Value &key, int64_t hash);
    // Inserts or replaces; returns true when the key was new.
    bool set(VM &vm, const Value &key, Value value);
    bool set(VM &vm, const Value &key, int64_t hash, Value value);
    // Removes key; returns false when absent. `out` receives the value.
    bool erase(VM &vm, const Value &key, Value *out = nullptr);
    void clear();

    // Iteration in insertion order over live entries: indices run over
    // [0, capacityEnd()) and skip entries whose key is Null.
    size_t capacityEnd() const { return entries_.size(); }
    const Entry &entryAt(size_t i) const { return entries_[i]; }
    Entry &entryAt(size_t i) { return entries_[i]; }
    // Mutation counter: iterators compare it to raise "dictionary changed
    // size during iteration".
    uint64_t version() const { return version_; }
    // Removes and returns the last live entry (dict.popitem); false if empty.
    bool popLast(Entry &out);

    // Fast str-keyed lookup for globals/attributes (keys that are StrObject).
    Value *findStr(std::string_view key, int64_t hash) const;
    // The entry index of a str key (-1: absent), for the eval loop's name
    // caches (name_cache.h); the key's object is compared before its text.
    int32_t indexOfStr(const StrObject *key, int64_t hash) const;
    // The value of entry `ix` if that entry's key is the str `key` (an
    // index from indexOfStr stays valid until the entry goes or moves).
    Value *valueAt(int32_t ix, const StrObject *key);

private:
    int64_t lookupIndex(VM &vm, const Value &key, int64_t hash, size_t &slot) const;
    void rebuild(size_t minCapacity);
    std::vector<Entry> entries_;
    std::vector<int32_t> index_;  // -1 empty, -2 deleted, else entry position
    size_t used_ = 0;
    uint64_t version_ = 0;
};

}  // namespace ls::interp

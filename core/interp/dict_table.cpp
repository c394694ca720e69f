#include "dict_table.h"

#include "objects.h"
#include "vm.h"

namespace ls::interp {

// py: Objects/dictobject.c (3.11): compact entries + open addressing with
// perturbation probing. Capacity of `index_` is a power of two, at most 2/3 full.

namespace {
constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;

bool fastStrEq(const Value &a, const Value &b) {
    return a.is(Kind::Str) && b.is(Kind::Str) && a.as<StrObject>()->s == b.as<StrObject>()->s;
}
}  // namespace

int64_t DictTable::lookupIndex(VM &vm, const Value &key, int64_t hash, size_t &slot) const {
    if (index_.empty()) { slot = 0; return -1; }
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    int64_t firstDeleted = -1;
    for (;;) {
        int32_t ix = index_[i];
        if (ix == kEmpty) {
            slot = firstDeleted >= 0 ? static_cast<size_t>(firstDeleted) : i;
            return -1;
        }
        if (ix == kDeleted) {
            if (firstDeleted < 0) firstDeleted = static_cast<int64_t>(i);
        } else {
            const Entry &e = entries_[static_cast<size_t>(ix)];
            if (e.hash == hash) {
                if (e.key.identical(key) || fastStrEq(e.key, key)) { slot = i; return ix; }
                if (!(e.key.is(Kind::Str) && key.is(Kind::Str))) {
                    Value k = e.key;  // keep alive across Python __eq__
                    if (vm.eq(k, key)) { slot = i; return ix; }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value *DictTable::find(VM &vm, const Value &key) { return find(vm, key, vm.hash(key)); }

Value *DictTable::find(VM &vm, const Value &key, int64_t hash) {
    size_t slot;
    int64_t ix = lookupIndex(vm, key, hash, slot);
    return ix < 0 ? nullptr : &entries_[static_cast<size_t>(ix)].value;
}

Value *DictTable::findStr(std::string_view key, int64_t hash) const {
    if (index_.empty()) return nullptr;
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = index_[i];
        if (ix == kEmpty) return nullptr;
        if (ix >= 0) {
            const Entry &e = entries_[static_cast<size_t>(ix)];
            if (e.hash == hash && e.key.is(Kind::Str) && e.key.as<StrObject>()->s == key)
                return const_cast<Value *>(&e.value);
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int32_t DictTable::indexOfStr(const StrObject *key, int64_t hash) const {
    if (index_.empty()) return -1;
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        int32_t ix = index_[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            const Entry &e = entries_[static_cast<size_t>(ix)];
            if (e.hash == hash && e.key.is(Kind::Str) && (e.key.obj() == key || e.key.as<StrObject>()->s == key->s)) return ix;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value *DictTable::valueAt(int32_t ix, const StrObject *key) {
    if (ix < 0 || static_cast<size_t>(ix) >= entries_.size()) return nullptr;
    Entry &e = entries_[static_cast<size_t>(ix)];
    if (!e.key.is(Kind::Str)) return nullptr;
    return e.key.obj() == key || e.key.as<StrObject>()->s == key->s ? &e.value : nullptr;
}

bool DictTable::set(VM &vm, const Value &key, Value value) { return set(vm, key, vm.hash(key), std::move(value)); }

bool DictTable::set(VM &vm, const Value &key, int64_t hash, Value value) {
    size_t slot;
    int64_t ix = lookupIndex(vm, key, hash, slot);
    if (ix >= 0) {
        entries_[static_cast<size_t>(ix)].value = std::move(value);
        return false;
    }
    if ((entries_.size() + 1) * 3 >= index_.size() * 2) {
        rebuild((used_ + 1) * 3);
        lookupIndex(vm, key, hash, slot);
    }
    index_[slot] = static_cast<int32_t>(entries_.size());
    entries_.push_back(Entry{key, std::move(value), hash});
    ++used_;
    ++version_;
    return true;
}

bool DictTable::erase(VM &vm, const Value &key, Value *out) {
    if (used_ == 0) return false;
    int64_t hash = vm.hash(key);
    size_t slot;
    int64_t ix = lookupIndex(vm, key, hash, slot);
    if (ix < 0) return false;
    Entry &e = entries_[static_cast<size_t>(ix)];
    Value oldKey = std::move(e.key);
    Value oldValue = std::move(e.value);
    e.key = Value();
    e.value = Value();
    index_[slot] = kDeleted;
    --used_;
    ++version_;
    if (out) *out = std::move(oldValue);
    return true;  // oldKey/oldValue released here, after the table is consistent
}

bool DictTable::popLast(Entry &out) {
    while (!entries_.empty() && entries_.back().key.isNull()) entries_.pop_back();
    if (entries_.empty()) return false;
    Entry &e = entries_.back();
    // Find its index slot: identical key with the same hash.
    size_t mask = index_.size() - 1;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    size_t i = static_cast<size_t>(e.hash) & mask;
    int32_t pos = static_cast<int32_t>(entries_.size() - 1);
    while (index_[i] != pos) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    index_[i] = kDeleted;
    out = std::move(e);
    entries_.pop_back();
    --used_;
    ++version_;
    return true;
}

void DictTable::clear() {
    std::vector<Entry> old;
    old.swap(entries_);
    index_.clear();
    used_ = 0;
    ++version_;
}

void DictTable::rebuild(size_t minCapacity) {
    size_t cap = 8;
    while (cap < minCapacity) cap <<= 1;
    std::vector<Entry> live;
    live.reserve(used_ + 1);
    for (auto &e : entries_)
        if (!e.key.isNull()) live.push_back(std::move(e));
    entries_.swap(live);
    index_.assign(cap, kEmpty);
    size_t mask = cap - 1;
    for (size_t pos = 0; pos < entries_.size(); ++pos) {
        uint64_t perturb = static_cast<uint64_t>(entries_[pos].hash);
        size_t i = static_cast<size_t>(entries_[pos].hash) & mask;
        while (index_[i] != kEmpty) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        index_[i] = static_cast<int32_t>(pos);
    }
}

}  // namespace ls::interp

// The order in which CPython would iterate a set (see builtins_set.cpp).
//
// A set's keys live in an insertion-ordered DictTable; CPython keeps them in
// an open-addressing table whose slot order is the iteration order. This
// file simulates that table (py: Objects/setobject.c (3.11) set_add_entry,
// set_insert_clean, set_table_resize, set_merge, set_discard_entry,
// set_pop, set_difference_update_internal):
//
//  - Replay: the entries are re-inserted in insertion order. What else
//    shaped CPython's table is written in each entry's value, which sets do
//    not otherwise use (an "event word", below): that a merge resized the
//    table before this key came, that a merge copied this key to a given
//    slot, and, for a deleted entry (a hole DictTable keeps until it
//    compacts), when it was deleted and whether a difference_update then
//    swept the dummies.
//  - Shadow: the simulated tables of the sets used last (16) are kept and
//    updated in place by setAdd/setErase/setPop/setMerge (renumbered when
//    DictTable compacts its holes away), so a pop/add work-list loop costs
//    O(1) per step and keeps the dummies a replay after compaction would
//    no longer see. Any other change to a table makes it replay again.
//
// With CPython's hashes (ints, floats, str, tuples of them) this reproduces CPython's set order for the operations
// of builtins_set.cpp; sets filled by other code (BUILD_SET, SET_ADD,
// SET_UPDATE) are taken as filled by add() one key at a time, as CPython's
// BUILD_SET and SET_ADD do.
#include "builtins_sequence_p.h"

#include <algorithm>

namespace ls::interp::seq {

namespace {

constexpr int64_t kEmpty = -1, kDummy = -2;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The event word: an Int in an entry's value. Fields hold value + 1 (0:
// none); a value too large for its field is simply not recorded.
struct EventWord {
    uint64_t deletedAt = 0;   // table length (capacityEnd) when deleted, + 1
    bool cleanUp = false;     // a difference_update swept dummies after it
    uint64_t presize = 0;     // set_table_resize(minused) before insertion, + 1
    uint64_t slot = 0;        // set_merge copied it to this slot, + 1
    bool phantom = false;     // not a key: only carries `presize` (see phantomResize)

    static constexpr int kDelBits = 24, kPreBits = 20, kSlotBits = 17;
    static constexpr int kPhantomBit = kDelBits + 1 + kPreBits + kSlotBits;
    static EventWord decode(const Value &v) {
        EventWord w;
        if (!v.isInt() || v.asInt() < 0) return w;
        auto x = static_cast<uint64_t>(v.asInt());
        w.deletedAt = x & ((uint64_t{1} << kDelBits) - 1);
        w.cleanUp = (x >> kDelBits) & 1;
        w.presize = (x >> (kDelBits + 1)) & ((uint64_t{1} << kPreBits) - 1);
        w.slot = (x >> (kDelBits + 1 + kPreBits)) & ((uint64_t{1} << kSlotBits) - 1);
        w.phantom = (x >> kPhantomBit) & 1;
        return w;
    }
    static uint64_t fit(uint64_t v, int bits) { return v < (uint64_t{1} << bits) ? v : 0; }
    Value encode() const {
        uint64_t x = fit(deletedAt, kDelBits) | (uint64_t{cleanUp} << kDelBits) |
                     (fit(presize, kPreBits) << (kDelBits + 1)) | (fit(slot, kSlotBits) << (kDelBits + 1 + kPreBits)) |
                     (uint64_t{phantom} << kPhantomBit);
        return x ? Value::integer(static_cast<int64_t>(x)) : Value();
    }
};

void updateWord(DictTable &t, size_t pos, void (*f)(EventWord &, uint64_t), uint64_t arg) {
    EventWord w = EventWord::decode(t.entryAt(pos).value);
    f(w, arg);
    t.entryAt(pos).value = w.encode();
}

// The simulated table: slots hold DictTable entry positions.
struct SimTable {
    std::vector<int64_t> slots = std::vector<int64_t>(8, kEmpty);
    std::vector<int64_t> slotOf;  // entry position -> slot (or -1)
    size_t mask = 7, fill = 0, used = 0;

    int64_t &slotOfPos(size_t pos) {
        if (pos >= slotOf.size()) slotOf.resize(pos + 1, -1);
        return slotOf[pos];
    }

    // py: set_insert_clean (no dummies, key known absent).
    static size_t insertClean(const std::vector<int64_t> &table, size_t m, uint64_t h) {
        uint64_t perturb = h;
        size_t i = static_cast<size_t>(h) & m;
        for (;;) {
            size_t probes = i + kLinearProbes <= m ? kLinearProbes : 0;
            for (size_t j = 0; j <= probes; ++j)
                if (table[i + j] == kEmpty) return i + j;
            perturb >>= kPerturbShift;
            i = static_cast<size_t>(i * 5 + 1 + perturb) & m;
        }
    }

    // py: set_table_resize
    void resize(const DictTable &t, size_t minused) {
        size_t newsize = 8;
        while (newsize <= minused) newsize <<= 1;
        std::vector<int64_t> bigger(newsize, kEmpty);
        for (int64_t p : slots) {
            if (p < 0) continue;
            size_t s = insertClean(bigger, newsize - 1, static_cast<uint64_t>(t.entryAt(static_cast<size_t>(p)).hash));
            bigger[s] = p;
            slotOfPos(static_cast<size_t>(p)) = static_cast<int64_t>(s);
        }
        slots.swap(bigger);
        mask = newsize - 1;
        fill = used;
    }

    // py: set_add_entry for a key not in the set: the last dummy met on its
    // probe path is reused, else the empty slot that ends the path.
    void add(const DictTable &t, size_t pos) {
        uint64_t h = static_cast<uint64_t>(t.entryAt(pos).hash);
        uint64_t perturb = h;
        size_t i = static_cast<size_t>(h) & mask;
        int64_t freeslot = -1;
        for (;;) {
            size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
            for (size_t j = 0; j <= probes; ++j) {
                size_t e = i + j;
                if (slots[e] == kEmpty) {
                    if (freeslot >= 0) {
                        slots[static_cast<size_t>(freeslot)] = static_cast<int64_t>(pos);
                        slotOfPos(pos) = freeslot;
                        ++used;
                        return;
                    }
                    slots[e] = static_cast<int64_t>(pos);
                    slotOfPos(pos) = static_cast<int64_t>(e);
                    ++fill;
                    ++used;
                    if (fill * 5 >= mask * 3) resize(t, used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (slots[e] == kDummy) freeslot = static_cast<int64_t>(e);
            }
            perturb >>= kPerturbShift;
            i = static_cast<size_t>(i * 5 + 1 + perturb) & mask;
        }
    }

    // set_merge's straight copy of another table's layout.
    void place(size_t pos, size_t slot) {
        if (slot > mask || slots[slot] != kEmpty) return;  // inconsistent record: ignore
        slots[slot] = static_cast<int64_t>(pos);
        slotOfPos(pos) = static_cast<int64_t>(slot);
        ++fill;
        ++used;
    }

    // Inserts entry `pos` as its event word says.
    void insert(const DictTable &t, size_t pos) {
        EventWord w = EventWord::decode(t.entryAt(pos).value);
        if (w.presize) resize(t, w.presize - 1);
        if (w.phantom) return;
        if (w.slot) place(pos, w.slot - 1);
        else add(t, pos);
    }

    // py: set_difference_update_internal's clean-up: more than a quarter
    // of the slots dummies -> rebuild.
    void afterDifferenceUpdate(const DictTable &t) {
        if (fill - used > mask / 4) resize(t, used > 50000 ? used * 2 : used * 4);
    }

    void remove(size_t pos) {
        int64_t &s = slotOfPos(pos);
        if (s < 0) return;
        slots[static_cast<size_t>(s)] = kDummy;
        s = -1;
        --used;
    }
};

// Replays the history the DictTable still holds.
SimTable replay(const DictTable &t) {
    size_t n = t.capacityEnd();
    std::vector<std::vector<size_t>> deletions(n + 1);
    std::vector<bool> cleanUp(n + 1, false);
    for (size_t p = 0; p < n; ++p) {
        const auto &e = t.entryAt(p);
        if (!e.key.isNull()) continue;
        // A hole deleted by setErase knows when; any other is taken as
        // deleted right after its insertion.
        EventWord w = EventWord::decode(e.value);
        size_t when = w.deletedAt ? static_cast<size_t>(w.deletedAt - 1) : p + 1;
        when = std::min(std::max(when, p + 1), n);
        deletions[when].push_back(p);
        if (w.cleanUp) cleanUp[when] = true;
    }
    SimTable sim;
    sim.slotOf.assign(n, -1);
    for (size_t time = 0; time <= n; ++time) {
        for (size_t p : deletions[time]) sim.remove(p);
        if (cleanUp[time]) sim.afterDifferenceUpdate(t);
        if (time < n) sim.insert(t, time);
    }
    return sim;
}

struct Shadow {
    const Object *set = nullptr;
    uint64_t serial = 0, version = 0;
    size_t capEnd = 0, size = 0;
    bool valid = false;
    int64_t lastErased = -1;  // entry position of the last setErase on `set`
    uint64_t finger = 0;      // py: so->finger, where set.pop resumes
    SimTable sim;

    bool matches(const SetObject *s) const {
        return valid && set == s && serial == s->serial && version == s->table.version() &&
               capEnd == s->table.capacityEnd() && size == s->table.size();
    }
    void sync(const SetObject *s) {
        version = s->table.version();
        capEnd = s->table.capacityEnd();
        size = s->table.size();
    }
};

// The shadows of the few sets used last (a work-list loop often touches
// another set between two pops), most recent first, per VM.
struct ShadowCache {
    static constexpr size_t kCapacity = 16;
    std::vector<Shadow> shadows;
};

ShadowCache &cacheOf(VM &vm) {
    constexpr std::string_view key = "ls.containers.setShadows";
    if (auto *c = vm.extension<ShadowCache>(key)) return *c;
    auto c = std::make_shared<ShadowCache>();
    ShadowCache &ref = *c;
    vm.setExtension(key, c, +[](ShadowCache &s, RefVisitor &v) { for (auto &sh : s.shadows) v.raw(sh.set); });
    return ref;
}

// The shadow kept for `s` (moved to the front), or null.
Shadow *find(VM &vm, const SetObject *s) {
    auto &v = cacheOf(vm).shadows;
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i].set == s && v[i].serial == s->serial) {
            auto at = v.begin() + static_cast<std::ptrdiff_t>(i);
            if (i) std::rotate(v.begin(), at, at + 1);
            return &v.front();
        }
    }
    return nullptr;
}

// The shadow of `s`, replayed when it is not current.
Shadow &current(VM &vm, const SetObject *s) {
    Shadow *found = find(vm, s);
    if (found && found->matches(s)) return *found;
    if (!found) {
        auto &v = cacheOf(vm).shadows;
        if (v.size() == ShadowCache::kCapacity) v.pop_back();
        v.insert(v.begin(), Shadow{});
        found = &v.front();
        found->set = s;
        found->serial = s->serial;
    }
    found->sim = replay(s->table);
    found->valid = true;
    found->sync(s);
    return *found;
}

// DictTable compacted its entries (dropping holes) while adding one: the
// live positions keep their order, so the simulation is renumbered.
void renumber(SimTable &sim) {
    std::vector<int64_t> rank(sim.slotOf.size(), -1);
    int64_t next = 0;
    for (size_t p = 0; p < sim.slotOf.size(); ++p)
        if (sim.slotOf[p] >= 0) rank[p] = next++;
    std::vector<int64_t> slotOf(static_cast<size_t>(next), -1);
    for (size_t i = 0; i < sim.slots.size(); ++i) {
        int64_t p = sim.slots[i];
        if (p < 0) continue;
        sim.slots[i] = rank[static_cast<size_t>(p)];
        slotOf[static_cast<size_t>(rank[static_cast<size_t>(p)])] = static_cast<int64_t>(i);
    }
    sim.slotOf.swap(slotOf);
}

// The DictTable position of the entry whose value slot `v` is.
size_t positionOf(const DictTable &t, const Value *v) {
    auto base = reinterpret_cast<const char *>(&t.entryAt(0).value);
    return static_cast<size_t>(reinterpret_cast<const char *>(v) - base) / sizeof(DictTable::Entry);
}

bool appendKey(VM &vm, SetObject *s, const Value &key, int64_t hash, const EventWord &w);

// A merge resized the table but added no key to carry that: an entry that
// is no key (a fresh object, erased at once) carries it instead, so that
// replays resize at the same moment.
void phantomResize(VM &vm, SetObject *s, uint64_t presize) {
    current(vm, s);
    Value marker(vm.make<NativeObject>(vm.types.object));
    EventWord w;
    w.presize = presize;
    w.phantom = true;
    if (!appendKey(vm, s, marker, vm.hash(marker), w)) return;
    setErase(vm, s, marker);
}

// Appends a key known to be absent, first applying `w` (a merge's resize
// or slot copy) to the new entry and the simulation.
bool appendKey(VM &vm, SetObject *s, const Value &key, int64_t hash, const EventWord &w) {
    // A table with holes may compact them away while adding: simulate it
    // first, while the holes still tell its history.
    if (s->table.capacityEnd() != s->table.size()) current(vm, s);
    Shadow *sh = find(vm, s);
    bool tracked = sh && sh->matches(s);
    uint64_t version = s->table.version();
    size_t capEnd = s->table.capacityEnd(), size = s->table.size();
    Value keep(s);
    if (!s->table.set(vm, key, hash, w.encode())) return false;
    sh = find(vm, s);  // Python code run for equality may have used other sets
    if (!sh) return true;
    // Only one plain append (possibly after compacting the holes away; no
    // change made by Python code) is mirrored in place.
    bool appended = tracked && s->table.version() == version + 1 && s->table.size() == size + 1;
    if (appended && s->table.capacityEnd() != capEnd + 1) {
        renumber(sh->sim);
        appended = s->table.capacityEnd() == sh->sim.slotOf.size() + 1;
    }
    if (appended) {
        sh->sim.insert(s->table, s->table.capacityEnd() - 1);
        sh->sync(s);
    } else {
        sh->valid = false;
    }
    return true;
}

}  // namespace

std::vector<size_t> setOrder(VM &vm, const SetObject *s) {
    std::vector<size_t> order;
    if (s->table.empty()) return order;
    Shadow &sh = current(vm, s);
    order.reserve(s->table.size());
    for (int64_t p : sh.sim.slots)
        if (p >= 0) order.push_back(static_cast<size_t>(p));
    return order;
}

bool setAdd(VM &vm, SetObject *s, const Value &key, int64_t hash) {
    // A present key is left alone (DictTable::set would clear its value,
    // which holds its event word).
    if (s->table.find(vm, key, hash)) return false;
    return appendKey(vm, s, key, hash, EventWord{});
}

bool setAdd(VM &vm, SetObject *s, const Value &key) { return setAdd(vm, s, key, vm.hash(key)); }

bool setErase(VM &vm, SetObject *s, const Value &key) {
    Value keep(s);
    Value *v = s->table.find(vm, key);
    if (!v) return false;
    size_t pos = positionOf(s->table, v);
    current(vm, s);  // track `s` from now on: its holes will compact away (no Python code runs)
    Value stored = s->table.entryAt(pos).key;  // erase by the stored key: no more Python __eq__
    Value word = s->table.entryAt(pos).value;
    Shadow *found = find(vm, s);
    bool tracked = found && found->matches(s);
    uint64_t version = s->table.version();
    size_t capEnd = s->table.capacityEnd();
    if (!s->table.erase(vm, stored)) return false;
    bool plain = pos < s->table.capacityEnd() && s->table.entryAt(pos).key.isNull() &&
                 s->table.version() == version + 1 && s->table.capacityEnd() == capEnd;
    if (plain) {
        s->table.entryAt(pos).value = word;
        updateWord(s->table, pos, [](EventWord &w, uint64_t t) { w.deletedAt = t + 1; }, capEnd);
    }
    Shadow *sh = find(vm, s);
    if (!sh) return true;
    sh->lastErased = plain ? static_cast<int64_t>(pos) : -1;
    if (tracked && plain) {
        sh->sim.remove(pos);
        sh->sync(s);
    } else {
        sh->valid = false;
    }
    return true;
}

Value setPop(VM &vm, SetObject *s) {
    Shadow &sh = current(vm, s);
    size_t mask = sh.sim.mask;
    size_t i = static_cast<size_t>(sh.finger) & mask;
    while (sh.sim.slots[i] < 0) i = i == mask ? 0 : i + 1;
    Value key = s->table.entryAt(static_cast<size_t>(sh.sim.slots[i])).key;
    setErase(vm, s, key);
    if (Shadow *after = find(vm, s)) after->finger = i + 1;
    return key;
}

namespace {

struct Src {
    Value key;
    int64_t hash;
    size_t slot;
};

// py: set_merge (copyLayout allowed) and set_update_internal's dict path:
// presize when the keys would fill the table, then copy the other table's
// layout (empty target, same size, no dummies) or add in order.
void mergeKeys(VM &vm, SetObject *so, const std::vector<Src> &src, bool canCopy, size_t otherMask) {
    Shadow &sh = current(vm, so);
    // A presizing resize is carried by the first key the merge adds.
    uint64_t presize = 0;
    if ((sh.sim.fill + src.size()) * 5 >= sh.sim.mask * 3) presize = (sh.sim.used + src.size()) * 2 + 1;
    bool copyLayout = canCopy && sh.sim.fill == 0;
    if (copyLayout) {
        size_t mask = sh.sim.mask;
        if (presize) {
            size_t n = 8;
            while (n <= presize - 1) n <<= 1;
            mask = n - 1;
        }
        copyLayout = mask == otherMask;
    }
    bool pending = presize != 0;
    Value keep(so);
    for (auto &k : src) {
        if (!pending && !copyLayout) {
            setAdd(vm, so, k.key, k.hash);
            continue;
        }
        if (so->table.find(vm, k.key, k.hash)) continue;
        EventWord w;
        if (copyLayout) w.slot = k.slot + 1;
        if (pending) w.presize = presize;
        if (appendKey(vm, so, k.key, k.hash, w)) pending = false;
    }
    if (pending) phantomResize(vm, so, presize);
}

}  // namespace

void setMerge(VM &vm, SetObject *so, const SetObject *other) {
    if (other == so || other->table.empty()) return;
    Value keepOther(const_cast<SetObject *>(other));
    Shadow &osh = current(vm, other);
    size_t otherMask = osh.sim.mask;
    bool otherHasDummies = osh.sim.fill != osh.sim.used;
    std::vector<Src> src;
    for (size_t i = 0; i < osh.sim.slots.size(); ++i) {
        int64_t p = osh.sim.slots[i];
        if (p < 0) continue;
        const auto &e = other->table.entryAt(static_cast<size_t>(p));
        src.push_back(Src{e.key, e.hash, i});
    }
    mergeKeys(vm, so, src, !otherHasDummies, otherMask);
}

void setMergeDict(VM &vm, SetObject *so, const DictObject *d) {
    Value keep(const_cast<DictObject *>(d));
    std::vector<Src> src;
    for (size_t i = 0; i < d->table.capacityEnd(); ++i) {
        const auto &e = d->table.entryAt(i);
        if (!e.key.isNull()) src.push_back(Src{e.key, e.hash, 0});
    }
    if (!src.empty()) mergeKeys(vm, so, src, false, 0);
}

void setDifferenceUpdated(VM &vm, SetObject *s, bool erasedAny) {
    Shadow &sh = current(vm, s);
    sh.sim.afterDifferenceUpdate(s->table);
    // Mark the last deletion so that a replay cleans up at the same point
    // (a clean-up after an update that deleted nothing is not replayed).
    if (!erasedAny || sh.lastErased < 0) return;
    auto pos = static_cast<size_t>(sh.lastErased);
    if (pos >= s->table.capacityEnd() || !s->table.entryAt(pos).key.isNull()) return;
    updateWord(s->table, pos, [](EventWord &w, uint64_t) { w.cleanUp = true; }, 0);
}

void setForget(VM &vm, const SetObject *s) {
    if (Shadow *sh = find(vm, s)) sh->valid = false;
}

}  // namespace ls::interp::seq

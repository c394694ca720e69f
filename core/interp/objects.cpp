#include "objects.h"

#include "cpython_hash.h"

#include "frame.h"
#include "vm.h"

#include <mutex>
#include <unordered_map>

namespace ls::interp {

int64_t StrObject::length() const {
    if (cpLen < 0) {
        int64_t n = 0;
        for (unsigned char c : s) n += (c & 0xC0) != 0x80;
        cpLen = n;
    }
    return cpLen;
}

// CPython's own str hash (SipHash-1-3 over the PEP 393 storage, the key of
// PYTHONHASHSEED=0 that the run contract fixes), so hash('abc') and the
// iteration order of sets of strings are CPython's.
int64_t strHash(std::string_view s) { return cpythonStrHash(s); }

namespace {
std::mutex sideDictsMutex;
std::unordered_map<const Object *, Ref<DictObject>> &sideDicts() {
    static std::unordered_map<const Object *, Ref<DictObject>> table;
    return table;
}
}  // namespace

DictObject *sideDict(VM &vm, Object *o, bool create) {
    {
        std::lock_guard<std::mutex> lock(sideDictsMutex);
        auto it = sideDicts().find(o);
        if (it != sideDicts().end()) return it->second.get();
        if (!create) return nullptr;
    }
    Ref<DictObject> d(vm.make<DictObject>(vm.types.dict));
    std::lock_guard<std::mutex> lock(sideDictsMutex);
    o->hasSideDict = true;
    return sideDicts().emplace(o, d).first->second.get();
}

void setSideDict(Object *o, DictObject *d) {
    Ref<DictObject> r(d);
    std::lock_guard<std::mutex> lock(sideDictsMutex);
    o->hasSideDict = true;
    sideDicts()[o] = std::move(r);
}

void dropSideDict(Object *o) {
    Ref<DictObject> d;  // released after the lock
    std::lock_guard<std::mutex> lock(sideDictsMutex);
    auto it = sideDicts().find(o);
    if (it == sideDicts().end()) return;
    d = std::move(it->second);
    sideDicts().erase(it);
}

int64_t RangeObject::length() const {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

Value TypeObject::lookup(std::string_view n) const {
    int64_t h = strHash(n);
    for (auto *t : mro) {
        if (!t->dict) continue;
        if (Value *v = t->dict->table.findStr(n, h)) return *v;
    }
    return Value();
}

void TypeObject::clearRefs() {
    base.reset();
    bases.clear();
    mro.clear();
    dict.reset();
}

GeneratorObject::GeneratorObject(TypeObject *t, GenFlavor f, VM *v)
    : Object(Kind::Generator, t), flavor(f), vm(v) {
    needsFinalizer = true;
}

GeneratorObject::~GeneratorObject() {
    // An async generator that ran the firstiter hook is in an asyncio loop's
    // WeakSet of live generators (loop._asyncgens): the asyncio model
    // registers this hook (as a VM extension) to forget it.
    using Forget = std::function<void(GeneratorObject *)>;
    if (asyncGenHooksCalled && vm)
        if (auto *forget = vm->extension<Forget>("asyncgen.destroyed")) (*forget)(this);
}

void GeneratorObject::clearRefs() {
    if (frame) frame->clear();
    frame.reset();
    origin = Value();
}

bool GeneratorObject::finalizeLater() {
    // py: Objects/genobject.c _PyGen_Finalize: an unstarted coroutine warns
    // "never awaited"; a suspended generator inside try/with is closed.
    finalized = true;
    if (!vm || !frame) return false;
    bool warn = flavor == GenFlavor::Coroutine && state == GenState::Created;
    bool close = state == GenState::Suspended &&
                 (flavor == GenFlavor::AsyncGenerator || !frame->blocks.empty());
    if (!warn && !close) return false;
    refcnt = 1;  // resurrect until the VM has finalised it
    vm->scheduleFinalizer(this);
    return true;
}

}  // namespace ls::interp

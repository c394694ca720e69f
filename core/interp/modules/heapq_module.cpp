// The `heapq` module. The C half mirrors py: Modules/_heapqmodule.c (3.11):
// heappush/heappop/heapify/heapreplace/heappushpop on lists with the same
// siftdown/siftup steps (so equal items end up where CPython puts them) and
// the same "list changed size during iteration" checks. merge, nlargest and
// nsmallest are Python (modules/py/heapq.py, as Lib/heapq.py).
#include "embedded_modules.h"
#include "module_util.h"
#include "native_util.h"

namespace ls::interp {

namespace {

std::vector<Value> &listItems(const Value &v) { return v.as<ListObject>()->items; }

bool lessThan(VM &vm, const Value &a, const Value &b) { return vm.compare(a, b, CompareOp::Lt); }

[[noreturn]] void changedSize(VM &vm) { vm.raise(vm.exc.RuntimeError, "list changed size during iteration"); }

// py: siftdown: move the item at pos up towards startpos.
void siftdown(VM &vm, const Value &heap, size_t startpos, size_t pos) {
    auto &arr = listItems(heap);
    size_t size = arr.size();
    if (pos >= size) vm.raise(vm.exc.IndexError, "list index out of range");
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        Value newitem = arr[pos], parent = arr[parentpos];
        bool lt = lessThan(vm, newitem, parent);
        if (size != arr.size()) changedSize(vm);
        if (!lt) break;
        std::swap(arr[parentpos], arr[pos]);
        pos = parentpos;
    }
}

// py: siftup: bubble the smaller child up to a leaf, then siftdown.
void siftup(VM &vm, const Value &heap, size_t pos) {
    auto &arr = listItems(heap);
    size_t endpos = arr.size(), startpos = pos;
    if (pos >= endpos) vm.raise(vm.exc.IndexError, "list index out of range");
    size_t limit = endpos >> 1;
    while (pos < limit) {
        size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            Value a = arr[childpos], b = arr[childpos + 1];
            bool lt = lessThan(vm, a, b);
            if (!lt) childpos += 1;
            if (endpos != arr.size()) changedSize(vm);
        }
        std::swap(arr[childpos], arr[pos]);
        pos = childpos;
    }
    siftdown(vm, heap, startpos, pos);
}

// Clinic's list check: "heappush() argument 1 must be list, not int"
// ("heappop() argument must be ..." for the one-argument functions).
void checkList(VM &vm, const Value &v, const char *fn, bool single = false) {
    if (!v.is(Kind::List))
        vm.raise(vm.exc.TypeError, std::string(fn) + (single ? "() argument" : "() argument 1") + " must be list, not " + vm.typeName(v));
}

Value heappush(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "heappush", 2, 2);
    checkList(vm, a[0], "heappush");
    listItems(a[0]).push_back(a[1]);
    siftdown(vm, a[0], 0, listItems(a[0]).size() - 1);
    return Value::none();
}

Value heappop(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "heappop", 1, 1);
    checkList(vm, a[0], "heappop", true);
    auto &arr = listItems(a[0]);
    if (arr.empty()) vm.raise(vm.exc.IndexError, "index out of range");
    Value last = std::move(arr.back());
    arr.pop_back();
    if (arr.empty()) return last;
    Value ret = std::move(arr[0]);
    arr[0] = std::move(last);
    siftup(vm, a[0], 0);
    return ret;
}

Value heapreplace(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "heapreplace", 2, 2);
    checkList(vm, a[0], "heapreplace");
    auto &arr = listItems(a[0]);
    if (arr.empty()) vm.raise(vm.exc.IndexError, "index out of range");
    Value ret = std::move(arr[0]);
    arr[0] = a[1];
    siftup(vm, a[0], 0);
    return ret;
}

Value heappushpop(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "heappushpop", 2, 2);
    checkList(vm, a[0], "heappushpop");
    auto &arr = listItems(a[0]);
    if (arr.empty()) return a[1];
    Value top = arr[0];
    if (!lessThan(vm, top, a[1])) return a[1];
    if (arr.empty()) vm.raise(vm.exc.IndexError, "index out of range");
    Value ret = std::move(arr[0]);
    arr[0] = a[1];
    siftup(vm, a[0], 0);
    return ret;
}

Value heapify(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "heapify", 1, 1);
    checkList(vm, a[0], "heapify", true);
    size_t n = listItems(a[0]).size();
    // CPython switches to a cache-friendly visiting order past 2500 items;
    // the simple order is used for every size here.
    for (size_t i = n / 2; i-- > 0;) siftup(vm, a[0], i);
    return Value::none();
}

}  // namespace

Value initHeapqModule(VM &vm) {
    ModuleBuilder m(vm, "heapq");
    m.fn("heappush", heappush);
    m.fn("heappop", heappop);
    m.fn("heapreplace", heapreplace);
    m.fn("heappushpop", heappushpop);
    m.fn("heapify", heapify);
    execEmbeddedModule(vm, "heapq", m.dict);
    return m.module;
}

}  // namespace ls::interp

// Argument-count checks with CPython 3.11's exact messages (see
// builtins_scalar.h): the wording depends on how the C function declares its
// parameters, and scripts print these messages.
#include "builtins_scalar.h"

namespace ls::interp::argck {

namespace {
std::string plural(size_t n, std::string_view word) {
    return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}
size_t given(const CallArgs &a, size_t skip) { return a.size() >= skip ? a.size() - skip : 0; }
}  // namespace

void noArgs(VM &vm, const CallArgs &a, std::string_view qualname) {
    // py: Objects/descrobject.c method_vectorcall_NOARGS
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, std::string(qualname) + "() takes no keyword arguments");
    if (a.size() > 1)
        vm.raise(vm.exc.TypeError,
                 std::string(qualname) + "() takes no arguments (" + std::to_string(a.size() - 1) + " given)");
}

void oneArg(VM &vm, const CallArgs &a, std::string_view qualname, size_t skip) {
    // py: Objects/descrobject.c method_vectorcall_O
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, std::string(qualname) + "() takes no keyword arguments");
    if (a.size() != skip + 1)
        vm.raise(vm.exc.TypeError, std::string(qualname) + "() takes exactly one argument (" +
                                       std::to_string(given(a, skip)) + " given)");
}

void clinic(VM &vm, const CallArgs &a, std::string_view name, std::string_view qualname, size_t min, size_t max,
            size_t skip) {
    // py: Python/getargs.c _PyArg_CheckPositional, _PyArg_NoKeywords
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, std::string(qualname) + "() takes no keyword arguments");
    size_t n = given(a, skip);
    if (n >= min && n <= max) return;
    std::string msg(name);
    if (min == max) msg += " expected " + plural(min, "argument");
    else if (n < min) msg += " expected at least " + plural(min, "argument");
    else msg += " expected at most " + plural(max, "argument");
    vm.raise(vm.exc.TypeError, msg + ", got " + std::to_string(n));
}

void parseTuple(VM &vm, const CallArgs &a, std::string_view name, size_t min, size_t max) {
    // py: Python/getargs.c vgetargs1_impl
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, std::string(name) + "() takes no keyword arguments");
    size_t n = given(a, 1);
    if (n >= min && n <= max) return;
    size_t bound = n < min ? min : max;
    std::string how = min == max ? "exactly" : n < min ? "at least" : "at most";
    vm.raise(vm.exc.TypeError, std::string(name) + "() takes " + how + " " + plural(bound, "argument") + " (" +
                                   std::to_string(n) + " given)");
}

void bind(VM &vm, const CallArgs &a, std::string_view name, std::initializer_list<std::string_view> names,
          size_t required, Value *out, size_t skip) {
    // py: Python/getargs.c _PyArg_UnpackKeywords
    std::string fname = std::string(name) + "()";
    size_t n = given(a, skip);
    size_t max = names.size();
    if (n + a.kw.size() > max)
        vm.raise(vm.exc.TypeError, fname + " takes at most " + std::to_string(max) + " " +
                                       (n == 0 ? "keyword " : "") + (max == 1 ? "argument" : "arguments") + " (" +
                                       std::to_string(n + a.kw.size()) + " given)");
    for (size_t i = 0; i < max; ++i) out[i] = i < n ? a.pos[skip + i] : Value();
    for (auto &k : a.kw) {
        size_t i = 0;
        for (auto nm : names) {
            if (nm == k.name) break;
            ++i;
        }
        if (i == max)
            vm.raise(vm.exc.TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for " + fname);
        if (i < n)
            vm.raise(vm.exc.TypeError, "argument for " + fname + " given by name ('" + std::string(k.name) +
                                           "') and position (" + std::to_string(i + 1) + ")");
        out[i] = *k.value;
    }
    size_t i = 0;
    for (auto nm : names) {
        if (i < required && out[i].isNull())
            vm.raise(vm.exc.TypeError,
                     fname + " missing required argument '" + std::string(nm) + "' (pos " + std::to_string(i + 1) + ")");
        ++i;
    }
}

}  // namespace ls::interp::argck

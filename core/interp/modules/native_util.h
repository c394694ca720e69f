// Helpers for the C++ halves of the standard-library modules: native types
// and iterator types, and CPython's argument-parsing error messages
// (Python/getargs.c: _PyArg_CheckPositional, _PyArg_NoKeywords,
// _PyArg_UnpackKeywords), which differ from one CPython function to the next.
#pragma once

#include "../vm.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ls::interp::modutil {

// A native type of a module (`module.name`), made by `ctor` when called.
inline TypeObject *newType(VM &vm, std::string_view name, std::string_view module,
                           Value (*ctor)(VM &, TypeObject *, const CallArgs &) = nullptr) {
    TypeObject *t = vm.newBuiltinType(name, vm.types.object, module);
    t->newInstance = ctor;
    return t;
}

// A type whose instances are NativeObject iterators: iter(x) is x and
// x.__next__() advances it.
inline TypeObject *newIteratorType(VM &vm, std::string_view name, std::string_view module,
                                   Value (*ctor)(VM &, TypeObject *, const CallArgs &) = nullptr) {
    TypeObject *t = newType(vm, name, module, ctor);
    t->slots.iter = [](VM &, const Value &self) { return self; };
    vm.defMethod(t, "__iter__", [](VM &, const CallArgs &a) { return a[0]; });
    vm.defMethod(t, "__next__", [](VM &vm, const CallArgs &a) {
        Value out;
        if (a[0].is(Kind::Native) && a[0].as<NativeObject>()->next(vm, out)) return out;
        vm.raise(vm.exc.StopIteration, std::vector<Value>{});
    });
    return t;
}

// _PyArg_NoKeywords: "cycle() takes no keyword arguments".
inline void noKeywords(VM &vm, const CallArgs &a, std::string_view name) {
    if (!a.kw.empty()) vm.raise(vm.exc.TypeError, std::string(name) + "() takes no keyword arguments");
}

// _PyArg_CheckPositional: "cycle expected 1 argument, got 0",
// "islice expected at least 2 arguments, got 1". `skip` leading args (self)
// are not counted.
inline void positional(VM &vm, const CallArgs &a, std::string_view name, size_t min, size_t max, size_t skip = 0) {
    size_t n = a.size() - skip;
    if (n >= min && n <= max) return;
    size_t want = n < min ? min : max;
    std::string m(name);
    m += " expected ";
    if (min != max) m += n < min ? "at least " : "at most ";
    m += std::to_string(want) + " argument" + (want == 1 ? "" : "s") + ", got " + std::to_string(n);
    vm.raise(vm.exc.TypeError, m);
}

// Positional only, no keywords: both checks above.
inline void positionalOnly(VM &vm, const CallArgs &a, std::string_view name, size_t min, size_t max, size_t skip = 0) {
    noKeywords(vm, a, name);
    positional(vm, a, name, min, max, skip);
}

// _PyArg_UnpackKeywords: binds positional-or-keyword parameters (names
// after "*" are keyword-only) into a vector (Null when not given), with
// CPython's messages: "count() takes at most 2 arguments (3 given)",
// "accumulate() takes at most 2 positional arguments (3 given)",
// "repeat() missing required argument 'object' (pos 1)", "'x' is an invalid
// keyword argument for count()", "argument for f() given by name ('x') and
// position (1)". The first `required` parameters are mandatory.
inline std::vector<Value> bind(VM &vm, const CallArgs &a, std::string_view fname,
                               std::initializer_list<std::string_view> names, size_t required = 0, size_t skip = 0) {
    std::vector<std::string_view> params;
    size_t maxpos = SIZE_MAX;
    for (auto n : names) {
        if (n == "*") { maxpos = params.size(); continue; }
        params.push_back(n);
    }
    if (maxpos == SIZE_MAX) maxpos = params.size();
    std::string fn = std::string(fname) + "()";
    size_t nargs = a.size() - skip, nkw = a.kw.size(), maxargs = params.size();
    if (nargs + nkw > maxargs)
        vm.raise(vm.exc.TypeError, fn + " takes at most " + std::to_string(maxargs) + " " + (nargs == 0 ? "keyword " : "") +
                                       "argument" + (maxargs == 1 ? "" : "s") + " (" + std::to_string(nargs + nkw) + " given)");
    if (nargs > maxpos) {
        if (maxpos == 0) vm.raise(vm.exc.TypeError, fn + " takes no positional arguments");
        vm.raise(vm.exc.TypeError, fn + " takes " + (required < maxpos ? "at most " : "exactly ") + std::to_string(maxpos) +
                                       " positional argument" + (maxpos == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
    }
    std::vector<Value> out(params.size());
    for (size_t i = 0; i < nargs; ++i) out[i] = a[skip + i];
    for (auto &k : a.kw) {
        size_t j = 0;
        while (j < params.size() && params[j] != k.name) ++j;
        if (j == params.size())
            vm.raise(vm.exc.TypeError, "'" + std::string(k.name) + "' is an invalid keyword argument for " + fn);
        if (j < nargs)
            vm.raise(vm.exc.TypeError, "argument for " + fn + " given by name ('" + std::string(k.name) + "') and position (" +
                                           std::to_string(j + 1) + ")");
        out[j] = *k.value;
    }
    for (size_t i = 0; i < required && i < params.size(); ++i) {
        if (!out[i].isNull()) continue;
        if (i < maxpos)
            vm.raise(vm.exc.TypeError, fn + " missing required argument '" + std::string(params[i]) + "' (pos " + std::to_string(i + 1) + ")");
        vm.raise(vm.exc.TypeError, fn + " missing required keyword-only argument '" + std::string(params[i]) + "'");
    }
    return out;
}

// True for objects that are numbers to PyNumber_Check (int, bool, float, or
// a class with __index__/__int__/__float__/__complex__).
inline bool isNumber(VM &vm, const Value &v) {
    if (v.isInt() || v.isBool() || v.isFloat()) return true;
    TypeObject *t = vm.typeOf(v);
    for (const char *n : {"__index__", "__int__", "__float__", "__complex__"})
        if (!t->lookup(n).isNull()) return true;
    return false;
}

// A tuple's or list's items without a copy of the vector when possible.
inline std::vector<Value> items(VM &vm, const Value &iterable) {
    if (iterable.is(Kind::Tuple)) return iterable.as<TupleObject>()->items;
    if (iterable.is(Kind::List)) return iterable.as<ListObject>()->items;
    return vm.toVector(iterable);
}

}  // namespace ls::interp::modutil

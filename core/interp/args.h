// Argument parsing for natives: positional-or-keyword lookup and CPython's
// TypeError messages for missing, extra and unexpected arguments.
#pragma once

#include "vm.h"

#include <initializer_list>
#include <string_view>

namespace ls::interp {

// Binds a native's arguments to parameter names, as CPython's argument
// clinic does. Usage:
//   ArgParser p(vm, args, "sorted", {"iterable", "*", "key", "reverse"}, 1);
//   Value it = p.get(0); Value key = p.get(1) (Null when not given) ...
// Names after "*" are keyword-only; the first `required` are mandatory.
// Index i refers to the i-th name (not counting "*").
class ArgParser {
public:
    ArgParser(VM &vm, const CallArgs &args, std::string_view func,
              std::initializer_list<std::string_view> names, size_t required = 0,
              size_t firstArg = 0 /* 1 for methods: skip self */);
    const Value &get(size_t i) const { return values_[i]; }
    bool has(size_t i) const { return !values_[i].isNull(); }
    Value getOr(size_t i, Value dflt) const { return values_[i].isNull() ? dflt : values_[i]; }

private:
    std::vector<Value> values_;
};

// No keyword arguments allowed: "f() takes no keyword arguments".
void noKeywords(VM &vm, const CallArgs &args, std::string_view func);

}  // namespace ls::interp

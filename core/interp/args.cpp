#include "args.h"

namespace ls::interp {

ArgParser::ArgParser(VM &vm, const CallArgs &args, std::string_view func,
                     std::initializer_list<std::string_view> names, size_t required, size_t firstArg) {
    std::vector<std::string_view> params;
    size_t kwOnlyFrom = SIZE_MAX;
    for (auto n : names) {
        if (n == "*") { kwOnlyFrom = params.size(); continue; }
        params.push_back(n);
    }
    values_.resize(params.size());
    size_t npos = args.size() > firstArg ? args.size() - firstArg : 0;
    size_t maxPos = std::min(params.size(), kwOnlyFrom);
    if (npos > maxPos) {
        vm.raise(vm.exc.TypeError, std::string(func) + "() takes at most " + std::to_string(maxPos) + " positional argument" +
                                       (maxPos == 1 ? "" : "s") + " (" + std::to_string(npos) + " given)");
    }
    for (size_t i = 0; i < npos; ++i) values_[i] = args[firstArg + i];
    for (auto &k : args.kw) {
        size_t j = 0;
        while (j < params.size() && params[j] != k.name) ++j;
        if (j == params.size())
            vm.raise(vm.exc.TypeError, std::string(func) + "() got an unexpected keyword argument '" + std::string(k.name) + "'");
        if (!values_[j].isNull())
            vm.raise(vm.exc.TypeError, "argument for " + std::string(func) + "() given by name ('" + std::string(k.name) +
                                           "') and position (" + std::to_string(j + 1) + ")");
        values_[j] = *k.value;
    }
    for (size_t i = 0; i < required && i < params.size(); ++i) {
        if (values_[i].isNull())
            vm.raise(vm.exc.TypeError, std::string(func) + "() missing required argument '" + std::string(params[i]) +
                                           "' (pos " + std::to_string(i + 1) + ")");
    }
}

void noKeywords(VM &vm, const CallArgs &args, std::string_view func) {
    if (!args.kw.empty()) vm.raise(vm.exc.TypeError, std::string(func) + "() takes no keyword arguments");
}

}  // namespace ls::interp

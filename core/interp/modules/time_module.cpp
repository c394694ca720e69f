// The `time` module in the run contract's virtual world: the clock starts
// at 0.0, time.time() is 2025-01-01T00:00:00Z plus virtual seconds, and
// time.sleep() advances the clock (blocking the loop when one runs).
#include "module_util.h"
#include "../stdlib/civil_time.h"

#include <cmath>

namespace ls::interp {

namespace {

constexpr double kEpoch = 1735689600.0;

Value sleepFn(VM &vm, const CallArgs &a) {
    vm.checkArgs(a, "sleep", 1, 1);
    if (!a[0].isInt() && !a[0].isFloat() && !a[0].isBool())
        vm.raise(vm.exc.TypeError, "'" + vm.typeName(a[0]) + "' object cannot be interpreted as an integer");
    double d = vm.toDouble(a[0]);
    if (std::isnan(d)) vm.raise(vm.exc.ValueError, "Invalid value NaN (not a number)");
    if (d < 0) vm.raise(vm.exc.ValueError, "sleep length must be non-negative");
    vm.host().blockingSleep(d);
    return Value::none();
}

}  // namespace

Value initTimeModule(VM &vm) {
    ModuleBuilder m(vm, "time");
    m.fn("time", [](VM &vm, const CallArgs &) { return Value::real(kEpoch + vm.host().now); });
    m.fn("time_ns", [](VM &vm, const CallArgs &) {
        return Value::integer(int64_t(kEpoch) * 1000000000LL + static_cast<int64_t>(std::nearbyint(vm.host().now * 1e9)));
    });
    m.fn("monotonic", [](VM &vm, const CallArgs &) { return Value::real(vm.host().now); });
    m.fn("perf_counter", [](VM &vm, const CallArgs &) { return Value::real(vm.host().now); });
    m.fn("process_time", [](VM &vm, const CallArgs &) { return Value::real(vm.host().now); });
    for (const char *n : {"monotonic_ns", "perf_counter_ns"})
        m.fn(n, [](VM &vm, const CallArgs &) { return Value::integer(static_cast<int64_t>(std::nearbyint(vm.host().now * 1e9))); });
    m.fn("sleep", sleepFn);
    m.fn("strftime", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "strftime", 1, 2);
        if (!a[0].is(Kind::Str)) vm.raise(vm.exc.TypeError, "strftime() argument 1 must be str, not " + vm.typeName(a[0]));
        double secs = kEpoch + vm.host().now;
        auto t = stdlib::localtime(static_cast<int64_t>(std::floor(secs)));
        return vm.str(stdlib::strftime(a[0].as<StrObject>()->s, t, 0, false));
    });
    m.fn("ctime", [](VM &vm, const CallArgs &a) {
        double secs = a.size() && !a[0].isNone() ? vm.toDouble(a[0]) : kEpoch + vm.host().now;
        return vm.str(stdlib::asctime(stdlib::gmtime(static_cast<int64_t>(std::floor(secs)))));
    });
    m.set("timezone", Value::integer(0));
    m.set("altzone", Value::integer(0));
    m.set("daylight", Value::integer(0));
    m.set("tzname", vm.tuple({vm.str("UTC"), vm.str("UTC")}));
    return m.module;
}

}  // namespace ls::interp

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

// time.struct_time: a tuple of the nine fields with tm_* attributes (and
// tm_zone/tm_gmtoff, which are not part of the tuple, as in CPython).
struct StructTimeExtra {
    std::string zone;
    long gmtoff;
};

const char *const kFields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

TypeObject *structTimeType(VM &vm) {
    if (auto *t = vm.extension<TypeObject>("time.struct_time")) return t;
    TypeObject *t = vm.newBuiltinType("struct_time", vm.types.tuple, "time", Kind::Tuple);
    vm.setExtension("time.struct_time", t);
    t->slots.repr = [](VM &vm, const Value &v) {
        auto &items = v.as<TupleObject>()->items;
        std::string s = "time.struct_time(";
        for (size_t i = 0; i < 9 && i < items.size(); ++i) s += std::string(i ? ", " : "") + kFields[i] + "=" + vm.repr(items[i]);
        return s + ")";
    };
    t->slots.str = t->slots.repr;
    t->slots.getattr = [](VM &vm, const Value &v, std::string_view name) -> Value {
        auto &items = v.as<TupleObject>()->items;
        for (size_t i = 0; i < 9; ++i)
            if (name == kFields[i]) return items[i];
        if (name == "tm_zone" || name == "tm_gmtoff") {
            bool gmt = items.size() > 9 && items[9].isBool() && items[9].asBool();
            if (name == "tm_zone") return vm.str(gmt ? "GMT" : "UTC");
            return Value::integer(0);
        }
        return Value();
    };
    t->slots.len = [](VM &, const Value &) -> int64_t { return 9; };
    return t;
}

Value makeStructTime(VM &vm, const stdlib::BrokenDownTime &tm) {
    std::vector<Value> items = {Value::integer(tm.year), Value::integer(tm.mon), Value::integer(tm.mday),
                                Value::integer(tm.hour), Value::integer(tm.min), Value::integer(tm.sec),
                                Value::integer(tm.wday), Value::integer(tm.yday), Value::integer(tm.isdst)};
    auto *t = vm.make<TupleObject>(structTimeType(vm), std::move(items));
    return Value(t);
}

stdlib::BrokenDownTime fromTuple(VM &vm, const Value &v, const char *func) {
    std::vector<Value> items = vm.toVector(v);
    if (items.size() != 9)
        vm.raise(vm.exc.TypeError, std::string(func) + "(): illegal time tuple argument");
    stdlib::BrokenDownTime tm;
    int *fields[] = {&tm.year, &tm.mon, &tm.mday, &tm.hour, &tm.min, &tm.sec, &tm.wday, &tm.yday, &tm.isdst};
    for (size_t i = 0; i < 9; ++i) *fields[i] = static_cast<int>(vm.index(items[i]));
    tm.zone = v.obj()->type == structTimeType(vm) ? "UTC" : "UTC";
    return tm;
}

double secondsArg(VM &vm, const CallArgs &a) {
    return a.size() && !a[0].isNone() ? vm.toDouble(a[0]) : kEpoch + vm.host().now;
}

template <class F> Value guardedTime(VM &vm, F f) {
    try {
        return f();
    } catch (const stdlib::StdlibError &e) {
        raiseStdlibError(vm, e);
    }
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
        return guardedTime(vm, [&] {
            stdlib::BrokenDownTime t = a.size() > 1 ? fromTuple(vm, a[1], "strftime")
                                                    : stdlib::localtime(kEpoch + vm.host().now);
            if (a.size() > 1) stdlib::checkStructTime(t);
            return vm.str(stdlib::strftime(a[0].as<StrObject>()->s, t, 0, false));
        });
    });
    m.fn("gmtime", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "gmtime", 0, 1);
        return guardedTime(vm, [&] { return makeStructTime(vm, stdlib::gmtime(secondsArg(vm, a))); });
    });
    m.fn("localtime", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "localtime", 0, 1);
        return guardedTime(vm, [&] { return makeStructTime(vm, stdlib::localtime(secondsArg(vm, a))); });
    });
    m.fn("mktime", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "mktime", 1, 1);
        return guardedTime(vm, [&] { return Value::real(stdlib::mktime(fromTuple(vm, a[0], "mktime"))); });
    });
    m.fn("asctime", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "asctime", 0, 1);
        return guardedTime(vm, [&] {
            stdlib::BrokenDownTime t = a.size() ? fromTuple(vm, a[0], "asctime") : stdlib::localtime(kEpoch + vm.host().now);
            if (a.size()) stdlib::checkStructTime(t);
            return vm.str(stdlib::asctime(t));
        });
    });
    m.fn("ctime", [](VM &vm, const CallArgs &a) {
        vm.checkArgs(a, "ctime", 0, 1);
        return guardedTime(vm, [&] { return vm.str(stdlib::asctime(stdlib::localtime(secondsArg(vm, a)))); });
    });
    m.set("struct_time", Value(structTimeType(vm)));
    m.set("timezone", Value::integer(0));
    m.set("altzone", Value::integer(0));
    m.set("daylight", Value::integer(0));
    m.set("tzname", vm.tuple({vm.str("UTC"), vm.str("UTC")}));
    return m.module;
}

}  // namespace ls::interp

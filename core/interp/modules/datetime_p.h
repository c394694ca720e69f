// Internal to the `datetime` module (datetime_module.cpp: module, timedelta,
// timezone; datetime_date.cpp: date, datetime, time). The calendar
// arithmetic, formatting and parsing are stdlib/civil_time.h; this layer
// is CPython's Modules/_datetimemodule.c object model over it.
#pragma once

#include "../stdlib/civil_time.h"
#include "module_util.h"
#include "native_util.h"

#include <optional>

namespace ls::interp::dtm {

struct DtTypes {
    TypeObject *timedelta = nullptr, *date = nullptr, *time = nullptr, *datetime = nullptr, *tzinfo = nullptr,
               *timezone = nullptr;
    Value utc;  // timezone.utc
};
DtTypes &types(VM &vm);

struct TimeDeltaObj : NativeObject {
    LS_CLONEABLE(TimeDeltaObj)
    stdlib::TimeDelta td;
    using NativeObject::NativeObject;
};

// date, and the date part of a datetime (DateTimeObj derives from it, as
// datetime derives from date in Python).
struct DateObj : NativeObject {
    LS_CLONEABLE(DateObj)
    stdlib::Date d;
    using NativeObject::NativeObject;
};

struct DateTimeObj : DateObj {
    LS_CLONEABLE(DateTimeObj)
    void visitRefs(RefVisitor &v) override { v(tz); }
    int hour = 0, minute = 0, second = 0, microsecond = 0, fold = 0;
    Value tz;  // Null: naive
    using DateObj::DateObj;
    void clearRefs() override { tz = Value(); }
    stdlib::DateTime civil() const { return stdlib::DateTime{d, hour, minute, second, microsecond}; }
};

struct TimeObj : NativeObject {
    LS_CLONEABLE(TimeObj)
    void visitRefs(RefVisitor &v) override { v(tz); }
    int hour = 0, minute = 0, second = 0, microsecond = 0, fold = 0;
    Value tz;  // Null: naive
    using NativeObject::NativeObject;
    void clearRefs() override { tz = Value(); }
};

struct TimezoneObj : NativeObject {
    LS_CLONEABLE(TimezoneObj)
    void visitRefs(RefVisitor &v) override { v(name); }
    stdlib::TimeDelta offset;
    Value name;  // Null: generated ("UTC+01:00")
    using NativeObject::NativeObject;
    void clearRefs() override { name = Value(); }
};

// Runs f, turning a civil_time error into its Python exception.
template <class F> auto guarded(VM &vm, F f) -> decltype(f()) {
    try {
        return f();
    } catch (const stdlib::StdlibError &e) {
        raiseStdlibError(vm, e);
    }
}

bool isKind(VM &vm, const Value &v, TypeObject *t);
inline bool isTimedelta(VM &vm, const Value &v) { return isKind(vm, v, types(vm).timedelta); }
inline bool isDate(VM &vm, const Value &v) { return isKind(vm, v, types(vm).date); }
inline bool isDateTime(VM &vm, const Value &v) { return isKind(vm, v, types(vm).datetime); }
inline bool isTime(VM &vm, const Value &v) { return isKind(vm, v, types(vm).time); }
inline const stdlib::TimeDelta &tdOf(const Value &v) { return static_cast<TimeDeltaObj *>(v.obj())->td; }
inline DateObj *dateOf(const Value &v) { return static_cast<DateObj *>(v.obj()); }
inline DateTimeObj *dtOf(const Value &v) { return static_cast<DateTimeObj *>(v.obj()); }
inline TimeObj *timeOf(const Value &v) { return static_cast<TimeObj *>(v.obj()); }

Value newTimedelta(VM &vm, const stdlib::TimeDelta &td, TypeObject *cls = nullptr);
Value newDate(VM &vm, const stdlib::Date &d, TypeObject *cls = nullptr);
Value newDateTime(VM &vm, const stdlib::DateTime &dt, const Value &tz, TypeObject *cls = nullptr, int fold = 0);
Value newTime(VM &vm, int h, int m, int s, int us, const Value &tz, TypeObject *cls = nullptr, int fold = 0);
Value newTimezone(VM &vm, const stdlib::TimeDelta &offset, const Value &name);

// tzinfo.utcoffset(dt) (Null tz or a None result: nullopt), with CPython's
// checks on the result; tzinfo.tzname(dt) (None when naive).
std::optional<stdlib::TimeDelta> utcOffset(VM &vm, const Value &tz, const Value &dt);
Value tzName(VM &vm, const Value &tz, const Value &dt);
// "+01:00" ("+0100" with an empty separator), seconds and microseconds only
// when present (py: format_utcoffset).
std::string formatOffset(const stdlib::TimeDelta &offset, const char *sep);

// The `tzinfo` argument of a constructor: None (Null) or a tzinfo instance.
Value checkTzinfo(VM &vm, const Value &v);
// Wraps a native as a classmethod of `t`.
void defClassMethod(VM &vm, TypeObject *t, std::string_view name, NativeFn fn);
// The class a classmethod was called on (args[0]).
TypeObject *clsArg(const CallArgs &a);

// Installs date, time and datetime into the module (datetime_date.cpp).
void installDateTypes(VM &vm, ModuleBuilder &m);

// Shared by datetime_date.cpp and datetime_datetime.cpp.
std::string dtSubstituteZone(VM &vm, std::string_view fmt, const Value &tz, const Value &obj);
Value dtStructTime(VM &vm, const stdlib::BrokenDownTime &tm, int isdst);
std::string dtTimeIso(VM &vm, const Value &time, std::string_view timespec);
bool dtParseIso(VM &vm, std::string_view s, stdlib::DateTime &out, Value &tz);
std::vector<Value> dtBindFields(VM &vm, const CallArgs &a, std::initializer_list<std::string_view> names, size_t required);
void dtCheckTimeFields(VM &vm, int64_t h, int64_t m, int64_t s, int64_t us, int64_t fold);

}  // namespace ls::interp::dtm

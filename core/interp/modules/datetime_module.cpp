// The `datetime` module: timedelta, tzinfo and timezone here; date, time
// and datetime in datetime_date.cpp. py: Modules/_datetimemodule.c (3.11):
// the reprs, error messages and operator rules; the arithmetic is
// stdlib/civil_time.h. The clock is the run contract's: datetime.now() is
// time.time() == 2025-01-01T00:00:00Z plus virtual seconds.
#include "datetime_p.h"
#include "embedded_modules.h"

namespace ls::interp::dtm {

using stdlib::TimeDelta;

DtTypes &types(VM &vm) { return *vm.extension<DtTypes>("datetime.types"); }

bool isKind(VM &vm, const Value &v, TypeObject *t) { return v.is(Kind::Native) && vm.isInstance(v, t); }

Value newTimedelta(VM &vm, const TimeDelta &td, TypeObject *cls) {
    auto *o = vm.make<TimeDeltaObj>(cls ? cls : types(vm).timedelta);
    o->td = td;
    return Value(o);
}

Value newTimezone(VM &vm, const TimeDelta &offset, const Value &name) {
    auto *o = vm.make<TimezoneObj>(types(vm).timezone);
    o->offset = offset;
    o->name = name;
    return Value(o);
}

std::string formatOffset(const TimeDelta &offsetIn, const char *sep) {
    TimeDelta offset = offsetIn;
    char sign = '+';
    if (offset.days < 0) {
        sign = '-';
        offset = -offset;
    }
    int seconds = offset.seconds + offset.days * 86400;
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%c%02d%s%02d", sign, seconds / 3600, sep, (seconds % 3600) / 60);
    if (seconds % 60 || offset.microseconds)
        n += std::snprintf(buf + n, sizeof buf - n, "%s%02d", sep, seconds % 60);
    if (offset.microseconds) std::snprintf(buf + n, sizeof buf - n, ".%06d", offset.microseconds);
    return buf;
}

Value checkTzinfo(VM &vm, const Value &v) {
    if (v.isNull() || v.isNone()) return Value();
    if (!vm.isInstance(v, types(vm).tzinfo))
        vm.raise(vm.exc.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '" + vm.typeName(v) + "'");
    return v;
}

// py: call_utcoffset: None, or a timedelta strictly within a day.
std::optional<TimeDelta> utcOffset(VM &vm, const Value &tz, const Value &dt) {
    if (tz.isNull() || tz.isNone()) return std::nullopt;
    if (isKind(vm, tz, types(vm).timezone)) return static_cast<TimezoneObj *>(tz.obj())->offset;
    Value r = vm.callMethod(tz, "utcoffset", {dt.isNull() ? Value::none() : dt});
    if (r.isNone()) return std::nullopt;
    if (!isTimedelta(vm, r))
        vm.raise(vm.exc.TypeError, "tzinfo.utcoffset() must return None or timedelta, not '" + vm.typeName(r) + "'");
    TimeDelta td = tdOf(r);
    if (td.days < -1 || td.days >= 1)
        vm.raise(vm.exc.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
    return td;
}

std::string timezoneName(const TimezoneObj *tz) {
    if (tz->offset == TimeDelta{}) return "UTC";
    return "UTC" + formatOffset(tz->offset, ":");
}

Value tzName(VM &vm, const Value &tz, const Value &dt) {
    if (tz.isNull() || tz.isNone()) return Value::none();
    if (isKind(vm, tz, types(vm).timezone)) {
        auto *z = static_cast<TimezoneObj *>(tz.obj());
        return z->name.isNull() ? vm.str(timezoneName(z)) : z->name;
    }
    return vm.callMethod(tz, "tzname", {dt.isNull() ? Value::none() : dt});
}

void defClassMethod(VM &vm, TypeObject *t, std::string_view name, NativeFn fn) {
    Value f = vm.native(name, fn);
    vm.defAttr(t, name, Value(vm.make<MethodWrapperObject>(Kind::ClassMethod, vm.types.classmethod, f)));
}

TypeObject *clsArg(const CallArgs &a) { return a[0].as<TypeObject>(); }

namespace {

// ------------------------------------------------------------- timedelta

// A constructor argument: int or float, CPython's TypeError otherwise.
std::optional<stdlib::IntOrFloat> component(VM &vm, const Value &v, const char *name) {
    if (v.isNull()) return std::nullopt;
    if (v.isInt()) return stdlib::IntOrFloat(static_cast<long long>(v.asInt()));
    if (v.isBool()) return stdlib::IntOrFloat(static_cast<long long>(v.asBool()));
    if (v.isFloat()) return stdlib::IntOrFloat(v.asFloat());
    vm.raise(vm.exc.TypeError, std::string("unsupported type for timedelta ") + name + " component: " + vm.typeName(v));
}

Value timedeltaNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto v = modutil::bind(vm, a, "__new__", {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"});
    TimeDelta::Args args;
    args.days = component(vm, v[0], "days");
    args.seconds = component(vm, v[1], "seconds");
    args.microseconds = component(vm, v[2], "microseconds");
    args.milliseconds = component(vm, v[3], "milliseconds");
    args.minutes = component(vm, v[4], "minutes");
    args.hours = component(vm, v[5], "hours");
    args.weeks = component(vm, v[6], "weeks");
    return newTimedelta(vm, guarded(vm, [&] { return TimeDelta::make(args); }), cls);
}

std::string timedeltaRepr(VM &, const Value &self) {
    std::string r = tdOf(self).repr();
    TypeObject *t = self.obj()->type;
    if (t->isHeapType) r = t->name + r.substr(r.find('('));
    return r;
}

int64_t toInt64(VM &vm, __int128 v) {
    if (v > INT64_MAX || v < INT64_MIN) vm.raise(vm.exc.OverflowError, "integer overflow: result does not fit in 64 bits (LoopScope ints are 64-bit)");
    return static_cast<int64_t>(v);
}

bool isIntArg(const Value &v) { return v.isInt() || v.isBool(); }
int64_t intArg(const Value &v) { return v.isInt() ? v.asInt() : v.asBool(); }

BinOp baseOp(BinOp op) {
    int i = static_cast<int>(op);
    return i >= kInplaceOffset ? static_cast<BinOp>(i - kInplaceOffset) : op;
}

Value timedeltaBinary(VM &vm, BinOp opIn, const Value &a, const Value &b) {
    BinOp op = baseOp(opIn);
    bool ta = isTimedelta(vm, a), tb = isTimedelta(vm, b);
    return guarded(vm, [&]() -> Value {
        switch (op) {
        case BinOp::Add:
            if (ta && tb) return newTimedelta(vm, tdOf(a) + tdOf(b));
            break;
        case BinOp::Sub:
            if (ta && tb) return newTimedelta(vm, tdOf(a) - tdOf(b));
            break;
        case BinOp::Mul: {
            const Value &td = ta ? a : b, &n = ta ? b : a;
            if (!isTimedelta(vm, td)) break;
            if (isIntArg(n)) return newTimedelta(vm, tdOf(td) * intArg(n));
            if (n.isFloat()) return newTimedelta(vm, tdOf(td) * n.asFloat());
            break;
        }
        case BinOp::TrueDiv:
            if (!ta) break;
            if (tb) return Value::real(tdOf(a) / tdOf(b));
            if (isIntArg(b)) return newTimedelta(vm, tdOf(a) / intArg(b));
            if (b.isFloat()) return newTimedelta(vm, tdOf(a) / b.asFloat());
            break;
        case BinOp::FloorDiv:
            if (!ta) break;
            if (tb) return Value::integer(toInt64(vm, stdlib::floorDiv(tdOf(a), tdOf(b))));
            if (isIntArg(b)) return newTimedelta(vm, stdlib::floorDiv(tdOf(a), intArg(b)));
            break;
        case BinOp::Mod:
            if (ta && tb) return newTimedelta(vm, tdOf(a) % tdOf(b));
            break;
        default: break;
        }
        return vm.notImplemented();
    });
}

Value timedeltaCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!isTimedelta(vm, a) || !isTimedelta(vm, b)) return vm.notImplemented();
    auto c = tdOf(a) <=> tdOf(b);
    switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
    }
    return vm.notImplemented();
}

void installTimedelta(VM &vm, ModuleBuilder &m) {
    TypeObject *t = modutil::newType(vm, "timedelta", "datetime", timedeltaNew);
    types(vm).timedelta = t;
    t->slots.repr = timedeltaRepr;
    t->slots.str = [](VM &, const Value &s) { return tdOf(s).str(); };
    t->slots.hash = [](VM &vm, const Value &s) {
        const TimeDelta &td = tdOf(s);
        return vm.hash(vm.tuple({Value::integer(td.days), Value::integer(td.seconds), Value::integer(td.microseconds)}));
    };
    t->slots.richcompare = timedeltaCompare;
    t->slots.binary = timedeltaBinary;
    t->slots.truthy = [](VM &, const Value &s) { return !(tdOf(s) == TimeDelta{}); };
    t->slots.negative = [](VM &vm, const Value &s) { return guarded(vm, [&] { return newTimedelta(vm, -tdOf(s)); }); };
    t->slots.positive = [](VM &vm, const Value &s) { return newTimedelta(vm, tdOf(s)); };
    t->slots.getattr = [](VM &, const Value &s, std::string_view name) {
        const TimeDelta &td = tdOf(s);
        if (name == "days") return Value::integer(td.days);
        if (name == "seconds") return Value::integer(td.seconds);
        if (name == "microseconds") return Value::integer(td.microseconds);
        return Value();
    };
    vm.defMethod(t, "total_seconds", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "total_seconds", 0, 0, 1);
        return Value::real(tdOf(a[0]).totalSeconds());
    });
    vm.defMethod(t, "__abs__", [](VM &vm, const CallArgs &a) { return guarded(vm, [&] { return newTimedelta(vm, stdlib::abs(tdOf(a[0]))); }); });
    vm.defMethod(t, "__divmod__", [](VM &vm, const CallArgs &a) {
        if (a.size() != 2 || !isTimedelta(vm, a[1])) return vm.notImplemented();
        return guarded(vm, [&] {
            __int128 q = stdlib::floorDiv(tdOf(a[0]), tdOf(a[1]));
            return vm.tuple({Value::integer(toInt64(vm, q)), newTimedelta(vm, tdOf(a[0]) % tdOf(a[1]))});
        });
    });
    vm.defAttr(t, "min", newTimedelta(vm, TimeDelta{-999999999, 0, 0}));
    vm.defAttr(t, "max", newTimedelta(vm, TimeDelta{999999999, 86399, 999999}));
    vm.defAttr(t, "resolution", newTimedelta(vm, TimeDelta{0, 0, 1}));
    m.set("timedelta", Value(t));
}

// -------------------------------------------------------- tzinfo, timezone

Value timezoneNew(VM &vm, TypeObject *, const CallArgs &a) {
    auto v = modutil::bind(vm, a, "timezone", {"offset", "name"}, 1);
    if (!isTimedelta(vm, v[0]))
        vm.raise(vm.exc.TypeError, "timezone() argument 1 must be datetime.timedelta, not " + vm.typeName(v[0]));
    Value name;
    if (!v[1].isNull()) {
        if (!v[1].is(Kind::Str)) vm.raise(vm.exc.TypeError, "timezone() argument 2 must be str, not " + vm.typeName(v[1]));
        name = v[1];
    }
    const TimeDelta &off = tdOf(v[0]);
    if (off.days < -1 || off.days >= 1 || (off.days == -1 && off.seconds == 0 && off.microseconds == 0))
        vm.raise(vm.exc.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not " +
                                        vm.repr(v[0]) + ".");
    if (name.isNull() && off == TimeDelta{}) return types(vm).utc;
    return newTimezone(vm, off, name);
}

std::string timezoneRepr(VM &vm, const Value &s) {
    auto *z = static_cast<TimezoneObj *>(s.obj());
    if (s.identical(types(vm).utc)) return "datetime.timezone.utc";
    std::string r = "datetime.timezone(" + z->offset.repr();
    if (!z->name.isNull()) r += ", " + vm.repr(z->name);
    return r + ")";
}

// tzinfo methods take (self, dt): dt must be a datetime or None.
void checkDtArg(VM &vm, const CallArgs &a, const char *method) {
    modutil::positionalOnly(vm, a, method, 1, 1, 1);
    if (!a[1].isNone() && !isDateTime(vm, a[1]))
        vm.raise(vm.exc.TypeError, std::string(method) + "(dt) argument must be a datetime instance or None, not " + vm.typeName(a[1]));
}

void installTimezone(VM &vm, ModuleBuilder &m) {
    // tzinfo: the abstract base scripts subclass (its methods raise).
    TypeObject *tzinfo = modutil::newType(vm, "tzinfo", "datetime");
    types(vm).tzinfo = tzinfo;
    for (const char *name : {"utcoffset", "dst", "tzname"})
        vm.defMethod(tzinfo, name, [](VM &vm, const CallArgs &a) -> Value {
            vm.raise(vm.exc.NotImplementedError, "a tzinfo subclass must implement " + a.callee->name + "()");
        });
    m.set("tzinfo", Value(tzinfo));

    TypeObject *t = vm.newBuiltinType("timezone", tzinfo, "datetime");
    t->newInstance = timezoneNew;
    types(vm).timezone = t;
    t->slots.repr = timezoneRepr;
    t->slots.str = [](VM &vm, const Value &s) { return vm.toStr(tzName(vm, s, Value())); };
    t->slots.hash = [](VM &vm, const Value &s) { return vm.hash(newTimedelta(vm, static_cast<TimezoneObj *>(s.obj())->offset)); };
    t->slots.richcompare = [](VM &vm, const Value &a, const Value &b, CompareOp op) -> Value {
        if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isKind(vm, a, types(vm).timezone) || !isKind(vm, b, types(vm).timezone))
            return vm.notImplemented();
        bool eq = static_cast<TimezoneObj *>(a.obj())->offset == static_cast<TimezoneObj *>(b.obj())->offset;
        return Value::boolean(op == CompareOp::Eq ? eq : !eq);
    };
    vm.defMethod(t, "utcoffset", [](VM &vm, const CallArgs &a) {
        checkDtArg(vm, a, "utcoffset");
        return newTimedelta(vm, static_cast<TimezoneObj *>(a[0].obj())->offset);
    });
    vm.defMethod(t, "dst", [](VM &vm, const CallArgs &a) {
        checkDtArg(vm, a, "dst");
        return Value::none();
    });
    vm.defMethod(t, "tzname", [](VM &vm, const CallArgs &a) {
        checkDtArg(vm, a, "tzname");
        return tzName(vm, a[0], Value());
    });
    vm.defMethod(t, "fromutc", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "fromutc", 1, 1, 1);
        if (!isDateTime(vm, a[1])) vm.raise(vm.exc.TypeError, "fromutc: argument must be a datetime");
        auto *dt = dtOf(a[1]);
        return guarded(vm, [&] { return newDateTime(vm, dt->civil() + static_cast<TimezoneObj *>(a[0].obj())->offset, dt->tz); });
    });
    auto *utc = vm.make<TimezoneObj>(t);
    types(vm).utc = Value(utc);
    vm.defAttr(t, "utc", types(vm).utc);
    vm.defAttr(t, "min", newTimezone(vm, TimeDelta{-1, 60, 0}, Value()));
    vm.defAttr(t, "max", newTimezone(vm, TimeDelta{0, 86340, 0}, Value()));
    m.set("timezone", Value(t));
    m.set("UTC", types(vm).utc);
}

}  // namespace

}  // namespace ls::interp::dtm

namespace ls::interp {

Value initDatetimeModule(VM &vm) {
    vm.setExtension("datetime.types", std::make_shared<dtm::DtTypes>(), +[](dtm::DtTypes &s, RefVisitor &v) {
        v.raw(s.timedelta); v.raw(s.date); v.raw(s.time); v.raw(s.datetime); v.raw(s.tzinfo); v.raw(s.timezone); v(s.utc);
    });
    ModuleBuilder m(vm, "datetime");
    m.set("MINYEAR", Value::integer(1));
    m.set("MAXYEAR", Value::integer(9999));
    dtm::installTimedelta(vm, m);
    dtm::installTimezone(vm, m);
    dtm::installDateTypes(vm, m);
    execEmbeddedModule(vm, "datetime", m.dict);
    return m.module;
}

}  // namespace ls::interp

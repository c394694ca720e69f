// datetime.datetime (see datetime_p.h): a date with a time of day and an
// optional tzinfo. py: Modules/_datetimemodule.c (3.11). now()/today()/
// utcnow() read the virtual clock; local time is UTC in the virtual world.
#include "datetime_p.h"

namespace ls::interp::dtm {

using stdlib::Date;
using stdlib::DateTime;
using stdlib::TimeDelta;

namespace {

double virtualNow(VM &vm) { return stdlib::kVirtualEpoch + vm.host().now; }

Value dtValue(VM &vm, const DateTime &dt, const Value &tz, TypeObject *cls = nullptr) { return newDateTime(vm, dt, tz, cls); }

// The UTC instant of an aware datetime (its civil fields minus the offset).
DateTime utcOf(VM &vm, const Value &v, const TimeDelta &off) {
    return guarded(vm, [&] { return dtOf(v)->civil() - off; });
}

Value datetimeNew(VM &vm, TypeObject *cls, const CallArgs &a) {
    auto v = modutil::bind(vm, a, "datetime", {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "*", "fold"});
    for (size_t i = 0; i < 3; ++i)
        if (v[i].isNull()) {
            static const char *names[] = {"year", "month", "day"};
            vm.raise(vm.exc.TypeError, std::string("function missing required argument '") + names[i] + "' (pos " + std::to_string(i + 1) + ")");
        }
    int64_t y = vm.index(v[0]), mo = vm.index(v[1]), d = vm.index(v[2]);
    int64_t h = v[3].isNull() ? 0 : vm.index(v[3]), mi = v[4].isNull() ? 0 : vm.index(v[4]), s = v[5].isNull() ? 0 : vm.index(v[5]),
            us = v[6].isNull() ? 0 : vm.index(v[6]), fold = v[8].isNull() ? 0 : vm.index(v[8]);
    Date date = guarded(vm, [&] { return Date::make(y, mo, d); });
    dtCheckTimeFields(vm, h, mi, s, us, fold);
    DateTime dt{date, static_cast<int>(h), static_cast<int>(mi), static_cast<int>(s), static_cast<int>(us)};
    return newDateTime(vm, dt, checkTzinfo(vm, v[7]), cls, static_cast<int>(fold));
}

std::string datetimeRepr(VM &vm, const Value &self) {
    auto *o = dtOf(self);
    std::string r = o->civil().repr();
    r.pop_back();  // ")"
    if (!o->tz.isNull()) r += ", tzinfo=" + vm.repr(o->tz);
    if (o->fold) r += ", fold=1";
    if (self.obj()->type->isHeapType) r = self.obj()->type->name + r.substr(r.find('('));
    return r + ")";
}

std::string isoformat(VM &vm, const Value &self, std::string_view sep, std::string_view timespec) {
    auto *o = dtOf(self);
    std::string r = guarded(vm, [&] { return o->civil().isoformat(sep, timespec); });
    if (auto off = utcOffset(vm, o->tz, self)) r += formatOffset(*off, ":");
    return r;
}

// Offsets of two datetimes for comparison/subtraction: both naive, both
// aware (nullopt when they share a tzinfo object: fields compare directly).
struct Offsets {
    bool mixed = false;
    std::optional<TimeDelta> a, b;
};

Offsets offsetsOf(VM &vm, const Value &x, const Value &y) {
    Offsets o;
    if (dtOf(x)->tz.identical(dtOf(y)->tz)) return o;
    o.a = utcOffset(vm, dtOf(x)->tz, x);
    o.b = utcOffset(vm, dtOf(y)->tz, y);
    o.mixed = o.a.has_value() != o.b.has_value();
    return o;
}

Value datetimeCompare(VM &vm, const Value &a, const Value &b, CompareOp op) {
    if (!isDate(vm, a) || !isDate(vm, b)) return vm.notImplemented();
    if (!isDateTime(vm, a) || !isDateTime(vm, b)) {
        if (op == CompareOp::Eq || op == CompareOp::Ne) return Value::boolean(op == CompareOp::Ne);
        vm.raise(vm.exc.TypeError, "can't compare datetime.datetime to datetime.date");
    }
    Offsets o = offsetsOf(vm, a, b);
    if (o.mixed) {
        if (op == CompareOp::Eq || op == CompareOp::Ne) return Value::boolean(op == CompareOp::Ne);
        vm.raise(vm.exc.TypeError, "can't compare offset-naive and offset-aware datetimes");
    }
    DateTime x = o.a ? utcOf(vm, a, *o.a) : dtOf(a)->civil();
    DateTime y = o.b ? utcOf(vm, b, *o.b) : dtOf(b)->civil();
    int c = x < y ? -1 : y < x ? 1 : 0;
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

Value datetimeBinary(VM &vm, BinOp opIn, const Value &a, const Value &b) {
    int i = static_cast<int>(opIn);
    BinOp op = i >= kInplaceOffset ? static_cast<BinOp>(i - kInplaceOffset) : opIn;
    bool da = isDateTime(vm, a), db = isDateTime(vm, b);
    if (op == BinOp::Add) {
        if (da && isTimedelta(vm, b)) return guarded(vm, [&] { return dtValue(vm, dtOf(a)->civil() + tdOf(b), dtOf(a)->tz); });
        if (db && isTimedelta(vm, a)) return guarded(vm, [&] { return dtValue(vm, dtOf(b)->civil() + tdOf(a), dtOf(b)->tz); });
    } else if (op == BinOp::Sub && da) {
        if (isTimedelta(vm, b)) return guarded(vm, [&] { return dtValue(vm, dtOf(a)->civil() - tdOf(b), dtOf(a)->tz); });
        if (db) {
            Offsets o = offsetsOf(vm, a, b);
            if (o.mixed) vm.raise(vm.exc.TypeError, "can't subtract offset-naive and offset-aware datetimes");
            return guarded(vm, [&] {
                TimeDelta d = dtOf(a)->civil() - dtOf(b)->civil();
                if (o.a) d = d - *o.a + *o.b;
                return newTimedelta(vm, d);
            });
        }
    }
    return vm.notImplemented();
}

// fromtimestamp(t, tz): local (== UTC) time, or tz's time of that instant.
Value fromTimestamp(VM &vm, TypeObject *cls, const Value &ts, const Value &tzArg) {
    Value tz = checkTzinfo(vm, tzArg);
    DateTime dt = guarded(vm, [&] {
        if (tz.isNull()) return ts.isInt() ? DateTime::fromTimestamp(ts.asInt()) : DateTime::fromTimestamp(vm.toDouble(ts));
        return ts.isInt() ? DateTime::utcFromTimestamp(ts.asInt()) : DateTime::utcFromTimestamp(vm.toDouble(ts));
    });
    if (tz.isNull()) return dtValue(vm, dt, Value(), cls);
    if (isKind(vm, tz, types(vm).timezone))
        return guarded(vm, [&] { return dtValue(vm, dt + static_cast<TimezoneObj *>(tz.obj())->offset, tz, cls); });
    return vm.callMethod(tz, "fromutc", {dtValue(vm, dt, tz, cls)});
}

Value replaceDt(VM &vm, const CallArgs &a) {
    auto v = modutil::bind(vm, a, "replace", {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "*", "fold"}, 0, 1);
    auto *o = dtOf(a[0]);
    auto f = [&](size_t i, int64_t dflt) { return v[i].isNull() ? dflt : vm.index(v[i]); };
    int64_t y = f(0, o->d.year), mo = f(1, o->d.month), d = f(2, o->d.day), h = f(3, o->hour), mi = f(4, o->minute),
            s = f(5, o->second), us = f(6, o->microsecond), fold = f(8, o->fold);
    Date date = guarded(vm, [&] { return Date::make(y, mo, d); });
    dtCheckTimeFields(vm, h, mi, s, us, fold);
    Value tz = v[7].isNull() ? o->tz : checkTzinfo(vm, v[7]);
    DateTime dt{date, static_cast<int>(h), static_cast<int>(mi), static_cast<int>(s), static_cast<int>(us)};
    return newDateTime(vm, dt, tz, a[0].obj()->type, static_cast<int>(fold));
}

// py: datetime.astimezone: naive means local time (UTC here).
Value astimezone(VM &vm, const CallArgs &a) {
    auto v = modutil::bind(vm, a, "astimezone", {"tz"}, 0, 1);
    const Value &self = a[0];
    auto *o = dtOf(self);
    Value tz = v[0].isNull() || v[0].isNone() ? Value() : checkTzinfo(vm, v[0]);
    if (!tz.isNull() && tz.identical(o->tz)) return self;
    auto off = utcOffset(vm, o->tz, self);
    DateTime utc = off ? utcOf(vm, self, *off) : o->civil();
    if (tz.isNull()) return dtValue(vm, utc, newTimezone(vm, TimeDelta{}, vm.str("UTC")), self.obj()->type);
    if (isKind(vm, tz, types(vm).timezone))
        return guarded(vm, [&] { return dtValue(vm, utc + static_cast<TimezoneObj *>(tz.obj())->offset, tz, self.obj()->type); });
    return vm.callMethod(tz, "fromutc", {dtValue(vm, utc, tz, self.obj()->type)});
}

Value strptime(VM &vm, const CallArgs &a) {
    modutil::positionalOnly(vm, a, "strptime", 2, 2, 1);
    if (!a[1].is(Kind::Str)) vm.raise(vm.exc.TypeError, "strptime() argument 1 must be str, not " + vm.typeName(a[1]));
    if (!a[2].is(Kind::Str)) vm.raise(vm.exc.TypeError, "strptime() argument 2 must be str, not " + vm.typeName(a[2]));
    auto r = guarded(vm, [&] { return stdlib::strptime(a[1].as<StrObject>()->s, a[2].as<StrObject>()->s); });
    DateTime dt = guarded(vm, [&] { return DateTime::make(r.tm.year, r.tm.mon, r.tm.mday, r.tm.hour, r.tm.min, r.tm.sec, r.microsecond); });
    Value tz;
    if (r.gmtoff) {
        TimeDelta off = guarded(vm, [&] {
            return TimeDelta::fromMicroseconds(static_cast<__int128>(*r.gmtoff) * 1000000 + r.gmtoffFraction);
        });
        if (!r.tm.zone.empty()) tz = newTimezone(vm, off, vm.str(r.tm.zone));
        else tz = off == TimeDelta{} ? types(vm).utc : newTimezone(vm, off, Value());
    }
    return dtValue(vm, dt, tz, clsArg(a));
}

void installMethods(VM &vm, TypeObject *t) {
    vm.defMethod(t, "isoformat", [](VM &vm, const CallArgs &a) {
        auto v = modutil::bind(vm, a, "isoformat", {"sep", "timespec"}, 0, 1);
        std::string sep = "T";
        if (!v[0].isNull()) {
            if (!v[0].is(Kind::Str) || v[0].as<StrObject>()->length() != 1)
                vm.raise(vm.exc.TypeError, "isoformat() argument 1 must be a unicode character, not " + vm.typeName(v[0]));
            sep = v[0].as<StrObject>()->s;
        }
        return vm.str(isoformat(vm, a[0], sep, v[1].isNull() ? "auto" : vm.toStr(v[1])));
    });
    vm.defMethod(t, "strftime", [](VM &vm, const CallArgs &a) {
        if (a.size() < 2 || !a[1].is(Kind::Str))
            vm.raise(vm.exc.TypeError, a.size() < 2 ? "strftime() missing required argument 'format' (pos 1)"
                                                    : "strftime() argument 1 must be str, not " + vm.typeName(a[1]));
        std::string fmt = dtSubstituteZone(vm, a[1].as<StrObject>()->s, dtOf(a[0])->tz, a[0]);
        return vm.str(guarded(vm, [&] { return dtOf(a[0])->civil().strftime(fmt); }));
    });
    vm.defMethod(t, "ctime", [](VM &vm, const CallArgs &a) { return vm.str(dtOf(a[0])->civil().ctime()); });
    vm.defMethod(t, "date", [](VM &vm, const CallArgs &a) { return newDate(vm, dtOf(a[0])->d); });
    vm.defMethod(t, "time", [](VM &vm, const CallArgs &a) {
        auto *o = dtOf(a[0]);
        return newTime(vm, o->hour, o->minute, o->second, o->microsecond, Value(), nullptr, o->fold);
    });
    vm.defMethod(t, "timetz", [](VM &vm, const CallArgs &a) {
        auto *o = dtOf(a[0]);
        return newTime(vm, o->hour, o->minute, o->second, o->microsecond, o->tz, nullptr, o->fold);
    });
    vm.defMethod(t, "timestamp", [](VM &vm, const CallArgs &a) {
        auto *o = dtOf(a[0]);
        auto off = utcOffset(vm, o->tz, a[0]);
        if (!off) return Value::real(o->civil().timestamp());
        return guarded(vm, [&] { return Value::real((utcOf(vm, a[0], *off) - DateTime::make(1970, 1, 1)).totalSeconds()); });
    });
    vm.defMethod(t, "timetuple", [](VM &vm, const CallArgs &a) {
        auto *o = dtOf(a[0]);
        return dtStructTime(vm, o->civil().timetuple(), o->tz.isNull() ? -1 : 0);
    });
    vm.defMethod(t, "utctimetuple", [](VM &vm, const CallArgs &a) {
        auto off = utcOffset(vm, dtOf(a[0])->tz, a[0]);
        DateTime utc = off ? utcOf(vm, a[0], *off) : dtOf(a[0])->civil();
        return dtStructTime(vm, utc.timetuple(), 0);
    });
    vm.defMethod(t, "utcoffset", [](VM &vm, const CallArgs &a) {
        auto off = utcOffset(vm, dtOf(a[0])->tz, a[0]);
        return off ? newTimedelta(vm, *off) : Value::none();
    });
    vm.defMethod(t, "tzname", [](VM &vm, const CallArgs &a) { return tzName(vm, dtOf(a[0])->tz, a[0]); });
    vm.defMethod(t, "dst", [](VM &vm, const CallArgs &a) {
        const Value &tz = dtOf(a[0])->tz;
        if (tz.isNull() || isKind(vm, tz, types(vm).timezone)) return Value::none();
        return vm.callMethod(tz, "dst", {a[0]});
    });
    vm.defMethod(t, "replace", replaceDt);
    vm.defMethod(t, "astimezone", astimezone);
}

void installClassMethods(VM &vm, TypeObject *t) {
    defClassMethod(vm, t, "now", [](VM &vm, const CallArgs &a) {
        auto v = modutil::bind(vm, a, "now", {"tz"}, 0, 1);
        return fromTimestamp(vm, clsArg(a), Value::real(virtualNow(vm)), v[0]);
    });
    defClassMethod(vm, t, "today", [](VM &vm, const CallArgs &a) {
        return fromTimestamp(vm, clsArg(a), Value::real(virtualNow(vm)), Value());
    });
    defClassMethod(vm, t, "utcnow", [](VM &vm, const CallArgs &a) {
        return dtValue(vm, guarded(vm, [&] { return DateTime::utcFromTimestamp(virtualNow(vm)); }), Value(), clsArg(a));
    });
    defClassMethod(vm, t, "fromtimestamp", [](VM &vm, const CallArgs &a) {
        auto v = modutil::bind(vm, a, "fromtimestamp", {"timestamp", "tz"}, 1, 1);
        return fromTimestamp(vm, clsArg(a), v[0], v[1]);
    });
    defClassMethod(vm, t, "utcfromtimestamp", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "utcfromtimestamp", 1, 1, 1);
        DateTime dt = guarded(vm, [&] {
            return a[1].isInt() ? DateTime::utcFromTimestamp(a[1].asInt()) : DateTime::utcFromTimestamp(vm.toDouble(a[1]));
        });
        return dtValue(vm, dt, Value(), clsArg(a));
    });
    defClassMethod(vm, t, "combine", [](VM &vm, const CallArgs &a) {
        auto v = modutil::bind(vm, a, "combine", {"date", "time", "tzinfo"}, 2, 1);
        if (!isDate(vm, v[0])) vm.raise(vm.exc.TypeError, "combine() argument 1 must be datetime.date, not " + vm.typeName(v[0]));
        if (!isTime(vm, v[1])) vm.raise(vm.exc.TypeError, "combine() argument 2 must be datetime.time, not " + vm.typeName(v[1]));
        auto *tm = timeOf(v[1]);
        Value tz = v[2].isNull() ? tm->tz : checkTzinfo(vm, v[2]);
        DateTime dt{dateOf(v[0])->d, tm->hour, tm->minute, tm->second, tm->microsecond};
        return newDateTime(vm, dt, tz, clsArg(a), tm->fold);
    });
    defClassMethod(vm, t, "strptime", strptime);
    defClassMethod(vm, t, "fromordinal", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "fromordinal", 1, 1, 1);
        int64_t n = vm.index(a[1]);
        return dtValue(vm, DateTime{guarded(vm, [&] { return Date::fromOrdinal(n); })}, Value(), clsArg(a));
    });
    defClassMethod(vm, t, "fromisoformat", [](VM &vm, const CallArgs &a) {
        modutil::positionalOnly(vm, a, "fromisoformat", 1, 1, 1);
        if (!a[1].is(Kind::Str)) vm.raise(vm.exc.TypeError, "fromisoformat: argument must be str");
        DateTime dt;
        Value tz;
        if (!dtParseIso(vm, a[1].as<StrObject>()->s, dt, tz)) vm.raise(vm.exc.ValueError, "Invalid isoformat string: " + vm.repr(a[1]));
        return dtValue(vm, dt, tz, clsArg(a));
    });
}

}  // namespace

void installDateTimeType(VM &vm, ModuleBuilder &m) {
    TypeObject *t = vm.newBuiltinType("datetime", types(vm).date, "datetime");
    t->newInstance = datetimeNew;
    types(vm).datetime = t;
    t->slots.repr = datetimeRepr;
    t->slots.str = [](VM &vm, const Value &s) { return isoformat(vm, s, " ", "auto"); };
    t->slots.hash = [](VM &vm, const Value &s) {
        auto off = utcOffset(vm, dtOf(s)->tz, s);
        DateTime dt = off ? utcOf(vm, s, *off) : dtOf(s)->civil();
        return vm.hash(vm.tuple({Value::integer(dt.date.toOrdinal()), Value::integer(dt.hour), Value::integer(dt.minute),
                                 Value::integer(dt.second), Value::integer(dt.microsecond)}));
    };
    t->slots.richcompare = datetimeCompare;
    t->slots.binary = datetimeBinary;
    t->slots.getattr = [](VM &, const Value &s, std::string_view name) {
        auto *o = dtOf(s);
        if (name == "year") return Value::integer(o->d.year);
        if (name == "month") return Value::integer(o->d.month);
        if (name == "day") return Value::integer(o->d.day);
        if (name == "hour") return Value::integer(o->hour);
        if (name == "minute") return Value::integer(o->minute);
        if (name == "second") return Value::integer(o->second);
        if (name == "microsecond") return Value::integer(o->microsecond);
        if (name == "tzinfo") return o->tz.isNull() ? Value::none() : o->tz;
        if (name == "fold") return Value::integer(o->fold);
        return Value();
    };
    installMethods(vm, t);
    installClassMethods(vm, t);
    vm.defAttr(t, "min", newDateTime(vm, DateTime{Date{1, 1, 1}}, Value()));
    vm.defAttr(t, "max", newDateTime(vm, DateTime{Date{9999, 12, 31}, 23, 59, 59, 999999}, Value()));
    vm.defAttr(t, "resolution", newTimedelta(vm, TimeDelta{0, 0, 1}));
    m.set("datetime", Value(t));
}

}  // namespace ls::interp::dtm

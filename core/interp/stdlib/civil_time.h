// Calendar arithmetic behind the interpreter's `time` and `datetime`
// modules, reproducing CPython 3.11.7 on glibc with TZ=UTC (the virtual
// world's only zone: local time == UTC, time.time() == kVirtualEpoch +
// virtual seconds).  Plain C++ types; failures throw StdlibError carrying the
// CPython exception class and message.
//
// Implementation: civil_time.cpp (calendar, time module), civil_datetime.cpp
// (timedelta, date, datetime), civil_time_format.cpp (glibc strftime),
// civil_strptime.cpp (_strptime).
#pragma once

#include "stdlib_error.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ls::stdlib {

// time.time() at virtual second 0: 2025-01-01T00:00:00Z.
inline constexpr double kVirtualEpoch = 1735689600.0;

// ---- proleptic Gregorian calendar ----------------------------------------
bool isLeapYear(std::int64_t year);
int daysInMonth(std::int64_t year, int month);
// Days since 1970-01-01 of year/month/day (month 1..12, any day offset).
std::int64_t daysFromCivil(std::int64_t year, int month, int day);
void civilFromDays(std::int64_t days, std::int64_t& year, int& month, int& day);

// ---- the time module -----------------------------------------------------

// struct_time's fields, in Python's conventions (mon 1..12, wday Monday=0,
// yday 1..366), plus tm_zone/tm_gmtoff.  zone "" stands for None (a plain
// 9-tuple), which glibc's %Z/%z treat differently from a named zone.
struct BrokenDownTime {
    int year = 1900, mon = 1, mday = 1, hour = 0, min = 0, sec = 0;
    int wday = 0, yday = 1, isdst = 0;
    std::string zone;
    long gmtoff = 0;
    bool operator==(const BrokenDownTime&) const = default;
};

// time.gmtime(t): zone "GMT", as glibc's gmtime sets it.  The double form
// floors and raises CPython's NaN / time_t range errors; years outside C int
// raise OSError (EOVERFLOW) like glibc.
BrokenDownTime gmtime(std::int64_t seconds);
BrokenDownTime gmtime(double seconds);
// time.localtime(t) in the UTC world: gmtime with zone "UTC".
BrokenDownTime localtime(std::int64_t seconds);
BrokenDownTime localtime(double seconds);
// calendar.timegm(tuple): month must be 1..12 and year 1..9999 (it builds a
// datetime.date); day/hour/minute/second may be out of range.
std::int64_t timegm(const BrokenDownTime& tm);
// time.mktime(tuple) under TZ=UTC: glibc normalises every field; glibc
// shifts an isdst > 0 request by an hour even in UTC.
double mktime(const BrokenDownTime& tm);
// CPython's checktm() as time.strftime/asctime apply it: ValueError on a bad
// field, and the same normalisation (month/mday/yday 0 -> 1, wday mod 7,
// isdst clamped to -1..1).
void checkStructTime(BrokenDownTime& tm);

// time.strftime(fmt, tm) (isDatetime false: tm is checked as above) or
// datetime/date.strftime(fmt) (isDatetime true: tm is the timetuple, %f is
// the microseconds, %z/%Z are empty for naive objects).  Follows glibc 2.36
// in the C locale, flags (_ - 0 ^ #), widths and E/O modifiers included,
// and CPython's buffer limit (an over-long result comes back empty).
std::string strftime(std::string_view fmt, const BrokenDownTime& tm, int microseconds, bool isDatetime);
// time.asctime(tm) / time.ctime(t): "Wed Jan  1 00:00:00 2025".
std::string asctime(BrokenDownTime tm);

// ---- datetime ------------------------------------------------------------

// A Python int or float argument.
struct IntOrFloat {
    IntOrFloat(int v) : isFloat(false), i(v) {}
    IntOrFloat(long v) : isFloat(false), i(v) {}
    IntOrFloat(long long v) : isFloat(false), i(v) {}
    IntOrFloat(double v) : isFloat(true), f(v) {}
    bool isFloat;
    std::int64_t i = 0;
    double f = 0.0;
};

struct TimeDelta {
    int days = 0;         // -999999999 .. 999999999
    int seconds = 0;      // 0 .. 86399
    int microseconds = 0; // 0 .. 999999

    // timedelta(days=, seconds=, microseconds=, milliseconds=, minutes=,
    // hours=, weeks=) with CPython's float handling (fractions summed, then
    // round-half-even on the microsecond).
    struct Args {
        std::optional<IntOrFloat> days{}, seconds{}, microseconds{}, milliseconds{}, minutes{}, hours{}, weeks{};
    };
    static TimeDelta make(const Args& args);
    // Normalise a microsecond count; OverflowError past +-999999999 days.
    static TimeDelta fromMicroseconds(__int128 us);

    __int128 totalMicroseconds() const;
    double totalSeconds() const; // total_seconds(), correctly rounded

    std::string str() const;  // "-1 day, 23:59:59", "0:00:01.500000"
    std::string repr() const; // "datetime.timedelta(days=-1, seconds=86399)"

    auto operator<=>(const TimeDelta&) const = default;
};

TimeDelta operator+(const TimeDelta& a, const TimeDelta& b);
TimeDelta operator-(const TimeDelta& a, const TimeDelta& b);
TimeDelta operator-(const TimeDelta& a);
TimeDelta abs(const TimeDelta& a);
TimeDelta operator*(const TimeDelta& a, std::int64_t n);
TimeDelta operator*(const TimeDelta& a, double f); // via float.as_integer_ratio
double operator/(const TimeDelta& a, const TimeDelta& b); // true division
TimeDelta operator/(const TimeDelta& a, std::int64_t n);  // round-half-even
TimeDelta operator/(const TimeDelta& a, double f);
// Plain int operands would be ambiguous between the int64 and double forms.
inline TimeDelta operator*(const TimeDelta& a, int n) { return a * static_cast<std::int64_t>(n); }
inline TimeDelta operator/(const TimeDelta& a, int n) { return a / static_cast<std::int64_t>(n); }
TimeDelta floorDiv(const TimeDelta& a, std::int64_t n);     // td // int
__int128 floorDiv(const TimeDelta& a, const TimeDelta& b);  // td // td
TimeDelta operator%(const TimeDelta& a, const TimeDelta& b); // Python modulo

struct Date {
    int year = 1, month = 1, day = 1;

    // date(year, month, day) with CPython's ValueErrors.
    static Date make(std::int64_t year, std::int64_t month, std::int64_t day);
    static Date fromOrdinal(std::int64_t ordinal);
    // date.fromtimestamp(t): floors to the second.
    static Date fromTimestamp(double t);
    static Date fromTimestamp(std::int64_t t);
    // date.today() given time.time().
    static Date today(double timeTime) { return fromTimestamp(timeTime); }

    std::int64_t toOrdinal() const; // 0001-01-01 is 1
    int weekday() const;            // Monday == 0
    int isoweekday() const;         // Monday == 1
    BrokenDownTime timetuple() const;
    std::string isoformat() const;
    std::string str() const { return isoformat(); }
    std::string repr() const; // "datetime.date(2025, 1, 1)"
    std::string ctime() const;
    std::string strftime(std::string_view fmt) const;

    auto operator<=>(const Date&) const = default;
};

Date operator+(const Date& d, const TimeDelta& td); // uses td.days only
Date operator-(const Date& d, const TimeDelta& td);
TimeDelta operator-(const Date& a, const Date& b);

struct DateTime {
    Date date;
    int hour = 0, minute = 0, second = 0, microsecond = 0;

    // datetime(year, month, day, hour, minute, second, microsecond).
    static DateTime make(std::int64_t year, std::int64_t month, std::int64_t day, std::int64_t hour = 0,
                         std::int64_t minute = 0, std::int64_t second = 0, std::int64_t microsecond = 0);
    // datetime.fromtimestamp(t): microseconds rounded half-even, and the
    // local-time fold probe CPython makes (so a time in 0001-01-01 or year
    // 10000 raises "year N is out of range").
    static DateTime fromTimestamp(double t);
    static DateTime fromTimestamp(std::int64_t t);
    // datetime.utcfromtimestamp(t): no fold probe.
    static DateTime utcFromTimestamp(double t);
    static DateTime utcFromTimestamp(std::int64_t t);
    // datetime.now() given time.time() (same rounding as fromtimestamp).
    static DateTime now(double timeTime) { return fromTimestamp(timeTime); }

    int weekday() const { return date.weekday(); }
    int isoweekday() const { return date.isoweekday(); }
    // timestamp() of a naive datetime: local == UTC.
    double timestamp() const;
    BrokenDownTime timetuple() const;
    // isoformat(sep='T', timespec='auto'); sep is one character (UTF-8).
    std::string isoformat(std::string_view sep = "T", std::string_view timespec = "auto") const;
    std::string str() const { return isoformat(" "); }
    std::string repr() const; // "datetime.datetime(2025, 1, 1, 0, 0)"
    std::string ctime() const;
    std::string strftime(std::string_view fmt) const;

    auto operator<=>(const DateTime&) const = default;
};

DateTime operator+(const DateTime& dt, const TimeDelta& td);
DateTime operator-(const DateTime& dt, const TimeDelta& td);
TimeDelta operator-(const DateTime& a, const DateTime& b);

// _strptime._strptime(data, format): the parsed fields (tm.yday is the
// julian day, tm.isdst the %Z match or -1, tm.zone the %Z text), the
// fraction, and %z's offset if one was parsed.
struct StrptimeResult {
    BrokenDownTime tm;
    int microsecond = 0;
    std::optional<int> gmtoff;
    int gmtoffFraction = 0;
};
StrptimeResult strptime(std::string_view data, std::string_view format);
// time.strptime(data, format) as a struct_time.
BrokenDownTime strptimeTime(std::string_view data, std::string_view format);
// datetime.strptime(data, format) for a naive result (a %z offset, which
// would make it aware, is left to the caller via strptime()).
DateTime strptimeDateTime(std::string_view data, std::string_view format);

// repr() of a str, as CPython prints it (for error messages).
std::string pyStrRepr(std::string_view utf8);

} // namespace ls::stdlib

// timedelta, date and datetime; see civil_time.h.
#include "civil_time_internal.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace ls::stdlib {

using namespace civil_detail;

namespace {

constexpr int MAX_DELTA_DAYS = 999999999;
// date(1970, 1, 1).toordinal()
constexpr std::int64_t EPOCH_ORDINAL = 719163;

int bitLength128(unsigned __int128 v)
{
    int n = 0;
    while (v != 0) {
        v >>= 1;
        ++n;
    }
    return n;
}

// py: Objects/longobject.c long_true_divide: int / int correctly rounded
// (round-half-even), here for the 128-bit values timedelta produces.
double trueDivide(__int128 a, __int128 b)
{
    if (b == 0)
        raise(Kind::ZeroDivisionError, "division by zero");
    const bool negative = (a < 0) != (b < 0);
    unsigned __int128 ua = a < 0 ? -static_cast<unsigned __int128>(a) : static_cast<unsigned __int128>(a);
    const unsigned __int128 ub = b < 0 ? -static_cast<unsigned __int128>(b) : static_cast<unsigned __int128>(b);
    if (ua == 0)
        return negative ? -0.0 : 0.0;
    // Collect 55 significant quotient bits (53 + guard + round) and a sticky
    // bit, then round once.
    unsigned __int128 q = ua / ub;
    unsigned __int128 r = ua % ub;
    int exponent = 0;
    bool sticky;
    const int qbits = bitLength128(q);
    if (qbits >= 55) {
        const int shift = qbits - 55;
        sticky = (q & ((static_cast<unsigned __int128>(1) << shift) - 1)) != 0 || r != 0;
        q >>= shift;
        exponent = shift;
    } else {
        while (bitLength128(q) < 55) {
            r <<= 1;
            q <<= 1;
            if (r >= ub) {
                r -= ub;
                q |= 1;
            }
            --exponent;
        }
        sticky = r != 0;
    }
    const unsigned low = static_cast<unsigned>(q & 3);
    std::uint64_t mantissa = static_cast<std::uint64_t>(q >> 2);
    exponent += 2;
    if (low == 3 || (low == 2 && (sticky || (mantissa & 1))))
        ++mantissa;
    const double magnitude = std::ldexp(static_cast<double>(mantissa), exponent);
    return negative ? -magnitude : magnitude;
}

// py: Objects/longobject.c _PyLong_DivmodNear: quotient rounded half-even.
__int128 divideNearest(__int128 a, __int128 b)
{
    if (b == 0)
        raise(Kind::ZeroDivisionError, "integer division or modulo by zero");
    __int128 q = floorDivI(a, b);
    const __int128 r = a - q * b; // same sign as b
    const __int128 twice = r * 2;
    const bool odd = (q & 1) != 0;
    if (b > 0 ? (twice > b || (twice == b && odd)) : (twice < b || (twice == b && odd)))
        ++q;
    return q;
}

// float.as_integer_ratio() as mantissa * 2**exponent (mantissa odd or 0).
void floatAsRatio(double f, std::int64_t& mantissa, int& exponent)
{
    if (std::isnan(f))
        raise(Kind::ValueError, "cannot convert NaN to integer ratio");
    if (std::isinf(f))
        raise(Kind::OverflowError, "cannot convert Infinity to integer ratio");
    int e;
    const double frac = std::frexp(f, &e);
    mantissa = static_cast<std::int64_t>(std::ldexp(frac, 53));
    exponent = e - 53;
    while (mantissa != 0 && (mantissa & 1) == 0) {
        mantissa /= 2;
        ++exponent;
    }
}

// Error for a microsecond count whose day count leaves C int, as
// _PyLong_AsInt reports it in microseconds_to_delta_ex.
[[noreturn]] void raiseDaysTooLarge()
{
    raise(Kind::OverflowError, "Python int too large to convert to C int");
}

// value * 2**shift for shift >= 0, or the int too-large error.
__int128 shiftLeftChecked(__int128 value, int shift)
{
    if (value == 0)
        return 0;
    const unsigned __int128 mag = value < 0 ? -static_cast<unsigned __int128>(value) : static_cast<unsigned __int128>(value);
    if (bitLength128(mag) + shift > 120)
        raiseDaysTooLarge();
    return value * (static_cast<__int128>(1) << shift);
}

// py: Modules/_datetimemodule.c: "i" arguments are C ints.
int toCInt(std::int64_t v)
{
    if (v > INT_MAX)
        raise(Kind::OverflowError, "signed integer is greater than maximum");
    if (v < INT_MIN)
        raise(Kind::OverflowError, "signed integer is less than minimum");
    return static_cast<int>(v);
}

// py: Python/pytime.c _PyTime_RoundHalfEven
double roundHalfEven(double x)
{
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5)
        rounded = 2.0 * std::round(x / 2.0); // halfway case: round to even
    return rounded;
}

DateTime fromTimeTAndUs(std::int64_t timet, int us, bool local)
{
    const BrokenDownTime tm = gmtime(timet);
    if (local) {
        // py: Modules/_datetimemodule.c datetime_from_timet_and_us (3.11)
        // probes local(t - max_fold_seconds) for a fold; with no DST the
        // probe only fails, in its utc_to_seconds year check.
        utcSeconds(tm);
        utcSeconds(gmtime(timet - MAX_FOLD_SECONDS));
    }
    return DateTime::make(tm.year, tm.mon, tm.mday, tm.hour, tm.min, std::min(59, tm.sec), us);
}

} // namespace

// ---- timedelta -------------------------------------------------------------

// py: Modules/_datetimemodule.c delta_new + accum (3.11): integer parts are
// exact, fractional parts of floats accumulate in leftover_us and are
// rounded half-even against the parity of the integer total.
TimeDelta TimeDelta::make(const Args& args)
{
    __int128 x = 0;
    double leftover = 0.0;
    auto accum = [&](const std::optional<IntOrFloat>& num, std::int64_t factor) {
        if (!num)
            return;
        if (!num->isFloat) {
            x += static_cast<__int128>(num->i) * factor;
            return;
        }
        double intpart;
        double fracpart = std::modf(num->f, &intpart);
        if (std::isnan(num->f))
            raise(Kind::ValueError, "cannot convert float NaN to integer");
        if (std::isinf(num->f))
            raise(Kind::OverflowError, "cannot convert float infinity to integer");
        if (std::fabs(intpart) >= 0x1p80) // beyond any C int day count
            raiseDaysTooLarge();
        x += static_cast<__int128>(intpart) * factor;
        if (fracpart == 0.0)
            return;
        fracpart = std::modf(static_cast<double>(factor) * fracpart, &intpart);
        x += static_cast<__int128>(intpart);
        leftover += fracpart;
    };
    accum(args.microseconds, 1);
    accum(args.milliseconds, 1000);
    accum(args.seconds, US_PER_SECOND);
    accum(args.minutes, 60 * US_PER_SECOND);
    accum(args.hours, 3600 * US_PER_SECOND);
    accum(args.days, US_PER_DAY);
    accum(args.weeks, 7 * US_PER_DAY);
    if (leftover != 0.0) {
        double wholeUs = std::round(leftover);
        if (std::fabs(wholeUs - leftover) == 0.5) {
            const int xIsOdd = static_cast<int>(x & 1);
            wholeUs = 2.0 * std::round((leftover + xIsOdd) * 0.5) - xIsOdd;
        }
        x += static_cast<long>(wholeUs);
    }
    return fromMicroseconds(x);
}

// py: Modules/_datetimemodule.c microseconds_to_delta_ex (3.11)
TimeDelta TimeDelta::fromMicroseconds(__int128 us)
{
    const __int128 seconds = floorDivI<__int128>(us, US_PER_SECOND);
    const __int128 days = floorDivI<__int128>(seconds, SECONDS_PER_DAY);
    if (days > INT_MAX || days < INT_MIN)
        raiseDaysTooLarge();
    if (days > MAX_DELTA_DAYS || days < -MAX_DELTA_DAYS)
        raise(Kind::OverflowError, format("days=%d; must have magnitude <= %d", static_cast<int>(days), MAX_DELTA_DAYS));
    TimeDelta td;
    td.days = static_cast<int>(days);
    td.seconds = static_cast<int>(seconds - days * SECONDS_PER_DAY);
    td.microseconds = static_cast<int>(us - seconds * US_PER_SECOND);
    return td;
}

__int128 TimeDelta::totalMicroseconds() const
{
    return (static_cast<__int128>(days) * SECONDS_PER_DAY + seconds) * US_PER_SECOND + microseconds;
}

// py: Modules/_datetimemodule.c delta_total_seconds: int / 10**6
double TimeDelta::totalSeconds() const
{
    return trueDivide(totalMicroseconds(), US_PER_SECOND);
}

// py: Modules/_datetimemodule.c delta_str (3.11)
std::string TimeDelta::str() const
{
    const int hours = seconds / 3600;
    const int minutes = seconds / 60 % 60;
    const int secs = seconds % 60;
    std::string out;
    if (days != 0)
        out = format("%d day%s, ", days, (days == 1 || days == -1) ? "" : "s");
    out += format("%d:%02d:%02d", hours, minutes, secs);
    if (microseconds != 0)
        out += format(".%06d", microseconds);
    return out;
}

// py: Modules/_datetimemodule.c delta_repr (3.11): only non-zero fields.
std::string TimeDelta::repr() const
{
    std::string args;
    auto field = [&](const char* name, int value) {
        if (value == 0)
            return;
        args += (args.empty() ? "" : ", ") + std::string(name) + "=" + std::to_string(value);
    };
    field("days", days);
    field("seconds", seconds);
    field("microseconds", microseconds);
    return "datetime.timedelta(" + (args.empty() ? std::string("0") : args) + ")";
}

TimeDelta operator+(const TimeDelta& a, const TimeDelta& b)
{
    return TimeDelta::fromMicroseconds(a.totalMicroseconds() + b.totalMicroseconds());
}

TimeDelta operator-(const TimeDelta& a, const TimeDelta& b)
{
    return TimeDelta::fromMicroseconds(a.totalMicroseconds() - b.totalMicroseconds());
}

TimeDelta operator-(const TimeDelta& a)
{
    return TimeDelta::fromMicroseconds(-a.totalMicroseconds());
}

TimeDelta abs(const TimeDelta& a)
{
    return a.days < 0 ? -a : a;
}

// py: Modules/_datetimemodule.c multiply_int_timedelta
TimeDelta operator*(const TimeDelta& a, std::int64_t n)
{
    __int128 product;
    if (__builtin_mul_overflow(a.totalMicroseconds(), static_cast<__int128>(n), &product))
        raiseDaysTooLarge();
    return TimeDelta::fromMicroseconds(product);
}

// py: Modules/_datetimemodule.c multiply_float_timedelta: exact
// us * numerator, then divide_nearest by the power-of-two denominator.
TimeDelta operator*(const TimeDelta& a, double f)
{
    const __int128 us = a.totalMicroseconds();
    std::int64_t mantissa;
    int exponent;
    floatAsRatio(f, mantissa, exponent);
    const __int128 product = us * mantissa; // < 2**67 * 2**53
    if (exponent >= 0)
        return TimeDelta::fromMicroseconds(shiftLeftChecked(product, exponent));
    if (-exponent >= 126) // |product| < 2**120: rounds to 0
        return TimeDelta::fromMicroseconds(0);
    return TimeDelta::fromMicroseconds(divideNearest(product, static_cast<__int128>(1) << -exponent));
}

// py: Modules/_datetimemodule.c delta_truedivide (timedelta / timedelta)
double operator/(const TimeDelta& a, const TimeDelta& b)
{
    return trueDivide(a.totalMicroseconds(), b.totalMicroseconds());
}

// py: Modules/_datetimemodule.c truedivide_timedelta_int
TimeDelta operator/(const TimeDelta& a, std::int64_t n)
{
    return TimeDelta::fromMicroseconds(divideNearest(a.totalMicroseconds(), n));
}

// py: Modules/_datetimemodule.c truedivide_timedelta_float:
// divide_nearest(us * denominator, numerator)
TimeDelta operator/(const TimeDelta& a, double f)
{
    const __int128 us = a.totalMicroseconds();
    std::int64_t mantissa;
    int exponent;
    floatAsRatio(f, mantissa, exponent);
    if (mantissa == 0)
        raise(Kind::ZeroDivisionError, "integer division or modulo by zero");
    if (exponent <= 0)
        return TimeDelta::fromMicroseconds(divideNearest(shiftLeftChecked(us, -exponent), mantissa));
    if (exponent >= 70) // the divisor exceeds 2 * |us|: rounds to 0
        return TimeDelta::fromMicroseconds(0);
    return TimeDelta::fromMicroseconds(divideNearest(us, static_cast<__int128>(mantissa) << exponent));
}

TimeDelta floorDiv(const TimeDelta& a, std::int64_t n)
{
    if (n == 0)
        raise(Kind::ZeroDivisionError, "integer division or modulo by zero");
    return TimeDelta::fromMicroseconds(floorDivI<__int128>(a.totalMicroseconds(), n));
}

__int128 floorDiv(const TimeDelta& a, const TimeDelta& b)
{
    const __int128 divisor = b.totalMicroseconds();
    if (divisor == 0)
        raise(Kind::ZeroDivisionError, "integer division or modulo by zero");
    return floorDivI<__int128>(a.totalMicroseconds(), divisor);
}

TimeDelta operator%(const TimeDelta& a, const TimeDelta& b)
{
    const __int128 divisor = b.totalMicroseconds();
    if (divisor == 0)
        raise(Kind::ZeroDivisionError, "integer modulo by zero");
    return TimeDelta::fromMicroseconds(floorModI<__int128>(a.totalMicroseconds(), divisor));
}

// ---- date ------------------------------------------------------------------

// py: Modules/_datetimemodule.c check_date_args (3.11)
Date Date::make(std::int64_t year, std::int64_t month, std::int64_t day)
{
    const int y = toCInt(year), m = toCInt(month), d = toCInt(day);
    checkYear(y);
    if (m < 1 || m > 12)
        raise(Kind::ValueError, "month must be in 1..12");
    if (d < 1 || d > daysInMonth(y, m))
        raise(Kind::ValueError, "day is out of range for month");
    return Date{y, m, d};
}

// py: Modules/_datetimemodule.c date_fromordinal (3.11)
Date Date::fromOrdinal(std::int64_t ordinal)
{
    const int ord = toCInt(ordinal);
    if (ord < 1)
        raise(Kind::ValueError, "ordinal must be >= 1");
    std::int64_t year;
    int month, day;
    civilFromDays(ord - EPOCH_ORDINAL, year, month, day);
    return make(year, month, day);
}

// py: Modules/_datetimemodule.c date_fromtimestamp (3.11): floor, then
// localtime.
Date Date::fromTimestamp(double t)
{
    rejectNaN(t);
    return fromTimestamp(doubleToTimeT(std::floor(t)));
}

Date Date::fromTimestamp(std::int64_t t)
{
    const BrokenDownTime tm = localtime(t);
    return make(tm.year, tm.mon, tm.mday);
}

std::int64_t Date::toOrdinal() const
{
    return daysFromCivil(year, month, day) + EPOCH_ORDINAL;
}

int Date::weekday() const
{
    return static_cast<int>((toOrdinal() + 6) % 7);
}

int Date::isoweekday() const
{
    return weekday() + 1;
}

// py: Modules/_datetimemodule.c build_struct_time via date_timetuple: dst -1
BrokenDownTime Date::timetuple() const
{
    BrokenDownTime tm;
    tm.year = year;
    tm.mon = month;
    tm.mday = day;
    tm.wday = weekday();
    tm.yday = static_cast<int>(daysFromCivil(year, month, day) - daysFromCivil(year, 1, 1) + 1);
    tm.isdst = -1;
    return tm;
}

std::string Date::isoformat() const
{
    return format("%04d-%02d-%02d", year, month, day);
}

std::string Date::repr() const
{
    return format("datetime.date(%d, %d, %d)", year, month, day);
}

// py: Modules/_datetimemodule.c format_ctime (3.11)
std::string Date::ctime() const
{
    return format("%s %s %2d %02d:%02d:%02d %04d", kDayNames[weekday()], kMonthNames[month - 1], day, 0, 0, 0, year);
}

std::string Date::strftime(std::string_view fmt) const
{
    return ls::stdlib::strftime(fmt, timetuple(), 0, true);
}

// py: Modules/_datetimemodule.c add_date_timedelta: only td.days counts.
Date operator+(const Date& d, const TimeDelta& td)
{
    const std::int64_t ordinal = d.toOrdinal() + td.days;
    if (ordinal < 1 || ordinal > Date{MAXYEAR, 12, 31}.toOrdinal())
        raise(Kind::OverflowError, "date value out of range");
    return Date::fromOrdinal(ordinal);
}

Date operator-(const Date& d, const TimeDelta& td)
{
    const std::int64_t ordinal = d.toOrdinal() - td.days;
    if (ordinal < 1 || ordinal > Date{MAXYEAR, 12, 31}.toOrdinal())
        raise(Kind::OverflowError, "date value out of range");
    return Date::fromOrdinal(ordinal);
}

TimeDelta operator-(const Date& a, const Date& b)
{
    return TimeDelta::fromMicroseconds(static_cast<__int128>(a.toOrdinal() - b.toOrdinal()) * US_PER_DAY);
}

// ---- datetime --------------------------------------------------------------

// py: Modules/_datetimemodule.c check_date_args + check_time_args (3.11)
DateTime DateTime::make(std::int64_t year, std::int64_t month, std::int64_t day, std::int64_t hour,
                        std::int64_t minute, std::int64_t second, std::int64_t microsecond)
{
    DateTime dt;
    dt.date = Date::make(year, month, day);
    const int h = toCInt(hour), mi = toCInt(minute), s = toCInt(second), us = toCInt(microsecond);
    if (h < 0 || h > 23)
        raise(Kind::ValueError, "hour must be in 0..23");
    if (mi < 0 || mi > 59)
        raise(Kind::ValueError, "minute must be in 0..59");
    if (s < 0 || s > 59)
        raise(Kind::ValueError, "second must be in 0..59");
    if (us < 0 || us > 999999)
        raise(Kind::ValueError, "microsecond must be in 0..999999");
    dt.hour = h;
    dt.minute = mi;
    dt.second = s;
    dt.microsecond = us;
    return dt;
}

// py: Python/pytime.c _PyTime_DoubleToDenominator (ROUND_HALF_EVEN, 10**6)
static void splitTimestamp(double t, std::int64_t& seconds, int& us)
{
    rejectNaN(t);
    double intpart;
    double floatpart = std::modf(t, &intpart);
    floatpart = roundHalfEven(floatpart * 1e6);
    if (floatpart >= 1e6) {
        floatpart -= 1e6;
        intpart += 1.0;
    } else if (floatpart < 0) {
        floatpart += 1e6;
        intpart -= 1.0;
    }
    seconds = doubleToTimeT(intpart);
    us = static_cast<int>(floatpart);
}

DateTime DateTime::fromTimestamp(double t)
{
    std::int64_t seconds;
    int us;
    splitTimestamp(t, seconds, us);
    return fromTimeTAndUs(seconds, us, true);
}

DateTime DateTime::fromTimestamp(std::int64_t t)
{
    return fromTimeTAndUs(t, 0, true);
}

DateTime DateTime::utcFromTimestamp(double t)
{
    std::int64_t seconds;
    int us;
    splitTimestamp(t, seconds, us);
    return fromTimeTAndUs(seconds, us, false);
}

DateTime DateTime::utcFromTimestamp(std::int64_t t)
{
    return fromTimeTAndUs(t, 0, false);
}

// py: Modules/_datetimemodule.c datetime_timestamp + local_to_seconds
// (3.11): the fold probe one day earlier fails for 0001-01-01.
double DateTime::timestamp() const
{
    const std::int64_t t = daysFromCivil(date.year, date.month, date.day) * SECONDS_PER_DAY + hour * 3600
                           + minute * 60 + second;
    utcSeconds(gmtime(t - MAX_FOLD_SECONDS));
    return static_cast<double>(t) + microsecond / 1e6;
}

BrokenDownTime DateTime::timetuple() const
{
    BrokenDownTime tm = date.timetuple();
    tm.hour = hour;
    tm.min = minute;
    tm.sec = second;
    return tm;
}

// py: Modules/_datetimemodule.c datetime_isoformat (3.11)
std::string DateTime::isoformat(std::string_view sep, std::string_view timespec) const
{
    std::string out = date.isoformat();
    out += sep;
    if (timespec == "auto")
        timespec = microsecond ? "microseconds" : "seconds";
    if (timespec == "hours")
        out += format("%02d", hour);
    else if (timespec == "minutes")
        out += format("%02d:%02d", hour, minute);
    else if (timespec == "seconds")
        out += format("%02d:%02d:%02d", hour, minute, second);
    else if (timespec == "milliseconds")
        out += format("%02d:%02d:%02d.%03d", hour, minute, second, microsecond / 1000);
    else if (timespec == "microseconds")
        out += format("%02d:%02d:%02d.%06d", hour, minute, second, microsecond);
    else
        raise(Kind::ValueError, "Unknown timespec value");
    return out;
}

// py: Modules/_datetimemodule.c datetime_repr (3.11)
std::string DateTime::repr() const
{
    std::string out = format("datetime.datetime(%d, %d, %d, %d, %d", date.year, date.month, date.day, hour, minute);
    if (microsecond)
        out += format(", %d, %d", second, microsecond);
    else if (second)
        out += format(", %d", second);
    return out + ")";
}

std::string DateTime::ctime() const
{
    return format("%s %s %2d %02d:%02d:%02d %04d", kDayNames[date.weekday()], kMonthNames[date.month - 1], date.day,
                  hour, minute, second, date.year);
}

std::string DateTime::strftime(std::string_view fmt) const
{
    return ls::stdlib::strftime(fmt, timetuple(), microsecond, true);
}

// py: Modules/_datetimemodule.c add_datetime_timedelta + normalize_date:
// the delta is applied with a sign factor, never negated (so subtracting
// timedelta.min reports the date, not the delta, overflowing).
static DateTime addMicroseconds(const DateTime& dt, __int128 deltaUs)
{
    const __int128 us = (static_cast<__int128>(dt.date.toOrdinal()) * SECONDS_PER_DAY + dt.hour * 3600
                         + dt.minute * 60 + dt.second)
                            * US_PER_SECOND
                        + dt.microsecond + deltaUs;
    const __int128 ordinal = floorDivI<__int128>(us, US_PER_DAY);
    if (ordinal < 1 || ordinal > Date{MAXYEAR, 12, 31}.toOrdinal())
        raise(Kind::OverflowError, "date value out of range");
    const auto inDay = static_cast<std::int64_t>(us - ordinal * US_PER_DAY);
    const Date d = Date::fromOrdinal(static_cast<std::int64_t>(ordinal));
    const std::int64_t secs = inDay / US_PER_SECOND;
    return DateTime{d, static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60),
                    static_cast<int>(inDay % US_PER_SECOND)};
}

DateTime operator+(const DateTime& dt, const TimeDelta& td)
{
    return addMicroseconds(dt, td.totalMicroseconds());
}

DateTime operator-(const DateTime& dt, const TimeDelta& td)
{
    return addMicroseconds(dt, -td.totalMicroseconds());
}

TimeDelta operator-(const DateTime& a, const DateTime& b)
{
    auto total = [](const DateTime& x) {
        return (static_cast<__int128>(x.date.toOrdinal()) * SECONDS_PER_DAY + x.hour * 3600 + x.minute * 60 + x.second)
                   * US_PER_SECOND
               + x.microsecond;
    };
    return TimeDelta::fromMicroseconds(total(a) - total(b));
}

} // namespace ls::stdlib

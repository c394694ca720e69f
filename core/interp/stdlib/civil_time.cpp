// Calendar and time-module arithmetic; see civil_time.h.  timedelta, date
// and datetime live in civil_datetime.cpp, strftime/strptime in
// civil_time_format.cpp.
#include "civil_time_internal.h"

#include <climits>
#include <cmath>

namespace ls::stdlib {

using namespace civil_detail;

namespace civil_detail {

std::int64_t doubleToTimeT(double intpart)
{
    if (!(intpart >= -9223372036854775808.0 && intpart < 9223372036854775808.0))
        raise(Kind::OverflowError, "timestamp out of range for platform time_t");
    return static_cast<std::int64_t>(intpart);
}

void rejectNaN(double t)
{
    if (std::isnan(t))
        raise(Kind::ValueError, "Invalid value NaN (not a number)");
}

void checkYear(std::int64_t year)
{
    if (year < MINYEAR || year > MAXYEAR)
        raise(Kind::ValueError, "year " + std::to_string(year) + " is out of range");
}

// py: Modules/_datetimemodule.c utc_to_seconds, as seconds since 1970.
std::int64_t utcSeconds(const BrokenDownTime& tm)
{
    checkYear(tm.year);
    return daysFromCivil(tm.year, tm.mon, tm.mday) * SECONDS_PER_DAY + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

} // namespace civil_detail

// ---- calendar ------------------------------------------------------------

bool isLeapYear(std::int64_t year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int daysInMonth(std::int64_t year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's days_from_civil, valid for the whole int64 year range we use.
std::int64_t daysFromCivil(std::int64_t year, int month, int day)
{
    const std::int64_t y = year - (month <= 2);
    const std::int64_t era = floorDivI<std::int64_t>(y, 400);
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(month > 2 ? month - 3 : month + 9) + 2) / 5;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468 + day - 1;
}

void civilFromDays(std::int64_t days, std::int64_t& year, int& month, int& day)
{
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDivI<std::int64_t>(z, 146097);
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2);
}

// ---- time module -----------------------------------------------------------

BrokenDownTime gmtime(std::int64_t seconds)
{
    const std::int64_t days = floorDivI<std::int64_t>(seconds, SECONDS_PER_DAY);
    const std::int64_t rem = seconds - days * SECONDS_PER_DAY;
    std::int64_t year;
    BrokenDownTime tm;
    civilFromDays(days, year, tm.mon, tm.mday);
    // glibc __offtime fails with EOVERFLOW when tm_year leaves int.
    if (year - 1900 > INT_MAX || year - 1900 < INT_MIN)
        raise(Kind::OSError, "[Errno 75] Value too large for defined data type");
    tm.year = static_cast<int>(year);
    tm.hour = static_cast<int>(rem / 3600);
    tm.min = static_cast<int>(rem / 60 % 60);
    tm.sec = static_cast<int>(rem % 60);
    tm.wday = static_cast<int>(floorModI<std::int64_t>(days + 3, 7)); // 1970-01-01 was a Thursday
    tm.yday = static_cast<int>(days - daysFromCivil(year, 1, 1) + 1);
    tm.isdst = 0;
    tm.zone = "GMT";
    return tm;
}

// py: Python/pytime.c _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR
BrokenDownTime gmtime(double seconds)
{
    rejectNaN(seconds);
    return gmtime(doubleToTimeT(std::floor(seconds)));
}

BrokenDownTime localtime(std::int64_t seconds)
{
    BrokenDownTime tm = gmtime(seconds);
    tm.zone = "UTC";
    return tm;
}

BrokenDownTime localtime(double seconds)
{
    BrokenDownTime tm = gmtime(seconds);
    tm.zone = "UTC";
    return tm;
}

// py: Lib/calendar.py timegm (3.11)
std::int64_t timegm(const BrokenDownTime& tm)
{
    Date::make(tm.year, tm.mon, 1); // its ValueErrors are timegm's
    const std::int64_t days = daysFromCivil(tm.year, tm.mon, 1) + tm.mday - 1;
    return ((days * 24 + tm.hour) * 60 + tm.min) * 60 + tm.sec;
}

// py: Modules/timemodule.c time_mktime (3.11) over glibc mktime with TZ=UTC
double mktime(const BrokenDownTime& tm)
{
    if (tm.year < INT_MIN + 1900)
        raise(Kind::OverflowError, "year out of range");
    const std::int64_t mon0 = static_cast<std::int64_t>(tm.mon) - 1;
    const std::int64_t year = tm.year + floorDivI<std::int64_t>(mon0, 12);
    const int month = static_cast<int>(floorModI<std::int64_t>(mon0, 12)) + 1;
    std::int64_t t = (daysFromCivil(year, month, 1) + tm.mday - 1) * SECONDS_PER_DAY
                     + static_cast<std::int64_t>(tm.hour) * 3600 + static_cast<std::int64_t>(tm.min) * 60 + tm.sec;
    if (tm.isdst > 0)
        t -= 3600; // glibc honours a DST request in a zone without DST
    const std::int64_t days = floorDivI<std::int64_t>(t, SECONDS_PER_DAY);
    std::int64_t y;
    int m, d;
    civilFromDays(days, y, m, d);
    if (y - 1900 > INT_MAX || y - 1900 < INT_MIN)
        raise(Kind::OverflowError, "mktime argument out of range");
    return static_cast<double>(t);
}

// py: Modules/timemodule.c gettmarg + checktm (3.11)
void checkStructTime(BrokenDownTime& tm)
{
    if (tm.year < INT_MIN + 1900)
        raise(Kind::OverflowError, "year out of range");
    // gettmarg stores wday as (wday + 1) % 7 (Sunday first, C remainder).
    const int cwday = (tm.wday + 1) % 7;
    if (tm.mon == 0)
        tm.mon = 1;
    else if (tm.mon < 1 || tm.mon > 12)
        raise(Kind::ValueError, "month out of range");
    if (tm.mday == 0)
        tm.mday = 1;
    else if (tm.mday < 0 || tm.mday > 31)
        raise(Kind::ValueError, "day of month out of range");
    if (tm.hour < 0 || tm.hour > 23)
        raise(Kind::ValueError, "hour out of range");
    if (tm.min < 0 || tm.min > 59)
        raise(Kind::ValueError, "minute out of range");
    if (tm.sec < 0 || tm.sec > 61)
        raise(Kind::ValueError, "seconds out of range");
    if (cwday < 0)
        raise(Kind::ValueError, "day of week out of range");
    tm.wday = (cwday + 6) % 7;
    if (tm.yday == 0)
        tm.yday = 1;
    else if (tm.yday < 0 || tm.yday > 366)
        raise(Kind::ValueError, "day of year out of range");
    tm.isdst = tm.isdst < -1 ? -1 : (tm.isdst > 1 ? 1 : tm.isdst);
}

// py: Modules/timemodule.c _asctime (3.11)
std::string asctime(BrokenDownTime tm)
{
    checkStructTime(tm);
    return format("%s %s%3d %.2d:%.2d:%.2d %d", kDayNames[tm.wday], kMonthNames[tm.mon - 1], tm.mday, tm.hour, tm.min,
                  tm.sec, tm.year);
}

} // namespace ls::stdlib

// Shared helpers of civil_time.cpp, civil_datetime.cpp and
// civil_time_format.cpp; not part of the public API.
#pragma once

#include "civil_time.h"

#include <cstdio>
#include <string>

namespace ls::stdlib::civil_detail {

using Kind = StdlibError::Kind;

[[noreturn]] inline void raise(Kind kind, const std::string& message)
{
    throw StdlibError(kind, message);
}

inline constexpr int MINYEAR = 1;
inline constexpr int MAXYEAR = 9999;
inline constexpr std::int64_t SECONDS_PER_DAY = 86400;
inline constexpr std::int64_t US_PER_SECOND = 1000000;
inline constexpr std::int64_t US_PER_DAY = SECONDS_PER_DAY * US_PER_SECOND;
// py: Modules/_datetimemodule.c max_fold_seconds
inline constexpr std::int64_t MAX_FOLD_SECONDS = 24 * 3600;

inline constexpr const char* kDayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
inline constexpr const char* kMonthNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr const char* kFullMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};

// Python's // and % (floor) for any integer type.
template <typename T>
inline T floorDivI(T a, T b)
{
    T q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

template <typename T>
inline T floorModI(T a, T b)
{
    return a - floorDivI(a, b) * b;
}

// snprintf into a std::string (short, fixed formats only).
inline std::string format(const char* fmt, auto... args)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

// _PyTime_ObjectToTime_t / _PyTime_DoubleToDenominator range check.
std::int64_t doubleToTimeT(double intpart);
// CPython's ValueError for a NaN timestamp.
void rejectNaN(double t);
// "year N is out of range" outside 1..9999.
void checkYear(std::int64_t year);
// py: Modules/_datetimemodule.c utc_to_seconds, as seconds since 1970.
std::int64_t utcSeconds(const BrokenDownTime& tm);

} // namespace ls::stdlib::civil_detail

// strftime: glibc 2.36 in the C locale, behind CPython's time.strftime and
// datetime's wrap_strftime; see civil_time.h.  strptime is in
// civil_strptime.cpp.
#include "civil_time_internal.h"

#include <cctype>
#include <climits>

namespace ls::stdlib {

using namespace civil_detail;

namespace {

// ---- glibc strftime ----------------------------------------------------------

// struct tm as glibc sees it: year - 1900, month 0..11, Sunday == 0, yday
// 0-based.  zone "" stands for a NULL tm_zone.
struct CTm {
    int sec, min, hour, mday, mon, year, wday, yday, isdst;
    long gmtoff;
    std::string zone;
};

const char* const kFullDays[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kAbbrDays[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

bool cLeap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// py: glibc time/strftime_l.c iso_week_days: days since the start of the
// ISO week-based year holding yday (negative: the previous year's).
int isoWeekDays(int yday, int wday)
{
    constexpr int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
    return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
}

// py: glibc time/strftime_l.c __strftime_internal (2.36), C locale only.
// Appends to `p`; false when the result would not fit in maxsize (glibc
// then returns 0 and CPython an empty string).  The structure follows glibc
// closely because its flag/width quirks are observable from Python.
bool glibcFormat(std::string& p, std::size_t maxsize, std::string_view format, const CTm& tp)
{
    const int hour12 = tp.hour > 12 ? tp.hour - 12 : (tp.hour == 0 ? 12 : tp.hour);
    auto at = [&](std::size_t k) { return k < format.size() ? format[k] : '\0'; };
    auto inRange = [](int v, int hi) { return v >= 0 && v <= hi; };

    for (std::size_t f = 0; f < format.size(); ++f) {
        int pad = 0;
        int width = -1;
        bool toLower = false, toUpper = false, changeCase = false;

        // glibc's add()/cpy(): width padding (zeros only for the 0 flag),
        // then the text, case-converted for cpy().
        auto add = [&](std::string_view text, bool cpy) {
            const int n = static_cast<int>(text.size());
            const int delta = width - n;
            const std::size_t incr = static_cast<std::size_t>(n) + (delta > 0 ? delta : 0);
            if (incr >= maxsize - p.size())
                return false;
            if (delta > 0)
                p.append(static_cast<std::size_t>(delta), pad == '0' ? '0' : ' ');
            for (char c : text) {
                if (cpy && toLower)
                    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                else if (cpy && toUpper)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                p += c;
            }
            return true;
        };
        // do_number_sign_and_padding
        auto signAndPad = [&](std::string buf, bool negative, int digits) {
            if (negative)
                buf.insert(buf.begin(), '-');
            if (pad != '-') {
                const int padding = digits - static_cast<int>(buf.size());
                if (padding > 0) {
                    if (pad == '_') {
                        if (static_cast<std::size_t>(padding) >= maxsize - p.size())
                            return false;
                        p.append(static_cast<std::size_t>(padding), ' ');
                        width = width > padding ? width - padding : 0;
                    } else {
                        if (static_cast<std::size_t>(digits) >= maxsize - p.size())
                            return false;
                        if (negative) {
                            buf.erase(buf.begin());
                            p += '-';
                        }
                        p.append(static_cast<std::size_t>(padding), '0');
                        width = 0;
                    }
                }
            }
            return add(buf, true);
        };
        // DO_NUMBER / DO_NUMBER_SPACEPAD
        auto number = [&](int d, int value, bool spacepad = false) {
            if (spacepad && pad != '0' && pad != '-')
                pad = '_';
            const unsigned u = value < 0 ? 0u - static_cast<unsigned>(value) : static_cast<unsigned>(value);
            return signAndPad(std::to_string(u), value < 0, d > width ? d : width);
        };
        auto subformat = [&](std::string_view sub) {
            std::string text;
            glibcFormat(text, SIZE_MAX, sub, tp);
            const std::size_t start = p.size();
            if (!add(text, false))
                return false;
            if (toUpper)
                for (std::size_t k = start; k < p.size(); ++k)
                    p[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(p[k])));
            return true;
        };

        if (format[f] != '%') {
            if (!add(format.substr(f, 1), false))
                return false;
            continue;
        }
        const std::size_t percent = f;
        for (;;) { // flags
            const char c = at(++f);
            if (c == '_' || c == '-' || c == '0')
                pad = c;
            else if (c == '^')
                toUpper = true;
            else if (c == '#')
                changeCase = true;
            else
                break;
        }
        if (std::isdigit(static_cast<unsigned char>(at(f)))) { // GNU field width
            width = 0;
            do {
                const int digit = at(f) - '0';
                width = (width > INT_MAX / 10 || (width == INT_MAX / 10 && digit > INT_MAX % 10)) ? INT_MAX
                                                                                                  : width * 10 + digit;
                ++f;
            } while (std::isdigit(static_cast<unsigned char>(at(f))));
        }
        char modifier = 0;
        if (at(f) == 'E' || at(f) == 'O')
            modifier = at(f++);
        const char fc = at(f);
        // Which modifiers each conversion rejects (measured against glibc).
        const bool rejectsE = std::string_view("aAbBdeDFgGhHIjklmMSUVwW").find(fc) != std::string_view::npos;
        const bool rejectsO = std::string_view("aAcDFxXY").find(fc) != std::string_view::npos;
        const bool known = fc != '\0' && std::string_view("aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%").find(fc)
                                             != std::string_view::npos;
        bool ok = true;
        if (!known || (modifier == 'E' && rejectsE) || (modifier == 'O' && rejectsO)) {
            // bad_format: echo the whole conversion, "%" through here.
            if (fc == '\0')
                --f; // GNU extension: % at the end of the format
            if (!add(format.substr(percent, f - percent + 1), true))
                return false;
            continue;
        }
        switch (fc) {
        case '%': ok = add("%", false); break;
        case 'n': ok = add("\n", false); break;
        case 't': ok = add("\t", false); break;
        case 'a':
        case 'A':
            if (changeCase) {
                toUpper = true;
                toLower = false;
            }
            ok = add(!inRange(tp.wday, 6) ? "?" : fc == 'a' ? kAbbrDays[tp.wday] : kFullDays[tp.wday], true);
            break;
        case 'b':
        case 'h':
        case 'B':
            if (changeCase) {
                toUpper = true;
                toLower = false;
            }
            if (!inRange(tp.mon, 11))
                ok = add("?", true);
            else
                ok = add(fc == 'B' ? std::string_view(kFullMonths[tp.mon]) : std::string_view(kMonthNames[tp.mon]), true);
            break;
        case 'c': ok = subformat("%a %b %e %H:%M:%S %Y"); break;
        case 'D':
        case 'x': ok = subformat("%m/%d/%y"); break;
        case 'F': ok = subformat("%Y-%m-%d"); break;
        case 'R': ok = subformat("%H:%M"); break;
        case 'r': ok = subformat("%I:%M:%S %p"); break;
        case 'T':
        case 'X': ok = subformat("%H:%M:%S"); break;
        case 'C': {
            const int year = tp.year + 1900;
            ok = number(1, year / 100 - (year % 100 < 0));
            break;
        }
        case 'd': ok = number(2, tp.mday); break;
        case 'e': ok = number(2, tp.mday, true); break;
        case 'H': ok = number(2, tp.hour); break;
        case 'I': ok = number(2, hour12); break;
        case 'k': ok = number(2, tp.hour, true); break;
        case 'l': ok = number(2, hour12, true); break;
        case 'j': ok = number(3, 1 + tp.yday); break;
        case 'M': ok = number(2, tp.min); break;
        case 'm': ok = number(2, tp.mon + 1); break;
        case 'S': ok = number(2, tp.sec); break;
        case 'u': ok = number(1, (tp.wday - 1 + 7) % 7 + 1); break;
        case 'U': ok = number(2, (tp.yday - tp.wday + 7) / 7); break;
        case 'W': ok = number(2, (tp.yday - (tp.wday - 1 + 7) % 7 + 7) / 7); break;
        case 'w': ok = number(1, tp.wday); break;
        case 'Y': ok = number(1, tp.year + 1900); break;
        case 'y': ok = number(2, (tp.year % 100 + 100) % 100); break;
        case 'V':
        case 'g':
        case 'G': {
            int year = tp.year + 1900;
            int days = isoWeekDays(tp.yday, tp.wday);
            if (days < 0) { // this ISO week belongs to the previous year
                --year;
                days = isoWeekDays(tp.yday + (365 + cLeap(year)), tp.wday);
            } else {
                const int d = isoWeekDays(tp.yday - (365 + cLeap(year)), tp.wday);
                if (d >= 0) { // ... or to the next one
                    ++year;
                    days = d;
                }
            }
            ok = fc == 'g' ? number(2, (year % 100 + 100) % 100) : fc == 'G' ? number(1, year) : number(2, days / 7 + 1);
            break;
        }
        case 'P':
        case 'p':
            if (fc == 'P' || changeCase) {
                toUpper = false;
                toLower = true;
            }
            ok = add(tp.hour > 11 ? "PM" : "AM", true);
            break;
        case 's': { // mktime(tp) under TZ=UTC
            const std::int64_t mon0 = tp.mon;
            const std::int64_t days = daysFromCivil(static_cast<std::int64_t>(tp.year) + 1900 + floorDivI<std::int64_t>(mon0, 12),
                                                    static_cast<int>(floorModI<std::int64_t>(mon0, 12)) + 1, 1)
                                      + tp.mday - 1;
            std::int64_t t = days * SECONDS_PER_DAY + static_cast<std::int64_t>(tp.hour) * 3600 + tp.min * 60 + tp.sec;
            if (tp.isdst > 0)
                t -= 3600;
            const std::uint64_t u = t < 0 ? 0 - static_cast<std::uint64_t>(t) : static_cast<std::uint64_t>(t);
            ok = signAndPad(std::to_string(u), t < 0, 1);
            break;
        }
        case 'Z': {
            if (changeCase) {
                toUpper = false;
                toLower = true;
            }
            // No tm_zone: tzname[isdst] ("UTC") unless isdst is negative.
            const std::string zone = !tp.zone.empty() ? tp.zone : (tp.isdst >= 0 ? "UTC" : "");
            ok = add(zone, true);
            break;
        }
        case 'z': {
            if (tp.isdst < 0)
                break;
            long diff = tp.gmtoff;
            ok = add(diff < 0 ? "-" : "+", false);
            if (diff < 0)
                diff = -diff;
            diff /= 60;
            ok = ok && number(4, static_cast<int>((diff / 60) * 100 + diff % 60));
            break;
        }
        default: break;
        }
        if (!ok)
            return false;
    }
    return true;
}

// py: Modules/_datetimemodule.c wrap_strftime (3.11): %z, %Z (empty for a
// naive object) and %f are expanded before the C strftime sees the format,
// which is read as a C string (it stops at a NUL).
std::string wrapStrftime(std::string_view fmt, int microseconds)
{
    std::string out;
    for (std::size_t k = 0; k < fmt.size() && fmt[k] != '\0'; ++k) {
        if (fmt[k] != '%' || k + 1 >= fmt.size() || fmt[k + 1] == '\0') {
            out += fmt[k];
            continue;
        }
        const char ch = fmt[++k];
        if (ch == 'z' || ch == 'Z')
            continue;
        if (ch == 'f')
            out += format("%06d", microseconds);
        else
            (out += '%') += ch;
    }
    return out;
}

} // namespace

// py: Modules/timemodule.c time_strftime (3.11)
std::string strftime(std::string_view fmt, const BrokenDownTime& tm, int microseconds, bool isDatetime)
{
    std::string format(isDatetime ? wrapStrftime(fmt, microseconds) : std::string(fmt));
    if (format.find('\0') != std::string::npos)
        raise(Kind::ValueError, "embedded null character");
    BrokenDownTime t = tm;
    if (isDatetime) { // a naive timetuple: no zone, dst unknown
        t.isdst = -1;
        t.zone.clear();
    }
    checkStructTime(t);
    const CTm ctm{t.sec, t.min, t.hour, t.mday, t.mon - 1, t.year - 1900, (t.wday + 1) % 7, t.yday - 1, t.isdst,
                  t.gmtoff, t.zone};
    // CPython doubles its buffer from 1024 until it reaches 256 times the
    // format length; a result that does not fit the last one is dropped.
    std::size_t maxsize = 1024;
    while (maxsize < 256 * format.size())
        maxsize *= 2;
    std::string out;
    if (!glibcFormat(out, maxsize, format, ctm))
        return {};
    return out;
}

} // namespace ls::stdlib

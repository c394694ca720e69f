// strptime (Lib/_strptime.py of CPython 3.11, C locale, TZ=UTC) over
// std::regex, and the str repr its errors quote; see civil_time.h.
#include "civil_time_internal.h"

#include <algorithm>
#include <cctype>
// GCC 12 under -fsanitize reports a false -Wmaybe-uninitialized inside
// <regex>'s std::function use; the state is per source location, so
// silencing it around the include covers the library code only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#pragma GCC diagnostic pop
#include <vector>

namespace ls::stdlib {

using namespace civil_detail;

namespace {

constexpr std::string_view kPyRegexSpecials = "\\.^$*+?(){}[]|";
// Python's str.isspace() over ASCII, which \s matches in a str pattern.
bool isPySpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}
constexpr const char* kEcmaSpaces = "[ \\t\\n\\v\\f\\r\\x1c-\\x1f]";

// Text that re.IGNORECASE would match: ASCII letters as [xX].
std::string caseless(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (std::isalpha(static_cast<unsigned char>(c)))
            (((out += '[') += static_cast<char>(std::tolower(c))) += static_cast<char>(std::toupper(c))) += ']';
        else
            out += c;
    }
    return out;
}

// py: Lib/_strptime.py TimeRE.__seqToRE: longest first (stable).
std::string seqToRe(std::vector<std::string> names, bool forPython)
{
    std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : "|") + (forPython ? n : caseless(n));
    return out;
}

std::vector<std::string> lowerNames(const char* const* names, int count, int len = 0)
{
    std::vector<std::string> out;
    for (int k = 0; k < count; ++k) {
        std::string s = len ? std::string(names[k], static_cast<std::size_t>(len)) : std::string(names[k]);
        for (char& c : s)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.push_back(s);
    }
    return out;
}

// The regex of one directive, in Python's spelling (for re.error positions
// and group numbers) and in ECMAScript (what std::regex runs).
struct DirectiveRe {
    std::string python, ecma;
    int unnamedGroups = 0;
};

std::optional<DirectiveRe> directiveRe(char d)
{
    static const char* const kMonday[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    auto same = [](const char* re) { return DirectiveRe{re, re, 0}; };
    auto names = [](std::vector<std::string> v) { return DirectiveRe{seqToRe(v, true), seqToRe(v, false), 0}; };
    switch (d) {
    case 'd': return same(R"(3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])");
    case 'f': return same(R"([0-9]{1,6})");
    case 'H': return same(R"(2[0-3]|[0-1]\d|\d)");
    case 'I': return same(R"(1[0-2]|0[1-9]|[1-9])");
    case 'G': return same(R"(\d\d\d\d)");
    case 'j': return same(R"(36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])");
    case 'm': return same(R"(1[0-2]|0[1-9]|[1-9])");
    case 'M': return same(R"([0-5]\d|\d)");
    case 'S': return same(R"(6[0-1]|[0-5]\d|\d)");
    case 'U':
    case 'W': return same(R"(5[0-3]|[0-4]\d|\d)");
    case 'w': return same(R"([0-6])");
    case 'u': return same(R"([1-7])");
    case 'V': return same(R"(5[0-3]|0[1-9]|[1-4]\d|\d)");
    case 'y': return same(R"(\d\d)");
    case 'Y': return same(R"(\d\d\d\d)");
    case 'z':
        return DirectiveRe{R"([+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
                           R"([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)", 2};
    case 'A': return names(lowerNames(kMonday, 7));
    case 'a': return names(lowerNames(kMonday, 7, 3));
    case 'B': return names(lowerNames(kFullMonths, 12));
    case 'b': return names(lowerNames(kFullMonths, 12, 3));
    case 'p': return names({"am", "pm"});
    case 'Z': return names({"utc", "gmt"}); // TZ=UTC: {"utc", "gmt", tzname[0]}
    default: return std::nullopt;
    }
}

struct CompiledFormat {
    std::string python, ecma;
    std::vector<char> groups; // directive letter of each ECMAScript group
    std::vector<std::pair<char, int>> named; // Python group number per name
    int pythonGroups = 0;
    // re.compile only runs once the whole pattern is built, so a duplicate
    // group loses to a later bad directive; keep its message until then.
    std::string duplicateGroupError;
};

// py: Lib/_strptime.py TimeRE.pattern (3.11): escape, \s+ for whitespace,
// then expand each %-directive of the escaped text.
void buildPattern(std::string_view format, std::string_view original, CompiledFormat& out)
{
    std::string escaped;
    for (std::size_t k = 0; k < format.size(); ++k) {
        if (isPySpace(format[k])) {
            while (k + 1 < format.size() && isPySpace(format[k + 1]))
                ++k;
            escaped += "\\s+";
        } else {
            if (kPyRegexSpecials.find(format[k]) != std::string_view::npos)
                escaped += '\\';
            escaped += format[k];
        }
    }
    for (std::size_t k = 0; k < escaped.size(); ++k) {
        const char c = escaped[k];
        if (c == '\\') { // an escape pair, or the \s+ whitespace marker
            const char next = escaped[++k];
            out.python += {c, next};
            if (next == 's')
                out.ecma += kEcmaSpaces;
            else
                (out.ecma += '\\') += next;
            continue;
        }
        if (c != '%') {
            out.python += c;
            out.ecma += c == '+' ? std::string("+") : caseless(std::string_view(&c, 1));
            continue;
        }
        if (k + 1 >= escaped.size())
            raise(Kind::ValueError, "stray % in format '" + std::string(original) + "'");
        // The directive is one code point (UTF-8 sequence).
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(escaped[k + 1]);
        if (lead >= 0xC0)
            len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        const std::string d = escaped.substr(k + 1, len);
        k += len;
        if (d == "%") {
            out.python += '%';
            out.ecma += '%';
        } else if (d == "c" || d == "x" || d == "X") { // the C locale's formats
            const char* sub = d == "c" ? "%a %b %d %H:%M:%S %Y" : d == "x" ? "%m/%d/%y" : "%H:%M:%S";
            buildPattern(sub, original, out);
        } else if (auto re = d.size() == 1 ? directiveRe(d[0]) : std::nullopt) {
            const char name = d[0];
            const int number = ++out.pythonGroups;
            for (const auto& [seen, seenNumber] : out.named)
                if (seen == name && out.duplicateGroupError.empty())
                    out.duplicateGroupError = civil_detail::format("redefinition of group name '%c' as group %d; was group %d at "
                                                     "position %zu", name, number, seenNumber, out.python.size() + 4);
            out.named.emplace_back(name, number);
            out.pythonGroups += re->unnamedGroups;
            out.python += "(?P<" + d + ">" + re->python + ")";
            out.ecma += "(" + re->ecma + ")";
            out.groups.push_back(name);
        } else {
            raise(Kind::ValueError, "'" + (d == "\\" ? std::string("%") : d) + "' is a bad directive in format '"
                                        + std::string(original) + "'");
        }
    }
}

int toInt(const std::string& s)
{
    return std::stoi(s);
}

int indexOf(const std::vector<std::string>& names, std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t k = 0; k < names.size(); ++k)
        if (names[k] == s)
            return static_cast<int>(k);
    return -1;
}

} // namespace

// py: Lib/_strptime.py _strptime (3.11)
StrptimeResult strptime(std::string_view data, std::string_view format)
{
    CompiledFormat compiled;
    buildPattern(format, format, compiled);
    if (!compiled.duplicateGroupError.empty())
        raise(Kind::ReError, compiled.duplicateGroupError);
    const std::regex re(compiled.ecma, std::regex::ECMAScript);
    std::match_results<std::string_view::const_iterator> found;
    if (!std::regex_search(data.begin(), data.end(), found, re, std::regex_constants::match_continuous))
        raise(Kind::ValueError, "time data " + pyStrRepr(data) + " does not match format " + pyStrRepr(format));
    const auto end = static_cast<std::size_t>(found.length(0));
    if (end != data.size())
        raise(Kind::ValueError, "unconverted data remains: " + std::string(data.substr(end)));

    std::optional<int> isoYear, year, weekday, julian, isoWeek, weekOfYear, gmtoff;
    int month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0, tz = -1, gmtoffFraction = 0;
    bool weekStartsMon = false;
    std::string tzname;
    std::string ampm;
    for (std::size_t g = 0; g < compiled.groups.size(); ++g)
        if (compiled.groups[g] == 'p')
            ampm = found.str(g + 1);
    const auto fullMonths = lowerNames(kFullMonths, 12), abbrMonths = lowerNames(kFullMonths, 12, 3);
    static const char* const kMonday[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (std::size_t g = 0; g < compiled.groups.size(); ++g) {
        const std::string v = found.str(g + 1);
        switch (compiled.groups[g]) {
        case 'y': year = toInt(v) + (toInt(v) <= 68 ? 2000 : 1900); break;
        case 'Y': year = toInt(v); break;
        case 'G': isoYear = toInt(v); break;
        case 'm': month = toInt(v); break;
        case 'B': month = indexOf(fullMonths, v) + 1; break;
        case 'b': month = indexOf(abbrMonths, v) + 1; break;
        case 'd': day = toInt(v); break;
        case 'H': hour = toInt(v); break;
        case 'I': {
            hour = toInt(v);
            const int p = indexOf({"am", "pm"}, ampm);
            if (ampm.empty() || p == 0) {
                if (hour == 12) // 12 midnight == 12 AM == hour 0
                    hour = 0;
            } else if (p == 1 && hour != 12) {
                hour += 12;
            }
            break;
        }
        case 'M': minute = toInt(v); break;
        case 'S': second = toInt(v); break;
        case 'f': fraction = toInt(v + std::string(6 - v.size(), '0')); break;
        case 'A': weekday = indexOf(lowerNames(kMonday, 7), v); break;
        case 'a': weekday = indexOf(lowerNames(kMonday, 7, 3), v); break;
        case 'w': weekday = toInt(v) == 0 ? 6 : toInt(v) - 1; break;
        case 'u': weekday = toInt(v) - 1; break;
        case 'j': julian = toInt(v); break;
        case 'U':
        case 'W':
            weekOfYear = toInt(v);
            weekStartsMon = compiled.groups[g] == 'W';
            break;
        case 'V': isoWeek = toInt(v); break;
        case 'z':
            if (v == "Z") {
                gmtoff = 0;
            } else {
                std::string z = v;
                if (z[3] == ':') {
                    z.erase(3, 1);
                    if (z.size() > 5) {
                        if (z[5] != ':')
                            raise(Kind::ValueError, "Inconsistent use of : in " + v);
                        z.erase(5, 1);
                    }
                }
                int offset = toInt(z.substr(1, 2)) * 3600 + toInt(z.substr(3, 2)) * 60;
                if (z.size() > 5)
                    offset += toInt(z.substr(5, 2));
                const std::string rest = z.size() > 8 ? z.substr(8) : "";
                int frac = rest.empty() ? 0 : toInt(rest + std::string(6 - rest.size(), '0'));
                if (z[0] == '-') {
                    offset = -offset;
                    frac = -frac;
                }
                gmtoff = offset;
                gmtoffFraction = frac;
            }
            break;
        case 'Z':
            tzname = v;
            tz = 0; // "utc"/"gmt": the non-DST names of TZ=UTC
            break;
        default: break;
        }
    }
    // Ambiguities: ISO year/week need each other and a weekday.
    if (!year && isoYear) {
        if (!isoWeek || !weekday)
            raise(Kind::ValueError, "ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                                    "weekday directive ('%A', '%a', '%w', or '%u').");
        if (julian)
            raise(Kind::ValueError, "Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                                    "Use '%Y' instead.");
    } else if (!weekOfYear && isoWeek) {
        if (!weekday)
            raise(Kind::ValueError, "ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                                    "weekday directive ('%A', '%a', '%w', or '%u').");
        raise(Kind::ValueError, "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                                "year '%G' instead.");
    }
    bool leapYearFix = false;
    if (!year && month == 2 && day == 29) {
        year = 1904; // first leap year of the 20th century
        leapYearFix = true;
    } else if (!year) {
        year = 1900;
    }
    if (!julian && weekday) {
        if (weekOfYear) { // _calc_julian_from_U_or_W
            int firstWeekday = Date::make(*year, 1, 1).weekday();
            int dayOfWeek = *weekday;
            if (!weekStartsMon) {
                firstWeekday = (firstWeekday + 1) % 7;
                dayOfWeek = (dayOfWeek + 1) % 7;
            }
            const int week0Length = (7 - firstWeekday) % 7;
            julian = *weekOfYear == 0 ? 1 + dayOfWeek - firstWeekday : 1 + week0Length + 7 * (*weekOfYear - 1) + dayOfWeek;
        } else if (isoYear && isoWeek) { // _calc_julian_from_V
            int iso = *isoYear;
            const int correction = Date::make(iso, 1, 4).isoweekday() + 3;
            std::int64_t ordinal = *isoWeek * 7 + (*weekday + 1) - correction;
            if (ordinal < 1) {
                ordinal += Date::make(iso, 1, 1).toOrdinal();
                --iso;
                ordinal -= Date::make(iso, 1, 1).toOrdinal();
            }
            year = iso;
            julian = static_cast<int>(ordinal);
        }
        if (julian && *julian <= 0) {
            year = *year - 1;
            *julian += isLeapYear(*year) ? 366 : 365;
        }
    }
    if (!julian) {
        julian = static_cast<int>(Date::make(*year, month, day).toOrdinal() - Date::make(*year, 1, 1).toOrdinal() + 1);
    } else {
        const Date d = Date::fromOrdinal(*julian - 1 + Date::make(*year, 1, 1).toOrdinal());
        year = d.year;
        month = d.month;
        day = d.day;
    }
    if (!weekday)
        weekday = Date::make(*year, month, day).weekday();
    if (leapYearFix)
        year = 1900; // keep Feb 29 sorting before Mar 1 of the default year

    StrptimeResult result;
    result.tm = BrokenDownTime{*year, month, day, hour, minute, second, *weekday, *julian, tz, tzname, gmtoff.value_or(0)};
    result.microsecond = fraction;
    result.gmtoff = gmtoff;
    result.gmtoffFraction = gmtoffFraction;
    return result;
}

BrokenDownTime strptimeTime(std::string_view data, std::string_view format)
{
    return strptime(data, format).tm;
}

// py: Lib/_strptime.py _strptime_datetime (3.11), naive part
DateTime strptimeDateTime(std::string_view data, std::string_view format)
{
    const StrptimeResult r = strptime(data, format);
    return DateTime::make(r.tm.year, r.tm.mon, r.tm.mday, r.tm.hour, r.tm.min, r.tm.sec, r.microsecond);
}

// py: Objects/unicodeobject.c unicode_repr: quote choice and escapes; the
// printable test covers Latin-1 exactly and the common non-printable
// blocks beyond it.
std::string pyStrRepr(std::string_view s)
{
    const bool hasSingle = s.find('\'') != std::string_view::npos;
    const bool hasDouble = s.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, quote);
    for (std::size_t k = 0; k < s.size();) {
        const auto lead = static_cast<unsigned char>(s[k]);
        std::size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (k + len > s.size())
            len = 1;
        std::uint32_t cp = len == 1 ? lead : lead & (0x3F >> (len - 1));
        for (std::size_t j = 1; j < len; ++j)
            cp = (cp << 6) | (static_cast<unsigned char>(s[k + j]) & 0x3F);
        if (cp == static_cast<unsigned char>(quote) || cp == '\\')
            (out += '\\') += static_cast<char>(cp);
        else if (cp == '\t')
            out += "\\t";
        else if (cp == '\n')
            out += "\\n";
        else if (cp == '\r')
            out += "\\r";
        else if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD)
            out += format("\\x%02x", cp);
        else if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F)
                 || cp == 0x3000 || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xE000 && cp <= 0xF8FF))
            out += format("\\u%04x", cp);
        else
            out.append(s.substr(k, len));
        k += len;
    }
    return out + quote;
}

} // namespace ls::stdlib

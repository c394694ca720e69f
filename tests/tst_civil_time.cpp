// ls::stdlib civil time (time/datetime arithmetic, strftime, strptime)
// against CPython 3.11.7 with TZ=UTC.  Expected values come from
// tools/gen_time_cases.py (tests/data/time_cases.txt); see that script for
// the ops and the line format.
#include "interp/stdlib/civil_time.h"

#include <QFile>
#include <QTest>

#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace ls::stdlib;

namespace {

std::string unescape(const QString& field)
{
    const std::string s = field.toStdString();
    std::string out;
    for (std::size_t k = 0; k < s.size(); ++k) {
        if (s[k] != '\\' || k + 1 == s.size()) {
            out += s[k];
            continue;
        }
        const char c = s[++k];
        out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == '0' ? '\0' : c;
    }
    return out;
}

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string fmt128(__int128 v)
{
    if (v == 0)
        return "0";
    std::string digits;
    const bool negative = v < 0;
    unsigned __int128 u = negative ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    for (; u != 0; u /= 10)
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    return (negative ? "-" : "") + digits;
}

std::vector<std::int64_t> ints(const std::string& s)
{
    std::istringstream in(s);
    std::vector<std::int64_t> out;
    std::int64_t v;
    while (in >> v)
        out.push_back(v);
    return out;
}

// Python's float repr always has one of . e n i (nan, inf); an int never.
bool looksFloat(const std::string& s)
{
    return s.find_first_of(".eni") != std::string::npos;
}

double toDouble(const std::string& s)
{
    return std::strtod(s.c_str(), nullptr);
}

BrokenDownTime tmFrom(const std::string& nine)
{
    const auto v = ints(nine);
    BrokenDownTime tm;
    tm.year = static_cast<int>(v[0]);
    tm.mon = static_cast<int>(v[1]);
    tm.mday = static_cast<int>(v[2]);
    tm.hour = static_cast<int>(v[3]);
    tm.min = static_cast<int>(v[4]);
    tm.sec = static_cast<int>(v[5]);
    if (v.size() > 6) {
        tm.wday = static_cast<int>(v[6]);
        tm.yday = static_cast<int>(v[7]);
        tm.isdst = static_cast<int>(v[8]);
    }
    return tm;
}

// struct_time's 11 fields; zone "" and a missing gmtoff print as None ("-").
std::string tmFields(const BrokenDownTime& tm, std::optional<long> gmtoff)
{
    std::ostringstream out;
    out << tm.year << ' ' << tm.mon << ' ' << tm.mday << ' ' << tm.hour << ' ' << tm.min << ' ' << tm.sec << ' '
        << tm.wday << ' ' << tm.yday << ' ' << tm.isdst << ' ' << (tm.zone.empty() ? "-" : tm.zone) << ' ';
    if (gmtoff)
        out << *gmtoff;
    else
        out << '-';
    return out.str();
}

TimeDelta tdFrom(const std::string& s)
{
    const auto v = ints(s);
    TimeDelta::Args args;
    args.days = v[0];
    args.seconds = v[1];
    args.microseconds = v[2];
    return TimeDelta::make(args);
}

DateTime dtFrom(const std::string& s)
{
    const auto v = ints(s);
    return DateTime::make(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

Date dateFrom(const std::string& s)
{
    const auto v = ints(s);
    return Date::make(v[0], v[1], v[2]);
}

TimeDelta::Args tdArgs(const std::string& spec)
{
    TimeDelta::Args args;
    std::istringstream in(spec);
    std::string item;
    while (in >> item) {
        const auto eq = item.find('=');
        const std::string key = item.substr(0, eq), value = item.substr(eq + 1);
        const IntOrFloat v = looksFloat(value) ? IntOrFloat(toDouble(value)) : IntOrFloat(std::stoll(value));
        std::optional<IntOrFloat>* slot = key == "days" ? &args.days
                                        : key == "seconds" ? &args.seconds
                                        : key == "microseconds" ? &args.microseconds
                                        : key == "milliseconds" ? &args.milliseconds
                                        : key == "minutes" ? &args.minutes
                                        : key == "hours" ? &args.hours
                                                         : &args.weeks;
        *slot = v;
    }
    return args;
}

std::string tdOp(const std::string& op, const std::string& left, const std::string& right)
{
    const TimeDelta a = tdFrom(left);
    if (op == "neg")
        return (-a).repr();
    if (op == "abs")
        return abs(a).repr();
    const std::string kind = right.substr(0, right.find(':'));
    const std::string value = right.substr(right.find(':') + 1);
    if (kind == "td") {
        const TimeDelta b = tdFrom(value);
        if (op == "+") return (a + b).repr();
        if (op == "-") return (a - b).repr();
        if (op == "/") return fmt(a / b);
        if (op == "//") return fmt128(floorDiv(a, b));
        if (op == "%") return (a % b).repr();
        if (op == "<") return a < b ? "True" : "False";
        if (op == "==") return a == b ? "True" : "False";
    } else if (kind == "i") {
        const std::int64_t n = std::stoll(value);
        if (op == "*") return (a * n).repr();
        if (op == "/") return (a / n).repr();
        if (op == "//") return floorDiv(a, n).repr();
    } else {
        const double f = toDouble(value);
        if (op == "*") return (a * f).repr();
        if (op == "/") return (a / f).repr();
    }
    return "unknown tdop " + op + " " + kind;
}

std::string runCase(const std::string& op, const std::vector<std::string>& a)
{
    if (op == "gmtime" || op == "localtime") {
        const bool local = op == "localtime";
        const BrokenDownTime tm = looksFloat(a[0]) ? (local ? localtime(toDouble(a[0])) : gmtime(toDouble(a[0])))
                                                   : (local ? localtime(std::int64_t{std::stoll(a[0])})
                                                            : gmtime(std::int64_t{std::stoll(a[0])}));
        return tmFields(tm, tm.gmtoff);
    }
    if (op == "timegm")
        return std::to_string(timegm(tmFrom(a[0])));
    if (op == "mktime")
        return fmt(mktime(tmFrom(a[0])));
    if (op == "strftime") {
        BrokenDownTime tm = tmFrom(a[1]);
        tm.zone = a[2] == "-" ? "" : a[2];
        tm.gmtoff = a[3] == "-" ? 0 : std::stol(a[3]);
        return ls::stdlib::strftime(a[0], tm, 0, false);
    }
    if (op == "asctime")
        return asctime(tmFrom(a[0]));
    if (op == "dtstrftime")
        return dtFrom(a[1]).strftime(a[0]);
    if (op == "datestrftime")
        return dateFrom(a[1]).strftime(a[0]);
    if (op == "td") {
        const TimeDelta td = TimeDelta::make(tdArgs(a[0]));
        return td.repr() + "|" + td.str() + "|" + fmt(td.totalSeconds());
    }
    if (op == "tdop")
        return tdOp(a[0], a[1], a[2]);
    if (op == "date") {
        const Date d = dateFrom(a[0]);
        return d.repr() + "|" + d.str() + "|" + std::to_string(d.weekday()) + "|" + std::to_string(d.isoweekday()) + "|"
               + std::to_string(d.toOrdinal()) + "|" + d.ctime() + "|" + tmFields(d.timetuple(), std::nullopt);
    }
    if (op == "datetime") {
        const DateTime dt = dtFrom(a[0]);
        std::string out = dt.repr() + "|" + dt.str() + "|" + std::to_string(dt.weekday()) + "|"
                          + std::to_string(dt.isoweekday()) + "|";
        out += fmt(dt.timestamp());
        return out + "|" + dt.ctime() + "|" + tmFields(dt.timetuple(), std::nullopt);
    }
    if (op == "isoformat")
        return dtFrom(a[0]).isoformat(a[1], a[2]);
    if (op == "dtadd")
        return (dtFrom(a[0]) + tdFrom(a[1])).repr();
    if (op == "dtsub")
        return (dtFrom(a[0]) - tdFrom(a[1])).repr();
    if (op == "dateadd")
        return (dateFrom(a[0]) + tdFrom(a[1])).repr();
    if (op == "datesub")
        return (dateFrom(a[0]) - tdFrom(a[1])).repr();
    if (op == "dtdiff")
        return (dtFrom(a[0]) - dtFrom(a[1])).repr() + "|" + (dtFrom(a[0]) < dtFrom(a[1]) ? "True" : "False");
    if (op == "datediff")
        return (dateFrom(a[0]) - dateFrom(a[1])).repr();
    if (op == "fromts" || op == "utcfromts" || op == "datefromts") {
        const bool isFloat = looksFloat(a[0]);
        const double f = toDouble(a[0]);
        const std::int64_t i = isFloat ? 0 : std::stoll(a[0]);
        if (op == "datefromts")
            return (isFloat ? Date::fromTimestamp(f) : Date::fromTimestamp(i)).repr();
        if (op == "utcfromts")
            return (isFloat ? DateTime::utcFromTimestamp(f) : DateTime::utcFromTimestamp(i)).repr();
        return (isFloat ? DateTime::fromTimestamp(f) : DateTime::fromTimestamp(i)).repr();
    }
    if (op == "fromordinal")
        return Date::fromOrdinal(std::stoll(a[0])).repr();
    if (op == "strptime")
        return strptimeDateTime(a[0], a[1]).repr();
    if (op == "tstrptime") {
        const StrptimeResult r = strptime(a[0], a[1]);
        return tmFields(r.tm, r.gmtoff ? std::optional<long>(*r.gmtoff) : std::nullopt);
    }
    return "unknown op " + op;
}

} // namespace

class TestCivilTime : public QObject {
    Q_OBJECT

private slots:
    void cases_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QFile file(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/data/time_cases.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), "run tools/gen_time_cases.py");
        int rows = 0;
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine());
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QStringList f = line.split('\t');
            QVERIFY(f.size() >= 3);
            QTest::newRow(f[0].toUtf8().constData()) << f[1] << f.mid(2, f.size() - 3) << f.last();
            ++rows;
        }
        QVERIFY(rows > 4000);
    }

    void cases()
    {
        QFETCH(QString, op);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        std::vector<std::string> a;
        for (const QString& arg : args)
            a.push_back(unescape(arg));
        std::string actual;
        try {
            actual = runCase(op.toStdString(), a);
        } catch (const StdlibError& e) {
            actual = std::string("!") + e.typeName() + ": " + e.what();
        }
        const std::string want = unescape(expected);
        QCOMPARE(QString::fromUtf8(actual.data(), static_cast<qsizetype>(actual.size())),
                 QString::fromUtf8(want.data(), static_cast<qsizetype>(want.size())));
    }

    // The virtual world starts at 2025-01-01T00:00:00Z.
    void virtualEpoch()
    {
        QCOMPARE(QString::fromStdString(DateTime::now(kVirtualEpoch).repr()),
                 QStringLiteral("datetime.datetime(2025, 1, 1, 0, 0)"));
        QCOMPARE(QString::fromStdString(Date::today(kVirtualEpoch + 86400 * 1.5).repr()),
                 QStringLiteral("datetime.date(2025, 1, 2)"));
        QCOMPARE(QString::fromStdString(asctime(localtime(kVirtualEpoch))), QStringLiteral("Wed Jan  1 00:00:00 2025"));
        QCOMPARE(QString::fromStdString(ls::stdlib::strftime("%Z %z", localtime(kVirtualEpoch), 0, false)),
                 QStringLiteral("UTC +0000"));
    }

    // Every day of years around the epoch and the ends of the range
    // round-trips through the calendar helpers.
    void calendarRoundTrip()
    {
        for (std::int64_t days : {std::int64_t{-719162}, std::int64_t{-1}, std::int64_t{0}, std::int64_t{2932896}}) {
            for (std::int64_t d = days - 800; d < days + 800; ++d) {
                std::int64_t y;
                int m, dd;
                civilFromDays(d, y, m, dd);
                QCOMPARE(daysFromCivil(y, m, dd), d);
                QVERIFY(dd >= 1 && dd <= daysInMonth(y, m));
            }
        }
    }

    void pyRepr()
    {
        QCOMPARE(QString::fromStdString(pyStrRepr("it's")), QStringLiteral("\"it's\""));
        QCOMPARE(QString::fromStdString(pyStrRepr("a'\"b\\\n\x01")), QStringLiteral("'a\\'\"b\\\\\\n\\x01'"));
        QCOMPARE(QString::fromStdString(pyStrRepr("caf\xc3\xa9\xc2\xa0")), QString::fromUtf8("'café\\xa0'"));
    }
};

QTEST_GUILESS_MAIN(TestCivilTime)
#include "tst_civil_time.moc"

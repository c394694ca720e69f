### timedelta
from datetime import timedelta
td = timedelta(hours=25, minutes=3, seconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(), timedelta(days=-1), timedelta(seconds=-1), timedelta(milliseconds=1500), timedelta(weeks=1, days=1), timedelta(1.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5))
print(repr(timedelta(days=1, seconds=5)), repr(timedelta(0)), repr(timedelta(microseconds=-1)), repr(timedelta(minutes=-90)))
a, b = timedelta(hours=3), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 2 * a, a * 1.5, a / 2, a / b, a // b, a // 4, a % b, divmod(a, b), a / 0.5)
print(a > b, a == timedelta(minutes=180), a != b, timedelta(0) == timedelta(), bool(timedelta()), bool(b), a == 3, sorted([a, b, timedelta(1)]))
print(timedelta.min, timedelta.max, repr(timedelta.resolution), hash(a) == hash(timedelta(seconds=10800)), {a: 1}[timedelta(hours=3)])
print(timedelta(days=1, hours=1) - timedelta(hours=2), timedelta(hours=1) * 0, timedelta(seconds=1) / 3, str(timedelta(seconds=0.000001)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: timedelta('a'))
t(lambda: timedelta(1) / 0)
t(lambda: timedelta(1) // timedelta(0))
t(lambda: timedelta(days=1000000000))
t(lambda: timedelta(foo=1))
### date
from datetime import date, timedelta
d = date(2024, 2, 27)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.ctime(), d.toordinal())
for i in range(4):
    print(d + timedelta(days=i), timedelta(days=i) + d)
print(date(2025, 1, 1) - date(2024, 1, 1), (date(2025, 3, 1) - date(2025, 2, 1)).days, d - timedelta(days=60), d + timedelta(hours=30))
print(d.replace(day=1), d.replace(year=2023, month=12), d.strftime("%A %d %B %Y, day %j, week %U %W"), f"{d:%d/%m/%y}", format(d, ""), f"{d}")
print(date(2025, 1, 1).isocalendar(), date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar().week)
print(date.min, date.max, repr(date.resolution), date.fromordinal(739252), date.fromisoformat("2025-03-04"), date.fromisoformat("20250304"))
print(date.today(), date.fromtimestamp(0), date.fromtimestamp(1735689600.5), date(2025, 1, 1).timetuple())
dates = [date(2025, 5, 1), date(2024, 1, 1), date(2025, 1, 1)]
print(sorted(dates), max(dates), min(dates), date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), {date(2024, 1, 1): 'x'}[date(2024, 1, 1)])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: date(2023, 2, 29))
t(lambda: date(2025, 13, 1))
t(lambda: date(0, 1, 1))
t(lambda: date('a', 1, 1))
t(lambda: date(2025, 1))
t(lambda: date.fromisoformat('2025-1-1'))
t(lambda: date(2025, 1, 1).replace(month=2, day=30))
### time
from datetime import time, timezone, timedelta
t0 = time(12, 30)
print(t0, repr(t0), repr(time()), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4), time(12), t0.hour, t0.minute, t0.second, t0.microsecond, t0.tzinfo)
print(t0.isoformat(), t0.isoformat("hours"), time(1, 2, 3, 456789).isoformat("milliseconds"), t0.strftime("%I:%M %p"), f"{t0:%H.%M}", t0.replace(minute=0))
print(time(1, tzinfo=timezone.utc), repr(time(1, tzinfo=timezone.utc)), time(1, tzinfo=timezone.utc).utcoffset(), time(5, tzinfo=timezone(timedelta(hours=-3))).tzname())
print(time(1) < time(2), time(1) == time(1, 0), time.min, time.max, repr(time.resolution), time.fromisoformat("10:00:01.5"), time.fromisoformat("07:08"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: time(25))
t(lambda: time(1, 60))
t(lambda: time(1) < time(1, tzinfo=timezone.utc))
t(lambda: time(1, tzinfo=1))
### datetime_basic
from datetime import datetime, date, time, timedelta
dt = datetime(2024, 12, 31, 23, 59, 30)
print(dt, repr(dt), dt + timedelta(seconds=45), dt - timedelta(days=365), dt.date(), dt.time(), dt.timetz(), dt.replace(year=2000), dt.replace(hour=0, minute=0, second=0))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold, dt.weekday(), dt.isoweekday(), dt.isocalendar())
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), datetime(2025, 1, 1, 1, 2, 3, 4).isoformat(timespec="milliseconds"), dt.ctime())
print(dt.strftime("%Y/%m/%d %H.%M.%S.%f %a %b %p %I %j %z|%Z|%%"), f"{dt:%H:%M}", format(dt, ""), str(datetime(2025, 1, 1, 0, 0, 0, 5)))
print(repr(datetime(2025, 1, 1)), repr(datetime(2025, 1, 1, 0, 0, 1)), repr(datetime(2025, 1, 1, 0, 0, 0, 1)), datetime(2025, 1, 1) - datetime(2024, 1, 1, 12))
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0), datetime(2025, 1, 1) == date(2025, 1, 1), isinstance(dt, date), datetime.min, datetime.max, repr(datetime.resolution))
print(datetime.strptime("2023-07-04 12:30", "%Y-%m-%d %H:%M"), datetime.strptime("04/07/23 1:05:09 PM", "%d/%m/%y %I:%M:%S %p"), datetime.strptime("2025 UTC", "%Y %Z"))
print(datetime.combine(date(2025, 1, 1), time(3, 4)), datetime.fromordinal(739252), datetime.fromisoformat("2025-01-02T03:04:05"), datetime.fromisoformat("2025-01-02 03:04:05.250"), datetime.fromisoformat("2025-01-02"))
print(datetime(2025, 1, 1).timestamp(), datetime(2025, 6, 15, 12, 30, 15, 500000).timestamp(), datetime(2025, 1, 1).timetuple())
print(sorted([datetime(2025, 1, 2), datetime(2024, 5, 5), datetime(2025, 1, 1, 23)]), {datetime(2025, 1, 1): 1}[datetime(2025, 1, 1)])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: datetime(2025, 1, 1, 24))
t(lambda: datetime(2025, 1, 1, 0, 60))
t(lambda: datetime(2025, 1, 1, 0, 0, 60))
t(lambda: datetime(2025, 1, 1, 0, 0, 0, 1000000))
t(lambda: datetime(2025, 2, 29))
t(lambda: datetime(2025))
t(lambda: date(2025, 1, 1) < datetime(2025, 1, 1))
t(lambda: datetime(2025, 1, 1) < date(2025, 1, 1))
t(lambda: datetime.strptime("2025-13-01", "%Y-%m-%d"))
t(lambda: datetime.strptime("nope", "%Y"))
t(lambda: datetime.fromisoformat("2025-01-02X"))
t(lambda: datetime(2025, 1, 1).isoformat(timespec="bad"))
### datetime_clock
import datetime, time
now = datetime.datetime.now()
print(now, repr(now), datetime.datetime.today(), datetime.date.today(), datetime.datetime.utcnow())
time.sleep(90061.5)
later = datetime.datetime.now()
print(later, later - now, (later - now).total_seconds(), later > now)
print(datetime.datetime.fromtimestamp(time.time()), datetime.datetime.fromtimestamp(0), datetime.datetime.utcfromtimestamp(86400.5), datetime.datetime.fromtimestamp(1.25))
print(now.strftime("%Y-%m-%d %H:%M:%S.%f"), now.timestamp(), later.timestamp() - time.time())
### timezone
from datetime import datetime, timezone, timedelta, UTC, tzinfo
import datetime as D
print(timezone.utc, repr(timezone.utc), UTC is timezone.utc, repr(timezone(timedelta(hours=-5))), repr(timezone(timedelta(hours=1), 'CET')), timezone(timedelta(hours=-5, minutes=-30)), timezone(timedelta(0)) is timezone.utc)
aware = datetime(2025, 1, 1, 12, tzinfo=timezone.utc)
print(aware, repr(aware), aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.dst(), aware.timestamp(), aware.strftime("%H:%M %z %Z"))
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(aware.astimezone(ist), aware.astimezone(ist).tzname(), aware.astimezone(timezone(timedelta(hours=-3))), datetime(2025, 1, 1, tzinfo=ist).strftime("%z|%Z"))
print(datetime(2025, 1, 1, 12, tzinfo=timezone(timedelta(hours=3))) - aware, datetime(2025, 1, 1, 15, tzinfo=timezone(timedelta(hours=3))) == aware, aware + timedelta(hours=1))
print(datetime.now(timezone.utc), datetime.now(ist), datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(3600, tz=timezone(timedelta(hours=1))))
print(datetime(2025, 1, 1).replace(tzinfo=timezone.utc), datetime.now().astimezone(), repr(datetime.now().astimezone().tzinfo), datetime.strptime("2025-01-01 10:00 +0200", "%Y-%m-%d %H:%M %z"))
print(datetime.fromisoformat("2025-01-01T10:00:00.123+02:00"), datetime.fromisoformat("2025-01-01 10:00Z"), repr(datetime.fromisoformat("2025-01-01T10:00:00-05:30").tzinfo))
print(timezone.utc.utcoffset(None), timezone(timedelta(hours=2)).tzname(None), timezone.min, timezone.max, timezone(timedelta(hours=2)) == timezone(timedelta(hours=2), "X"))
class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)
    def tzname(self, dt):
        return "EST"
    def dst(self, dt):
        return timedelta(0)
e = datetime(2025, 1, 1, 7, tzinfo=EST())
print(e, e.tzname(), e.utcoffset(), e.astimezone(timezone.utc), e == datetime(2025, 1, 1, 12, tzinfo=timezone.utc), e.strftime("%Z %z"))
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
t(lambda: timezone(1))
t(lambda: timezone(timedelta(hours=24)))
t(lambda: datetime(2025, 1, 1) < aware)
t(lambda: datetime(2025, 1, 1) == aware)
t(lambda: datetime(2025, 1, 1) - aware)
t(lambda: datetime(2025, 1, 1, tzinfo=5))

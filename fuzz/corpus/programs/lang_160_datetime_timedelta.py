from datetime import datetime, date, timedelta
d = date(2024, 2, 27)
for i in range(4):
    print(d + timedelta(days=i))
print(date(2025, 1, 1) - date(2024, 1, 1))
print((date(2025, 3, 1) - date(2025, 2, 1)).days)
td = timedelta(hours=25, minutes=3, seconds=7)
print(td, td.days, td.seconds, td.total_seconds())
print(timedelta(days=-1), timedelta(seconds=-1), timedelta(milliseconds=1500))
print(timedelta(weeks=2) // timedelta(days=1), timedelta(days=1) * 3)
print(repr(timedelta(days=1, seconds=5)))
dt = datetime(2024, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45))
print(dt.strftime("%Y/%m/%d %H.%M"), dt.date(), dt.replace(year=2000))
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), d.isoformat(), d.weekday())
print(datetime.strptime("2023-07-04 12:30", "%Y-%m-%d %H:%M"))
print(date(2024, 1, 31).replace(day=15), d.year, d.month, d.day)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)

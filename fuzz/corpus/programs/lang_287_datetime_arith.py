from datetime import datetime, date, timedelta
start = datetime(2025, 1, 1, 9, 0)
meetings = [start + timedelta(minutes=45 * i) for i in range(4)]
for m in meetings:
    print(m.strftime("%H:%M"), m.isoformat())
deadline = date(2025, 3, 15)
today = date(2025, 1, 1)
left = deadline - today
print(left, left.days, left.days // 7, "weeks")
print(today + timedelta(weeks=1), today - timedelta(days=1))
print(date(2024, 12, 25).strftime("%A, %d %B %Y"))
dates = [date(2025, 5, 1), date(2024, 1, 1), date(2025, 1, 1)]
print(sorted(dates), max(dates))
print(timedelta(hours=1) > timedelta(minutes=59), timedelta(0) == timedelta())
print(timedelta(days=1, hours=1) - timedelta(hours=2))
age = date(2025, 1, 1).year - date(1990, 6, 15).year
print("age", age)

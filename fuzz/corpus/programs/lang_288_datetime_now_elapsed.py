import datetime
import time
t0 = datetime.datetime.now()
print(t0.strftime("%Y-%m-%d %H:%M:%S.%f"))
time.sleep(2.5)
t1 = datetime.datetime.now()
print(t1.strftime("%H:%M:%S.%f"), (t1 - t0).total_seconds())
print(datetime.datetime.fromtimestamp(time.time()))
print(datetime.datetime.fromtimestamp(0))
print(t1 > t0, (t1 - t0) > datetime.timedelta(seconds=2))

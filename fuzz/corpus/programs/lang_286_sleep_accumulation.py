import time
for _ in range(10):
    time.sleep(0.1)
print(time.monotonic())
print(time.time())
time.sleep(0)
print(time.monotonic())
start = time.monotonic()
time.sleep(1e-9)
print(time.monotonic() - start > 0)
time.sleep(86400)
print(time.monotonic())
print(time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(time.time())))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)

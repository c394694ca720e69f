import time
print(time.time_ns())
print(time.monotonic_ns())
time.sleep(0.001)
print(time.monotonic_ns(), time.perf_counter_ns())
time.sleep(10)
print(time.time_ns() // 10 ** 9)
print(time.monotonic())

# In the virtual world loop.time(), time.monotonic() and time.perf_counter()
# agree exactly; time.time() is the same clock from 2025-01-01 UTC.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.time()
    for delay in (0.25, 1.5, 2):
        await asyncio.sleep(delay)
        print(f"loop={loop.time():.3f} mono={time.monotonic():.3f} "
              f"perf={time.perf_counter():.3f} wall+{time.time() - t0:.3f}")
    print(time.strftime("%Y-%m-%d %H:%M:%S"))
    print(time.monotonic_ns(), time.perf_counter_ns())


asyncio.run(main())

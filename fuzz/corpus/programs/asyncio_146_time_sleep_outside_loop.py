# time.sleep outside any loop just passes time; the clock is shared.
import asyncio
import time


async def stamp(label):
    await asyncio.sleep(0.5)
    print(f"{label}: loop time {asyncio.get_running_loop().time()}")


t0 = time.monotonic()
asyncio.run(stamp("first run"))
time.sleep(2)
print("slept 2 s between runs; monotonic =", time.monotonic() - t0)
asyncio.run(stamp("second run"))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)

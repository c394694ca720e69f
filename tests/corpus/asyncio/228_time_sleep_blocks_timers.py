# time.sleep inside a coroutine blocks the loop: timers fire late, in order.
import asyncio
import time


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("tick", i, round(asyncio.get_running_loop().time(), 6))


async def blocker():
    await asyncio.sleep(0.05)
    print("blocking for 0.5s")
    time.sleep(0.5)
    print("unblocked at", round(asyncio.get_running_loop().time(), 6))


async def main():
    start = time.monotonic()
    await asyncio.gather(ticker(), blocker())
    print("elapsed", round(time.monotonic() - start, 6))


asyncio.run(main())

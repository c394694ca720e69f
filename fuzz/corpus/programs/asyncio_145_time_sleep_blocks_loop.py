# time.sleep inside a coroutine blocks the whole loop: the other task's
# timers come due meanwhile but cannot run until the loop gets control back.
import asyncio
import time


async def heartbeat():
    for i in range(4):
        print(f"{time.monotonic():.1f}s heartbeat {i}")
        await asyncio.sleep(0.5)


async def blocking():
    await asyncio.sleep(0.2)
    print(f"{time.monotonic():.1f}s blocking call starts")
    time.sleep(1.2)                 # the loop is frozen here
    print(f"{time.monotonic():.1f}s blocking call ends")


async def main():
    await asyncio.gather(heartbeat(), blocking())
    print(f"total {time.monotonic():.1f}s")


asyncio.run(main())

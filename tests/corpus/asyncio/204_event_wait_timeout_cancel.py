# Event.wait under wait_for: timeouts cancel the waiter; a later set still works.
import asyncio


async def main():
    ev = asyncio.Event()
    for t in (0.1, 0.2):
        try:
            await asyncio.wait_for(ev.wait(), t)
        except asyncio.TimeoutError:
            print(f"no event within {t}s, waiters: {len(ev._waiters)}")
    asyncio.get_running_loop().call_later(0.5, ev.set)
    r = await asyncio.wait_for(ev.wait(), 1)
    print("event arrived:", r, asyncio.get_running_loop().time())


asyncio.run(main())

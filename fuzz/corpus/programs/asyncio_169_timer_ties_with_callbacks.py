# Timers with the same deadline from call_later and from sleep share the
# heap: their firing order is heapq's, not the scheduling order.
import asyncio


async def sleeper(name):
    await asyncio.sleep(1)
    print("sleeper", name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, print, "callback 1")
    t1 = asyncio.create_task(sleeper("A"))
    loop.call_later(1, print, "callback 2")
    t2 = asyncio.create_task(sleeper("B"))
    await asyncio.sleep(0)
    loop.call_later(1, print, "callback 3 (scheduled last, same deadline)")
    await asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)


asyncio.run(main())

# More than 100 timers, most of them cancelled: the loop rebuilds its heap
# without the cancelled ones instead of popping them one by one.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(1 + i / 100, fired.append, i) for i in range(150)]
    for h in handles:
        if h.when() < 2.2 and handles.index(h) % 3:
            h.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(3)
    print(len(fired), fired[:5], fired[-3:])


asyncio.run(main())

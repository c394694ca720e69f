# Event.set before wait returns immediately; clear() makes new waiters block.
import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait(), "immediately at", asyncio.get_running_loop().time())
    ev.clear()

    async def waiter(i):
        await ev.wait()
        print("waiter", i, "released at", asyncio.get_running_loop().time())

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.5)
    ev.set()
    ev.clear()
    await asyncio.gather(*ws)
    print("is_set:", ev.is_set())


asyncio.run(main())

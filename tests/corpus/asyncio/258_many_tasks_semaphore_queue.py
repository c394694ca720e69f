# 60 tasks share a Semaphore(4) and report through a Queue.
import asyncio
import random


async def fetch(i, sem, q):
    async with sem:
        d = random.choice((0.1, 0.2, 0.3))
        await asyncio.sleep(d)
        await q.put((i, d))


async def main():
    sem = asyncio.Semaphore(4)
    q = asyncio.Queue()
    tasks = [asyncio.create_task(fetch(i, sem, q)) for i in range(60)]
    await asyncio.gather(*tasks)
    order = [q.get_nowait()[0] for _ in range(q.qsize())]
    print(order)
    print("total time", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())

# PriorityQueue hands out the smallest item first.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for prio, job in ((3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")):
        await pq.put((prio, job))
    while not pq.empty():
        print(await pq.get())
    print(type(pq).__name__, pq.qsize())


asyncio.run(main())

# Consumers wait on a queue nobody fills: the loop has nothing to do (deadlock, exit 3).
import asyncio


async def consumer(q, i):
    item = await q.get()
    print("never", item, i)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(consumer(q, 1), consumer(q, 2))


asyncio.run(main())

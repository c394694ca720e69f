# put() waits while a bounded queue is full.
import asyncio


async def fast_producer(q):
    for i in range(5):
        print(f"{asyncio.get_running_loop().time():.1f} putting {i}")
        await q.put(i)
        print(f"{asyncio.get_running_loop().time():.1f} put {i} done")


async def slow_consumer(q):
    for _ in range(5):
        await asyncio.sleep(1)
        item = await q.get()
        print(f"{asyncio.get_running_loop().time():.1f} took {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(fast_producer(q), slow_consumer(q))


asyncio.run(main())

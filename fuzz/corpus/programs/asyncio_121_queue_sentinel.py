# A None sentinel ends the consumers; each consumer passes it on.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(1)
        await queue.put(f"item_{i}")
        print(f"produced item_{i}")
    await queue.put(None)


async def consumer(queue, name):
    while True:
        item = await queue.get()
        if item is None:
            await queue.put(None)
            print(f"{name} stops")
            break
        print(f"{name} consumed {item}")
        await asyncio.sleep(2)


async def main():
    queue = asyncio.Queue(maxsize=3)
    await asyncio.gather(producer(queue, 5), consumer(queue, "consumer1"),
                         consumer(queue, "consumer2"))
    print("left in queue:", queue.qsize())


asyncio.run(main())

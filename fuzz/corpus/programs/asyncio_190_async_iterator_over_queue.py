# An async iterator that drains a queue until a sentinel arrives.
import asyncio

DONE = object()


class Drain:
    def __init__(self, queue):
        self.queue = queue

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.queue.get()
        if item is DONE:
            raise StopAsyncIteration
        return item


async def feed(queue):
    for word in ("alpha", "beta", "gamma"):
        await asyncio.sleep(0.3)
        await queue.put(word)
    await queue.put(DONE)


async def main():
    queue = asyncio.Queue()
    feeder = asyncio.create_task(feed(queue))
    async for word in Drain(queue):
        print(f"{asyncio.get_running_loop().time():.1f} {word}")
    await feeder


asyncio.run(main())

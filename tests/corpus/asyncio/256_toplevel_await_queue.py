# Top-level await (notebook style) with a queue and a worker task.
import asyncio

q = asyncio.Queue()


async def worker():
    while (item := await q.get()) is not None:
        print("processing", item, asyncio.current_task().get_name())
        await asyncio.sleep(0.1)


w = asyncio.create_task(worker())
for i in range(3):
    await q.put(i)
await q.put(None)
await w
print("done at", asyncio.get_running_loop().time())

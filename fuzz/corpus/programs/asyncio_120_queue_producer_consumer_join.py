# Producers and consumers with task_done/join; consumers cancelled at the end.
import asyncio


async def queue_demo():
    queue = asyncio.Queue(maxsize=3)

    async def producer(name, count):
        for i in range(count):
            item = f"{name}-item{i}"
            await queue.put(item)
            print(f"producer {name} put {item}, size {queue.qsize()}")
            await asyncio.sleep(0.5)

    async def consumer(name):
        while True:
            item = await queue.get()
            print(f"consumer {name} got {item}")
            await asyncio.sleep(1)
            queue.task_done()

    producers = [asyncio.create_task(producer("P1", 3)),
                 asyncio.create_task(producer("P2", 3))]
    consumers = [asyncio.create_task(consumer("C1")),
                 asyncio.create_task(consumer("C2"))]
    await asyncio.gather(*producers)
    await queue.join()
    for c in consumers:
        c.cancel()
    print("all work done at", asyncio.get_running_loop().time())


asyncio.run(queue_demo())

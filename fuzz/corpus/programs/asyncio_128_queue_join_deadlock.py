# join() waits for task_done() for every item: forgetting it deadlocks.
import asyncio


async def worker(q):
    while True:
        item = await q.get()
        print("processed", item)          # ...but no q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    asyncio.create_task(worker(q))
    await q.join()
    print("never printed")


asyncio.run(main())

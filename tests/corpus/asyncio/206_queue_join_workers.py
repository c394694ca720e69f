# Several workers, task_done and join; workers cancelled at the end.
import asyncio
import random


async def worker(name, q, done):
    while True:
        job = await q.get()
        await asyncio.sleep(job)
        done.append((name, round(job, 3)))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for _ in range(8):
        q.put_nowait(random.uniform(0.1, 0.5))
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", q, done)) for i in range(3)]
    await q.join()
    print("all jobs done at", round(asyncio.get_running_loop().time(), 6))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    for d in done:
        print(d)


asyncio.run(main())

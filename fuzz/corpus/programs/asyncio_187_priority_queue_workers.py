# Workers serve a PriorityQueue: urgent jobs first, ties by insertion number.
import asyncio
import itertools


async def worker(name, pq):
    while True:
        prio, seq, job = await pq.get()
        await asyncio.sleep(0.5)
        print(f"{name} did {job} (priority {prio})")
        pq.task_done()


async def main():
    pq = asyncio.PriorityQueue()
    counter = itertools.count()
    for prio, job in [(5, "backup"), (1, "page outage"), (3, "email"),
                      (1, "security patch"), (5, "cleanup"), (2, "deploy")]:
        pq.put_nowait((prio, next(counter), job))
    workers = [asyncio.create_task(worker(f"w{i}", pq)) for i in (1, 2)]
    await pq.join()
    for w in workers:
        w.cancel()
    print("t =", asyncio.get_running_loop().time())


asyncio.run(main())

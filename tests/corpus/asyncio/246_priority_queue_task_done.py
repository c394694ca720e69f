# PriorityQueue ordering with (priority, seq, item) tuples and join().
import asyncio


async def worker(q, log):
    while True:
        prio, seq, job = await q.get()
        await asyncio.sleep(0.1)
        log.append(f"{job}(p{prio})")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    jobs = [(3, "backup"), (1, "page"), (2, "email"), (1, "alert"), (5, "report")]
    for seq, (p, j) in enumerate(jobs):
        q.put_nowait((p, seq, j))
    log = []
    w = asyncio.create_task(worker(q, log))
    await q.join()
    w.cancel()
    print(log)
    print("t =", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())

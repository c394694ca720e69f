# Exercise: several producers and consumers around one queue.
import asyncio


async def producer(q, pid, n):
    for i in range(n):
        await asyncio.sleep(0.3 * pid)
        await q.put((pid, i))
        print(f"P{pid} -> ({pid}, {i})")


async def consumer(q, cid, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.4)
        log.append((cid, item))
        print(f"C{cid} <- {item}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(q, c, log)) for c in (1, 2)]
    await asyncio.gather(*(producer(q, p, 3) for p in (1, 2)))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(len(log), "items consumed; t =", round(asyncio.get_running_loop().time(), 2))


asyncio.run(main())

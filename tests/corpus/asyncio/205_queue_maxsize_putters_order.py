# A full queue blocks putters; they resume in FIFO order as space frees up.
import asyncio


async def putter(q, item):
    print(f"put {item} waiting (full={q.full()})")
    await q.put(item)
    print(f"put {item} done, size {q.qsize()}")


async def main():
    q = asyncio.Queue(maxsize=2)
    tasks = [asyncio.create_task(putter(q, i)) for i in range(5)]
    await asyncio.sleep(0.1)
    while any(not t.done() for t in tasks) or not q.empty():
        item = await q.get()
        print("got", item)
        await asyncio.sleep(0.1)
    print("maxsize", q.maxsize, "empty", q.empty())


asyncio.run(main())

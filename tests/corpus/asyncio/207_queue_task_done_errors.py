# task_done() more times than items raises ValueError; join on an empty queue returns.
import asyncio


async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on empty queue returned at once")
    q.put_nowait("x")
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q2.qsize(), q2.full())


asyncio.run(main())

# The Queue API without waiting: put_nowait, get_nowait, qsize, empty, full.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for item in ("a", "b", "c"):
        q.put_nowait(item)
    print(q.qsize(), q.empty(), q.full())
    print(q)
    print(q.get_nowait(), q.get_nowait())
    print(q.qsize(), await q.get(), q.empty())
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print(unbounded.maxsize, unbounded.full(), unbounded.qsize())


asyncio.run(main())

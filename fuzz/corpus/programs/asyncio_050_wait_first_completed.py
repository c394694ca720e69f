# FIRST_COMPLETED: wait returns as soon as one task is done.
import asyncio


async def quick(n, delay):
    await asyncio.sleep(delay)
    return f"task {n} done"


async def main():
    tasks = [asyncio.create_task(quick(n, d))
             for n, d in ((1, 0.3), (2, 0.5), (3, 0.7))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    first = done.pop()
    print("first:", await first, "| still pending:", len(pending))
    for t in tasks:             # cancel in a fixed order, not set order
        if t in pending:
            t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])


asyncio.run(main())

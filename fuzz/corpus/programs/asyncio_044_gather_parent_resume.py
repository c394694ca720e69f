# The parent awaiting gather resumes two iterations after the last child
# ends: the child's done-callback completes the gather future, then the
# parent's wakeup runs.  A bystander counts the iterations.
import asyncio

ticks = 0


async def child(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print(f"child {n} done at tick {ticks}")
    return n


async def bystander():
    global ticks
    for _ in range(10):
        ticks += 1
        await asyncio.sleep(0)


async def main():
    b = asyncio.create_task(bystander())
    results = await asyncio.gather(child(1), child(3), child(2))
    print(results, "gather returned at tick", ticks)
    await b


asyncio.run(main())

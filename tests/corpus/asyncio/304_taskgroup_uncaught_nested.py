# Nested TaskGroups failing with nobody catching: a nested group printed
# on stderr, exit 1.
import asyncio


async def worker(n):
    await asyncio.sleep(0.1 * n)
    raise RuntimeError(f"worker {n} crashed")


async def team(numbers):
    async with asyncio.TaskGroup() as tg:
        for n in numbers:
            tg.create_task(worker(n))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(team([1, 2]))
        tg.create_task(team([3]))


asyncio.run(main())

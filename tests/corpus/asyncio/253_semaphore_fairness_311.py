# Semaphore wake-up order when a slot is released and a newcomer arrives.
import asyncio


async def user(sem, name, hold, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(hold)


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    first = asyncio.create_task(user(sem, "first", 0.1, log))
    await asyncio.sleep(0)
    waiters = [asyncio.create_task(user(sem, f"w{i}", 0.1, log)) for i in range(3)]
    await asyncio.sleep(0.1)
    late = asyncio.create_task(user(sem, "late", 0.1, log))
    await asyncio.gather(first, late, *waiters)
    print(log, round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())

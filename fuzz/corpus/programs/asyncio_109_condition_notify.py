# Condition.notify(n) wakes n waiters, in the order they started waiting.
import asyncio


async def worker(cond, n):
    async with cond:
        print(f"worker {n} waiting")
        await cond.wait()
        print(f"worker {n} woke up")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(worker(cond, n)) for n in range(4)]
    await asyncio.sleep(1)
    async with cond:
        print("notify(1)")
        cond.notify()
    await asyncio.sleep(1)
    async with cond:
        print("notify(2)")
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())

# A Lock keeps a read-modify-write with an await in the middle consistent.
import asyncio


async def lock_demo():
    lock = asyncio.Lock()
    shared = 0

    async def increment(name):
        nonlocal shared
        async with lock:
            print(f"{name} got the lock")
            value = shared
            await asyncio.sleep(0.1)
            shared = value + 1
            print(f"{name} releases, value = {shared}")

    await asyncio.gather(increment("task1"), increment("task2"),
                         increment("task3"))
    print("final value:", shared)


asyncio.run(lock_demo())

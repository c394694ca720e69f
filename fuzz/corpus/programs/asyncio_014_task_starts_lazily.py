# create_task schedules the task; it starts only when main gives way.
import asyncio


async def worker(name):
    print(f"{name} starts")
    await asyncio.sleep(0.1)
    print(f"{name} ends")


async def main():
    t = asyncio.create_task(worker("w1"))
    print("created, done?", t.done())
    print("main still running, nothing printed by w1 yet")
    await asyncio.sleep(0)
    print("after one yield")
    await t
    print("joined, done?", t.done())


asyncio.run(main())

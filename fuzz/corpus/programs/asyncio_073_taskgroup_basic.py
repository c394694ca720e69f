# TaskGroup waits for all its tasks at the end of the async with block.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} fetched")
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("users", 1))
        t2 = tg.create_task(fetch("posts", 0.5))
        t3 = tg.create_task(fetch("tags", 0.75))
        print("tasks started inside the group")
    print("group finished at", asyncio.get_running_loop().time())
    print([t.result() for t in (t1, t2, t3)])


asyncio.run(main())

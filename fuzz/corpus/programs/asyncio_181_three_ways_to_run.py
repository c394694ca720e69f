# Three ways to run a coroutine: asyncio.run, await, and a Task.
import asyncio


async def simple(x):
    await asyncio.sleep(0.5)
    return x * 2


print("1. asyncio.run:", asyncio.run(simple(5)))


async def main():
    print("2. await:", await simple(10))
    task = asyncio.create_task(simple(15))
    print("3. task object:", task.get_name(), task.done())
    print("   task result:", await task)


asyncio.run(main())

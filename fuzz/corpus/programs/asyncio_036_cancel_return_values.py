# cancel() returns False once the task is done.
import asyncio


async def quick():
    return "quick"


async def slow():
    await asyncio.sleep(10)


async def main():
    q = asyncio.create_task(quick())
    s = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    print("cancel finished task:", q.cancel())
    print("cancel pending task:", s.cancel())
    print("cancel it again:", s.cancel())
    await asyncio.sleep(0)
    print("cancel cancelled task:", s.cancel(), s.cancelled())


asyncio.run(main())

# A finished task keeps its result: awaiting it again returns at once.
import asyncio


async def compute():
    print("computing once")
    await asyncio.sleep(1)
    return [1, 2, 3]


async def main():
    t = asyncio.create_task(compute())
    first = await t
    second = await t
    print(first, second, first is second)
    print(t.result())


asyncio.run(main())

# gather() of nothing, and gather of the same task twice.
import asyncio


async def value():
    await asyncio.sleep(0.1)
    return "v"


async def main():
    print(await asyncio.gather())
    t = asyncio.create_task(value())
    print(await asyncio.gather(t, t, t))
    print(await asyncio.gather(*[]))


asyncio.run(main())

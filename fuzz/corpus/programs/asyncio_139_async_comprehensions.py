# await and async for inside comprehensions.
import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([await double(x) for x in range(3)])
    print({x: x * x async for x in agen(4)})
    print([y async for y in agen(6) if y % 2])
    print(asyncio.get_running_loop().time())


asyncio.run(main())

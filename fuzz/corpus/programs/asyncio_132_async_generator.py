# Async generators: async def with yield, consumed by async for.
import asyncio


async def ticker(start, end, delay):
    for i in range(start, end):
        await asyncio.sleep(delay)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    async for n in ticker(10, 13, 0.3):
        print("tick", n)
    print([s async for s in squares(ticker(1, 5, 0.1))])
    gen = ticker(0, 1, 0)
    print(type(gen).__name__, gen.__qualname__)
    print(await gen.__anext__())
    await gen.aclose()


asyncio.run(main())

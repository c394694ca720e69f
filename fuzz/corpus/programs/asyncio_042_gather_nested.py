# gather of gathers: results nest the same way.
import asyncio


async def item(x):
    await asyncio.sleep(x / 10)
    return x


async def main():
    groups = await asyncio.gather(
        asyncio.gather(item(3), item(1)),
        asyncio.gather(item(2), asyncio.gather(item(5), item(4))),
        item(0),
    )
    print(groups)


asyncio.run(main())

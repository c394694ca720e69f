# Nested timeouts: the inner one fires first and is handled inside.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(3):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timeout at", loop.time())
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer timeout at", loop.time())
    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(1)
    print("in time; expired():", cm.expired())


asyncio.run(main())

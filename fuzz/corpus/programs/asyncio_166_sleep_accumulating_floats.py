# Repeated sleeps of 0.1 accumulate floating-point error exactly as CPython.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(10):
        await asyncio.sleep(0.1)
    print(repr(loop.time()))
    await asyncio.sleep(1 / 3)
    print(repr(loop.time()))
    print(loop.time() == 1 + 1 / 3)


asyncio.run(main())

# An exception in a plain callback goes to the default handler; the loop goes on.
import asyncio


def faulty(x):
    return 1 / x


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(faulty, 0)
    loop.call_later(0.1, faulty, 2)
    await asyncio.sleep(0.2)
    print("loop still running at", loop.time())


asyncio.run(main())

# asyncio.timeout(): the block is cancelled when the deadline passes, and
# the cancellation becomes a TimeoutError outside the block.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5) as cm:
            print("deadline:", cm.when())
            await asyncio.sleep(1)
            print("first sleep fine")
            await asyncio.sleep(1)
            print("never printed")
    except TimeoutError:
        print("TimeoutError at", loop.time(), "| expired():", cm.expired())
    print(repr(cm))


asyncio.run(main())

# Moving a timeout's deadline while inside the block.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
        cm.reschedule(loop.time() + 2)
        print("extended to", cm.when())
        await asyncio.sleep(1.5)
        print("still inside at", loop.time())
    print("expired():", cm.expired())
    try:
        async with asyncio.timeout(5) as cm2:
            cm2.reschedule(loop.time() + 0.25)
            await asyncio.sleep(1)
    except TimeoutError:
        print("shortened deadline hit at", loop.time())


asyncio.run(main())

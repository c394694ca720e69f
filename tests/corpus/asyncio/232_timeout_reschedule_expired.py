# asyncio.timeout(): when(), reschedule() to extend, expired().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        print("deadline", cm.when())
        await asyncio.sleep(0.3)
        cm.reschedule(loop.time() + 1)
        print("new deadline", cm.when())
        await asyncio.sleep(0.8)
    print("expired?", cm.expired(), loop.time())
    try:
        async with asyncio.timeout(0.2) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError; expired?", cm2.expired(), round(loop.time(), 6))


asyncio.run(main())

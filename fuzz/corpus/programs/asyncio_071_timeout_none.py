# timeout(None) never expires until a deadline is set with reschedule().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            await asyncio.sleep(3)
            print("3 s passed without a deadline")
            cm.reschedule(loop.time() + 0.5)
            await asyncio.sleep(3)
    except TimeoutError:
        print("timed out at", loop.time(), cm.expired())


asyncio.run(main())

# cancelling()/uncancel() with asyncio.timeout: a caught timeout resets the count.
import asyncio


async def main():
    me = asyncio.current_task()
    for d in (0.1, 0.2):
        try:
            async with asyncio.timeout(d):
                await asyncio.sleep(1)
        except TimeoutError:
            print(f"timeout {d}: cancelling() = {me.cancelling()}")
    me.cancel()
    print("after cancel():", me.cancelling())
    print("uncancel ->", me.uncancel())
    await asyncio.sleep(0.1)
    print("survived at", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())

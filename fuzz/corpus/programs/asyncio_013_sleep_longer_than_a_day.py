# A timer more than a day away: the loop's select waits at most one day
# (MAXIMUM_SELECT_TIMEOUT), so an empty iteration passes first.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(100_000)
    print("woke at", loop.time())
    await asyncio.sleep(200_000)
    print("woke at", loop.time())


asyncio.run(main())

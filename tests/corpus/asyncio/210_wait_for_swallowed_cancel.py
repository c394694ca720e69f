# The awaited coroutine catches the cancellation of wait_for's timeout.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: cancelled, cleaning up for 0.2s")
        await asyncio.sleep(0.2)
        print("stubborn: cleanup finished")
        raise
    return "never"


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(stubborn(), 0.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError at", loop.time(), repr(e))


asyncio.run(main())

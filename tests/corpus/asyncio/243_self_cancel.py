# A task cancelling itself: the CancelledError arrives at its next await.
import asyncio


async def quitter():
    me = asyncio.current_task()
    print("cancel myself:", me.cancel())
    print("still running, cancelling() =", me.cancelling())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("got CancelledError at", asyncio.get_running_loop().time())
        raise


async def main():
    t = asyncio.create_task(quitter())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled =", t.cancelled())


asyncio.run(main())

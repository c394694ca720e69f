# Cancelling the task that runs a TaskGroup cancels its children.
import asyncio


async def child(i):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"child {i} cancelled")
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            print("group started")
    except asyncio.CancelledError:
        print("runner sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled(), "at", asyncio.get_running_loop().time())


asyncio.run(main())

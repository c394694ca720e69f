# Cancelling a task that awaits another task cancels the inner task too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled as well")
        raise


async def outer(child):
    try:
        await child
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(1)
    parent.cancel()
    await asyncio.gather(parent, return_exceptions=True)
    await asyncio.sleep(0)
    print("parent:", parent.cancelled(), "child:", child.cancelled())


asyncio.run(main())

# Cancelling the task that awaits a gather cancels the gather's children.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n)
        print(f"child {n} finished")
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def parent():
    await asyncio.gather(child(1), child(2), child(3))


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(1.5)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled at", asyncio.get_running_loop().time())


asyncio.run(main())

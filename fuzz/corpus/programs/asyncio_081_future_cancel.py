# Cancelling a Future wakes its awaiter with CancelledError.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter: the future was cancelled")
        return "gave up"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(1)
    print("cancel:", fut.cancel("no longer needed"), fut.cancelled())
    print(await t)
    print("cancel again:", fut.cancel())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)


asyncio.run(main())

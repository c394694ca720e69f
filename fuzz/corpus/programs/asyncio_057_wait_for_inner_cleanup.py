# On timeout wait_for cancels the inner task and waits for it, so the
# inner task's cleanup output comes BEFORE the TimeoutError is handled.
import asyncio


async def transfer():
    try:
        print("transfer: started")
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("transfer: cancelled, rolling back")
        await asyncio.sleep(0.2)
        print("transfer: rolled back")
        raise


async def main():
    try:
        await asyncio.wait_for(transfer(), timeout=1)
    except TimeoutError:
        print("main: timeout handled at", asyncio.get_running_loop().time())


asyncio.run(main())

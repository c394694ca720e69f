# A task that catches CancelledError and returns normally is NOT cancelled.
import asyncio


async def obstinate():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("caught the cancellation, returning anyway")
        return "finished regardless"


async def main():
    t = asyncio.create_task(obstinate())
    await asyncio.sleep(1)
    t.cancel()
    result = await t
    print(result, "| cancelled():", t.cancelled())


asyncio.run(main())

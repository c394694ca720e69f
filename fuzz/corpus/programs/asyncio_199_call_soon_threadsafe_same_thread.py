# call_soon_threadsafe from the loop's own thread behaves like call_soon
# (it also wakes the selector).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(print, "threadsafe callback")
    loop.call_soon(print, "plain callback")
    await asyncio.sleep(0)
    print("main resumes")


asyncio.run(main())

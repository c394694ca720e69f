# An exception in a plain callback is logged by the loop, which carries on.
import asyncio


def broken_callback():
    print("callback runs")
    raise ZeroDivisionError("callback bug")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken_callback)
    loop.call_later(0.5, print, "the loop is still alive")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())

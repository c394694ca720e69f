# call_soon callbacks run in FIFO order in the next iteration.
import asyncio


def say(*words):
    print("callback:", *words)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, "one")
    loop.call_soon(say, "two", "and a half")
    handle = loop.call_soon(say, "three")
    handle.cancel()
    loop.call_soon(say, "four")
    print("scheduled; nothing ran yet")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())

# asyncio.timeout around waiting for an Event that is set too late.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_later(2, ev.set)
    try:
        async with asyncio.timeout(1):
            await ev.wait()
    except TimeoutError:
        print("gave up at", loop.time(), "| set?", ev.is_set())
    await ev.wait()
    print("event set at", loop.time())


asyncio.run(main())

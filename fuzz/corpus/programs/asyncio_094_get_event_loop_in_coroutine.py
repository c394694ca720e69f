# Inside a coroutine, get_event_loop() returns the running loop.
import asyncio


async def inner():
    return asyncio.get_event_loop()


async def main():
    running = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is running)
    print(await inner() is running)
    print(running.is_running())
    fut = running.create_future()
    print(fut.get_loop() is running)
    fut.cancel()


asyncio.run(main())

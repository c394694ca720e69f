# Waiting for an Event that nobody sets: nothing can ever happen again.
# CPython would hang; the virtual world reports a deadlock (exit code 3).
import asyncio


async def consumer(ready):
    print("consumer: waiting for data")
    await ready.wait()
    print("consumer: never printed")


async def main():
    ready = asyncio.Event()
    task = asyncio.create_task(consumer(ready))
    await asyncio.sleep(1)
    print("main: forgot to call ready.set()")
    await task


asyncio.run(main())

# asyncio.run cannot be called while a loop is already running.
import asyncio


async def inner():
    return "inner"


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)                # the coroutine can still be awaited


asyncio.run(main())
try:
    asyncio.run(inner)
except ValueError as e:
    print("ValueError:", e)

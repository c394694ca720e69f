# A coroutine's life: created, running, suspended, closed.
import asyncio
import inspect

holder = {}


async def worker():
    print("inside:", inspect.getcoroutinestate(holder["coro"]))
    await asyncio.sleep(0.1)
    return "finished"


async def main():
    coro = holder["coro"] = worker()
    print("before:", inspect.getcoroutinestate(coro))
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print("waiting:", inspect.getcoroutinestate(coro))
    print(await task)
    print("after:", inspect.getcoroutinestate(coro))


asyncio.run(main())

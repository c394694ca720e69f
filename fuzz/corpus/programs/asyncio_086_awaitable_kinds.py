# The three kinds of awaitables: coroutines, Tasks and Futures.
import asyncio


async def demo():
    async def coro():
        return "coroutine result"
    print("coroutine:", await coro())

    async def task_body():
        return "task result"
    task = asyncio.create_task(task_body())
    print("task:", await task)

    future = asyncio.Future()
    future.set_result("future result")
    print("future:", await future)

    later = asyncio.Future()

    async def setter():
        await asyncio.sleep(0.2)
        later.set_result("set by another task")
    asyncio.create_task(setter())
    print("future:", await later)


asyncio.run(demo())

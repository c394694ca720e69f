# shield(coro) wraps the coroutine in a task of its own (Task-N consumed).
import asyncio


async def inner():
    await asyncio.sleep(0.5)
    return asyncio.current_task().get_name()


async def main():
    print(await asyncio.shield(inner()))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done already")
    print(await asyncio.shield(fut))
    print(asyncio.create_task(inner()).get_name())
    await asyncio.sleep(1)


asyncio.run(main())

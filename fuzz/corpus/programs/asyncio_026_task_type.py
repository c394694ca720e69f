# What kind of object a Task is.
import asyncio


async def main():
    t = asyncio.current_task()
    print(type(t))
    print(isinstance(t, asyncio.Task), asyncio.isfuture(t))
    print(type(t).__name__)
    fut = asyncio.get_running_loop().create_future()
    print(type(fut))
    print(asyncio.isfuture(fut), isinstance(fut, asyncio.Task))
    fut.cancel()


asyncio.run(main())

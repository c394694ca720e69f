# A timer resolves a future that a task awaits: the timer "wakes" the task.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(2, fut.set_result, "timer fired")
    loop.call_at(loop.time() + 1, print, "an unrelated timer at t=1")
    print(await fut, "at", loop.time())


asyncio.run(main())

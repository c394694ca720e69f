# Task steps and plain callbacks share the same ready queue.
import asyncio


async def task_body(name):
    print(f"{name}: step 1")
    await asyncio.sleep(0)
    print(f"{name}: step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback A")
    asyncio.create_task(task_body("T1"))
    loop.call_soon(print, "callback B")
    asyncio.create_task(task_body("T2"))
    await asyncio.sleep(0)
    print("main resumed")
    loop.call_soon(print, "callback C")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
